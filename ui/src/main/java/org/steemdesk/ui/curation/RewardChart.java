package org.steemdesk.ui.curation;

import java.util.List;
import java.util.Optional;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.rewards.PeriodTotals;
import org.steemdesk.app.rewards.RewardKind;
import org.steemdesk.app.rewards.RewardCsv;
import org.steemdesk.i18n.Messages;

/** Rewards per period as a bar chart: one series per reward kind, in Steem Power (their vesting part). */
public final class RewardChart {
    private RewardChart() {
    }

    public static BarChart<String, Number> create(Messages messages) {
        var x = new CategoryAxis();
        var y = new NumberAxis();
        y.setLabel(messages.get("rewards.chart.axis"));
        var chart = new BarChart<>(x, y);
        chart.setAnimated(false);
        chart.getStyleClass().add("reward-chart");
        return chart;
    }

    public static void show(BarChart<String, Number> chart, List<PeriodTotals> totals, Optional<VestingPrice> price,
                            Messages messages) {
        chart.getData().clear();
        if (price.isEmpty()) {
            return;
        }
        for (RewardKind kind : RewardKind.values()) {
            var series = new XYChart.Series<String, Number>();
            series.setName(RewardCsv.kind(kind, messages));
            for (PeriodTotals period : totals) {
                series.getData().add(new XYChart.Data<>(period.label(),
                        period.of(kind).sp(price.get()).toDecimal().doubleValue()));
            }
            chart.getData().add(series);
        }
    }
}
