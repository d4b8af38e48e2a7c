package com.luxestate.trespasser.internal;

import com.luxestate.upstream.internal.jooq.tables.Offers;

/**
 * Breaks the jOOQ rule (and with it the internals rule): compiles against another
 * module's table.
 */
public class ReadsUpstreamOffersTable {

	public String offersTable() {
		return Offers.OFFERS.qualifiedName();
	}

}
