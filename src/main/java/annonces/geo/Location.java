package annonces.geo;

/**
 * Where a listing is, once checked against the reference data: this is the JSON shape
 * the API answers with, so its component names are part of the contract.
 *
 * @param postcode  the postcode as given (5 digits)
 * @param city      the commune's official INSEE name, never the spelling that was typed
 *                  (for Paris, Lyon and Marseille: the arrondissement, "Paris 12e Arrondissement")
 * @param inseeCode the commune's INSEE code (the arrondissement's, e.g. 75112), the stable key
 *                  to store and to filter on; names change with mergers, codes far less often
 */
public record Location(String postcode, String city, String inseeCode, Department department, Region region) {
}
