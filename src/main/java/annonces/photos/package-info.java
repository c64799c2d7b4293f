/**
 * Ad photos: intake (type by magic bytes, size and pixel limits read before decoding), cleaning (decoded,
 * turned upright, re-encoded without any metadata), the three sizes, their storage behind {@link
 * annonces.photos.PhotoStore} (PostgreSQL by default, S3-compatible object storage), serving with immutable
 * caching, the sweeper that removes deleted bytes, and the perceptual hashes moderation compares. It writes an
 * ad's display list through {@code Listings}; listings never depend on it.
 */
package annonces.photos;
