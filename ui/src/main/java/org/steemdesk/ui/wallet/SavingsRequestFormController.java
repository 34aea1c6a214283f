package org.steemdesk.ui.wallet;

import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.TextField;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.chain.protocol.AccountName;

/** The form for cancelling a savings withdrawal: the withdrawal's request number. */
public final class SavingsRequestFormController implements WalletForm {
    @FXML private TextField requestField;

    @Override
    public void open(WalletDialog kind, Optional<AccountName> self, Optional<VestingPrice> price) {
        requestField.setText(null);
    }

    @Override
    public WalletFields fields() {
        return WalletFields.savingsRequest(requestField.getText());
    }
}
