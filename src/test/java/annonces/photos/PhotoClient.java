package annonces.photos;

import annonces.Api;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The photo routes as a caller uses them: bytes up (raw or as a form), bytes down, the order. */
public final class PhotoClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final Api api;

    public PhotoClient(EmbeddedServer server) {
        this.base = server.getURI();
        this.api = new Api(server);
    }

    /** The image as the body, with the media type the caller claims. */
    public Api.Reply upload(String listingId, byte[] image, String mediaType, String token) {
        return send(HttpRequest.newBuilder(base.resolve("/api/v1/listings/" + listingId + "/photos"))
                .header("Content-Type", mediaType).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(image)));
    }

    public Api.Reply uploadJpeg(String listingId, byte[] image, String token) {
        return upload(listingId, image, "image/jpeg", token);
    }

    /** As a browser form sends it: {@code multipart/form-data} with the image in a part named {@code file}. */
    public Api.Reply uploadForm(String listingId, byte[] image, String fileName, String token) {
        String boundary = "----annonces" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(image);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(base.resolve("/api/v1/listings/" + listingId + "/photos"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public Api.Reply delete(String listingId, String photoId, String token) {
        return api.delete("/api/v1/listings/" + listingId + "/photos/" + photoId).token(token).send();
    }

    public Api.Reply reorder(String listingId, List<String> ids, String token) {
        return api.put("/api/v1/listings/" + listingId + "/photos/order", Map.of("ids", ids)).token(token).send();
    }

    /** A size as anyone (token null) or its owner fetches it. */
    public HttpResponse<byte[]> file(String url, String token, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Api.Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
