package annonces.embed;

import annonces.accounts.Account;
import annonces.accounts.AccountRepository;
import annonces.accounts.SellerType;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Who sells, as readers must be told (DSA art. 30 and 31, the French consumer code): "Particulier" or
 * "Professionnel" on every card and page, and a professional's identity on its ads' pages.
 */
@Singleton
class Traders {

    static final String PRIVATE = "Particulier";
    static final String PROFESSIONAL = "Professionnel";

    private final AccountRepository accounts;
    /** An account's type is set at registration and never changes: kept once read. */
    private final Cache<UUID, SellerType> types = Caffeine.newBuilder().maximumSize(200_000).build();

    Traders(AccountRepository accounts) {
        this.accounts = accounts;
    }

    String labelOf(UUID sellerId) {
        SellerType type = types.get(sellerId, id -> accounts.findById(id).map(Account::sellerType).orElse(SellerType.PRIVATE));
        return type == SellerType.PRO ? PROFESSIONAL : PRIVATE;
    }

    /** A professional's legal name, SIREN and address; null for a private seller (or one whose account is gone). */
    @Nullable
    ListingPage.Trader traderOf(UUID sellerId) {
        return accounts.findById(sellerId).filter(a -> a.sellerType() == SellerType.PRO && a.proLegalName() != null)
                .map(a -> new ListingPage.Trader(a.proLegalName(), a.proSiren(), a.proAddress())).orElse(null);
    }
}
