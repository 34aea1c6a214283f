package org.steemdesk.ui.curation;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.session.VaultSession;

/**
 * The curation page: the account it is for, and three tabs, each a view of its own — the vote queue, the curation
 * trail, the rewards. The page shows one busy indicator for all three and sends a trail run's new votes to the
 * queue.
 */
public final class CurationController {
    private final VaultSession session;
    private final Messages messages;

    @FXML private Label accountTitle;
    @FXML private ProgressIndicator busy;
    @FXML private QueueController queuePaneController;
    @FXML private TrailController trailPaneController;
    @FXML private RewardsController rewardsPaneController;

    public CurationController(VaultSession session, Messages messages) {
        this.session = session;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        AccountName account = session.currentAccountProperty().get();
        accountTitle.setText(account == null ? messages.get("wallet.noAccount")
                : messages.get("curation.account", account.value()));
        busy.visibleProperty().bind(queuePaneController.busyProperty().or(trailPaneController.busyProperty())
                .or(rewardsPaneController.busyProperty()));
        trailPaneController.onQueued(queuePaneController::load);
        trailPaneController.open(account);
        rewardsPaneController.open(account);
    }
}
