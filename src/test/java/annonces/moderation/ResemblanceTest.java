package annonces.moderation;

import annonces.listings.Fuel;
import annonces.listings.Gearbox;
import annonces.listings.GoodsAttributes;
import annonces.listings.ItemCondition;
import annonces.listings.ListingAttributes;
import annonces.listings.PropertyType;
import annonces.listings.RealEstateAttributes;
import annonces.listings.Subcategory;
import annonces.listings.VehicleAttributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pairs of ads that must and must not read as one item posted twice: the new ad first, the one it is
 * compared with second. Trigram similarities come from {@link PgTrigrams}, which PgTrigramsIT holds to pg_trgm.
 */
class ResemblanceTest {

    private static final UUID MARIE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID PAUL = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID AGENCY = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID OTHER_AGENCY = UUID.fromString("00000000-0000-0000-0000-00000000000d");
    private static final UUID DEALER = UUID.fromString("00000000-0000-0000-0000-00000000000e");
    private static final UUID SCAMMER = UUID.fromString("00000000-0000-0000-0000-00000000000f");

    record Commune(String postcode, String inseeCode, String departmentCode) {
    }

    static final Commune PARIS_12 = new Commune("75012", "75112", "75");
    static final Commune CAEN = new Commune("14000", "14118", "14");
    static final Commune HEROUVILLE = new Commune("14200", "14327", "14");
    static final Commune LYON_1 = new Commune("69001", "69381", "69");
    static final Commune LYON_3 = new Commune("69003", "69383", "69");
    static final Commune MARSEILLE_8 = new Commune("13008", "13208", "13");
    static final Commune BORDEAUX = new Commune("33000", "33063", "33");
    static final Commune MERIGNAC = new Commune("33700", "33281", "33");
    static final Commune NANTES = new Commune("44000", "44109", "44");
    static final Commune RENNES = new Commune("35000", "35238", "35");
    static final Commune TOULOUSE = new Commune("31000", "31555", "31");
    static final Commune LILLE = new Commune("59000", "59350", "59");
    static final Commune LA_TRONCHE = new Commune("38700", "38516", "38");
    static final Commune ROYAN = new Commune("17200", "17306", "17");
    static final Commune SAINT_HILAIRE_DE_RIEZ = new Commune("85270", "85226", "85");
    static final Commune VANNES = new Commune("56000", "56260", "56");
    static final Commune DIJON = new Commune("21000", "21231", "21");

    /** One ad of the table, with the whole description: the scorer reads its length, pg_trgm its text. */
    record Sample(UUID seller, Subcategory subcategory, String title, String description, long priceCents,
                  Commune commune, ListingAttributes attributes) {

        Resemblance.Ad ad() {
            return new Resemblance.Ad(seller, subcategory.category(), subcategory, title, description.length(),
                    priceCents, commune.inseeCode(), commune.departmentCode(), attributes);
        }

        Sample by(UUID other) {
            return new Sample(other, subcategory, title, description, priceCents, commune, attributes);
        }

        Sample as(Subcategory other) {
            return new Sample(seller, other, title, description, priceCents, commune, attributes);
        }

        Sample at(Commune other, long price) {
            return new Sample(seller, subcategory, title, description, price, other, attributes);
        }
    }

    static Resemblance resemblance(Sample ad, Sample other) {
        return Resemblance.between(ad.ad(), other.ad(), PgTrigrams.similarity(ad.title(), other.title()),
                PgTrigrams.similarity(ad.description(), other.description()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("duplicates")
    void isADuplicate(String sentence, Sample ad, Sample other) {
        Resemblance resemblance = resemblance(ad, other);

        assertTrue(resemblance.duplicates(), () -> "score " + resemblance.score() + ", " + resemblance);
        if (!resemblance.sameSeller()) {
            // Another seller's ad is only a candidate when its title is trigram-close (pg_trgm's % operator).
            assertTrue(resemblance.titleTrigrams() >= 0.3, resemblance::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("honestLookalikes")
    void isNotADuplicate(String sentence, Sample ad, Sample other) {
        Resemblance resemblance = resemblance(ad, other);

        assertFalse(resemblance.duplicates(), () -> "score " + resemblance.score() + ", " + resemblance);
    }

    @Test
    void theTableHoldsAtLeastEightPairsOfEachKind() {
        assertTrue(duplicates().count() >= 8);
        assertTrue(honestLookalikes().count() >= 8);
    }

    @Test
    void aReorderedTitleWithItsSizeWrittenApartHasTheSameWords() {
        TitleWords first = TitleWords.of("Aquarelle peinture de la collection, 2000, 94x74cm");
        TitleWords second = TitleWords.of("Peinture de collection aquarelle, 2000, 94 x 74 cm");

        assertEquals(1.0, first.similarity(second));
        assertEquals(List.of("2000", "74", "94"), first.numbers().stream().sorted().toList());
    }

    @Test
    void thousandsBeforeAUnitAreOneNumberAndPricesAndOrdinalsAreNoNumbersAtAll() {
        assertEquals(List.of("2019", "54000"), TitleWords.of("Clio 2019 54 000 km, 1ère main, 8 500 €").numbers().stream()
                .sorted().toList());
        assertEquals(List.of("130", "308"), TitleWords.of("Peugeot 308 130 ch").numbers().stream().sorted().toList());
    }

    @Test
    void theSameCarAtAnotherYearIsAConflictNamedInTheResemblance() {
        Sample dealer = peugeot3008(2021, 48_000, 2_490_000);

        assertEquals("year 2021 against 2019", resemblance(dealer, peugeot3008(2019, 71_000, 2_190_000)).conflict());
    }

    static Stream<Arguments> duplicates() {
        Sample aquarelle2000 = new Sample(MARIE, Subcategory.COLLECTION,
                "Aquarelle peinture de la collection, 2000, 94x74cm",
                "Aquarelle originale signée, peinte en 2000, issue de ma collection personnelle. Paysage de bord de Seine"
                        + " aux tons bleus et ocre, format 94 x 74 cm encadré sous verre. Très bon état, sans tache ni"
                        + " décoloration. À retirer sur place dans le 12e arrondissement.",
                12_000, PARIS_12, goods(ItemCondition.LIKE_NEW));
        Sample aquarelle1999 = new Sample(MARIE, Subcategory.COLLECTION,
                "Peinture de collection aquarelle, 1999, 94 x 74 cm",
                "Aquarelle originale signée, peinte en 1999, issue de ma collection personnelle. Paysage de bord de Marne"
                        + " aux tons verts et ocre, format 94 x 74 cm encadré sous verre. Très bon état, sans tache ni"
                        + " décoloration. À retirer sur place dans le 12e arrondissement.",
                12_000, PARIS_12, goods(ItemCondition.LIKE_NEW));

        Sample peugeot208 = new Sample(PAUL, Subcategory.CAR, "Peugeot 208 1.2 PureTech 82ch Allure 2019",
                "Peugeot 208 Allure 1.2 PureTech 82 ch, mise en circulation en mars 2019, 54 000 km. Première main, carnet"
                        + " d'entretien complet chez Peugeot, distribution faite à 50 000 km. Climatisation, GPS, radar de"
                        + " recul, jantes alu 16 pouces. Contrôle technique OK sans contre-visite.",
                1_250_000, CAEN, car("Peugeot", "208", 2019, 54_000, Fuel.PETROL, Gearbox.MANUAL));
        Sample peugeot208Again = new Sample(PAUL, Subcategory.CAR, "208 Allure essence de 2019, 1ère main",
                "Je vends ma Peugeot 208 Allure 1.2 PureTech 82 ch de mars 2019, 54 300 km, première main. Carnet"
                        + " d'entretien complet chez Peugeot, distribution faite à 50 000 km. Clim, GPS, radar de recul,"
                        + " jantes alu 16 pouces. CT OK sans contre-visite. Prix en baisse !",
                1_190_000, CAEN, car("Peugeot", "208", 2019, 54_300, Fuel.PETROL, Gearbox.MANUAL));

        Sample flatToLet = new Sample(MARIE, Subcategory.RENT, "Appartement T2 meublé 45 m² Lyon 3e Part-Dieu",
                "Au 4e étage avec ascenseur d'un immeuble bien entretenu, à 5 minutes à pied de la gare Part-Dieu,"
                        + " appartement T2 meublé de 45 m² : entrée, séjour lumineux exposé sud avec cuisine équipée"
                        + " (plaques, four, lave-linge), chambre avec placard, salle d'eau et WC séparés. Chauffage"
                        + " individuel électrique. Disponible au 1er septembre, bail meublé d'un an. Loyer 850 € charges"
                        + " comprises.",
                85_000, LYON_3, home(PropertyType.APARTMENT, 45, 2, null, true));
        Sample flatToLetCopied = new Sample(SCAMMER, Subcategory.RENT, "Appartement T2 meublé 45 m² Lyon 3e Part-Dieu",
                "Au 4e étage avec ascenseur d'un immeuble bien entretenu, à 5 minutes à pied de la gare Part-Dieu,"
                        + " appartement T2 meublé de 45 m² : entrée, séjour lumineux exposé sud avec cuisine équipée"
                        + " (plaques, four, lave-linge), chambre avec placard, salle d'eau et WC séparés. Chauffage"
                        + " individuel électrique. Disponible de suite, bail meublé d'un an. Loyer 650 € charges"
                        + " comprises. Je suis à l'étranger, les clés vous sont envoyées après le dépôt de garantie.",
                65_000, LYON_3, home(PropertyType.APARTMENT, 45, 2, null, true));

        Sample yaris = new Sample(PAUL, Subcategory.CAR, "Toyota Yaris IV Première 2021 en très bon état",
                "Toyota Yaris IV hybride 116 ch finition Première, mise en circulation en 2021, 32 000 km. Entretien"
                        + " exclusivement chez Toyota, carnet à jour et garantie hybride prolongée. Affichage tête haute,"
                        + " sièges chauffants, toit bicolore et aides à la conduite Toyota Safety Sense. Très bon état"
                        + " intérieur et extérieur, deux clés.",
                2_290_000, LYON_1, car("Toyota", "Yaris", 2021, 32_000, Fuel.HYBRID, Gearbox.AUTOMATIC));

        Sample bike = new Sample(MARIE, Subcategory.LEISURE, "Vélo électrique Riverside 500 E Decathlon taille L",
                "Vélo à assistance électrique Riverside 500 E acheté chez Decathlon en avril 2023, taille L (1,75 m à"
                        + " 1,90 m). Batterie 418 Wh d'origine, environ 1 200 km au compteur, autonomie de 60 à 80 km."
                        + " Révision faite en magasin il y a deux mois, pneus et plaquettes neufs. Vendu avec facture,"
                        + " chargeur et antivol U.",
                90_000, MERIGNAC, goods(ItemCondition.GOOD));
        Sample bikeCopied = new Sample(SCAMMER, Subcategory.LEISURE, "VAE Riverside 500E comme neuf, taille L",
                "Vélo à assistance électrique Riverside 500 E acheté chez Decathlon en avril 2023, taille L (1,75 m à"
                        + " 1,90 m). Batterie 418 Wh d'origine, environ 1 200 km au compteur, autonomie de 60 à 80 km."
                        + " Révision faite en magasin il y a deux mois, pneus et plaquettes neufs. Vendu avec facture,"
                        + " chargeur et antivol U. Envoi possible, paiement par virement uniquement.",
                45_000, BORDEAUX, goods(ItemCondition.LIKE_NEW));

        Sample sofa = new Sample(PAUL, Subcategory.HOME, "Canapé d'angle en cuir noir", "Très bon état, à venir chercher.",
                25_000, RENNES, goods(ItemCondition.GOOD));
        Sample sofaAgain = new Sample(PAUL, Subcategory.HOME, "canape angle cuir noir TBE", "A venir chercher sur place.",
                25_000, RENNES, goods(ItemCondition.GOOD));

        Sample table = new Sample(MARIE, Subcategory.HOME, "Table de ferme en chêne massif 180 x 90 cm",
                "Table de ferme en chêne massif, plateau de 180 x 90 cm et 5 cm d'épaisseur, pieds tournés. Quelques"
                        + " marques d'usage qui font son charme. Peut accueillir 8 personnes. À récupérer à Nantes,"
                        + " démontable pour le transport.",
                35_000, NANTES, goods(ItemCondition.GOOD));
        Sample tableAgain = new Sample(MARIE, Subcategory.HOME, "Table chêne massif style ferme 180x90cm",
                "Belle table de ferme en chêne massif, plateau 180 x 90 cm, 5 cm d'épaisseur, pieds tournés. Quelques"
                        + " marques d'usage qui font son charme, 8 personnes. À récupérer à Nantes, se démonte pour le"
                        + " transport.",
                32_000, NANTES, goods(ItemCondition.GOOD));

        Sample flatForSale = new Sample(AGENCY, Subcategory.SALE, "Appartement T3 68 m² Chartrons avec balcon",
                "Aux Chartrons, dans une résidence de 2010 avec ascenseur, appartement T3 de 68 m² au 3e étage : séjour"
                        + " de 28 m² ouvert sur un balcon plein sud, cuisine équipée, deux chambres, salle de bains,"
                        + " cellier. Place de parking en sous-sol. Proche tram B et quais. Copropriété de 40 lots,"
                        + " charges 1 400 € par an.",
                32_000_000, BORDEAUX, home(PropertyType.APARTMENT, 68, 3, null, null));
        Sample flatForSaleAgain = new Sample(AGENCY, Subcategory.SALE, "T3 lumineux aux Chartrons, balcon sud, 68 m2",
                "Quartier des Chartrons, résidence de 2010 avec ascenseur : appartement T3 lumineux de 68 m² au 3e étage."
                        + " Séjour de 28 m² ouvert sur balcon plein sud, cuisine équipée, deux chambres, salle de bains"
                        + " et cellier. Parking en sous-sol. Tram B et quais à deux pas. 40 lots, charges 1 400 € par an.",
                31_000_000, BORDEAUX, home(PropertyType.APARTMENT, 68, 3, null, null));

        Sample kangoo = new Sample(PAUL, Subcategory.CAR, "Renault Kangoo 1.5 dCi 95 Extrem 2017",
                "Renault Kangoo 1.5 dCi 95 ch finition Extrem, 2017, 112 000 km. Cinq places, deux portes latérales"
                        + " coulissantes, attelage, barres de toit. Distribution et embrayage refaits à 100 000 km,"
                        + " factures à l'appui. Contrôle technique de moins de six mois, rien à prévoir.",
                1_050_000, TOULOUSE, car("Renault", "Kangoo", 2017, 112_000, Fuel.DIESEL, Gearbox.MANUAL));

        Sample motorcycle = new Sample(MARIE, Subcategory.MOTORCYCLE, "Yamaha MT-07 A2 2020 18 500 km",
                "Yamaha MT-07 version A2 de juillet 2020, 18 500 km, bridée 35 kW (kit de débridage fourni). Entretien"
                        + " Yamaha à jour, pneus Michelin Road 5 neufs, chaîne et kit transmission changés à 15 000 km."
                        + " Jamais tombée, dort au garage. Deux clés et carnet.",
                620_000, CAEN, car("Yamaha", "MT-07", 2020, 18_500, Fuel.PETROL, Gearbox.MANUAL));
        Sample motorcycleAgain = new Sample(MARIE, Subcategory.MOTORCYCLE, "Yamaha MT07 A2 de 2020, 18500km, révisée",
                "Yamaha MT-07 version A2 de juillet 2020, 18 500 km, bridée 35 kW (kit de débridage fourni). Révision"
                        + " faite, entretien Yamaha à jour, pneus Michelin Road 5 neufs, chaîne et kit transmission changés"
                        + " à 15 000 km. Jamais tombée, dort au garage. Deux clés et carnet.",
                620_000, HEROUVILLE, car("Yamaha", "MT 07", 2020, 18_500, Fuel.PETROL, Gearbox.MANUAL));

        return Stream.of(
                Arguments.of("The same seller's watercolour posted again under a reworded title, at the same price in"
                        + " the same arrondissement, is a duplicate", aquarelle1999, aquarelle2000),
                Arguments.of("A private seller's Peugeot 208 posted again with a new title, 600 € less and 300 km more,"
                        + " is a duplicate", peugeot208Again, peugeot208),
                Arguments.of("Another seller's copy of a furnished flat to let, 200 € cheaper in the same arrondissement,"
                        + " is a duplicate (the rental scam)", flatToLetCopied, flatToLet),
                Arguments.of("Another seller's word-for-word copy of a Lyon Toyota Yaris, 8 000 € cheaper in Marseille,"
                        + " is a duplicate", yaris.by(SCAMMER).at(MARSEILLE_8, 1_490_000), yaris),
                Arguments.of("Another seller's copy of an electric bike's long description under a shorter title, at"
                        + " half the price, is a duplicate", bikeCopied, bike),
                Arguments.of("The same seller's leather sofa posted again with its title retyped without accents and a"
                        + " two-word description is a duplicate", sofaAgain, sofa),
                Arguments.of("The same seller's oak table posted again as 180x90cm instead of 180 x 90 cm, 30 € less,"
                        + " is a duplicate", tableAgain, table),
                Arguments.of("The same agency's flat for sale posted again with a rewritten title and 3 % off is a"
                        + " duplicate", flatForSaleAgain, flatForSale),
                Arguments.of("The same seller's Renault Kangoo posted again as a van instead of a car is a duplicate",
                        kangoo.as(Subcategory.VAN), kangoo),
                Arguments.of("The same seller's motorcycle posted again from the next commune, its text barely touched,"
                        + " is a duplicate", motorcycleAgain, motorcycle));
    }

    static Stream<Arguments> honestLookalikes() {
        String template = "L'agence Lyon Est Immobilier vous propose à la location, rue Paul Bert, un appartement %s de"
                + " %d m² au %s étage d'un immeuble ancien rénové : séjour, cuisine équipée, %s, salle d'eau."
                + " Chauffage individuel gaz. Honoraires à la charge du locataire : %d €. Dépôt de garantie : un mois"
                + " de loyer hors charges. Disponible immédiatement.";
        Sample t2 = new Sample(AGENCY, Subcategory.RENT, "Appartement T2 45 m² rue Paul Bert",
                template.formatted("T2", 45, "2e", "une chambre", 450), 72_000, LYON_3,
                home(PropertyType.APARTMENT, 45, 2, null, false));
        Sample t3 = new Sample(AGENCY, Subcategory.RENT, "Appartement T3 68 m² rue Paul Bert",
                template.formatted("T3", 68, "4e", "deux chambres", 680), 98_000, LYON_3,
                home(PropertyType.APARTMENT, 68, 3, null, false));

        Sample clio = new Sample(MARIE, Subcategory.CAR, "Renault Clio V 2020", "Première main, carnet d'entretien.",
                1_390_000, CAEN, car("Renault", "Clio", 2020, 41_000, Fuel.PETROL, Gearbox.MANUAL));
        Sample otherClio = new Sample(PAUL, Subcategory.CAR, "Renault Clio V 2020", "Très bon état, CT ok.",
                1_350_000, CAEN, car("Renault", "Clio V", 2020, 42_500, Fuel.PETROL, Gearbox.MANUAL));

        String mobileHomeText = "Mobil-home O'Hara 834 de 2015, 3 chambres, 32 m², terrasse couverte en bois de 15 m²,"
                + " emplacement au camping Les Écureuils à Saint-Hilaire-de-Riez, à 800 m de la plage. Vendu meublé et"
                + " équipé, frais de parcelle 2 900 € par an. Visite sur rendez-vous.";
        Sample mobileHome = new Sample(MARIE, Subcategory.SALE, "Mobil-home O'Hara 834 de 2015 sur camping 4 étoiles",
                mobileHomeText, 2_800_000, SAINT_HILAIRE_DE_RIEZ, home(PropertyType.OTHER, 32, 4, null, null));
        Sample mobileHomeAsCaravan = new Sample(MARIE, Subcategory.CARAVAN,
                "Mobil-home O'Hara 834 de 2015 sur camping 4 étoiles", mobileHomeText, 2_800_000, SAINT_HILAIRE_DE_RIEZ,
                car("O'Hara", "834", 2015, 0, Fuel.OTHER, null));

        String tyres = "Lot de 4 pneus hiver Michelin Alpin 6 en %s, environ %d mm de gomme, montés deux hivers. Stockés"
                + " à l'abri de la lumière. Possibilité de montage sur vos jantes, à venir chercher à Vannes.";
        Sample tyres16 = new Sample(PAUL, Subcategory.PARTS, "Pneus hiver 205/55 R16 Michelin Alpin 6",
                tyres.formatted("205/55 R16 91H", 6), 22_000, VANNES, parts(ItemCondition.GOOD));
        Sample tyres17 = new Sample(PAUL, Subcategory.PARTS, "Pneus hiver 225/45 R17 Michelin Alpin 6",
                tyres.formatted("225/45 R17 94V", 5), 26_000, VANNES, parts(ItemCondition.GOOD));

        String royan = "Maison neuve et meublée de 85 m2 avec garage 20 m2 et une très grande cave environ 40 m2, à dix"
                + " minutes à pied de la plage de la Grande Conche. Séjour lumineux avec cuisine équipée, trois chambres,"
                + " salle d'eau et petit jardin clos.";
        Sample houseToLet = new Sample(MARIE, Subcategory.RENT, "Location Maison Neuve Meublée ROYAN",
                royan + " Location à l'année, disponible tout de suite.", 95_000, ROYAN,
                home(PropertyType.HOUSE, 85, 4, 250, true));
        Sample houseForSale = new Sample(MARIE, Subcategory.SALE, "Maison neuve 4 pièces à vendre à Royan",
                royan + " Vendue meublée, sans travaux, taxe foncière 1 100 €.", 32_000_000, ROYAN,
                home(PropertyType.HOUSE, 85, 4, 250, null));

        Sample yaris = new Sample(MARIE, Subcategory.CAR, "Toyota Yaris hybride 116h Première 2021",
                "Yaris 4 hybride achetée neuve en 2021, 33 500 km, toujours dormi au garage. Révisions faites chez Toyota"
                        + " Lyon Sud, pneus récents, aucun frais à prévoir. Je la vends car je pars travailler à"
                        + " l'étranger. Visible à Lyon 1er le week-end.",
                2_250_000, LYON_1, car("Toyota", "Yaris", 2021, 33_500, Fuel.HYBRID, Gearbox.AUTOMATIC));
        Sample otherYaris = new Sample(PAUL, Subcategory.CAR, "Toyota Yaris IV Première 2021 en très bon état",
                "Toyota Yaris IV hybride 116 ch finition Première, mise en circulation en 2021, 32 000 km. Entretien"
                        + " exclusivement chez Toyota, carnet à jour et garantie hybride prolongée. Affichage tête haute,"
                        + " sièges chauffants, toit bicolore et aides à la conduite Toyota Safety Sense. Très bon état"
                        + " intérieur et extérieur, deux clés.",
                2_290_000, LYON_1, car("Toyota", "Yaris", 2021, 32_000, Fuel.HYBRID, Gearbox.AUTOMATIC));

        Sample iphone = new Sample(MARIE, Subcategory.ELECTRONICS, "iPhone 13 128 Go bleu", "Batterie 89 %, aucune rayure.",
                45_000, LILLE, goods(ItemCondition.GOOD));
        Sample otherIphone = new Sample(PAUL, Subcategory.ELECTRONICS, "iPhone 13 128Go noir", "Vendu avec coque et chargeur.",
                43_000, LILLE, goods(ItemCondition.GOOD));

        String shoes = "Baskets Geox à scratch, pointure %d, portées une saison, semelles encore bonnes. Lavées, sans"
                + " odeur. Envoi possible ou remise en main propre à Dijon.";
        Sample shoes28 = new Sample(MARIE, Subcategory.FASHION, "Baskets enfant Geox pointure 28", shoes.formatted(28),
                1_500, DIJON, goods(ItemCondition.GOOD));
        Sample shoes30 = new Sample(MARIE, Subcategory.FASHION, "Baskets enfant Geox pointure 30", shoes.formatted(30),
                1_500, DIJON, goods(ItemCondition.GOOD));

        Sample chair = new Sample(PAUL, Subcategory.HOME, "Chaise en bois", "À venir chercher, Nantes.", 1_000, NANTES,
                goods(ItemCondition.GOOD));
        Sample stool = new Sample(PAUL, Subcategory.HOME, "Tabouret en bois", "À venir chercher, Nantes.", 1_000, NANTES,
                goods(ItemCondition.GOOD));

        String network = "%s de %d m² en centre-ville de Nantes, proche commerces, écoles et transports. Les informations"
                + " sur les risques auxquels ce bien est exposé sont disponibles sur le site Géorisques. Honoraires à la"
                + " charge du vendeur. Prix hors frais de notaire. Nos conseillers sont à votre disposition pour"
                + " organiser une visite, du lundi au samedi.";
        Sample threeRooms = new Sample(AGENCY, Subcategory.SALE, "Appartement 3 pièces 62 m² Nantes centre",
                network.formatted("Appartement 3 pièces", 62), 27_500_000, NANTES,
                home(PropertyType.APARTMENT, 62, 3, null, null));
        Sample fourRooms = new Sample(OTHER_AGENCY, Subcategory.SALE, "Appartement 4 pièces 81 m² Nantes centre",
                network.formatted("Appartement 4 pièces", 81), 34_900_000, NANTES,
                home(PropertyType.APARTMENT, 81, 4, null, null));

        String rooms = "Chambre meublée de %d m² dans une maison calme à La Tronche, à deux pas du CHU et des arrêts de"
                + " bus vers Grenoble. Lit, bureau, armoire et accès à la cuisine, à la salle de bains et au jardin"
                + " partagés. Idéale pour un interne ou un jeune travailleur, non-fumeur.";
        Sample room12 = new Sample(MARIE, Subcategory.RENT, "Chambre meublée 12 m² à La Tronche, proche CHU",
                rooms.formatted(12), 39_000, LA_TRONCHE, home(PropertyType.ROOM, 12, 1, null, true));
        Sample room16 = new Sample(MARIE, Subcategory.RENT, "Chambre meublée 16 m² à La Tronche, proche CHU",
                rooms.formatted(16), 45_000, LA_TRONCHE, home(PropertyType.ROOM, 16, 1, null, true));

        return Stream.of(
                Arguments.of("An agency's T2 and T3 in one street, written from one template, are not duplicates",
                        t3, t2),
                Arguments.of("Two private sellers' Clio V of the same year in the same town, with one-line"
                        + " descriptions, are not duplicates", otherClio, clio),
                Arguments.of("The same seller's mobile home posted as real estate and as a caravan is not a duplicate:"
                        + " another category never is", mobileHomeAsCaravan, mobileHome),
                Arguments.of("The same seller's winter tyres in 205/55 R16 and in 225/45 R17, from one template, are"
                        + " not duplicates", tyres17, tyres16),
                Arguments.of("A dealer's two Peugeot 3008 of different years, written from the dealer's template, are"
                        + " not duplicates", peugeot3008(2019, 71_000, 2_190_000), peugeot3008(2021, 48_000, 2_490_000)),
                Arguments.of("The same owner's house offered to let and for sale is not a duplicate: they are two"
                        + " offers", houseForSale, houseToLet),
                Arguments.of("Two private sellers' Toyota Yaris of the same year in Lyon, each with its own long"
                        + " description, are not duplicates", yaris, otherYaris),
                Arguments.of("Two private sellers' iPhone 13 in Lille with one-line descriptions are not duplicates",
                        otherIphone, iphone),
                Arguments.of("The same parent's children's shoes in sizes 28 and 30, from one text at one price, are"
                        + " not duplicates", shoes30, shoes28),
                Arguments.of("The same seller's wooden chair and wooden stool, at one price from one flat, are not"
                        + " duplicates", stool, chair),
                Arguments.of("Two agencies of one network describing two flats with the network's boilerplate are not"
                        + " duplicates", fourRooms, threeRooms),
                Arguments.of("The same landlord's furnished rooms of 12 m² and 16 m² in one house are not duplicates",
                        room16, room12));
    }

    /** The titles and the descriptions the table compares, two by two, for PgTrigramsIT. */
    static Stream<String[]> comparedTexts() {
        return Stream.concat(duplicates(), honestLookalikes()).flatMap(a -> {
            Sample ad = (Sample) a.get()[1];
            Sample other = (Sample) a.get()[2];
            return Stream.of(new String[]{ad.title(), other.title()}, new String[]{ad.description(), other.description()});
        });
    }

    private static Sample peugeot3008(int year, int mileageKm, long priceCents) {
        String km = String.format(Locale.ROOT, "%,d", mileageKm).replace(',', ' ');
        return new Sample(DEALER, Subcategory.CAR, "Peugeot 3008 1.5 BlueHDi 130 Allure " + year,
                ("Garage des Lices, agent Peugeot, vous propose ce Peugeot 3008 1.5 BlueHDi 130 ch EAT8 Allure de %d,"
                        + " %s km. Garantie 12 mois pièces et main-d'œuvre, révision complète et contrôle technique à la"
                        + " livraison. Reprise de votre véhicule et financement possibles, visible du lundi au samedi.")
                        .formatted(year, km),
                priceCents, RENNES, car("Peugeot", "3008", year, mileageKm, Fuel.DIESEL, Gearbox.AUTOMATIC));
    }

    private static VehicleAttributes car(String brand, String model, int year, int mileageKm, Fuel fuel, Gearbox gearbox) {
        return new VehicleAttributes(brand, model, year, mileageKm, fuel, gearbox, true, null, null);
    }

    private static VehicleAttributes parts(ItemCondition condition) {
        return new VehicleAttributes(null, null, null, null, null, null, null, null, condition);
    }

    private static GoodsAttributes goods(ItemCondition condition) {
        return new GoodsAttributes(condition);
    }

    private static RealEstateAttributes home(PropertyType type, int surfaceM2, int rooms, Integer landSurfaceM2,
                                             Boolean furnished) {
        return new RealEstateAttributes(type, surfaceM2, rooms, landSurfaceM2, furnished, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }
}
