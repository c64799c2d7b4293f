package annonces.listings.generator;

import java.util.List;

/**
 * A commune where ads are placed, with what a listing row stores of it.
 *
 * @param postcodes those of the commune's postcodes that lead back to it when a seller types them with
 *                  its name, as the service resolves places; never empty
 */
record Place(String inseeCode, String city, List<String> postcodes, String departmentCode, String regionCode,
             int population) {

    Place {
        postcodes = List.copyOf(postcodes);
    }

    String postcode(Dice dice) {
        return postcodes.size() == 1 ? postcodes.get(0) : dice.pick(postcodes);
    }
}
