package org.steemdesk.ui.curation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.rewards.VoteReturn;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;

/**
 * Each curation reward next to the vote that earned it: when it was cast, how old the post was then, what it was
 * expected to earn and what it did earn — the timing view that shows which voting habits pay.
 */
final class VoteTimingTable {
    private final TableView<VoteReturn> table = new TableView<>();
    private final Messages messages;
    private final Formats formats;
    private Optional<VestingPrice> price = Optional.empty();

    VoteTimingTable(Messages messages, Formats formats) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.formats = Objects.requireNonNull(formats, "formats");
        CurationYieldTexts yields = new CurationYieldTexts(messages, formats);
        table.setId("voteTiming");
        table.setPrefHeight(200);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("curation.votes.empty")));
        table.getColumns().setAll(List.of(
                column(messages.get("curation.votes.post"), r -> "@" + r.author() + "/" + r.permlink()),
                column(messages.get("curation.votes.votedAt"), r -> r.votedAt().map(formats::dateTime).orElse(null)),
                column(messages.get("curation.votes.postAge"), r -> r.postAgeAtVote()
                        .map(age -> messages.get("curation.votes.minutes", age.toMinutes())).orElse(null)),
                column(messages.get("curation.votes.estimated"), r -> r.estimatedValue()
                        .map(a -> formats.amount(a.toDecimal(), a.symbol().name())).orElse(null)),
                column(messages.get("curation.votes.expected"), r -> r.expectedCuration()
                        .map(a -> formats.amount(a.toDecimal(), "SP")).orElse(null)),
                column(messages.get("curation.votes.earned"), r -> price
                        .map(p -> formats.amount(r.curationSp(p).toDecimal(), "SP"))
                        .orElseGet(() -> formats.amount(r.curationVests().toDecimal(), "VESTS"))),
                column(messages.get("curation.votes.efficiency"), r -> yields.efficiency(r, price))));
    }

    TableView<VoteReturn> node() {
        return table;
    }

    void show(List<VoteReturn> returns, Optional<VestingPrice> vestingPrice) {
        price = vestingPrice;
        table.getItems().setAll(returns);
    }

    private static TableColumn<VoteReturn, String> column(String title, Function<VoteReturn, String> text) {
        TableColumn<VoteReturn, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(text.apply(row.getValue())));
        return column;
    }
}
