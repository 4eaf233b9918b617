package io.wireform.samples.properties;

import io.wireform.samples.properties.LengthSchemas.LengthAdjusted;
import io.wireform.samples.properties.LengthSchemas.LengthAdjustedDown;
import io.wireform.samples.properties.LengthSchemas.LengthMqtt;
import io.wireform.samples.properties.LengthSchemas.LengthNested;
import io.wireform.samples.properties.LengthSchemas.LengthOfNested;
import io.wireform.samples.properties.LengthSchemas.LengthOfOne;
import io.wireform.samples.properties.LengthSchemas.LengthOfRemaining;
import io.wireform.samples.properties.LengthSchemas.LengthOfRest;
import io.wireform.samples.properties.LengthSchemas.LengthOfSeveral;
import io.wireform.samples.properties.LengthSchemas.LengthVarint;
import io.wireform.samples.properties.LengthSchemas.LengthVarintSelf;
import io.wireform.samples.properties.LengthSchemas.LengthAdjustedPrefixed;
import io.wireform.samples.properties.LengthSchemas.LengthMqttRemaining;
import io.wireform.samples.properties.LengthSchemas.LengthVarintTerminated;
import io.wireform.samples.properties.LengthSchemas.PgQuery;
import io.wireform.samples.properties.LengthSchemas.PgQueryPrefixed;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Disabled;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round trips and framing of derived lengths. A @Remaining value inside a length region ends with
 * the region, so these frames are strict: a prefix of one is never a frame.
 */
class LengthProperties {

    @Property(tries = 200)
    void lengthOfOne(@ForAll("lengthOfOneValues") LengthOfOne value) {
        Laws.check(LengthSchemas_LengthOfOneCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<LengthOfOne> lengthOfOneValues() {
        return Combinators.combine(Gen.textWithout('\0', 40), Arbitraries.bytes()).as(LengthOfOne::new);
    }

    @Property(tries = 200)
    void lengthOfRemaining(@ForAll("lengthOfRemainingValues") LengthOfRemaining value) {
        Laws.check(LengthSchemas_LengthOfRemainingCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<LengthOfRemaining> lengthOfRemainingValues() {
        return Combinators.combine(Gen.u8(), Gen.bytes(80)).as(LengthOfRemaining::new);
    }

    @Property(tries = 200)
    void lengthOfSeveral(@ForAll("lengthOfSeveralValues") LengthOfSeveral value) {
        Laws.check(LengthSchemas_LengthOfSeveralCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<LengthOfSeveral> lengthOfSeveralValues() {
        return Combinators.combine(Gen.u16(), Gen.u8(), Gen.bytes(60), Arbitraries.shorts()).as(LengthOfSeveral::new);
    }

    @Property(tries = 200)
    void lengthOfRest(@ForAll("lengthOfRestValues") LengthOfRest value) {
        Laws.check(LengthSchemas_LengthOfRestCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<LengthOfRest> lengthOfRestValues() {
        return Combinators.combine(Gen.u8(), Arbitraries.shorts(), Gen.text(20), Gen.bytes(40)).as(LengthOfRest::new);
    }

    @Property(tries = 200)
    void pgQuery(@ForAll("pgQueryValues") PgQuery value) {
        Laws.check(LengthSchemas_PgQueryCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<PgQuery> pgQueryValues() {
        return Combinators.combine(Arbitraries.bytes(), Gen.textWithout('\0', 60)).as(PgQuery::new);
    }

    @Property(tries = 200)
    void lengthAdjusted(@ForAll("lengthAdjustedValues") LengthAdjusted value) {
        Laws.check(LengthSchemas_LengthAdjustedCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<LengthAdjusted> lengthAdjustedValues() {
        return Gen.bytes(253).map(LengthAdjusted::new);
    }

    @Property(tries = 200)
    void lengthAdjustedDown(@ForAll("lengthAdjustedDownValues") LengthAdjustedDown value) {
        Laws.check(LengthSchemas_LengthAdjustedDownCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<LengthAdjustedDown> lengthAdjustedDownValues() {
        return Combinators.combine(Gen.bytes(40), Arbitraries.bytes()).as(LengthAdjustedDown::new);
    }

    @Property(tries = 200)
    void lengthVarint(@ForAll("lengthVarintValues") LengthVarint value) {
        Laws.check(LengthSchemas_LengthVarintCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<LengthVarint> lengthVarintValues() {
        return Combinators.combine(Arbitraries.longs(), Gen.list(Gen.point(), 40)).as(LengthVarint::new);
    }

    /** Sizes around 127 and 16383, where the self-counting varint grows a byte. */
    @Property(tries = 200)
    void lengthVarintSelf(@ForAll("lengthVarintSelfValues") LengthVarintSelf value) {
        Laws.check(LengthSchemas_LengthVarintSelfCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<LengthVarintSelf> lengthVarintSelfValues() {
        Arbitrary<Integer> size = Arbitraries.oneOf(Arbitraries.integers().between(0, 140),
                Arbitraries.integers().between(16_370, 16_390));
        return size.map(n -> new LengthVarintSelf(new byte[n]));
    }

    @Property(tries = 200)
    void lengthMqtt(@ForAll("lengthMqttValues") LengthMqtt value) {
        Laws.check(LengthSchemas_LengthMqttCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<LengthMqtt> lengthMqttValues() {
        return Combinators.combine(Arbitraries.bytes(), Gen.u16(), Gen.bytes(200)).as(LengthMqtt::new);
    }

    @Property(tries = 200)
    void lengthNested(@ForAll("lengthNestedValues") LengthNested value) {
        Laws.check(LengthSchemas_LengthNestedCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<LengthNested> lengthNestedValues() {
        return Combinators.combine(Gen.u8(), Gen.bytes(100), Gen.textWithout('\0', 20)).as(LengthNested::new);
    }

    @Property(tries = 200)
    void lengthOfNested(@ForAll("lengthOfNestedValues") LengthOfNested value) {
        Laws.check(LengthSchemas_LengthOfNestedCodec.INSTANCE, value);
    }

    /** All laws but the input position after a failed decode (the disabled property above checks it). */
    @Property(tries = 200)
    void lengthOfNestedExceptFailedDecodePosition(@ForAll("lengthOfNestedValues") LengthOfNested value) {
        Laws.checkExceptFailedDecodePosition(LengthSchemas_LengthOfNestedCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<LengthOfNested> lengthOfNestedValues() {
        return Combinators.combine(Gen.named(), Arbitraries.bytes()).as(LengthOfNested::new);
    }

    @Property(tries = 200)
    void pgQueryPrefixed(@ForAll("pgQueryPrefixedValues") PgQueryPrefixed value) {
        Laws.check(LengthSchemas_PgQueryPrefixedCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<PgQueryPrefixed> pgQueryPrefixedValues() {
        return Combinators.combine(Arbitraries.bytes(), Gen.text(60)).as(PgQueryPrefixed::new);
    }

    @Property(tries = 200)
    void lengthAdjustedPrefixed(@ForAll("lengthAdjustedPrefixedValues") LengthAdjustedPrefixed value) {
        Laws.check(LengthSchemas_LengthAdjustedPrefixedCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<LengthAdjustedPrefixed> lengthAdjustedPrefixedValues() {
        return Gen.bytes(252).map(LengthAdjustedPrefixed::new);
    }

    @Property(tries = 200)
    void lengthMqttRemaining(@ForAll("lengthMqttRemainingValues") LengthMqttRemaining value) {
        Laws.check(LengthSchemas_LengthMqttRemainingCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<LengthMqttRemaining> lengthMqttRemainingValues() {
        return Combinators.combine(Arbitraries.bytes(), Gen.bytes(300)).as(LengthMqttRemaining::new);
    }

    @Property(tries = 200)
    void lengthVarintTerminated(@ForAll("lengthVarintTerminatedValues") LengthVarintTerminated value) {
        Laws.check(LengthSchemas_LengthVarintTerminatedCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<LengthVarintTerminated> lengthVarintTerminatedValues() {
        return Combinators.combine(Gen.textWithout('\0', 80), Arbitraries.bytes()).as(LengthVarintTerminated::new);
    }

    @Property(tries = 200)
    void lengthThroughBits(@ForAll("lengthThroughBitsValues") LengthSchemas.LengthThroughBits value) {
        Laws.check(LengthSchemas_LengthThroughBitsCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<LengthSchemas.LengthThroughBits> lengthThroughBitsValues() {
        Arbitrary<Integer> nibble = Arbitraries.integers().between(0, 15);
        return Combinators.combine(Gen.u8(), Gen.bytes(30), nibble, nibble).as(LengthSchemas.LengthThroughBits::new);
    }
}
