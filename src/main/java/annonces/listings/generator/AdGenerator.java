package annonces.listings.generator;

import annonces.geo.Communes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fills {@code account} and {@code listing} with a plan's sellers and ads, streamed with COPY. Rows are
 * generated as they are sent, so memory does not grow with the count; the same plan loads the same rows
 * whether it goes through one stream or several.
 *
 * <p>On one connection a run is one transaction: all or nothing. With several streams the sellers are
 * committed first (the other connections must see them to accept ads that refer to them), each stream
 * loads its share of the ads in its own transaction, and the streams commit only once all have finished;
 * if one fails, the others roll back and the sellers are deleted again.
 */
public final class AdGenerator {

    public static final int REPORT_EVERY = 100_000;

    /**
     * Session settings of the loading transactions. The schema's GIN indexes (full text, trigrams) take new
     * entries into a pending list and merge it into the index when it exceeds
     * {@code gin_pending_list_limit} (4 MB by default), sorting in {@code work_mem} (4 MB): measured here,
     * larger values load 65 % more rows per second. Both last until the transaction ends.
     */
    private static final List<String> BULK_SETTINGS = List.of("SET LOCAL work_mem = '256MB'",
            "SET LOCAL gin_pending_list_limit = '64MB'");

    private final Places places;

    /** Loads the communes from the classpath (a fraction of a second, then a check of every postcode). */
    public AdGenerator() {
        this(new Communes());
    }

    public AdGenerator(Communes communes) {
        this.places = new Places(communes);
    }

    /** {@code count} ads over the default number of sellers, dated from now, in one transaction. */
    public Generated generate(Connection connection, int count, long seed) throws SQLException {
        return generate(connection, Plan.of(count, seed), Progress.NONE);
    }

    /**
     * Writes the plan's sellers and ads in one transaction on this connection, then analyzes both tables.
     * The connection must reach a database migrated to the service's schema; its auto-commit setting is
     * restored afterwards.
     *
     * @throws SQLException when a row is refused (a schema that moved on, ids of the same seed already
     *                      there): nothing of the run is kept
     */
    public Generated generate(Connection connection, Plan plan, Progress progress) throws SQLException {
        long start = System.nanoTime();
        Tally tally = new Tally(progress, start);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Sellers sellers;
        long ads;
        try {
            prepare(connection);
            sellers = Sellers.write(connection, plan.sellers(), plan.seed(), plan.now(), places);
            AdRows rows = new AdRows(plan, sellers, places);
            ads = copyAds(connection, rows, 0, 1, tally);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        Duration loading = Duration.ofNanos(System.nanoTime() - start);
        return new Generated(sellers.size(), ads, loading, tidy(connection));
    }

    /**
     * Writes the plan's sellers, then its ads over {@code streams} connections at once, then analyzes both
     * tables. PostgreSQL spends one core per COPY; on a machine where the database is the bottleneck, one
     * stream per core is the fastest.
     */
    public Generated generate(Connections connections, Plan plan, int streams, Progress progress) throws SQLException {
        if (streams < 1) {
            throw new IllegalArgumentException("at least one stream is needed, not " + streams);
        }
        long start = System.nanoTime();
        try (Connection main = connections.open()) {
            main.setAutoCommit(false);
            Sellers sellers;
            try {
                sellers = Sellers.write(main, plan.sellers(), plan.seed(), plan.now(), places);
                main.commit();
            } catch (SQLException | RuntimeException e) {
                main.rollback();
                throw e;
            }
            long ads;
            try {
                ads = copyAdsInParallel(connections, new AdRows(plan, sellers, places), streams,
                        new Tally(progress, start));
            } catch (SQLException | RuntimeException e) {
                delete(main, sellers);
                throw e;
            }
            main.setAutoCommit(true);
            Duration loading = Duration.ofNanos(System.nanoTime() - start);
            return new Generated(sellers.size(), ads, loading, tidy(main));
        }
    }

    private long copyAdsInParallel(Connections connections, AdRows rows, int streams, Tally tally)
            throws SQLException {
        List<Connection> open = new ArrayList<>(streams);
        ExecutorService pool = Executors.newFixedThreadPool(streams, runnable -> {
            Thread thread = new Thread(runnable, "ads-copy");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Long>> shares = new ArrayList<>(streams);
            for (int k = 0; k < streams; k++) {
                Connection connection = connections.open();
                open.add(connection);
                connection.setAutoCommit(false);
                prepare(connection);
                int stream = k;
                shares.add(pool.submit(() -> {
                    try {
                        return copyAds(connection, rows, stream, streams, tally);
                    } catch (Stopped e) {
                        throw e;
                    } catch (SQLException | RuntimeException | Error e) {
                        tally.fail(e); // the other streams stop at their next block
                        throw e;
                    }
                }));
            }
            long ads = 0;
            for (Future<Long> share : shares) {
                try {
                    ads += share.get();
                } catch (ExecutionException e) {
                    tally.fail(e.getCause()); // kept only if no stream reported a failure first
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    tally.fail(e);
                }
            }
            Throwable failure = tally.failure.get();
            if (failure != null) {
                for (Connection connection : open) {
                    rollbackQuietly(connection);
                }
                if (failure instanceof SQLException sql) {
                    throw sql;
                }
                if (failure instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (failure instanceof Error error) {
                    throw error;
                }
                throw new SQLException("loading ads was interrupted", failure);
            }
            for (Connection connection : open) {
                connection.commit();
            }
            return ads;
        } finally {
            pool.shutdownNow();
            for (Connection connection : open) {
                closeQuietly(connection);
            }
        }
    }

    /**
     * Copies this stream's turns of blocks. The streams take turns of consecutive blocks in order, so they
     * advance through time together and the table's pages follow creation order nearly as one stream's
     * would, yet each writes its own stretch of the date indexes instead of fighting over their last page.
     */
    private static long copyAds(Connection connection, AdRows rows, int stream, int streams, Tally tally)
            throws SQLException {
        // At most 20 blocks a turn (20,000 ads, about a day of a million-ad run, so the pages stay in
        // creation order to within a day); at least 8 turns a stream, so that the streams finish together.
        int turn = Math.max(1, Math.min(20, rows.blocks() / (streams * 8)));
        try (CopyStream copy = CopyStream.open(connection, "listing", AdRows.COLUMNS)) {
            for (int from = stream * turn; from < rows.blocks(); from += streams * turn) {
                for (int block = from; block < Math.min(from + turn, rows.blocks()); block++) {
                    if (tally.failure.get() != null) {
                        throw new Stopped();
                    }
                    tally.add(rows.write(block, copy));
                }
            }
            return copy.finish();
        }
    }

    private static void prepare(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String setting : BULK_SETTINGS) {
                statement.execute(setting);
            }
        }
    }

    /**
     * Statistics for the planner, and the GIN pending lists merged now rather than by the first searches
     * or a later autovacuum: a search right after the load is as fast as it will be.
     */
    private static Duration tidy(Connection connection) throws SQLException {
        long start = System.nanoTime();
        List<String> ginIndexes = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT i.indexrelid::regclass::text FROM pg_index i
                JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
                WHERE i.indrelid IN ('listing'::regclass, 'listing_text_sample'::regclass) AND am.amname = 'gin'""");
             ResultSet result = query.executeQuery()) {
            while (result.next()) {
                ginIndexes.add(result.getString(1));
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET maintenance_work_mem = '256MB'");
            for (String index : ginIndexes) {
                try (PreparedStatement clean = connection.prepareStatement("SELECT gin_clean_pending_list(?::regclass)")) {
                    clean.setString(1, index);
                    clean.execute();
                }
            }
            statement.execute("RESET maintenance_work_mem");
            statement.execute("ANALYZE account");
            statement.execute("ANALYZE listing");
            statement.execute("ANALYZE listing_text_sample");
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void delete(Connection connection, Sellers sellers) {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM account WHERE id = ANY (?)")) {
            delete.setArray(1, connection.createArrayOf("uuid", sellers.ids().toArray()));
            delete.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            // The load's own failure is what the caller needs to see; these sellers are then orphans.
            rollbackQuietly(connection);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken: its transaction is gone with it
        }
    }

    /** A stream that gave up because another one failed: never the failure to report. */
    private static final class Stopped extends SQLException {

        private static final long serialVersionUID = 1L;

        Stopped() {
            super("stopped: another stream failed");
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to release
        }
    }

    /** Counts ads across streams, reports every {@link #REPORT_EVERY}, and tells streams to stop after a failure. */
    private static final class Tally {

        private final Progress progress;
        private final long start;
        private final AtomicLong written = new AtomicLong();
        /** The first failure of any stream: the cause to report, not the stops it led to in the others. */
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Tally(Progress progress, long start) {
            this.progress = progress;
            this.start = start;
        }

        void fail(Throwable cause) {
            failure.compareAndSet(null, cause);
        }

        void add(int ads) {
            long after = written.addAndGet(ads);
            if (after / REPORT_EVERY > (after - ads) / REPORT_EVERY) {
                synchronized (this) {
                    progress.adsWritten(after / REPORT_EVERY * REPORT_EVERY, Duration.ofNanos(System.nanoTime() - start));
                }
            }
        }
    }
}
