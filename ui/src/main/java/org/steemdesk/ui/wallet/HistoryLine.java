package org.steemdesk.ui.wallet;

import java.util.Optional;
import org.steemdesk.app.sync.HistoryEntry;

/**
 * One history row as the user reads it: the operation's localized name, a sentence in the user's language, a
 * tooltip where an amount was converted from VESTS (at which price), and the transfer's memo as sent (encrypted ones
 * still {@code #…}: they are read apart, off the FX thread).
 */
public record HistoryLine(HistoryEntry entry, String kind, String sentence, Optional<String> tooltip,
                          Optional<String> memo) {
}
