package org.steemdesk.ui.settings;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.steemdesk.app.node.NodeCheckResult;
import org.steemdesk.app.node.NodeUrl;
import org.steemdesk.app.node.Nodes;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.ActionMessage;
import org.steemdesk.ui.Background;

/**
 * The node list: add, remove and reorder (saved at once, for the next start); "check now" is the app's one node
 * check (the CLI's {@code nodes check}: latency, head-block lag, last failure), otherwise each node shows what the
 * running pool last saw of it.
 */
public final class NodesController {
    private final Nodes appNodes;
    private final Background background;
    private final Clock clock;
    private final Messages messages;
    private final Formats formats;
    private final ObservableList<URI> nodes = FXCollections.observableArrayList();
    private final Map<URI, NodeCheckResult> health = new HashMap<>();
    private ActionMessage message;

    @FXML private ListView<URI> nodesList;
    @FXML private Button nodeUp;
    @FXML private Button nodeDown;
    @FXML private Button nodeRemove;
    @FXML private Button checkNodes;
    @FXML private ProgressIndicator checkBusy;
    @FXML private TextField newNode;
    @FXML private Button nodeAdd;
    @FXML private Label nodesMessage;

    public NodesController(Nodes nodes, Background background, Clock clock, Messages messages, Formats formats) {
        this.appNodes = Objects.requireNonNull(nodes, "nodes");
        this.background = background;
        this.clock = clock;
        this.messages = messages;
        this.formats = formats;
    }

    @FXML
    private void initialize() {
        message = new ActionMessage(nodesMessage);
        nodesList.setItems(nodes);
        nodesList.setCellFactory(list -> new NodeCell());
        // The saved list (what the next start uses), else the nodes of this run; with what was last seen of each.
        background.run(() -> {
            List<URI> saved = appNodes.saved();
            List<URI> shown = saved.isEmpty() ? appNodes.urls() : saved;
            Map<URI, NodeCheckResult> seen = new HashMap<>();
            shown.forEach(url -> appNodes.lastSeen(url).ifPresent(result -> seen.put(url, result)));
            return new NodeList(shown, seen);
        }, list -> {
            health.putAll(list.seen());
            nodes.setAll(list.urls());
        }, failure -> message.error(messages.get("error.unexpected")));
        var selected = nodesList.getSelectionModel().selectedIndexProperty();
        nodeUp.disableProperty().bind(selected.lessThan(1));
        nodeDown.disableProperty().bind(selected.lessThan(0).or(selected.greaterThanOrEqualTo(
                Bindings.size(nodes).subtract(1))));
        nodeRemove.disableProperty().bind(selected.lessThan(0).or(Bindings.size(nodes).lessThan(2)));
        nodeUp.setOnAction(e -> move(-1));
        nodeDown.setOnAction(e -> move(1));
        nodeRemove.setOnAction(e -> {
            nodes.remove(nodesList.getSelectionModel().getSelectedIndex());
            save();
        });
        nodeAdd.setOnAction(e -> add());
        newNode.setOnAction(e -> add());
        checkNodes.setOnAction(e -> check());
    }

    private void move(int by) {
        int index = nodesList.getSelectionModel().getSelectedIndex();
        URI node = nodes.remove(index);
        nodes.add(index + by, node);
        nodesList.getSelectionModel().select(index + by);
        save();
    }

    private void add() {
        URI url;
        try {
            url = NodeUrl.parse(newNode.getText());
        } catch (IllegalArgumentException e) {
            message.error(messages.get("settings.nodes.invalid"));
            return;
        }
        message.clear();
        if (!nodes.contains(url)) {
            nodes.add(url);
            save();
        }
        newNode.clear();
    }

    private void save() {
        List<URI> list = List.copyOf(nodes);
        background.perform(() -> appNodes.save(list));
    }

    private void check() {
        checkBusy.setVisible(true);
        checkNodes.setDisable(true);
        List<URI> list = List.copyOf(nodes);
        background.run(() -> appNodes.check(list), checked -> {
            checkBusy.setVisible(false);
            checkNodes.setDisable(false);
            checked.forEach(h -> health.put(URI.create(h.url()), h));
            nodesList.refresh();
        }, failure -> {
            checkBusy.setVisible(false);
            checkNodes.setDisable(false);
            message.error(messages.get("error.unexpected"));
        });
    }

    private String describe(NodeCheckResult node) {
        if (node == null) {
            return messages.get("settings.nodes.unchecked");
        }
        if (!node.reachable()) {
            // The error text is for developers (English, technical); the user gets when it last failed.
            return messages.get("settings.nodes.failed", formats.relative(node.checkedAt(), clock.instant()));
        }
        String latency = node.latencyMillis().isPresent() ? formats.number(node.latencyMillis().getAsLong())
                : messages.get("status.none");
        String lag = node.headLag().map(d -> formats.number(Math.max(0, d.toSeconds())))
                .orElse(messages.get("status.none"));
        return messages.get("settings.nodes.healthy", latency, lag);
    }

    /** The node list shown and what was last seen of each node, read off the FX thread. */
    private record NodeList(List<URI> urls, Map<URI, NodeCheckResult> seen) {
    }

    private final class NodeCell extends ListCell<URI> {
        private final Label url = new Label();
        private final Label state = new Label();
        private final VBox box = new VBox(2, url, state);

        NodeCell() {
            url.getStyleClass().add("node-url");
            state.getStyleClass().add("node-health");
        }

        @Override
        protected void updateItem(URI item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            NodeCheckResult node = health.get(item);
            url.setText(item.toString());
            state.setText(describe(node));
            state.getStyleClass().removeAll("node-ok", "node-error");
            if (node != null && !node.reachable()) {
                state.getStyleClass().add("node-error");
            } else if (node != null) {
                state.getStyleClass().add("node-ok");
            }
            setGraphic(box);
        }
    }
}
