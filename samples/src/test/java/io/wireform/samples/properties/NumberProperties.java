package io.wireform.samples.properties;

import io.wireform.samples.properties.NumberSchemas.LittleLsbBits;
import io.wireform.samples.properties.NumberSchemas.LittleMsbBits;
import io.wireform.samples.properties.NumberSchemas.LsbBits;
import io.wireform.samples.properties.NumberSchemas.MsbBits;
import io.wireform.samples.properties.NumberSchemas.TwoGroups;
import io.wireform.samples.properties.NumberSchemas.Varints;
import io.wireform.samples.properties.WireEnums.Mode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Round trips and framing of varints and bit fields. */
class NumberProperties {

    @Property(tries = 300)
    void varints(@ForAll("varintsValues") Varints value) {
        Laws.check(NumberSchemas_VarintsCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<Varints> varintsValues() {
        Arbitrary<Integer> mqttEdges = Arbitraries.oneOf(Gen.mqtt(),
                Arbitraries.of(0, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152, 268_435_455));
        return Combinators.combine(Arbitraries.integers().greaterOrEqual(0), Arbitraries.longs(),
                Arbitraries.integers(), Arbitraries.longs(), mqttEdges, mqttEdges.map(Integer::longValue))
                .as(Varints::new);
    }

    @Property(tries = 200)
    void msbBits(@ForAll("msbBitsValues") MsbBits value) {
        Laws.check(NumberSchemas_MsbBitsCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<MsbBits> msbBitsValues() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 7),
                Arbitraries.of(Mode.class), Arbitraries.bytes()).as(MsbBits::new);
    }

    @Property(tries = 200)
    void lsbBits(@ForAll("lsbBitsValues") LsbBits value) {
        Laws.check(NumberSchemas_LsbBitsCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<LsbBits> lsbBitsValues() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 3),
                Arbitraries.shorts().between((short) 0, (short) 31), Arbitraries.of(Mode.class),
                Arbitraries.integers().between(0, 4095)).as(LsbBits::new);
    }

    @Property(tries = 200)
    void littleMsbBits(@ForAll("littleMsbBitsValues") LittleMsbBits value) {
        Laws.check(NumberSchemas_LittleMsbBitsCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<LittleMsbBits> littleMsbBitsValues() {
        return Combinators.combine(Arbitraries.integers().between(0, 15), Arbitraries.integers().between(0, 4095),
                Gen.u16()).as(LittleMsbBits::new);
    }

    @Property(tries = 200)
    void littleLsbBits(@ForAll("littleLsbBitsValues") LittleLsbBits value) {
        Laws.check(NumberSchemas_LittleLsbBitsCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<LittleLsbBits> littleLsbBitsValues() {
        return Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 8191),
                Arbitraries.of(true, false), Arbitraries.longs().between(0, (1L << 47) - 1)).as(LittleLsbBits::new);
    }

    @Property(tries = 200)
    void twoGroups(@ForAll("twoGroupsValues") TwoGroups value) {
        Laws.check(NumberSchemas_TwoGroupsCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<TwoGroups> twoGroupsValues() {
        return Combinators.combine(Arbitraries.integers().between(0, 15), Arbitraries.integers().between(0, 15),
                Gen.u16(), Arbitraries.integers().between(0, 3), Arbitraries.bytes().between((byte) 0, (byte) 63),
                Arbitraries.bytes(), Arbitraries.longs()).as(TwoGroups::new);
    }
}
