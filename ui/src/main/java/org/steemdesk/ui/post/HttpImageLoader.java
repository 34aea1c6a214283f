package org.steemdesk.ui.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.scene.image.Image;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.steemdesk.ui.Background;

/**
 * Loads post images over HTTP on the background executor, refusing any larger than {@code maxBytes} (posts link
 * images from anywhere; one huge file must not fill the memory).
 */
public final class HttpImageLoader implements ImageLoader {
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

    private final Supplier<OkHttpClient> client;
    private final Background background;
    private final long maxBytes;

    public HttpImageLoader(OkHttpClient client, Background background, long maxBytes) {
        this(() -> client, background, maxBytes);
    }

    /**
     * @param client asked for on the background executor at the first image, not before: making an OkHttpClient sets
     *     up TLS (the JDK's trust store read and parsed), which took 1.8-2.7 s of a loaded machine's start on the FX
     *     thread before the first frame
     */
    public HttpImageLoader(Supplier<OkHttpClient> client, Background background, long maxBytes) {
        this.client = client;
        this.background = background;
        this.maxBytes = maxBytes;
    }

    @Override
    public CompletableFuture<Image> load(URI url, double maxWidth) {
        return background.supply(() -> {
            var request = new Request.Builder().url(url.toString()).build();
            try (var response = client.get().newCall(request).execute()) {
                var body = response.body();
                if (!response.isSuccessful() || body.contentLength() > maxBytes) {
                    throw new IOException("image not loaded: HTTP " + response.code() + ", "
                            + body.contentLength() + " bytes");
                }
                byte[] bytes = readCapped(body.byteStream());
                var image = new Image(new ByteArrayInputStream(bytes), maxWidth, 0, true, true);
                if (image.isError()) {
                    throw new IOException("not an image: " + url);
                }
                return image;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private byte[] readCapped(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > maxBytes) {
                throw new IOException("image larger than " + maxBytes + " bytes");
            }
        }
        return out.toByteArray();
    }
}
