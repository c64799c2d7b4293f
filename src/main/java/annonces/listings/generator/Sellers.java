package annonces.listings.generator;

import annonces.accounts.AccountStatus;
import annonces.accounts.Role;
import annonces.accounts.SellerType;
import annonces.listings.Category;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The pool of sellers that ads are spread over: about one in ten a professional with its trader identity
 * (EU Digital Services Act), the others private people. Professionals post a large share of property and
 * car ads and few of the rest, as on a regional site. The pool is small enough to hold in memory and is
 * written in one COPY before any ad refers to it.
 */
final class Sellers {

    static final List<String> COLUMNS = List.of("id", "email", "password_hash", "display_name", "phone",
            "seller_type", "pro_legal_name", "pro_siren", "pro_address", "pro_phone", "role", "status",
            "created_at", "updated_at", "email_verified_at");
    /**
     * A well-formed Argon2id PHC string that no password matches: generated sellers never log in, and
     * hashing 20,000 real passwords at 19 MiB each would take minutes.
     */
    static final String NO_PASSWORD = "$argon2id$v=19$m=19456,t=2,p=1$disabled$disabled";
    static final double PRO_SHARE_OF_SELLERS = 0.10;

    /** Of the ads of each category, the share that professionals post. */
    private static final Map<Category, Double> PRO_SHARE_OF_ADS = Map.of(
            Category.REAL_ESTATE, 0.55, Category.VEHICLES, 0.35, Category.GOODS, 0.04);
    private static final Weighted<Category> TRADES = Weighted.of(Category.REAL_ESTATE, 40.0)
            .or(Category.VEHICLES, 40.0).or(Category.GOODS, 20.0);

    private static final List<String> FIRST_NAMES = List.of("Marie", "Nathalie", "Isabelle", "Sylvie",
            "Catherine", "Sophie", "Christine", "Camille", "Léa", "Manon", "Chloé", "Emma", "Julie", "Céline",
            "Aurélie", "Sandrine", "Valérie", "Hélène", "Françoise", "Brigitte", "Élodie", "Inès", "Zoé", "Maëlys",
            "Jean", "Philippe", "Michel", "Alain", "Patrick", "Nicolas", "Christophe", "Pierre", "Laurent",
            "Frédéric", "Stéphane", "David", "Julien", "Thomas", "Sébastien", "Jérôme", "Maxime", "Hugo", "Lucas",
            "Théo", "Mathis", "Kévin", "Benoît", "Hervé", "François", "Gérard", "Yannick", "Mohamed", "Karim",
            "Yasmine", "Fatima", "Antoine", "Clément", "Noémie", "Gaëlle", "Loïc");
    private static final List<String> LAST_NAMES = List.of("Martin", "Bernard", "Thomas", "Petit", "Robert",
            "Richard", "Durand", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux",
            "David", "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine",
            "Rousseau", "Vincent", "Muller", "Lefèvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer",
            "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément",
            "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Masson", "Marchand", "Duval", "Denis", "Dumont",
            "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud", "Joly", "Rivière",
            "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez", "Gérard", "Roche", "Renard",
            "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Fabre", "Aubert", "Lemoine",
            "Renaud", "Dumas", "Lacroix", "Olivier", "Bourgeois", "Le Gall", "Le Goff", "Hoarau", "Payet",
            "Lebrun", "Ménard", "Prévost", "Poirier", "Cordier", "Besson", "Collet", "Hamon", "Jacob");
    private static final List<String> STREETS = List.of("rue de la République", "avenue Jean Jaurès",
            "place du Marché", "rue Victor Hugo", "boulevard Gambetta", "rue du Général de Gaulle",
            "avenue de la Gare", "rue Pasteur", "rue des Écoles", "route de Paris", "zone artisanale des Prés",
            "rue Nationale", "quai de la Marne", "rue du Château", "avenue Foch");
    private static final List<String> LEGAL_FORMS = List.of("SARL", "SAS", "EURL", "SASU", "SA");

    private final List<Seller> privates;
    private final Map<Category, List<Seller>> pros;
    private final int size;

    private Sellers(List<Seller> privates, Map<Category, List<Seller>> pros, int size) {
        this.privates = privates;
        this.pros = pros;
        this.size = size;
    }

    /**
     * Draws {@code count} sellers and copies them into {@code account}.
     *
     * @param seed sets the names, places and ids; the e-mail addresses also carry it, so that runs with
     *             different seeds can share a database
     */
    static Sellers write(Connection connection, int count, long seed, Instant now, Places places) throws SQLException {
        if (count < 1) {
            throw new IllegalArgumentException("at least one seller is needed, not " + count);
        }
        Dice dice = new Dice(Dice.seedFor(seed, 1, 0));
        int proCount = (int) Math.round(count * PRO_SHARE_OF_SELLERS);
        List<Seller> privates = new ArrayList<>(count - proCount);
        Map<Category, List<Seller>> pros = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            pros.put(category, new ArrayList<>());
        }
        String domain = "s" + Long.toUnsignedString(seed) + ".bench.example";
        try (CopyStream copy = CopyStream.open(connection, "account", COLUMNS)) {
            for (int i = 0; i < count; i++) {
                boolean pro = i < proCount;
                Place home = places.anywhere(dice);
                Seller seller = new Seller(dice.uuid(), pro ? SellerType.PRO : SellerType.PRIVATE,
                        pro ? TRADES.pick(dice) : null, home);
                (pro ? pros.get(seller.trade()) : privates).add(seller);
                Instant created = now.minus(Duration.ofDays(91)).minus(dice.between(0, 6 * 365 * 24 * 60), ChronoUnit.MINUTES);
                copy.uuid(seller.id());
                if (pro) {
                    writePro(copy, seller, dice, "pro." + i + "@" + domain);
                } else {
                    writePrivate(copy, dice, i, domain);
                }
                copy.text(Role.SELLER.name()).text(AccountStatus.ACTIVE.name())
                        .instant(created).instant(created).instant(created).endRow();
            }
            copy.finish();
        }
        return new Sellers(List.copyOf(privates), pros, count);
    }

    /** Who posts an ad of this category: a professional of the trade for part of them, else a private seller. */
    Seller pick(Category category, Dice dice) {
        List<Seller> trade = pros.get(category);
        // A pool of one seller has no professional; a pool of any size has private sellers.
        return !trade.isEmpty() && dice.chance(PRO_SHARE_OF_ADS.get(category)) ? dice.pick(trade) : dice.pick(privates);
    }

    int size() {
        return size;
    }

    /** Every seller's id, for removing the pool again when the ads that needed it could not be loaded. */
    List<UUID> ids() {
        List<UUID> ids = new ArrayList<>(size);
        privates.forEach(seller -> ids.add(seller.id()));
        pros.values().forEach(trade -> trade.forEach(seller -> ids.add(seller.id())));
        return ids;
    }

    private static void writePrivate(CopyStream copy, Dice dice, int index, String domain) throws SQLException {
        String first = dice.pick(FIRST_NAMES);
        String last = dice.pick(LAST_NAMES);
        String displayName = switch (dice.between(0, 4)) {
            case 0, 1 -> first + " " + last.charAt(0) + ".";
            case 2 -> first;
            default -> first + " " + last;
        };
        copy.text(French.slug(first) + "." + French.slug(last) + "." + index + "@" + domain)
                .text(NO_PASSWORD).text(displayName)
                .text(dice.chance(0.6) ? mobile(dice) : null)
                .text(SellerType.PRIVATE.name()).nullValue().nullValue().nullValue().nullValue();
    }

    private static void writePro(CopyStream copy, Seller seller, Dice dice, String email) throws SQLException {
        String tradeName = tradeName(seller, dice);
        String phone = landline(seller.home(), dice);
        copy.text(email).text(NO_PASSWORD).text(tradeName).text(phone)
                .text(SellerType.PRO.name())
                .text(tradeName + " " + dice.pick(LEGAL_FORMS))
                .text(siren(dice))
                .text(dice.between(1, 120) + " " + dice.pick(STREETS) + ", " + seller.home().postcode(dice) + " "
                        + seller.home().city())
                .text(phone);
    }

    private static String tradeName(Seller seller, Dice dice) {
        String last = dice.pick(LAST_NAMES);
        String city = French.spoken(seller.home().city());
        return switch (seller.trade()) {
            case REAL_ESTATE -> dice.pick("Agence " + last + " Immobilier", city + " Immobilier",
                    "Cabinet " + last, "L'Immobilière du " + dice.pick("Centre", "Port", "Marché", "Château"),
                    last + " & Associés Immobilier", "Agence de la Gare");
            case VEHICLES -> dice.pick("Garage " + last, city + " Automobiles", "Auto Sélection " + seller.home()
                            .departmentCode(), "Garage du " + dice.pick("Centre", "Lac", "Pont", "Stade"),
                    "Moto Passion " + seller.home().departmentCode(), "Utilitaires " + last);
            case GOODS -> dice.pick("Brocante " + last, "Dépôt-vente de " + city, last + " Électroménager",
                    "Le Grenier de " + dice.pick(FIRST_NAMES), "Puériculture " + last, "Jardin Services " + last);
        };
    }

    /** A SIREN: eight digits and the Luhn key that INSEE computes over them. */
    static String siren(Dice dice) {
        int[] digits = new int[9];
        digits[0] = dice.between(3, 9); // today's companies: 3xx to 9xx
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            if (i > 0) {
                digits[i] = dice.between(0, 9);
            }
            // From the right, the key is position 0; digits at odd positions (here odd i) are doubled.
            int value = i % 2 == 1 ? digits[i] * 2 : digits[i];
            sum += value > 9 ? value - 9 : value;
        }
        digits[8] = (10 - sum % 10) % 10;
        StringBuilder siren = new StringBuilder(9);
        for (int digit : digits) {
            siren.append(digit);
        }
        return siren.toString();
    }

    private static String mobile(Dice dice) {
        return "0" + dice.between(6, 7) + " " + pairs(dice, 4);
    }

    /** A landline of the seller's zone: 01 Île-de-France, 02 north-west, 03 north-east, 04 south-east, 05 south-west. */
    private static String landline(Place place, Dice dice) {
        String zone = switch (place.regionCode()) {
            case "11" -> "01";
            case "24", "28", "52", "53" -> "02";
            case "27", "32", "44" -> "03";
            case "84", "93", "94", "76" -> "04";
            case "75" -> "05";
            default -> "06"; // overseas: a mobile is the likely number
        };
        return zone + " " + pairs(dice, 4);
    }

    private static String pairs(Dice dice, int count) {
        StringBuilder digits = new StringBuilder(count * 3);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                digits.append(' ');
            }
            int pair = dice.between(0, 99);
            digits.append(pair < 10 ? "0" : "").append(pair);
        }
        return digits.toString();
    }
}
