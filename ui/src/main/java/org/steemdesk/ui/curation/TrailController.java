package org.steemdesk.ui.curation;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.steemdesk.app.curation.Curation;
import org.steemdesk.app.curation.TrailEntry;
import org.steemdesk.app.curation.TrailReport;
import org.steemdesk.app.curation.TrailSettings;
import org.steemdesk.app.curation.TrailSource;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.ActionMessage;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.OperationErrors;

/**
 * The curation trail tab: the authors whose new posts are voted with their weights, the trail's rules (daily cap,
 * mana floor, post age) and a run now. The trail and its runs are the app's {@link Curation}.
 */
public final class TrailController {
    private final Curation curation;
    private final Background background;
    private final Clock clock;
    private final Messages messages;
    private final Formats formats;
    private final OperationErrors errors;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private Runnable onQueued = () -> { };
    private ActionMessage message;

    @FXML private TextField trailAuthor;
    @FXML private Spinner<Integer> trailWeight;
    @FXML private Button trailAdd;
    @FXML private Button trailRemove;
    @FXML private Button trailRun;
    @FXML private TableView<TrailEntry> trail;
    @FXML private TableColumn<TrailEntry, String> trailNameColumn;
    @FXML private TableColumn<TrailEntry, String> trailWeightColumn;
    @FXML private TableColumn<TrailEntry, String> trailAddedColumn;
    @FXML private Spinner<Integer> dailyCap;
    @FXML private Spinner<Integer> manaFloor;
    @FXML private Spinner<Integer> trailAtAge;
    @FXML private Button saveSettings;
    @FXML private Label trailMessage;

    public TrailController(Curation curation, Background background, Clock clock, Messages messages,
                           Formats formats, OperationErrors errors) {
        this.curation = Objects.requireNonNull(curation, "curation");
        this.background = Objects.requireNonNull(background, "background");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    @FXML
    private void initialize() {
        message = new ActionMessage(trailMessage);
        trailWeight.setValueFactory(new IntegerSpinnerValueFactory(1, 100, 30));
        dailyCap.setValueFactory(new IntegerSpinnerValueFactory(1, 1000, TrailSettings.DEFAULTS.dailyCap()));
        manaFloor.setValueFactory(new IntegerSpinnerValueFactory(0, 100,
                TrailSettings.DEFAULTS.manaFloorBasisPoints() / 100));
        trailAtAge.setValueFactory(new IntegerSpinnerValueFactory(0, 7 * 24 * 60,
                (int) TrailSettings.DEFAULTS.voteAtAge().map(Duration::toMinutes).orElse(0L).longValue()));
        trailNameColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().source() == TrailSource.TAG
                ? messages.get("curation.trail.tag", r.getValue().name())
                : messages.get("account.handle", r.getValue().name())));
        trailWeightColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(formats.percent(
                r.getValue().weight() / 10_000.0)));
        trailAddedColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(formats.dateTime(
                r.getValue().addedAt())));
        trail.setPlaceholder(new Label(messages.get("curation.trail.empty")));
        trailRemove.disableProperty().bind(trail.getSelectionModel().selectedItemProperty().isNull());
        // Without an age of its own the trail votes when the chain's reverse auction ends: the node's value is shown.
        background.run(() -> {
            TrailSettings stored = curation.trail().settings();
            return new TrailSettings(stored.dailyCap(), stored.manaFloorBasisPoints(),
                    stored.voteAtAge().or(curation::reverseAuction));
        }, s -> {
            dailyCap.getValueFactory().setValue(s.dailyCap());
            manaFloor.getValueFactory().setValue(s.manaFloorBasisPoints() / 100);
            s.voteAtAge().ifPresent(age -> trailAtAge.getValueFactory().setValue((int) age.toMinutes()));
        }, this::failed);
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Run after a trail run queued votes, so the queue shows them. */
    void onQueued(Runnable action) {
        onQueued = Objects.requireNonNull(action, "action");
    }

    /** Shows the trail of {@code account}; without an account nothing can be added, saved or run. */
    void open(AccountName account) {
        boolean none = account == null;
        trailAdd.setDisable(none);
        saveSettings.setDisable(none);
        trailRun.setDisable(none);
        if (none) {
            return;
        }
        load(account);
        trailAdd.setOnAction(e -> add(account));
        trailRemove.setOnAction(e -> {
            TrailEntry entry = trail.getSelectionModel().getSelectedItem();
            background.run(() -> curation.trail().remove(account, entry.source(), entry.name()),
                    removed -> load(account), this::failed);
        });
        trailRun.setOnAction(e -> run(account));
        saveSettings.setOnAction(e -> saveSettings());
    }

    private void add(AccountName account) {
        TrailEntry entry;
        try {
            entry = TrailEntry.author(AccountName.of(trailAuthor.getText().trim().replaceFirst("^@", "")),
                    trailWeight.getValue() * 100, clock.instant());
        } catch (IllegalArgumentException ex) {
            message.error(messages.get("curation.trail.badAuthor"));
            return;
        }
        background.run(() -> {
            curation.trail().add(account, entry);
            return entry;
        }, added -> {
            trailAuthor.setText(null);
            message.info(messages.get("curation.trail.added.message", added.name()));
            load(account);
        }, this::failed);
    }

    private void run(AccountName account) {
        busy.set(true);
        background.run(() -> curation.run(account), report -> {
            busy.set(false);
            message.info(messages.get("curation.trail.ran", report.count(TrailReport.Outcome.QUEUED),
                    report.unreachable().size()));
            onQueued.run();
        }, failure -> {
            busy.set(false);
            failed(failure);
        });
    }

    private void saveSettings() {
        var settings = new TrailSettings(dailyCap.getValue(), manaFloor.getValue() * 100,
                Duration.ofMinutes(trailAtAge.getValue()));
        background.run(() -> {
            curation.trail().saveSettings(settings);
            return settings;
        }, saved -> message.info(messages.get("curation.trail.saved")), this::failed);
    }

    private void load(AccountName account) {
        background.run(() -> curation.trail().entries(account), trail.getItems()::setAll, this::failed);
    }

    private void failed(Throwable failure) {
        message.error(errors.describe(failure));
    }
}
