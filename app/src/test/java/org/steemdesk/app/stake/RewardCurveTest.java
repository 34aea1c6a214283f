package org.steemdesk.app.stake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** steemd's curves (util/reward.cpp), checked against figures worked out by hand. */
class RewardCurveTest {
    private static final BigInteger S = BigInteger.valueOf(2_000_000_000_000L); // content_constant since HF0

    private static BigInteger big(long x) {
        return BigInteger.valueOf(x);
    }

    @Test
    void approxSqrtIsSteemdsInterpolationNotTheRoot() {
        // 5·10¹² = 2^42 + 601,953,488,896 (2^42 = 4,398,046,511,104): msb 42, k = 21, 2^21 = 2,097,152.
        // mantissa >> (42 − 21) = 601,953,488,896 >> 21 = 287,033 (rounded down); msb even, so no high half;
        // halved: 143,516; result 2,097,152 | 143,516 = 2,240,668 (the true root is 2,236,067.98).
        assertThat(RewardCurve.approxSqrt(big(5_000_000_000_000L))).isEqualTo(big(2_240_668));
        // 4.5·10¹² = 2^42 + 101,953,488,896: >> 21 = 48,615 (rounded down), halved 24,307 → 2,121,459
        assertThat(RewardCurve.approxSqrt(big(4_500_000_000_000L))).isEqualTo(big(2_121_459));
        // odd msb: 8 = 2^3: k = 1, high half 2^1 = 2, (2 | 0) >> 1 = 1 → 2 | 1 = 3 (√8 = 2.83)
        assertThat(RewardCurve.approxSqrt(big(8))).isEqualTo(big(3));
        assertThat(RewardCurve.approxSqrt(BigInteger.ZERO)).isZero();
        assertThat(RewardCurve.approxSqrt(BigInteger.ONE)).isEqualTo(BigInteger.ONE);
    }

    @Test
    void convergentLinearClaimsAboutHalfOfASmallPost() {
        // alice/hello-steem-photo-walk in the fake node (its README): R = 1.2·10¹¹,
        // claims = R(R + 2s) / (R + 4s) = 1.2e11 × 4.12e12 / 8.12e12 = 60,886,699,507.39 → 60,886,699,507
        assertThat(RewardCurve.CONVERGENT_LINEAR.evaluate(big(120_000_000_000L), S)).isEqualTo(big(60_886_699_507L));
        assertThat(RewardCurve.LINEAR.evaluate(big(120_000_000_000L), S)).isEqualTo(big(120_000_000_000L));
    }

    @Test
    void convergentSquareRootDividesByApproxSqrt() {
        // W(5·10¹¹) = 5e11 / approx_sqrt(4.5e12) = 5e11 / 2,121,459 = 235,686.5 → 235,686
        assertThat(RewardCurve.CONVERGENT_SQUARE_ROOT.evaluate(big(500_000_000_000L), S)).isEqualTo(big(235_686));
        assertThat(RewardCurve.CONVERGENT_SQUARE_ROOT.evaluate(BigInteger.ZERO, S)).isZero();
    }

    @Test
    void olderCurvesFollowReward() {
        // quadratic: (R + s)² − s² = R² + 2Rs; R = 10¹² → 10²⁴ + 4·10²⁴ = 5·10²⁴
        assertThat(RewardCurve.QUADRATIC.evaluate(big(1_000_000_000_000L), S))
                .isEqualTo(new BigInteger("5000000000000000000000000"));
        // square_root: approx_sqrt(R) itself
        assertThat(RewardCurve.SQUARE_ROOT.evaluate(big(5_000_000_000_000L), S)).isEqualTo(big(2_240_668));
        // bounded_curation: R·2^64 / (2s + R); R = 4·10¹² → 2^64 × 4e12 / 8e12 = 2^63
        assertThat(RewardCurve.BOUNDED_CURATION.evaluate(big(4_000_000_000_000L), S))
                .isEqualTo(BigInteger.ONE.shiftLeft(63));
    }

    @Test
    void curvesAreNamedAsTheRewardFundNamesThem() {
        assertThat(RewardCurve.named("convergent_linear")).isEqualTo(RewardCurve.CONVERGENT_LINEAR);
        assertThat(RewardCurve.named("convergent_square_root")).isEqualTo(RewardCurve.CONVERGENT_SQUARE_ROOT);
        assertThat(RewardCurve.named("bounded_curation")).isEqualTo(RewardCurve.BOUNDED_CURATION);
        for (RewardCurve curve : RewardCurve.values()) {
            assertThat(RewardCurve.named(curve.chainName())).isEqualTo(curve);
        }
        assertThatThrownBy(() -> RewardCurve.named("Linear"))
                .isInstanceOfSatisfying(VoteEstimateException.class, e -> {
                    assertThat(e.kind()).isEqualTo(VoteEstimateException.Kind.UNKNOWN_CURVE);
                    assertThat(e.detail()).isEqualTo("Linear");
                });
        assertThatThrownBy(() -> RewardCurve.named("convergent_quadratic")).isInstanceOf(VoteEstimateException.class);
    }

    @Property
    void approxSqrtStaysWithinSixPercentAboveTheRoot(@ForAll @BigRange(min = "1", max = "340282366920938463463374607431768211455") BigInteger x) {
        // Between powers of two the result interpolates linearly, so it never falls below ⌊√x⌋ and exceeds √x by at
        // most 3/(2√2) − 1 ≈ 6.07 % (where the interpolation is furthest from the curve).
        BigInteger approx = RewardCurve.approxSqrt(x);
        BigInteger root = x.sqrt();
        assertThat(approx).isGreaterThanOrEqualTo(root);
        assertThat(approx.multiply(big(10_000))).isLessThanOrEqualTo(root.add(BigInteger.ONE).multiply(big(10_607)));
    }

    @Property
    void approxSqrtNeverDecreases(@ForAll @BigRange(min = "0", max = "170141183460469231731687303715884105727") BigInteger x,
                                  @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long step) {
        assertThat(RewardCurve.approxSqrt(x.add(big(step)))).isGreaterThanOrEqualTo(RewardCurve.approxSqrt(x));
    }

    @Property
    void authorClaimsGrowWithRsharesBetweenHalfAndAll(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long r,
                                                      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long more) {
        BigInteger claims = RewardCurve.CONVERGENT_LINEAR.evaluate(big(r), S);
        // R(R + 2s)/(R + 4s) lies between R/2 and R
        assertThat(claims).isBetween(big(r / 2), big(r));
        assertThat(RewardCurve.CONVERGENT_LINEAR.evaluate(big(r).add(big(more)), S)).isGreaterThanOrEqualTo(claims);
    }

    @Property
    void curationWeightGrowsUpToOneUnitOfTruncation(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long r,
                                                    @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long more) {
        // R / approx_sqrt(R + 2s) rises with R, but the truncating division may give back one unit where the divisor
        // steps up; steemd then records weight 0 ("old_weight >= new_weight").
        BigInteger w = RewardCurve.CONVERGENT_SQUARE_ROOT.evaluate(big(r), S);
        BigInteger later = RewardCurve.CONVERGENT_SQUARE_ROOT.evaluate(big(r).add(big(more)), S);
        assertThat(later.add(BigInteger.ONE)).isGreaterThanOrEqualTo(w);
        assertThat(w).isLessThanOrEqualTo(big(r).sqrt());
    }
}
