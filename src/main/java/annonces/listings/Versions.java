package annonces.listings;

import annonces.system.StaleVersionException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ETag of an ad is its version in quotes; an {@code If-Match} names the version the caller read. */
public final class Versions {

    private static final Pattern IF_MATCH = Pattern.compile("^\\s*(?:W/)?\"?(\\d{1,9})\"?\\s*$");

    private Versions() {
    }

    public static String etag(Listing listing) {
        return "\"" + listing.version() + "\"";
    }

    /** @return the version an {@code If-Match} expects, or null when it expects none ({@code *} or absent) */
    public static Integer expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        Matcher m = IF_MATCH.matcher(ifMatch);
        if (!m.matches()) {
            throw new StaleVersionException("If-Match " + ifMatch + " is not a version of this ad");
        }
        return Integer.valueOf(m.group(1));
    }
}
