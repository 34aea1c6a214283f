package org.steemdesk.ui.wallet;

import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.sync.AccountSnapshot;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;

/**
 * The wallet's balances: liquid, Steem Power (own, delegated out, received), savings, pending rewards with Claim,
 * the running power down; and the buttons that open an operation's sheet.
 */
public final class BalancesController {
    private final Messages messages;
    private final Formats formats;
    private Consumer<WalletDialog> onAction = kind -> { };

    @FXML private Label steem;
    @FXML private Label sbd;
    @FXML private Label sp;
    @FXML private Label delegated;
    @FXML private Label received;
    @FXML private Label savings;
    @FXML private Label rewards;
    @FXML private Button claim;
    @FXML private Label powerDownStatus;
    @FXML private Button transferAction;
    @FXML private Button powerUpAction;
    @FXML private Button powerDownAction;
    @FXML private Button cancelPowerDownAction;
    @FXML private Button delegateAction;
    @FXML private Button savingsDepositAction;
    @FXML private Button savingsWithdrawAction;
    @FXML private Button savingsCancelAction;

    public BalancesController(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    @FXML
    private void initialize() {
        actions().forEach((button, kind) -> button.setOnAction(e -> onAction.accept(kind)));
    }

    private Map<Button, WalletDialog> actions() {
        return Map.of(claim, WalletDialog.CLAIM, transferAction, WalletDialog.TRANSFER,
                powerUpAction, WalletDialog.POWER_UP, powerDownAction, WalletDialog.POWER_DOWN,
                cancelPowerDownAction, WalletDialog.CANCEL_POWER_DOWN, delegateAction, WalletDialog.DELEGATE,
                savingsDepositAction, WalletDialog.SAVINGS_DEPOSIT, savingsWithdrawAction, WalletDialog.SAVINGS_WITHDRAW,
                savingsCancelAction, WalletDialog.SAVINGS_CANCEL);
    }

    /** What a click on an operation's button opens. */
    void onAction(Consumer<WalletDialog> action) {
        onAction = Objects.requireNonNull(action, "action");
    }

    /** Without an account there is nothing to act for. */
    void setActionsDisabled(boolean disabled) {
        actions().keySet().forEach(b -> b.setDisable(disabled));
    }

    void show(AccountSnapshot snapshot) {
        Account a = snapshot.account();
        VestingPrice price = snapshot.vestingPrice();
        steem.setText(amount(a.balance()));
        sbd.setText(amount(a.sbdBalance()));
        sp.setText(messages.get("wallet.sp.value", sp(snapshot.steemPower()), sp(snapshot.effectiveSteemPower())));
        delegated.setText(sp(snapshot.delegatedSteemPower()));
        received.setText(sp(snapshot.receivedSteemPower()));
        savings.setText(messages.get("wallet.savings.value", amount(a.savingsBalance()),
                amount(a.savingsSbdBalance())));
        rewards.setText(messages.get("wallet.rewards.value", amount(a.rewardSteemBalance()),
                amount(a.rewardSbdBalance()), sp(a.rewardVestingSteem())));
        claim.setDisable(a.rewardSteemBalance().isZero() && a.rewardSbdBalance().isZero()
                && a.rewardVestingBalance().isZero());
        if (a.vestingWithdrawRate().isZero() || a.nextVestingWithdrawal().isEmpty()) {
            powerDownStatus.setText(messages.get("wallet.powerDown.none"));
        } else {
            powerDownStatus.setText(messages.get("wallet.powerDown.running",
                    sp(price.toSteem(a.vestingWithdrawRate())), formats.dateTime(a.nextVestingWithdrawal().get())));
        }
    }

    private String amount(Asset asset) {
        return formats.amount(asset.toDecimal(), asset.symbol().name());
    }

    private String sp(Asset steem) {
        return formats.amount(steem.toDecimal(), "SP");
    }
}
