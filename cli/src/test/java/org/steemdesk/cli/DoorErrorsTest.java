package org.steemdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.wallet.WalletChain;
import org.steemdesk.app.wallet.WalletFixture;

/**
 * What the CLI says when a node misbehaves, the vault is exposed or damaged, or the input is wrong: one clear line in
 * the user's language that names the node and what it did, and never a secret typed by mistake.
 */
class DoorErrorsTest {
    private static final String WIF = "5JdeC9P7Pbd1uGdFVEsJ41EkEnADbbHGq6p1BwFxm6txNBsQnsw";
    private static final String PASSWORD = "P5KrzcBzA3Y7nwsGwfDGe3RTzUxVy9PgyW5m8d2XB9ciXpqyMmmn";

    @TempDir
    Path dir;

    private final List<AutoCloseable> nodes = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable node : nodes) {
            node.close();
        }
    }

    private WalletChain chain(Clock clock) {
        WalletChain chain = WalletFixture.chain(clock);
        nodes.add(chain);
        return chain;
    }

    private Path passwordFile() throws IOException {
        Path file = dir.resolve("vault.pw");
        Files.writeString(file, "cli-vault-password\n");
        return file;
    }

    private CliRun cli(String node, String... command) throws IOException {
        return cliIn("en", node, command);
    }

    private CliRun cliIn(String language, String node, String... command) throws IOException {
        List<String> all = new ArrayList<>(List.of("--lang", language, "--node", node, "--data-dir",
                dir.resolve("data").toString(), "--vault-password-file", passwordFile().toString()));
        all.addAll(List.of(command));
        return CliRun.of(all.toArray(String[]::new));
    }

    private void login(WalletChain chain) throws IOException {
        List<String> all = new ArrayList<>(List.of("--node", chain.url().toString(), "--data-dir",
                dir.resolve("data").toString(), "--vault-password-file", passwordFile().toString(), "keys", "login",
                "alice", "--password-stdin"));
        CliRun login = CliRun.withInput("P5alice-wallet-test-pass\n", all.toArray(String[]::new));
        assertThat(login.exitCode()).as(login.err()).isZero();
    }

    private static List<String> lines(CliRun run) {
        return run.err().lines().toList();
    }

    @Test
    void aSilentNodeIsNamedAndWhatItDidIsSaid() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        Socket s = silent.accept();
                        held.add(s);
                        InputStream in = s.getInputStream();
                        in.read(new byte[4096]);
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String node = "http://127.0.0.1:" + silent.getLocalPort();
            CliRun run = cli(node, "--timeout", "2s", "account", "show", "alice");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(lines(run)).singleElement().asString()
                    .isEqualTo("steemdesk: offline: account alice is not cached yet, and no node answered within 2 s: "
                            + node + " sent nothing for 1 s");
        }
    }

    @Test
    void aNodeSendingGarbageIsNamed() throws Exception {
        WalletChain chain = chain(Clock.systemUTC());
        chain.answerGarbage();
        CliRun run = cli(chain.url().toString(), "account", "show", "alice");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(lines(run)).singleElement().asString().startsWith("steemdesk: offline: account alice")
                .contains(chain.url().getHost() + ":" + chain.url().getPort())
                .endsWith("sent an answer that is not usable JSON-RPC");
    }

    @Test
    void aNodeInTheFutureSignsNothingAndKeepsTheVoteQueuedNamingTheNodeInBothLanguages() throws Exception {
        WalletChain future = chain(Clock.offset(Clock.systemUTC(), Duration.ofDays(365L * 75)));
        login(future);
        String node = future.url().toString();
        CliRun transfer = cli(node, "transfer", "bob", "1.000 STEEM");
        assertThat(transfer.exitCode()).isEqualTo(1);
        assertThat(lines(transfer)).singleElement().asString()
                .startsWith("steemdesk: no node answered: ").contains(future.url().getPort() + "")
                .contains("days ahead of this computer's clock, so it is not used to sign or judge")
                .endsWith("; nothing was signed or sent");
        assertThat(future.received(WalletChain.BROADCAST)).isEmpty();

        CliRun korean = cliIn("ko", node, "transfer", "bob", "1.000 STEEM");
        assertThat(korean.err()).contains("이 컴퓨터 시계보다").contains("서명하거나 보내지 않았습니다");

        CliRun vote = cli(node, "vote", "kimchi/seoul-noodle-trip");
        assertThat(vote.exitCode()).as(vote.err()).isZero();
        assertThat(vote.err()).startsWith("steemdesk: offline: no node answered: ")
                .contains("ahead of this computer's clock").contains("the vote is queued");
    }

    @Test
    void secretsTypedByMistakeAreNeverEchoed() throws Exception {
        for (String[] args : List.of(new String[] {"keys", "login", "alice", "--password", PASSWORD},
                new String[] {"keys", "login", "alice", "--password=" + PASSWORD},
                new String[] {"keys", "login", "alice", "--password", "hunter2"},
                new String[] {"keys", "login", "alice", "--password-stdin", "hunter2"},
                new String[] {"keys", "public", "--wif-file", WIF},
                new String[] {"--debug", "keys", "public", "--wif-file", WIF},
                new String[] {"transfer", WIF, "1.000 STEEM"},
                new String[] {"--debug", "transfer", PASSWORD, "1.000 STEEM"})) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isNotZero();
            assertThat(run.err() + run.out()).as(String.join(" ", args)).startsWith("steemdesk: ")
                    .doesNotContain(WIF).doesNotContain(PASSWORD).doesNotContain("hunter2")
                    .contains(Redaction.MASK);
        }
    }

    @Test
    void wrongInputIsOneClearLineAndNothingIsSent() throws Exception {
        WalletChain chain = chain(Clock.systemUTC());
        login(chain);
        String node = chain.url().toString();
        CliRun steem = cli(node, "delegate", "bob", "10 STEEM");
        assertThat(steem.exitCode()).isEqualTo(1);
        assertThat(steem.err()).contains("Steem Power is given in SP or VESTS");
        CliRun self = cli(node, "transfer", "alice", "1.000 STEEM");
        assertThat(self.exitCode()).isEqualTo(1);
        assertThat(self.err()).isEqualTo("steemdesk: an account cannot transfer to itself; nothing was sent (to set "
                + "funds aside, use `steemdesk savings deposit`)" + System.lineSeparator());
        CliRun badName = cli(node, "transfer", "Bob!", "1.000 STEEM");
        assertThat(badName.exitCode()).isEqualTo(1);
        assertThat(badName.err()).startsWith("steemdesk: invalid account name");
        CliRun timeout = cli(node, "--timeout", "5x", "account", "show", "alice");
        assertThat(timeout.exitCode()).isEqualTo(2);
        assertThat(timeout.err()).contains("--timeout").doesNotContain("Could not invoke");
        assertThat(chain.received(WalletChain.BROADCAST)).isEmpty();

        Path empty = Files.writeString(dir.resolve("empty.json"), "\n");
        for (String tool : List.of("inspect", "sign")) {
            CliRun run = tool.equals("sign") ? CliRun.of("tx", "sign", "--wif-file", "/nonexistent", empty.toString())
                    : CliRun.of("tx", "inspect", empty.toString());
            assertThat(run.exitCode()).as(tool).isEqualTo(1);
            assertThat(run.err()).as(tool).isEqualTo("steemdesk: " + empty + ": no transactions"
                    + System.lineSeparator());
        }
    }

    @Test
    void aVaultOthersCouldReadIsMadePrivateAndSaidOnceAndADamagedOneSaysSo() throws Exception {
        WalletChain chain = chain(Clock.systemUTC());
        login(chain);
        String node = chain.url().toString();
        Path vault = dir.resolve("data").resolve("vault.db");
        Files.setPosixFilePermissions(vault, PosixFilePermissions.fromString("rw-r--r--"));
        CliRun first = cli(node, "keys", "list");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(lines(first)).singleElement().asString().isEqualTo("steemdesk: warning: " + vault
                + " was readable by other users of this computer (rw-r--r--); it is now readable by you only");
        assertThat(Files.getPosixFilePermissions(vault)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(cli(node, "keys", "list").err()).isEmpty();

        byte[] whole = Files.readAllBytes(vault);
        Files.write(vault, java.util.Arrays.copyOf(whole, whole.length / 2));
        CliRun damaged = cli(node, "transfer", "bob", "1.000 STEEM");
        assertThat(damaged.exitCode()).isEqualTo(1);
        assertThat(damaged.err()).startsWith("steemdesk: wrong password or damaged vault");
        assertThat(chain.received(WalletChain.BROADCAST)).isEmpty();
    }
}
