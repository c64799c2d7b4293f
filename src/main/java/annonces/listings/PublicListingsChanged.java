package annonces.listings;

import java.util.Set;
import java.util.UUID;

/**
 * What readers can see has changed: these published ads (or ads that were published) were written, by this
 * instance or another one sharing the database. {@code all} means too many to list: drop everything.
 */
public record PublicListingsChanged(Set<UUID> ids, boolean all) {

    static PublicListingsChanged parse(String payload) {
        if (payload == null || payload.isBlank() || payload.equals("*")) {
            return everything();
        }
        try {
            Set<UUID> ids = new java.util.HashSet<>();
            for (String id : payload.split(",")) {
                ids.add(UUID.fromString(id.trim()));
            }
            return new PublicListingsChanged(Set.copyOf(ids), false);
        } catch (IllegalArgumentException e) {
            return everything();
        }
    }

    public static PublicListingsChanged everything() {
        return new PublicListingsChanged(Set.of(), true);
    }

    public static PublicListingsChanged of(UUID id) {
        return new PublicListingsChanged(Set.of(id), false);
    }
}
