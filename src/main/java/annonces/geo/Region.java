package annonces.geo;

/**
 * A French région. Overseas départements are regions of their own (01 Guadeloupe ...
 * 06 Mayotte); the collectivités d'outre-mer have no region, so the INSEE data gives
 * them a pseudo-region whose code is their department code (975, 977, 978, 984, 986-989).
 */
public record Region(String code, String name) {
}
