package com.luxestate.trespasser.internal;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.NoRepositoryBean;

import com.luxestate.trespasser.OfferDraft;

/**
 * Breaks the aggregate rule twice: a public repository, of an aggregate that is public
 * and outside the module's internals. {@code @NoRepositoryBean} keeps it out of the
 * repository scan of any Spring Boot test in the app.
 */
@NoRepositoryBean
public interface PublicOfferDrafts extends CrudRepository<OfferDraft, UUID> {

}
