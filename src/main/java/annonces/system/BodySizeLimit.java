package annonces.system;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;

import java.util.regex.Pattern;

/**
 * One megabyte of body for every route but photo uploads. Micronaut has one limit for the whole server
 * ({@code micronaut.server.max-request-size}), set high enough for a photo and its multipart envelope; this
 * keeps the JSON routes at the limit they had, refusing by the declared length before anything is read.
 * A chunked body without a length is still held to the server's limit.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class BodySizeLimit {

    static final long JSON_LIMIT = 1024 * 1024;
    private static final Pattern PHOTO_UPLOAD = Pattern.compile("^/api/v1/listings/[^/]+/photos/?$");

    private final ErrorResponseProcessor<?> problems;

    BodySizeLimit(ErrorResponseProcessor<?> problems) {
        this.problems = problems;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        long length = request.getContentLength();
        if (length <= JSON_LIMIT || PHOTO_UPLOAD.matcher(request.getPath()).matches()) {
            return null;
        }
        return problems.processResponse(ErrorContext.builder(request)
                .errorMessage("A request body is at most 1 MB here (" + length + " bytes sent); only photo uploads "
                        + "may be larger").build(), HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE));
    }
}
