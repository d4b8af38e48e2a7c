/**
 * Listing images: the image pipeline, its derivatives, and their storage (local disk or
 * S3).
 */
@NullMarked
package com.luxestate.listings.internal.media;

import org.jspecify.annotations.NullMarked;
