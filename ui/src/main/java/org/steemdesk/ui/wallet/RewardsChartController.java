package org.steemdesk.ui.wallet;

import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.layout.VBox;
import org.steemdesk.app.rewards.PeriodTotals;
import org.steemdesk.app.rewards.RewardAnalytics;
import org.steemdesk.app.rewards.RewardPeriod;
import org.steemdesk.app.rewards.Rewards;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.curation.RewardChart;

/** The account's rewards per month as a chart, from the cached history. */
public final class RewardsChartController {
    private final Rewards rewards;
    private final Background background;
    private final Messages messages;
    private final BarChart<String, Number> chart;
    private int generation;

    @FXML private VBox chartBox;

    public RewardsChartController(Rewards rewards, Background background, Messages messages) {
        this.rewards = rewards;
        this.background = background;
        this.messages = messages;
        this.chart = RewardChart.create(messages);
    }

    @FXML
    private void initialize() {
        chartBox.getChildren().add(chart);
    }

    void load(AccountName account) {
        int run = ++generation;
        background.run(() -> {
            RewardAnalytics analytics = rewards.analytics();
            return new MonthlyRewards(RewardAnalytics.totals(analytics.events(account), RewardPeriod.MONTH),
                    analytics.vestingPrice());
        }, monthly -> {
            if (run == generation) {
                RewardChart.show(chart, monthly.totals(), monthly.price(), messages);
            }
        }, failure -> { });
    }

    private record MonthlyRewards(List<PeriodTotals> totals, Optional<VestingPrice> price) {
    }
}
