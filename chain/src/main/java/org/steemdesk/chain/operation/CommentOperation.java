package org.steemdesk.chain.operation;

import java.util.Optional;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;

/**
 * Creates or edits a post (no parent author; the parent permlink is the main tag) or a reply.
 * json_metadata is empty or a JSON text.
 */
public record CommentOperation(Optional<AccountName> parentAuthor, Permlink parentPermlink, AccountName author,
        Permlink permlink, String title, String body, String jsonMetadata) implements KnownOperation {
    @SuppressWarnings("unchecked")
    public static final OperationType<CommentOperation> TYPE = OperationType.define("comment", 1, CommentOperation.class)
            .field("parent_author", FieldType.OPTIONAL_ACCOUNT, CommentOperation::parentAuthor)
            .field("parent_permlink", FieldType.PERMLINK, CommentOperation::parentPermlink)
            .field("author", FieldType.ACCOUNT, CommentOperation::author)
            .field("permlink", FieldType.PERMLINK, CommentOperation::permlink)
            .field("title", FieldType.STRING, CommentOperation::title)
            .field("body", FieldType.STRING, CommentOperation::body)
            .field("json_metadata", FieldType.STRING, CommentOperation::jsonMetadata)
            .build(v -> new CommentOperation((Optional<AccountName>) v[0], (Permlink) v[1], (AccountName) v[2],
                    (Permlink) v[3], (String) v[4], (String) v[5], (String) v[6]));

    public CommentOperation {
        Rules.required(parentAuthor, "comment", "parent_author");
        Rules.required(parentPermlink, "comment", "parent_permlink");
        Rules.required(author, "comment", "author");
        Rules.required(permlink, "comment", "permlink");
        if (Rules.utf8Bytes(title, "comment", "title") > Rules.MAX_TITLE_BYTES) {
            throw new IllegalArgumentException("comment.title is longer than " + Rules.MAX_TITLE_BYTES + " bytes");
        }
        if (Rules.utf8Bytes(body, "comment", "body") == 0) {
            throw new IllegalArgumentException("comment.body is empty");
        }
        if (!Rules.required(jsonMetadata, "comment", "json_metadata").isEmpty()) {
            Rules.json(jsonMetadata, "comment", "json_metadata");
        }
    }

    /** A new top-level post under {@code category} (its first tag). */
    public static CommentOperation post(Permlink category, AccountName author, Permlink permlink, String title,
            String body, String jsonMetadata) {
        return new CommentOperation(Optional.empty(), category, author, permlink, title, body, jsonMetadata);
    }

    /** A reply to {@code parentAuthor}'s {@code parentPermlink}; replies have no title. */
    public static CommentOperation reply(AccountName parentAuthor, Permlink parentPermlink, AccountName author,
            Permlink permlink, String body, String jsonMetadata) {
        return new CommentOperation(Optional.of(parentAuthor), parentPermlink, author, permlink, "", body, jsonMetadata);
    }

    @Override
    public OperationType<CommentOperation> type() {
        return TYPE;
    }

    @Override
    public RequiredAuthorities requiredAuthorities() {
        return RequiredAuthorities.posting(author);
    }
}
