package org.steemdesk.ui.wallet;

import java.util.List;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import org.steemdesk.app.outbox.OutboxRecord;
import org.steemdesk.app.wallet.SignedTransactions;
import org.steemdesk.ui.ActionMessage;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.OperationErrors;

/**
 * Signed transactions that may still land (pending, or sent with an unclear outcome), from the app's outbox, with
 * "settle now": the same bytes are sent again, or an expired one is looked up; nothing is signed. The section hides
 * itself while nothing is unsettled. Its rows are the outbox's for every account of this data folder, since a
 * transaction signed for another account still waits to be settled here.
 */
public final class PendingController {
    private final Supplier<SignedTransactions> outbox;
    private final Background background;
    private final PendingModel model;
    private final OperationErrors errors;
    private ActionMessage message;
    private int generation;

    @FXML private VBox pendingSection;
    @FXML private VBox pendingRows;
    @FXML private Button settleNow;
    @FXML private ProgressIndicator pendingBusy;
    @FXML private Label pendingMessage;

    public PendingController(Supplier<SignedTransactions> outbox, Background background, PendingModel model,
                             OperationErrors errors) {
        this.outbox = outbox;
        this.background = background;
        this.model = model;
        this.errors = errors;
    }

    @FXML
    private void initialize() {
        message = new ActionMessage(pendingMessage);
        pendingSection.managedProperty().bind(pendingSection.visibleProperty());
        settleNow.setOnAction(e -> settle());
    }

    /** Reads the unsettled transactions again (after each wallet action and on the page's refresh). */
    void load() {
        int run = ++generation;
        background.run(() -> outbox.get().unsettled(), records -> {
            if (run == generation) {
                show(records);
            }
        }, failure -> { });
    }

    private void settle() {
        int run = ++generation;
        settleNow.setDisable(true);
        pendingBusy.setVisible(true);
        background.run(() -> {
            List<OutboxRecord> tried = outbox.get().settle();
            // Each one settled here is reported on this page, so an equal new request is a new one.
            tried.stream().filter(r -> !r.unsettled()).forEach(r -> outbox.get().reported(r.txId()));
            return new Settlement(tried, outbox.get().unsettled());
        }, settlement -> {
            settleNow.setDisable(false);
            pendingBusy.setVisible(false);
            if (run == generation) {
                show(settlement.open());
            }
            pendingSection.setVisible(true);
            message.success(model.settled(settlement.tried()));
        }, failure -> {
            settleNow.setDisable(false);
            pendingBusy.setVisible(false);
            message.error(errors.describe(failure));
        });
    }

    private void show(List<OutboxRecord> records) {
        pendingRows.getChildren().clear();
        for (OutboxRecord record : records) {
            Label what = new Label(model.what(record));
            what.getStyleClass().add("wallet-amount");
            Label detail = new Label(model.detail(record));
            detail.getStyleClass().add("hint");
            detail.setWrapText(true);
            Label state = new Label(model.state(record) + " \u00b7 " + model.when(record));
            state.setWrapText(true);
            VBox row = new VBox(2, what, detail, state);
            row.getStyleClass().add("wallet-pending-row");
            pendingRows.getChildren().add(row);
        }
        if (!records.isEmpty()) {
            message.clear();
        }
        String said = pendingMessage.getText();
        pendingSection.setVisible(!records.isEmpty() || (said != null && !said.isEmpty()));
    }

    private record Settlement(List<OutboxRecord> tried, List<OutboxRecord> open) {
    }
}
