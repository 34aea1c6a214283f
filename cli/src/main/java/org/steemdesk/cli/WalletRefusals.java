package org.steemdesk.cli;

import java.util.List;
import java.util.Optional;
import org.steemdesk.app.wallet.WalletException;
import org.steemdesk.i18n.Messages;

/**
 * A wallet refusal in the user's language, with the names and limits it carries. Reasons that carry no details
 * (the older ones) keep their English message, which names them; a refusal by the node is told by its kind.
 */
record WalletRefusals(Messages messages) {
    Optional<String> describe(WalletException e) {
        List<String> d = e.details();
        String first = d.isEmpty() ? "" : d.get(0);
        return Optional.ofNullable(switch (e.reason()) {
            case CHAIN_RULE -> messages.get("wallet.refused.CHAIN_RULE", first);
            case UNKNOWN_WITNESS -> messages.get("wallet.refused.UNKNOWN_WITNESS", first);
            case TOO_MANY_WITNESS_VOTES -> messages.get("wallet.refused.TOO_MANY_WITNESS_VOTES", first);
            case PROXY_SET -> messages.get("wallet.refused.PROXY_SET", first);
            case ROUTES_OVER_100 -> messages.get("wallet.refused.ROUTES_OVER_100", first);
            case TOO_MANY_ROUTES -> messages.get("wallet.refused.TOO_MANY_ROUTES", first);
            case WRONG_MASTER_PASSWORD -> messages.get("wallet.refused.WRONG_MASTER_PASSWORD");
            case EXCHANGE_NEEDS_MEMO -> messages.get("wallet.refused.EXCHANGE_NEEDS_MEMO", first);
            case LOOKALIKE_RECIPIENT -> messages.get("wallet.refused.LOOKALIKE_RECIPIENT", first,
                    d.size() > 1 ? d.get(1) : "");
            case FLAGGED_RECIPIENT -> messages.get("wallet.refused.FLAGGED_RECIPIENT", first);
            case SAVINGS_TO_EXCHANGE -> messages.get("wallet.refused.SAVINGS_TO_EXCHANGE", first);
            case MULTISIG_AUTHORITY -> messages.get("wallet.refused.MULTISIG_AUTHORITY", first);
            case OWNER_UPDATE_TOO_SOON -> messages.get("wallet.refused.OWNER_UPDATE_TOO_SOON", first);
            case ROTATION_PENDING -> messages.get("wallet.refused.ROTATION_PENDING", first);
            case BACKUP_NOT_CONFIRMED -> messages.get("wallet.refused.BACKUP_NOT_CONFIRMED");
            case REJECTED -> d.size() < 3 ? null : rejected(d.get(0), d.get(1), d.get(2));
            default -> null;
        });
    }

    /** @param kind the node error kind's name, as the wallet stores it */
    private String rejected(String kind, String message, String txId) {
        // the node's sentence ends where ours goes on
        String nodeMessage = message.strip().replaceAll("[.:\\s]+$", "");
        return switch (kind) {
            case "MISSING_AUTHORITY" -> messages.get("wallet.rejected.MISSING_AUTHORITY", txId, nodeMessage);
            case "UNKNOWN_KEY" -> messages.get("wallet.rejected.UNKNOWN_KEY", txId, nodeMessage);
            default -> messages.get("wallet.rejected.OTHER", txId, nodeMessage);
        };
    }
}
