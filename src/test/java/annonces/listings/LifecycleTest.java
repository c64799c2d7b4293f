package annonces.listings;

import annonces.system.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static annonces.listings.Lifecycle.Move;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LifecycleTest {

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "PENDING, APPROVE, PUBLISHED",
            "PENDING, REJECT, REJECTED",
            "PUBLISHED, SUSPEND, SUSPENDED",
            "PUBLISHED, EXPIRE, EXPIRED",
            "PUBLISHED, SELL, SOLD",
            "PUBLISHED, WITHDRAW, WITHDRAWN",
            "PENDING, WITHDRAW, WITHDRAWN",
            "EXPIRED, RENEW, PUBLISHED",
            "PUBLISHED, RENEW, PUBLISHED",
            "REJECTED, EDIT, PENDING",
            "PENDING, EDIT, PENDING",
            "PUBLISHED, EDIT, PENDING",
            "EXPIRED, EDIT, EXPIRED",
            "PUBLISHED, HOLD, PENDING"})
    void theContractsTransitionsAreAllowed(ListingStatus from, Move move, ListingStatus to) {
        assertEquals(to, Lifecycle.next(from, move, true));
    }

    @Test
    void withoutPrePublicationAnEditedAdStaysPublished() {
        assertEquals(ListingStatus.PUBLISHED, Lifecycle.next(ListingStatus.PUBLISHED, Move.EDIT, false));
    }

    @ParameterizedTest(name = "{0} --{1}--> refused")
    @CsvSource({
            "PUBLISHED, APPROVE", "REJECTED, APPROVE", "PENDING, SUSPEND", "PENDING, SELL", "EXPIRED, SELL",
            "PENDING, RENEW", "PENDING, EXPIRE", "SOLD, WITHDRAW", "WITHDRAWN, WITHDRAW", "SOLD, EDIT",
            "WITHDRAWN, EDIT", "SUSPENDED, EDIT", "SOLD, RENEW", "WITHDRAWN, RENEW", "SUSPENDED, RENEW",
            "PUBLISHED, REJECT", "PENDING, HOLD", "SUSPENDED, HOLD"})
    void everyOtherMoveIsAConflictNamingTheCurrentStatus(ListingStatus from, Move move) {
        ConflictException refused = assertThrows(ConflictException.class, () -> Lifecycle.next(from, move, true));
        assertTrue(refused.getMessage().contains(from.name()), refused.getMessage());
    }

    @Test
    void soldAndWithdrawnAreFinal() {
        for (ListingStatus fin : new ListingStatus[]{ListingStatus.SOLD, ListingStatus.WITHDRAWN}) {
            for (Move move : Move.values()) {
                assertThrows(ConflictException.class, () -> Lifecycle.next(fin, move, true), fin + " " + move);
            }
        }
    }
}
