package annonces.embed;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

/**
 * {@code annonces.widget.cache}: blocks and ad pages answered from memory ({@code result=hit}) or rendered
 * from the database ({@code result=render}). Read at scrape time from the counts {@link RenderedPages} keeps
 * anyway, so that a page view costs nothing more.
 */
@Singleton
class EmbedMetrics implements MeterBinder {

    private static final String DESCRIPTION = "Blocks and ad pages served from memory (hit) or rendered (render)";

    /**
     * Looked up at scrape time: the pages' blocking pool is itself measured, so the registry that binds this
     * binder cannot wait for the pages to exist.
     */
    private final Provider<RenderedPages> pages;

    EmbedMetrics(Provider<RenderedPages> pages) {
        this.pages = pages;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        FunctionCounter.builder("annonces.widget.cache", this, m -> m.pages.get().hits()).description(DESCRIPTION)
                .tag("result", "hit").register(meters);
        FunctionCounter.builder("annonces.widget.cache", this, m -> m.pages.get().renders()).description(DESCRIPTION)
                .tag("result", "render").register(meters);
    }
}
