package annonces.listings.generator;

import annonces.listings.Fuel;
import annonces.listings.Subcategory;

import java.util.List;
import java.util.Map;

/**
 * The vehicles of a French second-hand market: real brands and models weighted roughly by how often they
 * are for sale, with the engine names and trim levels that sellers copy from their registration papers.
 */
final class VehicleCatalog {

    static final Weighted<VehicleModel> CARS = Weighted.of(car("Renault", "Clio", 17_500, "PETROL DIESEL HYBRID LPG",
                    "III 2005-2012", "IV 2012-2019", "V 2019-"), 10.0)
            .or(car("Peugeot", "208", 19_000, "PETROL DIESEL ELECTRIC", "2012-2019", "II 2019-"), 9.0)
            .or(car("Peugeot", "308", 27_000, "PETROL DIESEL PLUGIN_HYBRID", "2007-2013", "II 2013-2021", "III 2021-"), 6.0)
            .or(car("Peugeot", "2008", 24_000, "PETROL DIESEL ELECTRIC", "2013-2019", "II 2019-"), 5.0)
            .or(car("Peugeot", "3008", 34_000, "PETROL DIESEL HYBRID PLUGIN_HYBRID", "2009-2016", "II 2016-2023", "III 2024-"), 5.0)
            .or(car("Peugeot", "5008", 38_000, "PETROL DIESEL", "II 2017-"), 2.0)
            .or(car("Peugeot", "206", 12_000, "PETROL DIESEL", "1998-2012"), 2.0)
            .or(car("Peugeot", "207", 14_000, "PETROL DIESEL", "2006-2014"), 2.0)
            .or(car("Renault", "Captur", 23_000, "PETROL DIESEL HYBRID PLUGIN_HYBRID LPG", "2013-2019", "II 2019-"), 5.0)
            .or(car("Renault", "Mégane", 24_000, "PETROL DIESEL", "III 2008-2016", "IV 2016-2023"), 5.0)
            .or(car("Renault", "Twingo", 12_500, "PETROL ELECTRIC", "II 2007-2014", "III 2014-"), 3.0)
            .or(car("Renault", "Scénic", 27_000, "PETROL DIESEL", "III 2009-2016", "IV 2016-2022"), 2.0)
            .or(car("Renault", "Kadjar", 27_000, "PETROL DIESEL", "2015-2022"), 2.0)
            .or(car("Renault", "Austral", 35_000, "HYBRID PETROL", "2022-"), 1.0)
            .or(car("Renault", "Zoe", 30_000, "ELECTRIC", "2013-2024"), 2.0)
            .or(car("Citroën", "C3", 16_500, "PETROL DIESEL LPG", "II 2009-2016", "III 2016-2024", "IV 2024-"), 6.0)
            .or(car("Citroën", "C4", 25_000, "PETROL DIESEL ELECTRIC", "II 2010-2018", "III 2020-"), 3.0)
            .or(car("Citroën", "C3 Aircross", 21_000, "PETROL DIESEL", "2017-"), 3.0)
            .or(car("Citroën", "C5 Aircross", 31_000, "PETROL DIESEL PLUGIN_HYBRID", "2018-"), 2.0)
            .or(car("Citroën", "Berlingo", 24_000, "PETROL DIESEL ELECTRIC", "II 2008-2018", "III 2018-"), 3.0)
            .or(car("Dacia", "Sandero", 13_000, "PETROL DIESEL LPG", "II 2012-2020", "III 2020-"), 7.0)
            .or(car("Dacia", "Duster", 19_000, "PETROL DIESEL LPG HYBRID", "2010-2017", "II 2018-2023", "III 2024-"), 5.0)
            .or(car("Dacia", "Jogger", 19_000, "PETROL LPG HYBRID", "2022-"), 1.0)
            .or(car("Dacia", "Spring", 18_000, "ELECTRIC", "2021-"), 1.5)
            .or(car("Dacia", "Logan", 11_000, "PETROL DIESEL LPG", "II 2012-2020"), 1.0)
            .or(car("Toyota", "Yaris", 20_000, "HYBRID PETROL", "III 2011-2020", "IV 2020-"), 5.0)
            .or(car("Toyota", "Yaris Cross", 27_000, "HYBRID", "2021-"), 2.0)
            .or(car("Toyota", "C-HR", 31_000, "HYBRID", "2016-2023", "II 2024-"), 2.5)
            .or(car("Toyota", "Corolla", 30_000, "HYBRID", "2019-"), 2.0)
            .or(car("Toyota", "RAV4", 40_000, "HYBRID PLUGIN_HYBRID", "V 2019-"), 1.5)
            .or(car("Toyota", "Aygo", 11_500, "PETROL", "2014-2021"), 1.5)
            .or(car("Volkswagen", "Golf", 29_000, "PETROL DIESEL PLUGIN_HYBRID", "VI 2008-2012", "VII 2012-2019", "VIII 2020-"), 5.0)
            .or(car("Volkswagen", "Polo", 19_500, "PETROL DIESEL", "V 2009-2017", "VI 2017-"), 4.0)
            .or(car("Volkswagen", "T-Roc", 29_000, "PETROL DIESEL", "2017-"), 2.5)
            .or(car("Volkswagen", "Tiguan", 36_000, "PETROL DIESEL", "2007-2016", "II 2016-2023"), 2.0)
            .or(car("Volkswagen", "ID.3", 38_000, "ELECTRIC", "2020-"), 1.0)
            .or(car("Opel", "Corsa", 18_000, "PETROL DIESEL ELECTRIC", "D 2006-2014", "E 2014-2019", "F 2019-"), 4.0)
            .or(car("Opel", "Astra", 25_000, "PETROL DIESEL", "J 2009-2015", "K 2015-2021", "L 2021-"), 2.0)
            .or(car("Opel", "Mokka", 25_000, "PETROL DIESEL ELECTRIC", "2012-2019", "II 2021-"), 1.5)
            .or(car("Opel", "Crossland", 21_000, "PETROL DIESEL", "2017-2024"), 1.0)
            .or(car("Ford", "Fiesta", 16_500, "PETROL DIESEL", "VI 2008-2017", "VII 2017-2023"), 3.0)
            .or(car("Ford", "Focus", 25_000, "PETROL DIESEL", "III 2011-2018", "IV 2018-2025"), 2.5)
            .or(car("Ford", "Kuga", 33_000, "PETROL DIESEL PLUGIN_HYBRID", "II 2013-2019", "III 2020-"), 1.5)
            .or(car("Ford", "Puma", 25_000, "PETROL HYBRID", "2019-"), 1.5)
            .or(car("Tesla", "Model 3", 45_000, "ELECTRIC", "2019-"), 2.0)
            .or(car("Tesla", "Model Y", 48_000, "ELECTRIC", "2021-"), 1.5)
            .or(car("Fiat", "500", 15_500, "PETROL HYBRID ELECTRIC", "2007-"), 3.0)
            .or(car("Fiat", "Panda", 13_000, "PETROL HYBRID", "III 2012-"), 2.0)
            .or(car("BMW", "Série 1", 31_000, "PETROL DIESEL", "2011-2019", "2019-"), 1.5)
            .or(car("BMW", "Série 3", 45_000, "PETROL DIESEL PLUGIN_HYBRID", "2012-2019", "2019-"), 1.5)
            .or(car("BMW", "X1", 42_000, "PETROL DIESEL PLUGIN_HYBRID", "2015-2022", "2022-"), 1.0)
            .or(car("Mercedes-Benz", "Classe A", 35_000, "PETROL DIESEL PLUGIN_HYBRID", "2012-2018", "2018-"), 1.5)
            .or(car("Mercedes-Benz", "Classe C", 48_000, "PETROL DIESEL PLUGIN_HYBRID", "2014-2021", "2021-"), 1.0)
            .or(car("Audi", "A3", 32_000, "PETROL DIESEL PLUGIN_HYBRID", "2012-2020", "2020-"), 2.0)
            .or(car("Audi", "Q3", 40_000, "PETROL DIESEL", "2011-2018", "2018-"), 1.0)
            .or(car("Kia", "Sportage", 34_000, "PETROL DIESEL HYBRID PLUGIN_HYBRID", "IV 2016-2021", "V 2022-"), 1.5)
            .or(car("Kia", "Picanto", 13_000, "PETROL", "2017-"), 1.0)
            .or(car("Kia", "Niro", 32_000, "HYBRID PLUGIN_HYBRID ELECTRIC", "2016-2022", "II 2022-"), 1.0)
            .or(car("Hyundai", "Tucson", 33_000, "PETROL DIESEL HYBRID", "2015-2020", "2020-"), 1.5)
            .or(car("Hyundai", "i20", 18_000, "PETROL", "2014-2020", "2020-"), 1.0)
            .or(car("Nissan", "Qashqai", 30_000, "PETROL DIESEL HYBRID", "2007-2013", "II 2014-2021", "III 2021-"), 3.0)
            .or(car("Nissan", "Juke", 22_000, "PETROL HYBRID", "2010-2019", "II 2019-"), 1.5)
            .or(car("Nissan", "Micra", 15_000, "PETROL", "V 2017-2023"), 1.0)
            .or(car("Skoda", "Octavia", 29_000, "PETROL DIESEL", "III 2013-2020", "IV 2020-"), 1.5)
            .or(car("Skoda", "Fabia", 17_000, "PETROL", "III 2014-2021", "IV 2021-"), 1.0)
            .or(car("Seat", "Ibiza", 17_500, "PETROL DIESEL", "IV 2008-2017", "V 2017-"), 1.5)
            .or(car("Seat", "Leon", 26_000, "PETROL DIESEL", "III 2012-2020", "IV 2020-"), 1.0)
            .or(car("MG", "MG4", 32_000, "ELECTRIC", "2022-"), 0.8)
            .or(car("Suzuki", "Swift", 16_000, "PETROL HYBRID", "2017-"), 1.0)
            .or(car("Mini", "Cooper", 26_000, "PETROL ELECTRIC", "2014-"), 1.0);

    static final Weighted<VehicleModel> MOTORCYCLES = Weighted.of(moto("Yamaha", "MT-07", null, 7_500, "2014-"), 5.0)
            .or(moto("Yamaha", "MT-09", null, 10_500, "2013-"), 2.0)
            .or(moto("Yamaha", "TMAX 530", "Scooter", 13_000, "2012-2016"), 2.0)
            .or(moto("Yamaha", "XMAX 125", "Scooter", 5_500, "2010-"), 3.0)
            .or(moto("Honda", "CB500F", null, 6_700, "2013-"), 2.5)
            .or(moto("Honda", "Forza 125", "Scooter", 5_600, "2015-"), 3.0)
            .or(moto("Honda", "Africa Twin", null, 15_000, "2016-"), 2.0)
            .or(moto("Honda", "PCX 125", "Scooter", 3_500, "2010-"), 3.0)
            .or(moto("Kawasaki", "Z650", null, 7_300, "2017-"), 2.5)
            .or(moto("Kawasaki", "Z900", null, 10_000, "2017-"), 2.0)
            .or(moto("BMW", "R 1250 GS", null, 20_000, "2019-"), 2.0)
            .or(moto("BMW", "R 1200 GS", null, 17_000, "2004-2018"), 1.5)
            .or(moto("Triumph", "Street Triple 765", null, 11_000, "2017-"), 1.0)
            .or(moto("Suzuki", "SV650", null, 7_000, "2016-"), 1.5)
            .or(moto("KTM", "390 Duke", null, 5_800, "2013-"), 1.0)
            .or(moto("Ducati", "Monster", null, 12_500, "2014-"), 1.0)
            .or(moto("Piaggio", "MP3 300", "Scooter", 8_500, "2010-"), 1.5)
            .or(moto("Peugeot", "Kisbee 50", "Scooter", 1_700, "2010-"), 2.0)
            .or(moto("Vespa", "Primavera 125", "Scooter", 4_800, "2014-"), 2.0)
            .or(moto("Harley-Davidson", "Sportster 883", null, 10_000, "2004-2021"), 1.0)
            .or(moto("Royal Enfield", "Interceptor 650", null, 6_800, "2019-"), 1.0)
            .or(VehicleModel.of(Subcategory.MOTORCYCLE, "Zero", "SR/F", null, 22_000, "ELECTRIC", "2019-"), 0.3)
            .or(VehicleModel.of(Subcategory.MOTORCYCLE, "Niu", "NQi GT", "Scooter", 2_500, "ELECTRIC", "2018-"), 0.5);

    static final Weighted<VehicleModel> VANS = Weighted.of(van("Renault", "Trafic", 33_000, "DIESEL", "II 2001-2014", "III 2014-"), 4.0)
            .or(van("Renault", "Master", 38_000, "DIESEL", "III 2010-"), 3.0)
            .or(van("Renault", "Kangoo", 22_000, "DIESEL PETROL ELECTRIC", "II 2008-2021", "III 2021-"), 4.0)
            .or(van("Peugeot", "Partner", 22_000, "DIESEL ELECTRIC", "II 2008-2018", "III 2018-"), 3.0)
            .or(van("Peugeot", "Expert", 32_000, "DIESEL", "2016-"), 2.0)
            .or(van("Peugeot", "Boxer", 36_000, "DIESEL", "2006-"), 2.0)
            .or(van("Citroën", "Jumpy", 32_000, "DIESEL", "2016-"), 2.0)
            .or(van("Citroën", "Jumper", 36_000, "DIESEL", "2006-"), 2.5)
            .or(van("Citroën", "Berlingo Van", 22_000, "DIESEL", "2008-"), 3.0)
            .or(van("Ford", "Transit", 38_000, "DIESEL", "2014-"), 2.5)
            .or(van("Ford", "Transit Custom", 35_000, "DIESEL", "2012-"), 3.0)
            .or(van("Volkswagen", "Transporter", 38_000, "DIESEL", "T5 2003-2015", "T6 2015-"), 2.5)
            .or(van("Volkswagen", "Crafter", 42_000, "DIESEL", "2017-"), 1.0)
            .or(van("Volkswagen", "Caddy", 24_000, "DIESEL PETROL", "2010-"), 2.0)
            .or(van("Fiat", "Ducato", 35_000, "DIESEL", "2006-"), 3.0)
            .or(van("Mercedes-Benz", "Sprinter", 45_000, "DIESEL", "2006-"), 2.0)
            .or(van("Mercedes-Benz", "Vito", 38_000, "DIESEL", "2014-"), 1.5)
            .or(van("Iveco", "Daily", 45_000, "DIESEL", "2014-"), 1.0);

    static final Weighted<VehicleModel> CARAVANS = Weighted.of(leisure("Pilote", "Pacific P 626", "Camping-car", 70_000, "DIESEL"), 2.0)
            .or(leisure("Rapido", "8096 dF", "Camping-car", 85_000, "DIESEL"), 1.5)
            .or(leisure("Challenger", "260", "Camping-car", 62_000, "DIESEL"), 1.5)
            .or(leisure("Chausson", "Titanium 640", "Camping-car", 68_000, "DIESEL"), 1.5)
            .or(leisure("Hymer", "B-Klasse MC T 580", "Camping-car", 95_000, "DIESEL"), 1.0)
            .or(leisure("Bürstner", "Lyseo TD 727", "Camping-car", 75_000, "DIESEL"), 1.0)
            .or(leisure("Benimar", "Tessoro 482", "Camping-car", 60_000, "DIESEL"), 1.0)
            .or(leisure("Pössl", "Summit 600", "Fourgon aménagé", 55_000, "DIESEL"), 1.5)
            .or(leisure("Font Vendôme", "Master Van", "Fourgon aménagé", 55_000, "DIESEL"), 1.0)
            .or(leisure("Volkswagen", "California", "Fourgon aménagé", 65_000, "DIESEL"), 1.0)
            .or(leisure("Caravelair", "Antarès 455", "Caravane", 17_000, "OTHER"), 2.0)
            .or(leisure("Sterckeman", "Easy 470 PE", "Caravane", 18_000, "OTHER"), 1.5)
            .or(leisure("Adria", "Altea 472 PK", "Caravane", 19_000, "OTHER"), 1.0)
            .or(leisure("Hobby", "De Luxe 460 UFe", "Caravane", 21_000, "OTHER"), 1.5)
            .or(leisure("Knaus", "Sport 450 FU", "Caravane", 19_000, "OTHER"), 1.0)
            .or(leisure("Trigano", "Silver 420", "Caravane", 15_000, "OTHER"), 1.0);

    private static final Map<String, List<String>> TRIMS = Map.ofEntries(
            Map.entry("Peugeot", List.of("Active", "Allure", "GT Line", "GT", "Style", "Like")),
            Map.entry("Renault", List.of("Zen", "Intens", "Life", "Business", "Techno", "Evolution", "Esprit Alpine", "RS Line")),
            Map.entry("Citroën", List.of("Feel", "Shine", "C-Series", "Live", "Max")),
            Map.entry("Dacia", List.of("Essentiel", "Expression", "Confort", "Stepway", "Journey", "Prestige")),
            Map.entry("Toyota", List.of("Dynamic", "Design", "Collection", "GR Sport", "France")),
            Map.entry("Volkswagen", List.of("Life", "Style", "R-Line", "Confortline", "Carat", "Trendline")),
            Map.entry("Opel", List.of("Edition", "Elegance", "GS Line", "Ultimate")),
            Map.entry("Ford", List.of("Titanium", "ST-Line", "Trend", "Vignale")),
            Map.entry("Tesla", List.of("Propulsion", "Grande Autonomie", "Performance", "Standard Range Plus")),
            Map.entry("Fiat", List.of("Lounge", "Pop", "Dolcevita", "Sport")),
            Map.entry("BMW", List.of("Lounge", "Luxury", "M Sport", "Business Design")),
            Map.entry("Mercedes-Benz", List.of("Progressive Line", "AMG Line", "Business Line")),
            Map.entry("Audi", List.of("S line", "Design", "Business line")),
            Map.entry("Kia", List.of("Active", "Design", "GT Line", "Motion")),
            Map.entry("Hyundai", List.of("Intuitive", "Creative", "Executive")),
            Map.entry("Nissan", List.of("Acenta", "N-Connecta", "Tekna")),
            Map.entry("Skoda", List.of("Ambition", "Style", "Business")),
            Map.entry("Seat", List.of("Style", "FR", "Xcellence")),
            Map.entry("MG", List.of("Comfort", "Luxury")),
            Map.entry("Suzuki", List.of("Pack", "Privilège")),
            Map.entry("Mini", List.of("Edition", "Chili", "Camden")));

    private VehicleCatalog() {
    }

    static Weighted<VehicleModel> models(Subcategory kind) {
        return switch (kind) {
            case CAR -> CARS;
            case MOTORCYCLE -> MOTORCYCLES;
            case VAN -> VANS;
            case CARAVAN -> CARAVANS;
            default -> throw new IllegalArgumentException(kind + " has no models");
        };
    }

    static String trim(VehicleModel model, Dice dice) {
        return dice.pick(TRIMS.getOrDefault(model.brand(), List.of("Confort")));
    }

    /** The engine as the registration papers and sellers name it: "1.0 TCe 90", "1.5 BlueHDi 130". */
    static String engine(VehicleModel model, Fuel fuel, Dice dice) {
        if (model.brand().equals("Tesla")) {
            return "";
        }
        String group = switch (model.brand()) {
            case "Peugeot", "Citroën" -> "stellantis";
            case "Opel" -> "opel";
            case "Renault", "Dacia" -> "renault";
            case "Volkswagen", "Skoda", "Seat", "Audi" -> "vag";
            case "Toyota" -> "toyota";
            case "Ford" -> "ford";
            case "Fiat" -> "fiat";
            case "Mercedes-Benz" -> "mercedes";
            default -> "other";
        };
        if (model.kind() == Subcategory.VAN && fuel == Fuel.DIESEL) {
            return switch (group) {
                case "stellantis" -> dice.pick("2.0 BlueHDi 120", "2.2 BlueHDi 140", "1.5 BlueHDi 100");
                case "renault" -> dice.pick("2.0 dCi 120", "2.3 dCi 135", "1.5 dCi 95");
                case "vag" -> dice.pick("2.0 TDI 150", "2.0 TDI 110");
                case "ford" -> dice.pick("2.0 EcoBlue 130", "2.0 TDCi 105");
                case "fiat" -> dice.pick("2.3 Multijet 140", "2.3 Multijet 120");
                case "mercedes" -> dice.pick("314 CDI", "211 CDI", "116 CDI");
                default -> dice.pick("35S14", "2.3 HPI");
            };
        }
        return switch (fuel) {
            case PETROL -> switch (group) {
                case "stellantis" -> dice.pick("1.2 PureTech 82", "1.2 PureTech 100", "1.2 PureTech 130", "1.6 THP 165");
                case "opel" -> dice.pick("1.2 Turbo 100", "1.2 Turbo 130", "1.4 Turbo 125", "1.0 ecoTEC 90");
                case "renault" -> dice.pick("1.0 TCe 90", "1.3 TCe 140", "1.2 16V 75", "SCe 65");
                case "vag" -> dice.pick("1.0 TSI 95", "1.0 TSI 110", "1.5 TSI 150", "1.4 TSI 125");
                case "toyota" -> dice.pick("1.0 VVT-i 72", "1.5 VVT-i 125");
                case "ford" -> dice.pick("1.0 EcoBoost 100", "1.0 EcoBoost 125", "1.25 82");
                case "fiat" -> dice.pick("1.2 69 ch", "0.9 TwinAir 85");
                case "mercedes" -> dice.pick("180 136 ch", "200 163 ch");
                default -> dice.pick("1.0 T-GDi 100", "1.2 100 ch", "1.5 136 ch", "2.0 184 ch");
            };
            case DIESEL -> switch (group) {
                case "stellantis" -> dice.pick("1.5 BlueHDi 100", "1.5 BlueHDi 130", "1.6 HDi 92", "2.0 BlueHDi 150");
                case "opel" -> dice.pick("1.6 CDTI 110", "1.5 D 130", "1.3 CDTI 95");
                case "renault" -> dice.pick("1.5 dCi 85", "1.5 Blue dCi 115", "1.5 dCi 110");
                case "vag" -> dice.pick("1.6 TDI 115", "2.0 TDI 150", "1.6 TDI 105");
                case "ford" -> dice.pick("1.5 TDCi 95", "1.5 EcoBlue 120", "2.0 TDCi 150");
                case "mercedes" -> dice.pick("180 d 116 ch", "220 d 194 ch");
                default -> dice.pick("1.6 CRDi 136", "1.5 dCi 115", "2.0 d 150 ch");
            };
            case HYBRID -> switch (group) {
                case "stellantis" -> "Hybrid 136 e-DCS6";
                case "renault" -> dice.pick("E-Tech 145", "E-Tech full hybrid 145");
                case "toyota" -> dice.pick("Hybride 116h", "Hybride 122h", "Hybride 140h", "Hybride 218h");
                case "ford" -> "1.0 EcoBoost mHEV 125";
                case "fiat" -> "1.0 Hybrid 70";
                default -> dice.pick("1.6 GDi Hybrid 141", "1.2 Hybrid 83");
            };
            case PLUGIN_HYBRID -> switch (group) {
                case "stellantis" -> dice.pick("Hybrid 225 e-EAT8", "Hybrid4 300");
                case "renault" -> "E-Tech hybride rechargeable 160";
                case "vag" -> "1.4 TSI eHybrid 204";
                case "toyota" -> "Hybride rechargeable 306h";
                case "ford" -> "2.5 PHEV 225";
                default -> "hybride rechargeable 265 ch";
            };
            case ELECTRIC -> switch (group) {
                case "renault" -> dice.pick("R110", "R135", "électrique 65 ch");
                case "vag" -> dice.pick("Pro 204 ch", "Pure 150 ch");
                default -> dice.pick("électrique 136 ch", "électrique 156 ch");
            };
            case LPG -> group.equals("renault") ? dice.pick("TCe 100 ECO-G", "1.0 TCe 100 GPL") : "1.2 GPL";
            case OTHER -> "";
        };
    }

    private static VehicleModel car(String brand, String name, int price, String fuels, String... generations) {
        return VehicleModel.of(Subcategory.CAR, brand, name, null, price, fuels, generations);
    }

    private static VehicleModel moto(String brand, String name, String body, int price, String years) {
        return VehicleModel.of(Subcategory.MOTORCYCLE, brand, name, body, price, "PETROL", years);
    }

    private static VehicleModel van(String brand, String name, int price, String fuels, String... generations) {
        return VehicleModel.of(Subcategory.VAN, brand, name, null, price, fuels, generations);
    }

    private static VehicleModel leisure(String brand, String name, String body, int price, String fuels) {
        return VehicleModel.of(Subcategory.CARAVAN, brand, name, body, price, fuels, "2005-");
    }
}
