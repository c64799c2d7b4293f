package annonces.accounts;

import annonces.system.ConflictException;
import annonces.system.FieldError;
import annonces.system.InvalidInputException;
import annonces.system.NotFoundException;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Registration rules that span more than one field, and the creation of the bootstrap admin. */
@Singleton
public class Accounts {

    private final AccountRepository accounts;
    private final Passwords passwords;
    private final RefreshTokens refreshTokens;
    private final Clock clock;

    Accounts(AccountRepository accounts, Passwords passwords, RefreshTokens refreshTokens, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    public Account register(Registration r) {
        SellerType type = r.sellerTypeOrDefault();
        List<FieldError> errors = new ArrayList<>();
        if (type == SellerType.PRO && r.pro() == null) {
            errors.add(new FieldError("pro", "is required for a professional seller (legalName, siren, address, phone)"));
        }
        if (type == SellerType.PRIVATE && r.pro() != null) {
            errors.add(new FieldError("pro", "is only for sellerType PRO"));
        }
        if (r.pro() != null && r.pro().siren() != null && r.pro().siren().matches("\\d{9}")
                && !Siren.isValid(r.pro().siren())) {
            errors.add(new FieldError("pro.siren", "is not a valid SIREN (its check digit is wrong)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ProIdentity pro = r.pro();
        Instant now = clock.instant();
        Account account = new Account(UUID.randomUUID(), r.email().trim(), passwords.hash(r.password()),
                r.displayName().strip(), blankToNull(r.phone()), type,
                pro == null ? null : pro.legalName().strip(), pro == null ? null : pro.siren(),
                pro == null ? null : pro.address().strip(), pro == null ? null : pro.phone(),
                Role.SELLER, AccountStatus.ACTIVE, now, now);
        return insert(account);
    }

    /** The admin named by configuration or the command line, created once; an existing account is left alone. */
    public Optional<Account> createAdminIfMissing(String email, String password) {
        if (accounts.findByEmail(email).isPresent()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Account admin = new Account(UUID.randomUUID(), email.trim(), passwords.hash(password), "Administrateur",
                null, SellerType.PRIVATE, null, null, null, null, Role.ADMIN, AccountStatus.ACTIVE, now, now);
        try {
            return Optional.of(insert(admin));
        } catch (ConflictException another) {
            return Optional.empty(); // another instance created it at the same moment
        }
    }

    /**
     * Bans a seller: refresh tokens revoked now, and {@link BannedAccountFilter} refuses its still-valid
     * access tokens from the next request on. Admins cannot be banned through the API.
     */
    public Account ban(UUID accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("No account " + accountId));
        if (account.role() == Role.ADMIN) {
            throw new ConflictException("An admin account cannot be banned");
        }
        if (account.status() == AccountStatus.BANNED) {
            throw new ConflictException("The account is already BANNED");
        }
        Account banned = accounts.update(new Account(account.id(), account.email(), account.passwordHash(),
                account.displayName(), account.phone(), account.sellerType(), account.proLegalName(),
                account.proSiren(), account.proAddress(), account.proPhone(), account.role(), AccountStatus.BANNED,
                account.createdAt(), clock.instant()));
        refreshTokens.revokeAll(accountId);
        return banned;
    }

    /** The seller that owns the seed ads; nobody logs in as it (its password is random and discarded). */
    public Account demoSeller(String email, String displayName) {
        return accounts.findByEmail(email).orElseGet(() -> {
            Instant now = clock.instant();
            return insert(new Account(UUID.randomUUID(), email, passwords.hash(UUID.randomUUID().toString()),
                    displayName, null, SellerType.PRIVATE, null, null, null, null, Role.SELLER,
                    AccountStatus.ACTIVE, now, now));
        });
    }

    private Account insert(Account account) {
        try {
            return accounts.save(account);
        } catch (DataAccessException e) {
            if (isUniqueViolation(e)) {
                throw new ConflictException("An account with the e-mail " + account.email().toLowerCase(Locale.ROOT)
                        + " already exists");
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
