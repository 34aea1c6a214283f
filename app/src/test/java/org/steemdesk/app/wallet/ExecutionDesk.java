package org.steemdesk.app.wallet;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.chain.protocol.ChainId;

/**
 * A {@link WalletService} on a {@link WalletChain} with a {@code cache.db} in the test's folder: the set-up the tests
 * that execute plans share ({@code @RegisterExtension}). The cache opens when first asked for, so a {@code @TempDir}
 * field of the test can be passed as {@code () -> dir}; it and the chain are closed after each test.
 */
final class ExecutionDesk implements AfterEachCallback {
    final WalletChain chain;
    private final Clock clock;
    private final Supplier<Path> dir;
    private CacheDatabase cache;

    ExecutionDesk(Clock clock, Supplier<Path> dir) {
        this.chain = WalletFixture.chain(clock);
        this.clock = clock;
        this.dir = dir;
    }

    CacheDatabase cache() {
        if (cache == null) {
            cache = CacheDatabase.open(dir.get().resolve("cache.db"));
        }
        return cache;
    }

    /** A wallet on the chain and the cache, signing for mainnet. */
    WalletService service() {
        return new WalletService(chain.reader(), cache(), ChainId.MAINNET, clock);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (cache != null) {
            cache.close();
        }
        chain.close();
    }
}
