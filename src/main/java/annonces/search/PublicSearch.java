package annonces.search;

import annonces.listings.Listing;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/**
 * The public search for the features that render its results themselves (the reader's search page): the same
 * parameters, the same refusals and the same SQL as {@code GET /api/v1/listings}, with the rows instead of
 * their JSON.
 */
@Singleton
public class PublicSearch {

    private final Search search;

    PublicSearch(Search search) {
        this.search = search;
    }

    /** A page of ads, and the cursor of the next one (null on the last). */
    public record Page(List<Listing> ads, @Nullable String nextCursor) {
    }

    /**
     * What identifies this search's answer: equal keys, equal answers while no public ad changes.
     *
     * @throws annonces.system.InvalidInputException for a parameter or value the API would refuse, named
     */
    public String key(Map<String, List<String>> query) {
        return SearchCriteria.parse(query).answerKey();
    }

    /** Blocking: reads the search's read pool. */
    public Page page(Map<String, List<String>> query) {
        Search.Found found = search.find(SearchCriteria.parse(query));
        return new Page(found.rows(), found.nextCursor());
    }
}
