package com.luxestate.upstream.internal;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * A repository as the rules want it: package-private, beside its aggregate.
 * {@code @NoRepositoryBean} keeps it out of the repository scan of any Spring Boot test
 * in the app.
 */
@NoRepositoryBean
interface StoredOffers extends CrudRepository<Offer, UUID> {

}
