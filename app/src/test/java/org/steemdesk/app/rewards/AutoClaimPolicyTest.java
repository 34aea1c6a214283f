package org.steemdesk.app.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.rewards.AutoClaimPolicy.Decision;
import org.steemdesk.app.storage.CacheDatabase;
import org.steemdesk.app.settings.SettingsStore;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.rpc.model.Account;

class AutoClaimPolicyTest {

    final AutoClaimSettings on = new AutoClaimSettings(true, Asset.parse("10.000 STEEM"), Asset.parse("5.000 SBD"));

    /** The recorded 2022 account "inertia" (pending 56167.465221 VESTS worth 30.722 STEEM) with its rewards replaced. */
    static Account account(String steem, String sbd, String vests, String vestingSteem) throws Exception {
        try (InputStream in = AutoClaimPolicyTest.class.getResourceAsStream("/fixtures/get_accounts-2022.json")) {
            ObjectNode a = (ObjectNode) SteemJson.mapper().readTree(in).path("response").path("result").get(0);
            a.put("reward_steem_balance", steem);
            a.put("reward_sbd_balance", sbd);
            a.put("reward_vesting_balance", vests);
            a.put("reward_vesting_steem", vestingSteem);
            return SteemJson.mapper().treeToValue(a, Account.class);
        }
    }

    @Test
    void claimsWhenTheSteemPartIncludingPendingSpReachesTheThreshold() throws Exception {
        Account a = account("4.000 STEEM", "0.000 SBD", "11.000000 VESTS", "6.000 STEEM");
        assertThat(AutoClaimPolicy.decide(a, on, true)).isEqualTo(Decision.CLAIM);
        assertThat(AutoClaimPolicy.shouldClaim(a, on, true)).isTrue();
    }

    @Test
    void claimsWhenTheSbdPartReachesItsThreshold() throws Exception {
        assertThat(AutoClaimPolicy.decide(account("0.000 STEEM", "5.000 SBD", "0.000000 VESTS", "0.000 STEEM"), on,
                true)).isEqualTo(Decision.CLAIM);
    }

    @Test
    void waitsBelowTheThresholds() throws Exception {
        assertThat(AutoClaimPolicy.decide(account("4.000 STEEM", "4.999 SBD", "10.000000 VESTS", "5.999 STEEM"), on,
                true)).isEqualTo(Decision.BELOW_THRESHOLD);
    }

    @Test
    void neverWithoutAnUnlockedKeyNorWhenOffNorWithNothingPending() throws Exception {
        Account rich = account("100.000 STEEM", "100.000 SBD", "1.000000 VESTS", "1.000 STEEM");
        assertThat(AutoClaimPolicy.decide(rich, on, false)).isEqualTo(Decision.KEY_LOCKED);
        assertThat(AutoClaimPolicy.decide(rich, AutoClaimSettings.DEFAULTS, true)).isEqualTo(Decision.DISABLED);
        assertThat(AutoClaimPolicy.decide(account("0.000 STEEM", "0.000 SBD", "0.000000 VESTS", "0.000 STEEM"), on,
                true)).isEqualTo(Decision.NOTHING_PENDING);
    }

    @Test
    void theRecordedAccountsPendingSpIsAboveATenSteemThreshold() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/get_accounts-2022.json")) {
            Account inertia = SteemJson.mapper().treeToValue(
                    SteemJson.mapper().readTree(in).path("response").path("result").get(0), Account.class);
            assertThat(AutoClaimPolicy.decide(inertia, on, true)).isEqualTo(Decision.CLAIM);
        }
    }

    @Test
    void settingsAreStoredAndOffByDefault(@TempDir Path tmp) {
        try (CacheDatabase db = CacheDatabase.open(tmp.resolve("cache.db"))) {
            SettingsStore store = new SettingsStore(db);
            assertThat(AutoClaimSettings.load(store)).isEqualTo(AutoClaimSettings.DEFAULTS);
            assertThat(AutoClaimSettings.DEFAULTS.enabled()).isFalse();
            on.save(store);
            assertThat(AutoClaimSettings.load(store)).isEqualTo(on);
        }
    }
}
