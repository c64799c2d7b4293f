package annonces.embed;

import io.micronaut.context.ApplicationContext;

/**
 * For tests outside this package: how many blocks and pages an instance rendered rather than served from
 * memory ({@link RenderedPages#renders()}).
 */
public final class Renders {

    private Renders() {
    }

    public static long on(ApplicationContext instance) {
        return instance.getBean(RenderedPages.class).renders();
    }
}
