package org.steemdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.steemdesk.app.broadcast.NodeTransactionSender;
import org.steemdesk.app.broadcast.TransactionFactory;
import org.steemdesk.app.node.AccountHistoryStatusLookup;
import org.steemdesk.app.node.NodePostLookup;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.node.NodeVoteSigner;
import org.steemdesk.app.node.NodeVotingManaLookup;
import org.steemdesk.app.outbox.Outbox;
import org.steemdesk.app.outbox.OutboxDelivery;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.vote.FlushReport;
import org.steemdesk.app.vote.VoteQueue;
import org.steemdesk.app.vote.VoteQueueFlusher;
import org.steemdesk.app.vote.VoteRequest;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.ChainId;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.NodePool;
import org.steemdesk.keystore.vault.Argon2idParameters;
import org.steemdesk.keystore.vault.Vault;
import org.steemdesk.keystore.vault.VaultSettings;

/**
 * Flushing 100 queued votes to a loopback node (mockwebserver3): for each vote the post lookup (get_content and the
 * head block), signing with the vault's posting key against the head block, storing the signed transaction and the
 * SENDING state before sending, the broadcast, and settling the intent. The node accepts every broadcast; the
 * chain's one-vote-per-3-seconds rule is a property of the chain, not of this client, and is left out.
 * Target: at most 2 s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class VoteFlushBenchmark {
    static final int VOTES = 100;
    static final AccountName VOTER = AccountName.of("alice");

    private final MockWebServer server = new MockWebServer();
    private Path dir;
    private Vault vault;
    private NodeReader reader;
    private CacheDatabase db;
    private VoteQueueFlusher flusher;
    private int round;

    @Setup(Level.Trial)
    public void startNode() throws IOException {
        server.setServerSocketFactory(new NoDelayServerSockets());
        server.setDispatcher(new LoopbackNode());
        server.start(0);
        dir = Files.createTempDirectory("steemdesk-bench");
        vault = Vault.create(dir.resolve("vault.db"), "bench".toCharArray(), new VaultSettings(
                new Argon2idParameters(64, 1, 1), Duration.ofHours(1), Clock.systemUTC(), new SecureRandom()));
        vault.put(VOTER, KeyRole.POSTING, PrivateKey.fromSeed("bench posting key".getBytes()));
        reader = new NodeReader(NodePool.create(List.of(server.url("/").uri())), SteemJson.mapper());
    }

    /** A fresh queue of 100 votes before each measured flush. */
    @Setup(Level.Iteration)
    public void queueVotes() {
        db = CacheDatabase.open(dir.resolve("cache-" + round++ + ".db"));
        Outbox outbox = new Outbox(db);
        VoteQueue queue = new VoteQueue(db, outbox);
        for (int i = 0; i < VOTES; i++) {
            queue.record(VoteRequest.now(VOTER, AccountName.of("author" + i % 10), Permlink.of("post-" + i), 10_000),
                    Instant.now());
        }
        OutboxDelivery delivery = new OutboxDelivery(outbox, new NodeTransactionSender(reader.api()),
                new AccountHistoryStatusLookup(reader, List.of(VOTER)));
        NodeVoteSigner signer = new NodeVoteSigner(reader, new TransactionFactory(reader.api(),
                TransactionFactory.DEFAULT_LIFETIME), ChainId.MAINNET, vault);
        flusher = new VoteQueueFlusher(db, queue, outbox, delivery, signer, new NodePostLookup(reader),
                new NodeVotingManaLookup(reader), Clock.systemUTC());
    }

    @Benchmark
    public FlushReport flush100Votes() {
        FlushReport report = flusher.flush();
        if (report.count(FlushReport.Kind.SENT) != VOTES) {
            throw new IllegalStateException("expected " + VOTES + " votes sent: " + report);
        }
        return report;
    }

    @TearDown(Level.Iteration)
    public void closeQueue() {
        db.close();
    }

    @TearDown(Level.Trial)
    public void stopNode() throws IOException {
        vault.close();
        server.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Head block at the current time, every post 1 hour old and open for votes, every broadcast accepted. */
    static final class LoopbackNode extends Dispatcher {
        private long block = 60_000_000;

        @Override
        public synchronized MockResponse dispatch(RecordedRequest request) {
            try {
                JsonNode body = SteemJson.mapper().readTree(request.getBody().utf8());
                ObjectNode envelope = SteemJson.mapper().createObjectNode().put("jsonrpc", "2.0")
                        .put("id", body.path("id").asLong());
                Instant now = Instant.now();
                switch (body.path("method").asText()) {
                    case "condenser_api.get_dynamic_global_properties" -> {
                        block++;
                        byte[] id = new byte[20];
                        id[0] = (byte) (block >>> 24);
                        id[1] = (byte) (block >>> 16);
                        id[2] = (byte) (block >>> 8);
                        id[3] = (byte) block;
                        envelope.putObject("result").put("head_block_number", block)
                                .put("head_block_id", HexFormat.of().formatHex(id)).put("time", time(now))
                                .put("current_witness", "bench").put("total_vesting_fund_steem", "1000.000 STEEM")
                                .put("total_vesting_shares", "2000.000000 VESTS");
                    }
                    case "condenser_api.get_content" -> envelope.putObject("result")
                            .put("id", 1).put("author", body.path("params").path(0).asText())
                            .put("permlink", body.path("params").path(1).asText())
                            .put("created", time(now.minus(Duration.ofHours(1))))
                            .put("cashout_time", time(now.plus(Duration.ofDays(6))));
                    case "condenser_api.broadcast_transaction_synchronous" -> envelope.putObject("result")
                            .put("id", "0".repeat(40)).put("block_num", block).put("trx_num", 0).put("expired", false);
                    default -> {
                        return new MockResponse.Builder().code(500).body("not served").build();
                    }
                }
                return new MockResponse.Builder().code(200).body(envelope.toString()).build();
            } catch (IOException e) {
                return new MockResponse.Builder().code(500).body(e.toString()).build();
            }
        }

        private static String time(Instant t) {
            return t.toString().substring(0, 19);
        }
    }
}
