package org.steemdesk.chain.rpc;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.testnode.Reply;
import org.steemdesk.testnode.TestNode;

/**
 * A condenser client on a fresh {@link TestNode} of its own, for the tests that read recorded answers: closed by
 * try-with-resources, or after each test when registered with {@code @RegisterExtension}.
 */
final class LoopbackApi implements AutoCloseable, AfterEachCallback {
    /** The account and post a request names: the recorded answer comes back whatever it names. */
    static final AccountName ALICE = new AccountName("alice");
    static final Permlink POST = new Permlink("post");
    private static final ObjectMapper MAPPER = SteemJson.mapper();
    /** One client for every test: each would otherwise keep its own idle threads for a minute. */
    private static final OkHttpClient CLIENT = HttpNode.defaultClient();

    final TestNode node = TestNode.start();
    final CondenserApi api = new CondenserApi(new HttpNode(node.url(), CLIENT, MAPPER), MAPPER);

    /** Every call is answered with {@code body} (whatever the method). */
    LoopbackApi answer(String body) {
        node.answerAll(Reply.body(body));
        return this;
    }

    /** Sends {@code request}, answered with the recorded response of {@code fixture}. */
    <T> T send(String fixture, Request<T> request) {
        node.answerAll(Reply.recorded(fixture));
        return request.send();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        node.close();
    }
}
