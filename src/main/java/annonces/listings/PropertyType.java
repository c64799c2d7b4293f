package annonces.listings;

public enum PropertyType {
    HOUSE, APARTMENT, ROOM, LAND, PARKING, COMMERCIAL, OTHER;

    /** Housing, for which French law requires the energy performance diagnosis (DPE) in every ad. */
    boolean isHousing() {
        return this == HOUSE || this == APARTMENT || this == ROOM;
    }

    /** Lots measured by their land, not by a habitable surface. */
    boolean hasNoHabitableSurface() {
        return this == LAND || this == PARKING;
    }
}
