/**
 * Cross-cutting HTTP behaviour: problem details, security, CORS, OpenAPI and request
 * limits.
 */
@NullMarked
package com.luxestate.app.web;

import org.jspecify.annotations.NullMarked;
