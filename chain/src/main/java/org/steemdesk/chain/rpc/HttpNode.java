package org.steemdesk.chain.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** One JSON-RPC node over HTTP POST. No retries here: that is {@link NodePool}'s job. */
public final class HttpNode implements RpcService {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final URI url;
    private final OkHttpClient client;
    private final ObjectMapper mapper;

    public HttpNode(URI url, OkHttpClient client, ObjectMapper mapper) {
        this.url = Objects.requireNonNull(url, "url");
        this.client = Objects.requireNonNull(client, "client");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * An OkHttp client with timeouts suited to public Steem nodes: a node that takes longer than this is better
     * skipped for the next one.
     */
    public static OkHttpClient defaultClient() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(15))
                .writeTimeout(Duration.ofSeconds(15))
                .callTimeout(Duration.ofSeconds(30))
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
            return read(request, response);
        } catch (IOException e) {
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
                    future.complete(read(request, response));
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

    private <T> T read(Request<T> request, Response response) throws IOException {
        int status = response.code();
        ResponseBody body = response.body();
        String text = body.string();
        if (status >= 500 || status == 429 || status == 408) {
            throw TransportException.httpStatus(url, status);
        }
        JsonNode envelope;
        try {
            envelope = mapper.readTree(text);
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
        return request.readResult(url, envelope.get("result"));
    }

    @Override
    public String toString() {
        return "HttpNode[" + url + "]";
    }
}
