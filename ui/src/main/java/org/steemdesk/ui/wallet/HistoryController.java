package org.steemdesk.ui.wallet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.steemdesk.app.keys.Keys;
import org.steemdesk.app.keys.MemoReading;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.sync.HistoryEntry;
import org.steemdesk.app.sync.HistorySync;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.session.VaultSession;

/**
 * The account's history from the local cache (the newest {@link #HISTORY_LIMIT} entries) as sentences
 * ({@link HistorySentences}), filtered by operation. Encrypted memos are read with the vault's memo key on a worker
 * while the vault is unlocked, again whenever it unlocks, and forgotten when it locks; their text is only in memory.
 */
public final class HistoryController {
    static final int HISTORY_LIMIT = 1000;
    private static final String ALL = "";

    /** A memo as its cell shows it; {@code encrypted} draws the lock. */
    private record MemoCell(String text, boolean encrypted, Optional<String> tooltip) {
    }

    private final Supplier<HistorySync> historySync;
    private final Supplier<Keys> keys;
    private final VaultSession session;
    private final Background background;
    private final Messages messages;
    private final Formats formats;
    private final OperationNames names;
    private final HistorySentences sentences;
    private final ObservableList<HistoryLine> lines = FXCollections.observableArrayList();
    private final FilteredList<HistoryLine> shown = new FilteredList<>(lines);
    private final Map<Long, MemoCell> memos = new HashMap<>();
    private final InvalidationListener vaultChanged = obs -> readMemos();
    private List<HistoryEntry> entries = List.of();
    private Optional<VestingPrice> price = Optional.empty();
    private AccountName account;
    private int generation;

    @FXML private ComboBox<String> historyFilter;
    @FXML private TableView<HistoryLine> historyTable;
    @FXML private TableColumn<HistoryLine, String> historyTime;
    @FXML private TableColumn<HistoryLine, String> historyType;
    @FXML private TableColumn<HistoryLine, HistoryLine> historyDetail;
    @FXML private TableColumn<HistoryLine, MemoCell> historyMemo;

    /**
     * @param history the app's history (asked off the FX thread: the first call opens cache.db)
     * @param keys    the app's keys, for reading encrypted memos (asked off the FX thread)
     */
    public HistoryController(Supplier<HistorySync> history, Supplier<Keys> keys, VaultSession session,
                             Background background, Messages messages, Formats formats) {
        this.historySync = Objects.requireNonNull(history, "history");
        this.keys = keys;
        this.session = session;
        this.background = background;
        this.messages = messages;
        this.formats = formats;
        this.names = new OperationNames(messages);
        this.sentences = new HistorySentences(messages, formats);
    }

    @FXML
    private void initialize() {
        historyTime.setCellValueFactory(row -> new ReadOnlyStringWrapper(formats.dateTime(row.getValue().entry()
                .timestamp())));
        historyType.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().kind()));
        historyDetail.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        historyDetail.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(HistoryLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : line.sentence());
                setTooltip(empty || line == null ? null : new Tooltip(line.tooltip().map(t -> line.sentence()
                        + "\n" + t).orElse(line.sentence())));
            }
        });
        historyMemo.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(memos.get(row.getValue().entry().index())));
        historyMemo.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(MemoCell memo, boolean empty) {
                super.updateItem(memo, empty);
                boolean none = empty || memo == null;
                setText(none ? null : memo.text());
                setGraphic(none || !memo.encrypted() ? null : new FontIcon("fth-lock"));
                setTooltip(none ? null : new Tooltip(memo.tooltip().map(t -> memo.text() + "\n" + t)
                        .orElse(memo.text())));
            }
        });
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
        historyFilter.valueProperty().addListener((obs, old, op) -> shown.setPredicate(op == null || op.equals(ALL)
                ? e -> true : e -> e.entry().opName().equals(op)));
        session.stateProperty().addListener(new WeakInvalidationListener(vaultChanged));
    }

    /** Reads the account's history (the node's newest entries join the cache first). */
    void load(AccountName account) {
        int run = ++generation;
        background.run(() -> historySync.get().load(account, HISTORY_LIMIT), view -> {
            if (run == generation) {
                this.account = account;
                this.entries = view.entries();
                render();
            }
        }, failure -> { });
    }

    /** Today's SP/VESTS price, for rows no trade in the history prices. */
    void price(VestingPrice today) {
        price = Optional.of(today);
        if (account != null) {
            render();
        }
    }

    private void render() {
        int run = generation;
        AccountName who = account;
        List<HistoryEntry> list = entries;
        Optional<VestingPrice> today = price;
        background.run(() -> {
            VestsPrices prices = VestsPrices.of(list, today);
            return list.stream().map(e -> sentences.line(e, who, prices)).toList();
        }, built -> {
            if (run == generation) {
                show(built);
                readMemos();
            }
        }, failure -> { });
    }

    private void show(List<HistoryLine> list) {
        memos.clear();
        for (HistoryLine line : list) {
            line.memo().ifPresent(m -> memos.put(line.entry().index(), initial(m)));
        }
        lines.setAll(list);
        Set<String> ops = new TreeSet<>();
        list.forEach(l -> ops.add(l.entry().opName()));
        String selected = historyFilter.getValue();
        var items = new ArrayList<String>();
        items.add(ALL);
        items.addAll(ops);
        historyFilter.getItems().setAll(items);
        historyFilter.getSelectionModel().select(items.contains(selected) ? selected : ALL);
    }

    /** A memo before the vault is asked: plain as it is, an encrypted one as "unlock to read". */
    private MemoCell initial(String memo) {
        return memo.startsWith("#") && memo.length() > 1
                ? new MemoCell(sentences.memo(new MemoReading.Locked()), true, Optional.empty())
                : new MemoCell(memo, false, Optional.empty());
    }

    /** Reads the encrypted memos off the FX thread while unlocked; locked, shows them as "unlock to read". */
    private void readMemos() {
        Map<Long, String> encrypted = new HashMap<>();
        for (HistoryLine line : lines) {
            line.memo().filter(m -> m.startsWith("#") && m.length() > 1)
                    .ifPresent(m -> encrypted.put(line.entry().index(), m));
        }
        if (encrypted.isEmpty() || account == null) {
            return;
        }
        int run = generation;
        AccountName who = account;
        if (!session.isUnlocked()) {
            encrypted.keySet().forEach(i -> memos.put(i, new MemoCell(sentences.memo(new MemoReading.Locked()),
                    true, Optional.empty())));
            historyTable.refresh();
            return;
        }
        background.run(() -> {
            Map<Long, MemoCell> read = new HashMap<>();
            encrypted.forEach((index, memo) -> {
                MemoReading reading = keys.get().readMemo(who, memo);
                read.put(index, new MemoCell(sentences.memo(reading), true,
                        reading instanceof MemoReading.Decrypted
                                ? Optional.of(messages.get("wallet.history.memo.decrypted")) : Optional.empty()));
            });
            return read;
        }, read -> {
            if (run == generation) {
                memos.putAll(read);
                historyTable.refresh();
            }
        }, failure -> { });
    }
}
