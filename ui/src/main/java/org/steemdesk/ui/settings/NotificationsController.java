package org.steemdesk.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.ActionMessage;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.DesktopNotifier;
import org.steemdesk.ui.Preferences;

/**
 * Whether account guard alerts also come as desktop notifications (saved at once); says so when this computer has
 * no way to show them (on Linux: libnotify's notify-send missing).
 */
public final class NotificationsController {
    private final Preferences preferences;
    private final DesktopNotifier notifier;
    private final Background background;
    private final Messages messages;
    private ActionMessage message;

    @FXML private CheckBox guardNotify;
    @FXML private Label notifyMessage;

    public NotificationsController(Preferences preferences, DesktopNotifier notifier, Background background,
                                   Messages messages) {
        this.preferences = preferences;
        this.notifier = notifier;
        this.background = background;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        message = new ActionMessage(notifyMessage);
        notifyMessage.managedProperty().bind(notifyMessage.textProperty().isNotEmpty());
        if (!notifier.available()) {
            message.info(messages.get("settings.notify.unavailable"));
        }
        background.run(preferences::guardNotifications, on -> {
            guardNotify.setSelected(on);
            guardNotify.selectedProperty().addListener((obs, old, now) -> background.perform(
                    () -> preferences.guardNotifications(now)));
        }, failure -> message.error(messages.get("error.unexpected")));
    }
}
