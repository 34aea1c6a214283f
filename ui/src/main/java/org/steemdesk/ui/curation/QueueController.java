package org.steemdesk.ui.curation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.steemdesk.app.vote.VoteFailure;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteRequest;
import org.steemdesk.app.vote.VoteState;
import org.steemdesk.app.vote.Votes;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.ActionMessage;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.OperationErrors;
import org.steemdesk.ui.StatusModel;
import org.steemdesk.ui.session.VaultSession;
import org.steemdesk.ui.session.VoteDispatcher;

/**
 * The vote queue tab: every vote with its state, when and why a waiting one waits, why a failed one failed; send
 * the due votes now, cancel, retry, change the weight. The queue is the app's {@code Votes}; a retry or a new weight
 * is a new vote through the {@link VoteDispatcher}.
 */
public final class QueueController {
    private final Votes votes;
    private final Background background;
    private final Clock clock;
    private final VaultSession session;
    private final VoteDispatcher sender;
    private final StatusModel status;
    private final Messages messages;
    private final Formats formats;
    private final OperationErrors errors;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    /** Held here so the status model's weak reference lives as long as this view. */
    private final InvalidationListener queueChanged = obs -> reloadIfShown();
    private ActionMessage message;

    @FXML private Button sendNow;
    @FXML private Button refreshQueue;
    @FXML private Button cancelVote;
    @FXML private Button retryVote;
    @FXML private Spinner<Integer> newWeight;
    @FXML private Button changeWeight;
    @FXML private Label queueMessage;
    @FXML private TableView<VoteIntent> queue;
    @FXML private TableColumn<VoteIntent, String> postColumn;
    @FXML private TableColumn<VoteIntent, String> weightColumn;
    @FXML private TableColumn<VoteIntent, VoteIntent> stateColumn;
    @FXML private TableColumn<VoteIntent, String> whenColumn;
    @FXML private TableColumn<VoteIntent, String> resultColumn;

    public QueueController(Votes votes, Background background, Clock clock, VaultSession session,
                           VoteDispatcher sender, StatusModel status, Messages messages, Formats formats,
                           OperationErrors errors) {
        this.votes = votes;
        this.background = background;
        this.clock = clock;
        this.session = session;
        this.sender = sender;
        this.status = status;
        this.messages = messages;
        this.formats = formats;
        this.errors = errors;
    }

    @FXML
    private void initialize() {
        message = new ActionMessage(queueMessage);
        newWeight.setValueFactory(new IntegerSpinnerValueFactory(-100, 100, 50));
        postColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(messages.get("curation.queue.postRef",
                r.getValue().author().value(), r.getValue().permlink().value(), r.getValue().account().value())));
        weightColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(formats.percent(
                r.getValue().weight() / 10_000.0)));
        stateColumn.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue()));
        stateColumn.setCellFactory(c -> new StateCell());
        whenColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(when(r.getValue())));
        resultColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(result(r.getValue())));
        // Long posts, reasons and results end in "…" in a narrow window: the whole text is in the tooltip.
        postColumn.setCellFactory(c -> new TextTipCell<>());
        whenColumn.setCellFactory(c -> new TextTipCell<>());
        resultColumn.setCellFactory(c -> new TextTipCell<>());
        queue.setPlaceholder(new Label(messages.get("curation.queue.empty")));
        var selected = queue.getSelectionModel().selectedItemProperty();
        cancelVote.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().state().isWaiting(), selected));
        retryVote.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().state() != VoteState.FAILED, selected));
        changeWeight.disableProperty().bind(selected.isNull());
        sendNow.setOnAction(e -> {
            busy.set(true);
            sender.flush().whenCompleteAsync((reports, failure) -> {
                busy.set(false);
                if (session.isUnlocked()) {
                    message.clear();
                } else {
                    message.info(messages.get("curation.queue.locked"));
                }
                load();
            }, background.ui());
        });
        refreshQueue.setOnAction(e -> load());
        cancelVote.setOnAction(e -> {
            VoteIntent intent = selected.get();
            background.run(() -> votes.cancel(intent.id()), done -> load(), this::failed);
        });
        retryVote.setOnAction(e -> replace(selected.get(), selected.get().weight()));
        changeWeight.setOnAction(e -> replace(selected.get(), newWeight.getValue() * 100));
        load();
        // Votes go in the background (timer, unlock, post view): the queue is shown again whenever it changes,
        // the vault's state changes, or the page comes back into view.
        var weak = new WeakInvalidationListener(queueChanged);
        status.queuedVotesProperty().addListener(weak);
        status.onlineProperty().addListener(weak);
        session.stateProperty().addListener(weak);
        queue.sceneProperty().addListener(weak);
    }

    /** Sending or a slow read is under way (the page shows one indicator for all its tabs). */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private void reloadIfShown() {
        if (queue.getScene() != null) {
            load();
        }
    }

    /** Reads the queue again, newest first. */
    void load() {
        background.run(() -> votes.all().stream()
                .sorted(Comparator.comparing(VoteIntent::createdAt).reversed().thenComparing(VoteIntent::id,
                        Comparator.reverseOrder()))
                .toList(), all -> {
                    queue.getItems().setAll(all);
                    sender.recount();
                }, this::failed);
    }

    /** A retry or a new weight is a new intent for the same post; the queue marks the old one replaced. */
    private void replace(VoteIntent old, int weight) {
        var request = new VoteRequest(old.account(), old.author(), old.permlink(), weight, Optional.empty(),
                old.atAge(), old.minManaBasisPoints());
        sender.vote(request).whenCompleteAsync((recorded, failure) -> {
            if (failure != null) {
                failed(failure);
            }
            load();
        }, background.ui());
    }

    private void failed(Throwable failure) {
        message.error(errors.describe(failure));
    }

    private boolean scheduled(VoteIntent intent) {
        Instant now = clock.instant();
        return intent.state() == VoteState.PENDING
                && (intent.awaitsPostTime() || intent.dueAt().map(d -> d.isAfter(now)).orElse(false));
    }

    private String state(VoteIntent intent) {
        return switch (intent.state()) {
            case PENDING -> scheduled(intent) ? messages.get("curation.state.scheduled")
                    : messages.get("curation.state.pending");
            case RETRY_LATER -> waitsForMana(intent) ? messages.get("curation.state.waitingMana")
                    : messages.get("curation.state.retry");
            case SENDING -> messages.get("curation.state.sending");
            case SENT -> messages.get("curation.state.sent");
            case FAILED -> messages.get("curation.state.failed");
            case CANCELLED -> messages.get("curation.state.cancelled");
        };
    }

    /** When a waiting vote goes and why it waits. */
    private String when(VoteIntent intent) {
        if (!intent.state().isWaiting()) {
            return formats.dateTime(intent.updatedAt());
        }
        Instant now = clock.instant();
        var parts = new ArrayList<String>();
        if (intent.awaitsPostTime()) {
            parts.add(messages.get("curation.when.atAge", intent.atAge().orElseThrow().toMinutes()));
        } else {
            Optional<Instant> due = intent.dueAt();
            if (due.isPresent() && due.get().isAfter(now)) {
                parts.add(messages.get("curation.when.at", formats.dateTime(due.get()),
                        formats.relative(due.get(), now)));
                intent.atAge().ifPresent(age -> parts.add(messages.get("curation.when.postAge", age.toMinutes())));
            } else if (!session.isUnlocked()) {
                parts.add(messages.get("curation.when.locked"));
            } else if (!status.onlineProperty().get()) {
                parts.add(messages.get("curation.when.offline"));
            } else if (waitsForMana(intent)) {
                parts.add(messages.get("curation.when.mana"));
            } else {
                parts.add(messages.get("curation.when.now"));
            }
        }
        intent.minManaBasisPoints().ifPresent(floor -> parts.add(messages.get("curation.when.minMana",
                formats.percent(floor / 10_000.0))));
        return String.join(" \u00b7 ", parts);
    }

    /** A vote held back on purpose, by its own mana floor: not a failure, and nothing to retry. */
    private static boolean waitsForMana(VoteIntent intent) {
        return intent.state() == VoteState.RETRY_LATER
                && intent.reason().filter(r -> r == VoteFailure.MANA_BELOW_FLOOR).isPresent();
    }

    private String result(VoteIntent intent) {
        if (waitsForMana(intent)) {
            return null;
        }
        if (intent.state() == VoteState.SENT) {
            return intent.txId().map(tx -> messages.get("curation.result.tx", tx)).orElse(null);
        }
        return intent.reason().map(errors::vote).orElse(null);
    }

    /** The state in words, coloured: sent, failed, or scheduled for later. */
    private final class StateCell extends TableCell<VoteIntent, VoteIntent> {
        @Override
        protected void updateItem(VoteIntent intent, boolean empty) {
            super.updateItem(intent, empty);
            getStyleClass().removeAll("vote-state-sent", "vote-state-failed", "vote-state-scheduled");
            if (empty || intent == null) {
                setText(null);
                return;
            }
            setText(state(intent));
            switch (intent.state()) {
                case SENT -> getStyleClass().add("vote-state-sent");
                case FAILED -> getStyleClass().add("vote-state-failed");
                default -> {
                    if (scheduled(intent) || waitsForMana(intent)) {
                        getStyleClass().add("vote-state-scheduled");
                    }
                }
            }
        }
    }
}
