package annonces.listings;

import java.util.Arrays;
import java.util.List;

/** Each subcategory belongs to one category; their names do not overlap, so one enum serves all three. */
public enum Subcategory {
    SALE(Category.REAL_ESTATE), RENT(Category.REAL_ESTATE), VIAGER(Category.REAL_ESTATE),
    CAR(Category.VEHICLES), MOTORCYCLE(Category.VEHICLES), VAN(Category.VEHICLES), CARAVAN(Category.VEHICLES),
    PARTS(Category.VEHICLES),
    HOME(Category.GOODS), BABY(Category.GOODS), COLLECTION(Category.GOODS), DIY_GARDEN(Category.GOODS),
    ELECTRONICS(Category.GOODS), FASHION(Category.GOODS), LEISURE(Category.GOODS), OTHER(Category.GOODS);

    private final Category category;

    Subcategory(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }

    static List<Subcategory> of(Category category) {
        return Arrays.stream(values()).filter(s -> s.category == category).toList();
    }
}
