package com.luxestate.listings.internal;

import java.util.List;
import java.util.UUID;

/**
 * Images left a listing: their files are to be deleted once that change is committed
 * (never before: a rolled back change would leave images without files). Internal to the
 * module.
 *
 * @param storageKeys prefixes of the stored derivatives
 */
public record ImageFilesReleased(UUID listingId, List<String> storageKeys) {
}
