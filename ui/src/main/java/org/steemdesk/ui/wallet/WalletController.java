package org.steemdesk.ui.wallet;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.rewards.PeriodTotals;
import org.steemdesk.app.rewards.RewardAnalytics;
import org.steemdesk.app.rewards.Rewards;
import org.steemdesk.app.rewards.RewardPeriod;
import org.steemdesk.app.sync.HistoryEntry;
import org.steemdesk.app.sync.AccountSnapshot;
import org.steemdesk.app.sync.AccountSync;
import org.steemdesk.app.sync.HistorySync;
import org.steemdesk.app.sync.NothingCachedException;
import org.steemdesk.app.sync.Synced;
import org.steemdesk.app.wallet.AmountText;
import org.steemdesk.app.wallet.BalanceSheet;
import org.steemdesk.app.wallet.StakeAmount;
import org.steemdesk.app.wallet.Wallet;
import org.steemdesk.app.wallet.WalletException;
import org.steemdesk.app.wallet.WalletPlan;
import org.steemdesk.app.wallet.WalletReceipt;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.OperationErrors;
import org.steemdesk.ui.curation.RewardChart;
import org.steemdesk.ui.session.VaultSession;

/**
 * The wallet: balances, Steem Power (own, delegated out, received), savings, pending rewards, the power down; a
 * sheet for each operation that ends on exactly what is signed and its effect; the cached history with a filter;
 * rewards per month. Planning and executing are the app's {@code WalletService}; nothing is computed here.
 */
public final class WalletController {
    static final int HISTORY_LIMIT = 1000;
    private static final String ALL = "";
    private static final String SUCCESS = "success";
    private static final String ERROR = "error";

    private final Supplier<AccountSync> accountSync;
    private final Supplier<HistorySync> historySync;
    private final Rewards appRewards;
    private final Wallet wallet;
    private final Background background;
    private final VaultSession session;
    private final Messages messages;
    private final Formats formats;
    private final OperationErrors errors;
    private final ObservableList<HistoryEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<HistoryEntry> shown = new FilteredList<>(entries);
    private final BarChart<String, Number> chart;
    private AccountSnapshot snapshot;
    private WalletDialog action;
    private WalletPlan plan;
    private int generation;

    @FXML private ScrollPane page;
    @FXML private Label accountTitle;
    @FXML private ProgressIndicator busy;
    @FXML private Button refresh;
    @FXML private Label notice;
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
    @FXML private ComboBox<String> historyFilter;
    @FXML private TableView<HistoryEntry> history;
    @FXML private TableColumn<HistoryEntry, String> historyTime;
    @FXML private TableColumn<HistoryEntry, String> historyType;
    @FXML private TableColumn<HistoryEntry, String> historyDetail;
    @FXML private VBox chartBox;
    @FXML private StackPane sheet;
    @FXML private Label sheetTitle;
    @FXML private VBox form;
    @FXML private HBox toRow;
    @FXML private TextField toField;
    @FXML private HBox amountRow;
    @FXML private TextField amountField;
    @FXML private ChoiceBox<AssetSymbol> symbolChoice;
    @FXML private Label amountHint;
    @FXML private HBox memoRow;
    @FXML private TextField memoField;
    @FXML private CheckBox encryptMemo;
    @FXML private HBox requestRow;
    @FXML private TextField requestField;
    @FXML private VBox confirm;
    @FXML private TextArea operationsJson;
    @FXML private Label effect;
    @FXML private Label sheetMessage;
    @FXML private Button sheetCancel;
    @FXML private ProgressIndicator sheetBusy;
    @FXML private Button sheetBack;
    @FXML private Button review;
    @FXML private Button sign;

    /** @param accounts, history the app's reads (asked off the FX thread: the first call opens cache.db) */
    public WalletController(Supplier<AccountSync> accounts, Supplier<HistorySync> history, Rewards rewards,
                            Wallet wallet, Background background, VaultSession session, Messages messages,
                            Formats formats, OperationErrors errors) {
        this.accountSync = Objects.requireNonNull(accounts, "accounts");
        this.historySync = Objects.requireNonNull(history, "history");
        this.appRewards = Objects.requireNonNull(rewards, "rewards");
        this.wallet = Objects.requireNonNull(wallet, "wallet");
        this.background = Objects.requireNonNull(background, "background");
        this.session = Objects.requireNonNull(session, "session");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.chart = RewardChart.create(messages);
    }

    @FXML
    private void initialize() {
        refresh.setOnAction(e -> load());
        claim.setOnAction(e -> open(WalletDialog.CLAIM));
        transferAction.setOnAction(e -> open(WalletDialog.TRANSFER));
        powerUpAction.setOnAction(e -> open(WalletDialog.POWER_UP));
        powerDownAction.setOnAction(e -> open(WalletDialog.POWER_DOWN));
        cancelPowerDownAction.setOnAction(e -> open(WalletDialog.CANCEL_POWER_DOWN));
        delegateAction.setOnAction(e -> open(WalletDialog.DELEGATE));
        savingsDepositAction.setOnAction(e -> open(WalletDialog.SAVINGS_DEPOSIT));
        savingsWithdrawAction.setOnAction(e -> open(WalletDialog.SAVINGS_WITHDRAW));
        savingsCancelAction.setOnAction(e -> open(WalletDialog.SAVINGS_CANCEL));
        sheetCancel.setOnAction(e -> closeSheet());
        sheetBack.setOnAction(e -> showForm());
        review.setOnAction(e -> review());
        sign.setOnAction(e -> sign());
        amountField.textProperty().addListener((obs, old, text) -> showAmountHint());
        historyTime.setCellValueFactory(row -> new ReadOnlyStringWrapper(formats.dateTime(row.getValue()
                .timestamp())));
        historyType.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().opName()));
        historyDetail.setCellValueFactory(row -> new ReadOnlyStringWrapper(detail(row.getValue().json())));
        history.setItems(shown);
        history.setPlaceholder(new Label(messages.get("wallet.history.empty")));
        historyFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(String op) {
                return op == null || op.equals(ALL) ? messages.get("wallet.history.all") : op;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        historyFilter.getItems().setAll(ALL);
        historyFilter.getSelectionModel().select(ALL);
        historyFilter.valueProperty().addListener((obs, old, op) ->
                shown.setPredicate(op == null || op.equals(ALL) ? e -> true : e -> e.opName().equals(op)));
        chartBox.getChildren().add(chart);
        session.currentAccountProperty().addListener((obs, old, account) -> {
            if (chartBox.getScene() != null) {
                load();
            }
        });
        load();
    }

    private Optional<AccountName> account() {
        return Optional.ofNullable(session.currentAccountProperty().get());
    }

    private void load() {
        Optional<AccountName> account = account();
        accountTitle.setText(account.map(a -> messages.get("wallet.account", a.value()))
                .orElse(messages.get("wallet.noAccount")));
        setActionsDisabled(account.isEmpty());
        if (account.isEmpty()) {
            return;
        }
        AccountName name = account.get();
        int run = ++generation;
        busy.setVisible(true);
        background.run(() -> accountSync.get().cached(name), cached -> {
            if (run == generation && snapshot == null) {
                cached.ifPresent(this::showAccount);
            }
        }, failure -> { });
        background.run(() -> {
            try {
                return accountSync.get().load(name);
            } catch (NothingCachedException e) {
                throw new CompletionException(e);
            }
        }, fresh -> {
            if (run == generation) {
                busy.setVisible(false);
                showAccount(fresh);
            }
        }, failure -> {
            if (run == generation) {
                busy.setVisible(false);
                showNotice(errors.describe(failure));
            }
        });
        background.run(() -> historySync.get().load(name, HISTORY_LIMIT), view -> {
            if (run == generation) {
                showHistory(view.entries());
            }
        }, failure -> { });
        background.run(() -> {
            RewardAnalytics analytics = appRewards.analytics();
            return new MonthlyRewards(RewardAnalytics.totals(analytics.events(name), RewardPeriod.MONTH),
                    analytics.vestingPrice());
        }, r -> {
            if (run == generation) {
                RewardChart.show(chart, r.totals(), r.price(), messages);
            }
        }, failure -> { });
    }

    private record MonthlyRewards(List<PeriodTotals> totals, Optional<VestingPrice> price) {
    }

    private void setActionsDisabled(boolean disabled) {
        for (Button b : List.of(claim, transferAction, powerUpAction, powerDownAction, cancelPowerDownAction,
                delegateAction, savingsDepositAction, savingsWithdrawAction, savingsCancelAction)) {
            b.setDisable(disabled);
        }
    }

    private void showAccount(Synced<AccountSnapshot> synced) {
        snapshot = synced.value();
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
        if (synced.offline()) {
            showNotice(messages.get("feed.offline", formats.dateTime(synced.fetchedAt())));
        } else {
            notice.setManaged(false);
            notice.setVisible(false);
        }
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setManaged(true);
        notice.setVisible(true);
    }

    private void showHistory(List<HistoryEntry> list) {
        entries.setAll(list);
        Set<String> ops = new TreeSet<>();
        list.forEach(e -> ops.add(e.opName()));
        String selected = historyFilter.getValue();
        var items = new ArrayList<String>();
        items.add(ALL);
        items.addAll(ops);
        historyFilter.getItems().setAll(items);
        historyFilter.getSelectionModel().select(items.contains(selected) ? selected : ALL);
    }

    /** The operation's fields from a cached history row ({@code [index, {op: [name, {...}]}]}). */
    private static String detail(String json) {
        try {
            var row = SteemJson.mapper().readTree(json);
            var op = row.isArray() ? row.path(1).path("op").path(1) : row.path("op").path(1);
            return op.isMissingNode() ? json : op.toString();
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    private String amount(Asset asset) {
        return formats.amount(asset.toDecimal(), asset.symbol().name());
    }

    private String sp(Asset steem) {
        return formats.amount(steem.toDecimal(), "SP");
    }

    // ---- the sheet: form, then confirmation ----

    private void open(WalletDialog chosen) {
        action = chosen;
        plan = null;
        sheetTitle.setText(title(chosen));
        sheetCancel.setText(messages.get("wallet.sheet.cancel"));
        toField.setText(chosen == WalletDialog.TRANSFER || chosen == WalletDialog.DELEGATE ? null
                : account().map(AccountName::value).orElse(null));
        amountField.setText(null);
        memoField.setText(null);
        encryptMemo.setSelected(false);
        requestField.setText(null);
        show(toRow, chosen.hasRecipient());
        show(amountRow, chosen.hasAmount());
        show(memoRow, chosen.hasMemo());
        show(encryptMemo, chosen == WalletDialog.TRANSFER);
        show(requestRow, chosen.hasRequestId());
        symbolChoice.getItems().setAll(chosen == WalletDialog.POWER_UP ? List.of(AssetSymbol.STEEM)
                : List.of(AssetSymbol.STEEM, AssetSymbol.SBD));
        symbolChoice.getSelectionModel().selectFirst();
        show(symbolChoice, !chosen.stakeAmount());
        showAmountHint();
        sheet.setVisible(true);
        showForm();
        if (!chosen.hasForm()) {
            review();
        }
    }

    private String title(WalletDialog chosen) {
        return switch (chosen) {
            case TRANSFER -> messages.get("wallet.action.TRANSFER");
            case POWER_UP -> messages.get("wallet.action.POWER_UP");
            case POWER_DOWN -> messages.get("wallet.action.POWER_DOWN");
            case CANCEL_POWER_DOWN -> messages.get("wallet.action.CANCEL_POWER_DOWN");
            case DELEGATE -> messages.get("wallet.action.DELEGATE");
            case SAVINGS_DEPOSIT -> messages.get("wallet.action.SAVINGS_DEPOSIT");
            case SAVINGS_WITHDRAW -> messages.get("wallet.action.SAVINGS_WITHDRAW");
            case SAVINGS_CANCEL -> messages.get("wallet.action.SAVINGS_CANCEL");
            case CLAIM -> messages.get("wallet.claim");
        };
    }

    private void showAmountHint() {
        if (action == null || !action.hasAmount()) {
            show(amountHint, false);
            return;
        }
        show(amountHint, true);
        if (!action.stakeAmount()) {
            amountHint.setText(messages.get("wallet.form.amount.hint"));
            return;
        }
        String text = amountField.getText();
        if (text == null || text.isBlank() || snapshot == null) {
            amountHint.setText(action == WalletDialog.DELEGATE ? messages.get("wallet.form.stake.hint.delegate")
                    : messages.get("wallet.form.stake.hint"));
            return;
        }
        try {
            StakeAmount stake = AmountText.stake(text);
            VestingPrice price = snapshot.vestingPrice();
            amountHint.setText(messages.get("wallet.form.stake.vests", sp(price.toSteem(stake.toVests(price))),
                    formats.amount(stake.toVests(price).toDecimal(), "VESTS")));
        } catch (WalletException e) {
            amountHint.setText(errors.wallet(e.reason()));
        }
    }

    private void sheetError(String text) {
        sheetMessage.getStyleClass().remove(SUCCESS);
        if (!sheetMessage.getStyleClass().contains(ERROR)) {
            sheetMessage.getStyleClass().add(ERROR);
        }
        sheetMessage.setText(text);
    }

    private void sheetInfo(String text) {
        sheetMessage.getStyleClass().removeAll(ERROR, SUCCESS);
        sheetMessage.setText(text);
    }

    private void showForm() {
        plan = null;
        show(form, action.hasForm());
        show(confirm, false);
        show(review, true);
        show(sign, false);
        show(sheetBack, false);
        sheetInfo(null);
        review.setDisable(false);
    }

    private void closeSheet() {
        sheet.setVisible(false);
        action = null;
        plan = null;
    }

    /** The request from the form; a malformed amount or name is refused before anything is asked of the node. */
    private WalletRequest request(AccountName self) {
        String memo = memoField.getText() == null ? "" : memoField.getText();
        if (encryptMemo.isSelected() && !memo.isEmpty() && !memo.startsWith("#")) {
            memo = "#" + memo;
        }
        return switch (action) {
            case TRANSFER -> new WalletRequest.Transfer(recipient(), liquid(), memo);
            case POWER_UP -> new WalletRequest.PowerUp(recipient(), liquid());
            case POWER_DOWN -> new WalletRequest.PowerDown(AmountText.stake(text(amountField)));
            case CANCEL_POWER_DOWN -> new WalletRequest.CancelPowerDown();
            case DELEGATE -> new WalletRequest.Delegate(recipient(), AmountText.stake(text(amountField)));
            case SAVINGS_DEPOSIT -> new WalletRequest.SavingsDeposit(recipient(), liquid(), memo);
            case SAVINGS_WITHDRAW -> new WalletRequest.SavingsWithdraw(recipient(), liquid(), memo);
            case SAVINGS_CANCEL -> new WalletRequest.SavingsCancel(requestId());
            case CLAIM -> new WalletRequest.ClaimRewards();
        };
    }

    private static String text(TextField field) {
        return field.getText() == null ? "" : field.getText().trim();
    }

    private AccountName recipient() {
        try {
            return AccountName.of(text(toField).replaceFirst("^@", ""));
        } catch (IllegalArgumentException e) {
            throw new WalletException(WalletException.Reason.UNKNOWN_ACCOUNT, "not an account name", e);
        }
    }

    private Asset liquid() {
        String number = text(amountField);
        Set<AssetSymbol> allowed = EnumSet.of(symbolChoice.getValue());
        return AmountText.liquid(number.matches(".*[A-Za-z].*") ? number : number + " " + symbolChoice.getValue(),
                allowed);
    }

    private long requestId() {
        try {
            return Long.parseLong(text(requestField));
        } catch (NumberFormatException e) {
            throw new WalletException(WalletException.Reason.NOTHING_TO_DO, "not a request id", e);
        }
    }

    private void review() {
        Optional<AccountName> self = account();
        if (self.isEmpty()) {
            return;
        }
        WalletRequest request;
        try {
            request = request(self.get());
        } catch (WalletException | IllegalArgumentException e) {
            sheetError(errors.describe(e));
            return;
        }
        review.setDisable(true);
        sheetBusy.setVisible(true);
        sheetInfo(messages.get("wallet.sheet.planning"));
        session.whileUnlocked(() -> wallet.plan(self.get(), request))
                .whenCompleteAsync((planned, failure) -> {
                    sheetBusy.setVisible(false);
                    review.setDisable(false);
                    if (failure != null) {
                        sheetError(errors.describe(failure));
                        return;
                    }
                    showConfirmation(planned);
                }, background.ui());
    }

    private void showConfirmation(WalletPlan planned) {
        plan = planned;
        show(form, false);
        show(confirm, true);
        show(review, false);
        show(sign, true);
        show(sheetBack, action.hasForm());
        sign.setDisable(false);
        sheetInfo(messages.get("wallet.confirm.key", keyRole(planned)));
        operationsJson.setText(pretty(planned.operationsJson()));
        effect.setText(effect(planned));
    }

    private String keyRole(WalletPlan planned) {
        return switch (planned.signingRole()) {
            case OWNER -> messages.get("keys.role.owner");
            case ACTIVE -> messages.get("keys.role.active");
            case POSTING -> messages.get("keys.role.posting");
            case MEMO -> messages.get("keys.role.memo");
        };
    }

    private static String pretty(String json) {
        try {
            var mapper = SteemJson.mapper();
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(json));
        } catch (JsonProcessingException e) {
            return json; // the plan's own JSON is shown as it is rather than not at all
        }
    }

    private String effect(WalletPlan planned) {
        VestingPrice price = planned.price();
        BalanceSheet after = planned.after();
        var lines = new ArrayList<String>();
        lines.add(messages.get("wallet.effect.liquid", amount(after.steem()), amount(after.sbd())));
        lines.add(messages.get("wallet.effect.savings", amount(after.savingsSteem()), amount(after.savingsSbd())));
        lines.add(messages.get("wallet.effect.sp", sp(price.toSteem(after.vests())),
                sp(price.toSteem(after.delegatedVests())), sp(price.toSteem(after.receivedVests()))));
        planned.powerDown().ifPresent(p -> lines.add(messages.get("wallet.effect.powerDown",
                sp(p.totalSteemPower()), p.weeks(), sp(p.weeklySteem()),
                formats.amount(p.weeklyVests().toDecimal(), "VESTS"))));
        planned.delegation().ifPresent(d -> lines.add(messages.get("wallet.effect.delegation",
                d.delegatee().value(), sp(price.toSteem(d.currentVests())), sp(price.toSteem(d.newVests())),
                formats.amount(d.newVests().toDecimal(), "VESTS"))));
        return String.join("\n", lines);
    }

    private void sign() {
        WalletPlan planned = plan;
        if (planned == null) {
            return;
        }
        sign.setDisable(true);
        sheetBack.setDisable(true);
        sheetBusy.setVisible(true);
        sheetInfo(messages.get("wallet.sheet.sending"));
        session.whileUnlocked(() -> wallet.execute(planned))
                .whenCompleteAsync((receipt, failure) -> {
                    sheetBusy.setVisible(false);
                    sheetBack.setDisable(false);
                    if (failure != null) {
                        sign.setDisable(false);
                        sheetError(errors.describe(failure));
                        return;
                    }
                    show(sign, false);
                    show(sheetBack, false);
                    sheetMessage.getStyleClass().add(SUCCESS);
                    sheetMessage.setText(receipt.status() == WalletReceipt.Status.CONFIRMED
                            ? messages.get("wallet.sheet.confirmed", receipt.txId())
                            : messages.get("wallet.sheet.pending", receipt.txId()));
                    sheetCancel.setText(messages.get("wallet.sheet.close"));
                    load();
                }, background.ui());
    }

    private static void show(Node node, boolean visible) {
        node.setManaged(visible);
        node.setVisible(visible);
    }
}
