package org.steemdesk.ui.settings;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.steemdesk.app.node.NodeCheckResult;
import org.steemdesk.app.node.NodeUrl;
import org.steemdesk.app.node.Nodes;
import org.steemdesk.app.rewards.AutoClaimSettings;
import org.steemdesk.app.rewards.Rewards;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.LinkOpener;
import org.steemdesk.ui.Theme;
import org.steemdesk.ui.UiSettings;

/**
 * Language and theme (both apply at once), the node list (add, remove, reorder, saved; health of each node),
 * opt-in automatic claiming of rewards, and the data directory.
 */
public final class SettingsController {
    private final UiSettings settings;
    private final Nodes appNodes;
    private final Rewards rewards;
    private final Background background;
    private final Path dataDirectory;
    private final Clock clock;
    private final Messages messages;
    private final Formats formats;
    private final LinkOpener links;
    private final ObservableList<URI> nodes = FXCollections.observableArrayList();
    private final Map<URI, NodeCheckResult> health = new HashMap<>();

    @FXML private ToggleGroup language;
    @FXML private RadioButton korean;
    @FXML private RadioButton english;
    @FXML private ToggleGroup theme;
    @FXML private RadioButton light;
    @FXML private RadioButton dark;
    @FXML private ListView<URI> nodesList;
    @FXML private Button nodeUp;
    @FXML private Button nodeDown;
    @FXML private Button nodeRemove;
    @FXML private Button checkNodes;
    @FXML private ProgressIndicator checkBusy;
    @FXML private TextField newNode;
    @FXML private Button nodeAdd;
    @FXML private Label nodesMessage;
    @FXML private CheckBox autoClaim;
    @FXML private TextField autoClaimSteem;
    @FXML private TextField autoClaimSbd;
    @FXML private Button autoClaimSave;
    @FXML private Label autoClaimMessage;
    @FXML private TextField dataDir;
    @FXML private Button openDataDir;

    public SettingsController(UiSettings settings, Nodes nodes, Rewards rewards, Background background,
                              Path dataDirectory, Clock clock, Messages messages, Formats formats, LinkOpener links) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.appNodes = Objects.requireNonNull(nodes, "nodes");
        this.rewards = Objects.requireNonNull(rewards, "rewards");
        this.background = Objects.requireNonNull(background, "background");
        this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.links = Objects.requireNonNull(links, "links");
    }

    @FXML
    private void initialize() {
        korean.setUserData(Language.KOREAN);
        english.setUserData(Language.ENGLISH);
        light.setUserData(Theme.LIGHT);
        dark.setUserData(Theme.DARK);
        (settings.languageProperty().get() == Language.KOREAN ? korean : english).setSelected(true);
        (settings.themeProperty().get() == Theme.DARK ? dark : light).setSelected(true);
        // The language change rebuilds this view, so it is applied after the current event has finished.
        language.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                Platform.runLater(
                        () -> settings.languageProperty().set((Language) toggle.getUserData()));
            }
        });
        theme.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                settings.themeProperty().set((Theme) toggle.getUserData());
            }
        });
        setUpNodes();
        setUpAutoClaim();
        dataDir.setText(dataDirectory.toString());
        openDataDir.setOnAction(e -> links.open(dataDirectory.toUri()));
    }

    private void setUpNodes() {
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
        }, failure -> nodesMessage.setText(messages.get("error.unexpected")));
        var selected = nodesList.getSelectionModel().selectedIndexProperty();
        nodeUp.disableProperty().bind(selected.lessThan(1));
        nodeDown.disableProperty().bind(selected.lessThan(0).or(selected.greaterThanOrEqualTo(
                Bindings.size(nodes).subtract(1))));
        nodeRemove.disableProperty().bind(selected.lessThan(0).or(Bindings.size(nodes)
                .lessThan(2)));
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

    private void setUpAutoClaim() {
        background.run(rewards::autoClaimRules, rules -> {
            autoClaim.setSelected(rules.enabled());
            autoClaimSteem.setText(rules.steemThreshold().toDecimal().toPlainString());
            autoClaimSbd.setText(rules.sbdThreshold().toDecimal().toPlainString());
        }, failure -> autoClaimMessage.setText(messages.get("error.unexpected")));
        autoClaimSave.setOnAction(e -> {
            AutoClaimSettings rules;
            try {
                rules = new AutoClaimSettings(autoClaim.isSelected(), threshold(autoClaimSteem, AssetSymbol.STEEM),
                        threshold(autoClaimSbd, AssetSymbol.SBD));
            } catch (IllegalArgumentException invalid) {
                autoClaimMessage.setText(messages.get("settings.autoClaim.invalid"));
                return;
            }
            background.run(() -> {
                rewards.saveAutoClaimRules(rules);
                return rules;
            }, saved -> autoClaimMessage.setText(messages.get("settings.autoClaim.saved")),
                    failure -> autoClaimMessage.setText(messages.get("error.unexpected")));
        });
    }

    /** A threshold typed as a plain number ("1.5"); more decimals than the asset has are refused. */
    private static Asset threshold(TextField field, AssetSymbol symbol) {
        try {
            return Asset.fromDecimal(new BigDecimal(field.getText().strip()), symbol);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number", e);
        }
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
            nodesMessage.setText(messages.get("settings.nodes.invalid"));
            return;
        }
        nodesMessage.setText(null);
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
            nodesMessage.setText(messages.get("error.unexpected"));
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
