package org.steemdesk.chain.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both ways of computing k·G (our fixed-window tables, libsecp256k1) against Bouncy Castle's own GLV multiplication. */
class GeneratorMultiplierTest {
    private static final ECPoint G = Secp256k1.domain().getG();
    private static final CurveArithmetic TABLES = new JavaCurveArithmetic();
    private static final CurveArithmetic NATIVE = NativeCurveArithmetic.load().orElseThrow();

    @Provide
    Arbitrary<BigInteger> scalars() {
        return Arbitraries.bigIntegers().between(BigInteger.ONE, Secp256k1.N.subtract(BigInteger.ONE));
    }

    @Property(tries = 300)
    void agreesWithBouncyCastle(@ForAll("scalars") BigInteger k) {
        byte[] expected = G.multiply(k).normalize().getEncoded(false);

        assertThat(TABLES.multiplyG(Secp256k1.toBytes32(k))).isEqualTo(expected);
        assertThat(NATIVE.multiplyG(Secp256k1.toBytes32(k))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1", "2", "f", "10", "11", "ff", "100",
        "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
        "1000000000000000000000000000000000000000000000000000000000000000",
        "7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0",
        "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140",
        "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd036413f"})
    void agreesOnEdgeScalars(String hex) {
        BigInteger k = new BigInteger(hex, 16);
        ECPoint expected = G.multiply(k).normalize();

        for (CurveArithmetic arithmetic : new CurveArithmetic[] {TABLES, NATIVE}) {
            assertThat(arithmetic.multiplyG(Secp256k1.toBytes32(k))).as(arithmetic.name())
                    .isEqualTo(expected.getEncoded(false));
        }
        assertThat(Secp256k1.multiplyG(k)).isEqualTo(expected);
        assertThat(Secp256k1.multiplyG(k).isNormalized()).isTrue();
    }
}
