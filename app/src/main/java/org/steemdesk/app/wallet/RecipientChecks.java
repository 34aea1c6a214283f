package org.steemdesk.app.wallet;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.steemdesk.app.wallet.WalletException.Reason;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.FollowKind;
import org.steemdesk.chain.rpc.model.AccountHistoryEntry;
import org.steemdesk.chain.rpc.model.Follow;

/**
 * Checks on the account that funds go to, made before anything is signed: an exchange deposit account needs a memo
 * and takes no savings transfers; a name from the phishing list, or one a slip away from an exchange, a recent
 * recipient or a followed account, must be confirmed by typing the name again. All local: the lists are data in
 * Steemdesk, the recent recipients and follows are the account's own (read from the node).
 */
record RecipientChecks(RecipientLists lists) {
    /** How much of the account's history is searched for recent recipients. */
    static final int HISTORY_WINDOW = 1000;
    /** Pages of 1000 follows read at most (the node's page limit). */
    static final int FOLLOW_PAGES = 5;
    private static final int FOLLOW_PAGE = 1000;
    private static final Set<String> OUTGOING = Set.of("transfer", "transfer_to_savings", "transfer_from_savings",
            "transfer_to_vesting");

    /** How the funds reach the recipient. */
    enum Route { TRANSFER, SAVINGS }

    /** @throws WalletException EXCHANGE_NEEDS_MEMO, SAVINGS_TO_EXCHANGE, FLAGGED_RECIPIENT or LOOKALIKE_RECIPIENT */
    void check(Planning p, AccountName to, String memo, Route route, Optional<AccountName> confirmed) {
        if (to.equals(p.account)) {
            return;
        }
        String name = to.value();
        if (lists.isExchange(name)) {
            if (route == Route.SAVINGS) {
                throw new WalletException(Reason.SAVINGS_TO_EXCHANGE, name + " is an exchange deposit account: it "
                        + "credits transfers only, a savings transfer to it would be lost; nothing was sent", name);
            }
            if (memo.isBlank()) {
                throw new WalletException(Reason.EXCHANGE_NEEDS_MEMO, name + " is an exchange deposit account that "
                        + "credits a deposit by its memo: add the memo the exchange gave you; nothing was sent", name);
            }
            return;
        }
        if (confirmed.filter(to::equals).isPresent()) {
            return;
        }
        if (lists.isPhishing(name)) {
            throw new WalletException(Reason.FLAGGED_RECIPIENT, name + " is on the list of names used for phishing:"
                    + " confirm the recipient by name to send anyway; nothing was sent", name);
        }
        Set<String> known = knownRecipients(p);
        if (known.contains(name)) {
            return;
        }
        Set<String> candidates = new HashSet<>(known);
        candidates.addAll(lists.exchanges());
        Optional<String> likely = LookAlikeNames.closest(name, candidates);
        if (likely.isPresent()) {
            throw new WalletException(Reason.LOOKALIKE_RECIPIENT, name + " looks like " + likely.get() + ", which "
                    + "you may have meant: confirm the recipient by name to send anyway; nothing was sent", name,
                    likely.get());
        }
    }

    /** Accounts this one sent funds to lately, and the accounts it follows. */
    private static Set<String> knownRecipients(Planning p) {
        Set<String> known = new HashSet<>();
        String self = p.account.value();
        for (AccountHistoryEntry e : p.api.getAccountHistory(p.account, -1, HISTORY_WINDOW).send()) {
            if (OUTGOING.contains(e.opName()) && self.equals(e.opBody().path("from").asText())) {
                String to = e.opBody().path("to").asText();
                if (!to.isEmpty() && !to.equals(self)) {
                    known.add(to);
                }
            }
        }
        String start = "";
        for (int page = 0; page < FOLLOW_PAGES; page++) {
            List<Follow> follows = p.api.getFollowing(p.account, start, FollowKind.BLOG, FOLLOW_PAGE).send();
            follows.forEach(f -> known.add(f.following()));
            if (follows.size() < FOLLOW_PAGE) {
                break;
            }
            start = follows.get(follows.size() - 1).following();
        }
        return known;
    }
}
