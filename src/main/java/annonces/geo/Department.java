package annonces.geo;

/**
 * A French département, or a collectivité d'outre-mer which INSEE numbers like one
 * (975 Saint-Pierre-et-Miquelon, 988 Nouvelle-Calédonie...). The code is a string
 * because of Corsica (2A, 2B) and the three-digit overseas codes.
 */
public record Department(String code, String name) {
}
