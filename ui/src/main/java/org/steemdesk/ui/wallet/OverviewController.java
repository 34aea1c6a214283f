package org.steemdesk.ui.wallet;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.steemdesk.app.wallet.WalletOverview;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.OperationErrors;

/**
 * What the wallet page shows beside the balances, read from the chain by the app's {@link WalletOverview}: power-down
 * routes, the recovery account, witness votes and proxy, pending conversions, delegations out, in and returning, SBD
 * interest. Each section loads on its own (one slow or failing read leaves the others), says why it could not, and
 * opens the wallet sheet for what can be done about a line (remove, unvote, undelegate) or the section (add, change).
 */
public final class OverviewController {
    private final WalletOverview overview;
    private final Background background;
    private final OverviewModel model;
    private final OperationErrors errors;
    private BiConsumer<String, WalletRequest> onAction = (title, request) -> { };
    private Consumer<WalletDialog> onDialog = dialog -> { };
    private int generation;

    @FXML private VBox routeRows;
    @FXML private VBox recoveryRows;
    @FXML private VBox witnessRows;
    @FXML private VBox conversionRows;
    @FXML private VBox delegationRows;
    @FXML private VBox interestRows;
    @FXML private Button addRoute;
    @FXML private Button changeRecovery;
    @FXML private Button voteWitness;
    @FXML private Button setProxy;
    @FXML private Button convert;

    public OverviewController(WalletOverview overview, Background background, OverviewModel model,
                              OperationErrors errors) {
        this.overview = overview;
        this.background = background;
        this.model = model;
        this.errors = errors;
    }

    @FXML
    private void initialize() {
        addRoute.setOnAction(e -> onDialog.accept(WalletDialog.ROUTE));
        changeRecovery.setOnAction(e -> onDialog.accept(WalletDialog.RECOVERY));
        voteWitness.setOnAction(e -> onDialog.accept(WalletDialog.WITNESS_VOTE));
        setProxy.setOnAction(e -> onDialog.accept(WalletDialog.WITNESS_PROXY));
        convert.setOnAction(e -> onDialog.accept(WalletDialog.CONVERT));
    }

    /** A line's button: open the sheet on this request, under the line's text. */
    void onAction(BiConsumer<String, WalletRequest> action) {
        onAction = Objects.requireNonNull(action, "action");
    }

    /** A section's button: open the sheet on this operation's form. */
    void onDialog(Consumer<WalletDialog> action) {
        onDialog = Objects.requireNonNull(action, "action");
    }

    void setActionsDisabled(boolean disabled) {
        for (Button b : List.of(addRoute, changeRecovery, voteWitness, setProxy, convert)) {
            b.setDisable(disabled);
        }
    }

    void load(AccountName account) {
        int run = ++generation;
        section(run, routeRows, () -> overview.routes(account), r -> model.routes(r, account));
        section(run, recoveryRows, () -> overview.recovery(account), model::recovery);
        section(run, witnessRows, () -> overview.witnesses(account, WalletOverview.DEFAULT_WITNESSES),
                model::witnesses);
        section(run, conversionRows, () -> overview.conversions(account), model::conversions);
        section(run, delegationRows, () -> overview.delegations(account), model::delegations);
        section(run, interestRows, () -> overview.interest(account), model::interest);
    }

    private <T> void section(int run, VBox rows, Supplier<T> read, Function<T, List<OverviewRow>> lines) {
        background.run(read, value -> {
            if (run == generation) {
                show(rows, lines.apply(value));
            }
        }, failure -> {
            if (run == generation) {
                Label why = new Label(errors.describe(failure));
                why.setWrapText(true);
                why.getStyleClass().addAll("message", "error");
                rows.getChildren().setAll(why);
            }
        });
    }

    private void show(VBox rows, List<OverviewRow> lines) {
        rows.getChildren().clear();
        for (OverviewRow line : lines) {
            Label text = new Label(line.text());
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            line.tooltip().ifPresent(tip -> text.setTooltip(new Tooltip(tip)));
            HBox row = new HBox(8, text);
            row.getStyleClass().addAll("row", "wallet-overview-row");
            line.action().ifPresent(request -> {
                Button act = new Button(line.actionLabel().orElseThrow());
                act.getStyleClass().add("wallet-overview-action");
                act.setMinWidth(Button.USE_PREF_SIZE);
                act.setOnAction(e -> onAction.accept(line.actionLabel().orElseThrow() + ": " + line.text(), request));
                row.getChildren().add(act);
            });
            rows.getChildren().add(row);
        }
    }
}
