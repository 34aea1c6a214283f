package org.steemdesk.chain.operation;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;

/**
 * An app-defined JSON payload (follows, reblogs, communities …) signed by the listed accounts' active
 * ({@code requiredAuths}) or posting ({@code requiredPostingAuths}) authority. The JSON text is signed as given.
 */
public record CustomJsonOperation(List<AccountName> requiredAuths, List<AccountName> requiredPostingAuths, String id,
        String json) implements KnownOperation {
    @SuppressWarnings("unchecked")
    public static final OperationType<CustomJsonOperation> TYPE = OperationType
            .define("custom_json", 18, CustomJsonOperation.class)
            .field("required_auths", FieldType.ACCOUNT_SET, CustomJsonOperation::requiredAuths)
            .field("required_posting_auths", FieldType.ACCOUNT_SET, CustomJsonOperation::requiredPostingAuths)
            .field("id", FieldType.STRING, CustomJsonOperation::id)
            .field("json", FieldType.STRING, CustomJsonOperation::json)
            .build(v -> new CustomJsonOperation((List<AccountName>) v[0], (List<AccountName>) v[1], (String) v[2],
                    (String) v[3]));

    /** The follow plugin's id, used for follows, mutes and reblogs. */
    public static final String FOLLOW_ID = "follow";
    /** The communities (hivemind) id. */
    public static final String COMMUNITY_ID = "community";

    /** Sorts and de-duplicates the account lists, as steemd's flat_set does on the wire. */
    public CustomJsonOperation {
        requiredAuths = sortedSet(Rules.required(requiredAuths, "custom_json", "required_auths"));
        requiredPostingAuths = sortedSet(Rules.required(requiredPostingAuths, "custom_json", "required_posting_auths"));
        if (requiredAuths.isEmpty() && requiredPostingAuths.isEmpty()) {
            throw new IllegalArgumentException("custom_json: at least one account must be specified");
        }
        if (Rules.utf8Bytes(id, "custom_json", "id") > Rules.MAX_CUSTOM_ID_BYTES) {
            throw new IllegalArgumentException("custom_json.id is too long (at most " + Rules.MAX_CUSTOM_ID_BYTES
                    + " bytes): " + id);
        }
        Rules.json(json, "custom_json", "json");
    }

    /** A payload signed with {@code account}'s posting key, the usual case for social actions. */
    public static CustomJsonOperation posting(AccountName account, String id, String json) {
        return new CustomJsonOperation(List.of(), List.of(account), id, json);
    }

    public static CustomJsonOperation follow(AccountName follower, AccountName following) {
        return followState(follower, following, "\"blog\"");
    }

    public static CustomJsonOperation unfollow(AccountName follower, AccountName following) {
        return followState(follower, following, "");
    }

    public static CustomJsonOperation mute(AccountName follower, AccountName following) {
        return followState(follower, following, "\"ignore\"");
    }

    public static CustomJsonOperation reblog(AccountName account, AccountName author, Permlink permlink) {
        return posting(account, FOLLOW_ID, "[\"reblog\",{\"account\":\"" + account + "\",\"author\":\"" + author
                + "\",\"permlink\":\"" + quote(permlink.value()) + "\"}]");
    }

    public static CustomJsonOperation subscribe(AccountName account, AccountName community) {
        return communityAction(account, "subscribe", community);
    }

    public static CustomJsonOperation unsubscribe(AccountName account, AccountName community) {
        return communityAction(account, "unsubscribe", community);
    }

    /** The follow plugin sets the relation to exactly {@code what}: ["blog"] follows, ["ignore"] mutes, [] resets. */
    private static CustomJsonOperation followState(AccountName follower, AccountName following, String what) {
        return posting(follower, FOLLOW_ID, "[\"follow\",{\"follower\":\"" + follower + "\",\"following\":\""
                + following + "\",\"what\":[" + what + "]}]");
    }

    private static CustomJsonOperation communityAction(AccountName account, String action, AccountName community) {
        return posting(account, COMMUNITY_ID, "[\"" + action + "\",{\"community\":\"" + community + "\"}]");
    }

    private static String quote(String text) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(text));
    }

    private static List<AccountName> sortedSet(Collection<AccountName> accounts) {
        Set<AccountName> sorted = new TreeSet<>(accounts);
        return List.copyOf(sorted);
    }

    @Override
    public OperationType<CustomJsonOperation> type() {
        return TYPE;
    }

    @Override
    public RequiredAuthorities requiredAuthorities() {
        return new RequiredAuthorities(Set.of(), Set.copyOf(requiredAuths), Set.copyOf(requiredPostingAuths));
    }
}
