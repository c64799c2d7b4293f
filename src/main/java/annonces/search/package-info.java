/**
 * Search: the public, read-only query over published ads ({@code GET /api/v1/listings}). French-aware full
 * text with a trigram fallback for misspellings, every filter of the contract, keyset paging with signed
 * cursors, and capped facets. It reads the {@code listing} table through indexes made for it (migration V3)
 * and never writes; it uses {@code listings} only for the shape of an ad as the API shows it.
 */
package annonces.search;
