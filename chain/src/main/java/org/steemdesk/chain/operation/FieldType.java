package org.steemdesk.chain.operation;

/**
 * The wire types of operation fields. Each operation declares its fields once, in steemd's order, with one of
 * these types; the binary serializer and the JSON codec both walk that declaration, so the two can never disagree
 * on order or encoding. The Java value of each type is noted.
 */
public enum FieldType {
    /** {@code AccountName}, a string on the wire. */
    ACCOUNT,
    /** {@code Optional<AccountName>}; an empty string on the wire and in JSON when absent. */
    OPTIONAL_ACCOUNT,
    /** {@code String}, varint length + UTF-8. */
    STRING,
    /** {@code Permlink}, a string on the wire. */
    PERMLINK,
    /** {@code Integer}, little-endian int16. */
    INT16,
    /** {@code Integer}, little-endian uint16. */
    UINT16,
    /** {@code Long}, little-endian uint32. */
    UINT32,
    /** {@code Boolean}, one byte. */
    BOOL,
    /** {@code Asset}, the legacy 16-byte layout. */
    ASSET,
    /** {@code List<AccountName>}, sorted and unique (steemd's flat_set). */
    ACCOUNT_SET,
    /** {@code Authority}. */
    AUTHORITY,
    /** {@code Optional<Authority>}; a presence byte on the wire, an omitted field in JSON when absent. */
    OPTIONAL_AUTHORITY,
    /** {@code PublicKey}, 33 bytes. */
    PUBLIC_KEY,
    /**
     * {@code List<Beneficiary>}, sorted: comment_options' extensions, an array holding at most one
     * static_variant alternative 0 ({@code comment_payout_beneficiaries}).
     */
    BENEFICIARIES,
    /**
     * {@code List<?>}, always empty: steemd's {@code extensions_type}, which defines no extension yet. A varint 0 on
     * the wire, {@code []} in JSON; reading refuses anything else rather than sign bytes that would drop it.
     */
    EMPTY_EXTENSIONS
}
