package org.steemdesk.ui.curation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.steemdesk.app.rewards.PeriodTotals;
import org.steemdesk.app.rewards.RewardCsv;
import org.steemdesk.app.rewards.RewardKind;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.i18n.Messages;

/**
 * Rewards per period as a bar chart: one series per reward kind, in Steem Power (their vesting part). With nothing
 * to draw the chart says so in its title.
 */
public final class RewardChart {
    private RewardChart() {
    }

    public static BarChart<String, Number> create(Messages messages) {
        var x = new CategoryAxis();
        var y = new NumberAxis();
        // Animated axes kept the previous range as the start of the next one, so the y-axis grew with each
        // refresh, and a category axis animating while new series arrived laid out no bars at all.
        x.setAnimated(false);
        y.setAnimated(false);
        y.setForceZeroInRange(true);
        y.setLabel(messages.get("rewards.chart.axis"));
        var chart = new BarChart<>(x, y);
        chart.setAnimated(false);
        chart.getStyleClass().add("reward-chart");
        chart.setTitle(messages.get("rewards.chart.empty"));
        y.setTickLabelsVisible(false);
        return chart;
    }

    public static void show(BarChart<String, Number> chart, List<PeriodTotals> totals, Optional<VestingPrice> price,
                            Messages messages) {
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        List<String> labels = totals.stream().map(PeriodTotals::label).toList();
        if (price.isPresent() && !totals.isEmpty()) {
            for (RewardKind kind : RewardKind.values()) {
                var series = new XYChart.Series<String, Number>();
                series.setName(RewardCsv.kind(kind, messages));
                for (PeriodTotals period : totals) {
                    series.getData().add(new XYChart.Data<>(period.label(),
                            period.of(kind).sp(price.get()).toDecimal().doubleValue()));
                }
                all.add(series);
            }
        }
        // The categories first, then one new data list: clearing and refilling the old list left the axis with
        // stale categories and the bars unplaced.
        ((CategoryAxis) chart.getXAxis()).setCategories(FXCollections.observableArrayList(
                all.isEmpty() ? List.of() : labels));
        chart.setData(FXCollections.observableArrayList(all));
        boolean empty = all.isEmpty() || totals.stream().allMatch(t -> Arrays.stream(RewardKind.values())
                .allMatch(kind -> t.of(kind).isZero()));
        chart.setTitle(empty ? messages.get("rewards.chart.empty") : null);
        // An empty chart's auto-ranged scale (0-150 with nothing in it) read as data; the title says why it is empty.
        chart.getYAxis().setTickLabelsVisible(!empty);
    }
}
