package annonces.photos;

import annonces.accounts.Caller;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * A published ad's photo already in memory is answered on the event loop, with no thread hop and no query
 * ({@link PhotoFiles#kept}); anything else is checked against the database on the blocking pool.
 */
@Controller("/photos")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Photos")
class PhotoFileController {

    private static final MediaType JPEG = MediaType.of("image/jpeg");

    private final PhotoFiles files;
    private final BeanProvider<ExecutorService> blocking;

    PhotoFileController(PhotoFiles files, @Named(TaskExecutors.BLOCKING) BeanProvider<ExecutorService> blocking) {
        this.files = files;
        this.blocking = blocking;
    }

    @Get("/{photoId}/{file}")
    @Operation(operationId = "photoFile", summary = "One size of a photo",
            description = "file = thumbnail.jpg (320 px on the long side), medium.jpg (800) or large.jpg (1600), "
                    + "never enlarged. A photo of a published ad is for anyone, cached for a year (its bytes never "
                    + "change: new bytes are a new photo); of any other ad, only for its owner and admins "
                    + "(bearer token), never kept by a shared cache. 404 otherwise. ETag and If-None-Match (304).")
    CompletableFuture<MutableHttpResponse<byte[]>> file(@PathVariable String photoId, @PathVariable String file,
                                                        @Nullable Authentication authentication,
                                                        @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        if (authentication == null) {
            PhotoFiles.File kept = files.kept(photoId, file);
            if (kept != null) {
                return CompletableFuture.completedFuture(respond(kept, ifNoneMatch));
            }
        }
        Optional<Caller> caller = Optional.ofNullable(authentication).map(Caller::of);
        return CompletableFuture.supplyAsync(() -> respond(files.read(photoId, file, caller), ifNoneMatch),
                blocking.get());
    }

    private static MutableHttpResponse<byte[]> respond(PhotoFiles.File found, @Nullable String ifNoneMatch) {
        String cacheControl = found.published() ? PhotoFiles.IMMUTABLE : "private, no-cache";
        if (found.etag().equals(ifNoneMatch)) {
            return HttpResponse.<byte[]>status(HttpStatus.NOT_MODIFIED).header(HttpHeaders.ETAG, found.etag())
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        // Shown in the news sites' pages (the JSON block): readable across origins, and never sniffed as anything else.
        return HttpResponse.ok(found.jpeg()).contentType(JPEG).header(HttpHeaders.ETAG, found.etag())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl).header("X-Content-Type-Options", "nosniff")
                .header("Cross-Origin-Resource-Policy", "cross-origin");
    }
}
