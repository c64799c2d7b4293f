package annonces.listings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Ad fixtures, valid as they are; tests break one rule at a time. */
public final class Ads {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Ads() {
    }

    public static ObjectNode aFurnishedRent() {
        return parse("""
                {"category": "REAL_ESTATE", "subcategory": "RENT",
                 "title": "Appartement T2 meublé proche gare", "description": "Lumineux, 2e étage, cave.",
                 "priceCents": 65000, "location": {"postcode": "14000", "city": "Caen"},
                 "attributes": {"propertyType": "APARTMENT", "surfaceM2": 42, "rooms": 2, "furnished": true,
                   "energyClass": "D", "ghgClass": "C", "annualEnergyCostMinCents": 98000,
                   "annualEnergyCostMaxCents": 133000, "energyPriceReferenceYear": 2023,
                   "chargesCents": 5000, "chargesMode": "PROVISION", "depositCents": 120000}}""");
    }

    public static ObjectNode aHouseSale() {
        return parse("""
                {"category": "REAL_ESTATE", "subcategory": "SALE",
                 "title": "Maison de bourg 5 pièces avec jardin", "description": "Proche écoles et commerces.",
                 "priceCents": 21500000, "location": {"postcode": "17200", "city": "Royan"},
                 "attributes": {"propertyType": "HOUSE", "surfaceM2": 110, "rooms": 5, "landSurfaceM2": 450,
                   "energyClass": "E", "ghgClass": "E", "annualEnergyCostMinCents": 180000,
                   "annualEnergyCostMaxCents": 250000, "energyPriceReferenceYear": 2023}}""");
    }

    public static ObjectNode aViager() {
        return parse("""
                {"category": "REAL_ESTATE", "subcategory": "VIAGER", "title": "viager en Ardèche",
                 "priceCents": 6000000, "location": {"postcode": "07690", "city": "Villevocance"},
                 "attributes": {"propertyType": "HOUSE", "surfaceM2": 95, "energyClass": "EXEMPT",
                   "ghgClass": "EXEMPT", "monthlyAnnuityCents": 45000, "occupied": true}}""");
    }

    public static ObjectNode aLand() {
        return parse("""
                {"category": "REAL_ESTATE", "subcategory": "SALE", "title": "Terrain constructible viabilisé",
                 "priceCents": 4500000, "location": {"postcode": "50610", "city": "Jullouville"},
                 "attributes": {"propertyType": "LAND", "landSurfaceM2": 800}}""");
    }

    public static ObjectNode aCar() {
        return parse("""
                {"category": "VEHICLES", "subcategory": "CAR", "title": "Peugeot 208 GT Line 2019",
                 "description": "Première main, carnet d'entretien.", "priceCents": 1350000,
                 "location": {"postcode": "50100", "city": "Cherbourg-en-Cotentin"},
                 "attributes": {"brand": "Peugeot", "model": "208", "year": 2019, "mileageKm": 64000,
                   "fuel": "PETROL", "gearbox": "MANUAL"}}""");
    }

    public static ObjectNode someParts() {
        return parse("""
                {"category": "VEHICLES", "subcategory": "PARTS", "title": "Roues hiver 245/45/18",
                 "priceCents": 25000, "location": {"postcode": "39380", "city": "Augerans"},
                 "attributes": {"condition": "GOOD"}}""");
    }

    public static ObjectNode aTable() {
        return parse("""
                {"category": "GOODS", "subcategory": "HOME", "title": "Table en chêne massif",
                 "description": "180 x 90 cm, quelques rayures.", "priceCents": 15000,
                 "location": {"postcode": "76000", "city": "Rouen"}, "attributes": {"condition": "GOOD"}}""");
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
