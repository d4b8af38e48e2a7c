/**
 * The LuxeState application: its Spring Boot entry point. Every module is a package
 * beneath this one.
 */
@NullMarked
package com.luxestate;

import org.jspecify.annotations.NullMarked;
