package org.steemdesk.chain.serialization;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.operation.Authorities;
import org.steemdesk.chain.operation.Beneficiary;
import org.steemdesk.chain.operation.KnownOperation;
import org.steemdesk.chain.operation.Operation;
import org.steemdesk.chain.operation.OperationField;
import org.steemdesk.chain.operation.UnknownOperation;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.Authority;
import org.steemdesk.chain.protocol.Permlink;

/** Writes an operation as steemd's static_variant: varint id, then the fields in declaration order. */
public final class OperationSerializer {
    /** The static_variant alternative of comment_payout_beneficiaries in comment_options' extensions. */
    private static final int BENEFICIARIES_EXTENSION = 0;

    private OperationSerializer() {}

    public static void write(SteemWriter out, Operation operation) {
        if (!(operation instanceof KnownOperation known)) {
            String name = operation instanceof UnknownOperation u ? u.name() : operation.getClass().getName();
            throw new IllegalArgumentException("operation \"" + name
                    + "\" is not supported by Steemdesk and cannot be serialized for signing");
        }
        out.varint32(known.wireId());
        for (OperationField field : known.type().fields()) {
            try {
                writeField(out, field, field.valueOf(known));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(known.name() + "." + field.name() + ": " + e.getMessage(), e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void writeField(SteemWriter out, OperationField field, Object value) {
        switch (field.type()) {
            case ACCOUNT -> out.account((AccountName) value);
            case OPTIONAL_ACCOUNT -> out.string(((Optional<AccountName>) value).map(AccountName::value).orElse(""));
            case STRING -> out.string((String) value);
            case PERMLINK -> out.string(((Permlink) value).value());
            case INT16 -> out.int16((Integer) value);
            case UINT16 -> out.uint16((Integer) value);
            case UINT32 -> out.uint32((Long) value);
            case BOOL -> out.bool((Boolean) value);
            case ASSET -> out.asset((Asset) value);
            case ACCOUNT_SET -> {
                List<AccountName> accounts = (List<AccountName>) value;
                out.varint32(accounts.size());
                accounts.forEach(out::account);
            }
            case AUTHORITY -> authority(out, (Authority) value);
            case OPTIONAL_AUTHORITY -> {
                Optional<Authority> authority = (Optional<Authority>) value;
                out.bool(authority.isPresent());
                authority.ifPresent(a -> authority(out, a));
            }
            case PUBLIC_KEY -> out.publicKey((PublicKey) value);
            case BENEFICIARIES -> beneficiaries(out, (List<Beneficiary>) value);
            case EMPTY_EXTENSIONS -> out.varint32(0);
        }
    }

    private static void authority(SteemWriter out, Authority authority) {
        out.uint32(authority.weightThreshold());
        List<Map.Entry<AccountName, Integer>> accounts = Authorities.sortedAccountAuths(authority);
        out.varint32(accounts.size());
        for (Map.Entry<AccountName, Integer> entry : accounts) {
            out.account(entry.getKey()).uint16(entry.getValue());
        }
        List<Map.Entry<PublicKey, Integer>> keys = Authorities.sortedKeyAuths(authority);
        out.varint32(keys.size());
        for (Map.Entry<PublicKey, Integer> entry : keys) {
            out.publicKey(entry.getKey()).uint16(entry.getValue());
        }
    }

    private static void beneficiaries(SteemWriter out, List<Beneficiary> beneficiaries) {
        if (beneficiaries.isEmpty()) {
            out.varint32(0);
            return;
        }
        out.varint32(1).varint32(BENEFICIARIES_EXTENSION).varint32(beneficiaries.size());
        for (Beneficiary beneficiary : beneficiaries) {
            out.account(beneficiary.account()).uint16(beneficiary.weight());
        }
    }
}
