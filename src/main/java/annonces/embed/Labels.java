package annonces.embed;

import annonces.listings.ChargesMode;
import annonces.listings.Fuel;
import annonces.listings.Gearbox;
import annonces.listings.ItemCondition;
import annonces.listings.PropertyType;
import annonces.listings.Subcategory;

/** The French words readers see for the service's enumerations. */
final class Labels {

    private Labels() {
    }

    static String of(Subcategory s) {
        return switch (s) {
            case SALE -> "Vente";
            case RENT -> "Location";
            case VIAGER -> "Viager";
            case CAR -> "Voiture";
            case MOTORCYCLE -> "Moto";
            case VAN -> "Utilitaire";
            case CARAVAN -> "Caravane, camping-car";
            case PARTS -> "Équipement, pièces";
            case HOME -> "Maison";
            case BABY -> "Puériculture";
            case COLLECTION -> "Collection";
            case DIY_GARDEN -> "Bricolage, jardin";
            case ELECTRONICS -> "Électronique";
            case FASHION -> "Mode";
            case LEISURE -> "Loisirs";
            case OTHER -> "Divers";
        };
    }

    static String of(PropertyType t) {
        return switch (t) {
            case HOUSE -> "Maison";
            case APARTMENT -> "Appartement";
            case ROOM -> "Chambre";
            case LAND -> "Terrain";
            case PARKING -> "Parking, garage";
            case COMMERCIAL -> "Local commercial";
            case OTHER -> "Autre";
        };
    }

    static String of(Fuel f) {
        return switch (f) {
            case PETROL -> "Essence";
            case DIESEL -> "Diesel";
            case HYBRID -> "Hybride";
            case PLUGIN_HYBRID -> "Hybride rechargeable";
            case ELECTRIC -> "Électrique";
            case LPG -> "GPL";
            case OTHER -> "Autre";
        };
    }

    static String of(Gearbox g) {
        return switch (g) {
            case MANUAL -> "Manuelle";
            case AUTOMATIC -> "Automatique";
        };
    }

    static String of(ItemCondition c) {
        return switch (c) {
            case NEW -> "Neuf";
            case LIKE_NEW -> "Comme neuf";
            case GOOD -> "Bon état";
            case FAIR -> "État correct";
            case FOR_PARTS -> "Pour pièces";
        };
    }

    static String of(ChargesMode m) {
        return switch (m) {
            case PROVISION -> "provision sur charges avec régularisation annuelle";
            case FLAT_RATE -> "forfait de charges";
        };
    }

    static String yesNo(boolean b) {
        return b ? "oui" : "non";
    }
}
