package org.steemdesk.app.wallet;

import java.util.Objects;
import org.steemdesk.app.stake.AccountStake;
import org.steemdesk.app.stake.StakeMath;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.chain.rpc.model.Account;

/**
 * The balances an operation changes, before or after it: liquid and savings STEEM/SBD, own, delegated and received
 * VESTS, and the VESTS a running power down still has to pay out.
 */
public record BalanceSheet(Asset steem, Asset sbd, Asset savingsSteem, Asset savingsSbd, Asset vests,
                           Asset delegatedVests, Asset receivedVests, Asset poweringDownVests) {

    public BalanceSheet {
        require(steem, AssetSymbol.STEEM);
        require(sbd, AssetSymbol.SBD);
        require(savingsSteem, AssetSymbol.STEEM);
        require(savingsSbd, AssetSymbol.SBD);
        require(vests, AssetSymbol.VESTS);
        require(delegatedVests, AssetSymbol.VESTS);
        require(receivedVests, AssetSymbol.VESTS);
        require(poweringDownVests, AssetSymbol.VESTS);
    }

    public static BalanceSheet of(Account a) {
        return new BalanceSheet(a.balance(), a.sbdBalance(), a.savingsBalance(), a.savingsSbdBalance(),
                a.vestingShares(), a.delegatedVestingShares(), a.receivedVestingShares(),
                Asset.of(stake(a).remainingPowerDown(), AssetSymbol.VESTS));
    }

    /** The account's vesting fields for {@link StakeMath}; an absent next withdrawal means no power down runs. */
    public static AccountStake stake(Account a) {
        return new AccountStake(a.vestingShares(), a.delegatedVestingShares(), a.receivedVestingShares(),
                a.vestingWithdrawRate(), a.toWithdraw(), a.withdrawn(),
                a.nextVestingWithdrawal().orElse(java.time.Instant.EPOCH));
    }

    /** The liquid balance of the amount's asset. */
    public Asset liquid(AssetSymbol symbol) {
        return symbol == AssetSymbol.STEEM ? steem : sbd;
    }

    public Asset savings(AssetSymbol symbol) {
        return symbol == AssetSymbol.STEEM ? savingsSteem : savingsSbd;
    }

    /** Stake that counts for voting: own + received − delegated (this week's power-down instalment aside). */
    public Asset usableVests() {
        return vests.plus(receivedVests).minus(delegatedVests);
    }

    /** VESTS that may still be delegated: own − delegated − what the power down still pays out. */
    public Asset delegatableVests() {
        Asset free = vests.minus(delegatedVests).minus(poweringDownVests);
        return free.isNegative() ? Asset.zero(AssetSymbol.VESTS) : free;
    }

    public Asset steemPower(VestingPrice price) {
        return price.toSteem(vests);
    }

    public Asset delegatedSteemPower(VestingPrice price) {
        return price.toSteem(delegatedVests);
    }

    public Asset usableSteemPower(VestingPrice price) {
        return price.toSteem(usableVests());
    }

    BalanceSheet plusLiquid(Asset delta) {
        return delta.symbol() == AssetSymbol.STEEM
                ? new BalanceSheet(steem.plus(delta), sbd, savingsSteem, savingsSbd, vests, delegatedVests,
                        receivedVests, poweringDownVests)
                : new BalanceSheet(steem, sbd.plus(delta), savingsSteem, savingsSbd, vests, delegatedVests,
                        receivedVests, poweringDownVests);
    }

    BalanceSheet plusSavings(Asset delta) {
        return delta.symbol() == AssetSymbol.STEEM
                ? new BalanceSheet(steem, sbd, savingsSteem.plus(delta), savingsSbd, vests, delegatedVests,
                        receivedVests, poweringDownVests)
                : new BalanceSheet(steem, sbd, savingsSteem, savingsSbd.plus(delta), vests, delegatedVests,
                        receivedVests, poweringDownVests);
    }

    BalanceSheet withStake(Asset newVests, Asset newDelegated, Asset newPoweringDown) {
        return new BalanceSheet(steem, sbd, savingsSteem, savingsSbd, newVests, newDelegated, receivedVests,
                newPoweringDown);
    }

    private static void require(Asset a, AssetSymbol symbol) {
        Objects.requireNonNull(a, "balance");
        if (a.symbol() != symbol) {
            throw new IllegalArgumentException("expected " + symbol + ", got " + a);
        }
    }
}
