package org.steemdesk.ui.wallet;

import java.util.Optional;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.chain.protocol.AccountName;

/**
 * One of the wallet sheet's form views (an FXML beside its controller): it shows the fields one kind of operation
 * asks for and hands what was typed to the sheet. A new operation with other fields adds a form view and its
 * {@link WalletDialog.Form}.
 */
interface WalletForm {
    /** Clears the form for {@code kind}; {@code price} converts Steem Power for the hints when it is known. */
    void open(WalletDialog kind, Optional<AccountName> self, Optional<VestingPrice> price);

    /** What was typed, unchecked. */
    WalletFields fields();
}
