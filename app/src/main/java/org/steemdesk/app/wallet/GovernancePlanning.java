package org.steemdesk.app.wallet;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.steemdesk.app.wallet.WalletException.Reason;
import org.steemdesk.chain.operation.AccountWitnessProxyOperation;
import org.steemdesk.chain.operation.AccountWitnessVoteOperation;
import org.steemdesk.chain.operation.ConvertOperation;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.chain.rpc.model.ConversionRequest;
import org.steemdesk.chain.rpc.model.Price;

/** Witness votes and the witness proxy, and converting SBD to STEEM. */
final class GovernancePlanning implements PlanFamily {
    /** steemd's STEEM_MAX_PROXY_RECURSION_DEPTH: a proxy chain longer than this is refused. */
    private static final int PROXY_DEPTH = 4;

    @Override
    public Optional<WalletPlan> plan(Planning p) {
        WalletRequest request = p.request;
        if (request instanceof WalletRequest.WitnessVote v) {
            return Optional.of(witnessVote(p, v));
        } else if (request instanceof WalletRequest.WitnessProxy x) {
            return Optional.of(proxy(p, x));
        } else if (request instanceof WalletRequest.Convert c) {
            return Optional.of(convert(p, c));
        }
        return Optional.empty();
    }

    private WalletPlan witnessVote(Planning p, WalletRequest.WitnessVote v) {
        String witness = v.witness().value();
        if (p.api.getWitnessByAccount(v.witness()).send().isEmpty()) {
            throw new WalletException(Reason.UNKNOWN_WITNESS, witness + " is not a witness; nothing was signed",
                    witness);
        }
        if (!p.sender.proxy().isEmpty()) {
            throw new WalletException(Reason.PROXY_SET, p.sender.proxy() + " votes for witnesses for " + p.account
                    + " as its proxy: clear the proxy first (`steemdesk witness proxy --clear`)", p.sender.proxy());
        }
        List<String> before = p.sender.witnessVotes();
        List<String> after = new ArrayList<>(before);
        int limit = p.limits().maxWitnessVotes();
        if (v.approve()) {
            if (before.contains(witness)) {
                throw new WalletException(Reason.NO_CHANGE, p.account + " already votes for " + witness);
            }
            if (Math.max(before.size(), p.sender.witnessesVotedFor()) >= limit) {
                throw new WalletException(Reason.TOO_MANY_WITNESS_VOTES, p.account + " already votes for "
                        + before.size() + " witnesses, the most the chain allows (" + limit + "): remove a vote first",
                        Integer.toString(limit));
            }
            after.add(witness);
            after.sort(null);
        } else if (!after.remove(witness)) {
            throw new WalletException(Reason.NOTHING_TO_DO, p.account + " does not vote for " + witness);
        }
        return p.plan(new AccountWitnessVoteOperation(p.account, v.witness(), v.approve()), p.before,
                Optional.of(new PlanDetail.WitnessVotes(before, after, limit)));
    }

    private WalletPlan proxy(Planning p, WalletRequest.WitnessProxy x) {
        Optional<AccountName> current = p.sender.proxy().isEmpty() ? Optional.empty()
                : Optional.of(AccountName.of(p.sender.proxy()));
        if (x.proxy().equals(current)) {
            throw x.proxy().isEmpty()
                    ? new WalletException(Reason.NOTHING_TO_DO, p.account + " has no proxy to clear")
                    : new WalletException(Reason.NO_CHANGE, x.proxy().get() + " is already the proxy of " + p.account);
        }
        List<String> cleared = List.of();
        if (x.proxy().isPresent() && !x.proxy().get().equals(p.account)) {
            requireNoLoop(p, p.recipient(x.proxy().get()));
            cleared = p.sender.witnessVotes();
        }
        return p.plan(new AccountWitnessProxyOperation(p.account, x.proxy()), p.before,
                Optional.of(new PlanDetail.Proxy(current, x.proxy(), cleared)));
    }

    /** steemd refuses a proxy whose own proxies lead back to this account, or a chain deeper than four. */
    private static void requireNoLoop(Planning p, Account proxy) {
        Set<String> chain = new HashSet<>(List.of(p.account.value(), proxy.name().value()));
        Account next = proxy;
        while (!next.proxy().isEmpty()) {
            if (!chain.add(next.proxy())) {
                throw new WalletException(Reason.CHAIN_RULE, "the chain would refuse this: This proxy would create"
                        + " a proxy loop.", "This proxy would create a proxy loop.");
            }
            if (chain.size() > PROXY_DEPTH) {
                throw new WalletException(Reason.CHAIN_RULE, "the chain would refuse this: Proxy chain is too long.",
                        "Proxy chain is too long.");
            }
            Optional<Account> found = p.find(AccountName.of(next.proxy()));
            if (found.isEmpty()) {
                return;
            }
            next = found.get();
        }
    }

    private WalletPlan convert(Planning p, WalletRequest.Convert c) {
        Planning.requirePositive(c.amount());
        p.requireLiquid(c.amount());
        Set<Long> used = new HashSet<>();
        p.api.getConversionRequests(p.account).send().stream().map(ConversionRequest::requestId).forEach(used::add);
        long requestId = WalletPlanner.smallestFree(used);
        var settles = p.headTime.plus(p.limits().conversionDelay());
        Optional<Asset> steem = atMedian(c.amount(), p.api.getCurrentMedianHistoryPrice().send());
        return p.plan(new ConvertOperation(p.account, requestId, c.amount()),
                p.before.plusLiquid(Planning.negate(c.amount())),
                Optional.of(new PlanDetail.Conversion(requestId, settles, steem)));
    }

    /** SBD in STEEM at a median price of {@code base} SBD per {@code quote} STEEM, rounded down as steemd does. */
    static Optional<Asset> atMedian(Asset sbd, Price median) {
        Asset base = median.base().symbol() == AssetSymbol.SBD ? median.base() : median.quote();
        Asset quote = median.base().symbol() == AssetSymbol.SBD ? median.quote() : median.base();
        if (base.amount() <= 0 || quote.symbol() != AssetSymbol.STEEM) {
            return Optional.empty();
        }
        BigInteger units = BigInteger.valueOf(sbd.amount()).multiply(BigInteger.valueOf(quote.amount()))
                .divide(BigInteger.valueOf(base.amount()));
        return Optional.of(Asset.of(units.longValueExact(), AssetSymbol.STEEM));
    }
}
