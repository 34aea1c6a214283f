package org.steemdesk.ui.curation;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.steemdesk.app.NodeUnreachableException;
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
 * The curation trail tab: the authors, tags and curators whose new posts (or votes) are followed, each with its
 * weight and rules (delay, scale by the curator's vote, self-votes, comments, tags and authors in or out, payout
 * range, daily cap, mana floor) typed into a form that {@link TrailEntryForm} reads; selecting a row puts it back in
 * the form to change it. Below, the trail's own rules (daily cap, mana floor, post age) and a run now. The trail and
 * its runs are the app's {@link Curation}, which checks on chain that every account an entry names exists.
 */
public final class TrailController {
    private final Curation curation;
    private final Background background;
    private final Clock clock;
    private final Messages messages;
    private final Formats formats;
    private final OperationErrors errors;
    private final TrailEntryForm form;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private Runnable onQueued = () -> { };
    private ActionMessage message;

    @FXML private ChoiceBox<TrailSource> trailSource;
    @FXML private TextField trailAuthor;
    @FXML private TextField trailWeight;
    @FXML private TextField trailDelay;
    @FXML private Button trailAdd;
    @FXML private Button trailClear;
    @FXML private CheckBox trailScale;
    @FXML private CheckBox trailSkipSelf;
    @FXML private CheckBox trailComments;
    @FXML private TextField trailTags;
    @FXML private TextField trailExcludeTags;
    @FXML private TextField trailAuthors;
    @FXML private TextField trailExcludeAuthors;
    @FXML private TextField trailMinPayout;
    @FXML private TextField trailMaxPayout;
    @FXML private TextField trailDailyCap;
    @FXML private TextField trailMinMana;
    @FXML private Button trailRemove;
    @FXML private Button trailRun;
    @FXML private TableView<TrailEntry> trail;
    @FXML private TableColumn<TrailEntry, String> trailNameColumn;
    @FXML private TableColumn<TrailEntry, String> trailWeightColumn;
    @FXML private TableColumn<TrailEntry, String> trailRulesColumn;
    @FXML private TableColumn<TrailEntry, String> trailAddedColumn;
    @FXML private Spinner<Integer> dailyCap;
    @FXML private Spinner<Integer> manaFloor;
    @FXML private Spinner<Integer> trailAtAge;
    @FXML private Button saveSettings;
    @FXML private Label trailMessage;

    public TrailController(Curation curation, Background background, Clock clock, Messages messages,
                           Formats formats, OperationErrors errors) {
        this.curation = curation;
        this.background = background;
        this.clock = clock;
        this.messages = messages;
        this.formats = formats;
        this.errors = errors;
        this.form = new TrailEntryForm(messages, formats);
    }

    @FXML
    private void initialize() {
        message = new ActionMessage(trailMessage);
        trailSource.getItems().setAll(TrailSource.values());
        trailSource.setConverter(new StringConverter<>() {
            @Override
            public String toString(TrailSource source) {
                return source == null ? null : sourceName(source);
            }

            @Override
            public TrailSource fromString(String text) {
                return null;
            }
        });
        trailScale.disableProperty().bind(trailSource.valueProperty().isNotEqualTo(TrailSource.CURATOR));
        trailSource.valueProperty().addListener((obs, old, source) -> trailAuthor.setPromptText(
                source == TrailSource.TAG ? messages.get("curation.trail.form.tag.prompt")
                        : messages.get("curation.trail.form.name.prompt")));
        showForm(TrailEntryForm.Fields.empty(TrailSource.AUTHOR));
        trailClear.setOnAction(e -> showForm(TrailEntryForm.Fields.empty(trailSource.getValue())));
        trail.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                // The rules pane stays as the user left it: opened, it would squeeze the table in a short window.
                showForm(TrailEntryForm.Fields.of(entry));
            }
        });
        trailRulesColumn.setCellFactory(c -> new TextTipCell<>());
        trailRulesColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(form.rulesText(r.getValue().rules())));
        dailyCap.setValueFactory(new IntegerSpinnerValueFactory(1, 1000, TrailSettings.DEFAULTS.dailyCap()));
        manaFloor.setValueFactory(new IntegerSpinnerValueFactory(0, 100,
                TrailSettings.DEFAULTS.manaFloorBasisPoints() / 100));
        trailAtAge.setValueFactory(new IntegerSpinnerValueFactory(0, 7 * 24 * 60,
                (int) TrailSettings.DEFAULTS.voteAtAge().map(Duration::toMinutes).orElse(0L).longValue()));
        trailNameColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(entryName(r.getValue())));
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
        var built = form.build(fields(), clock.instant());
        if (built.entry().isEmpty()) {
            message.error(built.error());
            return;
        }
        TrailEntry entry = built.entry().get();
        trailAdd.setDisable(true);
        message.info(messages.get("curation.trail.form.checking"));
        background.run(() -> {
            try {
                curation.add(account, entry);
            } catch (NodeUnreachableException e) {
                throw new CompletionException(e);
            }
            return entry;
        }, added -> {
            trailAdd.setDisable(false);
            showForm(TrailEntryForm.Fields.empty(added.source()));
            message.success(messages.get("curation.trail.form.added", entryName(added)));
            load(account);
        }, failure -> {
            trailAdd.setDisable(false);
            failed(failure);
        });
    }

    private TrailEntryForm.Fields fields() {
        return new TrailEntryForm.Fields(trailSource.getValue(), trailAuthor.getText(), trailWeight.getText(),
                trailDelay.getText(), trailScale.isSelected(), trailSkipSelf.isSelected(), trailComments.isSelected(),
                trailTags.getText(), trailExcludeTags.getText(), trailAuthors.getText(), trailExcludeAuthors.getText(),
                trailMinPayout.getText(), trailMaxPayout.getText(), trailDailyCap.getText(), trailMinMana.getText());
    }

    private void showForm(TrailEntryForm.Fields f) {
        trailSource.setValue(f.source());
        trailAuthor.setText(f.name());
        trailWeight.setText(f.weight());
        trailDelay.setText(f.delaySeconds());
        trailScale.setSelected(f.scaleByLeader());
        trailSkipSelf.setSelected(f.skipSelf());
        trailComments.setSelected(f.comments());
        trailTags.setText(f.tags());
        trailExcludeTags.setText(f.excludeTags());
        trailAuthors.setText(f.authors());
        trailExcludeAuthors.setText(f.excludeAuthors());
        trailMinPayout.setText(f.minPayout());
        trailMaxPayout.setText(f.maxPayout());
        trailDailyCap.setText(f.dailyCap());
        trailMinMana.setText(f.minMana());
    }

    private String sourceName(TrailSource source) {
        return switch (source) {
            case AUTHOR -> messages.get("curation.trail.source.author");
            case TAG -> messages.get("curation.trail.source.tag");
            case CURATOR -> messages.get("curation.trail.source.curator");
        };
    }

    private String entryName(TrailEntry entry) {
        return switch (entry.source()) {
            case TAG -> messages.get("curation.trail.tag", entry.name());
            case AUTHOR -> messages.get("account.handle", entry.name());
            case CURATOR -> messages.get("curation.trail.curatorName", entry.name());
        };
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
