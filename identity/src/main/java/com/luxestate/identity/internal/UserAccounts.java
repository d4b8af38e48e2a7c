package com.luxestate.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

/**
 * The accounts, loaded and saved whole. Queries across accounts (lists, lookups) use jOOQ
 * instead.
 */
interface UserAccounts extends CrudRepository<UserAccount, UUID> {

	Optional<UserAccount> findByEmailNormalized(String emailNormalized);

}
