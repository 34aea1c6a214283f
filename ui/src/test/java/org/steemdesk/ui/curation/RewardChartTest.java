package org.steemdesk.ui.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steemdesk.app.rewards.PeriodTotals;
import org.steemdesk.app.rewards.RewardAmounts;
import org.steemdesk.app.rewards.RewardKind;
import org.steemdesk.app.rewards.RewardPeriod;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 14, item 7: the bars are drawn with their labels, the y-axis does not grow by refreshing, empty says so. */
@ExtendWith(ApplicationExtension.class)
class RewardChartTest {
    private static final Messages MESSAGES = new Messages(Language.ENGLISH);
    private static final VestingPrice PRICE = new VestingPrice(Asset.parse("160000000.000 STEEM"),
            Asset.parse("320000000000.000000 VESTS"));
    private BarChart<String, Number> chart;

    @Start
    void start(Stage stage) {
        chart = RewardChart.create(MESSAGES);
        stage.setScene(new Scene(new StackPane(chart), 800, 500));
        stage.show();
    }

    @Test
    void barsAreDrawnAndRefreshingKeepsTheScale(FxRobot robot) {
        List<PeriodTotals> totals = List.of(month(1, "2000.000000 VESTS"), month(2, "100000.000000 VESTS"));
        robot.interact(() -> RewardChart.show(chart, totals, Optional.of(PRICE), MESSAGES));
        WaitForAsyncUtils.waitForFxEvents();
        double upper = ((NumberAxis) chart.getYAxis()).getUpperBound();
        for (int i = 0; i < 4; i++) {
            robot.interact(() -> RewardChart.show(chart, totals, Optional.of(PRICE), MESSAGES));
            WaitForAsyncUtils.waitForFxEvents();
        }

        assertThat(((NumberAxis) chart.getYAxis()).getUpperBound()).isEqualTo(upper).isGreaterThan(50);
        XYChart.Series<String, Number> curation = chart.getData().get(0);
        assertThat(curation.getData()).hasSize(2);
        for (XYChart.Data<String, Number> bar : curation.getData()) {
            assertThat(bar.getNode()).isNotNull();
            assertThat(bar.getNode().isVisible()).isTrue();
            assertThat(bar.getNode().getBoundsInParent().getHeight()).isPositive();
        }
        assertThat(((javafx.scene.chart.CategoryAxis) chart.getXAxis()).getCategories())
                .containsExactly(totals.get(0).label(), totals.get(1).label());
        assertThat(chart.getTitle()).isNull();
        assertThat(chart.getYAxis().isTickLabelsVisible()).isTrue();
    }

    /** As the wallet page does: the data arrives while the chart is not in a window yet, then it is shown. */
    @Test
    void dataSetBeforeTheChartIsShownIsDrawnOnceItIs(FxRobot robot) {
        List<PeriodTotals> totals = List.of(month(3, "50000.000000 VESTS"), month(4, "80000.000000 VESTS"));
        BarChart<String, Number> detached = RewardChart.create(MESSAGES);
        robot.interact(() -> {
            RewardChart.show(detached, totals, Optional.of(PRICE), MESSAGES);
            RewardChart.show(detached, totals, Optional.of(PRICE), MESSAGES);
            chart.getScene().setRoot(new StackPane(detached));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> RewardChart.show(detached, totals, Optional.of(PRICE), MESSAGES));
        WaitForAsyncUtils.waitForFxEvents();
        for (XYChart.Data<String, Number> bar : detached.getData().get(0).getData()) {
            assertThat(bar.getNode()).isNotNull();
            assertThat(bar.getNode().getBoundsInParent().getHeight()).isPositive();
        }
        assertThat(((NumberAxis) detached.getYAxis()).getUpperBound()).isLessThan(200);
    }

    @Test
    void withoutRewardsTheChartSaysSo(FxRobot robot) {
        robot.interact(() -> RewardChart.show(chart, List.of(), Optional.of(PRICE), MESSAGES));
        assertThat(chart.getTitle()).isEqualTo(MESSAGES.get("rewards.chart.empty"));
        assertThat(chart.getData()).isEmpty();
        assertThat(chart.getYAxis().isTickLabelsVisible()).isFalse();
    }

    private static PeriodTotals month(int month, String vests) {
        RewardAmounts curation = new RewardAmounts(Asset.parse("0.000 STEEM"), Asset.parse("0.000 SBD"),
                Asset.parse(vests));
        return new PeriodTotals(RewardPeriod.MONTH, LocalDate.of(2026, month, 1), Map.of(RewardKind.CURATION,
                curation));
    }
}
