package annonces.listings.generator;

import annonces.geo.Commune;
import annonces.geo.Communes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlacesTest {

    private static Communes communes;
    private static Places places;

    @BeforeAll
    static void loadPlaces() {
        communes = new Communes();
        places = new Places(communes);
    }

    @Test
    void aDepartmentGetsAdsInProportionToItsPopulation() {
        long total = communes.communes().stream().mapToLong(Commune::population).sum();
        long paris = communes.communes().stream().filter(c -> c.departmentCode().equals("75"))
                .mapToLong(Commune::population).sum();
        long lozere = communes.communes().stream().filter(c -> c.departmentCode().equals("48"))
                .mapToLong(Commune::population).sum();
        Dice dice = new Dice(1);
        int draws = 400_000;
        int inParis = 0;
        int inLozere = 0;
        for (int i = 0; i < draws; i++) {
            String department = places.anywhere(dice).departmentCode();
            inParis += department.equals("75") ? 1 : 0;
            inLozere += department.equals("48") ? 1 : 0;
        }
        assertEquals(paris / (double) total, inParis / (double) draws, 0.002);
        assertEquals(lozere / (double) total, inLozere / (double) draws, 0.0005);
    }

    @Test
    void aSellersNeighbourhoodIsTheirDepartmentAndMostlyItsTowns() {
        Dice dice = new Dice(2);
        for (int i = 0; i < 1_000; i++) {
            Place home = places.anywhere(dice);
            Place near = places.near(home, dice);
            assertEquals(home.departmentCode(), near.departmentCode());
        }
    }

    @Test
    void onlyInhabitedCommunesAreDrawnAndEachKeepsAPostcode() {
        assertTrue(places.size() > 34_000 && places.size() < communes.communes().size(), places.size() + " places");
        Dice dice = new Dice(3);
        for (int i = 0; i < 10_000; i++) {
            Place place = places.anywhere(dice);
            assertTrue(place.population() > 0);
            assertTrue(communes.commune(place.inseeCode()).orElseThrow().postcodes().contains(place.postcode(dice)));
        }
    }
}
