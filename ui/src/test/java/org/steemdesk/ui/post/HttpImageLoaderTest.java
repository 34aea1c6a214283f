package org.steemdesk.ui.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.work.Work;
import org.steemdesk.ui.Background;

/** The HTTP client (whose TLS set-up is slow) is made at the first image, on a worker: never at start-up. */
class HttpImageLoaderTest {
    private final Background background = new Background(Work.threaded(), Runnable::run);

    @AfterEach
    void close() {
        background.close();
    }

    @Test
    void theClientIsAskedForAtTheFirstImageOnAWorker() {
        List<Thread> askedOn = new ArrayList<>();
        var loader = new HttpImageLoader(() -> {
            synchronized (askedOn) {
                askedOn.add(Thread.currentThread());
            }
            return new OkHttpClient();
        }, background, 1024);
        assertThat(askedOn).isEmpty();

        // A refused port: the load fails, but the client was asked for, off this thread.
        Throwable failure = catchThrowable(() -> loader.load(URI.create("http://127.0.0.1:9/a.png"), 100).join());
        assertThat(failure).isNotNull();
        assertThat(askedOn).hasSize(1).doesNotContain(Thread.currentThread());
    }
}
