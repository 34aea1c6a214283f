package org.steemdesk.chain.rpc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/** An OkHttp client whose interceptor records each request body and answers with a canned response, offline. */
final class CannedHttp implements Interceptor {
    private final List<String> requestBodies = new ArrayList<>();
    private volatile String responseBody = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":null}";

    OkHttpClient client() {
        return new OkHttpClient.Builder().addInterceptor(this).build();
    }

    void answer(String body) {
        this.responseBody = body;
    }

    /** A condenser client that sends through this canned transport. */
    CondenserApi api() {
        return new CondenserApi(new HttpNode(java.net.URI.create("http://node.test"), client(),
                org.steemdesk.chain.json.SteemJson.mapper()), org.steemdesk.chain.json.SteemJson.mapper());
    }

    /** Sends {@code request}, answered with the recorded response of {@code fixture}. */
    <T> T send(String fixture, Request<T> request) {
        answer(Fixtures.responseBody(fixture));
        return request.send();
    }

    synchronized List<String> requestBodies() {
        return List.copyOf(requestBodies);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Buffer buffer = new Buffer();
        chain.request().body().writeTo(buffer);
        synchronized (this) {
            requestBodies.add(buffer.readUtf8());
        }
        return new Response.Builder()
                .request(chain.request())
                .protocol(Protocol.HTTP_1_1)
                .code(200)
                .message("OK")
                .body(ResponseBody.create(responseBody, MediaType.get("application/json")))
                .build();
    }
}
