package annonces.listings.generator;

import annonces.accounts.SellerType;
import annonces.listings.Category;

import java.util.UUID;

/**
 * A seller of the pool, as the ads need it: who posts, from where, and for a professional, in which trade
 * (estate agents post flats, garages cars).
 *
 * @param trade null for a private seller
 */
record Seller(UUID id, SellerType type, Category trade, Place home) {

    boolean pro() {
        return type == SellerType.PRO;
    }
}
