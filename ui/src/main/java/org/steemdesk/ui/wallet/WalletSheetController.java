package org.steemdesk.ui.wallet;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.wallet.Wallet;
import org.steemdesk.app.wallet.WalletException;
import org.steemdesk.app.wallet.WalletPlan;
import org.steemdesk.app.wallet.WalletReceipt;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.ActionMessage;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.SheetFocus;
import org.steemdesk.ui.session.VaultSession;
import org.steemdesk.ui.wallet.WalletDialog.Form;

/**
 * The wallet's operation sheet: the operation's form view, then the confirmation of exactly what will be signed
 * (operations JSON, signing key, effect), then the receipt. The texts come from the {@link WalletSheetModel};
 * planning and signing are the app's {@link Wallet}, off the FX thread, while the vault is unlocked.
 */
public final class WalletSheetController {
    private final Wallet wallet;
    private final Background background;
    private final VaultSession session;
    private final WalletSheetModel model;
    private final Messages messages;
    private WalletDialog kind;
    private Optional<AccountName> self = Optional.empty();
    private WalletPlan plan;
    private Optional<WalletRequest> prepared = Optional.empty();
    private Runnable onSent = () -> { };
    private Consumer<WalletRequest> onLanded = request -> { };
    private ActionMessage message;
    private SheetFocus focus;

    @FXML private StackPane sheet;
    @FXML private Label sheetTitle;
    @FXML private VBox form;
    @FXML private Node liquidForm;
    @FXML private LiquidFormController liquidFormController;
    @FXML private Node stakeForm;
    @FXML private StakeFormController stakeFormController;
    @FXML private Node savingsRequestForm;
    @FXML private SavingsRequestFormController savingsRequestFormController;
    @FXML private Node accountForm;
    @FXML private AccountFormController accountFormController;
    @FXML private VBox confirm;
    @FXML private TextArea operationsJson;
    @FXML private Label effect;
    @FXML private VBox ownerBox;
    @FXML private PasswordField masterPassword;
    @FXML private Label sheetMessage;
    @FXML private Button sheetCancel;
    @FXML private ProgressIndicator sheetBusy;
    @FXML private Button sheetBack;
    @FXML private Button review;
    @FXML private Button sign;

    public WalletSheetController(Wallet wallet, Background background, VaultSession session, WalletSheetModel model,
                                 Messages messages) {
        this.wallet = wallet;
        this.background = background;
        this.session = session;
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        message = new ActionMessage(sheetMessage);
        focus = new SheetFocus(sheet);
        for (Node node : List.of(form, liquidForm, stakeForm, savingsRequestForm, accountForm, confirm, review, sign,
                sheetBack, ownerBox)) {
            node.managedProperty().bind(node.visibleProperty());
        }
        sheetCancel.setOnAction(e -> close());
        sheetBack.setOnAction(e -> showForm());
        review.setOnAction(e -> review());
        sign.setOnAction(e -> sign());
    }

    /** Run after a transaction was sent or failed, so the page shows the new balances and what is pending. */
    void onSent(Runnable action) {
        onSent = Objects.requireNonNull(action, "action");
    }

    /** Run with the request whose transaction the sheet just saw land (a guard alert it remedies is done). */
    void onLanded(Consumer<WalletRequest> action) {
        onLanded = Objects.requireNonNull(action, "action");
    }

    /** Opens the sheet on the form of {@code chosen} (or straight on the confirmation when it has none). */
    void open(WalletDialog chosen, Optional<AccountName> account, Optional<VestingPrice> price) {
        prepared = Optional.empty();
        openOn(chosen, account, price);
    }

    /**
     * Opens the sheet on the confirmation of a request made whole elsewhere (a guard alert's remedy, a row's remove
     * or unvote), under {@code title}; it is planned and shown exactly as any other before anything is signed.
     */
    void open(String title, WalletRequest request, Optional<AccountName> account) {
        prepared = Optional.of(request);
        openOn(WalletDialog.PREPARED, account, Optional.empty());
        sheetTitle.setText(title);
    }

    private void openOn(WalletDialog chosen, Optional<AccountName> account, Optional<VestingPrice> price) {
        kind = chosen;
        self = account;
        plan = null;
        sheetTitle.setText(model.title(chosen));
        sheetCancel.setText(messages.get("wallet.sheet.cancel"));
        Map<Form, Node> views = Map.of(Form.LIQUID, liquidForm, Form.STAKE, stakeForm,
                Form.SAVINGS_REQUEST, savingsRequestForm, Form.ACCOUNT, accountForm);
        views.forEach((f, view) -> view.setVisible(f == chosen.form()));
        currentForm().ifPresent(f -> f.open(chosen, account, price));
        sheet.setVisible(true);
        showForm();
        focus.opened();
        if (!chosen.hasForm()) {
            review();
        }
    }

    private Optional<WalletForm> currentForm() {
        return switch (kind.form()) {
            case LIQUID -> Optional.of(liquidFormController);
            case STAKE -> Optional.of(stakeFormController);
            case SAVINGS_REQUEST -> Optional.of(savingsRequestFormController);
            case ACCOUNT -> Optional.of(accountFormController);
            case NONE -> Optional.empty();
        };
    }

    private void close() {
        sheet.setVisible(false);
        focus.closed();
        masterPassword.clear();
        kind = null;
        plan = null;
        prepared = Optional.empty();
    }

    private void showForm() {
        plan = null;
        form.setVisible(kind.hasForm());
        confirm.setVisible(false);
        ownerBox.setVisible(false);
        masterPassword.clear();
        review.setVisible(true);
        sign.setVisible(false);
        sheetBack.setVisible(false);
        message.info(null);
        review.setDisable(false);
    }

    private void review() {
        if (self.isEmpty()) {
            return;
        }
        AccountName account = self.get();
        WalletRequest request;
        try {
            request = prepared.isPresent() ? prepared.get()
                    : model.request(kind, currentForm().map(WalletForm::fields).orElse(WalletFields.none()));
        } catch (WalletException | IllegalArgumentException e) {
            message.error(model.failure(e));
            return;
        }
        review.setDisable(true);
        sheetBusy.setVisible(true);
        message.info(messages.get("wallet.sheet.planning"));
        // An owner-key request needs no vault: its key comes from the master password when it is signed.
        (request.role() == KeyRole.OWNER ? background.supply(() -> wallet.plan(account, request))
                : session.whileUnlocked(() -> wallet.plan(account, request)))
                .whenCompleteAsync((planned, failure) -> {
                    sheetBusy.setVisible(false);
                    review.setDisable(false);
                    if (failure != null) {
                        message.error(model.failure(failure));
                        return;
                    }
                    showConfirmation(planned);
                }, background.ui());
    }

    private void showConfirmation(WalletPlan planned) {
        plan = planned;
        form.setVisible(false);
        confirm.setVisible(true);
        review.setVisible(false);
        sign.setVisible(true);
        sheetBack.setVisible(kind.hasForm());
        sign.setDisable(false);
        ownerBox.setVisible(planned.signingRole() == KeyRole.OWNER);
        message.info(model.signingKey(planned));
        operationsJson.setText(model.operations(planned));
        effect.setText(model.effect(planned));
    }

    private void sign() {
        WalletPlan planned = plan;
        if (planned == null) {
            return;
        }
        CompletableFuture<WalletReceipt> sending;
        if (planned.signingRole() == KeyRole.OWNER) {
            char[] password = typedPassword();
            if (password.length == 0) {
                message.error(messages.get("wallet.confirm.owner.missing"));
                return;
            }
            // The field is cleared now; the copy is wiped once the owner key is derived (or the work fails).
            sending = background.supply(() -> {
                try {
                    return wallet.executeWithMasterPassword(planned, password);
                } finally {
                    Arrays.fill(password, '\0');
                }
            });
        } else {
            sending = session.whileUnlocked(() -> wallet.execute(planned));
        }
        sign.setDisable(true);
        sheetBack.setDisable(true);
        sheetBusy.setVisible(true);
        message.info(messages.get("wallet.sheet.sending"));
        sending.whenCompleteAsync((receipt, failure) -> {
            sheetBusy.setVisible(false);
            sheetBack.setDisable(false);
            if (failure != null) {
                sign.setDisable(false);
                message.error(model.failure(failure));
                onSent.run(); // an unclear outcome waits in the outbox: the page's pending list shows it
                return;
            }
            sign.setVisible(false);
            sheetBack.setVisible(false);
            ownerBox.setVisible(false);
            message.success(model.receipt(receipt));
            sheetCancel.setText(messages.get("wallet.sheet.close"));
            if (receipt.status() == WalletReceipt.Status.CONFIRMED) {
                onLanded.accept(planned.request());
            }
            onSent.run();
        }, background.ui());
    }

    /** The master password typed for an owner-key operation, taken out of the field (which is cleared). */
    private char[] typedPassword() {
        CharSequence typed = masterPassword.getCharacters();
        char[] password = new char[typed.length()];
        for (int i = 0; i < password.length; i++) {
            password[i] = typed.charAt(i);
        }
        masterPassword.clear();
        return password;
    }
}
