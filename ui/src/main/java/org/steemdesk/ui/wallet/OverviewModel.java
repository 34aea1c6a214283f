package org.steemdesk.ui.wallet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steemdesk.app.wallet.DelegationBook;
import org.steemdesk.app.wallet.PendingConversion;
import org.steemdesk.app.wallet.PowerDownRoutes;
import org.steemdesk.app.wallet.RecoveryStatus;
import org.steemdesk.app.wallet.SbdInterest;
import org.steemdesk.app.wallet.StakeAmount;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.app.wallet.WitnessBoard;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.chain.rpc.model.WithdrawRoute;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;

/**
 * The wallet overview's sections without JavaFX: the app's {@code WalletOverview} records as lines in the user's
 * language (Steem Power rather than VESTS), each with the request that undoes it where there is one.
 */
public record OverviewModel(Messages messages, Formats formats) {
    public List<OverviewRow> routes(PowerDownRoutes routes, AccountName self) {
        List<OverviewRow> rows = new ArrayList<>();
        if (routes.outgoing().isEmpty()) {
            rows.add(OverviewRow.text(messages.get("wallet.overview.routes.none", self.value())));
        }
        for (WithdrawRoute r : routes.outgoing()) {
            String share = share(r.percent(), routes.hundredPercent());
            rows.add(OverviewRow.action(r.autoVest()
                            ? messages.get("wallet.overview.routes.rowVested", r.toAccount(), share)
                            : messages.get("wallet.overview.routes.row", r.toAccount(), share),
                    messages.get("wallet.overview.remove"),
                    new WalletRequest.WithdrawRoute(AccountName.of(r.toAccount()), 0, false)));
        }
        if (!routes.outgoing().isEmpty()) {
            rows.add(OverviewRow.text(messages.get("wallet.overview.routes.rest",
                    share(routes.hundredPercent() - routes.totalOutgoing(), routes.hundredPercent()), self.value())));
        }
        for (WithdrawRoute r : routes.incoming()) {
            rows.add(OverviewRow.text(messages.get("wallet.overview.routes.incoming", r.fromAccount(),
                    share(r.percent(), routes.hundredPercent()))));
        }
        return rows;
    }

    public List<OverviewRow> recovery(RecoveryStatus status) {
        List<OverviewRow> rows = new ArrayList<>();
        rows.add(OverviewRow.text(messages.get("wallet.overview.recovery.account", status.recoveryAccount())));
        status.pendingAccount().ifPresent(pending -> rows.add(OverviewRow.action(
                messages.get("wallet.overview.recovery.pending", pending,
                        status.effectiveOn().map(formats::dateTime).orElse("?")),
                messages.get("wallet.overview.recovery.cancel"),
                new WalletRequest.ChangeRecoveryAccount(AccountName.of(status.recoveryAccount())))));
        status.lastOwnerUpdate().ifPresent(t -> rows.add(OverviewRow.text(
                messages.get("wallet.overview.recovery.ownerChanged", formats.dateTime(t)))));
        return rows;
    }

    public List<OverviewRow> witnesses(WitnessBoard board) {
        List<OverviewRow> rows = new ArrayList<>();
        board.proxy().ifPresent(proxy -> rows.add(OverviewRow.action(
                messages.get("wallet.overview.witnesses.proxy", proxy), messages.get("wallet.overview.clearProxy"),
                new WalletRequest.WitnessProxy(Optional.empty()))));
        rows.add(OverviewRow.text(messages.get("wallet.overview.witnesses.count", board.votes().size(),
                board.maxVotes())));
        for (String witness : board.votes()) {
            int rank = board.top().stream().filter(e -> e.owner().equals(witness)).mapToInt(WitnessBoard.Entry::rank)
                    .findFirst().orElse(0);
            String text = rank > 0 ? messages.get("wallet.overview.witnesses.ranked", witness, rank)
                    : messages.get("wallet.overview.witnesses.row", witness);
            rows.add(AccountName.isValid(witness) ? OverviewRow.action(text, messages.get("wallet.overview.unvote"),
                    new WalletRequest.WitnessVote(AccountName.of(witness), false)) : OverviewRow.text(text));
        }
        return rows;
    }

    public List<OverviewRow> conversions(List<PendingConversion> conversions) {
        if (conversions.isEmpty()) {
            return List.of(OverviewRow.text(messages.get("wallet.overview.conversions.none")));
        }
        return conversions.stream().map(c -> OverviewRow.text(messages.get("wallet.overview.conversions.row",
                amount(c.amount()), formats.dateTime(c.settlesAt())))).toList();
    }

    public List<OverviewRow> delegations(DelegationBook book) {
        List<OverviewRow> rows = new ArrayList<>();
        for (DelegationBook.Outgoing d : book.outgoing()) {
            OverviewRow row = OverviewRow.action(messages.get("wallet.overview.delegations.out", d.delegatee(),
                    sp(d.sp()), formats.dateTime(d.since())), messages.get("wallet.overview.undelegate"),
                    new WalletRequest.Delegate(AccountName.of(d.delegatee()),
                            StakeAmount.vests(Asset.zero(AssetSymbol.VESTS))));
            rows.add(d.spExact() ? row : row.withTooltip(messages.get("wallet.overview.delegations.priceMoved",
                    amount(d.vests()), sp(d.sp()))));
        }
        for (DelegationBook.Incoming d : book.incoming()) {
            rows.add(OverviewRow.text(messages.get("wallet.overview.delegations.in", d.delegator(), sp(d.sp()),
                    formats.dateTime(d.since()))));
        }
        for (DelegationBook.Returning r : book.returning()) {
            rows.add(OverviewRow.text(messages.get("wallet.overview.delegations.returning", sp(r.sp()),
                    formats.dateTime(r.returnsAt()))));
        }
        if (rows.isEmpty()) {
            rows.add(OverviewRow.text(messages.get("wallet.overview.delegations.none")));
        }
        return rows;
    }

    public List<OverviewRow> interest(SbdInterest interest) {
        return List.of(OverviewRow.text(messages.get("wallet.overview.interest.row",
                interest.ratePercent().orElse("?"), amount(interest.accrued()), amount(interest.savingsAccrued()))));
    }

    private String share(int part, int hundredPercent) {
        return formats.percent(hundredPercent == 0 ? 0 : (double) part / hundredPercent);
    }

    private String amount(Asset asset) {
        return formats.amount(asset.toDecimal(), asset.symbol().name());
    }

    private String sp(Asset steem) {
        return formats.amount(steem.toDecimal(), "SP");
    }
}
