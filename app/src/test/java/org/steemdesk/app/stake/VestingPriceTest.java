package org.steemdesk.app.stake;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

class VestingPriceTest {
    /** Totals from a real node's dynamic global properties (../shared/fixtures). */
    private final VestingPrice price = new VestingPrice(Asset.parse("150699988.193 STEEM"),
            Asset.parse("283918139943.616774 VESTS"));

    @Test
    void roundsDownBothWaysAsSteemdDoes() {
        // steemd: asset * price in 128-bit integers, truncated (asset.cpp operator*), base VESTS, quote STEEM.
        Asset vests = price.toVests(Asset.steem("10.000"));
        assertThat(vests).isEqualTo(Asset.parse("18839.957676 VESTS"));
        assertThat(price.toSteem(vests)).isEqualTo(Asset.steem("9.999"));
    }

    @Test
    void theSpThatBuysTheseVestsIsWhatTheUserTyped() {
        Asset vests = price.toVests(Asset.steem("10.000"));
        assertThat(price.steemBuying(vests)).contains(Asset.steem("10.000"));
        assertThat(price.steemShown(vests)).isEqualTo(Asset.steem("10.000"));
    }

    @Test
    void vestsNoSpAmountBuysAreShownAtTheirValueRoundedDown() {
        Asset vests = price.toVests(Asset.steem("10.000")).minus(Asset.of(1, AssetSymbol.VESTS));
        assertThat(price.steemBuying(vests)).isEmpty();
        assertThat(price.steemShown(vests)).isEqualTo(Asset.steem("9.999"));
    }

    @Test
    void aPriceThatMovedNoLongerFindsTheTypedAmount() {
        Asset vests = price.toVests(Asset.steem("10.000"));
        VestingPrice later = new VestingPrice(Asset.parse("150800000.000 STEEM"),
                Asset.parse("283918139943.616774 VESTS"));
        assertThat(later.steemBuying(vests)).isEmpty();
        assertThat(later.steemShown(vests)).isEqualTo(later.toSteem(vests));
    }

    @Property
    void everyTypedAmountComesBack(@ForAll @LongRange(min = 1, max = 1_000_000_000_000L) long milliSteem) {
        Asset steem = Asset.of(milliSteem, AssetSymbol.STEEM);
        assertThat(price.steemBuying(price.toVests(steem))).contains(steem);
    }
}
