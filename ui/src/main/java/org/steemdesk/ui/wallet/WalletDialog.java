package org.steemdesk.ui.wallet;

/** The wallet's operations as the sheet offers them, each ending on the confirmation of exactly what is signed. */
public enum WalletDialog {
    TRANSFER(true, true, true, false),
    POWER_UP(true, true, false, false),
    POWER_DOWN(false, true, false, false),
    CANCEL_POWER_DOWN(false, false, false, false),
    DELEGATE(true, true, false, false),
    SAVINGS_DEPOSIT(true, true, true, false),
    SAVINGS_WITHDRAW(true, true, true, false),
    SAVINGS_CANCEL(false, false, false, true),
    CLAIM(false, false, false, false),
    /** Convert SBD to STEEM (paid after the chain's conversion delay, at the median price). */
    CONVERT(false, true, false, false),
    /** Vote for a witness (unvoting is a line's action). */
    WITNESS_VOTE(true, false, false, false),
    /** Let another account vote for witnesses in this one's name. */
    WITNESS_PROXY(true, false, false, false),
    /** Add or change a power-down route: an account, a share, paid as STEEM or as Steem Power. */
    ROUTE(true, true, false, false),
    /** Name a new recovery account (owner key, from the master password). */
    RECOVERY(true, false, false, false),
    /**
     * An operation made whole elsewhere (a guard alert's remedy, a row's remove or unvote): the sheet opens on its
     * confirmation.
     */
    PREPARED(false, false, false, false);

    /** Which of the sheet's form views an operation is filled in with. */
    public enum Form {
        /** Recipient, a STEEM or SBD amount, and a memo where the operation has one. */
        LIQUID,
        /** Steem Power (or VESTS), and the delegatee for a delegation. */
        STAKE,
        /** The number of a savings withdrawal. */
        SAVINGS_REQUEST,
        /** An account (a witness, a proxy, a route's or the recovery account), with a share for a route. */
        ACCOUNT,
        /** Nothing to fill in: the sheet opens on the confirmation. */
        NONE
    }

    private final boolean recipient;
    private final boolean amount;
    private final boolean memo;
    private final boolean requestId;

    WalletDialog(boolean recipient, boolean amount, boolean memo, boolean requestId) {
        this.recipient = recipient;
        this.amount = amount;
        this.memo = memo;
        this.requestId = requestId;
    }

    boolean hasRecipient() {
        return recipient;
    }

    boolean hasMemo() {
        return memo;
    }

    /** Only a transfer's memo may be encrypted to the recipient's memo key. */
    boolean canEncryptMemo() {
        return this == TRANSFER;
    }

    /** Power down and delegation take Steem Power (or VESTS); the others a liquid asset. */
    boolean stakeAmount() {
        return this == POWER_DOWN || this == DELEGATE;
    }

    Form form() {
        if (this == WITNESS_VOTE || this == WITNESS_PROXY || this == ROUTE || this == RECOVERY) {
            return Form.ACCOUNT;
        }
        if (requestId) {
            return Form.SAVINGS_REQUEST;
        }
        if (stakeAmount()) {
            return Form.STAKE;
        }
        return amount ? Form.LIQUID : Form.NONE;
    }

    /** Whether the form has anything to fill in (otherwise the sheet opens on the confirmation). */
    boolean hasForm() {
        return form() != Form.NONE;
    }
}
