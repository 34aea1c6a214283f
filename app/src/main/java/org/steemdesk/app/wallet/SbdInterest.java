package org.steemdesk.app.wallet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;

/**
 * The interest SBD earns, liquid and in savings, at the rate the witnesses set ({@code sbd_interest_rate} in the
 * global properties, hundredths of a percent a year). steemd accrues SBD × seconds and pays
 * {@code sbd_seconds / year × rate / 100 %} when the balance next changes, at most once per compounding interval
 * (30 days); {@code accrued} is what that payment would be now.
 *
 * @param rate           the yearly rate in hundredths of a percent; empty when the node's answer lacked it
 * @param accrued        interest on the liquid SBD since the last payment, as steemd would pay it now
 * @param savingsAccrued the same for SBD in savings
 * @param lastPayment    when interest on the liquid SBD was last paid, if ever
 */
public record SbdInterest(Optional<Integer> rate, Asset accrued, Asset savingsAccrued, Optional<Instant> lastPayment,
                          Optional<Instant> savingsLastPayment) {
    /** steemd's STEEM_SECONDS_PER_YEAR: the year of the rate is 365 days of seconds, by definition. */
    static final long SECONDS_PER_YEAR = Duration.ofDays(365).toSeconds();
    /** steemd's STEEM_100_PERCENT, the unit of the rate. */
    static final int HUNDRED_PERCENT = 10_000;

    public SbdInterest {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(accrued, "accrued");
        Objects.requireNonNull(savingsAccrued, "savingsAccrued");
        Objects.requireNonNull(lastPayment, "lastPayment");
        Objects.requireNonNull(savingsLastPayment, "savingsLastPayment");
    }

    public static SbdInterest of(Account a, DynamicGlobalProperties globals) {
        Optional<Integer> rate = globals.sbdInterestRate();
        Instant now = globals.time();
        return new SbdInterest(rate,
                accrued(a.sbdSeconds(), a.sbdBalance(), a.sbdSecondsLastUpdate(), now, rate.orElse(0)),
                accrued(a.savingsSbdSeconds(), a.savingsSbdBalance(), a.savingsSbdSecondsLastUpdate(), now,
                        rate.orElse(0)),
                a.sbdLastInterestPayment().filter(t -> t.isAfter(Instant.EPOCH)),
                a.savingsSbdLastInterestPayment().filter(t -> t.isAfter(Instant.EPOCH)));
    }

    private static Asset accrued(BigInteger seconds, Asset balance, Optional<Instant> lastUpdate, Instant now,
            int rate) {
        BigInteger held = seconds;
        if (lastUpdate.isPresent() && now.isAfter(lastUpdate.get())) {
            held = held.add(BigInteger.valueOf(balance.amount())
                    .multiply(BigInteger.valueOf(Duration.between(lastUpdate.get(), now).toSeconds())));
        }
        BigInteger interest = held.divide(BigInteger.valueOf(SECONDS_PER_YEAR)).multiply(BigInteger.valueOf(rate))
                .divide(BigInteger.valueOf(HUNDRED_PERCENT));
        return Asset.of(interest.longValueExact(), AssetSymbol.SBD);
    }

    /** The yearly rate as a percentage ("3%", "12.5%"), or empty. */
    public Optional<String> ratePercent() {
        return rate.map(r -> BigDecimal.valueOf(r, 2).stripTrailingZeros().toPlainString() + "%");
    }
}
