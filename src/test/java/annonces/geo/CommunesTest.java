package annonces.geo;

import annonces.system.FieldError;
import annonces.system.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommunesTest {

    private static Communes communes;

    @BeforeAll
    static void loadReferenceDataOnce() {
        long start = System.nanoTime();
        communes = new Communes();
        System.out.printf("annonces.geo.Communes loaded %d communes in %d ms%n",
                communes.communes().size(), (System.nanoTime() - start) / 1_000_000);
    }

    @ParameterizedTest(name = "{1} ({0}) is {2}, INSEE {3}")
    @CsvSource(delimiter = ';', textBlock = """
            07690; Villevocance;               Villevocance;               07342; 07
            17200; Royan;                      Royan;                      17306; 17
            44230; Saint-Sébastien-sur-Loire;  Saint-Sébastien-sur-Loire;  44190; 44
            44230; St Sebastien sur Loire;     Saint-Sébastien-sur-Loire;  44190; 44
            38700; La Tronche;                 La Tronche;                 38516; 38
            39380; Augerans;                   Augerans;                   39026; 39
            50610; Jullouville;                Jullouville;                50066; 50
            76210; Nointot;                    Nointot;                    76468; 76
            69001; Lyon;                       Lyon 1er Arrondissement;    69381; 69
            76340; Blangy-sur-Bresle;          Blangy-sur-Bresle;          76101; 76
            75012; Paris 12eme arrondissement; Paris 12e Arrondissement;   75112; 75
            14740; Carcagny;                   Carcagny;                   14135; 14
            14000; Caen;                       Caen;                       14118; 14
            50100; Cherbourg-en-Cotentin;      Cherbourg-en-Cotentin;      50129; 50
            76000; Rouen;                      Rouen;                      76540; 76
            """)
    void everyPlaceOfTheNewsPageResolvesToItsCommune(String postcode, String typed, String name, String insee,
                                                     String department) {
        Location location = communes.resolve(postcode, typed);

        assertAll(
                () -> assertEquals(postcode, location.postcode()),
                () -> assertEquals(name, location.city()),
                () -> assertEquals(insee, location.inseeCode()),
                () -> assertEquals(department, location.department().code()));
    }

    @Test
    void resolvedLocationCarriesDepartmentAndRegionNames() {
        assertEquals(new Location("07690", "Villevocance", "07342",
                        new Department("07", "Ardèche"), new Region("84", "Auvergne-Rhône-Alpes")),
                communes.resolve("07690", "Villevocance"));
        assertEquals(new Location("14740", "Carcagny", "14135",
                        new Department("14", "Calvados"), new Region("28", "Normandie")),
                communes.resolve("14740", "Carcagny"));
    }

    @ParameterizedTest(name = "{0} {1} is in {3} {4}")
    @CsvSource(delimiter = ';', textBlock = """
            20000; Ajaccio; 2A004; 2A; Corse-du-Sud
            20200; Bastia;  2B033; 2B; Haute-Corse
            """)
    void corsicanPostcodeResolvesToItsDepartment(String postcode, String city, String insee,
                                                 String departmentCode, String departmentName) {
        Location location = communes.resolve(postcode, city);

        assertEquals(insee, location.inseeCode());
        assertEquals(new Department(departmentCode, departmentName), location.department());
        assertEquals(new Region("94", "Corse"), location.region());
    }

    @ParameterizedTest(name = "{0} {1} is in {3} {4}, region {5}")
    @CsvSource(delimiter = ';', textBlock = """
            97400; Saint-Denis;    97411; 974; La Réunion;  04; La Réunion
            97200; Fort-de-France; 97209; 972; Martinique;  02; Martinique
            97133; Saint-Barthélemy; 97701; 977; Saint-Barthélemy; 977; Saint-Barthélemy
            98800; Nouméa;         98818; 988; Nouvelle-Calédonie; 988; Nouvelle-Calédonie
            98714; Papeete;        98735; 987; Polynésie française; 987; Polynésie française
            """)
    void overseasPostcodeResolvesToItsOwnDepartmentAndRegion(String postcode, String city, String insee,
                                                             String departmentCode, String departmentName,
                                                             String regionCode, String regionName) {
        Location location = communes.resolve(postcode, city);

        assertEquals(insee, location.inseeCode());
        assertEquals(new Department(departmentCode, departmentName), location.department());
        assertEquals(new Region(regionCode, regionName), location.region());
    }

    @ParameterizedTest(name = "\"{1}\" at {0} is {2}")
    @CsvSource(delimiter = ';', textBlock = """
            75012; Paris 12eme arrondissement; 75112
            75012; Paris 12e arrondissement;   75112
            75012; Paris 12ème Arrondissement; 75112
            75012; Paris 12e Arrondissement;   75112
            75012; paris-12e-arr.;             75112
            75012; Paris 12e;                  75112
            75012; Paris 12;                   75112
            75012; PARIS XII;                  75112
            75012; Paris;                      75112
            75001; Paris 1er;                  75101
            75116; Paris;                      75116
            75116; Paris 16;                   75116
            75016; Paris;                      75116
            75016; Paris 16e;                  75116
            69001; Lyon;                       69381
            69001; Lyon 1er;                   69381
            69001; Lyon 1er arrondissement;    69381
            69001; Lyon 1;                     69381
            69009; Lyon 9ème;                  69389
            13001; Marseille;                  13201
            13001; Marseille 1er;              13201
            13012; Marseille;                  13212
            13012; Marseille 11e;              13211
            13012; Marseille 13e arrondissement; 13213
            """)
    void arrondissementSpellingsResolveToTheArrondissement(String postcode, String typed, String insee) {
        assertEquals(insee, communes.resolve(postcode, typed).inseeCode());
    }

    @Test
    void arrondissementAnswersWithItsInseeNameAndTheCityDepartment() {
        Location location = communes.resolve("75012", "Paris");

        assertEquals(new Location("75012", "Paris 12e Arrondissement", "75112",
                new Department("75", "Paris"), new Region("11", "Île-de-France")), location);
    }

    @Test
    void arrondissementOfAnotherPostcodeIsRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> communes.resolve("75012", "Paris 13e"));

        assertEquals(new FieldError("location.city",
                "\"Paris 13e\" is not a commune of postcode 75012 (Paris 12e Arrondissement)"), only(error));
    }

    @ParameterizedTest(name = "\"{1}\" at {0} is {2}")
    @CsvSource(delimiter = ';', textBlock = """
            44230; saint sebastien sur loire;          44190
            44230; SAINT-SÉBASTIEN-SUR-LOIRE;          44190
            44230; '  Saint   Sébastien – sur Loire  '; 44190
            44230; st-sebastien-sur-loire;             44190
            38700; la tronche;                         38516
            38700; LA TRONCHE;                         38516
            76340; blangy sur bresle;                  76101
            76210; Parc d'Anxtot;                      76494
            76210; Parc-d’Anxtot;                      76494
            76210; PARC D ANXTOT;                      76494
            76210; saint eustache la foret;            76576
            76210; St-Eustache-la-Forêt;               76576
            39380; Nevy les Dole;                      39387
            """)
    void cityMatchIgnoresCaseAccentsHyphensApostrophesSpacesAndSaintAbbreviations(String postcode, String typed,
                                                                                   String insee) {
        assertEquals(insee, communes.resolve(postcode, typed).inseeCode());
    }

    @Test
    void saintAbbreviationMatchesTheFeminineToo() {
        assertEquals("Sainte-Foy-lès-Lyon", communes.resolve("69110", "Ste Foy les Lyon").city());
    }

    @Test
    void laPosteDeliveryLabelMatchesItsCommune() {
        // La Poste delivers part of Saint-Denis (La Réunion) as "97490 SAINTE CLOTILDE".
        Location location = communes.resolve("97490", "Sainte-Clotilde");

        assertEquals("Saint-Denis", location.city());
        assertEquals("97411", location.inseeCode());
    }

    @Test
    void formerCommuneNameResolvesToTheCommuneNouvelle() {
        Location location = communes.resolve("50100", "Cherbourg-Octeville");

        assertEquals("Cherbourg-en-Cotentin", location.city());
        assertEquals("50129", location.inseeCode());
    }

    @Test
    void officialNameWinsOverAnotherCommunesDeliveryLabel() {
        // Boulogne-Billancourt has streets delivered as "75016 PARIS": "Paris" still means Paris.
        assertEquals("75116", communes.resolve("75016", "Paris").inseeCode());
        assertEquals("92012", communes.resolve("75016", "Boulogne-Billancourt").inseeCode());
    }

    @Test
    void homonymsSharingAPostcodeResolveToTheOneOfThePostcodesDepartment() {
        // Two communes named Thièvres (Pas-de-Calais and Somme) share 62760.
        assertEquals("62814", communes.resolve("62760", "Thièvres").inseeCode());
        assertEquals("80756", communes.resolve("80560", "Thièvres").inseeCode());
    }

    @ParameterizedTest(name = "city \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void singleCommunePostcodeNeedsNoCity(String city) {
        assertEquals("Caen", communes.resolve("14000", city).city());
        assertEquals("Jullouville", communes.resolve("50610", city).city());
        assertEquals("Paris 12e Arrondissement", communes.resolve("75012", city).city());
    }

    @Test
    void postcodeIsTrimmed() {
        assertEquals("14000", communes.resolve(" 14000 ", "Caen").postcode());
    }

    @Test
    void multiCommunePostcodeRequiresTheCity() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> communes.resolve("07690", null));

        FieldError field = only(error);
        assertEquals("location.city", field.field());
        assertEquals("a city is required: postcode 07690 serves 6 communes "
                + "(Villevocance, Vanosc, Vocance, Saint-Julien-Vocance, Saint-André-en-Vivarais and 1 more)",
                field.message());
    }

    @Test
    void cityOfAnotherPostcodeIsRejectedNamingThePostcodeAndItsCommunes() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> communes.resolve("75012", "Lyon"));

        assertEquals(new FieldError("location.city",
                "\"Lyon\" is not a commune of postcode 75012 (Paris 12e Arrondissement)"), only(error));
    }

    @Test
    void neighbouringCommuneOfAnotherPostcodeIsRejected() {
        // Villevocance is a real commune, only not one served by 38700.
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> communes.resolve("38700", "Villevocance"));

        FieldError field = only(error);
        assertEquals("location.city", field.field());
        assertTrue(field.message().startsWith("\"Villevocance\" is not a commune of postcode 38700 (Grenoble, "),
                field.message());
    }

    @Test
    void unknownPostcodeIsRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> communes.resolve("99999", "Paris"));

        assertEquals(new FieldError("location.postcode", "99999 is not a French postcode"), only(error));
    }

    @ParameterizedTest(name = "postcode \"{0}\"")
    @ValueSource(strings = {"7500", "ABCDE", "750012", "75 012", "7501A", "２０２００"})
    void malformedPostcodeIsRejected(String postcode) {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> communes.resolve(postcode, "Paris"));

        assertEquals(new FieldError("location.postcode",
                "\"" + postcode + "\" is not a French postcode: it must have 5 digits"), only(error));
    }

    @ParameterizedTest(name = "postcode \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void missingPostcodeIsRejected(String postcode) {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> communes.resolve(postcode, "Caen"));

        assertEquals(new FieldError("location.postcode", "a postcode is required"), only(error));
    }

    @Test
    void longOrControlCharacterInputIsNotEchoedVerbatim() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> communes.resolve("14000", "x".repeat(500) + "\n"));

        String message = only(error).message();
        assertTrue(message.length() < 150, message);
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void everyCommuneResolvesByItsOwnNameAtEachOfItsPostcodes() {
        List<String> failures = new ArrayList<>();
        for (Commune commune : communes.communes()) {
            for (String postcode : commune.postcodes()) {
                String resolved = communes.resolve(postcode, commune.name()).inseeCode();
                if (!resolved.equals(commune.inseeCode())) {
                    failures.add(commune.name() + " " + commune.inseeCode() + " at " + postcode + " → " + resolved);
                }
            }
        }

        // The one ambiguity of the data, settled by department (see the homonyms test).
        assertEquals(List.of("Thièvres 80756 at 62760 → 62814"), failures);
    }

    @Test
    void locationOfACommuneIsTheLocationItsNameAndPostcodeResolveTo() {
        Commune ajaccio = communes.commune("2A004").orElseThrow();

        assertEquals(communes.resolve(ajaccio.postcode(), ajaccio.name()), communes.locationOf(ajaccio));
        assertEquals("20000", ajaccio.postcode());
    }

    @Test
    void communesCoverTheCountryWithArrondissementsInsteadOfTheirCities() {
        List<Commune> all = communes.communes();
        long population = all.stream().mapToLong(Commune::population).sum();

        assertTrue(all.size() > 34_000, "communes: " + all.size());
        assertTrue(population > 66_000_000 && population < 72_000_000, "population: " + population);
        assertTrue(communes.commune("75056").isEmpty(), "Paris as a whole would count its people twice");
        assertEquals(20, all.stream().filter(c -> c.name().startsWith("Paris ")).count());
        assertEquals(2_103_778, all.stream().filter(c -> c.inseeCode().startsWith("751"))
                .mapToInt(Commune::population).sum());
        assertTrue(all.stream().allMatch(c -> communes.department(c.departmentCode()).isPresent()
                && communes.region(c.regionCode()).isPresent()));
    }

    @Test
    void departmentsAndRegionsAreLookedUpByCode() {
        assertEquals(new Department("2A", "Corse-du-Sud"), communes.department("2A").orElseThrow());
        assertEquals(new Department("974", "La Réunion"), communes.department("974").orElseThrow());
        assertEquals(new Region("84", "Auvergne-Rhône-Alpes"), communes.region("84").orElseThrow());
        assertEquals(new Region("04", "La Réunion"), communes.region("04").orElseThrow());
        assertEquals(new Region("28", "Normandie"),
                communes.regionOf(communes.department("76").orElseThrow()).orElseThrow());
        assertTrue(communes.department("20").isEmpty());
        assertTrue(communes.department(null).isEmpty());
        assertTrue(communes.region("99").isEmpty());
    }

    @Test
    void allDepartmentsAndRegionsAreListed() {
        List<Department> departments = communes.departments();
        List<Region> regions = communes.regions();

        assertEquals(109, departments.size(), "101 departments and 8 overseas collectivities");
        assertEquals(26, regions.size(), "18 regions and 8 pseudo-regions of overseas collectivities");
        assertEquals("01 02 03 04 06 11 24 27 28 32 44 52 53 75 76 84 93 94 975 977 978 984 986 987 988 989",
                regions.stream().map(Region::code).collect(Collectors.joining(" ")));
        assertTrue(departments.contains(new Department("2B", "Haute-Corse")));
    }

    private static FieldError only(InvalidInputException error) {
        assertEquals(1, error.errors().size(), error.errors().toString());
        return error.errors().get(0);
    }
}
