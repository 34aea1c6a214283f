package org.steemdesk.app.wallet;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;
import org.steemdesk.chain.rpc.model.ChainConfig;

/**
 * The limits of steemd that the wallet checks before signing, read from the node's {@code get_config}. steemd prints
 * every one of them (see the recorded mainnet config); a node that leaves one out (the project's fake node lists
 * only some) gets steemd's compiled mainnet value from {@code libraries/protocol/include/steem/protocol/config.hpp},
 * and {@link #assumed()} says so, so a refusal made on an assumed limit can say that the chain will judge it too.
 * Times in {@code get_config} are microseconds.
 *
 * @param maxWitnessVotes   {@code STEEM_MAX_ACCOUNT_WITNESS_VOTES} (30)
 * @param maxWithdrawRoutes {@code STEEM_MAX_WITHDRAW_ROUTES} (10)
 * @param hundredPercent    {@code STEEM_100_PERCENT} (10000): route percentages and rates are in its units
 * @param conversionDelay   {@code STEEM_CONVERSION_DELAY} (3.5 days)
 * @param recoveryPeriod    {@code STEEM_OWNER_AUTH_RECOVERY_PERIOD} (30 days): how long a recovery-account change
 *                          waits, and how long an old owner key can still be used to recover the account
 * @param ownerUpdateLimit  {@code STEEM_OWNER_UPDATE_LIMIT} (1 hour between owner changes)
 * @param blockInterval     {@code STEEM_BLOCK_INTERVAL} (3 s)
 * @param assumed           whether any of these was not in the node's config and is steemd's compiled value
 */
public record ChainLimits(int maxWitnessVotes, int maxWithdrawRoutes, int hundredPercent, Duration conversionDelay,
                          Duration recoveryPeriod, Duration ownerUpdateLimit, Duration blockInterval,
                          boolean assumed) {

    public ChainLimits {
        Objects.requireNonNull(conversionDelay, "conversionDelay");
        Objects.requireNonNull(recoveryPeriod, "recoveryPeriod");
        Objects.requireNonNull(ownerUpdateLimit, "ownerUpdateLimit");
        Objects.requireNonNull(blockInterval, "blockInterval");
    }

    /** The node's values, each missing one replaced by steemd's mainnet value. */
    public static ChainLimits of(ChainConfig config) {
        Reading r = new Reading(config);
        return new ChainLimits(
                (int) r.number("STEEM_MAX_ACCOUNT_WITNESS_VOTES", 30),
                (int) r.number("STEEM_MAX_WITHDRAW_ROUTES", 10),
                (int) r.number("STEEM_100_PERCENT", 10_000),
                Duration.ofNanos(r.number("STEEM_CONVERSION_DELAY", 302_400_000_000L) * 1000),
                Duration.ofNanos(r.number("STEEM_OWNER_AUTH_RECOVERY_PERIOD", 2_592_000_000_000L) * 1000),
                Duration.ofNanos(r.number("STEEM_OWNER_UPDATE_LIMIT", 3_600_000_000L) * 1000),
                Duration.ofSeconds(r.number("STEEM_BLOCK_INTERVAL", 3)),
                r.assumed);
    }

    /** Reads constants, remembering whether a default had to stand in for one. */
    private static final class Reading {
        private final ChainConfig config;
        private boolean assumed;

        Reading(ChainConfig config) {
            this.config = Objects.requireNonNull(config, "config");
        }

        long number(String name, long steemdValue) {
            OptionalLong value = config.number(name);
            if (value.isPresent() && value.getAsLong() > 0) {
                return value.getAsLong();
            }
            assumed = true;
            return steemdValue;
        }
    }
}
