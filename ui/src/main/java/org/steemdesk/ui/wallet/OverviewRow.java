package org.steemdesk.ui.wallet;

import java.util.Optional;
import org.steemdesk.app.wallet.WalletRequest;

/**
 * One line of a wallet overview section: its text and, where the line can be undone from here (remove a route,
 * unvote, undelegate, clear the proxy, cancel a recovery change), the button's label and the request it opens the
 * sheet on; a tooltip where the line needs a word more (an SP amount that is not exactly what was delegated).
 */
public record OverviewRow(String text, Optional<String> actionLabel, Optional<WalletRequest> action,
                          Optional<String> tooltip) {
    public OverviewRow {
        if (actionLabel.isPresent() != action.isPresent()) {
            throw new IllegalArgumentException("an action has a label and a request, or neither");
        }
    }

    public OverviewRow(String text, Optional<String> actionLabel, Optional<WalletRequest> action) {
        this(text, actionLabel, action, Optional.empty());
    }

    OverviewRow withTooltip(String text) {
        return new OverviewRow(this.text, actionLabel, action, Optional.of(text));
    }

    static OverviewRow text(String text) {
        return new OverviewRow(text, Optional.empty(), Optional.empty());
    }

    static OverviewRow action(String text, String label, WalletRequest request) {
        return new OverviewRow(text, Optional.of(label), Optional.of(request));
    }
}
