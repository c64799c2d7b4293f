package annonces.listings.generator;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The command line of {@link GenerateAds}, checked before anything touches the database. */
record Options(String url, String user, String password, int count, long seed, int sellers, int streams,
               boolean migrate) {

    static final String USAGE = """
            Usage: java -cp annonces.jar annonces.listings.generator.GenerateAds --url JDBC_URL --count N [options]
              --url       jdbc:postgresql://host:port/database (required)
              --count     number of ads to generate (required)
              --user      database user (default: postgres)
              --password  database password (default: $PGPASSWORD, else none)
              --seed      seed of every random choice; same seed, same ads (default: 42)
              --sellers   seller accounts to spread the ads over (default: count / 50, at most 20,000)
              --streams   parallel COPY streams, each its own connection (default: one per CPU core)
              --no-migrate  do not run the service's Flyway migrations first
            """;

    private static final Set<String> VALUED = Set.of("--url", "--user", "--password", "--count", "--seed", "--sellers", "--streams");

    /** @throws IllegalArgumentException with a message for the user when the line is wrong */
    static Options parse(String[] args, Map<String, String> environment, int cores) {
        Map<String, String> values = new HashMap<>();
        boolean migrate = true;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--no-migrate")) {
                migrate = false;
            } else if (VALUED.contains(name)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                values.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option " + name);
            }
        }
        String url = values.get("--url");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--url jdbc:postgresql://... is required");
        }
        if (!values.containsKey("--count")) {
            throw new IllegalArgumentException("--count is required");
        }
        int count = number(values, "--count", 0, Integer.MAX_VALUE);
        int sellers = values.containsKey("--sellers") ? number(values, "--sellers", 1, 10_000_000)
                : Plan.defaultSellers(count);
        int streams = values.containsKey("--streams") ? number(values, "--streams", 1, 64) : Math.max(1, cores);
        long seed;
        try {
            seed = Long.parseLong(values.getOrDefault("--seed", "42"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed must be a whole number: " + values.get("--seed"));
        }
        String password = values.getOrDefault("--password", environment.getOrDefault("PGPASSWORD", ""));
        return new Options(url, values.getOrDefault("--user", "postgres"), password, count, seed, sellers, streams,
                migrate);
    }

    private static int number(Map<String, String> values, String name, int min, int max) {
        String text = values.get(name).replace("_", "");
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number: " + values.get(name));
        }
    }

    /** The password never appears in logs or error messages. */
    @Override
    public String toString() {
        return "Options[url=" + url + ", user=" + user + ", count=" + count + ", seed=" + seed + ", sellers="
                + sellers + ", streams=" + streams + ", migrate=" + migrate + "]";
    }
}
