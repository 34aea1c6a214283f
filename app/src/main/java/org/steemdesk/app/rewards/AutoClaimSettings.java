package org.steemdesk.app.rewards;

import java.util.Objects;
import org.steemdesk.app.settings.SettingsStore;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/**
 * Opt-in automatic claiming: off unless the user turns it on. Pending rewards are claimed once their STEEM part
 * (liquid plus the SP value of pending VESTS) reaches {@code steemThreshold}, or their SBD part {@code sbdThreshold}.
 */
public record AutoClaimSettings(boolean enabled, Asset steemThreshold, Asset sbdThreshold) {

    static final String ENABLED = "rewards.auto_claim.enabled";
    static final String STEEM_THRESHOLD = "rewards.auto_claim.steem_threshold";
    static final String SBD_THRESHOLD = "rewards.auto_claim.sbd_threshold";

    public static final AutoClaimSettings DEFAULTS =
            new AutoClaimSettings(false, Asset.parse("1.000 STEEM"), Asset.parse("1.000 SBD"));

    public AutoClaimSettings {
        Objects.requireNonNull(steemThreshold, "steemThreshold");
        Objects.requireNonNull(sbdThreshold, "sbdThreshold");
        if (steemThreshold.symbol() != AssetSymbol.STEEM || sbdThreshold.symbol() != AssetSymbol.SBD) {
            throw new IllegalArgumentException("auto-claim thresholds are a STEEM and an SBD amount, got "
                    + steemThreshold + " and " + sbdThreshold);
        }
        if (steemThreshold.isNegative() || sbdThreshold.isNegative()) {
            throw new IllegalArgumentException("auto-claim thresholds cannot be negative");
        }
    }

    public static AutoClaimSettings load(SettingsStore settings) {
        return new AutoClaimSettings(
                settings.get(ENABLED).map(Boolean::parseBoolean).orElse(DEFAULTS.enabled()),
                settings.get(STEEM_THRESHOLD).map(Asset::parse).orElse(DEFAULTS.steemThreshold()),
                settings.get(SBD_THRESHOLD).map(Asset::parse).orElse(DEFAULTS.sbdThreshold()));
    }

    public void save(SettingsStore settings) {
        settings.put(ENABLED, Boolean.toString(enabled));
        settings.put(STEEM_THRESHOLD, steemThreshold.toString());
        settings.put(SBD_THRESHOLD, sbdThreshold.toString());
    }
}
