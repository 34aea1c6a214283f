package org.steemdesk.app.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.stake.PowerDownPlan;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.wallet.WalletException.Reason;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;

/** Amount input, SP↔VESTS conversion and the power-down schedule, without a node. */
class AmountTextTest {
    private static final Set<AssetSymbol> LIQUID = EnumSet.of(AssetSymbol.STEEM, AssetSymbol.SBD);
    private static final VestingPrice PRICE = new VestingPrice(Asset.parse("160000000.000 STEEM"),
            Asset.parse("310000000000.000000 VESTS"));

    @Test
    void acceptsWhatPeopleType() {
        Set<AssetSymbol> steem = EnumSet.of(AssetSymbol.STEEM);
        assertThat(AmountText.liquid("1", steem)).isEqualTo(Asset.parse("1.000 STEEM"));
        assertThat(AmountText.liquid("1.5", steem)).isEqualTo(Asset.parse("1.500 STEEM"));
        assertThat(AmountText.liquid("1.500 STEEM", LIQUID)).isEqualTo(Asset.parse("1.500 STEEM"));
        assertThat(AmountText.liquid("2 SBD", LIQUID)).isEqualTo(Asset.parse("2.000 SBD"));
        assertThat(AmountText.liquid(" 0.001 steem ", LIQUID)).isEqualTo(Asset.parse("0.001 STEEM"));
        assertThat(AmountText.stake("10 SP")).isEqualTo(StakeAmount.sp(Asset.parse("10.000 STEEM")));
        assertThat(AmountText.stake("10.000 SP").toString()).isEqualTo("10.000 SP");
        assertThat(AmountText.stake("10")).isEqualTo(StakeAmount.sp(Asset.parse("10.000 STEEM")));
        assertThat(AmountText.stake("20000.5 VESTS")).isEqualTo(StakeAmount.vests(Asset.parse("20000.500000 VESTS")));
        assertThat(AmountText.stake("0").isZero()).isTrue();
    }

    @Test
    void refusesWhatIsAmbiguousOrTooPrecise() {
        for (String bad : List.of("1.0001 STEEM", "1.0000", "1", "abc", "-1 STEEM", "0 STEEM", "1 VESTS", "1 DOGE",
                "1.5.5 SBD", "")) {
            assertThatThrownBy(() -> AmountText.liquid(bad, LIQUID)).as(bad)
                    .isInstanceOfSatisfying(WalletException.class, e -> assertThat(e.reason())
                            .isEqualTo(Reason.INVALID_AMOUNT));
        }
        assertThatThrownBy(() -> AmountText.liquid("1.0001 STEEM", LIQUID)).hasMessageContaining("more than 3 decimals");
        assertThatThrownBy(() -> AmountText.liquid("1", LIQUID)).hasMessageContaining("1 STEEM or 1 SBD");
        for (String bad : List.of("1.0001 SP", "1.0000001 VESTS", "1 SBD", "-1 SP", "10 STEEM", "10 steem")) {
            assertThatThrownBy(() -> AmountText.stake(bad)).as(bad).isInstanceOf(WalletException.class);
        }
        // "delegate bob 10 STEEM": liquid STEEM is not Steem Power, and the message says what to do instead.
        assertThatThrownBy(() -> AmountText.stake("10 STEEM")).hasMessageContaining("SP or VESTS")
                .hasMessageContaining("power it up first");
    }

    @Test
    void spAndVestsConvertBothWaysAtTheChainsPrice() {
        // 1 STEEM = 310000000000 / 160000000 = 1937.5 VESTS
        assertThat(StakeAmount.sp(Asset.parse("10.000 STEEM")).toVests(PRICE)).isEqualTo(Asset.parse("19375.000000 VESTS"));
        assertThat(PRICE.toSteem(Asset.parse("4000000.000000 VESTS"))).isEqualTo(Asset.parse("2064.516 STEEM"));
        assertThat(StakeAmount.vests(Asset.parse("1.000000 VESTS")).toVests(PRICE)).isEqualTo(Asset.parse("1.000000 VESTS"));
    }

    @Test
    void powerDownRateRoundsUpSoItNeverTakesAnExtraWeek() {
        PowerDownPlan four = new PowerDownPlan(Asset.parse("1000.000001 VESTS"), 4);
        assertThat(four.weeklyRate()).isEqualTo(Asset.parse("250.000001 VESTS"));
        assertThat(four.instalments()).containsExactly(Asset.parse("250.000001 VESTS"), Asset.parse("250.000001 VESTS"),
                Asset.parse("250.000001 VESTS"), Asset.parse("249.999998 VESTS"));
        PowerDownPlan thirteen = new PowerDownPlan(Asset.parse("1300.000000 VESTS"), 13);
        assertThat(thirteen.weeklyRate()).isEqualTo(Asset.parse("100.000000 VESTS"));
        assertThat(thirteen.instalments()).hasSize(13);
        // tiny power downs: at least 1 unit a week, so fewer weeks
        assertThat(new PowerDownPlan(Asset.parse("0.000002 VESTS"), 4).instalments()).hasSize(2);
    }

    @Property
    void instalmentsAddUpToTheTotalInAtMostTheChainsIntervals(@ForAll @LongRange(min = 1, max = 1_000_000_000_000_000L) long total,
            @ForAll @IntRange(min = 1, max = 104) int intervals) {
        PowerDownPlan plan = new PowerDownPlan(Asset.of(total, AssetSymbol.VESTS), intervals);
        List<Asset> payments = plan.instalments();
        assertThat(payments.stream().mapToLong(Asset::amount).sum()).isEqualTo(total);
        assertThat(payments).hasSizeLessThanOrEqualTo(intervals);
        assertThat(payments).allSatisfy(p -> assertThat(p.amount()).isBetween(1L, plan.weeklyRate().amount()));
    }

    @Test
    void freeRequestIdSkipsPendingOnes() {
        assertThat(TransferPlanning.freeRequestId(List.of())).isEqualTo(1);
    }
}
