package annonces.system;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequestIdsTest {

    @Test
    void generatedIdsAreDistinctVersion4Uuids() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestIds.generated();
            UUID uuid = UUID.fromString(id);
            assertEquals(4, uuid.version(), id);
            assertEquals(2, uuid.variant(), id);
            ids.add(id);
        }
        assertEquals(10_000, ids.size());
    }

    @Test
    void onlySaneIdsAreKept() {
        assertEquals("abc-123_x.y", RequestIds.accepted("abc-123_x.y"));
        assertEquals(4, UUID.fromString(RequestIds.accepted("bad id\r\nX-Forged: 1")).version());
        assertEquals(4, UUID.fromString(RequestIds.accepted("x".repeat(129))).version());
    }
}
