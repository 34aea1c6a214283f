package org.steemdesk.ui.curation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.steemdesk.app.rewards.CurationSummary;
import org.steemdesk.app.rewards.PeriodTotals;
import org.steemdesk.app.rewards.RewardAmounts;
import org.steemdesk.app.rewards.RewardAnalytics;
import org.steemdesk.app.rewards.RewardCsv;
import org.steemdesk.app.rewards.RewardEvent;
import org.steemdesk.app.rewards.RewardKind;
import org.steemdesk.app.rewards.RewardPeriod;
import org.steemdesk.app.rewards.Rewards;
import org.steemdesk.app.rewards.VoteReturn;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.sync.HistorySync;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.ActionMessage;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.OperationErrors;

/**
 * The rewards tab: curation, author and beneficiary rewards per day, week or month with a chart, each curation
 * reward beside the vote that earned it, and a CSV export. The analytics are the app's {@link Rewards}.
 */
public final class RewardsController {
    private final Rewards rewards;
    private final Supplier<HistorySync> history;
    private final Background background;
    private final Messages messages;
    private final Formats formats;
    private final OperationErrors errors;
    private final BarChart<String, Number> chart;
    private final VoteTimingTable voteTiming;
    private final CurationYieldTexts yields;
    /** Each period's curation APR by the period's first day, as the app's summary worked it out. */
    private final Map<RewardPeriod, Map<LocalDate, Optional<java.math.BigDecimal>>> apr =
            new EnumMap<>(RewardPeriod.class);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private List<RewardEvent> events = List.of();
    private Optional<VestingPrice> price = Optional.empty();
    private ActionMessage message;

    @FXML private ChoiceBox<RewardPeriod> period;
    @FXML private Button updateRewards;
    @FXML private Button exportCsv;
    @FXML private Label rewardsMessage;
    @FXML private TableView<PeriodTotals> rewardTable;
    @FXML private TableColumn<PeriodTotals, String> periodColumn;
    @FXML private TableColumn<PeriodTotals, String> curationColumn;
    @FXML private TableColumn<PeriodTotals, String> aprColumn;
    @FXML private Label yieldWeek;
    @FXML private Label yieldMonth;
    @FXML private Label yieldAll;
    @FXML private Label yieldStake;
    @FXML private TableColumn<PeriodTotals, String> authorColumn;
    @FXML private TableColumn<PeriodTotals, String> beneficiaryColumn;
    @FXML private VBox rewardChartBox;

    /** @param history the account history (asked off the FX thread: the first call opens cache.db) */
    public RewardsController(Rewards rewards, Supplier<HistorySync> history, Background background,
                             Messages messages, Formats formats, OperationErrors errors) {
        this.rewards = rewards;
        this.history = history;
        this.background = background;
        this.messages = messages;
        this.formats = formats;
        this.errors = errors;
        this.chart = RewardChart.create(messages);
        this.voteTiming = new VoteTimingTable(messages, formats);
        this.yields = new CurationYieldTexts(messages, formats);
    }

    @FXML
    private void initialize() {
        message = new ActionMessage(rewardsMessage);
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
        aprColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(yields.apr(apr.getOrDefault(
                r.getValue().period(), Map.of()).getOrDefault(r.getValue().start(), Optional.empty()))));
        authorColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(amounts(r.getValue().of(
                RewardKind.AUTHOR))));
        beneficiaryColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(amounts(r.getValue().of(
                RewardKind.BENEFICIARY))));
        rewardTable.setPlaceholder(new Label(messages.get("curation.rewards.empty")));
        rewardChartBox.getChildren().addAll(chart, new Label(messages.get("curation.votes.title")), voteTiming.node());
        VBox.setVgrow(chart, Priority.ALWAYS);
        exportCsv.setDisable(true);
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Shows the rewards of {@code account} from the cache; without an account there is nothing to show. */
    void open(AccountName account) {
        boolean none = account == null;
        updateRewards.setDisable(none);
        if (none) {
            return;
        }
        updateRewards.setOnAction(e -> load(account, true));
        exportCsv.setOnAction(e -> exportCsv(account));
        load(account, false);
    }

    /** @param sync whether to fetch the node's newest history first (otherwise the cache alone) */
    private void load(AccountName account, boolean sync) {
        busy.set(true);
        background.run(() -> {
            if (sync) {
                history.get().load(account, 1);
            }
            RewardAnalytics analytics = rewards.analytics();
            List<RewardEvent> all = analytics.events(account);
            Map<RewardPeriod, CurationSummary> summaries = new EnumMap<>(RewardPeriod.class);
            for (RewardPeriod p : RewardPeriod.values()) {
                summaries.put(p, rewards.curationSummary(account, p));
            }
            return new Loaded(all, analytics.voteReturns(account, all), analytics.vestingPrice(), summaries);
        }, loaded -> {
            apr.clear();
            loaded.summaries().forEach((p, summary) -> apr.put(p, summary.periods().stream().collect(
                    Collectors.toMap(y -> y.totals().start(), CurationSummary.PeriodYield::curationAprPercent,
                            (a, b) -> a))));
            CurationSummary any = loaded.summaries().get(RewardPeriod.DAY);
            yieldWeek.setText(yields.lastWeek(any));
            yieldMonth.setText(yields.lastMonth(any));
            yieldAll.setText(yields.allTime(any));
            yieldStake.setText(yields.stake(any));
            busy.set(false);
            events = loaded.events();
            price = loaded.price();
            exportCsv.setDisable(events.isEmpty());
            showTotals();
            voteTiming.show(loaded.votes(), loaded.price());
        }, failure -> {
            busy.set(false);
            message.error(errors.describe(failure));
        });
    }

    private record Loaded(List<RewardEvent> events, List<VoteReturn> votes, Optional<VestingPrice> price,
                          Map<RewardPeriod, CurationSummary> summaries) {
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
        }, written -> message.success(messages.get("curation.rewards.exported", written.toString())),
                failure -> message.error(messages.get("curation.rewards.exportFailed")));
    }
}
