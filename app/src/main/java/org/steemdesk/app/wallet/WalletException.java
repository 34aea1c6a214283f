package org.steemdesk.app.wallet;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.app.outbox.OutboxRecord;

/**
 * Why a wallet operation cannot be planned or sent, with a stable {@link Reason} for the doors to translate and the
 * {@link #details()} their texts fill in (account names, amounts, limits). The English message is for logs and for
 * the CLI where no translated text exists yet; neither ever holds a secret.
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
        /** steemd's own validation would refuse the operation (details: steemd's words), e.g. a proxy to oneself. */
        CHAIN_RULE,
        /** A witness vote for an account that is not a witness (details: the name). */
        UNKNOWN_WITNESS,
        /** One more witness vote than the chain allows (details: the limit). */
        TOO_MANY_WITNESS_VOTES,
        /** A witness vote while a proxy votes for the account (details: the proxy). */
        PROXY_SET,
        /** Power-down routes adding up to more than 100 % (details: the total it would be). */
        ROUTES_OVER_100,
        /** One more power-down route than the chain allows (details: the limit). */
        TOO_MANY_ROUTES,
        /** The master password does not give the account's owner key on chain; nothing was signed. */
        WRONG_MASTER_PASSWORD,
        /** An exchange deposit account needs a memo to credit the deposit (details: the exchange account). */
        EXCHANGE_NEEDS_MEMO,
        /**
         * The recipient is one or two letters away from an exchange, a recent recipient or a followed account and
         * must be confirmed by name (details: the recipient, the account probably meant).
         */
        LOOKALIKE_RECIPIENT,
        /** The recipient is on the list of known phishing names and must be confirmed by name (details: the name). */
        FLAGGED_RECIPIENT,
        /** A savings withdrawal straight to an exchange, which does not credit it (details: the exchange). */
        SAVINGS_TO_EXCHANGE,
        /** A password change would drop the other keys of a multi-signature authority (details: the role). */
        MULTISIG_AUTHORITY,
        /** The owner key changed less than the chain's hour ago (details: when a change is possible again). */
        OWNER_UPDATE_TOO_SOON,
        /** A password change of this account is still waiting for the chain; nothing new was signed. */
        ROTATION_PENDING,
        /** The characters typed back do not match the new password: its backup was not confirmed. */
        BACKUP_NOT_CONFIRMED,
    }

    private final Reason reason;
    private final transient OutboxRecord pending;
    private final List<String> details;

    public WalletException(Reason reason, String message) {
        this(reason, message, (Throwable) null);
    }

    public WalletException(Reason reason, String message, Throwable cause) {
        this(reason, message, cause, null);
    }

    private WalletException(Reason reason, String message, Throwable cause, OutboxRecord pending) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.pending = pending;
        this.details = List.of();
    }

    /** @param details what the reason's text names, in order (never a secret) */
    public WalletException(Reason reason, String message, String... details) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.pending = null;
        this.details = List.copyOf(Arrays.asList(details));
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

    /** The names, amounts and limits the reason's translated text fills in; empty for the older reasons. */
    public List<String> details() {
        return details;
    }
}
