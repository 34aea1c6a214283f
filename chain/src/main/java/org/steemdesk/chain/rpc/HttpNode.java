package org.steemdesk.chain.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * One JSON-RPC node over HTTP POST. No retries here: that is {@link NodePool}'s job. An answer larger than the size
 * cap is refused as it streams in, so a node sending 50 MB costs at most the cap in memory and time.
 */
public final class HttpNode implements RpcService {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final long READ_CHUNK = 8192;

    /** An answer: the typed result and the {@code result} member it was read from. */
    record Reply<T>(T value, JsonNode result) {}

    private final URI url;
    private final OkHttpClient client;
    private final ObjectMapper mapper;
    private final long maxResponseBytes;

    public HttpNode(URI url, OkHttpClient client, ObjectMapper mapper) {
        this(url, client, mapper, RequestLimits.DEFAULTS.maxResponseBytes());
    }

    public HttpNode(URI url, OkHttpClient client, ObjectMapper mapper, long maxResponseBytes) {
        this.url = Objects.requireNonNull(url, "url");
        this.client = Objects.requireNonNull(client, "client");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.maxResponseBytes = maxResponseBytes;
    }

    /**
     * An OkHttp client with timeouts suited to public Steem nodes: a node that takes longer than this is better
     * skipped for the next one. A {@link NodePool} replaces the read timeout and the call timeout with its
     * {@link RequestLimits}.
     */
    public static OkHttpClient defaultClient() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(RequestLimits.DEFAULTS.idleTimeout())
                .writeTimeout(Duration.ofSeconds(15))
                .callTimeout(RequestLimits.DEFAULTS.readDeadline())
                // A broadcast's retry is decided by NodePool, which knows when re-sending is safe.
                .retryOnConnectionFailure(false)
                .build();
    }

    public URI url() {
        return url;
    }

    @Override
    public <T> T send(Request<T> request) {
        try (Response response = newCall(request).execute()) {
            return read(request, response).value();
        } catch (IOException e) {
            throw TransportException.io(url, e);
        }
    }

    /**
     * Sends with a budget for the whole exchange (connecting, waiting, reading the body): a node that drips bytes
     * fails when the budget is spent, one that sends nothing for the client's read timeout fails sooner.
     */
    <T> Reply<T> exchange(Request<T> request, Duration budget) {
        Call call = newCall(request);
        call.timeout().timeout(Math.max(1, budget.toMillis()), TimeUnit.MILLISECONDS);
        long started = System.nanoTime();
        try (Response response = call.execute()) {
            return read(request, response);
        } catch (IOException e) {
            if (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)
                    || System.nanoTime() - started >= budget.toNanos()) {
                throw TransportException.slow(url, budget, e);
            }
            if (e instanceof SocketTimeoutException && !String.valueOf(e.getMessage()).toLowerCase()
                    .contains("connect")) {
                throw TransportException.silent(url, Duration.ofMillis(client.readTimeoutMillis()), e);
            }
            throw TransportException.io(url, e);
        }
    }

    @Override
    public <T> CompletableFuture<T> sendAsync(Request<T> request) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Call call = newCall(request);
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call c, IOException e) {
                future.completeExceptionally(TransportException.io(url, e));
            }

            @Override
            public void onResponse(Call c, Response response) {
                try (response) {
                    future.complete(read(request, response).value());
                } catch (IOException e) {
                    future.completeExceptionally(TransportException.io(url, e));
                } catch (RpcException e) {
                    future.completeExceptionally(e);
                }
            }
        });
        future.whenComplete((value, error) -> {
            if (future.isCancelled()) {
                call.cancel();
            }
        });
        return future;
    }

    private Call newCall(Request<?> request) {
        okhttp3.Request http = new okhttp3.Request.Builder()
                .url(url.toString())
                .post(RequestBody.create(request.body(), JSON))
                .build();
        return client.newCall(http);
    }

    private <T> Reply<T> read(Request<T> request, Response response) throws IOException {
        int status = response.code();
        Buffer body = boundedBody(response.body());
        if (status >= 500 || status == 429 || status == 408) {
            throw TransportException.httpStatus(url, status);
        }
        JsonNode envelope;
        try {
            envelope = mapper.readTree(body.inputStream());
        } catch (JsonProcessingException e) {
            throw TransportException.malformed(url, "not JSON (HTTP " + status + ")", e);
        }
        if (envelope == null || !envelope.isObject()) {
            throw TransportException.malformed(url, "not a JSON-RPC object (HTTP " + status + ")", null);
        }
        JsonNode error = envelope.get("error");
        if (error != null && !error.isNull()) {
            throw NodeErrorException.fromJson(error);
        }
        if (status != 200) {
            throw TransportException.httpStatus(url, status);
        }
        if (!envelope.has("result")) {
            throw TransportException.malformed(url, "neither result nor error", null);
        }
        JsonNode result = envelope.get("result");
        return new Reply<>(request.readResult(url, result), result);
    }

    /** The body, counted as it arrives: over the cap, reading stops (and the connection is dropped). */
    private Buffer boundedBody(ResponseBody body) throws IOException {
        if (body.contentLength() > maxResponseBytes) {
            throw TransportException.tooLarge(url, maxResponseBytes);
        }
        Buffer buffer = new Buffer();
        BufferedSource source = body.source();
        while (source.read(buffer, READ_CHUNK) != -1) {
            if (buffer.size() > maxResponseBytes) {
                buffer.clear();
                throw TransportException.tooLarge(url, maxResponseBytes);
            }
        }
        return buffer;
    }

    @Override
    public String toString() {
        return "HttpNode[" + url + "]";
    }
}
