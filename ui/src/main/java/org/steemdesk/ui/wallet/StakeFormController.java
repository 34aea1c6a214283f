package org.steemdesk.ui.wallet;

import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.chain.protocol.AccountName;

/**
 * The form for Steem Power: power down and delegation. The amount is given in SP or VESTS; the hint under it says
 * what it is in both at today's price, as the user types.
 */
public final class StakeFormController implements WalletForm {
    private final WalletSheetModel model;
    private WalletDialog kind = WalletDialog.POWER_DOWN;
    private Optional<VestingPrice> price = Optional.empty();

    @FXML private HBox delegateeRow;
    @FXML private TextField delegateeField;
    @FXML private TextField stakeField;
    @FXML private Label stakeHint;

    public StakeFormController(WalletSheetModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        delegateeRow.managedProperty().bind(delegateeRow.visibleProperty());
        stakeField.textProperty().addListener((obs, old, text) -> showHint());
    }

    @Override
    public void open(WalletDialog chosen, Optional<AccountName> self, Optional<VestingPrice> vestingPrice) {
        kind = chosen;
        price = vestingPrice;
        delegateeRow.setVisible(chosen.hasRecipient());
        delegateeField.setText(model.recipient(chosen, self));
        stakeField.setText(null);
        showHint();
    }

    private void showHint() {
        stakeHint.setText(model.stakeHint(kind, stakeField.getText(), price));
    }

    @Override
    public WalletFields fields() {
        return WalletFields.stake(delegateeField.getText(), stakeField.getText());
    }
}
