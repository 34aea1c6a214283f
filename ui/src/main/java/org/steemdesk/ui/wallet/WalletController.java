package org.steemdesk.ui.wallet;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import org.steemdesk.app.sync.AccountSnapshot;
import org.steemdesk.app.sync.AccountSync;
import org.steemdesk.app.sync.NothingCachedException;
import org.steemdesk.app.sync.Synced;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.OperationErrors;
import org.steemdesk.ui.session.VaultSession;

/**
 * The wallet page: the current account's title, and its sections — balances with the operation buttons, the
 * cached history, rewards per month — each a view of its own, with the operation sheet over them. This loads the
 * account (the cached snapshot at once, then the node's) and tells the sections which account to show; planning
 * and executing are the app's {@code Wallet}, through the sheet.
 */
public final class WalletController {
    private final Supplier<AccountSync> accountSync;
    private final Background background;
    private final VaultSession session;
    private final Messages messages;
    private final Formats formats;
    private final OperationErrors errors;
    private AccountSnapshot snapshot;
    private int generation;

    @FXML private Label accountTitle;
    @FXML private ProgressIndicator busy;
    @FXML private Button refresh;
    @FXML private Label notice;
    @FXML private GuardBannerController guardBannerController;
    @FXML private PendingController pendingController;
    @FXML private BalancesController balancesController;
    @FXML private OverviewController overviewController;
    @FXML private HistoryController historyController;
    @FXML private BalanceChartController balanceChartController;
    @FXML private RewardsChartController rewardsChartController;
    @FXML private WalletSheetController walletSheetController;

    /** @param accounts the app's accounts (asked off the FX thread: the first call opens cache.db) */
    public WalletController(Supplier<AccountSync> accounts, Background background, VaultSession session,
                            Messages messages, Formats formats, OperationErrors errors) {
        this.accountSync = Objects.requireNonNull(accounts, "accounts");
        this.background = background;
        this.session = session;
        this.messages = messages;
        this.formats = formats;
        this.errors = errors;
    }

    @FXML
    private void initialize() {
        notice.managedProperty().bind(notice.visibleProperty());
        refresh.setOnAction(e -> load());
        balancesController.onAction(kind -> walletSheetController.open(kind, account(),
                Optional.ofNullable(snapshot).map(AccountSnapshot::vestingPrice)));
        walletSheetController.onSent(this::load);
        walletSheetController.onLanded(request -> guardBannerController.remedied(request));
        guardBannerController.onRemedy((title, request) -> walletSheetController.open(title, request, account()));
        overviewController.onAction((title, request) -> walletSheetController.open(title, request, account()));
        overviewController.onDialog(kind -> walletSheetController.open(kind, account(),
                Optional.ofNullable(snapshot).map(AccountSnapshot::vestingPrice)));
        session.currentAccountProperty().addListener((obs, old, account) -> {
            if (accountTitle.getScene() != null) {
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
        balancesController.setActionsDisabled(account.isEmpty());
        overviewController.setActionsDisabled(account.isEmpty());
        pendingController.load();
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
                notice.setText(errors.describe(failure));
                notice.setVisible(true);
            }
        });
        guardBannerController.load(name);
        overviewController.load(name);
        historyController.load(name);
        rewardsChartController.load(name);
    }

    private void showAccount(Synced<AccountSnapshot> synced) {
        snapshot = synced.value();
        balancesController.show(snapshot);
        historyController.price(snapshot.vestingPrice());
        account().ifPresent(name -> balanceChartController.show(name, snapshot));
        if (synced.offline()) {
            notice.setText(messages.get("feed.offline", formats.dateTime(synced.fetchedAt())));
        }
        notice.setVisible(synced.offline());
    }
}
