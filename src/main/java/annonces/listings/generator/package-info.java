/**
 * A generator of realistic French classified ads for benchmarks and search tests: a pool of sellers and
 * any number of ads written straight into {@code account} and {@code listing} with PostgreSQL COPY, placed
 * in real communes weighted by population, with French titles, descriptions, prices and typed attributes
 * that pass the service's own rules. It runs beside the service ({@link annonces.listings.generator.GenerateAds})
 * or inside tests ({@link annonces.listings.generator.AdGenerator}). It owns no table and no bean: nothing
 * in the running service may depend on it, and it writes only the columns that the migrations define,
 * leaving defaults, generated columns and triggers to the schema.
 */
package annonces.listings.generator;
