package org.steemdesk.app.wallet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.steemdesk.app.stake.AccountStake;
import org.steemdesk.app.stake.PowerDownPlan;
import org.steemdesk.app.stake.StakeMath;
import org.steemdesk.app.wallet.WalletException.Reason;
import org.steemdesk.chain.operation.ClaimRewardBalanceOperation;
import org.steemdesk.chain.operation.DelegateVestingSharesOperation;
import org.steemdesk.chain.operation.SetWithdrawVestingRouteOperation;
import org.steemdesk.chain.operation.TransferToVestingOperation;
import org.steemdesk.chain.operation.WithdrawVestingOperation;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.chain.rpc.WithdrawRouteDirection;
import org.steemdesk.chain.rpc.model.VestingDelegation;
import org.steemdesk.chain.rpc.model.WithdrawRoute;

/** Steem Power: power up and down, the power-down routes, delegations, and claiming rewards. */
final class StakePlanning implements PlanFamily {

    @Override
    public Optional<WalletPlan> plan(Planning p) {
        WalletRequest request = p.request;
        if (request instanceof WalletRequest.PowerUp u) {
            return Optional.of(powerUp(p, u));
        } else if (request instanceof WalletRequest.PowerDown d) {
            return Optional.of(powerDown(p, d));
        } else if (request instanceof WalletRequest.CancelPowerDown) {
            return Optional.of(cancelPowerDown(p));
        } else if (request instanceof WalletRequest.Delegate d) {
            return Optional.of(delegate(p, d));
        } else if (request instanceof WalletRequest.ClaimRewards) {
            return Optional.of(claim(p));
        } else if (request instanceof WalletRequest.WithdrawRoute r) {
            return Optional.of(route(p, r));
        }
        return Optional.empty();
    }

    private WalletPlan powerUp(Planning p, WalletRequest.PowerUp u) {
        p.recipient(u.to());
        Planning.requirePositive(u.amount());
        p.requireLiquid(u.amount());
        BalanceSheet after = p.before.plusLiquid(Planning.negate(u.amount()));
        if (u.to().equals(p.account)) {
            after = after.withStake(after.vests().plus(p.price.toVests(u.amount())), after.delegatedVests(),
                    after.poweringDownVests());
        }
        return p.plan(new TransferToVestingOperation(p.account, u.to(), u.amount()), after);
    }

    private WalletPlan powerDown(Planning p, WalletRequest.PowerDown d) {
        Asset vests = d.amount().toVests(p.price);
        if (vests.isZero()) {
            throw new WalletException(Reason.INVALID_AMOUNT, d.amount().isZero()
                    ? "a power down of 0 stops the running one: use cancel"
                    : d.amount() + " is less than 1 VESTS at the current price");
        }
        AccountStake stake = BalanceSheet.stake(p.sender);
        Asset withdrawable = StakeMath.withdrawableVestingShares(stake);
        if (vests.compareTo(withdrawable) > 0) {
            throw new WalletException(Reason.INSUFFICIENT_STAKE, p.account + " can power down at most "
                    + p.sp(withdrawable) + " (" + withdrawable + ": own Steem Power not delegated), not "
                    + d.amount() + (d.amount().inSteemPower() ? " (" + vests + ")" : ""));
        }
        PowerDownPlan schedule = new PowerDownPlan(vests, Math.toIntExact(p.api.getConfig().send()
                .vestingWithdrawIntervals()));
        if (stake.poweringDown() && schedule.weeklyRate().equals(stake.vestingWithdrawRate())) {
            throw new WalletException(Reason.NO_CHANGE, "a power down at this weekly rate ("
                    + schedule.weeklyRate() + ") is already running");
        }
        BalanceSheet after = p.before.withStake(p.before.vests(), p.before.delegatedVests(), vests);
        return new WalletPlan(p.account, p.request, List.of(new WithdrawVestingOperation(p.account, vests)),
                p.signingRole, p.price, p.before, after, Optional.of(new PowerDownPreview(schedule, p.price)),
                Optional.empty(), Optional.empty());
    }

    private WalletPlan cancelPowerDown(Planning p) {
        if (p.sender.vestingWithdrawRate().isZero()) {
            throw new WalletException(Reason.NOTHING_TO_DO, p.account + " has no power down to cancel");
        }
        Asset zero = Asset.zero(AssetSymbol.VESTS);
        return p.plan(new WithdrawVestingOperation(p.account, zero),
                p.before.withStake(p.before.vests(), p.before.delegatedVests(), zero));
    }

    private WalletPlan delegate(Planning p, WalletRequest.Delegate d) {
        if (d.to().equals(p.account)) {
            throw new WalletException(Reason.SELF_DELEGATION, "an account cannot delegate to itself");
        }
        p.recipient(d.to());
        Asset wanted = d.amount().toVests(p.price);
        Asset current = currentDelegation(p, d.to().value());
        if (wanted.equals(current)) {
            throw new WalletException(current.isZero() ? Reason.NOTHING_TO_DO : Reason.NO_CHANGE,
                    current.isZero() ? p.account + " delegates nothing to " + d.to() + " to remove"
                            : p.account + " already delegates " + current + " to " + d.to());
        }
        if (!d.amount().isZero() && wanted.isZero()) {
            throw new WalletException(Reason.INVALID_AMOUNT, d.amount() + " is less than 1 VESTS");
        }
        p.accountCreationFee().ifPresent(fee -> DelegationLimits.of(fee, p.price).check(current, wanted, p::sp));
        Asset delta = wanted.minus(current);
        Asset delegatable = p.before.delegatableVests();
        if (delta.compareTo(delegatable) > 0) {
            throw new WalletException(Reason.INSUFFICIENT_STAKE, p.account + " can delegate " + p.sp(delegatable)
                    + " (" + delegatable + ") more than now, not " + p.sp(delta) + " (" + delta + "): own Steem"
                    + " Power minus what is delegated and what a running power down still pays out");
        }
        Asset zero = Asset.zero(AssetSymbol.VESTS);
        boolean increase = !delta.isNegative();
        BalanceSheet after = increase
                ? p.before.withStake(p.before.vests(), p.before.delegatedVests().plus(delta),
                        p.before.poweringDownVests())
                : p.before;
        DelegationChange change = new DelegationChange(d.to(), current, wanted,
                increase ? zero : current.minus(wanted));
        return new WalletPlan(p.account, p.request, List.of(new DelegateVestingSharesOperation(p.account, d.to(),
                wanted)), p.signingRole, p.price, p.before, after, Optional.empty(), Optional.of(change),
                Optional.empty());
    }

    private WalletPlan claim(Planning p) {
        Asset steem = p.sender.rewardSteemBalance();
        Asset sbd = p.sender.rewardSbdBalance();
        Asset vests = p.sender.rewardVestingBalance();
        if (steem.isZero() && sbd.isZero() && vests.isZero()) {
            throw new WalletException(Reason.NOTHING_TO_DO, p.account + " has no rewards to claim");
        }
        BalanceSheet after = p.before.plusLiquid(steem).plusLiquid(sbd).withStake(p.before.vests().plus(vests),
                p.before.delegatedVests(), p.before.poweringDownVests());
        return p.plan(new ClaimRewardBalanceOperation(p.account, steem, sbd, vests), after);
    }

    /**
     * Adds, changes or (at 0 %) removes a power-down route. What the chain would refuse is refused here: more than
     * 100 % in total, one route more than the chain allows, removing a route that does not exist.
     */
    private WalletPlan route(Planning p, WalletRequest.WithdrawRoute r) {
        p.recipient(r.to());
        ChainLimits limits = p.limits();
        List<WithdrawRoute> before = p.api.getWithdrawRoutes(p.account, WithdrawRouteDirection.OUTGOING).send();
        Optional<WithdrawRoute> existing = before.stream().filter(x -> x.toAccount().equals(r.to().value()))
                .findFirst();
        if (r.percent() == 0 && existing.isEmpty()) {
            throw new WalletException(Reason.NOTHING_TO_DO, p.account + " has no power-down route to " + r.to()
                    + " to remove");
        }
        if (existing.isPresent() && existing.get().percent() == r.percent()
                && existing.get().autoVest() == r.autoVest()) {
            throw new WalletException(Reason.NO_CHANGE, "the route to " + r.to() + " is already set so");
        }
        if (r.percent() > limits.hundredPercent()) {
            throw new WalletException(Reason.ROUTES_OVER_100, "a route cannot take more than 100 %",
                    percent(r.percent(), limits));
        }
        List<WithdrawRoute> after = new ArrayList<>(before);
        after.removeIf(x -> x.toAccount().equals(r.to().value()));
        if (r.percent() > 0) {
            after.add(new WithdrawRoute(p.account.value(), r.to().value(), r.percent(), r.autoVest()));
        }
        after.sort(Comparator.comparing(WithdrawRoute::toAccount));
        int total = after.stream().mapToInt(WithdrawRoute::percent).sum();
        if (total > limits.hundredPercent()) {
            throw new WalletException(Reason.ROUTES_OVER_100, "the power-down routes of " + p.account
                    + " would add up to " + percent(total, limits) + ", more than 100 %; nothing was signed",
                    percent(total, limits));
        }
        if (existing.isEmpty() && r.percent() > 0 && before.size() >= limits.maxWithdrawRoutes()) {
            throw new WalletException(Reason.TOO_MANY_ROUTES, p.account + " already has the " + before.size()
                    + " power-down routes the chain allows; nothing was signed",
                    Integer.toString(limits.maxWithdrawRoutes()));
        }
        var op = new SetWithdrawVestingRouteOperation(p.account, r.to(), r.percent(), r.autoVest());
        return p.plan(op, p.before, Optional.of(new PlanDetail.Routes(before, after, total, limits.hundredPercent(),
                limits.maxWithdrawRoutes())));
    }

    /** A share in the chain's units as a percentage, "25%" or "12.5%". */
    static String percent(int share, ChainLimits limits) {
        return BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(limits.hundredPercent()), 2, RoundingMode.DOWN)
                .stripTrailingZeros().toPlainString() + "%";
    }

    private static Asset currentDelegation(Planning p, String delegatee) {
        return p.api.getVestingDelegations(p.account, delegatee, 1).send().stream()
                .filter(d -> d.delegatee().equals(delegatee)).map(VestingDelegation::vestingShares)
                .findFirst().orElse(Asset.zero(AssetSymbol.VESTS));
    }
}
