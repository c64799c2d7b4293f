package annonces.conversations;

import annonces.listings.ListingPhoto;
import annonces.listings.ListingStatus;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An account's conversations, both sides, newest activity first, in one statement: the ad's title and status
 * and the other party's display name are read with them (listing and account rows, read only), and the unread
 * count of each is counted on the thread's index.
 */
@Singleton
class Inbox {

    private static final String SQL = """
            SELECT c.id, c.listing_id, l.title, l.status, l.photos -> 0 ->> 'id' AS first_photo,
                   c.seller_id = ? AS mine_as_seller,
                   coalesce(other.display_name, c.guest_name || ' (visiteur)') AS display_name,
                   c.last_message_at, last.body, last.from_seller, last.created_at AS last_at,
                   (SELECT count(*) FROM message m
                     WHERE m.conversation_id = c.id AND m.from_seller = (c.seller_id <> ?)
                       AND m.created_at > coalesce(CASE WHEN c.seller_id = ? THEN c.seller_read_at ELSE c.buyer_read_at END,
                                                   '-infinity')) AS unread,
                   (c.guest_blocked_at IS NOT NULL AND c.seller_id = ?) OR EXISTS (SELECT 1 FROM account_block b
                     WHERE b.blocker_id = ? AND b.blocked_id = CASE WHEN c.seller_id = ? THEN c.buyer_id ELSE c.seller_id END)
                     AS blocked
            FROM conversation c
            JOIN listing l ON l.id = c.listing_id
            LEFT JOIN account other ON other.id = CASE WHEN c.seller_id = ? THEN c.buyer_id ELSE c.seller_id END
            LEFT JOIN LATERAL (SELECT body, from_seller, created_at FROM message
                               WHERE conversation_id = c.id ORDER BY created_at DESC, id DESC LIMIT 1) last ON true
            WHERE (c.seller_id = ? OR c.buyer_id = ?) AND %s
            ORDER BY c.last_message_at DESC, c.id DESC
            LIMIT ?""";
    private static final String PAGE = SQL.formatted("(c.last_message_at, c.id) < (?, ?)");
    private static final String ONE = SQL.formatted("c.id = ?");

    private final JdbcOperations jdbc;

    Inbox(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<ConversationView> page(UUID accountId, Instant beforeAt, UUID beforeId, int limit) {
        return jdbc.prepareStatement(PAGE, statement -> {
            int next = bindAccount(statement, accountId);
            statement.setTimestamp(next, Timestamp.from(beforeAt));
            statement.setObject(next + 1, beforeId);
            statement.setInt(next + 2, limit);
            return read(statement);
        });
    }

    Optional<ConversationView> one(UUID accountId, UUID conversationId) {
        return jdbc.prepareStatement(ONE, statement -> {
            int next = bindAccount(statement, accountId);
            statement.setObject(next, conversationId);
            statement.setInt(next + 1, 1);
            return read(statement).stream().findFirst();
        });
    }

    /** The caller's id in each of the statement's nine places; answers the next parameter's index. */
    private static int bindAccount(PreparedStatement s, UUID me) throws SQLException {
        for (int i = 1; i <= 9; i++) {
            s.setObject(i, me);
        }
        return 10;
    }

    private static List<ConversationView> read(PreparedStatement statement) throws SQLException {
        List<ConversationView> views = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                views.add(read(rs));
            }
        }
        return views;
    }

    private static ConversationView read(ResultSet rs) throws SQLException {
        boolean seller = rs.getBoolean("mine_as_seller");
        Timestamp lastAt = rs.getTimestamp("last_at");
        ConversationView.LastMessage last = lastAt == null ? null : new ConversationView.LastMessage(
                rs.getString("body"), rs.getBoolean("from_seller") == seller, lastAt.toInstant());
        String other = rs.getString("display_name");
        ListingStatus status = ListingStatus.valueOf(rs.getString("status"));
        String photo = rs.getString("first_photo");
        // A photo of an ad off the site is served to its seller only: the buyer would get a broken image.
        String photoUrl = photo == null || status != ListingStatus.PUBLISHED && !seller ? null
                : ListingPhoto.urlOf(UUID.fromString(photo), "thumbnail");
        return new ConversationView(rs.getObject("id", UUID.class),
                new ConversationView.ListingRef(rs.getObject("listing_id", UUID.class), rs.getString("title"),
                        status, photoUrl),
                seller ? Conversation.Side.SELLER : Conversation.Side.BUYER,
                new ConversationView.Party(other == null ? "Visiteur" : other),
                last, rs.getLong("unread"), rs.getTimestamp("last_message_at").toInstant(), rs.getBoolean("blocked"));
    }
}
