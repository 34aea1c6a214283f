package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.json.AuthorityJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.chain.protocol.Authority;

/**
 * A {@code condenser_api.get_accounts} entry, from pre-HF20 ({@code voting_power} only) to HF23
 * ({@code voting_manabar}, {@code downvote_manabar}). Balances a node of that era did not have yet read as zero.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Account(
        AccountName name,
        @JsonDeserialize(using = AuthorityJson.Deserializer.class) Authority owner,
        @JsonDeserialize(using = AuthorityJson.Deserializer.class) Authority active,
        @JsonDeserialize(using = AuthorityJson.Deserializer.class) Authority posting,
        PublicKey memoKey,
        String jsonMetadata,
        String postingJsonMetadata,
        String proxy,
        Instant created,
        Asset balance,
        Asset savingsBalance,
        Asset sbdBalance,
        Asset savingsSbdBalance,
        Asset rewardSteemBalance,
        Asset rewardSbdBalance,
        Asset rewardVestingBalance,
        Asset rewardVestingSteem,
        Asset vestingShares,
        Asset delegatedVestingShares,
        Asset receivedVestingShares,
        Asset vestingWithdrawRate,
        @JsonDeserialize(using = OptionalTimeJson.class) Optional<Instant> nextVestingWithdrawal,
        long withdrawn,
        long toWithdraw,
        int withdrawRoutes,
        int savingsWithdrawRequests,
        @JsonDeserialize(using = OptionalJson.class) Optional<ManabarJson> votingManabar,
        @JsonDeserialize(using = OptionalJson.class) Optional<ManabarJson> downvoteManabar,
        /** Before HF20 the live figure; after it the mana percentage at the manabar's last update. */
        int votingPower,
        @JsonDeserialize(using = OptionalTimeJson.class) Optional<Instant> lastVoteTime,
        long reputation,
        List<String> witnessVotes,
        /** The account that can recover this one after a theft ("" for a few genesis accounts). */
        String recoveryAccount,
        @JsonDeserialize(using = OptionalTimeJson.class) Optional<Instant> lastOwnerUpdate,
        @JsonDeserialize(using = OptionalTimeJson.class) Optional<Instant> lastAccountUpdate,
        @JsonDeserialize(using = OptionalTimeJson.class) Optional<Instant> lastAccountRecovery,
        boolean canVote,
        int witnessesVotedFor,
        /** VESTS (raw units) proxied to this account, by proxy depth 1 to 4. */
        List<Long> proxiedVsfVotes,
        /** SBD × seconds held since the last interest payment (steemd's uint128), the base of SBD interest. */
        BigInteger sbdSeconds,
        @JsonDeserialize(using = OptionalTimeJson.class) Optional<Instant> sbdSecondsLastUpdate,
        @JsonDeserialize(using = OptionalTimeJson.class) Optional<Instant> sbdLastInterestPayment,
        BigInteger savingsSbdSeconds,
        @JsonDeserialize(using = OptionalTimeJson.class) Optional<Instant> savingsSbdSecondsLastUpdate,
        @JsonDeserialize(using = OptionalTimeJson.class) Optional<Instant> savingsSbdLastInterestPayment) {

    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(posting, "posting");
        Objects.requireNonNull(memoKey, "memo_key");
        jsonMetadata = Objects.requireNonNullElse(jsonMetadata, "");
        postingJsonMetadata = Objects.requireNonNullElse(postingJsonMetadata, "");
        proxy = Objects.requireNonNullElse(proxy, "");
        balance = orZero(balance, AssetSymbol.STEEM);
        savingsBalance = orZero(savingsBalance, AssetSymbol.STEEM);
        sbdBalance = orZero(sbdBalance, AssetSymbol.SBD);
        savingsSbdBalance = orZero(savingsSbdBalance, AssetSymbol.SBD);
        rewardSteemBalance = orZero(rewardSteemBalance, AssetSymbol.STEEM);
        rewardSbdBalance = orZero(rewardSbdBalance, AssetSymbol.SBD);
        rewardVestingBalance = orZero(rewardVestingBalance, AssetSymbol.VESTS);
        rewardVestingSteem = orZero(rewardVestingSteem, AssetSymbol.STEEM);
        vestingShares = orZero(vestingShares, AssetSymbol.VESTS);
        delegatedVestingShares = orZero(delegatedVestingShares, AssetSymbol.VESTS);
        receivedVestingShares = orZero(receivedVestingShares, AssetSymbol.VESTS);
        vestingWithdrawRate = orZero(vestingWithdrawRate, AssetSymbol.VESTS);
        nextVestingWithdrawal = Objects.requireNonNullElse(nextVestingWithdrawal, Optional.empty());
        votingManabar = Objects.requireNonNullElse(votingManabar, Optional.empty());
        downvoteManabar = Objects.requireNonNullElse(downvoteManabar, Optional.empty());
        lastVoteTime = Objects.requireNonNullElse(lastVoteTime, Optional.empty());
        witnessVotes = witnessVotes == null ? List.of() : List.copyOf(witnessVotes);
        recoveryAccount = Objects.requireNonNullElse(recoveryAccount, "");
        lastOwnerUpdate = Objects.requireNonNullElse(lastOwnerUpdate, Optional.empty());
        lastAccountUpdate = Objects.requireNonNullElse(lastAccountUpdate, Optional.empty());
        lastAccountRecovery = Objects.requireNonNullElse(lastAccountRecovery, Optional.empty());
        proxiedVsfVotes = proxiedVsfVotes == null ? List.of() : List.copyOf(proxiedVsfVotes);
        sbdSeconds = Objects.requireNonNullElse(sbdSeconds, BigInteger.ZERO);
        sbdSecondsLastUpdate = Objects.requireNonNullElse(sbdSecondsLastUpdate, Optional.empty());
        sbdLastInterestPayment = Objects.requireNonNullElse(sbdLastInterestPayment, Optional.empty());
        savingsSbdSeconds = Objects.requireNonNullElse(savingsSbdSeconds, BigInteger.ZERO);
        savingsSbdSecondsLastUpdate = Objects.requireNonNullElse(savingsSbdSecondsLastUpdate, Optional.empty());
        savingsSbdLastInterestPayment = Objects.requireNonNullElse(savingsSbdLastInterestPayment, Optional.empty());
    }

    /** A balance the node did not send did not exist in its era, which is the same as zero. */
    private static Asset orZero(Asset value, AssetSymbol symbol) {
        return value == null ? Asset.zero(symbol) : value;
    }

    /** Whether a power-down is running: a weekly rate is set and a next payment is due. */
    public boolean isPoweringDown() {
        return vestingWithdrawRate.amount() > 0 && nextVestingWithdrawal.isPresent();
    }

    /** Power-down still outstanding, in raw VESTS units. */
    public long remainingToWithdraw() {
        return Math.max(0, toWithdraw - withdrawn);
    }
}
