package org.steemdesk.app.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.steemdesk.app.account.OnChainAccounts;
import org.steemdesk.app.rewards.AutoClaimPolicy.Decision;
import org.steemdesk.app.rewards.AutoClaimSettings;
import org.steemdesk.app.rewards.AutoClaimer;
import org.steemdesk.app.settings.SettingsStore;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.vault.Vault;
import org.steemdesk.testnode.TestNode;

/** alice has 3.210 SBD and 1.065 STEEM worth of VESTS pending (WalletFixture). */
class AutoClaimerTest {
    private static final AccountName ALICE = AccountName.of("alice");

    private final Clock clock = Clock.systemUTC();

    @RegisterExtension
    final ExecutionDesk desk = new ExecutionDesk(clock);
    private SettingsStore settings;
    private AutoClaimer claimer;

    @BeforeEach
    void open() {
        settings = new SettingsStore(desk.cache());
        claimer = new AutoClaimer(desk.service(), new OnChainAccounts(desk.chain.api()), settings);
    }

    @Test
    void offByDefaultItNeitherAsksNorSends() {
        try (Vault vault = WalletFixture.vault(desk.dir, KeyRole.POSTING)) {
            assertThat(claimer.run(ALICE, vault).decision()).isEqualTo(Decision.DISABLED);
        }
        assertThat(desk.chain.node().received(TestNode.BROADCAST)).isEmpty();
    }

    @Test
    void onAndOverTheThresholdItClaimsTheExactPendingAmountsOnce() {
        new AutoClaimSettings(true, Asset.parse("1.000 STEEM"), Asset.parse("1.000 SBD")).save(settings);
        try (Vault vault = WalletFixture.vault(desk.dir, KeyRole.POSTING)) {
            var outcome = claimer.run(ALICE, vault);
            assertThat(outcome.decision()).isEqualTo(Decision.CLAIM);
            assertThat(outcome.txId()).isPresent();
        }
        assertThat(desk.chain.node().received(TestNode.BROADCAST)).singleElement().asString()
                .contains("claim_reward_balance", "3.210 SBD", "2063.456789 VESTS");
    }

    @Test
    void belowTheThresholdOrLockedNothingIsSent() {
        new AutoClaimSettings(true, Asset.parse("5.000 STEEM"), Asset.parse("5.000 SBD")).save(settings);
        try (Vault vault = WalletFixture.vault(desk.dir, KeyRole.POSTING)) {
            assertThat(claimer.run(ALICE, vault).decision()).isEqualTo(Decision.BELOW_THRESHOLD);
            new AutoClaimSettings(true, Asset.parse("0.000 STEEM"), Asset.parse("0.000 SBD")).save(settings);
            vault.lock();
            assertThat(claimer.run(ALICE, vault).decision()).isEqualTo(Decision.KEY_LOCKED);
        }
        assertThat(desk.chain.node().received(TestNode.BROADCAST)).isEmpty();
    }
}
