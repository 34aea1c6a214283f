package org.steemdesk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.steemdesk.app.wallet.WalletChain;

/**
 * Alice logged in on a {@link WalletChain} before each test, in a folder of her own, and the chain closed and the
 * folder removed after it: the set-up the wallet command tests share (registered with {@code @RegisterExtension},
 * so it runs before the test's own {@code @BeforeEach}, as their login did).
 */
final class LoggedInWallet implements BeforeEachCallback, AfterEachCallback {
    final WalletChain chain;
    private Path dir;
    private WalletCli cli;

    LoggedInWallet(WalletChain chain) {
        this.chain = chain;
    }

    /** The global options of alice's CLI in {@code language}, then {@code command}. */
    String[] args(String language, String... command) {
        return cli.args(language, command);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("steemdesk-cli-wallet");
        cli = WalletCli.loggedIn(chain, dir);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        chain.close();
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(LoggedInWallet::delete);
            }
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
