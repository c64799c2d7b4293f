package annonces.search;

import annonces.Api;
import annonces.accounts.Sellers;
import annonces.listings.Subcategory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every filter and sort, in random combinations and page sizes, against a brute-force oracle: the published
 * rows read straight from the table and filtered and sorted in Java. Paging through all pages must give
 * exactly the oracle's list, in its order.
 */
class SearchOracleIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[][] PLACES = {{"14000", "Caen"}, {"76000", "Rouen"}, {"50100", "Cherbourg-en-Cotentin"},
            {"69001", "Lyon"}, {"20000", "Ajaccio"}, {"97400", "Saint-Denis"}};
    private static final String[] BRANDS = {"Peugeot", "Renault", "Toyota"};

    private static EmbeddedServer server;
    private static Api api;

    @BeforeContainer
    static void publishRandomAds() {
        server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("annonces.moderation.pre-publication", "false"), "test");
        api = new Api(server);
        Random random = new Random(20261127);
        Sellers.Seller privateSeller = Sellers.registered(api);
        Api.Reply pro = api.post("/api/v1/accounts", Sellers.aProfessional()).send();
        Sellers.Seller professional = Sellers.login(api, pro.json().path("email").asText(),
                "correct-horse-battery-staple", pro.json().path("id").asText());
        for (int i = 0; i < 70; i++) {
            Sellers.Seller seller = random.nextInt(4) == 0 ? professional : privateSeller;
            Api.Reply reply = api.post("/api/v1/listings", randomAd(random)).token(seller.token()).send();
            assertEquals(201, reply.status(), reply::toString);
        }
    }

    @AfterContainer
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Property(tries = 80)
    void everyFilterAndSortAgreesWithTheOracle(@ForAll("searches") Map<String, String> query) throws Exception {
        List<String> expected = oracle(query);
        List<String> actual = allPages(query, expected.size() / Integer.parseInt(query.get("limit")) + 2);
        assertEquals(expected, actual, () -> "search " + query);
    }

    @Provide
    Arbitrary<Map<String, String>> searches() {
        Arbitrary<Map<String, String>> filters = Arbitraries.of(filterChoices()).list().ofMinSize(0).ofMaxSize(3)
                .map(list -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    list.forEach(e -> m.put(e.getKey(), e.getValue()));
                    return m;
                })
                // a subcategory of another category is a 400 (SearchIT covers it), not a search
                .filter(m -> !m.containsKey("category") || !m.containsKey("subcategory")
                        || Subcategory.valueOf(m.get("subcategory")).category().name().equals(m.get("category")))
                // nor is a price range that ends before it starts
                .filter(m -> !m.containsKey("minPriceCents") || !m.containsKey("maxPriceCents")
                        || Long.parseLong(m.get("minPriceCents")) <= Long.parseLong(m.get("maxPriceCents")));
        return Combinators.combine(filters, Arbitraries.of("newest", "price_asc", "price_desc"),
                Arbitraries.integers().between(1, 9)).as((f, sort, limit) -> {
                    Map<String, String> query = new LinkedHashMap<>(f);
                    query.put("sort", sort);
                    query.put("limit", Integer.toString(limit));
                    return query;
                });
    }

    private static List<Map.Entry<String, String>> filterChoices() {
        List<Map.Entry<String, String>> choices = new ArrayList<>();
        for (String c : new String[]{"REAL_ESTATE", "VEHICLES", "GOODS"}) {
            choices.add(Map.entry("category", c));
        }
        for (String s : new String[]{"SALE", "RENT", "CAR", "HOME", "BABY"}) {
            choices.add(Map.entry("subcategory", s));
        }
        for (String[] place : PLACES) {
            choices.add(Map.entry("postcode", place[0]));
        }
        for (String d : new String[]{"14", "76", "2A", "974"}) {
            choices.add(Map.entry("department", d));
        }
        for (String r : new String[]{"28", "84", "94", "04"}) {
            choices.add(Map.entry("region", r));
        }
        choices.add(Map.entry("sellerType", "PRO"));
        choices.add(Map.entry("sellerType", "PRIVATE"));
        for (String p : new String[]{"5000", "100000", "2000000"}) {
            choices.add(Map.entry("minPriceCents", p));
            choices.add(Map.entry("maxPriceCents", p));
        }
        for (String p : new String[]{"HOUSE", "APARTMENT", "LAND"}) {
            choices.add(Map.entry("propertyType", p));
        }
        choices.add(Map.entry("minSurfaceM2", "60"));
        choices.add(Map.entry("minRooms", "3"));
        choices.add(Map.entry("furnished", "true"));
        choices.add(Map.entry("furnished", "false"));
        choices.add(Map.entry("maxEnergyClass", "C"));
        choices.add(Map.entry("maxEnergyClass", "E"));
        for (String b : new String[]{"peugeot", "Renault", "TOYOTA"}) {
            choices.add(Map.entry("brand", b));
        }
        choices.add(Map.entry("fuel", "DIESEL"));
        choices.add(Map.entry("fuel", "ELECTRIC"));
        choices.add(Map.entry("gearbox", "AUTOMATIC"));
        choices.add(Map.entry("minYear", "2015"));
        choices.add(Map.entry("maxMileageKm", "80000"));
        choices.add(Map.entry("condition", "GOOD"));
        choices.add(Map.entry("condition", "NEW"));
        return choices;
    }

    /**
     * Every page, following the cursors. The suite's database holds every other test's ads too, so the bound
     * on pages comes from the oracle's count (a cursor that loops still fails), not from a fixed number.
     */
    private static List<String> allPages(Map<String, String> query, int maxPages) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < maxPages; page++) {
            String url = "/api/v1/listings?" + query.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&")) + (cursor == null ? "" : "&cursor=" + cursor);
            Api.Reply reply = api.get(url).send();
            assertEquals(200, reply.status(), reply::toString);
            reply.json().path("items").forEach(i -> ids.add(i.path("id").asText()));
            JsonNode next = reply.json().path("nextCursor");
            if (next.isNull() || next.isMissingNode()) {
                return ids;
            }
            cursor = next.asText();
        }
        throw new AssertionError("more than " + maxPages + " pages for " + query + ": the cursor does not end");
    }

    /** The published rows, filtered and sorted the slow, obvious way. */
    private static List<String> oracle(Map<String, String> query) throws Exception {
        List<Row> rows = new ArrayList<>();
        var env = server.getApplicationContext().getEnvironment();
        try (Connection c = DriverManager.getConnection(env.getRequiredProperty("datasources.default.url", String.class),
                env.getProperty("datasources.default.username", String.class).orElse("postgres"),
                env.getProperty("datasources.default.password", String.class).orElse(""));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT id::text, category, subcategory, postcode, department_code, region_code, seller_type,
                            price_cents, attributes::text, published_at FROM listing WHERE status = 'PUBLISHED'""")) {
            while (rs.next()) {
                rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getLong(8), JSON.readTree(rs.getString(9)),
                        rs.getTimestamp(10).toInstant()));
            }
        }
        Predicate<Row> keep = r -> true;
        for (Map.Entry<String, String> f : query.entrySet()) {
            String v = f.getValue();
            Predicate<Row> p = switch (f.getKey()) {
                case "category" -> r -> r.category.equals(v);
                case "subcategory" -> r -> r.subcategory.equals(v);
                case "postcode" -> r -> r.postcode.equals(v);
                case "department" -> r -> r.department.equals(v);
                case "region" -> r -> r.region.equals(v);
                case "sellerType" -> r -> r.sellerType.equals(v);
                case "minPriceCents" -> r -> r.price >= Long.parseLong(v);
                case "maxPriceCents" -> r -> r.price <= Long.parseLong(v);
                case "propertyType" -> r -> v.equals(r.attributes.path("propertyType").asText(null));
                case "minSurfaceM2" -> r -> r.attributes.has("surfaceM2")
                        && r.attributes.path("surfaceM2").asInt() >= Integer.parseInt(v);
                case "minRooms" -> r -> r.attributes.has("rooms") && r.attributes.path("rooms").asInt() >= Integer.parseInt(v);
                case "furnished" -> r -> r.attributes.has("furnished")
                        && r.attributes.path("furnished").asBoolean() == Boolean.parseBoolean(v);
                case "maxEnergyClass" -> r -> {
                    String cls = r.attributes.path("energyClass").asText("");
                    return cls.length() == 1 && cls.compareTo(v) <= 0;
                };
                case "brand" -> r -> r.attributes.path("brand").asText("").equalsIgnoreCase(v);
                case "fuel" -> r -> v.equals(r.attributes.path("fuel").asText(null));
                case "gearbox" -> r -> v.equals(r.attributes.path("gearbox").asText(null));
                case "minYear" -> r -> r.attributes.has("year") && r.attributes.path("year").asInt() >= Integer.parseInt(v);
                case "maxMileageKm" -> r -> r.attributes.has("mileageKm")
                        && r.attributes.path("mileageKm").asInt() <= Integer.parseInt(v);
                case "condition" -> r -> v.equals(r.attributes.path("condition").asText(null));
                default -> r -> true;
            };
            keep = keep.and(p);
        }
        Comparator<Row> byId = Comparator.comparing(Row::id);
        Comparator<Row> order = switch (query.get("sort")) {
            case "price_asc" -> Comparator.comparingLong(Row::price).thenComparing(byId);
            case "price_desc" -> Comparator.comparingLong(Row::price).thenComparing(byId).reversed();
            default -> Comparator.comparing(Row::publishedAt).thenComparing(byId).reversed();
        };
        return rows.stream().filter(keep).sorted(order).map(Row::id).toList();
    }

    private record Row(String id, String category, String subcategory, String postcode, String department,
                       String region, String sellerType, long price, JsonNode attributes, Instant publishedAt) {
    }

    private static ObjectNode randomAd(Random random) {
        ObjectNode ad = JSON.createObjectNode();
        String[] place = PLACES[random.nextInt(PLACES.length)];
        ad.putObject("location").put("postcode", place[0]).put("city", place[1]);
        ObjectNode a = JSON.createObjectNode();
        switch (random.nextInt(3)) {
            case 0 -> {
                boolean rent = random.nextBoolean();
                String type = new String[]{"HOUSE", "APARTMENT", "LAND"}[random.nextInt(3)];
                long price = rent ? 40000 + random.nextInt(150000) : 5000000 + random.nextInt(40000000);
                ad.put("category", "REAL_ESTATE").put("subcategory", rent ? "RENT" : "SALE")
                        .put("title", (rent ? "Location " : "Vente ") + type.toLowerCase()).put("priceCents", price);
                a.put("propertyType", type);
                if (type.equals("LAND")) {
                    a.put("landSurfaceM2", 200 + random.nextInt(2000));
                } else {
                    a.put("surfaceM2", 20 + random.nextInt(150)).put("rooms", 1 + random.nextInt(7));
                    String cls = String.valueOf((char) ('A' + random.nextInt(7)));
                    a.put("energyClass", cls).put("ghgClass", cls).put("annualEnergyCostMinCents", 50000)
                            .put("annualEnergyCostMaxCents", 90000).put("energyPriceReferenceYear", 2023);
                }
                if (rent) {
                    a.put("furnished", random.nextBoolean()).put("chargesCents", 2000).put("chargesMode", "FLAT_RATE");
                }
            }
            case 1 -> {
                String brand = BRANDS[random.nextInt(BRANDS.length)];
                ad.put("category", "VEHICLES").put("subcategory", "CAR").put("title", brand + " d'occasion")
                        .put("priceCents", 150000 + random.nextInt(3000000));
                a.put("brand", brand).put("model", "Modèle " + random.nextInt(5)).put("year", 2005 + random.nextInt(20))
                        .put("mileageKm", random.nextInt(250000))
                        .put("fuel", new String[]{"PETROL", "DIESEL", "ELECTRIC", "HYBRID"}[random.nextInt(4)])
                        .put("gearbox", random.nextBoolean() ? "MANUAL" : "AUTOMATIC");
            }
            default -> {
                ad.put("category", "GOODS").put("subcategory", random.nextBoolean() ? "HOME" : "BABY")
                        .put("title", "Objet numéro " + random.nextInt(1000))
                        .put("priceCents", random.nextInt(5) == 0 ? 0 : 100 + random.nextInt(100000));
                a.put("condition", new String[]{"NEW", "GOOD", "FAIR"}[random.nextInt(3)]);
            }
        }
        ad.set("attributes", a);
        return ad;
    }
}
