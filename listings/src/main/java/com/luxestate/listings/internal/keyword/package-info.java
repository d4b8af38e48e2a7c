/**
 * Keyword search in an embedded Lucene index, rebuilt at start-up and kept current from
 * the database (ADR 0011).
 */
@NullMarked
package com.luxestate.listings.internal.keyword;

import org.jspecify.annotations.NullMarked;
