-- Image rows may share files (the demo pictures do), so the media janitor deletes a file only once no image row
-- refers to it any more. That question, asked after every commit that releases images, is answered by this index
-- instead of a scan of every image row.
CREATE INDEX listing_image_by_storage_key ON listings.listing_image (storage_key);
