package org.steemdesk.ui.wallet;

import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.chain.protocol.AccountName;

/** The form for a witness vote, a proxy, a power-down route (with its share) and a new recovery account. */
public final class AccountFormController implements WalletForm {
    private final WalletSheetModel model;

    @FXML private Label accountLabel;
    @FXML private TextField accountField;
    @FXML private HBox shareRow;
    @FXML private TextField shareField;
    @FXML private CheckBox autoVest;
    @FXML private Label accountHint;

    public AccountFormController(WalletSheetModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        shareRow.managedProperty().bind(shareRow.visibleProperty());
    }

    @Override
    public void open(WalletDialog kind, Optional<AccountName> self, Optional<VestingPrice> price) {
        accountLabel.setText(model.accountLabel(kind));
        accountHint.setText(model.accountHint(kind));
        accountField.setText(null);
        shareField.setText(null);
        autoVest.setSelected(false);
        shareRow.setVisible(kind == WalletDialog.ROUTE);
    }

    @Override
    public WalletFields fields() {
        return WalletFields.account(accountField.getText(), shareRow.isVisible() ? shareField.getText() : "",
                shareRow.isVisible() && autoVest.isSelected());
    }
}
