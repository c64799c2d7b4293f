package annonces.photos;

import java.util.Optional;

/**
 * Where the bytes of each size live, by key ({@code <photo id>/<size>.jpg}). A key is written once and never
 * rewritten; the photo rows, not the store, say which keys exist (the store is never listed).
 */
interface PhotoStore {

    void put(String key, byte[] jpeg);

    Optional<byte[]> get(String key);

    /** Removes the key; removing a key that is not there is not an error (the sweeper may run it twice). */
    void delete(String key);
}
