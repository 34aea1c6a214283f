package org.steemdesk.app.stake;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A regenerating pool as steemd keeps it (libraries/chain/include/steem/chain/util/manabar.hpp,
 * {@code manabar::regenerate_mana}): mana grows linearly from {@code currentMana} at {@code lastUpdate} to
 * {@code maxMana} over {@code regenerationSeconds}; the growth is {@code max * dt / regen} in 128-bit integers,
 * rounded down, with {@code dt} capped at the regeneration time. Used for voting mana and for RC.
 */
public record Manabar(long maxMana, long currentMana, Instant lastUpdate, long regenerationSeconds) {

    /** {@code STEEM_VOTING_MANA_REGENERATION_SECONDS} (get_config) and the RC plugin's regeneration time. */
    public static final long STEEM_REGENERATION_SECONDS = 432_000;

    public Manabar {
        Objects.requireNonNull(lastUpdate, "lastUpdate");
        if (maxMana < 0) {
            throw new IllegalArgumentException("max mana must be >= 0, got " + maxMana);
        }
        if (regenerationSeconds <= 0) {
            throw new IllegalArgumentException("regeneration time must be > 0");
        }
    }

    /** The pool as it stands at {@code now}. A {@code now} before the last update changes nothing. */
    public Manabar at(Instant now) {
        long dt = Math.max(0, now.getEpochSecond() - lastUpdate.getEpochSecond());
        Instant updated = dt == 0 ? lastUpdate : Instant.ofEpochSecond(now.getEpochSecond());
        if (currentMana >= maxMana) {
            return new Manabar(maxMana, maxMana, updated, regenerationSeconds);
        }
        dt = Math.min(dt, regenerationSeconds);
        long regenerated = BigInteger.valueOf(maxMana).multiply(BigInteger.valueOf(dt))
                .divide(BigInteger.valueOf(regenerationSeconds)).longValueExact();
        long mana = Math.min(maxMana, saturatedAdd(currentMana, regenerated));
        return new Manabar(maxMana, mana, updated, regenerationSeconds);
    }

    /** {@code current * 10000 / max}, rounded down; 0 for an empty pool. */
    public int percentBasisPoints() {
        if (maxMana == 0) {
            return 0;
        }
        return BigInteger.valueOf(Math.max(0, currentMana)).multiply(BigInteger.valueOf(10_000))
                .divide(BigInteger.valueOf(maxMana)).intValueExact();
    }

    /**
     * The first whole second at which the pool reaches {@code basisPoints} percent ({@code lastUpdate} if already
     * there); empty for an empty pool, which never does.
     */
    public Optional<Instant> reaches(int basisPoints) {
        if (basisPoints < 0 || basisPoints > 10_000) {
            throw new IllegalArgumentException("basis points must be 0..10000, got " + basisPoints);
        }
        if (maxMana == 0) {
            return basisPoints == 0 ? Optional.of(lastUpdate) : Optional.empty();
        }
        BigInteger max = BigInteger.valueOf(maxMana);
        BigInteger target = ceilDiv(max.multiply(BigInteger.valueOf(basisPoints)), BigInteger.valueOf(10_000));
        BigInteger missing = target.subtract(BigInteger.valueOf(currentMana));
        if (missing.signum() <= 0) {
            return Optional.of(lastUpdate);
        }
        long seconds = ceilDiv(missing.multiply(BigInteger.valueOf(regenerationSeconds)), max).longValueExact();
        return Optional.of(lastUpdate.plus(Duration.ofSeconds(seconds)));
    }

    static BigInteger ceilDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }
}
