package com.luxestate.identity;

/** Whether an account may use the marketplace. */
public enum AccountStatus {

	ACTIVE, SUSPENDED, DELETED

}
