package org.steemdesk.ui.main;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.StatusModel;

/** Node state, head-block lag, voting mana, RC and the queued-vote badge, all bound to the {@link StatusModel}. */
public final class StatusBarController {
    private static final String ONLINE_STYLE = "online";

    private final Messages messages;
    private final Formats formats;
    private final StatusModel status;
    // Held here and observed weakly, so a status bar replaced by a language switch is not kept alive by the model.
    private final ChangeListener<Boolean> onlineStyle = (obs, old, online) -> markOnline(online);

    @FXML
    private Label nodeState;
    @FXML
    private Label node;
    @FXML
    private Label lag;
    @FXML
    private Label votingMana;
    @FXML
    private Label resourceCredits;
    @FXML
    private Label queuedVotes;

    public StatusBarController(Messages messages, Formats formats, StatusModel status) {
        this.messages = messages;
        this.formats = formats;
        this.status = status;
    }

    @FXML
    private void initialize() {
        nodeState.textProperty().bind(Bindings.createStringBinding(
                () -> status.onlineProperty().get() ? messages.get("status.online") : messages.get("status.offline"),
                status.onlineProperty()));
        status.onlineProperty().addListener(new WeakChangeListener<>(onlineStyle));
        markOnline(status.onlineProperty().get());
        node.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("status.node", orNone(status.nodeProperty(), url -> url)),
                status.nodeProperty()));
        // Without a node there is no head block to lag behind: the label is hidden rather than showing a dash.
        var lagKnown = status.headBlockLagProperty().isNotNull();
        lag.visibleProperty().bind(lagKnown);
        lag.managedProperty().bind(lagKnown);
        lag.textProperty().bind(Bindings.createStringBinding(
                () -> lagKnown.get() ? messages.get("status.lag", status.headBlockLagProperty().get().toSeconds()) : "",
                status.headBlockLagProperty()));
        votingMana.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("status.mana", orNone(status.votingManaProperty(), formats::percent)),
                status.votingManaProperty()));
        resourceCredits.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("status.rc", orNone(status.resourceCreditsProperty(), formats::percent)),
                status.resourceCreditsProperty()));
        // While a curation runner sends from this data folder, the badge says so instead of counting alone.
        queuedVotes.textProperty().bind(Bindings.createStringBinding(
                () -> status.runnerActiveProperty().get()
                        ? messages.get("status.queued.runner", formats.number(status.queuedVotesProperty().get()))
                        : formats.number(status.queuedVotesProperty().get()),
                status.queuedVotesProperty(), status.runnerActiveProperty()));
        Tooltip usual = queuedVotes.getTooltip();
        Tooltip runner = new Tooltip();
        runner.textProperty().bind(Bindings.createStringBinding(() -> messages.get("status.runner")));
        queuedVotes.tooltipProperty().bind(Bindings.when(status.runnerActiveProperty()).then(runner)
                .otherwise(usual));
    }

    private <T> String orNone(ObservableValue<T> value, Function<T, String> format) {
        return value.getValue() == null ? messages.get("status.none") : format.apply(value.getValue());
    }

    private void markOnline(boolean online) {
        nodeState.getStyleClass().remove(ONLINE_STYLE);
        if (online) {
            nodeState.getStyleClass().add(ONLINE_STYLE);
        }
    }
}
