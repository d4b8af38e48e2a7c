package com.luxestate.trespasser;

import com.luxestate.accomplice.CallsTrespasserBack;

/**
 * One half of a cycle between modules: trespasser uses accomplice's API, and accomplice
 * uses trespasser's.
 */
public class CallsAccomplice {

	public String greet() {
		return new CallsTrespasserBack().name();
	}

	public String name() {
		return "trespasser";
	}

}
