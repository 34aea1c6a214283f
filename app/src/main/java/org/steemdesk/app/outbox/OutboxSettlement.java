package org.steemdesk.app.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Settles what the outbox still holds open, whoever signed it (a wallet operation, a vote) and whichever run did: each
 * entry's very bytes are sent again until it expires, after that the signer's history says whether it landed. Only an
 * entry found absent after expiry is closed as such; nothing is ever signed here.
 *
 * <p>It stops at the first entry that stays unsettled (no node gave a clear answer): the others would wait as long,
 * and the door that asked should not be held for each of them. Those stay open for the next settlement.
 *
 * @param lookups where an entry past its expiry is looked for (its signer's history)
 */
public record OutboxSettlement(Outbox outbox, TransactionSender sender,
                               Function<OutboxEntry, TransactionStatusLookup> lookups, Clock clock) {

    /** Settles every open entry, oldest first; see {@link #settle(List)}. */
    public List<OutboxEntry> settle() {
        return settle(List.of());
    }

    /**
     * Settles {@code first} (e.g. the entries of a request about to be made again), then every other open entry.
     *
     * @return every entry that was open, as it stands now (settled, or still open), in the order tried
     */
    public List<OutboxEntry> settle(List<OutboxEntry> first) {
        Map<Long, OutboxEntry> open = new LinkedHashMap<>();
        first.stream().filter(e -> e.state().isOpen()).forEach(e -> open.put(e.id(), e));
        outbox.open().forEach(e -> open.putIfAbsent(e.id(), e));
        List<OutboxEntry> after = new ArrayList<>();
        boolean stopped = false;
        for (OutboxEntry entry : open.values()) {
            OutboxEntry current = outbox.get(entry.id()).orElse(entry);
            if (!stopped && current.state().isOpen()) {
                DeliveryResult result = new OutboxDelivery(outbox, sender, lookups.apply(current))
                        .deliver(current, clock.instant());
                stopped = result instanceof DeliveryResult.Pending;
                current = outbox.get(entry.id()).orElse(current);
            }
            after.add(current);
        }
        return List.copyOf(after);
    }
}
