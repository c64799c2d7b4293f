package annonces.photos;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Optional;

/**
 * The default store: the bytes in PostgreSQL ({@code photo_blob}), so the quick start and any number of
 * replicas need nothing more, and a backup of the database holds the photos too. A large site's photos make
 * the database and its backups large: object storage ({@link S3PhotoStore}) is then the better home.
 */
@Singleton
@Requires(property = "annonces.photos.storage", notEquals = "s3")
class DatabasePhotoStore implements PhotoStore {

    private final JdbcOperations jdbc;

    DatabasePhotoStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void put(String key, byte[] jpeg) {
        jdbc.prepareStatement("INSERT INTO photo_blob (key, bytes) VALUES (?, ?) ON CONFLICT (key) DO NOTHING", s -> {
            s.setString(1, key);
            s.setBytes(2, jpeg);
            return s.executeUpdate();
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> get(String key) {
        return jdbc.prepareStatement("SELECT bytes FROM photo_blob WHERE key = ?", s -> {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
            }
        });
    }

    @Override
    @Transactional
    public void delete(String key) {
        jdbc.prepareStatement("DELETE FROM photo_blob WHERE key = ?", s -> {
            s.setString(1, key);
            return s.executeUpdate();
        });
    }
}
