/**
 * French geography as listings need it: the reference list of communes, their postcodes,
 * départements and régions (generated from the official open data by
 * {@code src/build/geo/convert-reference-data.mjs}, see {@code src/main/resources/geo/NOTICE.md}),
 * and the one rule built on it, that a listing's postcode is real and its city one of that
 * postcode's communes, answered as a canonical {@link annonces.geo.Location}. Everything here
 * is read-only data loaded once from the classpath: the package must not touch the database,
 * the network, HTTP or listings, and its resource files must not be edited by hand, only
 * regenerated, so that they stay traceable to their sources and licences.
 */
package annonces.geo;
