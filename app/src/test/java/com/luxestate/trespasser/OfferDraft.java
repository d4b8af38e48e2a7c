package com.luxestate.trespasser;

import java.util.UUID;

/**
 * Breaks the aggregate rule twice: it has no {@code @Id}, yet it is an aggregate, since a
 * repository stores it; and it is public, in the module's API package instead of its
 * internals.
 */
public record OfferDraft(UUID id, String title) {
}
