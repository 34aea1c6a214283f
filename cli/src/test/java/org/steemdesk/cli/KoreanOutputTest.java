package org.steemdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.rewards.RewardFixture;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.storage.DataDirectory;
import org.steemdesk.app.wallet.WalletChain;
import org.steemdesk.app.wallet.WalletFixture;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.testnode.TestNode;

/**
 * The CLI's last English lines (issue 14 item 16) in Korean: with {@code --lang ko} each command's output has Hangul
 * and no English words but names, units and chain terms; the English output is checked byte for byte elsewhere.
 */
class KoreanOutputTest {
    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
    /** What stays as it is in Korean: units, the product, chain and command names. */
    private static final Set<String> KEPT = Set.of("STEEM", "SBD", "VESTS", "UTC", "steemdesk", "Steemdesk", "http",
            "flush", "queue", "owner", "active", "posting", "memo", "AMOUNT", "cancel", "help", "STM", "RC");

    @TempDir
    Path dir;

    CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--lang", "ko", "--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    /** The English words of {@code text} other than {@link #KEPT} and the {@code names} the test used. */
    static List<String> englishWords(String text, String... names) {
        List<String> found = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (!KEPT.contains(word) && !List.of(names).contains(word)) {
                found.add(word);
            }
        }
        return found;
    }

    static void assertKorean(String text, String... names) {
        assertThat(HANGUL.matcher(text).find()).as(text).isTrue();
        assertThat(englishWords(text, names)).as(text).isEmpty();
    }

    @Test
    void voteAndQueueLinesAreKorean() {
        String offline = "http://127.0.0.1:9/";
        CliRun vote = run("--node", offline, "--account", "alice", "vote", "kimchi/seoul-noodle-trip", "--weight",
                "12.5%", "--at-age", "15m");
        CliRun list = run("queue", "list");
        CliRun cancel = run("queue", "cancel", "1");
        CliRun again = run("queue", "cancel", "1");

        assertThat(vote.exitCode()).as(vote.err()).isZero();
        assertThat(vote.out()).startsWith("#1 alice → kimchi/seoul-noodle-trip 12.5%: 대기 중");
        assertKorean(vote.out() + list.out() + cancel.out(), "alice", "kimchi", "seoul", "noodle", "trip");
        assertThat(cancel.out()).contains("취소됨").doesNotContain("cancelled");
        assertThat(again.err()).isEqualTo("steemdesk: #1 보팅은 이제 취소할 수 없습니다: 상태 취소됨"
                + System.lineSeparator());
    }

    @Test
    void theRewardsTableIsKorean() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("data").resolve(DataDirectory.CACHE_FILE))) {
            RewardFixture.load(db);
        }
        CliRun rewards = run("--account", "jenkinrocket", "rewards", "--by", "month");

        assertThat(rewards.exitCode()).as(rewards.err()).isZero();
        assertThat(rewards.out()).contains("기간", "큐레이션 SP", "합계").doesNotContain("PERIOD", "TOTAL");
        assertKorean(rewards.out(), "jenkinrocket", "account", "show");
    }

    @Test
    void nodesListIsKorean() {
        CliRun nodes = run("--node", "http://127.0.0.1:9/", "nodes", "list");

        assertThat(nodes.exitCode()).as(nodes.err()).isZero();
        assertThat(nodes.out()).contains("아직 확인하지 않음").doesNotContain("not checked");
        assertKorean(nodes.out());
    }

    @Test
    void theCurationTrailIsKorean() throws IOException {
        try (TestNode node = CurationCommandsTest.accountsNode()) {
            CliRun add = run("--node", node.url().toString(), "--account", "bob", "curation", "trail", "add", "alice",
                    "--weight", "30%");
            CliRun list = run("--node", node.url().toString(), "--account", "bob", "curation", "trail", "list");
            CliRun settings = run("--account", "bob", "curation", "trail", "settings", "--daily-cap", "5");

            assertThat(add.exitCode()).as(add.err()).isZero();
            assertThat(list.out()).contains("큐레이션 트레일", "작가").doesNotContain("Curation trail", "since");
            assertKorean(add.out() + list.out() + settings.out(), "bob", "alice");
        }
    }

    @Test
    void keysImportSaysStoredInKorean() throws IOException {
        try (WalletChain chain = WalletFixture.chain(Clock.systemUTC())) {
            Path wif = dir.resolve("posting.wif");
            PrivateKey key = WalletChain.key("alice", KeyRole.POSTING);
            try {
                Files.writeString(wif, new String(key.toWif()));
            } finally {
                key.destroy();
            }
            Path password = Files.writeString(dir.resolve("vault-password"), "vault-test-password");
            CliRun stored = run("--node", chain.url().toString(), "--vault-password-file", password.toString(),
                    "keys", "import", "alice", "--role", "posting", "--wif-file", wif.toString());

            assertThat(stored.exitCode()).as(stored.err()).isZero();
            assertThat(stored.out()).contains("금고에 저장했습니다").doesNotContain("Stored");
            assertThat(stored.err()).contains("금고가 없어").doesNotContain("No vault yet");
            assertKorean((stored.out() + stored.err()).replaceAll("STM\\w+", "").replace(dir.resolve("data").toString(), ""),
                    "alice");
        }
    }

    @Test
    void powerdownUsageIsKorean() {
        CliRun run = run("powerdown");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("AMOUNT와 --cancel").doesNotContain("give either");
        assertKorean(run.err());
    }
}
