package com.luxestate.upstream.internal.jooq.tables;

/**
 * Stands in for a jOOQ-generated table class: public, with a static instance, in the module's internal jOOQ package.
 * The instance is deliberately not a compile-time constant, which javac would inline and so hide the dependency.
 */
public final class Offers {

	public static final Offers OFFERS = new Offers();

	private Offers() {
	}

	public String qualifiedName() {
		return "upstream.offers";
	}
}
