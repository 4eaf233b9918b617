package io.wireform.samples.properties;

import io.wireform.samples.properties.WhenSchemas.WhenAnyOf;
import io.wireform.samples.properties.WhenSchemas.WhenBitField;
import io.wireform.samples.properties.WhenSchemas.WhenBool;
import io.wireform.samples.properties.WhenSchemas.WhenFlagBits;
import io.wireform.samples.properties.WhenSchemas.WhenVarintBit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Disabled;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Round trips and framing of optional components, present exactly when their condition holds. */
class WhenProperties {

    @Property(tries = 200)
    void whenBool(@ForAll("whenBoolValues") WhenBool value) {
        Laws.check(WhenSchemas_WhenBoolCodec.INSTANCE, value);
    }

    /** All laws but the input position after a failed decode (the disabled property above checks it). */
    @Property(tries = 200)
    void whenBoolExceptFailedDecodePosition(@ForAll("whenBoolValues") WhenBool value) {
        Laws.checkExceptFailedDecodePosition(WhenSchemas_WhenBoolCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<WhenBool> whenBoolValues() {
        return Combinators.combine(Arbitraries.of(true, false), Gen.u16(), Gen.point(), Arbitraries.bytes())
                .as((has, v, p, after) -> new WhenBool(has, Gen.when(has, v), Gen.when(has, p), after));
    }

    @Property(tries = 200)
    void whenBitField(@ForAll("whenBitFieldValues") WhenBitField value) {
        Laws.check(WhenSchemas_WhenBitFieldCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<WhenBitField> whenBitFieldValues() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 127),
                Arbitraries.integers()).as((has, kind, crc) -> new WhenBitField(has, kind, Gen.when(has, crc)));
    }

    @Property(tries = 200)
    void whenFlagBits(@ForAll("whenFlagBitsValues") WhenFlagBits value) {
        Laws.check(WhenSchemas_WhenFlagBitsCodec.INSTANCE, value);
    }

    @Property(tries = 200)
    void whenFlagBitsLast(@ForAll("whenFlagBitsValues") WhenFlagBits value) {
        Laws.check(WhenSchemas_WhenFlagBitsLastCodec.INSTANCE,
                new WhenSchemas.WhenFlagBitsLast(value.flags(), value.a(), value.b()));
    }

    @Provide
    Arbitrary<WhenFlagBits> whenFlagBitsValues() {
        return Combinators.combine(Gen.u8(), Arbitraries.integers(), Gen.named(), Arbitraries.shorts())
                .as((flags, a, b, after) -> new WhenFlagBits(flags, Gen.when((flags & 1) != 0, a),
                        Gen.when((flags & 0x80) != 0, b), after));
    }

    @Property(tries = 200)
    void whenAnyOf(@ForAll("whenAnyOfValues") WhenAnyOf value) {
        Laws.check(WhenSchemas_WhenAnyOfCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<WhenAnyOf> whenAnyOfValues() {
        Arbitrary<Integer> type = Arbitraries.oneOf(Arbitraries.integers().between(0, 5), Gen.u8());
        return Combinators.combine(type, Arbitraries.longs(), Arbitraries.integers().greaterOrEqual(0), Gen.named(),
                        Arbitraries.bytes())
                .as((t, big, small, named, after) -> new WhenAnyOf(t, Gen.when(t == 1 || t == 3, big),
                        Gen.when(t == 2 || t == 3, small), Gen.when(t == 4, named), after));
    }

    @Property(tries = 200)
    void whenVarintBit(@ForAll("whenVarintBitValues") WhenVarintBit value) {
        Laws.check(WhenSchemas_WhenVarintBitCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<WhenVarintBit> whenVarintBitValues() {
        Arbitrary<Long> mask = Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().map(m -> m | (1L << 40)),
                Arbitraries.longs().between(0, 1000));
        return Combinators.combine(mask, Arbitraries.shorts())
                .as((m, high) -> new WhenVarintBit(m, Gen.when((m >>> 40 & 1) != 0, high)));
    }

    @Property(tries = 200)
    void whenText(@ForAll("whenTextValues") WhenSchemas.WhenText value) {
        Laws.check(WhenSchemas_WhenTextCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<WhenSchemas.WhenText> whenTextValues() {
        return Combinators.combine(Arbitraries.of(true, false), Gen.text(20), Gen.bytesWithout(0, 20), Arbitraries.bytes())
                .as((has, name, raw, after) -> new WhenSchemas.WhenText(has, Gen.when(has, name), Gen.when(has, raw), after));
    }

    @Property(tries = 200)
    void whenList(@ForAll("whenListValues") WhenSchemas.WhenList value) {
        Laws.check(WhenSchemas_WhenListCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<WhenSchemas.WhenList> whenListValues() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Gen.list(Gen.u16(), 10), Arbitraries.bytes())
                .as((code, values, after) -> new WhenSchemas.WhenList(code, Gen.when(code == 1 || code == 2, values), after));
    }
}
