package org.steemdesk.ui.wallet;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.guard.Guard;
import org.steemdesk.app.guard.GuardAlert;
import org.steemdesk.app.settings.SettingsStore;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.Background;

/**
 * The account guard on the wallet page: on each load one pass of the app's {@link Guard} over the account (the
 * desktop's periodic job runs it too), then a banner with the stored alerts someone else caused, each with the
 * remedy Steemdesk can sign (it opens the wallet sheet on that operation's confirmation) and a dismiss, which is
 * remembered in cache.db. A key or recovery-account change brings the steps of Steem's account recovery.
 */
public final class GuardBannerController {
    private static final String DISMISSED = "wallet.guard.dismissed.";

    private final Supplier<Guard> guard;
    private final Supplier<SettingsStore> settings;
    private final Background background;
    private final GuardAlertModel model;
    private final Messages messages;
    private BiConsumer<String, WalletRequest> onRemedy = (title, request) -> { };
    private AccountName account;
    private List<GuardAlert> shown = List.of();
    private int generation;

    @FXML private VBox guardBanner;
    @FXML private VBox guardAlerts;
    @FXML private VBox guardSteps;

    public GuardBannerController(Supplier<Guard> guard, Supplier<SettingsStore> settings, Background background,
                                 GuardAlertModel model, Messages messages) {
        this.guard = guard;
        this.settings = settings;
        this.background = background;
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        guardBanner.managedProperty().bind(guardBanner.visibleProperty());
        guardSteps.managedProperty().bind(guardSteps.visibleProperty());
    }

    /** What a remedy button does: open the wallet sheet on the request, under the button's label. */
    void onRemedy(BiConsumer<String, WalletRequest> action) {
        onRemedy = Objects.requireNonNull(action, "action");
    }

    /** Checks the account once and shows its alerts (the stored ones even when no node answers). */
    void load(AccountName name) {
        account = name;
        int run = ++generation;
        background.run(() -> {
            try {
                guard.get().check(name);
            } catch (NodeUnreachableException | RuntimeException e) {
                // Offline or an account the chain lacks: the stored alerts are still worth showing.
            }
            return model.shown(guard.get().alerts(name, GuardAlertModel.SHOWN * 5), dismissed(name));
        }, alerts -> {
            if (run == generation) {
                show(alerts);
            }
        }, failure -> { });
    }

    /** A transaction made of {@code request} landed: the alerts it remedies are done, and dismissed. */
    void remedied(WalletRequest request) {
        shown.stream().filter(a -> a.remedy().request().filter(request::equals).isPresent()).forEach(this::dismiss);
    }

    private void show(List<GuardAlert> alerts) {
        shown = alerts;
        guardAlerts.getChildren().clear();
        boolean recovery = false;
        for (GuardAlert alert : alerts) {
            guardAlerts.getChildren().add(row(alert));
            recovery |= alert.remedy().explainsRecovery();
        }
        guardSteps.setVisible(recovery);
        guardBanner.setVisible(!alerts.isEmpty());
    }

    private VBox row(GuardAlert alert) {
        Label sentence = new Label(model.sentence(alert));
        sentence.setWrapText(true);
        sentence.getStyleClass().add("wallet-amount");
        HBox actions = new HBox(8);
        actions.getStyleClass().add("row");
        model.remedyLabel(alert.remedy()).ifPresent(label -> {
            Button remedy = new Button(label);
            remedy.getStyleClass().addAll("accent", "guard-remedy");
            remedy.setOnAction(e -> alert.remedy().request().ifPresent(r -> onRemedy.accept(label, r)));
            actions.getChildren().add(remedy);
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button dismiss = new Button(messages.get("wallet.guard.dismiss"));
        dismiss.getStyleClass().add("guard-dismiss");
        dismiss.setOnAction(e -> dismiss(alert));
        actions.getChildren().addAll(gap, dismiss);
        VBox row = new VBox(4, sentence);
        model.advice(alert.remedy()).ifPresent(text -> {
            Label advice = new Label(text);
            advice.setWrapText(true);
            row.getChildren().add(advice);
        });
        row.getChildren().add(actions);
        row.getStyleClass().add("wallet-guard-alert");
        return row;
    }

    private void dismiss(GuardAlert alert) {
        AccountName name = account;
        background.run(() -> {
            Set<Long> ids = dismissed(name);
            ids.add(alert.id());
            settings.get().put(DISMISSED + name.value(),
                    ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
            return model.shown(guard.get().alerts(name, GuardAlertModel.SHOWN * 5), ids);
        }, alerts -> {
            if (name.equals(account)) {
                show(alerts);
            }
        }, failure -> { });
    }

    private Set<Long> dismissed(AccountName name) {
        return settings.get().get(DISMISSED + name.value()).stream()
                .flatMap(text -> Arrays.stream(text.split(",")))
                .filter(id -> id.matches("\\d+")).map(Long::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
