package org.steemdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.steemdesk.app.wallet.WalletChain;
import org.steemdesk.app.wallet.WalletFixture;
import org.steemdesk.testnode.Reply;

/**
 * A transfer whose outcome stays unclear, as the user meets it: the line says it stays in the outbox, the same
 * transfer asked again is not signed again, {@code outbox list} shows it, {@code outbox settle} and every command
 * that talks to a node settle it, and asked again once landed it is reported as sent rather than sent twice.
 */
class OutboxCommandsTest {
    @RegisterExtension
    final LoggedInWallet wallet = new LoggedInWallet(WalletFixture.chain(Clock.systemUTC()));
    private final WalletChain chain = wallet.chain;

    private String[] args(String... command) {
        return wallet.args("en", command);
    }

    /**
     * The next broadcasts end unclear: a TaPoS error proves nothing (the node may lag; others may take the same
     * bytes), so each delivery leaves the transaction open, at once and without the pool's retries.
     */
    private void unclearFor(int broadcasts) {
        for (int i = 0; i < broadcasts; i++) {
            chain.thenBroadcast(Reply.body("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":"
                    + "{\"code\":-32000,\"message\":\"transaction tapos exception: ref block unknown\","
                    + "\"data\":{\"code\":3020000,\"name\":\"transaction_tapos_exception\"}}}"));
        }
    }

    private String unclearTransfer() {
        unclearFor(3);
        CliRun unclear = CliRun.of(args("transfer", "bob", "1.000 STEEM"));
        assertThat(unclear.exitCode()).isEqualTo(1);
        assertThat(unclear.err()).startsWith("steemdesk: transaction ").contains("stays in the outbox")
                .contains("steemdesk outbox settle");
        String txId = unclear.err().substring("steemdesk: transaction ".length()).substring(0, 40);
        assertThat(txId).matches("[0-9a-f]{40}");
        return txId;
    }

    @Test
    void anUnclearTransferIsListedNotSignedAgainAndSettledByOutboxSettle() {
        String txId = unclearTransfer();

        CliRun listed = CliRun.of(args("outbox", "list", "--unsettled"));
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out().strip()).matches("#1\t\\S+\talice\ttransfer\\(from=alice, to=bob, "
                + "amount=1\\.000 STEEM\\)\tsent-unclear\t" + txId);

        unclearFor(1);
        CliRun again = CliRun.of(args("transfer", "bob", "1.000 STEEM"));
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err().lines().filter(l -> l.startsWith("steemdesk: ")).toList()).singleElement()
                .satisfies(line -> assertThat(line).contains("transfer(from=alice, to=bob, amount=1.000 STEEM)")
                        .contains("still unsettled").contains(txId).contains("nothing new was signed")
                        .contains("`steemdesk outbox settle`"));
        assertThat(again.out()).doesNotContain("transfer for alice");

        CliRun settled = CliRun.of(args("outbox", "settle"));
        assertThat(settled.exitCode()).as(settled.err()).isZero();
        assertThat(settled.out()).contains("confirmed\t" + txId);
        CliRun json = CliRun.of(args("--json", "outbox", "list"));
        JsonNode doc = CliRunJson.parse(json.out().strip()).path("transactions");
        assertThat(doc).hasSize(1);
        assertThat(doc.get(0).path("state").asText()).isEqualTo("confirmed");
        assertThat(doc.get(0).path("operations").get(0).get(0).asText()).isEqualTo("transfer");
        assertThat(chain.appliedCount()).isEqualTo(1);

        // The user has now been told it landed: the same transfer asked again is a second one, and it goes.
        CliRun second = CliRun.of(args("--json", "transfer", "bob", "1.000 STEEM"));
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(chain.appliedCount()).isEqualTo(2);
    }

    @Test
    void askedAgainOnceTheNodeIsBackTheTransferIsReportedAsSentNotSentTwice() {
        String txId = unclearTransfer();
        CliRun again = CliRun.of(args("--json", "transfer", "bob", "1.000 STEEM"));
        assertThat(again.exitCode()).as(again.err()).isZero();
        JsonNode doc = CliRunJson.parse(again.out().strip());
        assertThat(doc.path("tx_id").asText()).isEqualTo(txId);
        assertThat(doc.path("sent_earlier").asBoolean()).isTrue();
        assertThat(doc.path("operations").get(0).get(0).asText()).isEqualTo("transfer");
        assertThat(again.err()).contains("is on chain (transaction " + txId + ")").contains("nothing new was signed");
        assertThat(chain.appliedCount()).isEqualTo(1);
    }

    @Test
    void aCommandThatTalksToANodeSettlesTheOutboxFirstAndSaysSo() {
        String txId = unclearTransfer();
        CliRun flush = CliRun.of(args("queue", "flush"));
        assertThat(flush.err()).contains("steemdesk: outbox: transfer(from=alice, to=bob, amount=1.000 STEEM)")
                .contains("is on chain (transaction " + txId + ")");
        assertThat(chain.appliedCount()).isEqualTo(1);
        CliRun quiet = CliRun.of(args("queue", "flush"));
        assertThat(quiet.err()).doesNotContain("outbox");
    }

    @Test
    void anEmptyOutboxSaysSo() {
        assertThat(CliRun.of(args("outbox", "list")).out()).contains("The outbox is empty");
        assertThat(CliRun.of(args("outbox", "settle")).out()).contains("Nothing in the outbox is unsettled");
        assertThat(CliRun.of(args("outbox", "list", "--limit", "0")).exitCode()).isEqualTo(1);
    }
}
