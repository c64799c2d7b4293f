package annonces.photos;

import annonces.accounts.Caller;
import annonces.listings.ListingPhoto;
import annonces.listings.ListingView;
import annonces.system.InvalidInputException;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

@Controller("/api/v1/listings/{id}/photos")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Photos")
class PhotoController {

    private static final String RULES = "JPEG, PNG or WebP, recognised by their content whatever the declared type; "
            + "at most 10 MB and 40 megapixels (read from the header, before decoding), at least 100 x 100 pixels; "
            + "at most 10 photos an ad and 60 uploads an hour. Refusals: 400 (unreadable or truncated file, "
            + "too small, 11th photo), 413 (too many bytes or pixels), 415 (not an image), 429 (too many uploads). "
            + "Every photo is decoded, turned upright (EXIF orientation) and re-encoded in three sizes: "
            + "no metadata of the file survives. A published ad goes back to moderation.";

    private final Photos photos;

    PhotoController(Photos photos) {
        this.photos = photos;
    }

    @Post(consumes = {"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "addPhoto", summary = "Add a photo to an ad",
            description = "The image as the body, or a form (multipart/form-data) with the image in the part named "
                    + "file. 201 with the photo, Location its large size. " + RULES,
            responses = {
                    @ApiResponse(responseCode = "201", description = "the photo, last in the ad's order",
                            content = @Content(schema = @Schema(implementation = ListingView.Photo.class))),
                    @ApiResponse(responseCode = "400", description = "an unreadable, truncated or tiny image; an 11th photo"),
                    @ApiResponse(responseCode = "404", description = "no such ad of the caller's"),
                    @ApiResponse(responseCode = "413", description = "over 10 MB or 40 megapixels"),
                    @ApiResponse(responseCode = "415", description = "not a JPEG, PNG or WebP image"),
                    @ApiResponse(responseCode = "429", description = "over the hourly allowance, Retry-After")})
    HttpResponse<ListingView.Photo> upload(Authentication authentication, @PathVariable String id,
                                           @Body byte[] image) {
        return created(id, photos.upload(Caller.of(authentication), id, image));
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "addPhoto", summary = "Add a photo to an ad",
            description = "The image as the body, or a form (multipart/form-data) with the image in the part named "
                    + "file. 201 with the photo, Location its large size. " + RULES,
            responses = @ApiResponse(responseCode = "201", description = "the photo, last in the ad's order",
                    content = @Content(schema = @Schema(implementation = ListingView.Photo.class))))
    HttpResponse<ListingView.Photo> uploadForm(Authentication authentication, @PathVariable String id,
                                               @Nullable @Part("file") CompletedFileUpload file) {
        if (file == null) {
            throw new InvalidInputException("file", "a form upload carries the image in a part named file");
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return created(id, photos.upload(Caller.of(authentication), id, bytes));
    }

    @Delete("/{photoId}")
    @Operation(operationId = "deletePhoto", summary = "Delete a photo",
            description = "Owner or admin; 204. Its bytes are removed shortly after.",
            responses = @ApiResponse(responseCode = "204", description = "deleted"))
    HttpResponse<Void> delete(Authentication authentication, @PathVariable String id, @PathVariable String photoId) {
        photos.delete(Caller.of(authentication), id, photoId);
        return HttpResponse.noContent();
    }

    /** Every photo of the ad, once each, in the order to show them. */
    @Introspected
    record PhotoOrder(@NotNull @Size(max = 10) List<String> ids) {
    }

    @Put("/order")
    @Operation(operationId = "orderPhotos", summary = "Order the photos", description = "{\"ids\": [...]}: every photo of the ad once, first shown "
            + "first (the card's picture). 200 with the photos in their new order.")
    List<ListingView.Photo> reorder(Authentication authentication, @PathVariable String id,
                                    @Valid @Body PhotoOrder order) {
        return photos.reorder(Caller.of(authentication), id, order.ids()).stream().map(ListingView.Photo::of).toList();
    }

    private static HttpResponse<ListingView.Photo> created(String listingId, ListingPhoto photo) {
        return HttpResponse.created(ListingView.Photo.of(photo), URI.create(photo.url("large")));
    }
}
