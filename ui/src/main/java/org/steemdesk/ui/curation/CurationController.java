package org.steemdesk.ui.curation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.curation.Curation;
import org.steemdesk.app.curation.TrailEntry;
import org.steemdesk.app.curation.TrailReport;
import org.steemdesk.app.curation.TrailSettings;
import org.steemdesk.app.curation.TrailSource;
import org.steemdesk.app.rewards.PeriodTotals;
import org.steemdesk.app.rewards.RewardAmounts;
import org.steemdesk.app.rewards.RewardAnalytics;
import org.steemdesk.app.rewards.RewardCsv;
import org.steemdesk.app.rewards.RewardEvent;
import org.steemdesk.app.rewards.RewardKind;
import org.steemdesk.app.rewards.RewardPeriod;
import org.steemdesk.app.rewards.Rewards;
import org.steemdesk.app.rewards.VoteReturn;
import org.steemdesk.app.vote.VoteIntent;
import org.steemdesk.app.vote.VoteRequest;
import org.steemdesk.app.vote.VoteState;
import org.steemdesk.app.vote.Votes;
import org.steemdesk.app.sync.HistorySync;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.StatusModel;
import org.steemdesk.ui.OperationErrors;
import org.steemdesk.ui.session.VaultSession;
import org.steemdesk.ui.session.VoteDispatcher;

/**
 * The curation screen: the vote queue (pending, scheduled, sent, failed; cancel, retry, change weight), the
 * curation trail (authors with weights, daily cap, mana floor), and the rewards per day/week/month with a chart
 * and a CSV export. The queue, trail and analytics are the app's; this only shows them and passes on requests.
 */
public final class CurationController {
    private static final String ERROR = "error";

    private final Votes votes;
    private final Curation curation;
    private final Rewards rewards;
    private final Supplier<HistorySync> history;
    private final Background background;
    private final Clock clock;
    private final VaultSession session;
    private final VoteDispatcher sender;
    private final Messages messages;
    private final Formats formats;
    private final OperationErrors errors;
    private final BarChart<String, Number> chart;
    private final VoteTimingTable voteTiming;
    private final StatusModel status;
    /** Held here so the status model's weak reference lives as long as this view. */
    private final javafx.beans.InvalidationListener queueChanged = obs -> reloadIfShown();
    private List<RewardEvent> events = List.of();
    private Optional<VestingPrice> price = Optional.empty();

    @FXML private Label accountTitle;
    @FXML private ProgressIndicator busy;
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
    @FXML private ChoiceBox<RewardPeriod> period;
    @FXML private Button updateRewards;
    @FXML private Button exportCsv;
    @FXML private Label rewardsMessage;
    @FXML private TableView<PeriodTotals> rewardTable;
    @FXML private TableColumn<PeriodTotals, String> periodColumn;
    @FXML private TableColumn<PeriodTotals, String> curationColumn;
    @FXML private TableColumn<PeriodTotals, String> authorColumn;
    @FXML private TableColumn<PeriodTotals, String> beneficiaryColumn;
    @FXML private VBox rewardChartBox;

    /** @param history the account history (asked off the FX thread: the first call opens cache.db) */
    public CurationController(Votes votes, Curation curation, Rewards rewards, Supplier<HistorySync> history,
                              Background background, Clock clock, VaultSession session, VoteDispatcher sender,
                              StatusModel status, Messages messages, Formats formats, OperationErrors errors) {
        this.votes = Objects.requireNonNull(votes, "votes");
        this.curation = Objects.requireNonNull(curation, "curation");
        this.rewards = Objects.requireNonNull(rewards, "rewards");
        this.history = Objects.requireNonNull(history, "history");
        this.background = Objects.requireNonNull(background, "background");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.status = Objects.requireNonNull(status, "status");
        this.session = Objects.requireNonNull(session, "session");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.chart = RewardChart.create(messages);
        this.voteTiming = new VoteTimingTable(messages, formats);
    }

    @FXML
    private void initialize() {
        AccountName account = session.currentAccountProperty().get();
        accountTitle.setText(account == null ? messages.get("wallet.noAccount")
                : messages.get("curation.account", account.value()));
        initQueue();
        initTrail(account);
        initRewards(account);
        loadQueue();
        // Votes go in the background (timer, unlock, post view): the queue is shown again whenever it changes,
        // the vault's state changes, or the page comes back into view.
        var weak = new javafx.beans.WeakInvalidationListener(queueChanged);
        status.queuedVotesProperty().addListener(weak);
        session.stateProperty().addListener(weak);
        queue.sceneProperty().addListener(weak);
    }

    private void reloadIfShown() {
        if (queue.getScene() != null) {
            loadQueue();
        }
    }

    // ---- queue ----

    private void initQueue() {
        newWeight.setValueFactory(new IntegerSpinnerValueFactory(-100, 100, 50));
        postColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(messages.get("curation.queue.postRef",
                r.getValue().author().value(), r.getValue().permlink().value(), r.getValue().account().value())));
        weightColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(formats.percent(
                r.getValue().weight() / 10_000.0)));
        stateColumn.setCellValueFactory(r -> new javafx.beans.property.ReadOnlyObjectWrapper<>(r.getValue()));
        stateColumn.setCellFactory(c -> new TableCell<>() {
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
                        if (scheduled(intent)) {
                            getStyleClass().add("vote-state-scheduled");
                        }
                    }
                }
            }
        });
        whenColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(when(r.getValue())));
        resultColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(result(r.getValue())));
        queue.setPlaceholder(new Label(messages.get("curation.queue.empty")));
        var selected = queue.getSelectionModel().selectedItemProperty();
        cancelVote.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().state().isWaiting(), selected));
        retryVote.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().state() != VoteState.FAILED, selected));
        changeWeight.disableProperty().bind(selected.isNull());
        sendNow.setOnAction(e -> {
            busy.setVisible(true);
            sender.flush().whenCompleteAsync((reports, failure) -> {
                busy.setVisible(false);
                queueMessage.setText(!session.isUnlocked() ? messages.get("curation.queue.locked") : null);
                loadQueue();
            }, background.ui());
        });
        refreshQueue.setOnAction(e -> loadQueue());
        cancelVote.setOnAction(e -> {
            VoteIntent intent = selected.get();
            background.run(() -> votes.cancel(intent.id()),
                    done -> loadQueue(), this::queueFailed);
        });
        retryVote.setOnAction(e -> replace(selected.get(), selected.get().weight()));
        changeWeight.setOnAction(e -> replace(selected.get(), newWeight.getValue() * 100));
    }

    /** A retry or a new weight is a new intent for the same post; the queue marks the old one replaced. */
    private void replace(VoteIntent old, int weight) {
        var request = new VoteRequest(old.account(), old.author(), old.permlink(), weight, Optional.empty(),
                old.atAge(), old.minManaBasisPoints());
        sender.vote(request).whenCompleteAsync((recorded, failure) -> {
            if (failure != null) {
                queueFailed(failure);
            }
            loadQueue();
        }, background.ui());
    }

    private void queueFailed(Throwable failure) {
        queueMessage.getStyleClass().add(ERROR);
        queueMessage.setText(errors.describe(failure));
    }

    private void loadQueue() {
        background.run(() -> votes.all().stream()
                .sorted(Comparator.comparing(VoteIntent::createdAt).reversed().thenComparing(VoteIntent::id,
                        Comparator.reverseOrder()))
                .toList(), all -> {
                    queue.getItems().setAll(all);
                    sender.recount();
                }, this::queueFailed);
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
            case RETRY_LATER -> messages.get("curation.state.retry");
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
            } else {
                parts.add(session.isUnlocked() ? messages.get("curation.when.now")
                        : messages.get("curation.when.locked"));
            }
        }
        intent.minManaBasisPoints().ifPresent(floor -> parts.add(messages.get("curation.when.minMana",
                formats.percent(floor / 10_000.0))));
        return String.join(" \u00b7 ", parts);
    }

    private String result(VoteIntent intent) {
        if (intent.state() == VoteState.SENT) {
            return intent.txId().map(tx -> messages.get("curation.result.tx", tx)).orElse(null);
        }
        return intent.reason().map(errors::vote).orElse(null);
    }

    // ---- trail ----

    private void initTrail(AccountName account) {
        trailWeight.setValueFactory(new IntegerSpinnerValueFactory(1, 100, 30));
        dailyCap.setValueFactory(new IntegerSpinnerValueFactory(1, 1000, TrailSettings.DEFAULTS.dailyCap()));
        manaFloor.setValueFactory(new IntegerSpinnerValueFactory(0, 100,
                TrailSettings.DEFAULTS.manaFloorBasisPoints() / 100));
        // Without an age of its own the trail votes when the chain's reverse auction ends; the node's value comes below.
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
        boolean none = account == null;
        trailAdd.setDisable(none);
        trailRemove.disableProperty().bind(trail.getSelectionModel().selectedItemProperty().isNull());
        saveSettings.setDisable(none);
        trailRun.setDisable(none);
        background.run(() -> {
            TrailSettings stored = curation.trail().settings();
            return new TrailSettings(stored.dailyCap(), stored.manaFloorBasisPoints(),
                    stored.voteAtAge().or(curation::reverseAuction));
        }, s -> {
            dailyCap.getValueFactory().setValue(s.dailyCap());
            manaFloor.getValueFactory().setValue(s.manaFloorBasisPoints() / 100);
            s.voteAtAge().ifPresent(age -> trailAtAge.getValueFactory().setValue((int) age.toMinutes()));
        }, this::trailFailed);
        if (none) {
            return;
        }
        loadTrail(account);
        trailAdd.setOnAction(e -> {
            Instant now = clock.instant();
            TrailEntry entry;
            try {
                entry = TrailEntry.author(AccountName.of(trailAuthor.getText().trim().replaceFirst("^@", "")),
                        trailWeight.getValue() * 100, now);
            } catch (IllegalArgumentException ex) {
                trailMessage.getStyleClass().add(ERROR);
                trailMessage.setText(messages.get("curation.trail.badAuthor"));
                return;
            }
            background.run(() -> {
                curation.trail().add(account, entry);
                return entry;
            }, added -> {
                trailAuthor.setText(null);
                trailMessage.getStyleClass().remove(ERROR);
                trailMessage.setText(messages.get("curation.trail.added.message", added.name()));
                loadTrail(account);
            }, this::trailFailed);
        });
        trailRemove.setOnAction(e -> {
            TrailEntry entry = trail.getSelectionModel().getSelectedItem();
            background.run(() -> curation.trail().remove(account, entry.source(), entry.name()),
                    removed -> loadTrail(account), this::trailFailed);
        });
        trailRun.setOnAction(e -> {
            busy.setVisible(true);
            background.run(() -> curation.run(account), report -> {
                busy.setVisible(false);
                trailMessage.getStyleClass().remove(ERROR);
                trailMessage.setText(messages.get("curation.trail.ran",
                        report.count(TrailReport.Outcome.QUEUED),
                        report.unreachable().size()));
                loadQueue();
            }, failure -> {
                busy.setVisible(false);
                trailFailed(failure);
            });
        });
        saveSettings.setOnAction(e -> {
            var settings = new TrailSettings(dailyCap.getValue(), manaFloor.getValue() * 100,
                    Duration.ofMinutes(trailAtAge.getValue()));
            background.run(() -> {
                curation.trail().saveSettings(settings);
                return settings;
            }, saved -> {
                trailMessage.getStyleClass().remove(ERROR);
                trailMessage.setText(messages.get("curation.trail.saved"));
            }, this::trailFailed);
        });
    }

    private void loadTrail(AccountName account) {
        background.run(() -> curation.trail().entries(account), trail.getItems()::setAll,
                this::trailFailed);
    }

    private void trailFailed(Throwable failure) {
        trailMessage.getStyleClass().add(ERROR);
        trailMessage.setText(errors.describe(failure));
    }

    // ---- rewards ----

    private void initRewards(AccountName account) {
        period.getItems().setAll(RewardPeriod.values());
        period.setConverter(new StringConverter<>() {
            @Override
            public String toString(RewardPeriod p) {
                if (p == null) {
                    return null;
                }
                return switch (p) {
                    case DAY -> messages.get("curation.rewards.day");
                    case WEEK -> messages.get("curation.rewards.week");
                    case MONTH -> messages.get("curation.rewards.month");
                };
            }

            @Override
            public RewardPeriod fromString(String text) {
                return null;
            }
        });
        period.setValue(RewardPeriod.MONTH);
        period.valueProperty().addListener((obs, old, p) -> showTotals());
        periodColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().label()));
        curationColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(amounts(r.getValue().of(
                RewardKind.CURATION))));
        authorColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(amounts(r.getValue().of(
                RewardKind.AUTHOR))));
        beneficiaryColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(amounts(r.getValue().of(
                RewardKind.BENEFICIARY))));
        rewardTable.setPlaceholder(new Label(messages.get("curation.rewards.empty")));
        rewardChartBox.getChildren().addAll(chart, new Label(messages.get("curation.votes.title")), voteTiming.node());
        VBox.setVgrow(chart, javafx.scene.layout.Priority.ALWAYS);
        boolean none = account == null;
        updateRewards.setDisable(none);
        exportCsv.setDisable(true);
        if (none) {
            return;
        }
        updateRewards.setOnAction(e -> loadRewards(account, true));
        exportCsv.setOnAction(e -> exportCsv(account));
        loadRewards(account, false);
    }

    private void loadRewards(AccountName account, boolean sync) {
        busy.setVisible(true);
        background.run(() -> {
            if (sync) {
                history.get().load(account, 1);
            }
            RewardAnalytics analytics = rewards.analytics();
            List<RewardEvent> all = analytics.events(account);
            return new Loaded(all, analytics.voteReturns(account, all), analytics.vestingPrice());
        }, loaded -> {
            busy.setVisible(false);
            events = loaded.events();
            price = loaded.price();
            exportCsv.setDisable(events.isEmpty());
            showTotals();
            voteTiming.show(loaded.votes(), loaded.price());
        }, failure -> {
            busy.setVisible(false);
            rewardsMessage.setText(errors.describe(failure));
        });
    }

    private record Loaded(List<RewardEvent> events, List<VoteReturn> votes, Optional<VestingPrice> price) {
    }

    private void showTotals() {
        var totals = RewardAnalytics.totals(events, period.getValue());
        var newestFirst = new ArrayList<>(totals);
        Collections.reverse(newestFirst);
        rewardTable.getItems().setAll(newestFirst);
        RewardChart.show(chart, totals, price, messages);
    }

    private String amounts(RewardAmounts amounts) {
        if (amounts.isZero()) {
            return null;
        }
        var parts = new ArrayList<String>();
        if (!amounts.vests().isZero()) {
            parts.add(price.map(p -> sp(amounts.sp(p))).orElse(amount(amounts.vests())));
        }
        if (!amounts.steem().isZero()) {
            parts.add(amount(amounts.steem()));
        }
        if (!amounts.sbd().isZero()) {
            parts.add(amount(amounts.sbd()));
        }
        return String.join(", ", parts);
    }

    private String amount(Asset asset) {
        return formats.amount(asset.toDecimal(), asset.symbol().name());
    }

    private String sp(Asset steem) {
        return formats.amount(steem.toDecimal(), "SP");
    }

    private void exportCsv(AccountName account) {
        var chooser = new FileChooser();
        chooser.setTitle(messages.get("curation.rewards.export"));
        chooser.setInitialFileName(messages.get("curation.rewards.fileName", account.value()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("curation.rewards.csvFiles"),
                "*.csv"));
        var file = chooser.showSaveDialog(exportCsv.getScene().getWindow());
        if (file == null) {
            return;
        }
        List<RewardEvent> list = events;
        Optional<VestingPrice> knownPrice = price;
        Path target = file.toPath();
        background.run(() -> {
            try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                RewardCsv.write(list, knownPrice, messages, out);
                return target;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, written -> rewardsMessage.setText(messages.get("curation.rewards.exported", written.toString())),
                failure -> rewardsMessage.setText(messages.get("curation.rewards.exportFailed")));
    }
}
