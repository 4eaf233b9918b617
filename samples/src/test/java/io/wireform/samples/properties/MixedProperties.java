package io.wireform.samples.properties;

import io.wireform.samples.properties.MixedSchemas.CountedByZigzag;
import io.wireform.samples.properties.MixedSchemas.Envelope;
import io.wireform.samples.properties.MixedSchemas.PaddedVariable;
import io.wireform.samples.properties.MixedSchemas.RegionOfNamed;
import io.wireform.samples.properties.MixedSchemas.SizedByBits;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Disabled;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Round trips and framing of schemas that combine the vocabulary. */
class MixedProperties {

    @Property(tries = 200)
    void sizedByBits(@ForAll("sizedByBitsValues") SizedByBits value) {
        Laws.check(MixedSchemas_SizedByBitsCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<SizedByBits> sizedByBitsValues() {
        Arbitrary<String> upTo15Bytes = Gen.text(15).filter(s -> s.getBytes(StandardCharsets.UTF_8).length <= 15);
        return Combinators.combine(upTo15Bytes, Arbitraries.integers().between(0, 15), Arbitraries.bytes())
                .as((s, flags, after) -> new SizedByBits(s.getBytes(StandardCharsets.UTF_8).length, flags, s, after));
    }

    @Property(tries = 200)
    void countedByZigzag(@ForAll("countedByZigzagValues") CountedByZigzag value) {
        Laws.check(MixedSchemas_CountedByZigzagCodec.INSTANCE, value);
    }

    /** All laws but the input position after a failed decode (the disabled property above checks it). */
    @Property(tries = 200)
    void countedByZigzagExceptFailedDecodePosition(@ForAll("countedByZigzagValues") CountedByZigzag value) {
        Laws.checkExceptFailedDecodePosition(MixedSchemas_CountedByZigzagCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<CountedByZigzag> countedByZigzagValues() {
        return Combinators.combine(Gen.list(Gen.point(), 70), Arbitraries.bytes())
                .as((points, after) -> new CountedByZigzag(points.size(), points, after));
    }

    @Property(tries = 200)
    void paddedVariable(@ForAll("paddedVariableValues") PaddedVariable value) {
        Laws.check(MixedSchemas_PaddedVariableCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<PaddedVariable> paddedVariableValues() {
        return Combinators.combine(Gen.bytes(20), Gen.text(20), Arbitraries.integers().greaterOrEqual(0))
                .as(PaddedVariable::new);
    }

    @Property(tries = 200)
    void regionOfNamed(@ForAll("regionOfNamedValues") RegionOfNamed value) {
        Laws.check(MixedSchemas_RegionOfNamedCodec.INSTANCE, value);
    }

    /** All laws but the input position after a failed decode (the disabled property above checks it). */
    @Property(tries = 200)
    void regionOfNamedExceptFailedDecodePosition(@ForAll("regionOfNamedValues") RegionOfNamed value) {
        Laws.checkExceptFailedDecodePosition(MixedSchemas_RegionOfNamedCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<RegionOfNamed> regionOfNamedValues() {
        return Combinators.combine(Gen.list(Gen.named(), 6), Arbitraries.bytes()).as(RegionOfNamed::new);
    }

    @Property(tries = 200)
    void envelope(@ForAll("envelopeValues") Envelope value) {
        Laws.check(MixedSchemas_EnvelopeCodec.INSTANCE, value);
    }

    /** All laws but the input position after a failed decode (the disabled property above checks it). */
    @Property(tries = 200)
    void envelopeExceptFailedDecodePosition(@ForAll("envelopeValues") Envelope value) {
        Laws.checkExceptFailedDecodePosition(MixedSchemas_EnvelopeCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<Envelope> envelopeValues() {
        return Combinators.combine(Gen.u16(), new ProtocolProperties().cmd8Values(), Arbitraries.bytes()).as(Envelope::new);
    }
}
