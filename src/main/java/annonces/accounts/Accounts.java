package annonces.accounts;

import annonces.mail.Outbox;
import annonces.system.ConflictException;
import annonces.system.FieldError;
import annonces.system.InvalidInputException;
import annonces.system.JsonInputErrors;
import annonces.system.NotFoundException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The account's own use cases (registration, profile, erasure), bans, and the accounts the service makes itself. */
@Singleton
public class Accounts {

    private final AccountRepository accounts;
    private final Passwords passwords;
    private final PasswordRules passwordRules;
    private final RefreshTokens refreshTokens;
    private final EmailVerification verification;
    private final AccountLinks links;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Validator validator;
    private final ApplicationEventPublisher<AccountErased> erasures;
    private final Clock clock;

    Accounts(AccountRepository accounts, Passwords passwords, PasswordRules passwordRules, RefreshTokens refreshTokens,
             EmailVerification verification, AccountLinks links, Outbox outbox, ObjectMapper json, Validator validator,
             ApplicationEventPublisher<AccountErased> erasures, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.passwordRules = passwordRules;
        this.refreshTokens = refreshTokens;
        this.verification = verification;
        this.links = links;
        this.outbox = outbox;
        this.json = json;
        this.validator = validator;
        this.erasures = erasures;
        this.clock = clock;
    }

    /** A new seller, and the mail that asks it to confirm its address, in one transaction. */
    @Transactional
    public Account register(Registration r) {
        SellerType type = r.sellerTypeOrDefault();
        List<FieldError> errors = new ArrayList<>();
        passwordRules.refusal(r.password(), r.email(), r.displayName())
                .ifPresent(why -> errors.add(new FieldError("password", why)));
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
        Account account = insert(Account.create(r.email().trim(), passwords.hash(r.password()), r.displayName().strip(),
                blankToNull(r.phone()), type, r.pro(), Role.SELLER, clock.instant()));
        verification.sendLink(account, account.email());
        return account;
    }

    /** The admin named by configuration or the command line, created once; an existing account is left alone. */
    public Optional<Account> createAdminIfMissing(String email, String password) {
        if (accounts.findByEmail(email).isPresent()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        // Named by the operator, who holds the address: nothing to confirm.
        Account admin = Account.create(email.trim(), passwords.hash(password), "Administrateur", null,
                SellerType.PRIVATE, null, Role.ADMIN, now).verified(email.trim(), now);
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
        Account banned = accounts.update(account.withStatus(AccountStatus.BANNED, clock.instant()));
        refreshTokens.revokeAll(accountId);
        return banned;
    }

    /** The seller that owns the seed ads; nobody logs in as it (its password is random and discarded). */
    public Account demoSeller(String email, String displayName) {
        return accounts.findByEmail(email).orElseGet(() -> {
            Instant now = clock.instant();
            return insert(Account.create(email, passwords.hash(UUID.randomUUID().toString()), displayName, null,
                    SellerType.PRIVATE, null, Role.SELLER, now).verified(email, now));
        });
    }

    /**
     * {@code PATCH /api/v1/me}, a JSON merge patch of {@link ProfilePatch}'s members. A new e-mail is not the
     * login until the link sent to it is followed; the old address is told of the request.
     */
    @Transactional
    public Account edit(Caller caller, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidInputException(List.of(new FieldError(null,
                    "A merge patch is a JSON object of the members to change")));
        }
        ProfilePatch change;
        try {
            change = json.treeToValue(patch, ProfilePatch.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(List.of(JsonInputErrors.describe(e)));
        }
        List<FieldError> errors = new ArrayList<>();
        validator.validate(change).forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
        for (String required : List.of("displayName", "email", "emailNotifications", "showPhone")) {
            if (patch.has(required) && patch.get(required).isNull()) {
                errors.add(new FieldError(required, "cannot be removed, only changed"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Account account = accounts.findById(caller.accountId()).filter(Account::active)
                .orElseThrow(() -> new NotFoundException("No such account"));
        String pending = account.pendingEmail();
        String asked = change.email() == null ? null : change.email().strip();
        boolean newAddress = asked != null && !asked.equalsIgnoreCase(account.email())
                && !asked.equalsIgnoreCase(account.pendingEmail());
        if (asked != null && asked.equalsIgnoreCase(account.email())) {
            pending = null; // back to the current address: the change asked for earlier is dropped
        } else if (newAddress) {
            if (accounts.findByEmail(asked).isPresent()) {
                throw new ConflictException("An account with the e-mail " + asked.toLowerCase(Locale.ROOT)
                        + " already exists");
            }
            pending = asked;
        }
        Account edited = accounts.update(account.withProfile(
                change.displayName() == null ? account.displayName() : change.displayName().strip(),
                patch.has("phone") ? blankToNull(change.phone()) : account.phone(),
                pending,
                change.emailNotifications() == null ? account.emailNotifications() : change.emailNotifications(),
                change.showPhone() == null ? account.showPhone() : change.showPhone(),
                clock.instant()));
        if (newAddress) {
            verification.sendLink(edited, asked);
            outbox.post("email-change-asked", account.email(), Map.of("displayName", edited.displayName(),
                    "newAddress", asked));
        }
        return edited;
    }

    /**
     * {@code DELETE /api/v1/me}: erasure (GDPR art. 17). The row stays, so that the ads and the audit trail
     * still point somewhere, but nothing of the person is left in it; every device is signed out, links and
     * mail to the address are deleted, and each feature erases its own part ({@link AccountErased}).
     */
    @Transactional
    public void erase(Caller caller) {
        Account account = accounts.findById(caller.accountId()).filter(a -> a.status() != AccountStatus.ERASED)
                .orElseThrow(() -> new NotFoundException("No such account"));
        if (account.role() == Role.ADMIN) {
            throw new ConflictException("An admin account is not erased through the API");
        }
        Instant now = clock.instant();
        List<String> addresses = account.pendingEmail() == null ? List.of(account.email())
                : List.of(account.email(), account.pendingEmail());
        accounts.update(account.erased(passwords.hash(UUID.randomUUID().toString()), now));
        refreshTokens.revokeAll(account.id());
        links.forgetAllOf(account.id());
        addresses.forEach(outbox::forget);
        erasures.publishEvent(new AccountErased(account.id(), addresses, now));
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
