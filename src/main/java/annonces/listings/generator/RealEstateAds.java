package annonces.listings.generator;

import annonces.listings.ChargesMode;
import annonces.listings.EnergyClass;
import annonces.listings.PropertyType;
import annonces.listings.RealEstateAttributes;
import annonces.listings.Subcategory;

import java.util.List;

/**
 * Sales, rents and viagers as French sellers write them: "Maison 5 pièces 110 m² avec jardin",
 * "Appartement T2 meublé proche gare", with the mentions the law asks of them (the energy diagnosis of
 * every home, rent charges and how they are paid, a deposit within its legal cap) and prices that follow
 * the local market.
 */
final class RealEstateAds {

    private static final Weighted<PropertyType> SALE_TYPES = Weighted.of(PropertyType.HOUSE, 50.0)
            .or(PropertyType.APARTMENT, 32.0).or(PropertyType.LAND, 9.0).or(PropertyType.PARKING, 4.0)
            .or(PropertyType.COMMERCIAL, 3.0).or(PropertyType.OTHER, 2.0);
    private static final Weighted<PropertyType> RENT_TYPES = Weighted.of(PropertyType.APARTMENT, 62.0)
            .or(PropertyType.HOUSE, 23.0).or(PropertyType.ROOM, 8.0).or(PropertyType.PARKING, 5.0)
            .or(PropertyType.COMMERCIAL, 2.0);
    private static final Weighted<PropertyType> VIAGER_TYPES = Weighted.of(PropertyType.HOUSE, 60.0)
            .or(PropertyType.APARTMENT, 40.0);
    private static final Weighted<Integer> HOUSE_ROOMS = Weighted.of(2, 5.0).or(3, 15.0).or(4, 28.0)
            .or(5, 27.0).or(6, 15.0).or(7, 7.0).or(8, 3.0);
    private static final Weighted<Integer> FLAT_ROOMS = Weighted.of(1, 14.0).or(2, 30.0).or(3, 30.0)
            .or(4, 18.0).or(5, 8.0);
    /** The spread of DPE classes in French housing (ONRE 2023), A rare, D the most common. */
    private static final Weighted<EnergyClass> ENERGY_CLASSES = Weighted.of(EnergyClass.A, 2.0)
            .or(EnergyClass.B, 5.0).or(EnergyClass.C, 16.0).or(EnergyClass.D, 32.0).or(EnergyClass.E, 24.0)
            .or(EnergyClass.F, 13.0).or(EnergyClass.G, 8.0);
    /** The DPE's yearly energy bill in euros per m², by class A to G. */
    private static final int[] ENERGY_COST_PER_M2 = {6, 9, 13, 18, 24, 31, 40};
    private static final Weighted<Integer> PRICE_REFERENCE_YEARS = Weighted.of(2021, 20.0).or(2022, 25.0)
            .or(2023, 40.0).or(2024, 15.0);
    private static final EnergyClass[] CLASSES = {EnergyClass.A, EnergyClass.B, EnergyClass.C, EnergyClass.D,
            EnergyClass.E, EnergyClass.F, EnergyClass.G};

    private static final List<String> HOUSE_FEATURES = List.of("Séjour lumineux avec cuisine équipée.",
            "Cuisine ouverte sur le salon avec poêle à bois.", "Suite parentale au rez-de-chaussée.",
            "Salle d'eau avec douche à l'italienne.", "Garage attenant et cellier.",
            "Jardin clos et arboré, sans vis-à-vis.", "Terrasse exposée sud.", "Combles aménageables.",
            "Toiture refaite il y a cinq ans.", "Double vitrage et volets roulants électriques.",
            "Chauffage par pompe à chaleur.", "Raccordée au tout-à-l'égout.", "Sous-sol complet.",
            "Dépendance aménageable en studio.", "Portail électrique et allée goudronnée.",
            "Chambres avec placards.", "Véranda donnant sur le jardin.");
    private static final List<String> FLAT_FEATURES = List.of("Séjour lumineux avec balcon.",
            "Cuisine aménagée et équipée.", "Ascenseur, interphone et digicode.",
            "Cave et place de parking en sous-sol.", "Double vitrage, chauffage individuel au gaz.",
            "Parquet dans les chambres.", "Résidence calme et sécurisée.", "Vue dégagée, sans vis-à-vis.",
            "Salle de bains avec baignoire.", "Nombreux rangements.", "Gardien dans la résidence.",
            "Loggia fermée exposée ouest.", "Fenêtres neuves.");
    private static final List<String> SURROUNDINGS = List.of("Proche écoles, commerces et transports.",
            "Quartier calme et résidentiel.", "À deux pas du centre-ville.", "À dix minutes à pied de la gare.",
            "Proche de toutes commodités.", "Commerces et marché accessibles à pied.",
            "Arrêt de bus à proximité immédiate.", "Collèges et lycées desservis par les bus scolaires.");
    private static final List<String> LAND_FEATURES = List.of(
            "Terrain plat et viabilisé : eau, électricité et tout-à-l'égout en bordure.", "Libre de constructeur.",
            "Exposition sud, vue dégagée sur la campagne.", "Étude de sol disponible.",
            "Proche du bourg et des écoles.", "Certificat d'urbanisme positif.");
    private static final List<String> PARKING_FEATURES = List.of("Accès sécurisé par badge.",
            "Porte automatique.", "Idéal pour une voiture et du rangement.", "Prise électrique à proximité.",
            "Accès facile, sans manœuvre.");
    private static final List<String> COMMERCIAL_FEATURES = List.of("Belle vitrine sur rue passante.",
            "Toutes activités sauf nuisances.", "Accès aux personnes à mobilité réduite.", "Réserve et sanitaires.",
            "Stationnement facile à proximité.", "Climatisation réversible.");
    private static final List<String> OTHER_KINDS = List.of("Grange", "Corps de ferme", "Immeuble de rapport",
            "Moulin", "Chalet en bois", "Ancienne école");
    private static final List<String> OTHER_FEATURES = List.of("Charpente en bon état.",
            "Beau potentiel, nombreux projets possibles.", "Terrain attenant.",
            "Raccordé à l'eau et à l'électricité.", "Murs en pierre.");
    private static final List<String> CLOSINGS = List.of("Visites sur rendez-vous.",
            "Contact par la messagerie du site.", "Visites possibles le week-end.",
            "Dossier de diagnostics disponible sur demande.");

    /** The property an ad describes, before any price. */
    private record Property(PropertyType type, Integer surface, Integer rooms, Integer land, int floor,
                            State state, String kind) {

        boolean housing() {
            return type == PropertyType.HOUSE || type == PropertyType.APARTMENT || type == PropertyType.ROOM;
        }
    }

    private enum State {
        TO_RENOVATE(0.72), GOOD(1.0), RENOVATED(1.12);

        private final double priceFactor;

        State(double priceFactor) {
            this.priceFactor = priceFactor;
        }
    }

    /** The energy diagnosis, EXEMPT or a class pair with its yearly cost estimate. */
    private record Diagnosis(EnergyClass energy, EnergyClass ghg, Long costMinCents, Long costMaxCents,
                             Integer referenceYear) {
    }

    AdContent next(Subcategory subcategory, Place place, boolean pro, Dice dice) {
        Property property = property(switch (subcategory) {
            case SALE -> SALE_TYPES.pick(dice);
            case RENT -> RENT_TYPES.pick(dice);
            default -> VIAGER_TYPES.pick(dice);
        }, place, dice);
        Diagnosis diagnosis = property.housing() ? diagnosis(property, dice) : null;
        return switch (subcategory) {
            case SALE -> sale(property, diagnosis, place, pro, dice);
            case RENT -> rent(property, diagnosis, place, pro, dice);
            case VIAGER -> viager(property, diagnosis, place, dice);
            default -> throw new IllegalArgumentException(subcategory + " is not a real-estate subcategory");
        };
    }

    private static Property property(PropertyType type, Place place, Dice dice) {
        boolean rural = Market.rural(place);
        State state = dice.chance(0.18) ? State.TO_RENOVATE : dice.chance(0.18) ? State.RENOVATED : State.GOOD;
        return switch (type) {
            case HOUSE -> {
                int rooms = HOUSE_ROOMS.pick(dice);
                Integer land = rural ? Integer.valueOf(dice.between(40, 300) * 10)
                        : place.population() < 30_000 ? Integer.valueOf(dice.between(15, 120) * 10)
                        : dice.chance(0.7) ? Integer.valueOf(dice.between(8, 60) * 10) : null;
                yield new Property(type, Math.max(35, rooms * 21 + dice.between(-8, 25)), rooms, land, 0, state, null);
            }
            case APARTMENT -> {
                int rooms = FLAT_ROOMS.pick(dice);
                int surface = rooms == 1 ? dice.between(16, 32) : rooms * 19 + dice.between(-6, 14);
                int floor = dice.between(0, place.population() >= 30_000 ? 8 : 3);
                yield new Property(type, surface, rooms, null, floor, state, null);
            }
            case ROOM -> new Property(type, dice.between(9, 18), 1, null, dice.between(0, 4), State.GOOD, null);
            case LAND -> new Property(type, null, null, rural ? dice.between(50, 500) * 10 : dice.between(25, 120) * 10,
                    0, State.GOOD, null);
            case PARKING -> new Property(type, null, null, dice.between(11, 22), -1, State.GOOD, null);
            case COMMERCIAL -> new Property(type, dice.between(5, 80) * 5, null, null, 0, state, null);
            default -> new Property(type, dice.between(8, 70) * 5, null, null, 0, State.TO_RENOVATE,
                    dice.pick(OTHER_KINDS));
        };
    }

    /** Homes to renovate sit low on the scale, renovated ones high; the climate class follows the energy class. */
    private static Diagnosis diagnosis(Property property, Dice dice) {
        if (dice.chance(0.02)) {
            return new Diagnosis(EnergyClass.EXEMPT, EnergyClass.EXEMPT, null, null, null);
        }
        int energy = ENERGY_CLASSES.pick(dice).ordinal();
        if (property.state() == State.TO_RENOVATE) {
            energy = Math.min(6, energy + 2);
        } else if (property.state() == State.RENOVATED) {
            energy = Math.max(0, energy - 2);
        }
        int ghg = Math.max(0, Math.min(6, energy + dice.between(-2, 1)));
        double yearly = property.surface() * ENERGY_COST_PER_M2[energy] * dice.between(0.9, 1.1);
        long min = Money.rounded(yearly * 0.8, 10);
        long max = Math.max(min, Money.rounded(yearly * 1.1, 10));
        return new Diagnosis(CLASSES[energy], CLASSES[ghg], Money.cents(min), Money.cents(max),
                PRICE_REFERENCE_YEARS.pick(dice));
    }

    private static AdContent sale(Property p, Diagnosis d, Place place, boolean pro, Dice dice) {
        long price = value(p, place, dice);
        Integer lots = null;
        Long coproCharges = null;
        Boolean proceedings = null;
        if (p.type() == PropertyType.APARTMENT && dice.chance(0.85)) {
            lots = dice.chance(0.6) ? dice.between(4, 40) : dice.between(41, 250);
            coproCharges = Money.cents(Money.rounded(p.surface() * dice.between(15.0, 45.0), 10));
            proceedings = dice.chance(0.04);
        }
        var attributes = attributes(p, d, null, null, null, null, null, null, lots, coproCharges, proceedings);
        StringBuilder text = new StringBuilder(600);
        text.append(dice.pick("À vendre", "Vends", "Exclusivité", "Nouveauté")).append(' ')
                .append(French.at(place.city())).append(" : ").append(what(p)).append('.');
        features(text, p, dice);
        text.append(paragraph(dice)).append("Prix : ").append(French.euros(price))
                .append(pro ? dice.pick(", honoraires à la charge du vendeur.", " honoraires inclus.") : ".");
        if (p.housing() && dice.chance(0.5)) {
            text.append(" Taxe foncière : ").append(French.euros(Money.rounded(p.surface() * dice.between(10.0, 22.0), 10)))
                    .append(" par an.");
        }
        if (lots != null) {
            text.append(" Bien en copropriété de ").append(lots).append(" lots, charges annuelles de ")
                    .append(French.euros(coproCharges / 100))
                    .append(proceedings ? " ; une procédure est en cours." : ", aucune procédure en cours.");
        }
        energy(text, d);
        text.append(' ').append(dice.pick(CLOSINGS));
        return new AdContent(Subcategory.SALE, saleTitle(p, place, dice), text.toString(), Money.cents(price), attributes);
    }

    private static AdContent rent(Property p, Diagnosis d, Place place, boolean pro, Dice dice) {
        double perM2 = Market.rentPerM2(place) * p.state().priceFactor * dice.between(0.88, 1.12);
        boolean furnished = switch (p.type()) {
            case ROOM -> dice.chance(0.9);
            case APARTMENT -> dice.chance(p.rooms() == 1 ? 0.6 : p.rooms() == 2 ? 0.3 : 0.1);
            case HOUSE -> dice.chance(0.08);
            default -> false;
        };
        long charges;
        long rent;
        ChargesMode mode;
        switch (p.type()) {
            case APARTMENT, HOUSE -> {
                charges = p.type() == PropertyType.HOUSE ? (dice.chance(0.6) ? 0 : dice.between(2, 8) * 5)
                        : Money.rounded(p.surface() * dice.between(1.0, 2.8), 5);
                rent = Money.within(p.surface() * perM2 * (furnished ? 1.12 : 1.0) + charges, 300, 2500, 5);
                mode = furnished && dice.chance(0.6) ? ChargesMode.FLAT_RATE
                        : dice.chance(0.85) ? ChargesMode.PROVISION : ChargesMode.FLAT_RATE;
            }
            case ROOM -> {
                charges = dice.between(6, 16) * 5;
                rent = Money.within(dice.between(260, 420) * Math.sqrt(perM2 / 10), 250, 750, 5);
                mode = ChargesMode.FLAT_RATE;
            }
            case PARKING -> {
                charges = dice.chance(0.7) ? 0 : 5;
                rent = Money.within(dice.between(40, 80) * perM2 / 10, 30, 250, 5);
                mode = ChargesMode.FLAT_RATE;
            }
            default -> {
                rent = Money.within(p.surface() * perM2 * 0.8, 350, 2500, 10);
                charges = Money.rounded(rent * 0.05, 5);
                mode = ChargesMode.PROVISION;
            }
        }
        // Loi du 6 juillet 1989: at most one month of rent without charges, two when furnished.
        long depositCap = (furnished ? 2 : 1) * (rent - charges);
        Long deposit = dice.chance(0.85) ? Long.valueOf(Money.cents(dice.chance(0.7) ? depositCap
                : Math.max(0, depositCap / 100 * 100))) : null;
        var attributes = attributes(p, d, furnished, Money.cents(charges), mode, deposit, null, null, null, null, null);
        StringBuilder text = new StringBuilder(600);
        text.append(dice.pick("À louer", "Location", "Propose à la location")).append(' ')
                .append(French.at(place.city())).append(" : ").append(what(p))
                .append(furnished ? " " + furnishedWord(p, true) : "").append('.');
        features(text, p, dice);
        text.append(paragraph(dice)).append("Loyer de ").append(French.euros(rent))
                .append(" par mois charges comprises, dont ").append(French.euros(charges)).append(" de charges ")
                .append(mode == ChargesMode.PROVISION ? "(provision avec régularisation annuelle)." : "(forfait).");
        if (deposit != null) {
            text.append(" Dépôt de garantie : ").append(French.euros(deposit / 100)).append('.');
        }
        if (furnished) {
            text.append(" Logement meublé : literie, électroménager et vaisselle fournis.");
        }
        text.append(' ').append(dice.pick("Disponible immédiatement.", "Libre début du mois prochain.",
                "Disponible dans un mois.", "Bail d'un an renouvelable."));
        text.append(pro ? " Honoraires de location : " + French.euros(Money.rounded(p.surface() == null ? 100
                : p.surface() * 8.0, 10)) + "." : " Pas de frais d'agence.");
        energy(text, d);
        return new AdContent(Subcategory.RENT, rentTitle(p, furnished, place, dice), text.toString(),
                Money.cents(rent), attributes);
    }

    private static AdContent viager(Property p, Diagnosis d, Place place, Dice dice) {
        long value = value(p, place, dice);
        long bouquet = Money.rounded(Math.max(10_000, value * dice.between(0.15, 0.35)), 1000);
        long annuity = Money.rounded(Math.max(150, value * dice.between(0.0025, 0.005)), 10);
        boolean occupied = dice.chance(0.85);
        var attributes = attributes(p, d, null, null, null, null, Money.cents(annuity), occupied, null, null, null);
        StringBuilder text = new StringBuilder(600);
        text.append("En viager ").append(French.at(place.city())).append(" : ").append(what(p)).append('.');
        features(text, p, dice);
        text.append(paragraph(dice)).append("Bouquet de ").append(French.euros(bouquet))
                .append(" puis rente mensuelle de ").append(French.euros(annuity)).append(". ");
        if (occupied) {
            int age = dice.between(72, 90);
            text.append(switch (dice.between(0, 2)) {
                case 0 -> "Viager occupé sur une tête, dame de " + age + " ans.";
                case 1 -> "Viager occupé sur une tête, monsieur de " + age + " ans.";
                default -> "Viager occupé sur deux têtes, " + age + " et " + (age - dice.between(1, 6)) + " ans.";
            });
        } else {
            text.append("Viager libre, disponible rapidement.");
        }
        text.append(" Valeur vénale estimée à ").append(French.euros(Money.rounded(value, 1000))).append('.');
        energy(text, d);
        String title = switch (dice.between(0, 4)) {
            case 0 -> "Viager " + (occupied ? "occupé" : "libre") + " " + (p.type() == PropertyType.HOUSE
                    ? "maison " + p.rooms() + " pièces" : "appartement T" + p.rooms());
            case 1 -> "Viager " + French.spoken(place.city());
            case 2 -> (p.type() == PropertyType.HOUSE ? "Maison" : "Appartement") + " en viager "
                    + (occupied ? "occupé" : "libre") + " " + p.surface() + " m²";
            case 3 -> "Viager " + (occupied ? "occupé" : "libre") + " " + French.at(place.city());
            default -> "Vente en viager, " + (p.type() == PropertyType.HOUSE ? "maison" : "appartement") + " de "
                    + p.surface() + " m²";
        };
        return new AdContent(Subcategory.VIAGER, title, text.toString(), Money.cents(bouquet), attributes);
    }

    /** What the property would sell for, in euros. */
    private static long value(Property p, Place place, Dice dice) {
        double perM2 = Market.salePerM2(place) * p.state().priceFactor * dice.between(0.85, 1.15);
        long step = dice.chance(0.3) ? 500 : 1000;
        return switch (p.type()) {
            case HOUSE -> Money.within(p.surface() * perM2 * 0.95
                    + (p.land() == null ? 0 : p.land() * Market.landPerM2(place) * 0.15), 50_000, 900_000, step);
            case APARTMENT -> Money.within(p.surface() * perM2, 50_000, 900_000, step);
            case LAND -> Money.within(p.land() * Market.landPerM2(place) * dice.between(0.8, 1.2), 8_000, 350_000, 500);
            case PARKING -> Money.within(7_000 * Math.pow(perM2 / 2_000, 0.8), 5_000, 60_000, 500);
            case COMMERCIAL -> Money.within(p.surface() * perM2 * 0.55, 30_000, 900_000, step);
            default -> Money.within(p.surface() * perM2 * 0.35, 25_000, 600_000, step);
        };
    }

    private static RealEstateAttributes attributes(Property p, Diagnosis d, Boolean furnished, Long chargesCents,
                                                   ChargesMode chargesMode, Long depositCents, Long annuityCents,
                                                   Boolean occupied, Integer lots, Long coproChargesCents,
                                                   Boolean proceedings) {
        return new RealEstateAttributes(p.type(), p.surface(), p.rooms(), p.land(), furnished,
                d == null ? null : d.energy(), d == null ? null : d.ghg(), d == null ? null : d.costMinCents(),
                d == null ? null : d.costMaxCents(), d == null ? null : d.referenceYear(), chargesCents, chargesMode,
                depositCents, annuityCents, occupied, lots, coproChargesCents, proceedings);
    }

    private static String saleTitle(Property p, Place place, Dice dice) {
        String at = French.at(place.city());
        return switch (p.type()) {
            case HOUSE -> switch (dice.between(0, 7)) {
                case 0 -> "Maison " + p.rooms() + " pièces " + p.surface() + " m²" + (p.land() != null ? " avec jardin" : "");
                case 1 -> (place.population() >= 5_000 ? "Maison de ville " : "Maison de bourg ") + p.rooms() + " pièces";
                case 2 -> "Maison " + French.count(p.rooms() - 1, "chambre", "chambres", true) + " avec garage";
                case 3 -> "Pavillon " + p.rooms() + " pièces " + p.surface() + " m² " + at;
                case 4 -> p.land() != null && p.land() >= 500
                        ? "Longère " + p.surface() + " m² sur terrain de " + French.grouped(p.land()) + " m²"
                        : "Maison de plain-pied " + p.surface() + " m²";
                case 5 -> switch (p.state()) {
                    case TO_RENOVATE -> "Maison en pierre à rénover";
                    case RENOVATED -> "Maison rénovée " + p.rooms() + " pièces";
                    case GOOD -> "Maison familiale proche écoles";
                };
                case 6 -> "Vends maison " + p.surface() + " m² " + at;
                default -> p.land() != null
                        ? "Maison " + p.rooms() + " pièces avec terrain de " + French.grouped(p.land()) + " m²"
                        : "Villa contemporaine " + p.rooms() + " pièces";
            };
            case APARTMENT -> switch (dice.between(0, 6)) {
                case 0 -> "Appartement T" + p.rooms() + " " + p.surface() + " m²";
                case 1 -> "Appartement T" + p.rooms() + " avec balcon";
                case 2 -> "T" + p.rooms() + " lumineux proche " + dice.pick("gare", "commerces", "centre");
                case 3 -> p.rooms() == 1 ? "Studio " + p.surface() + " m² " + dice.pick("centre-ville", "proche université")
                        : "Appartement " + rooms(p) + " " + floor(p.floor());
                case 4 -> p.rooms() >= 3 ? "Duplex T" + p.rooms() + " avec terrasse"
                        : "Appartement T" + p.rooms() + " refait à neuf";
                case 5 -> "Bel appartement " + rooms(p) + " " + at;
                default -> "Appartement T" + p.rooms() + " " + at;
            };
            case LAND -> switch (dice.between(0, 4)) {
                case 0 -> "Terrain constructible " + French.grouped(p.land()) + " m²";
                case 1 -> "Terrain à bâtir viabilisé " + at;
                case 2 -> "Terrain de loisirs " + French.grouped(p.land()) + " m²";
                case 3 -> "Parcelle constructible hors lotissement";
                default -> "Terrain " + French.grouped(p.land()) + " m² avec vue dégagée";
            };
            case PARKING -> dice.pick("Place de parking en sous-sol", "Garage fermé " + p.land() + " m²",
                    "Box fermé proche centre-ville", "Parking sécurisé en résidence", "Garage " + at);
            case COMMERCIAL -> dice.pick("Local commercial " + p.surface() + " m²",
                    "Murs commerciaux " + p.surface() + " m² " + at, "Bureaux " + p.surface() + " m² centre-ville",
                    "Entrepôt " + p.surface() + " m² avec quai", "Local d'activité " + p.surface() + " m²");
            default -> dice.pick(p.kind() + " " + p.surface() + " m²", p.kind() + " à rénover", p.kind() + " " + at);
        };
    }

    private static String rentTitle(Property p, boolean furnished, Place place, Dice dice) {
        String at = French.at(place.city());
        String adjective = furnishedWord(p, furnished);
        return switch (p.type()) {
            case APARTMENT -> switch (dice.between(0, 5)) {
                case 0 -> "Appartement T" + p.rooms() + " " + adjective + " proche " + dice.pick("gare", "centre", "fac");
                case 1 -> "Location T" + p.rooms() + " " + p.surface() + " m² " + at;
                case 2 -> p.rooms() == 1 ? "Studio " + adjective + " " + dice.pick("pour étudiant", "centre-ville", at)
                        : "T" + p.rooms() + " " + adjective + " avec balcon";
                case 3 -> "À louer appartement " + rooms(p) + " " + p.surface() + " m²";
                case 4 -> "Appartement " + adjective + " " + rooms(p) + ", " + floor(p.floor());
                default -> "Bel appartement T" + p.rooms() + " lumineux";
            };
            case HOUSE -> switch (dice.between(0, 4)) {
                case 0 -> "Location maison " + p.rooms() + " pièces" + (furnished ? " " + adjective : "");
                case 1 -> "Maison " + p.surface() + " m² " + (p.land() != null ? "avec jardin " : "") + "à louer";
                case 2 -> furnished ? "Maison " + adjective + " " + at : "Maison à louer " + at;
                case 3 -> "Pavillon " + p.rooms() + " pièces avec garage";
                default -> "Location maison " + French.count(p.rooms() - 1, "chambre", "chambres", true);
            };
            case ROOM -> dice.pick("Chambre " + adjective + " chez l'habitant", "Chambre en colocation " + at,
                    "Chambre " + adjective + ", idéale étudiant", "Chambre " + p.surface() + " m² dans maison partagée");
            case PARKING -> dice.pick("Place de parking à louer", "Garage à louer " + at, "Box fermé à louer",
                    "Parking en sous-sol à louer");
            default -> dice.pick("Local commercial à louer " + p.surface() + " m²", "Bureau à louer " + p.surface() + " m²",
                    "Local d'activité à louer " + at);
        };
    }

    /** "meublé", "meublée", "vide": agrees with the noun that the title or sentence uses for the property. */
    private static String furnishedWord(Property p, boolean furnished) {
        boolean feminine = p.type() == PropertyType.HOUSE || p.type() == PropertyType.ROOM;
        if (!furnished) {
            return p.type() == PropertyType.ROOM ? "non meublée" : "vide";
        }
        return (feminine ? Agreement.FEMININE : Agreement.MASCULINE).of("meublé");
    }

    /** The property in a few words for the description's first sentence. */
    private static String what(Property p) {
        return switch (p.type()) {
            case HOUSE -> "maison de " + p.surface() + " m² comprenant " + p.rooms() + " pièces"
                    + (p.land() != null ? " sur un terrain de " + French.grouped(p.land()) + " m²" : "");
            case APARTMENT -> "appartement de type T" + p.rooms() + " de " + p.surface() + " m², " + floor(p.floor());
            case ROOM -> "chambre de " + p.surface() + " m² dans un logement partagé";
            case LAND -> "terrain constructible de " + French.grouped(p.land()) + " m²";
            case PARKING -> "garage fermé de " + p.land() + " m²";
            case COMMERCIAL -> "local de " + p.surface() + " m²";
            default -> French.uncapitalized(p.kind()) + " de " + p.surface() + " m²";
        };
    }

    private static void features(StringBuilder text, Property p, Dice dice) {
        List<String> pool = switch (p.type()) {
            case HOUSE -> HOUSE_FEATURES;
            case APARTMENT, ROOM -> FLAT_FEATURES;
            case LAND -> LAND_FEATURES;
            case PARKING -> PARKING_FEATURES;
            case COMMERCIAL -> COMMERCIAL_FEATURES;
            default -> OTHER_FEATURES;
        };
        int count = dice.between(1, 3);
        int start = dice.between(0, pool.size() - 1);
        // Consecutive sentences from a random start: distinct without a shuffle.
        for (int i = 0; i < count; i++) {
            text.append(' ').append(pool.get((start + i) % pool.size()));
        }
        if (p.state() == State.TO_RENOVATE && p.housing()) {
            text.append(' ').append(dice.pick("Travaux à prévoir.", "Idéal premier achat ou investisseur.",
                    "Gros potentiel après rénovation."));
        } else if (p.state() == State.RENOVATED) {
            text.append(" Rénovation complète récente.");
        }
        if (p.type() != PropertyType.OTHER) {
            text.append(' ').append(dice.pick(SURROUNDINGS));
        }
    }

    private static void energy(StringBuilder text, Diagnosis d) {
        if (d == null) {
            return;
        }
        if (d.energy() == EnergyClass.EXEMPT) {
            text.append(" Bien non soumis au diagnostic de performance énergétique.");
        } else {
            text.append(" DPE : classe ").append(d.energy()).append(", GES : classe ").append(d.ghg())
                    .append(". Dépenses annuelles d'énergie estimées entre ").append(French.euros(d.costMinCents() / 100))
                    .append(" et ").append(French.euros(d.costMaxCents() / 100)).append('.');
        }
    }

    /** "1 pièce", "3 pièces". */
    private static String rooms(Property p) {
        return p.rooms() + (p.rooms() == 1 ? " pièce" : " pièces");
    }

    private static String floor(int floor) {
        return floor <= 0 ? "en rez-de-chaussée" : floor == 1 ? "au 1er étage" : "au " + floor + "e étage";
    }

    /** Some sellers break their text into paragraphs, most write one block. */
    private static String paragraph(Dice dice) {
        return dice.chance(0.35) ? "\n\n" : " ";
    }
}
