package annonces.system;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import io.micronaut.context.env.PropertySource;

import java.util.Map;

/**
 * The {@code read} datasource (search traffic, which may go to a PostgreSQL replica) defaults to the primary:
 * its URL and credentials refer to {@code datasources.default.*}, wherever those come from (the environment,
 * a configuration file, the embedded database). The references sit in a property source of the lowest
 * precedence, so that {@code DATASOURCES_READ_URL} and any other {@code datasources.read.*} win.
 */
@ContextConfigurer
public final class ReadDataSourceDefaults implements ApplicationContextConfigurer {

    static final int LOWEST_PRECEDENCE = Integer.MIN_VALUE + 1000;

    @Override
    public void configure(ApplicationContextBuilder builder) {
        builder.propertySources(PropertySource.of("read-datasource-defaults", Map.of(
                "datasources.read.url", "${datasources.default.url}",
                "datasources.read.username", "${datasources.default.username:}",
                "datasources.read.password", "${datasources.default.password:}"), LOWEST_PRECEDENCE));
    }
}
