package org.steemdesk.app.sync;

import java.util.Objects;
import org.steemdesk.app.NodeUnreachableException;

/**
 * No node answered and the cache has nothing to show instead. {@link #subject()}, {@link #name()} and {@link #tag()}
 * say what was asked for, {@link #problem()} what the node did, for a door to say both in the user's language.
 */
public final class NothingCachedException extends NodeUnreachableException {
    /** What was asked for. */
    public enum Subject {
        /** An account ({@code name}: its name). */
        ACCOUNT,
        /** A post ({@code name}: author/permlink). */
        POST,
        /** A feed listing ({@code name}: its kind, e.g. trending; {@code tag}: its tag or ""). */
        FEED
    }

    private final Subject subject;
    private final String name;
    private final String tag;

    public NothingCachedException(Subject subject, String name, Throwable cause) {
        this(subject, name, "", cause);
    }

    public NothingCachedException(Subject subject, String name, String tag, Throwable cause) {
        super("offline: no node answered and " + english(subject, name, tag) + " is not cached yet", cause);
        this.subject = Objects.requireNonNull(subject, "subject");
        this.name = Objects.requireNonNull(name, "name");
        this.tag = Objects.requireNonNull(tag, "tag");
    }

    public Subject subject() {
        return subject;
    }

    public String name() {
        return name;
    }

    /** The feed's tag, or "". */
    public String tag() {
        return tag;
    }

    private static String english(Subject subject, String name, String tag) {
        return switch (subject) {
            case ACCOUNT -> "account " + name;
            case POST -> "the post " + name;
            case FEED -> "the " + name + " listing" + (tag.isEmpty() ? "" : " for " + tag);
        };
    }
}
