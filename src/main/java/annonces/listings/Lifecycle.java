package annonces.listings;

import annonces.system.ConflictException;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one place that says which status an ad may move to. Every transition of the contract is here,
 * and nothing else: an illegal move is refused with the current status named.
 */
public final class Lifecycle {

    /** What happens to an ad. */
    public enum Move {
        APPROVE, REJECT, SUSPEND, EXPIRE, SELL, WITHDRAW, RENEW, EDIT,
        /** A draft goes to moderation (or online, without pre-publication): its seller's address is confirmed. */
        SUBMIT,
        /** Reported by enough people: off the public views, back in the queue until an admin decides. */
        HOLD
    }

    private static final Set<ListingStatus> LIVE = EnumSet.of(ListingStatus.DRAFT, ListingStatus.PENDING, ListingStatus.PUBLISHED,
            ListingStatus.REJECTED, ListingStatus.EXPIRED, ListingStatus.SUSPENDED);

    private static final Map<Move, Set<ListingStatus>> ALLOWED_FROM = Map.of(
            Move.APPROVE, EnumSet.of(ListingStatus.PENDING),
            Move.REJECT, EnumSet.of(ListingStatus.PENDING),
            Move.SUSPEND, EnumSet.of(ListingStatus.PUBLISHED),
            Move.EXPIRE, EnumSet.of(ListingStatus.PUBLISHED),
            Move.SELL, EnumSet.of(ListingStatus.PUBLISHED),
            Move.WITHDRAW, LIVE,
            Move.RENEW, EnumSet.of(ListingStatus.PUBLISHED, ListingStatus.EXPIRED),
            Move.HOLD, EnumSet.of(ListingStatus.PUBLISHED),
            Move.SUBMIT, EnumSet.of(ListingStatus.DRAFT),
            Move.EDIT, EnumSet.of(ListingStatus.DRAFT, ListingStatus.PENDING, ListingStatus.PUBLISHED, ListingStatus.REJECTED,
                    ListingStatus.EXPIRED));

    private Lifecycle() {
    }

    /**
     * @param prePublication whether published content must be reviewed again after an edit
     * @return the status after the move
     * @throws ConflictException when the move is not allowed from {@code current}
     */
    public static ListingStatus next(ListingStatus current, Move move, boolean prePublication) {
        if (!ALLOWED_FROM.get(move).contains(current)) {
            throw new ConflictException("Cannot " + move.name().toLowerCase(java.util.Locale.ROOT)
                    + " an ad that is " + current);
        }
        return switch (move) {
            case APPROVE, RENEW -> ListingStatus.PUBLISHED;
            case SUBMIT -> prePublication ? ListingStatus.PENDING : ListingStatus.PUBLISHED;
            case HOLD -> ListingStatus.PENDING;
            case REJECT -> ListingStatus.REJECTED;
            case SUSPEND -> ListingStatus.SUSPENDED;
            case EXPIRE -> ListingStatus.EXPIRED;
            case SELL -> ListingStatus.SOLD;
            case WITHDRAW -> ListingStatus.WITHDRAWN;
            case EDIT -> switch (current) {
                case PUBLISHED -> prePublication ? ListingStatus.PENDING : ListingStatus.PUBLISHED;
                case REJECTED -> ListingStatus.PENDING;
                default -> current;
            };
        };
    }
}
