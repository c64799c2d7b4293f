package annonces.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The public search. Parameters are checked on the event loop; a search answered a moment ago and still
 * current is sent from memory there too ({@link SearchAnswers}); any other runs on the blocking pool.
 */
@Controller("/api/v1/listings")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Search")
class SearchController {

    private final Search search;
    private final SearchAnswers answers;
    private final ObjectMapper json;
    private final Counter withText;
    private final Counter withoutText;

    SearchController(Search search, SearchAnswers answers, ObjectMapper json, MeterRegistry meters) {
        this.search = search;
        this.answers = answers;
        this.json = json;
        this.withText = searches(meters, true);
        this.withoutText = searches(meters, false);
    }

    private static Counter searches(MeterRegistry meters, boolean text) {
        return Counter.builder("annonces.searches").description("Searches answered, with free text (q) or filters only")
                .tag("text", Boolean.toString(text)).register(meters);
    }

    @Get
    @Operation(summary = "Search published ads",
            description = """
                    Free text (q) is French-aware: accents and case are ignored, plurals and inflections match, and a \
                    misspelt word finds its ads by similarity when the words match nothing. Filters combine; an unknown \
                    parameter or value is a 400 naming it. sort: relevance (default with q; ranks the newest 200 \
                    matches), newest (default without), price_asc, price_desc. limit 1 to 100 (default 20). Page with \
                    the nextCursor of the previous page: a page sequence shows the ads published up to its first page, \
                    so it neither repeats nor skips an ad. facets=true adds counts per category, subcategory and \
                    department, exact up to 10,000 matches and marked approximate beyond.""",
            parameters = {
                    @Parameter(name = "q", in = ParameterIn.QUERY, description = "free text"),
                    @Parameter(name = "category", in = ParameterIn.QUERY, description = "REAL_ESTATE, VEHICLES, GOODS"),
                    @Parameter(name = "subcategory", in = ParameterIn.QUERY),
                    @Parameter(name = "postcode", in = ParameterIn.QUERY),
                    @Parameter(name = "department", in = ParameterIn.QUERY, description = "code: 14, 2A, 974"),
                    @Parameter(name = "region", in = ParameterIn.QUERY, description = "code: 28 (Normandie)"),
                    @Parameter(name = "sellerType", in = ParameterIn.QUERY, description = "PRIVATE or PRO"),
                    @Parameter(name = "minPriceCents", in = ParameterIn.QUERY),
                    @Parameter(name = "maxPriceCents", in = ParameterIn.QUERY),
                    @Parameter(name = "propertyType", in = ParameterIn.QUERY),
                    @Parameter(name = "minSurfaceM2", in = ParameterIn.QUERY),
                    @Parameter(name = "minRooms", in = ParameterIn.QUERY),
                    @Parameter(name = "furnished", in = ParameterIn.QUERY),
                    @Parameter(name = "maxEnergyClass", in = ParameterIn.QUERY, description = "A to G: this class or better"),
                    @Parameter(name = "brand", in = ParameterIn.QUERY, description = "ignoring case"),
                    @Parameter(name = "fuel", in = ParameterIn.QUERY),
                    @Parameter(name = "gearbox", in = ParameterIn.QUERY),
                    @Parameter(name = "minYear", in = ParameterIn.QUERY),
                    @Parameter(name = "maxMileageKm", in = ParameterIn.QUERY),
                    @Parameter(name = "condition", in = ParameterIn.QUERY),
                    @Parameter(name = "sort", in = ParameterIn.QUERY),
                    @Parameter(name = "limit", in = ParameterIn.QUERY),
                    @Parameter(name = "cursor", in = ParameterIn.QUERY),
                    @Parameter(name = "facets", in = ParameterIn.QUERY)},
            responses = {
                    @ApiResponse(responseCode = "200", description = "a page of published ads",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                    schema = @Schema(implementation = SearchResult.class))),
                    @ApiResponse(responseCode = "400", description = "an unknown parameter or value, or a cursor of "
                            + "another search, named")})
    CompletableFuture<MutableHttpResponse<byte[]>> search(HttpRequest<?> request) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.getParameters().forEach((name, values) -> query.put(name, values));
        SearchCriteria criteria = SearchCriteria.parse(query);
        return answers.answer(criteria.answerKey(), () -> bytes(search.search(criteria))).thenApply(body -> {
            (criteria.q() == null ? withoutText : withText).increment();
            return HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE);
        });
    }

    private byte[] bytes(SearchResult result) {
        try {
            return json.writeValueAsBytes(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
