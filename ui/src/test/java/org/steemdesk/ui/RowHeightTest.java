package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every list and table row is a whole number of pixels tall in both themes: a fractional height (AtlantaFX's 2.8em)
 * left a sliver between rows placed on whole pixels, drawn as a grey line across the list under its last rows. And
 * lists and tables draw their rows without an effect while a sheet's card keeps its shadow: the group that holds a
 * list's cells has the style class {@code sheet}; app.css's sheet style once matched it, and on the software
 * pipeline every list was then drawn through offscreen images its size, blurred on every repaint.
 */
@ExtendWith(ApplicationExtension.class)
class RowHeightTest {
    private Scene scene;
    private VBox card;

    @Start
    void start(Stage stage) {
        var list = new ListView<String>();
        list.getItems().addAll("one", "two");
        var table = new TableView<String>();
        var column = new TableColumn<String, String>("text");
        column.setCellValueFactory(row -> new javafx.beans.property.SimpleStringProperty(row.getValue()));
        table.getColumns().add(column);
        table.getItems().addAll("one", "two");
        card = new VBox();
        card.getStyleClass().add("sheet-card");
        scene = new Scene(new HBox(list, table, card), 800, 500);
        // app.css is loaded on the window's root in the app (MainView.fxml); here on the scene.
        scene.getStylesheets().add(Objects.requireNonNull(Theme.class.getResource("app.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void rowsAreWholePixelsTallInBothThemes() throws Exception {
        for (Theme theme : Theme.values()) {
            show(theme);
            List<Double> heights = WaitForAsyncUtils.asyncFx(() -> rows().stream()
                    .map(row -> ((Region) row).getHeight()).toList()).get();
            // filled rows and the empty ones that fill the rest of the list
            assertThat(heights).as(theme.name()).hasSizeGreaterThan(4)
                    .allSatisfy(height -> assertThat(height % 1).as(theme + " row of " + height).isZero());
        }
    }

    @Test
    void listsAndTablesCarryNoEffectWhileSheetCardsKeepTheirShadow() throws Exception {
        for (Theme theme : Theme.values()) {
            show(theme);
            List<Node> withEffects = WaitForAsyncUtils.asyncFx(() -> scene.getRoot().lookupAll("*").stream()
                    .filter(node -> node != card && node.getEffect() != null).toList()).get();
            assertThat(withEffects).as(theme.name()).isEmpty();
            assertThat(WaitForAsyncUtils.asyncFx(card::getEffect).get()).as(theme.name()).isInstanceOf(DropShadow.class);
            // the cell groups the old selector matched are there
            assertThat(WaitForAsyncUtils.asyncFx(() -> scene.getRoot().lookupAll(".sheet").size()).get())
                    .as(theme.name()).isGreaterThanOrEqualTo(2);
        }
    }

    private void show(Theme theme) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Application.setUserAgentStylesheet(theme.userAgentStylesheet());
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Node> rows() {
        var rows = new java.util.ArrayList<>(scene.getRoot().lookupAll(".list-cell"));
        rows.addAll(scene.getRoot().lookupAll(".table-row-cell"));
        return rows.stream().filter(Node::isVisible).toList();
    }
}
