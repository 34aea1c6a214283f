package org.steemdesk.app.wallet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.chain.protocol.ChainId;

/**
 * A {@link WalletService} on a {@link WalletChain} with a {@code cache.db} in a folder of the test's own (for its
 * vaults too): the set-up the tests that execute plans share ({@code @RegisterExtension}). The cache opens when first
 * asked for; it and the chain are closed, and the folder deleted, after each test.
 */
final class ExecutionDesk implements AfterEachCallback {
    final WalletChain chain;
    final Path dir;
    private final Clock clock;
    private CacheDatabase cache;

    ExecutionDesk(Clock clock) {
        this.chain = WalletFixture.chain(clock);
        this.clock = clock;
        try {
            this.dir = Files.createTempDirectory("wallet-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CacheDatabase cache() {
        if (cache == null) {
            cache = CacheDatabase.open(dir.resolve("cache.db"));
        }
        return cache;
    }

    /** A wallet on the chain and the cache, signing for mainnet. */
    WalletService service() {
        return new WalletService(chain.reader(), cache(), ChainId.MAINNET, clock);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (cache != null) {
            cache.close();
        }
        chain.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
