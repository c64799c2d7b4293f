package annonces;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

@OpenAPIDefinition(
        info = @Info(title = "annonces", version = "v1",
                description = "Classifieds (\"Petites Annonces\") for a French regional news site: sellers post and "
                        + "manage ads, the news site embeds published ones, admins moderate. Money is in euro cents; "
                        + "every error is an RFC 9457 problem document (application/problem+json).",
                license = @License(name = "Reference data: ODbL and Licence Ouverte, see geo/NOTICE.md")),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
