package org.steemdesk.chain.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.protocol.Asset;

class SteemWriterTest {
    private static String hex(SteemWriter writer) {
        return HexFormat.of().formatHex(writer.toByteArray());
    }

    @ParameterizedTest
    @CsvSource({"0, 00", "1, 01", "127, 7f", "128, 8001", "2047, ff0f", "16384, 808001", "-1, ffffffff0f"})
    void varint32IsUnsignedLeb128(int value, String expected) {
        assertThat(hex(new SteemWriter().varint32(value))).isEqualTo(expected);
    }

    @Property
    void varint32RoundTrips(@ForAll int value) {
        byte[] bytes = new SteemWriter().varint32(value).toByteArray();
        assertThat(bytes.length).isBetween(1, 5);
        assertThat(readVarint32(bytes)).isEqualTo(value);
    }

    /** An independent LEB128 decoder, to check the writer against. */
    private static int readVarint32(byte[] bytes) {
        int value = 0;
        for (int i = 0; i < bytes.length; i++) {
            value |= (bytes[i] & 0x7F) << (7 * i);
            if ((bytes[i] & 0x80) == 0) {
                assertThat(i).isEqualTo(bytes.length - 1);
                return value;
            }
        }
        throw new AssertionError("unterminated varint");
    }

    @Test
    void integersAreLittleEndianAndRangeChecked() {
        assertThat(hex(new SteemWriter().int16(-2).uint16(0xBEEF).uint32(0xFFFFFFFFL).int64(1))).isEqualTo(
                "feff" + "efbe" + "ffffffff" + "0100000000000000");
        assertThatThrownBy(() -> new SteemWriter().int16(40_000)).hasMessageContaining("int16");
        assertThatThrownBy(() -> new SteemWriter().uint32(-1)).hasMessageContaining("uint32");
    }

    @Test
    void assetIsAmountPrecisionAndZeroPaddedSymbol() {
        assertThat(hex(new SteemWriter().asset(Asset.parse("1.000 STEEM")))).isEqualTo("e803000000000000" + "03" + "535445454d0000");
        assertThat(hex(new SteemWriter().asset(Asset.parse("0.000001 VESTS")))).isEqualTo("0100000000000000" + "06" + "56455354530000");
    }

    @Test
    void stringsAreByteLengthPrefixedUtf8() {
        assertThat(hex(new SteemWriter().string("스팀"))).isEqualTo("06" + "ec8aa4ed8c80");
        assertThat(hex(new SteemWriter().string("🎉"))).isEqualTo("04" + "f09f8e89");
        assertThatThrownBy(() -> new SteemWriter().string("a\udc00")).hasMessageContaining("lone UTF-16 surrogate");
    }

    @Property
    void stringBytesEqualJavasUtf8ForWellFormedText(@ForAll String text) {
        String wellFormed = text.codePoints().filter(cp -> cp < 0xD800 || cp > 0xDFFF)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        byte[] expected = wellFormed.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] written = new SteemWriter(1).string(wellFormed).toByteArray();
        byte[] prefix = new SteemWriter().varint32(expected.length).toByteArray();
        assertThat(written).startsWith(prefix);
        assertThat(java.util.Arrays.copyOfRange(written, prefix.length, written.length)).isEqualTo(expected);
    }

    @Test
    void timeIsUnixSecondsAndPublicKeysAre33Bytes() {
        assertThat(hex(new SteemWriter().timePointSec(Instant.parse("2030-01-01T00:00:00Z")))).isEqualTo("80d8db70");
        assertThat(hex(new SteemWriter().publicKey(PublicKey.fromString("STM1111111111111111111111111111111114T1Anm"))))
                .isEqualTo("00".repeat(33));
    }
}
