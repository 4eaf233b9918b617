package io.wireform.samples.properties;

import io.wireform.samples.properties.BytesSchemas.FixedAmongVariable;
import io.wireform.samples.properties.BytesSchemas.LittlePrefixes;
import io.wireform.samples.properties.BytesSchemas.PrefixedBytes;
import io.wireform.samples.properties.BytesSchemas.PrefixedStrings;
import io.wireform.samples.properties.BytesSchemas.SizedBytes;
import io.wireform.samples.properties.BytesSchemas.TerminatedText;
import io.wireform.samples.properties.BytesSchemas.WideTerminated;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Disabled;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Round trips and framing of byte[] and String with every extent. */
class BytesProperties {

    @Property(tries = 200)
    void prefixedBytes(@ForAll("prefixedBytesValues") PrefixedBytes value) {
        Laws.check(BytesSchemas_PrefixedBytesCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<PrefixedBytes> prefixedBytesValues() {
        return Combinators.combine(Gen.bytes(255), Gen.bytes(300), Gen.bytes(40), Gen.bytes(40), Gen.bytes(200),
                Gen.bytes(200)).as(PrefixedBytes::new);
    }

    @Property(tries = 200)
    void prefixedStrings(@ForAll("prefixedStringsValues") PrefixedStrings value) {
        Laws.check(BytesSchemas_PrefixedStringsCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<PrefixedStrings> prefixedStringsValues() {
        return Combinators.combine(Gen.text(60), Gen.text(60), Gen.text(30), Gen.text(30), Gen.text(60),
                Gen.latin1(150)).as(PrefixedStrings::new);
    }

    @Property(tries = 200)
    void littlePrefixes(@ForAll("littlePrefixesValues") LittlePrefixes value) {
        Laws.check(BytesSchemas_LittlePrefixesCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<LittlePrefixes> littlePrefixesValues() {
        return Combinators.combine(Gen.bytes(300), Gen.text(20), Gen.bytes(30)).as(LittlePrefixes::new);
    }

    @Property(tries = 200)
    void sizedBytes(@ForAll("sizedBytesValues") SizedBytes value) {
        Laws.check(BytesSchemas_SizedBytesCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<SizedBytes> sizedBytesValues() {
        return Combinators.combine(Gen.bytes(255), Gen.text(40), Gen.bytes(200))
                .as((a, s, b) -> new SizedBytes(a.length, s.getBytes(StandardCharsets.UTF_8).length, a, s, b.length, b));
    }

    @Property(tries = 200)
    void terminatedText(@ForAll("terminatedTextValues") TerminatedText value) {
        Laws.check(BytesSchemas_TerminatedTextCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<TerminatedText> terminatedTextValues() {
        Arbitrary<String> line = Arbitraries.oneOf(Gen.text(3), Arbitraries.of("\r", "\n", "\n\r", "a\r"))
                .list().ofMaxSize(8).map(parts -> String.join("", parts)).filter(s -> !s.contains("\r\n"));
        return Combinators.combine(Gen.textWithout('\0', 30), line, Gen.bytesWithout(0, 30),
                Gen.bytesWithoutCrLf(30), Arbitraries.bytes()).as(TerminatedText::new);
    }

    @Property(tries = 200)
    void fixedAmongVariable(@ForAll("fixedAmongVariableValues") FixedAmongVariable value) {
        Laws.check(BytesSchemas_FixedAmongVariableCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<FixedAmongVariable> fixedAmongVariableValues() {
        // @Fixed(4) byte[] decodes to all 4 bytes; @Fixed(6, pad ' ') String drops trailing spaces
        Arbitrary<String> padded = Gen.ascii(6).filter(s -> !s.endsWith(" "));
        return Combinators.combine(Gen.bytes(4, 4), Gen.bytes(30), padded, Gen.textWithout('\0', 10))
                .as(FixedAmongVariable::new);
    }

    /**
     * UTF-16LE text with a two-byte NUL terminator. "A" is 41 00: it does not contain 00 00, so it
     * can be encoded; it must come back. The encoder writes 41 00 00 00, and the decoder, finding
     * 00 00 at index 1, reads a lone 41.
     */
    @Property(tries = 200)
    void wideTerminated(@ForAll("wideTerminatedValues") WideTerminated value) {
        Laws.check(BytesSchemas_WideTerminatedCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<WideTerminated> wideTerminatedValues() {
        return Combinators.combine(Gen.ascii(10).map(s -> s.replace('\0', 'x')), Arbitraries.bytes())
                .as(WideTerminated::new);
    }
}
