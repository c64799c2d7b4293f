package annonces;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what another instance learns asynchronously (LISTEN/NOTIFY, a scheduled job), with a deadline. */
public final class Eventually {

    public static final Duration PATIENCE = Duration.ofSeconds(10);

    private Eventually() {
    }

    /** Polls every 20 ms until {@code condition} holds; fails naming {@code what} after {@link #PATIENCE}. */
    public static void until(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(what + ": not within " + PATIENCE);
    }
}
