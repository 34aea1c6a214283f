package org.steemdesk.ui.wallet;

import java.util.Objects;
import java.util.Optional;
import org.steemdesk.app.wallet.WalletRequest;

/**
 * One line of a wallet overview section: its text and, where the line can be undone from here (remove a route,
 * unvote, undelegate, clear the proxy, cancel a recovery change), the button's label and the request it opens the
 * sheet on.
 */
public record OverviewRow(String text, Optional<String> actionLabel, Optional<WalletRequest> action) {
    public OverviewRow {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(actionLabel, "actionLabel");
        Objects.requireNonNull(action, "action");
        if (actionLabel.isPresent() != action.isPresent()) {
            throw new IllegalArgumentException("an action has a label and a request, or neither");
        }
    }

    static OverviewRow text(String text) {
        return new OverviewRow(text, Optional.empty(), Optional.empty());
    }

    static OverviewRow action(String text, String label, WalletRequest request) {
        return new OverviewRow(text, Optional.of(label), Optional.of(request));
    }
}
