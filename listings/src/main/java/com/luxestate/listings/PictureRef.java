package com.luxestate.listings;

import java.util.UUID;

/**
 * A picture imported in a {@link ListingImport.Session}, for its listings to show.
 *
 * @param id the picture's id within its session
 * @param width the large derivative's width in pixels, as an image of a listing reports
 * it
 * @param height the large derivative's height in pixels
 */
public record PictureRef(UUID id, int width, int height) {
}
