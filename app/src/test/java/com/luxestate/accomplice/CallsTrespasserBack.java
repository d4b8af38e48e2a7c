package com.luxestate.accomplice;

import com.luxestate.trespasser.CallsAccomplice;

/**
 * The other half of the cycle: each call is allowed on its own, together they tie the two
 * modules in a knot.
 */
public class CallsTrespasserBack {

	public String greet() {
		return new CallsAccomplice().name();
	}

	public String name() {
		return "accomplice";
	}

}
