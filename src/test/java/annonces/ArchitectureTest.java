package annonces;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The house rules of dependencies between features, kept true by the build. */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("annonces");
    }

    @Test
    void listingsNeverDependOnModerationSearchConversationsPhotosOrTheEmbed() {
        noClasses().that().resideInAPackage("annonces.listings..")
                .should().dependOnClassesThat().resideInAnyPackage("annonces.moderation..", "annonces.search..",
                        "annonces.embed..", "annonces.conversations..", "annonces.photos..")
                .allowEmptyShould(true).check(main);
    }

    @Test
    void nothingDependsOnTheEmbed() {
        noClasses().that().resideOutsideOfPackage("annonces.embed..")
                .should().dependOnClassesThat().resideInAPackage("annonces.embed..")
                .allowEmptyShould(true).check(main);
    }

    @Test
    void accountsKnowNothingOfAds() {
        noClasses().that().resideInAPackage("annonces.accounts..")
                .should().dependOnClassesThat().resideInAnyPackage("annonces.listings..", "annonces.moderation..",
                        "annonces.search..", "annonces.embed..")
                .check(main);
    }

    @Test
    void geoAndSystemDependOnNoFeature() {
        noClasses().that().resideInAnyPackage("annonces.geo..", "annonces.system..")
                .should().dependOnClassesThat().resideInAnyPackage("annonces.accounts..", "annonces.listings..",
                        "annonces.moderation..", "annonces.search..", "annonces.embed..")
                .check(main);
    }

    /** Moderation looks at conversations (flags, reports); conversations never look back. */
    @Test
    void conversationsNeverDependOnModerationSearchOrTheEmbed() {
        noClasses().that().resideInAPackage("annonces.conversations..")
                .should().dependOnClassesThat().resideInAnyPackage("annonces.moderation..", "annonces.search..",
                        "annonces.embed..")
                .check(main);
    }

    /** Photos hang off an ad: moderation compares their hashes, the embed and search show them; never the reverse. */
    @Test
    void photosNeverDependOnModerationSearchConversationsOrTheEmbed() {
        noClasses().that().resideInAPackage("annonces.photos..")
                .should().dependOnClassesThat().resideInAnyPackage("annonces.moderation..", "annonces.search..",
                        "annonces.embed..", "annonces.conversations..")
                .check(main);
    }

    /** Demo data sits on top of the service, which runs the same without it. */
    @Test
    void nothingDependsOnTheDemoData() {
        noClasses().that().resideOutsideOfPackage("annonces.seeds..")
                .should().dependOnClassesThat().resideInAPackage("annonces.seeds..")
                .check(main);
    }

    /** Mail carries what features write; it knows none of them. */
    @Test
    void mailDependsOnNoFeature() {
        noClasses().that().resideInAPackage("annonces.mail..")
                .should().dependOnClassesThat().resideInAnyPackage("annonces.accounts..", "annonces.listings..",
                        "annonces.moderation..", "annonces.search..", "annonces.embed..", "annonces.conversations..")
                .check(main);
    }

    @Test
    void searchOnlyReads() {
        noClasses().that().resideInAPackage("annonces.search..")
                .should().callMethod(annonces.listings.ListingRepository.class, "save", Object.class)
                .orShould().callMethod(annonces.listings.ListingRepository.class, "update", Object.class)
                .orShould().dependOnClassesThat().haveSimpleName("Listings")
                .check(main);
    }

    @Test
    void controllersNeverRunJdbcOnTheEventLoop() {
        classes().that().areAnnotatedWith(Controller.class)
                .and().resideOutsideOfPackages("annonces.embed..", "annonces.search..")
                .and().doNotHaveFullyQualifiedName("annonces.photos.PhotoFileController")
                .should().beAnnotatedWith(ExecuteOn.class).check(main);
    }

    /**
     * The embed, search and the photo files answer from memory on the event loop (no thread hop); a page, an
     * answer or a photo that must be read goes through RenderedPages, SearchAnswers or PhotoFiles to the
     * blocking pool, never through JDBC in the controller.
     */
    @Test
    void controllersAnsweringOnTheEventLoopReachTheDatabaseOnlyThroughTheirCaches() {
        noClasses().that().resideInAnyPackage("annonces.embed..", "annonces.search..")
                .or().haveFullyQualifiedName("annonces.photos.PhotoFileController")
                .and().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().haveFullyQualifiedName("io.micronaut.data.jdbc.runtime.JdbcOperations")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.sql.DataSource")
                .check(main);
    }

    @Test
    void theEmbedOnlyReads() {
        noClasses().that().resideInAPackage("annonces.embed..")
                .should().dependOnClassesThat().haveSimpleName("Listings")
                .orShould().dependOnClassesThat().haveSimpleName("ListingRepository")
                .check(main);
    }

    @Test
    void namesComeFromTheDomainNotFromFrameworkHabits() {
        noClasses().that().resideInAPackage("annonces..")
                .should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper").orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils").orShould().haveSimpleNameEndingWith("DTO")
                .check(main);
    }
}
