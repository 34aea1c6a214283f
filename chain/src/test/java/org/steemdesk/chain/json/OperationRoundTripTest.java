package org.steemdesk.chain.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.steemdesk.chain.crypto.Digests;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.operation.AccountUpdateOperation;
import org.steemdesk.chain.operation.AccountWitnessProxyOperation;
import org.steemdesk.chain.operation.AccountWitnessVoteOperation;
import org.steemdesk.chain.operation.Beneficiary;
import org.steemdesk.chain.operation.CancelTransferFromSavingsOperation;
import org.steemdesk.chain.operation.ChangeRecoveryAccountOperation;
import org.steemdesk.chain.operation.CommentOperation;
import org.steemdesk.chain.operation.CommentOptionsOperation;
import org.steemdesk.chain.operation.ConvertOperation;
import org.steemdesk.chain.operation.CustomJsonOperation;
import org.steemdesk.chain.operation.DelegateVestingSharesOperation;
import org.steemdesk.chain.operation.Operation;
import org.steemdesk.chain.operation.SetWithdrawVestingRouteOperation;
import org.steemdesk.chain.operation.TransferFromSavingsOperation;
import org.steemdesk.chain.operation.TransferOperation;
import org.steemdesk.chain.operation.TransferToVestingOperation;
import org.steemdesk.chain.operation.VoteOperation;
import org.steemdesk.chain.operation.WithdrawVestingOperation;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.chain.protocol.Authority;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.transaction.Transaction;

class OperationRoundTripTest {
    private final ObjectMapper mapper = SteemJson.mapper();

    @Property(tries = 300)
    void operationsSurviveAJsonRoundTrip(@ForAll("operations") Operation operation) throws IOException {
        String json = mapper.writeValueAsString(operation);
        assertThat(mapper.readValue(json, Operation.class)).isEqualTo(operation);
    }

    @Property(tries = 200)
    void serializationIsDeterministicAndIndependentOfJson(@ForAll("operations") Operation operation) throws IOException {
        Transaction tx = new Transaction(1234, 0xCAFEBABEL, Instant.parse("2030-01-01T00:00:00Z"), List.of(operation));
        Transaction reread = mapper.readValue(mapper.writeValueAsString(tx), Transaction.class);
        assertThat(reread.toBytes()).isEqualTo(tx.toBytes());
        assertThat(reread.id()).isEqualTo(tx.id());
    }

    @Provide
    Arbitrary<Operation> operations() {
        return Arbitraries.oneOf(votes(), transfers(), savings(), vesting(), social(), comments(), witness(), wallet());
    }

    @Provide
    Arbitrary<Operation> votes() {
        return Combinators.combine(accounts(), accounts(), permlinks(), Arbitraries.integers().between(-10_000, 10_000))
                .as(VoteOperation::new);
    }

    @Provide
    Arbitrary<Operation> transfers() {
        return Combinators.combine(accounts(), accounts(), liquid(), texts(200)).as(TransferOperation::new);
    }

    private Arbitrary<Operation> savings() {
        Arbitrary<Long> requestIds = Arbitraries.longs().between(0, 0xFFFFFFFFL);
        return Arbitraries.oneOf(
                Combinators.combine(accounts(), requestIds, accounts(), liquid(), texts(50))
                        .as(TransferFromSavingsOperation::new),
                Combinators.combine(accounts(), requestIds).as(CancelTransferFromSavingsOperation::new));
    }

    private Arbitrary<Operation> vesting() {
        Arbitrary<Asset> vests = Arbitraries.longs().between(0, Long.MAX_VALUE).map(v -> Asset.of(v, AssetSymbol.VESTS));
        Arbitrary<Asset> steem = Arbitraries.longs().between(1, Long.MAX_VALUE).map(v -> Asset.of(v, AssetSymbol.STEEM));
        return Arbitraries.oneOf(
                Combinators.combine(accounts(), vests).as(WithdrawVestingOperation::new),
                Combinators.combine(accounts(), accounts().optional(), steem).as(TransferToVestingOperation::new),
                Combinators.combine(accounts(), accounts(), vests).filter((a, b, v) -> !a.equals(b))
                        .as(DelegateVestingSharesOperation::new));
    }

    private Arbitrary<Operation> social() {
        return Arbitraries.oneOf(
                Combinators.combine(accounts(), accounts()).as(CustomJsonOperation::follow),
                Combinators.combine(accounts(), accounts(), permlinks()).as(CustomJsonOperation::reblog),
                Combinators.combine(accounts().list().ofMaxSize(3), accounts().list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.strings().alpha().ofMaxLength(32), texts(30).map(t -> mapper.valueToTree(t).toString()))
                        .as(CustomJsonOperation::new));
    }

    private Arbitrary<Operation> comments() {
        Arbitrary<List<Beneficiary>> beneficiaries = Combinators
                .combine(accounts(), Arbitraries.integers().between(0, 1000)).as(Beneficiary::new)
                .list().ofMaxSize(5).uniqueElements(Beneficiary::account);
        return Arbitraries.oneOf(
                Combinators.combine(accounts().optional(), permlinks(), accounts(), permlinks(), texts(40), texts(300))
                        .filter((pa, pp, a, p, title, body) -> !body.isEmpty())
                        .as((pa, pp, a, p, title, body) -> new CommentOperation(pa, pp, a, p, title, body, "{}")),
                Combinators.combine(accounts(), permlinks(), Arbitraries.longs().between(0, 1_000_000_000L),
                        Arbitraries.integers().between(0, 10_000), Arbitraries.of(true, false), beneficiaries)
                        .as((a, p, max, pct, allow, bs) -> new CommentOptionsOperation(a, p,
                                Asset.of(max, AssetSymbol.SBD), pct, allow, !allow, bs)));
    }

    private Arbitrary<Operation> witness() {
        return Arbitraries.oneOf(
                Combinators.combine(accounts(), accounts(), Arbitraries.of(true, false)).as(AccountWitnessVoteOperation::new),
                Combinators.combine(accounts(), accounts()).filter((a, b) -> !a.equals(b))
                        .as((a, b) -> new AccountWitnessProxyOperation(a, Optional.of(b))));
    }

    private Arbitrary<Operation> wallet() {
        Arbitrary<Long> requestIds = Arbitraries.longs().between(0, 0xFFFFFFFFL);
        Arbitrary<Asset> sbd = Arbitraries.longs().between(1, Long.MAX_VALUE).map(v -> Asset.of(v, AssetSymbol.SBD));
        return Arbitraries.oneOf(
                Combinators.combine(accounts(), requestIds, sbd).as(ConvertOperation::new),
                Combinators.combine(accounts(), accounts(), Arbitraries.integers().between(0, 10_000),
                        Arbitraries.of(true, false)).as(SetWithdrawVestingRouteOperation::new),
                Combinators.combine(accounts(), accounts()).as(ChangeRecoveryAccountOperation::new),
                Combinators.combine(accounts(), authorities().optional(), authorities().optional(),
                        authorities().optional(), keys(), Arbitraries.of("", "{}", "{\"profile\":{\"name\":\"한국\"}}"))
                        .as(AccountUpdateOperation::new));
    }

    private Arbitrary<Authority> authorities() {
        Arbitrary<Integer> weights = Arbitraries.integers().between(0, 0xFFFF);
        return Combinators.combine(Arbitraries.longs().between(0, 0xFFFFFFFFL),
                Arbitraries.maps(accounts(), weights).ofMaxSize(3), Arbitraries.maps(keys(), weights).ofMaxSize(4))
                .as(Authority::new);
    }

    private Arbitrary<PublicKey> keys() {
        return Arbitraries.longs().between(1, Long.MAX_VALUE)
                .map(n -> PrivateKey.fromBytes(Digests.sha256(Long.toString(n).getBytes(StandardCharsets.UTF_8))).publicKey());
    }

    private Arbitrary<AccountName> accounts() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('-', '.')
                .ofMinLength(3).ofMaxLength(16).filter(AccountName::isValid).map(AccountName::new);
    }

    private Arbitrary<Permlink> permlinks() {
        return texts(60).map(Permlink::new);
    }

    private Arbitrary<Asset> liquid() {
        return Combinators.combine(Arbitraries.longs().between(1, Long.MAX_VALUE),
                Arbitraries.of(AssetSymbol.STEEM, AssetSymbol.SBD)).as(Asset::of);
    }

    /** Printable ASCII, Hangul, newlines and emoji: the text Korean users actually send. */
    private Arbitrary<String> texts(int maxLength) {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange(' ', '~').withCharRange('가', '힣').withChars('\n')
                .ofMaxLength(maxLength);
        return Arbitraries.oneOf(plain, plain.map(s -> s + "🐳👨‍👩‍👧"));
    }
}
