package org.steemdesk.app.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.account.UnknownAccountException;
import org.steemdesk.app.node.NodeReader;
import org.steemdesk.app.storage.AccountCache;
import org.steemdesk.app.storage.AccountList;
import org.steemdesk.app.storage.AccountListCache;
import org.steemdesk.app.storage.Cached;
import org.steemdesk.app.storage.ChainObject;
import org.steemdesk.app.storage.ChainObjectCache;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.NodeErrorException;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.chain.rpc.model.DynamicGlobalProperties;
import org.steemdesk.chain.rpc.model.RcAccount;

/**
 * An account's balances, stake, mana and RC, cache first: {@link #cached} answers from {@code cache.db} at once,
 * {@link #load} asks the node, stores what it got and falls back to the cache when no node answers. It blocks only
 * its caller; the UI calls it off the FX thread.
 */
public record AccountSync(NodeReader reader, AccountCache accounts, AccountListCache lists, ChainObjectCache chain,
                          Clock clock) {

    /** What the cache holds, fetched at the account row's time; empty if the account or the globals are missing. */
    public Optional<Synced<AccountSnapshot>> cached(AccountName name) {
        Optional<Cached<String>> account = accounts.get(name);
        Optional<Cached<String>> globals = chain.get(ChainObject.DYNAMIC_GLOBAL_PROPERTIES);
        if (account.isEmpty() || globals.isEmpty()) {
            return Optional.empty();
        }
        Optional<RcAccount> rc = lists.get(AccountList.RC_ACCOUNTS, name).flatMap(c -> firstRc(c.value()));
        return Optional.of(new Synced<>(new AccountSnapshot(parse(account.get().value(), Account.class),
                parse(globals.get().value(), DynamicGlobalProperties.class), rc), account.get().fetchedAt(), false));
    }

    /**
     * Fresh from the node (and stored), or the cached snapshot marked offline when no node answers.
     *
     * @throws UnknownAccountException the chain has no such account
     * @throws NothingCachedException  offline with nothing cached
     */
    public Synced<AccountSnapshot> load(AccountName name) throws NothingCachedException {
        try {
            return fetch(name);
        } catch (NodeUnreachableException e) {
            return cached(name).map(c -> new Synced<>(c.value(), c.fetchedAt(), true))
                    .orElseThrow(() -> new NothingCachedException(NothingCachedException.Subject.ACCOUNT,
                            name.value(), e));
        }
    }

    private Synced<AccountSnapshot> fetch(AccountName name) throws NodeUnreachableException {
        JsonNode found = reader.raw("condenser_api.get_accounts", List.of(List.of(name.value())));
        JsonNode row = null;
        for (JsonNode candidate : found) {
            if (name.value().equals(candidate.path("name").asText())) {
                row = candidate;
            }
        }
        if (row == null) {
            throw new UnknownAccountException(name);
        }
        JsonNode globals = reader.raw("condenser_api.get_dynamic_global_properties", List.of());
        JsonNode rc = fetchRc(name);
        Instant now = clock.instant();
        accounts.put(name, row.toString(), now);
        chain.put(ChainObject.DYNAMIC_GLOBAL_PROPERTIES, globals.toString(), now);
        if (rc != null) {
            lists.put(AccountList.RC_ACCOUNTS, name, rc.toString(), now);
        }
        return new Synced<>(new AccountSnapshot(parse(row.toString(), Account.class),
                parse(globals.toString(), DynamicGlobalProperties.class),
                rc == null ? Optional.empty() : firstRc(rc.toString())), now, false);
    }

    /** The {@code rc_accounts} array, or null when this node has no {@code rc_api} (RC is then not shown). */
    private JsonNode fetchRc(AccountName name) throws NodeUnreachableException {
        try {
            return reader.raw("rc_api.find_rc_accounts", Map.of("accounts", List.of(name.value())))
                    .path("rc_accounts");
        } catch (NodeErrorException e) {
            return null;
        }
    }

    private Optional<RcAccount> firstRc(String jsonArray) {
        RcAccount[] found = parse(jsonArray, RcAccount[].class);
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    private <T> T parse(String json, Class<T> type) {
        try {
            return reader.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cache.db holds " + type.getSimpleName() + " JSON that no longer parses",
                    e);
        }
    }
}
