package org.steemdesk.app.wallet;

import java.util.Objects;
import java.util.Optional;
import org.steemdesk.app.outbox.OutboxRecord;

/**
 * Why a wallet operation cannot be planned or sent, with a stable {@link Reason} for the UI to translate. The English
 * message is for the CLI and logs; it never holds a secret.
 */
public final class WalletException extends RuntimeException {

    /** Stable codes; their names are the i18n message keys' suffixes, so never rename one. */
    public enum Reason {
        /** The amount does not parse, has more decimals than its asset, the wrong asset, or is not positive. */
        INVALID_AMOUNT,
        /** The recipient (or delegatee) does not exist on the chain. */
        UNKNOWN_ACCOUNT,
        /** The acting account does not exist on the chain. */
        UNKNOWN_SENDER,
        /** Liquid or savings balance below the amount. */
        INSUFFICIENT_BALANCE,
        /** Not enough Steem Power that is free to power down or delegate. */
        INSUFFICIENT_STAKE,
        /** The vault has no key of the needed role for the account. */
        KEY_MISSING,
        /** The vault holds the key but is locked. */
        VAULT_LOCKED,
        /** The stored key no longer satisfies the account's authority on chain (keys were changed). */
        KEY_NOT_AUTHORIZED,
        /** The memo would leak a private key or password (see the keystore's memo guard). */
        MEMO_UNSAFE,
        /** The memo (after encryption) is not shorter than the chain's 2048-byte limit. */
        MEMO_TOO_LONG,
        /** A {@code #} memo needs the sender's memo key in the vault. */
        MEMO_KEY_MISSING,
        /** Nothing to claim, no power down to cancel, no delegation to remove, no such savings request. */
        NOTHING_TO_DO,
        /** The operation would not change anything on chain (e.g. the same power-down rate again). */
        NO_CHANGE,
        /** Delegating to oneself. */
        SELF_DELEGATION,
        /** No node gave a usable answer; nothing was sent. */
        NODE_UNAVAILABLE,
        /** The chain refused the signed transaction; it did not land. */
        REJECTED,
        /**
         * An equal operation (same type, account and fields) signed earlier is still unsettled: it may land, so
         * nothing new was signed. {@link #pending()} is that transaction; settling the outbox decides it.
         */
        PENDING,
        /**
         * An equal operation signed earlier landed without the user being told (found on chain just now, or by a
         * settlement no door reported): what was asked is done, and nothing new was signed. {@link #pending()} is
         * that transaction.
         */
        SENT_EARLIER,
        /** A transfer to the sending account itself. */
        SELF_TRANSFER,
    }

    private final Reason reason;
    private final transient OutboxRecord pending;

    public WalletException(Reason reason, String message) {
        this(reason, message, null);
    }

    public WalletException(Reason reason, String message, Throwable cause) {
        this(reason, message, cause, null);
    }

    private WalletException(Reason reason, String message, Throwable cause, OutboxRecord pending) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.pending = pending;
    }

    /** An equal operation is still unsettled ({@link Reason#PENDING}) or has just landed ({@link Reason#SENT_EARLIER}). */
    static WalletException equalRequest(OutboxRecord earlier) {
        boolean landed = earlier.state() == OutboxRecord.State.CONFIRMED;
        String what = "an equal operation signed at " + earlier.signedAt() + " (transaction " + earlier.txId() + ")";
        return new WalletException(landed ? Reason.SENT_EARLIER : Reason.PENDING, landed
                ? what + " is on chain and was not reported yet; nothing new was signed (ask again to send another "
                        + "one)"
                : what + " is still unsettled (" + earlier.state().wireName() + "); nothing new was signed: "
                        + "`steemdesk outbox settle` settles it", null, earlier);
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#PENDING} and {@link Reason#SENT_EARLIER}: the equal transaction signed earlier. */
    public Optional<OutboxRecord> pending() {
        return Optional.ofNullable(pending);
    }
}
