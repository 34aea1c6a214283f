package org.steemdesk.ui.wallet;

import org.steemdesk.i18n.Messages;

/**
 * An operation's chain name ({@code transfer}, {@code delegate_vesting_shares}) as the user reads it in their language;
 * a name without a text of its own is shown as the chain writes it, rather than not at all.
 */
public record OperationNames(Messages messages) {
    public String name(String op) {
        return switch (op) {
            case "transfer" -> messages.get("wallet.op.transfer");
            case "transfer_to_vesting" -> messages.get("wallet.op.transfer_to_vesting");
            case "withdraw_vesting" -> messages.get("wallet.op.withdraw_vesting");
            case "delegate_vesting_shares" -> messages.get("wallet.op.delegate_vesting_shares");
            case "claim_reward_balance" -> messages.get("wallet.op.claim_reward_balance");
            case "transfer_to_savings" -> messages.get("wallet.op.transfer_to_savings");
            case "transfer_from_savings" -> messages.get("wallet.op.transfer_from_savings");
            case "cancel_transfer_from_savings" -> messages.get("wallet.op.cancel_transfer_from_savings");
            case "convert" -> messages.get("wallet.op.convert");
            case "account_witness_vote" -> messages.get("wallet.op.account_witness_vote");
            case "account_witness_proxy" -> messages.get("wallet.op.account_witness_proxy");
            case "set_withdraw_vesting_route" -> messages.get("wallet.op.set_withdraw_vesting_route");
            case "change_recovery_account" -> messages.get("wallet.op.change_recovery_account");
            case "account_update" -> messages.get("wallet.op.account_update");
            case "vote" -> messages.get("wallet.op.vote");
            case "comment" -> messages.get("wallet.op.comment");
            case "custom_json" -> messages.get("wallet.op.custom_json");
            case "curation_reward" -> messages.get("wallet.op.curation_reward");
            case "author_reward" -> messages.get("wallet.op.author_reward");
            case "comment_benefactor_reward" -> messages.get("wallet.op.comment_benefactor_reward");
            case "fill_vesting_withdraw" -> messages.get("wallet.op.fill_vesting_withdraw");
            case "return_vesting_delegation" -> messages.get("wallet.op.return_vesting_delegation");
            case "fill_convert_request" -> messages.get("wallet.op.fill_convert_request");
            case "fill_transfer_from_savings" -> messages.get("wallet.op.fill_transfer_from_savings");
            case "interest" -> messages.get("wallet.op.interest");
            default -> op;
        };
    }
}
