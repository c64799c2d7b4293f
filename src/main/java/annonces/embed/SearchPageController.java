package annonces.embed;

import annonces.listings.Category;
import annonces.search.PublicSearch;
import annonces.system.InvalidInputException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code /annonces}: the reader's search, where "Voir toutes les annonces" leads. A small form in French words
 * (free text, category, a postcode or a department, prices in euros) over the API's search, its rules and its
 * cursor; a page already rendered for the same search is answered from memory until a public ad changes.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Embed")
class SearchPageController {

    private static final int PER_PAGE = 24;
    private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
    private static final Pattern DEPARTMENT = Pattern.compile("(?i)\\d{2,3}|2[ab]");
    private static final Pattern EUROS = Pattern.compile("\\d{1,9}");
    /** The form's fields; anything else in the address is ignored, as a browser's page would. */
    private static final Set<String> FORM_ERRORS = Set.of("lieu", "Prix min", "Prix max");
    private static final List<String> FIELDS = List.of("q", "category", "lieu", "prixMin", "prixMax", "cursor");

    private final PublicSearch search;
    private final Showcase showcase;
    private final RenderedPages pages;
    private final Templates templates;
    private final InlineAssets assets;
    private final String cacheControl;
    private final String policy;

    SearchPageController(PublicSearch search, Showcase showcase, RenderedPages pages, Templates templates,
                         InlineAssets assets, EmbedSettings settings) {
        this.search = search;
        this.showcase = showcase;
        this.pages = pages;
        this.templates = templates;
        this.assets = assets;
        this.cacheControl = PageHeaders.cacheControl(settings);
        this.policy = PageHeaders.pagePolicy(assets);
    }

    @Get(uri = "/annonces", produces = MediaType.TEXT_HTML)
    @Operation(summary = "The readers' search page (HTML)",
            description = "q, category, lieu (a postcode or a department), prixMin and prixMax in euros, cursor: "
                    + "the public search of GET /api/v1/listings, newest first (by relevance with q), 24 a page.")
    CompletableFuture<MutableHttpResponse<?>> page(HttpRequest<?> request) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = request.getParameters().get(field);
            form.put(field, value == null ? "" : value.strip());
        }
        Map<String, List<String>> query;
        String key;
        try {
            query = query(form);
            key = "search|" + search.key(query);
        } catch (InvalidInputException e) {
            return CompletableFuture.completedFuture(refused(form, e));
        }
        return pages.block(key, () -> {
            PublicSearch.Page found = search.page(query);
            return templates.html("search", Map.of("page", model(form, found.ads().stream().map(showcase::card).toList(),
                    found.nextCursor() == null ? null : next(form, found.nextCursor()), null), "style", assets.pageStyle));
        }).thenApply(page -> PageHeaders.send(request, page, cacheControl).header("Content-Security-Policy", policy));
    }

    /** The API's parameters for the form's fields. */
    private static Map<String, List<String>> query(Map<String, String> form) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        put(query, "q", form.get("q"));
        put(query, "category", form.get("category"));
        String place = form.get("lieu");
        if (POSTCODE.matcher(place).matches()) {
            put(query, "postcode", place);
        } else if (DEPARTMENT.matcher(place).matches()) {
            put(query, "department", place.toUpperCase(Locale.ROOT));
        } else if (!place.isEmpty()) {
            throw new InvalidInputException("lieu", "Lieu : un code postal (14000) ou un département (14, 2A).");
        }
        put(query, "minPriceCents", cents(form.get("prixMin"), "Prix min"));
        put(query, "maxPriceCents", cents(form.get("prixMax"), "Prix max"));
        put(query, "cursor", form.get("cursor"));
        put(query, "limit", Integer.toString(PER_PAGE));
        return query;
    }

    private static String cents(String euros, String label) {
        if (euros.isEmpty()) {
            return "";
        }
        String digits = euros.replace(" ", "").replace("\u00A0", "");
        if (!EUROS.matcher(digits).matches()) {
            throw new InvalidInputException(label, label + " : un nombre d'euros, sans centimes (15000).");
        }
        return Long.toString(Long.parseLong(digits) * 100);
    }

    private static void put(Map<String, List<String>> query, String name, String value) {
        if (value != null && !value.isEmpty()) {
            query.put(name, List.of(value));
        }
    }

    private MutableHttpResponse<?> refused(Map<String, String> form, InvalidInputException e) {
        // The form's own fields are explained in French; anything else the API refused is named as it said it.
        String why = e.errors().stream().map(f -> FORM_ERRORS.contains(f.field()) ? f.message()
                : "Cette recherche n'est pas valable (" + f.field() + " : " + f.message() + ").")
                .collect(Collectors.joining(" "));
        Rendered page = templates.html("search", Map.of("page", model(form, List.of(), null, why), "style",
                assets.pageStyle));
        return PageHeaders.uncached(HttpStatus.BAD_REQUEST, page, policy);
    }

    private static SearchPage model(Map<String, String> form, List<AdCard> ads, String nextUrl, String error) {
        List<SearchPage.Choice> categories = new ArrayList<>();
        for (Category c : Category.values()) {
            categories.add(new SearchPage.Choice(c.name(), c.label(), c.name().equals(form.get("category"))));
        }
        return new SearchPage(form.get("q"), form.get("category"), form.get("lieu"), form.get("prixMin"),
                form.get("prixMax"), categories, ads, nextUrl, error);
    }

    /** The same search, one page further. */
    private static String next(Map<String, String> form, String cursor) {
        Map<String, String> next = new LinkedHashMap<>(form);
        next.put("cursor", cursor);
        return "/annonces?" + next.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
