package annonces.listings.generator;

import annonces.listings.Fuel;
import annonces.listings.Gearbox;
import annonces.listings.ItemCondition;
import annonces.listings.Subcategory;
import annonces.listings.VehicleAttributes;

import java.util.List;
import java.util.Set;

/**
 * Cars, motorcycles, vans, motorhomes and parts: "Peugeot 208 GT Line 2019", "Renault Clio V 1.0 TCe 90",
 * with a year within the model's production, the mileage its age implies, the Crit'Air sticker its fuel
 * and year give it, and a price that falls with both.
 */
final class VehicleAds {

    private static final Set<String> PREMIUM = Set.of("BMW", "Mercedes-Benz", "Audi", "Tesla");

    private static final List<Item> PARTS = List.of(
            Item.of("Pneus hiver Michelin Alpin 205/55 R16", Agreement.MASCULINE_PLURAL, 80, 300),
            Item.of("Jantes alu 17 pouces", Agreement.FEMININE_PLURAL, 120, 500),
            Item.of("Roues complètes 195/65 R15", Agreement.FEMININE_PLURAL, 100, 350),
            Item.of("Phare avant gauche " + Item.VEHICLE, Agreement.MASCULINE, 40, 250),
            Item.of("Attelage " + Item.VEHICLE, Agreement.MASCULINE, 60, 250),
            Item.of("Rétroviseur droit " + Item.VEHICLE, Agreement.MASCULINE, 20, 120),
            Item.of("Pare-chocs arrière " + Item.VEHICLE, Agreement.MASCULINE, 50, 300),
            Item.of("Boîte de vitesses " + Item.VEHICLE, Agreement.FEMININE, 200, 1200),
            Item.of("Moteur complet " + Item.VEHICLE, Agreement.MASCULINE, 400, 1500),
            Item.of("Coffre de toit Thule Motion XT", Agreement.MASCULINE, 200, 550),
            Item.of("Barres de toit", Agreement.FEMININE_PLURAL, 30, 150),
            Item.of("Porte-vélos d'attelage 3 vélos", Agreement.MASCULINE, 80, 400),
            Item.of("Autoradio Pioneer Bluetooth", Agreement.MASCULINE, 30, 150),
            Item.of("Batterie Varta 70 Ah", Agreement.FEMININE, 40, 120),
            Item.of("Chaînes neige", Agreement.FEMININE_PLURAL, 15, 60),
            Item.of("Casque moto Shark taille M", Agreement.MASCULINE, 60, 300),
            Item.of("Blouson moto cuir Furygan", Agreement.MASCULINE, 80, 350),
            Item.of("Gants moto chauffants", Agreement.MASCULINE_PLURAL, 30, 150),
            Item.of("Top case Givi 45 litres", Agreement.MASCULINE, 40, 150),
            Item.of("Pot d'échappement Akrapovic", Agreement.MASCULINE, 200, 900),
            Item.of("Auvent de caravane", Agreement.MASCULINE, 80, 450));

    private static final List<String> CAR_FEATURES = List.of("Première main.", "Carnet d'entretien à jour.",
            "Contrôle technique OK, vierge.", "Distribution faite récemment.", "Pneus avant neufs.",
            "Climatisation automatique.", "GPS, Bluetooth et régulateur de vitesse.", "Radar et caméra de recul.",
            "Jantes alliage.", "Jamais accidentée.", "Véhicule non fumeur.", "Entretien chez le concessionnaire.",
            "Factures à l'appui.", "Vidange faite il y a 2 000 km.", "Quelques rayures d'usage.",
            "Embrayage changé récemment.", "Sièges chauffants.", "Toit panoramique.", "Attelage amovible.");
    private static final List<String> MOTORCYCLE_FEATURES = List.of("Révision faite.", "Pneus neufs.",
            "Échappement d'origine fourni.", "Bridable A2.", "Top case et sacoches.", "Dort au garage.",
            "Jamais couchée.", "Poignées chauffantes.", "Entretien à jour chez le concessionnaire.",
            "Kit chaîne neuf.");
    private static final List<String> VAN_FEATURES = List.of("Cloison de séparation.", "Galerie de toit.",
            "Attelage.", "3 places à l'avant.", "Plancher bois et habillage intérieur.", "Climatisation.",
            "Porte latérale coulissante.", "Distribution faite.", "Carnet d'entretien suivi.");
    private static final List<String> LEISURE_FEATURES = List.of("Auvent.", "Panneau solaire.",
            "Chauffage Truma.", "Réfrigérateur trimixte.", "Douche et WC séparés.", "Lit central.",
            "Porte-vélos.", "Grande soute.", "Toujours stocké à l'abri.", "Aucune trace d'humidité.");
    private static final List<String> PART_FEATURES = List.of("Envoi possible à vos frais.",
            "À récupérer sur place.", "Photos supplémentaires sur demande.", "Prix ferme.",
            "Référence constructeur sur demande.");

    private final int currentYear;

    /** @param currentYear the last year a vehicle may be registered in, and the year ages count from */
    VehicleAds(int currentYear) {
        this.currentYear = currentYear;
    }

    AdContent next(Subcategory subcategory, Place place, boolean pro, Dice dice) {
        if (subcategory == Subcategory.PARTS) {
            return part(place, dice);
        }
        VehicleModel model = VehicleCatalog.models(subcategory).pick(dice);
        int year = year(model, dice);
        Fuel fuel = fuel(model, year, dice);
        int age = currentYear - year;
        int mileage = mileage(model, fuel, age, dice);
        boolean guaranteed = !dice.chance(0.03);
        Gearbox gearbox = gearbox(model, fuel, dice);
        Integer critAir = fuel != Fuel.OTHER && dice.chance(0.5) ? critAir(model, fuel, year) : null;
        long price = price(model, fuel, age, mileage, pro, dice);
        String engine = subcategory == Subcategory.CAR || subcategory == Subcategory.VAN
                ? VehicleCatalog.engine(model, fuel, dice) : "";
        var attributes = new VehicleAttributes(model.brand(), model.name(), year, mileage, fuel, gearbox, guaranteed,
                critAir, null);
        String title = title(model, year, fuel, engine, mileage, pro, dice);
        String description = description(model, year, fuel, engine, mileage, guaranteed, critAir, price, place, pro, dice);
        return new AdContent(subcategory, title, description, Money.cents(price), attributes);
    }

    /** Years weighted as the second-hand market holds them: few new, most between 3 and 12 years old. */
    private int year(VehicleModel model, Dice dice) {
        int first = model.firstYear();
        int last = model.lastYear(currentYear);
        double total = 0;
        for (int year = first; year <= last; year++) {
            total += ageWeight(currentYear - year);
        }
        double x = dice.unit() * total;
        for (int year = first; year <= last; year++) {
            x -= ageWeight(currentYear - year);
            if (x < 0) {
                return year;
            }
        }
        return last;
    }

    private static double ageWeight(int age) {
        return age <= 0 ? 3 : age <= 3 ? 8 : age <= 8 ? 9 : age <= 12 ? 6 : age <= 16 ? 3 : 1;
    }

    /** Diesel fades after 2016, hybrids and electric cars arrive after 2019: only fuels of the model and its year. */
    private static Fuel fuel(VehicleModel model, int year, Dice dice) {
        if (model.fuels().size() == 1) {
            return model.fuels().get(0);
        }
        Weighted<Fuel> choice = null;
        for (Fuel fuel : model.fuels()) {
            double weight = switch (fuel) {
                case PETROL -> 45;
                case DIESEL -> year < 2016 ? 60 : year < 2020 ? 35 : 12;
                case HYBRID -> year >= 2020 || model.brand().equals("Toyota") ? 14 : 0;
                case ELECTRIC -> year >= 2020 ? 8 : 0;
                case PLUGIN_HYBRID -> year >= 2020 ? 5 : 0;
                case LPG -> 3;
                case OTHER -> 1;
            };
            if (weight > 0) {
                choice = choice == null ? Weighted.of(fuel, weight) : choice.or(fuel, weight);
            }
        }
        return choice == null ? model.fuels().get(0) : choice.pick(dice);
    }

    private static int mileage(VehicleModel model, Fuel fuel, int age, Dice dice) {
        if (fuel == Fuel.OTHER) {
            return 0; // a towed caravan has no odometer
        }
        double perYear = switch (model.kind()) {
            case MOTORCYCLE -> 4_000;
            case VAN -> 22_000;
            case CARAVAN -> 8_000;
            default -> fuel == Fuel.DIESEL ? 19_000 : 12_000;
        };
        double km = age <= 0 ? dice.between(5.0, perYear) : age * perYear * dice.between(0.5, 1.5);
        int mileage = (int) Math.min(400_000, km);
        return dice.chance(0.5) ? mileage / 1000 * 1000 : mileage;
    }

    private static Gearbox gearbox(VehicleModel model, Fuel fuel, Dice dice) {
        if (fuel == Fuel.OTHER || dice.chance(0.15)) {
            return null; // caravans have none, and some sellers do not say
        }
        boolean automatic = switch (model.kind()) {
            case MOTORCYCLE -> "Scooter".equals(model.body()) || fuel == Fuel.ELECTRIC;
            default -> fuel == Fuel.ELECTRIC || fuel == Fuel.HYBRID || fuel == Fuel.PLUGIN_HYBRID
                    || dice.chance(PREMIUM.contains(model.brand()) ? 0.7 : 0.2);
        };
        return automatic ? Gearbox.AUTOMATIC : Gearbox.MANUAL;
    }

    /** The sticker by Euro standard, which the year of first registration stands for. */
    private static Integer critAir(VehicleModel model, Fuel fuel, int year) {
        if (fuel == Fuel.ELECTRIC) {
            return 0;
        }
        if (model.kind() == Subcategory.MOTORCYCLE) {
            return year >= 2017 ? 1 : year >= 2007 ? 2 : year >= 2004 ? 3 : 4;
        }
        if (fuel == Fuel.DIESEL) {
            return year >= 2011 ? 2 : year >= 2006 ? 3 : year >= 2001 ? 4 : 5;
        }
        return year >= 2011 ? 1 : year >= 2006 ? 2 : 3;
    }

    private static long price(VehicleModel model, Fuel fuel, int age, int mileage, boolean pro, Dice dice) {
        // What a vehicle keeps of its price new each year, as French used-car quotes show it; electric
        // cars lose more, their batteries age.
        double yearly = switch (model.kind()) {
            case MOTORCYCLE -> 0.92;
            case VAN -> 0.90;
            case CARAVAN -> 0.94;
            default -> fuel == Fuel.ELECTRIC ? 0.88 : 0.92;
        };
        double value = model.newPriceEuros() * 0.85 * Math.pow(yearly, Math.max(0, age))
                * Math.max(0.6, 1 - mileage / 600_000.0) * dice.between(0.88, 1.12);
        long[] range = switch (model.kind()) {
            case MOTORCYCLE -> new long[] {600, 25_000};
            case VAN -> new long[] {2_500, 55_000};
            case CARAVAN -> fuel == Fuel.OTHER ? new long[] {1_500, 28_000} : new long[] {9_000, 90_000};
            default -> new long[] {1_500, 60_000};
        };
        long euros = Money.within(value, range[0], range[1], 100);
        // Dealers price just under a round figure; private sellers round.
        return pro ? euros - 10 : euros;
    }

    private static String title(VehicleModel model, int year, Fuel fuel, String engine, int mileage, boolean pro,
                                Dice dice) {
        String named = model.brand() + " " + model.nameIn(year);
        String withEngine = engine.isEmpty() ? named : named + " " + engine;
        String km = French.grouped(mileage) + " km";
        String title = switch (model.kind()) {
            case CAR -> {
                String trim = VehicleCatalog.trim(model, dice);
                yield switch (dice.between(0, 7)) {
                    case 0 -> withEngine + " " + trim;
                    case 1 -> named + " " + trim + " " + year;
                    case 2 -> named + " " + year + " - " + km;
                    case 3 -> model.nameIn(year) + (engine.isEmpty() ? "" : " " + engine) + " " + trim;
                    case 4 -> model.brand() + " " + model.name() + " " + fuelWord(fuel) + " " + year;
                    case 5 -> withEngine + (pro ? " garantie 12 mois" : " première main");
                    case 6 -> model.brand() + " " + model.name() + " " + trim + " très bon état";
                    default -> withEngine + " " + year;
                };
            }
            case MOTORCYCLE -> switch (dice.between(0, 3)) {
                case 0 -> named + " " + year;
                case 1 -> named + " " + year + " - " + km;
                case 2 -> (model.body() == null ? "Moto " : model.body() + " ") + named;
                default -> named + (model.body() == null ? " ABS " : " ") + "très bon état";
            };
            case VAN -> switch (dice.between(0, 3)) {
                case 0 -> withEngine + " " + dice.pick("L1H1", "L2H1", "L2H2", "L3H2");
                case 1 -> "Utilitaire " + named + " " + year;
                case 2 -> named + " fourgon " + dice.pick("3 places", "2 places", "tôlé") + " " + year;
                default -> withEngine + " - " + km;
            };
            default -> switch (dice.between(0, 2)) {
                case 0 -> model.body() + " " + named + " " + year;
                case 1 -> model.body() + " " + named + " " + dice.between(2, 6) + " places";
                default -> fuel == Fuel.OTHER ? model.body() + " " + model.brand() + " " + year + " avec auvent"
                        : named + " " + year + " - " + km;
            };
        };
        // A few sellers type everything in lower case ("renault captur techno full hybride etech 145").
        return dice.chance(0.03) ? title.toLowerCase(java.util.Locale.ROOT) : title;
    }

    private static String description(VehicleModel model, int year, Fuel fuel, String engine, int mileage,
                                      boolean guaranteed, Integer critAir, long price, Place place, boolean pro,
                                      Dice dice) {
        Agreement agreement = switch (model.kind()) {
            case CAR, MOTORCYCLE -> Agreement.FEMININE; // une voiture, une moto
            default -> "Caravane".equals(model.body()) ? Agreement.FEMININE : Agreement.MASCULINE;
        };
        StringBuilder text = new StringBuilder(500);
        text.append(model.brand()).append(' ').append(model.nameIn(year)).append(engine.isEmpty() ? "" : " " + engine);
        if (fuel == Fuel.OTHER) {
            text.append(" de ").append(year).append(", ").append(dice.between(2, 6)).append(" places.");
        } else {
            text.append(" de ").append(year).append(", ").append(French.grouped(mileage)).append(" km")
                    .append(guaranteed ? "" : " (kilométrage non garanti)").append(", ").append(fuelWord(fuel))
                    .append('.');
        }
        List<String> pool = switch (model.kind()) {
            case MOTORCYCLE -> MOTORCYCLE_FEATURES;
            case VAN -> VAN_FEATURES;
            case CARAVAN -> LEISURE_FEATURES;
            default -> CAR_FEATURES;
        };
        int count = dice.between(2, 4);
        int start = dice.between(0, pool.size() - 1);
        for (int i = 0; i < count; i++) {
            text.append(' ').append(pool.get((start + i) % pool.size()));
        }
        if (fuel == Fuel.ELECTRIC) {
            text.append(" Autonomie réelle d'environ ").append(dice.between(15, 45) * 10).append(" km, câble de recharge fourni.");
        }
        if (critAir != null) {
            text.append(" Vignette Crit'Air ").append(critAir).append('.');
        }
        text.append(dice.chance(0.3) ? "\n\n" : " ");
        if (pro) {
            text.append(dice.pick("Garantie 6 mois.", "Garantie 12 mois.", "Garantie 24 mois."))
                    .append(dice.pick(" Reprise possible.", " Financement sur demande.", " Révisé et préparé par nos soins."));
        } else {
            text.append(agreement.of("Vendu")).append(" cause ")
                    .append(dice.pick("double emploi.", "déménagement.", "achat d'un véhicule plus grand.", "départ à l'étranger."))
                    .append(" Visible ").append(French.at(place.city())).append('.');
        }
        text.append(" Prix : ").append(French.euros(price)).append(pro ? "." : dice.pick(", à débattre.", ", ferme.", "."));
        return text.toString();
    }

    private AdContent part(Place place, Dice dice) {
        Item item = dice.pick(PARTS);
        ItemCondition condition = Conditions.USUAL.pick(dice);
        String brand = null;
        String model = null;
        String name = item.name();
        if (item.fitsAVehicle()) {
            VehicleModel fits = VehicleCatalog.CARS.pick(dice);
            brand = fits.brand();
            model = fits.name();
            name = name.replace(Item.VEHICLE, brand + " " + fits.nameIn(year(fits, dice)));
        }
        String state = Conditions.phrase(condition, item.agreement(), dice);
        String title = dice.chance(0.5) ? name : name + " " + state;
        long price = item.priceEuros(condition, dice);
        String description = name + ", " + state + ". " + dice.pick(PART_FEATURES) + " "
                + dice.pick("Remise en main propre " + French.at(place.city()) + ".", "Visible " + French.at(place.city()) + ".")
                + " " + French.euros(price) + ".";
        return new AdContent(Subcategory.PARTS, title, description, Money.cents(price),
                new VehicleAttributes(brand, model, null, null, null, null, null, null, condition));
    }

    private static String fuelWord(Fuel fuel) {
        return switch (fuel) {
            case PETROL -> "essence";
            case DIESEL -> "diesel";
            case HYBRID -> "hybride";
            case PLUGIN_HYBRID -> "hybride rechargeable";
            case ELECTRIC -> "électrique";
            case LPG -> "GPL";
            case OTHER -> "sans motorisation";
        };
    }
}
