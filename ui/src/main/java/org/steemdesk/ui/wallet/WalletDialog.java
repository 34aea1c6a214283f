package org.steemdesk.ui.wallet;

/** The wallet's dialogs, each ending on the confirmation of exactly what is signed. */
public enum WalletDialog {
    TRANSFER(true, true, true, false),
    POWER_UP(true, true, false, false),
    POWER_DOWN(false, true, false, false),
    CANCEL_POWER_DOWN(false, false, false, false),
    DELEGATE(true, true, false, false),
    SAVINGS_DEPOSIT(true, true, true, false),
    SAVINGS_WITHDRAW(true, true, true, false),
    SAVINGS_CANCEL(false, false, false, true),
    CLAIM(false, false, false, false);

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

    boolean hasAmount() {
        return amount;
    }

    boolean hasMemo() {
        return memo;
    }

    boolean hasRequestId() {
        return requestId;
    }

    /** Power down and delegation take Steem Power (or VESTS); the others a liquid asset. */
    boolean stakeAmount() {
        return this == POWER_DOWN || this == DELEGATE;
    }

    /** Whether the form has anything to fill in (otherwise the sheet opens on the confirmation). */
    boolean hasForm() {
        return recipient || amount || memo || requestId;
    }
}
