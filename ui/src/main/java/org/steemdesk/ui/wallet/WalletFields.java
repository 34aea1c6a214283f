package org.steemdesk.ui.wallet;

import java.util.Objects;
import org.steemdesk.chain.protocol.AssetSymbol;

/**
 * What the user typed into a wallet form, unchecked: the form views fill in the fields they show and leave the
 * others blank; {@link WalletSheetModel#request} checks them.
 *
 * @param symbol   the asset chosen beside the amount (liquid operations only)
 * @param autoVest a power-down route paid as Steem Power
 */
public record WalletFields(String to, String amount, AssetSymbol symbol, String memo, boolean encryptMemo,
                           String requestId, boolean autoVest) {
    public WalletFields {
        to = Objects.requireNonNullElse(to, "");
        amount = Objects.requireNonNullElse(amount, "");
        Objects.requireNonNull(symbol, "symbol");
        memo = Objects.requireNonNullElse(memo, "");
        requestId = Objects.requireNonNullElse(requestId, "");
    }

    public WalletFields(String to, String amount, AssetSymbol symbol, String memo, boolean encryptMemo,
                        String requestId) {
        this(to, amount, symbol, memo, encryptMemo, requestId, false);
    }

    /** An account, with a route's share (a percentage) and whether it is paid as Steem Power. */
    public static WalletFields account(String account, String percent, boolean autoVest) {
        return new WalletFields(account, percent, AssetSymbol.STEEM, "", false, "", autoVest);
    }

    /** A recipient and a liquid amount, with a memo (encrypted or not). */
    public static WalletFields liquid(String to, String amount, AssetSymbol symbol, String memo, boolean encrypt) {
        return new WalletFields(to, amount, symbol, memo, encrypt, "");
    }

    /** Steem Power or VESTS, with the delegatee for a delegation. */
    public static WalletFields stake(String to, String amount) {
        return new WalletFields(to, amount, AssetSymbol.STEEM, "", false, "");
    }

    /** The number of a savings withdrawal. */
    public static WalletFields savingsRequest(String requestId) {
        return new WalletFields("", "", AssetSymbol.STEEM, "", false, requestId);
    }

    /** Nothing typed (an operation without a form). */
    public static WalletFields none() {
        return new WalletFields("", "", AssetSymbol.STEEM, "", false, "");
    }
}
