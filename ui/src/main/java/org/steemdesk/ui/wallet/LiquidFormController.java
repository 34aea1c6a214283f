package org.steemdesk.ui.wallet;

import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.AssetSymbol;

/** The form for STEEM and SBD: transfer, power up, savings deposit and withdrawal (recipient, amount, memo). */
public final class LiquidFormController implements WalletForm {
    private final WalletSheetModel model;
    private WalletDialog kind = WalletDialog.TRANSFER;

    @FXML private HBox toRow;
    @FXML private TextField toField;
    @FXML private TextField amountField;
    @FXML private ChoiceBox<AssetSymbol> symbolChoice;
    @FXML private Label symbolFixed;
    @FXML private HBox memoRow;
    @FXML private TextField memoField;
    @FXML private CheckBox encryptMemo;

    public LiquidFormController(WalletSheetModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        for (Node node : List.of(toRow, memoRow, encryptMemo, symbolChoice, symbolFixed)) {
            node.managedProperty().bind(node.visibleProperty());
        }
    }

    @Override
    public void open(WalletDialog chosen, Optional<AccountName> self, Optional<VestingPrice> price) {
        kind = chosen;
        toField.setText(model.recipient(chosen, self));
        amountField.setText(null);
        memoField.setText(null);
        encryptMemo.setSelected(false);
        toRow.setVisible(chosen.hasRecipient());
        memoRow.setVisible(chosen.hasMemo());
        encryptMemo.setVisible(chosen.canEncryptMemo());
        List<AssetSymbol> symbols = model.symbols(chosen);
        symbolChoice.getItems().setAll(symbols);
        symbolChoice.getSelectionModel().selectFirst();
        // A drop-down with one choice is no choice: the one asset is named instead.
        symbolChoice.setVisible(symbols.size() > 1);
        symbolFixed.setVisible(symbols.size() == 1);
        symbolFixed.setText(symbols.get(0).name());
    }

    @Override
    public WalletFields fields() {
        return WalletFields.liquid(toField.getText(), amountField.getText(), symbolChoice.getValue(),
                kind.hasMemo() ? memoField.getText() : "", encryptMemo.isSelected());
    }
}
