package org.steemdesk.app.wallet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.wallet.WalletException.Reason;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.RpcException;
import org.steemdesk.chain.rpc.WithdrawRouteDirection;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;
import org.steemdesk.chain.rpc.model.RecoveryAccountChange;
import org.steemdesk.chain.rpc.model.Witness;
import org.steemdesk.chain.rpc.model.WithdrawRoute;

/**
 * What the wallet page shows beside the balances, read from the chain as it is now: pending conversions, the
 * witnesses and the account's votes, power-down routes, the recovery account, delegations both ways, SBD interest.
 * Plain records, no texts: doors translate. Every method asks the node; for background threads.
 *
 * @throws WalletException UNKNOWN_ACCOUNT for an account the chain does not have, NODE_UNAVAILABLE without an answer
 */
public record WalletOverview(Supplier<CondenserApi> api) {
    /** Witnesses shown by default: steemd schedules the top 20 and one backup per round. */
    public static final int DEFAULT_WITNESSES = 30;

    /** Conversions waiting to settle, soonest first. */
    public List<PendingConversion> conversions(AccountName account) {
        return read(() -> {
            account(account);
            return api.get().getConversionRequests(account).send().stream()
                    .map(c -> new PendingConversion(c.requestId(), c.amount(), c.conversionDate()))
                    .sorted((a, b) -> a.settlesAt().compareTo(b.settlesAt())).toList();
        });
    }

    /** The top {@code limit} witnesses by approval, with the account's votes marked, and its votes outside them. */
    public WitnessBoard witnesses(AccountName account, int limit) {
        return read(() -> {
            Account a = account(account);
            Set<String> votes = Set.copyOf(a.witnessVotes());
            List<Witness> top = api.get().getWitnessesByVote("", limit).send();
            List<WitnessBoard.Entry> entries = new ArrayList<>();
            for (int i = 0; i < top.size(); i++) {
                entries.add(entry(i + 1, top.get(i), votes.contains(top.get(i).owner())));
            }
            Set<String> listed = top.stream().map(Witness::owner).collect(Collectors.toSet());
            List<WitnessBoard.Entry> outside = new ArrayList<>();
            for (String vote : a.witnessVotes()) {
                if (!listed.contains(vote) && AccountName.isValid(vote)) {
                    api.get().getWitnessByAccount(AccountName.of(vote)).send()
                            .ifPresent(w -> outside.add(entry(0, w, true)));
                }
            }
            Optional<String> proxy = a.proxy().isEmpty() ? Optional.empty() : Optional.of(a.proxy());
            return new WitnessBoard(entries, outside, a.witnessVotes(), proxy, limits().maxWitnessVotes());
        });
    }

    /** Where the account's power-down payments go, and the routes that pay it. */
    public PowerDownRoutes routes(AccountName account) {
        return read(() -> {
            account(account);
            List<WithdrawRoute> out = api.get().getWithdrawRoutes(account, WithdrawRouteDirection.OUTGOING).send();
            List<WithdrawRoute> in = api.get().getWithdrawRoutes(account, WithdrawRouteDirection.INCOMING).send();
            ChainLimits limits = limits();
            return new PowerDownRoutes(out, in, out.stream().mapToInt(WithdrawRoute::percent).sum(),
                    limits.hundredPercent(), limits.maxWithdrawRoutes());
        });
    }

    /** The recovery account and a change of it that waits to take effect. */
    public RecoveryStatus recovery(AccountName account) {
        return read(() -> {
            Account a = account(account);
            Optional<RecoveryAccountChange> pending = api.get().findChangeRecoveryAccountRequests(List.of(account))
                    .send().stream().filter(r -> r.accountToRecover().equals(account.value())).findFirst();
            return new RecoveryStatus(a.recoveryAccount(), pending.map(RecoveryAccountChange::recoveryAccount),
                    pending.map(RecoveryAccountChange::effectiveOn),
                    a.lastOwnerUpdate().filter(t -> t.isAfter(Instant.EPOCH)));
        });
    }

    /** Delegations made, received, and returning from lowered ones. */
    public DelegationBook delegations(AccountName account) {
        return read(() -> {
            Account a = account(account);
            DynamicGlobalProperties dgp = api.get().getDynamicGlobalProperties().send();
            VestingPrice price = new VestingPrice(dgp.totalVestingFundSteem(), dgp.totalVestingShares());
            List<DelegationBook.Outgoing> out = new ArrayList<>();
            String from = "";
            while (true) {
                var page = api.get().getVestingDelegations(account, from, 1000).send();
                for (var d : page) {
                    if (!d.delegatee().equals(from)) {
                        out.add(new DelegationBook.Outgoing(d.delegatee(), d.vestingShares(),
                                price.steemShown(d.vestingShares()), d.minDelegationTime(),
                                price.steemBuying(d.vestingShares()).isPresent()));
                    }
                }
                if (page.size() < 1000) {
                    break;
                }
                from = page.get(page.size() - 1).delegatee();
            }
            List<DelegationBook.Returning> returning = api.get()
                    .getExpiringVestingDelegations(account, Instant.EPOCH, 1000).send().stream()
                    .map(e -> new DelegationBook.Returning(e.vestingShares(), price.toSteem(e.vestingShares()),
                            e.expiration()))
                    .sorted((x, y) -> x.returnsAt().compareTo(y.returnsAt())).toList();
            List<DelegationBook.Incoming> in = IncomingDelegations.read(api.get(), account, price);
            Asset listed = in.stream().map(DelegationBook.Incoming::vests).reduce(Asset.zero(AssetSymbol.VESTS),
                    Asset::plus);
            Asset unlisted = a.receivedVestingShares().minus(listed);
            return new DelegationBook(out, in, returning, a.receivedVestingShares(),
                    price.toSteem(a.receivedVestingShares()),
                    unlisted.isNegative() ? Asset.zero(AssetSymbol.VESTS) : unlisted);
        });
    }

    /** SBD interest: the witnesses' rate and what has accrued since the last payment. */
    public SbdInterest interest(AccountName account) {
        return read(() -> SbdInterest.of(account(account), api.get().getDynamicGlobalProperties().send()));
    }

    private static WitnessBoard.Entry entry(int rank, Witness w, boolean voted) {
        return new WitnessBoard.Entry(rank, w.owner(), w.url(), w.votes(), w.isDisabled(), voted, w.runningVersion());
    }

    private Account account(AccountName name) {
        return api.get().getAccounts(List.of(name)).send().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new WalletException(Reason.UNKNOWN_ACCOUNT, "account " + name
                        + " does not exist on the chain", name.value()));
    }

    private ChainLimits limits() {
        return ChainLimits.of(api.get().getConfig().send());
    }

    private static <T> T read(Supplier<T> work) {
        try {
            return work.get();
        } catch (RpcException e) {
            throw new WalletException(Reason.NODE_UNAVAILABLE, "no node gave a usable answer: " + e.getMessage(), e);
        }
    }
}
