/**
 * Demo data that decorates the seed ads (their pictures, drawn here: the project ships no image and downloads
 * nothing). Only active with {@code ANNONCES_SEED=true}; nothing in the service depends on it.
 */
package annonces.seeds;
