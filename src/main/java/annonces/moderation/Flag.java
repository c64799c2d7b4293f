package annonces.moderation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.UUID;

/**
 * One automatic flag in {@code listing.moderation_flags}: a code the queue can sort on and a detail a
 * moderator reads without opening anything else (which ad it duplicates, which words, which median).
 *
 * @param listingId the other ad, for {@code POSSIBLE_DUPLICATE}
 * @param words     what was found, for {@code FORBIDDEN_WORDS}, {@code CONTACT_IN_TEXT}, {@code PAYMENT_SCAM} and
 *                  {@code IMPLAUSIBLE_VALUE}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Flag(String code, String detail, @Nullable UUID listingId, @Nullable List<String> words) {

    static final String PRICE_MISSING = "PRICE_MISSING";
    static final String PRICE_OUTLIER = "PRICE_OUTLIER";
    static final String POSSIBLE_DUPLICATE = "POSSIBLE_DUPLICATE";
    static final String FORBIDDEN_WORDS = "FORBIDDEN_WORDS";
    static final String CONTACT_IN_TEXT = "CONTACT_IN_TEXT";
    static final String SHOUTING = "SHOUTING";
    static final String IMPLAUSIBLE_VALUE = "IMPLAUSIBLE_VALUE";
    static final String PAYMENT_SCAM = "PAYMENT_SCAM";
    static final String RENTAL_BAN = "RENTAL_BAN";
    /** Set by reports, not computed here: recomputing the others must keep it. */
    static final String REPORTED = "REPORTED";

    static Flag of(String code, String detail) {
        return new Flag(code, detail, null, null);
    }
}
