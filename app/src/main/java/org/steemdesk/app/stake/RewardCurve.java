package org.steemdesk.app.stake;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/**
 * steemd's reward curves ({@code protocol::curve_id}), evaluated as {@code util::evaluate_reward_curve} does it in
 * libraries/chain/util/reward.cpp: unsigned 128-bit integers that wrap, every division truncating. The reward fund
 * names the curve it uses; a name steemd does not know is refused, never replaced by another curve.
 */
public enum RewardCurve {
    QUADRATIC("quadratic"),
    BOUNDED_CURATION("bounded_curation"),
    LINEAR("linear"),
    SQUARE_ROOT("square_root"),
    /** The author curve since HF21: ((R+s)² − s²) / (R+4s), about R/2 for R ≪ s. */
    CONVERGENT_LINEAR("convergent_linear"),
    /** The curation curve since HF21: R / approx_sqrt(R+2s). */
    CONVERGENT_SQUARE_ROOT("convergent_square_root");

    private static final BigInteger U64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final BigInteger U128 = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
    private static final BigInteger TWO = BigInteger.TWO;
    private static final BigInteger FOUR = BigInteger.valueOf(4);

    private final String chainName;

    RewardCurve(String chainName) {
        this.chainName = chainName;
    }

    /** The name as {@code get_reward_fund} prints it. */
    public String chainName() {
        return chainName;
    }

    /** The curve a reward fund names; an unknown name is a {@link VoteEstimateException.Kind#UNKNOWN_CURVE}. */
    public static RewardCurve named(String chainName) {
        Objects.requireNonNull(chainName, "chainName");
        return Arrays.stream(values()).filter(c -> c.chainName.equals(chainName)).findFirst()
                .orElseThrow(() -> new VoteEstimateException(VoteEstimateException.Kind.UNKNOWN_CURVE, chainName,
                        "the reward fund names the curve \"" + chainName + "\", which steemd does not know"));
    }

    /** {@code evaluate_reward_curve(rshares, curve, content_constant)}, a uint128. */
    public BigInteger evaluate(BigInteger rshares, BigInteger contentConstant) {
        BigInteger r = u128(rshares);
        BigInteger s = u128(contentConstant);
        return switch (this) {
            case QUADRATIC -> u128(u128(square(r.add(s))).subtract(u128(s.multiply(s))));
            // uint128_t(rshares.lo, 0) is the low 64 bits shifted into the high half
            case BOUNDED_CURATION -> r.and(U64).shiftLeft(64).divide(u128(s.multiply(TWO).add(r)));
            case LINEAR -> r;
            case SQUARE_ROOT -> approxSqrt(r);
            case CONVERGENT_LINEAR -> u128(u128(square(r.add(s))).subtract(u128(s.multiply(s))))
                    .divide(u128(r.add(s.multiply(FOUR))));
            case CONVERGENT_SQUARE_ROOT -> {
                BigInteger root = approxSqrt(u128(r.add(s.multiply(TWO))));
                // steemd would fault on a zero divisor; it only happens for R = s = 0, where the weight is 0
                yield root.signum() == 0 ? BigInteger.ZERO : r.divide(root);
            }
        };
    }

    /**
     * {@code util::approx_sqrt}: not the integer square root but a cheap approximation. With m = the index of the top
     * bit of x and k = m/2, the result is 2^k plus the bits of x below its top bit, shifted to k bits and halved (a
     * linear interpolation between powers of two). It is what steemd divides by in {@code convergent_square_root},
     * so curation weights are only exact with it: approx_sqrt(5·10¹²) = 2,240,668 where √ = 2,236,067.9.
     */
    public static BigInteger approxSqrt(BigInteger value) {
        BigInteger x = u128(value);
        if (x.signum() == 0) {
            return BigInteger.ZERO;
        }
        int msbX = x.bitLength() - 1;
        int msbZ = msbX >> 1;
        BigInteger msbZBit = BigInteger.ONE.shiftLeft(msbZ);
        BigInteger mantissaX = x.clearBit(msbX);
        BigInteger mantissaZHi = (msbX & 1) == 1 ? msbZBit : BigInteger.ZERO;
        BigInteger mantissaZLo = mantissaX.shiftRight(msbX - msbZ).and(U64);
        BigInteger mantissaZ = mantissaZHi.or(mantissaZLo).shiftRight(1);
        return msbZBit.or(mantissaZ).and(U64);
    }

    private static BigInteger square(BigInteger x) {
        return x.multiply(x);
    }

    /** fc::uint128 arithmetic wraps modulo 2^128; {@code and} also maps a negative difference to its wrapped value. */
    static BigInteger u128(BigInteger x) {
        return x.and(U128);
    }

    /** fc::uint128::to_uint64(): the low 64 bits. */
    static BigInteger u64(BigInteger x) {
        return x.and(U64);
    }
}
