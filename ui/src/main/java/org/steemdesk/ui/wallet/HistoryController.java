package org.steemdesk.ui.wallet;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;
import org.steemdesk.app.sync.HistoryEntry;
import org.steemdesk.app.sync.HistorySync;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.Background;

/** The account's history from the local cache (the newest {@link #HISTORY_LIMIT} entries), filtered by operation. */
public final class HistoryController {
    static final int HISTORY_LIMIT = 1000;
    private static final String ALL = "";

    private final Supplier<HistorySync> historySync;
    private final Background background;
    private final Messages messages;
    private final Formats formats;
    private final OperationNames names;
    private final ObservableList<HistoryEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<HistoryEntry> shown = new FilteredList<>(entries);
    private int generation;

    @FXML private ComboBox<String> historyFilter;
    @FXML private TableView<HistoryEntry> historyTable;
    @FXML private TableColumn<HistoryEntry, String> historyTime;
    @FXML private TableColumn<HistoryEntry, String> historyType;
    @FXML private TableColumn<HistoryEntry, String> historyDetail;

    /** @param history the app's history (asked off the FX thread: the first call opens cache.db) */
    public HistoryController(Supplier<HistorySync> history, Background background, Messages messages,
                             Formats formats) {
        this.historySync = Objects.requireNonNull(history, "history");
        this.background = Objects.requireNonNull(background, "background");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.names = new OperationNames(messages);
    }

    @FXML
    private void initialize() {
        historyTime.setCellValueFactory(row -> new ReadOnlyStringWrapper(formats.dateTime(row.getValue()
                .timestamp())));
        historyType.setCellValueFactory(row -> new ReadOnlyStringWrapper(names.name(row.getValue().opName())));
        historyDetail.setCellValueFactory(row -> new ReadOnlyStringWrapper(detail(row.getValue().json())));
        historyTable.setItems(shown);
        historyTable.setPlaceholder(new Label(messages.get("wallet.history.empty")));
        historyFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(String op) {
                return op == null || op.equals(ALL) ? messages.get("wallet.history.all") : names.name(op);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        historyFilter.getItems().setAll(ALL);
        historyFilter.getSelectionModel().select(ALL);
        historyFilter.valueProperty().addListener((obs, old, op) ->
                shown.setPredicate(op == null || op.equals(ALL) ? e -> true : e -> e.opName().equals(op)));
    }

    /** Reads the account's history (the node's newest entries join the cache first). */
    void load(AccountName account) {
        int run = ++generation;
        background.run(() -> historySync.get().load(account, HISTORY_LIMIT), view -> {
            if (run == generation) {
                show(view.entries());
            }
        }, failure -> { });
    }

    private void show(List<HistoryEntry> list) {
        entries.setAll(list);
        Set<String> ops = new TreeSet<>();
        list.forEach(e -> ops.add(e.opName()));
        String selected = historyFilter.getValue();
        var items = new ArrayList<String>();
        items.add(ALL);
        items.addAll(ops);
        historyFilter.getItems().setAll(items);
        historyFilter.getSelectionModel().select(items.contains(selected) ? selected : ALL);
    }

    /** The operation's fields from a cached history row ({@code [index, {op: [name, {...}]}]}). */
    private static String detail(String json) {
        try {
            var row = SteemJson.mapper().readTree(json);
            var op = row.isArray() ? row.path(1).path("op").path(1) : row.path("op").path(1);
            return op.isMissingNode() ? json : op.toString();
        } catch (JsonProcessingException e) {
            return json;
        }
    }
}
