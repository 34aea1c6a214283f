package org.steemdesk.ui.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.steemdesk.app.wallet.KeyRotation;
import org.steemdesk.app.wallet.RotationDraft;
import org.steemdesk.app.wallet.WalletPlan;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.ErrorMessages;
import org.steemdesk.ui.wallet.WalletSheetModel;

/**
 * What the password-change sheet shows and checks, without FX types: the steps' texts, the characters typed back
 * to confirm the backup (spaces ignored), exactly what will be signed (the {@code account_update} with the four new
 * public keys), the outcome and failures in the user's language. Signing is the app's {@link KeyRotation}.
 */
public record PasswordChangeModel(Messages messages, ErrorMessages roles, WalletSheetModel wallet) {
    /** The sheet's steps, in order. */
    public enum Step {
        /** The new password is being generated and the change planned. */
        PREPARING,
        /** The new password shown, to be written down. */
        NEW_PASSWORD,
        /** Characters of it typed back from the backup (the password is hidden now). */
        BACKUP,
        /** What will be signed, the current master password and the last confirmation. */
        SIGN,
        /** Sent: the outcome. */
        DONE
    }

    private static final List<KeyRole> ROLES = List.of(KeyRole.OWNER, KeyRole.ACTIVE, KeyRole.POSTING, KeyRole.MEMO);

    public String title(AccountName account) {
        return messages.get("keys.rotate.title", account.value());
    }

    /** The question of the backup step, naming the 1-based positions to type back. */
    public String challenge(List<Integer> positions) {
        return messages.get("keys.rotate.challenge",
                positions.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    /**
     * The characters typed back, spaces left out, as the draft checks them; null (with nothing kept) when their
     * number is not {@link RotationDraft#CHALLENGE_SIZE}. The caller hands the result to the draft, which wipes it.
     */
    public char[] typedBack(CharSequence typed) {
        int count = 0;
        for (int i = 0; i < typed.length(); i++) {
            if (!Character.isWhitespace(typed.charAt(i))) {
                count++;
            }
        }
        if (count != RotationDraft.CHALLENGE_SIZE) {
            return null;
        }
        char[] chars = new char[count];
        int at = 0;
        for (int i = 0; i < typed.length(); i++) {
            if (!Character.isWhitespace(typed.charAt(i))) {
                chars[at++] = typed.charAt(i);
            }
        }
        return chars;
    }

    /** Said when the typed-back characters are too few, too many or wrong. */
    public String backupMismatch() {
        return messages.get("keys.rotate.backup.mismatch", RotationDraft.CHALLENGE_SIZE);
    }

    /** The operation as it will be signed, indented for reading. */
    public String operations(WalletPlan plan) {
        return wallet.operations(plan);
    }

    /** The account and its four new public keys, one line each, the keys the chain will take. */
    public String newKeys(WalletPlan plan) {
        Map<KeyRole, PublicKey> keys = ((WalletRequest.RotateKeys) plan.request()).newKeys();
        var lines = new ArrayList<String>();
        lines.add(messages.get("keys.rotate.sign.account", plan.account().value()));
        for (KeyRole role : ROLES) {
            lines.add(messages.get("keys.rotate.sign.key", roles.role(role), keys.get(role).toString()));
        }
        return String.join("\n", lines);
    }

    /** The outcome of a sent change. */
    public String outcome(KeyRotation.Outcome outcome, AccountName account) {
        return outcome.state() == KeyRotation.State.DONE
                ? messages.get("keys.rotate.done", account.value())
                : messages.get("keys.rotate.waiting", outcome.receipt().txId(), account.value());
    }

    /** Any failure (wrong master password, unknown account, the node's refusal, a locked vault) in words. */
    public String failure(Throwable failure) {
        return wallet.failure(failure);
    }
}
