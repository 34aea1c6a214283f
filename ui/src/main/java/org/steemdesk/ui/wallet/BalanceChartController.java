package org.steemdesk.ui.wallet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.sync.AccountSnapshot;
import org.steemdesk.app.sync.HistorySync;
import org.steemdesk.app.wallet.BalanceTimeline;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.Background;

/**
 * SP, STEEM, SBD and savings over time, rebuilt backwards from today's balances through the cached history
 * ({@link BalanceTimeline}); SP at today's price. With no cached history the chart says so in its title.
 */
public final class BalanceChartController {
    private final Supplier<HistorySync> historySync;
    private final Background background;
    private final Messages messages;
    private final Formats formats;
    private final NumberAxis time = new NumberAxis();
    private final NumberAxis amount = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(time, amount);
    private int generation;

    @FXML private VBox balanceChartBox;

    public BalanceChartController(Supplier<HistorySync> history, Background background, Messages messages,
                                  Formats formats) {
        this.historySync = Objects.requireNonNull(history, "history");
        this.background = background;
        this.messages = messages;
        this.formats = formats;
    }

    @FXML
    private void initialize() {
        // not animated: an animated axis starts from its previous range (the rewards chart's growing scale)
        time.setAnimated(false);
        amount.setAnimated(false);
        time.setForceZeroInRange(false);
        time.setAutoRanging(true);
        time.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number seconds) {
                return formats.date(Instant.ofEpochSecond(seconds.longValue()));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        amount.setForceZeroInRange(true);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.getStyleClass().add("balance-chart");
        chart.setTitle(messages.get("wallet.balanceChart.empty"));
        balanceChartBox.getChildren().add(chart);
    }

    /** Draws the account's balances over time from the cached history and these balances of today. */
    void show(AccountName account, AccountSnapshot snapshot) {
        int run = ++generation;
        Account a = snapshot.account();
        VestingPrice price = snapshot.vestingPrice();
        BalanceTimeline.Point now = new BalanceTimeline.Point(snapshot.globals().time(), a.balance(), a.sbdBalance(),
                a.vestingShares(), a.savingsBalance(), a.savingsSbdBalance());
        background.run(() -> BalanceTimeline.backwards(account, now,
                historySync.get().cached(account, HistoryController.HISTORY_LIMIT), Optional.of(price)), points -> {
                    if (run == generation) {
                        draw(points, price);
                    }
                }, failure -> { });
    }

    private void draw(List<BalanceTimeline.Point> points, VestingPrice price) {
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        if (points.size() > 1) {
            all.add(series("wallet.balanceChart.sp", points, p -> price.toSteem(p.vests())));
            all.add(series("wallet.balanceChart.steem", points, BalanceTimeline.Point::steem));
            all.add(series("wallet.balanceChart.sbd", points, BalanceTimeline.Point::sbd));
            all.add(series("wallet.balanceChart.savingsSteem", points, BalanceTimeline.Point::savingsSteem));
            all.add(series("wallet.balanceChart.savingsSbd", points, BalanceTimeline.Point::savingsSbd));
        }
        chart.setData(FXCollections.observableArrayList(all));
        chart.setTitle(all.isEmpty() ? messages.get("wallet.balanceChart.empty") : null);
    }

    private XYChart.Series<Number, Number> series(String key, List<BalanceTimeline.Point> points,
                                                  Function<BalanceTimeline.Point, Asset> value) {
        var series = new XYChart.Series<Number, Number>();
        series.setName(messages.get(key));
        for (BalanceTimeline.Point p : points) {
            series.getData().add(new XYChart.Data<>(p.at().getEpochSecond(),
                    value.apply(p).toDecimal().doubleValue()));
        }
        return series;
    }
}
