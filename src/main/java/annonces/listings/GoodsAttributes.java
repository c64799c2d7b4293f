package annonces.listings;

import annonces.system.FieldError;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

@Introspected
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GoodsAttributes(@Nullable ItemCondition condition) implements ListingAttributes {

    @Override
    public List<FieldError> check(Subcategory subcategory, long priceCents) {
        return new Checks().require("condition", condition, "(NEW, LIKE_NEW, GOOD, FAIR or FOR_PARTS)").errors();
    }

    @Override
    public ListingAttributes normalized(Subcategory subcategory) {
        return this;
    }
}
