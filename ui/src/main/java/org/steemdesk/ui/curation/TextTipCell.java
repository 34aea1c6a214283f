package org.steemdesk.ui.curation;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** A table cell of text that may be cut short ("…"): its whole text is in its tooltip. */
final class TextTipCell<S> extends TableCell<S, String> {
    private final Tooltip tip = new Tooltip();

    TextTipCell() {
        tip.setWrapText(true);
        tip.setMaxWidth(520);
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        boolean blank = empty || text == null || text.isBlank();
        setText(blank ? null : text);
        tip.setText(blank ? null : text);
        setTooltip(blank ? null : tip);
    }
}
