package org.steemdesk.app.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steemdesk.app.wallet.WalletFixture.ALICE;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.steemdesk.app.wallet.WalletException.Reason;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.memo.MemoCipher;
import org.steemdesk.keystore.vault.Vault;

/**
 * A {@link WalletPlanner} on a {@link WalletChain}, planning as alice with a new vault in the test's folder, and the
 * chain closed after each test: the set-up the planner tests share ({@code @RegisterExtension}). The folder is read
 * when a vault is made, so a {@code @TempDir} field of the test can be passed as {@code () -> dir}.
 */
final class PlanningDesk implements AfterEachCallback {
    final WalletChain chain;
    final WalletPlanner planner;
    private final Supplier<Path> dir;

    PlanningDesk(WalletChain chain, Supplier<Path> dir) {
        this.chain = chain;
        this.planner = new WalletPlanner(chain.api(), new MemoCipher(new SecureRandom()));
        this.dir = dir;
    }

    /** A new, unlocked vault with alice's {@code roles}. */
    Vault vault(KeyRole... roles) {
        return WalletFixture.vault(dir.get(), roles);
    }

    /** Alice's plan, signed from a vault with {@code roles}; an owner-key request has no vault (it is never stored). */
    WalletPlan plan(WalletRequest request, KeyRole... roles) {
        if (request.role() == KeyRole.OWNER) {
            return planner.plan(ALICE, request, null);
        }
        try (Vault vault = vault(roles)) {
            return planner.plan(ALICE, request, vault);
        }
    }

    /** The request is refused for {@code reason} with exactly {@code details}, and nothing is broadcast. */
    void assertRefused(WalletRequest request, Reason reason, String... details) {
        assertThatThrownBy(() -> plan(request, KeyRole.ACTIVE)).isInstanceOfSatisfying(WalletException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.details()).containsExactly(details);
        });
        assertThat(chain.received(WalletChain.BROADCAST)).isEmpty();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        chain.close();
    }
}
