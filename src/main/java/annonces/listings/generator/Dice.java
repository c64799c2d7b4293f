package annonces.listings.generator;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The generator's only source of chance: a seeded {@link SplittableRandom}, so that one seed always gives
 * the same sellers and ads. Not thread-safe; each block of ads rolls its own.
 */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * A seed for one independent stream (sellers, or one block of ads) derived from the run's seed. The
     * SplitMix64 finaliser spreads neighbouring inputs apart, so block 7 and block 8 share no pattern.
     */
    static long seedFor(long runSeed, long stream, long block) {
        long z = runSeed + 0x9E3779B97F4A7C15L * (stream * 0x100000001L + block + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    long between(long min, long max) {
        return random.nextLong(min, max + 1);
    }

    /** A real number from {@code min} included to {@code max} excluded. */
    double between(double min, double max) {
        return random.nextDouble(min, max);
    }

    /** A real number from 0 included to 1 excluded. */
    double unit() {
        return random.nextDouble();
    }

    /** A whole number from 0 included to {@code bound} excluded. */
    long below(long bound) {
        return random.nextLong(bound);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    String pick(String... values) {
        return values[random.nextInt(values.length)];
    }

    /** A random (version 4) UUID drawn from this seed, unlike {@link UUID#randomUUID()}. */
    UUID uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
