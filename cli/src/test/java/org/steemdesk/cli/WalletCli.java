package org.steemdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.steemdesk.app.wallet.WalletChain;

/**
 * The CLI of a user logged in as alice on a {@link WalletChain}: a data folder and a vault password file under a
 * test's folder, alice's keys stored from her master password, and the global options every command then takes.
 */
record WalletCli(String node, Path data, Path passwordFile) {

    /** Logs alice in ({@code keys login alice --password-stdin}) on {@code chain}, with a new vault under dir. */
    static WalletCli loggedIn(WalletChain chain, Path dir) {
        Path passwordFile = dir.resolve("vault.pw");
        try {
            Files.writeString(passwordFile, "cli-vault-password\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WalletCli cli = new WalletCli(chain.url().toString(), dir.resolve("data"), passwordFile);
        CliRun login = CliRun.withInput("P5alice-wallet-test-pass\n",
                cli.args("en", "keys", "login", "alice", "--password-stdin"));
        assertThat(login.exitCode()).as(login.err()).isZero();
        return cli;
    }

    /** The global options (node, data folder, vault password file, language), then {@code command}. */
    String[] args(String language, String... command) {
        List<String> all = new ArrayList<>(List.of("--lang", language, "--node", node, "--data-dir", data.toString(),
                "--vault-password-file", passwordFile.toString()));
        all.addAll(List.of(command));
        return all.toArray(String[]::new);
    }
}
