/**
 * Identity's demo accounts: what the demo data generator ({@code LUXESTATE_DEMO_LISTINGS}, see the README) needs
 * from identity to give demo listings real owners. A named interface of its own, so that only the modules that
 * declare {@code identity :: demo} may use it, and nothing mistakes it for the module's production API.
 */
@NullMarked
@NamedInterface("demo")
package com.luxestate.identity.demo;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
