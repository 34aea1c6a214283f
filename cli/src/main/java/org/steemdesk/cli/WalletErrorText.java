package org.steemdesk.cli;

import java.util.Optional;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.node.NodeProblem;
import org.steemdesk.app.outbox.OutboxRecord;
import org.steemdesk.app.wallet.WalletException;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;

/**
 * The wallet's refusals that the CLI says in the user's language: an equal operation still unsettled (and how to
 * settle it) or just found on chain, a transfer to oneself, no node to sign with (which node, and how it failed).
 * Other reasons keep the wallet's English message, which names amounts and accounts.
 */
record WalletErrorText(Messages messages, NodeProblemText nodes, Formats formats) {
    Optional<String> describe(WalletException e) {
        return Optional.ofNullable(switch (e.reason()) {
            case PENDING -> e.pending().map(p -> messages.get("cli.wallet.PENDING", p.summary(), signed(p),
                    p.state().wireName(), p.txId())).orElse(null);
            case SENT_EARLIER -> e.pending().map(p -> messages.get("cli.wallet.SENT_EARLIER", p.summary(), signed(p),
                    p.txId())).orElse(null);
            case SELF_TRANSFER -> messages.get("cli.wallet.SELF_TRANSFER");
            case NODE_UNAVAILABLE -> messages.get("cli.wallet.NODE_UNAVAILABLE", nodes.describe(problem(e)));
            default -> null;
        });
    }

    private String signed(OutboxRecord record) {
        return formats.dateTime(record.signedAt());
    }

    private static Optional<NodeProblem> problem(WalletException e) {
        return e.getCause() instanceof NodeUnreachableException u ? u.problem() : NodeProblem.of(e.getCause());
    }
}
