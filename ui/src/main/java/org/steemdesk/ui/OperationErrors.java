package org.steemdesk.ui;

import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.sync.NothingCachedException;
import org.steemdesk.app.vote.VoteFailure;
import org.steemdesk.app.vote.VoteFailureMessages;
import org.steemdesk.app.wallet.WalletException;
import org.steemdesk.i18n.Messages;

/**
 * Failures of the app's vote and wallet services in the user's language, by their stable reason codes; anything
 * else is described by {@link ErrorMessages}.
 */
public record OperationErrors(Messages messages, ErrorMessages errors) {
    public String describe(Throwable failure) {
        Throwable cause = Background.unwrap(failure);
        if (cause instanceof WalletException e) {
            return wallet(e.reason());
        }
        if (cause instanceof NodeUnreachableException || cause instanceof NothingCachedException) {
            return messages.get("error.network");
        }
        return errors.describe(cause);
    }

    /** Why a vote failed or waits to be retried (보팅 파워 부족, 이미 보팅함 …). */
    public String vote(VoteFailure failure) {
        return VoteFailureMessages.describe(failure, messages);
    }

    /** A wallet refusal (잔액 부족, 없는 계정, 메모에 개인 키 …). */
    public String wallet(WalletException.Reason reason) {
        return switch (reason) {
            case INVALID_AMOUNT -> messages.get("wallet.error.INVALID_AMOUNT");
            case UNKNOWN_ACCOUNT -> messages.get("wallet.error.UNKNOWN_ACCOUNT");
            case UNKNOWN_SENDER -> messages.get("wallet.error.UNKNOWN_SENDER");
            case INSUFFICIENT_BALANCE -> messages.get("wallet.error.INSUFFICIENT_BALANCE");
            case INSUFFICIENT_STAKE -> messages.get("wallet.error.INSUFFICIENT_STAKE");
            case KEY_MISSING -> messages.get("wallet.error.KEY_MISSING");
            case VAULT_LOCKED -> messages.get("wallet.error.VAULT_LOCKED");
            case KEY_NOT_AUTHORIZED -> messages.get("wallet.error.KEY_NOT_AUTHORIZED");
            case MEMO_UNSAFE -> messages.get("wallet.error.MEMO_UNSAFE");
            case MEMO_TOO_LONG -> messages.get("wallet.error.MEMO_TOO_LONG");
            case MEMO_KEY_MISSING -> messages.get("wallet.error.MEMO_KEY_MISSING");
            case NOTHING_TO_DO -> messages.get("wallet.error.NOTHING_TO_DO");
            case NO_CHANGE -> messages.get("wallet.error.NO_CHANGE");
            case SELF_DELEGATION -> messages.get("wallet.error.SELF_DELEGATION");
            case NODE_UNAVAILABLE -> messages.get("wallet.error.NODE_UNAVAILABLE");
            case REJECTED -> messages.get("wallet.error.REJECTED");
            case PENDING -> messages.get("wallet.error.PENDING");
            case SENT_EARLIER -> messages.get("wallet.error.SENT_EARLIER");
            case SELF_TRANSFER -> messages.get("wallet.error.SELF_TRANSFER");
            case CHAIN_RULE -> messages.get("wallet.error.CHAIN_RULE");
            case UNKNOWN_WITNESS -> messages.get("wallet.error.UNKNOWN_WITNESS");
            case TOO_MANY_WITNESS_VOTES -> messages.get("wallet.error.TOO_MANY_WITNESS_VOTES");
            case PROXY_SET -> messages.get("wallet.error.PROXY_SET");
            case ROUTES_OVER_100 -> messages.get("wallet.error.ROUTES_OVER_100");
            case TOO_MANY_ROUTES -> messages.get("wallet.error.TOO_MANY_ROUTES");
            case WRONG_MASTER_PASSWORD -> messages.get("wallet.error.WRONG_MASTER_PASSWORD");
            case EXCHANGE_NEEDS_MEMO -> messages.get("wallet.error.EXCHANGE_NEEDS_MEMO");
            case LOOKALIKE_RECIPIENT -> messages.get("wallet.error.LOOKALIKE_RECIPIENT");
            case FLAGGED_RECIPIENT -> messages.get("wallet.error.FLAGGED_RECIPIENT");
            case SAVINGS_TO_EXCHANGE -> messages.get("wallet.error.SAVINGS_TO_EXCHANGE");
            case MULTISIG_AUTHORITY -> messages.get("wallet.error.MULTISIG_AUTHORITY");
            case OWNER_UPDATE_TOO_SOON -> messages.get("wallet.error.OWNER_UPDATE_TOO_SOON");
            case ROTATION_PENDING -> messages.get("wallet.error.ROTATION_PENDING");
            case BACKUP_NOT_CONFIRMED -> messages.get("wallet.error.BACKUP_NOT_CONFIRMED");
        };
    }
}
