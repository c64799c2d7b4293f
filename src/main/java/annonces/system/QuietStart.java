package annonces.system;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;

/**
 * No ASCII-art banner on start: it goes straight to stdout, outside logging, and would be the only lines of
 * the prod log stream (one JSON object a line, logback-prod.xml) that a collector cannot parse.
 */
@ContextConfigurer
public class QuietStart implements ApplicationContextConfigurer {

    @Override
    public void configure(ApplicationContextBuilder builder) {
        builder.banner(false);
    }
}
