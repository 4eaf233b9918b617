package io.wireform.samples.properties;

import io.wireform.samples.properties.Laws.Framing;
import io.wireform.samples.properties.RemainingSchemas.CountedOnly;
import io.wireform.samples.properties.RemainingSchemas.Crc32FromPrefixed;
import io.wireform.samples.properties.RemainingSchemas.ModbusRtu;
import io.wireform.samples.properties.RemainingSchemas.RemainingBytes;
import io.wireform.samples.properties.RemainingSchemas.RemainingColors;
import io.wireform.samples.properties.RemainingSchemas.RemainingLongs;
import io.wireform.samples.properties.RemainingSchemas.RemainingNamed;
import io.wireform.samples.properties.RemainingSchemas.RemainingPoints;
import io.wireform.samples.properties.RemainingSchemas.RemainingString;
import io.wireform.samples.properties.RemainingSchemas.RemainingU16;
import io.wireform.samples.properties.RemainingSchemas.RemainingVarints;
import io.wireform.samples.properties.RemainingSchemas.RestInner;
import io.wireform.samples.properties.RemainingSchemas.RestOuter;
import io.wireform.samples.properties.RemainingSchemas.RestProtocol;
import io.wireform.samples.properties.RemainingSchemas.Xor8Rest;
import io.wireform.samples.properties.WireEnums.Color;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Disabled;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Frames that take the rest of the input: a prefix may decode (as a shorter value, consuming all of
 * it) or fail with a WireException, and frameLength says "to the limit".
 */
class RemainingProperties {
    private static final Arbitrary<Color> COLORS = Arbitraries.of(Color.RED, Color.GREEN, Color.BLUE, Color.WHITE);

    @Property(tries = 200)
    void remainingBytes(@ForAll("remainingBytesValues") RemainingBytes value) {
        Laws.check(RemainingSchemas_RemainingBytesCodec.INSTANCE, value, Framing.REST);
    }

    @Provide
    Arbitrary<RemainingBytes> remainingBytesValues() {
        return Combinators.combine(Gen.u16(), Gen.bytes(80)).as(RemainingBytes::new);
    }

    @Property(tries = 200)
    void remainingString(@ForAll("remainingStringValues") RemainingString value) {
        Laws.check(RemainingSchemas_RemainingStringCodec.INSTANCE, value, Framing.REST);
    }

    @Provide
    Arbitrary<RemainingString> remainingStringValues() {
        return Combinators.combine(Arbitraries.bytes(), Gen.text(30)).as(RemainingString::new);
    }

    @Property(tries = 200)
    void remainingLongs(@ForAll("remainingLongsValues") RemainingLongs value) {
        Laws.check(RemainingSchemas_RemainingLongsCodec.INSTANCE, value, Framing.REST);
    }

    @Provide
    Arbitrary<RemainingLongs> remainingLongsValues() {
        return Combinators.combine(Arbitraries.bytes(), Gen.list(Arbitraries.longs(), 8)).as(RemainingLongs::new);
    }

    @Property(tries = 200)
    void remainingU16(@ForAll("remainingU16Values") RemainingU16 value) {
        Laws.check(RemainingSchemas_RemainingU16Codec.INSTANCE, value, Framing.REST);
    }

    @Provide
    Arbitrary<RemainingU16> remainingU16Values() {
        return Gen.list(Gen.u16(), 20).map(RemainingU16::new);
    }

    @Property(tries = 200)
    void remainingColors(@ForAll("remainingColorsValues") RemainingColors value) {
        Laws.check(RemainingSchemas_RemainingColorsCodec.INSTANCE, value, Framing.REST);
    }

    @Provide
    Arbitrary<RemainingColors> remainingColorsValues() {
        return Combinators.combine(Gen.list(COLORS, 5), Gen.list(COLORS, 10)).as(RemainingColors::new);
    }

    @Property(tries = 200)
    void remainingNamed(@ForAll("remainingNamedValues") RemainingNamed value) {
        Laws.check(RemainingSchemas_RemainingNamedCodec.INSTANCE, value, Framing.REST);
    }

    @Provide
    Arbitrary<RemainingNamed> remainingNamedValues() {
        return Combinators.combine(Gen.list(Gen.named(), 3), Gen.list(Gen.named(), 5)).as(RemainingNamed::new);
    }

    @Property(tries = 200)
    void remainingPoints(@ForAll("remainingPointsValues") RemainingPoints value) {
        Laws.check(RemainingSchemas_RemainingPointsCodec.INSTANCE, value, Framing.REST);
    }

    @Provide
    Arbitrary<RemainingPoints> remainingPointsValues() {
        return Combinators.combine(Gen.u8(), Gen.list(Gen.point(), 10)).as(RemainingPoints::new);
    }

    @Property(tries = 200)
    void remainingVarints(@ForAll("remainingVarintsValues") RemainingVarints value) {
        Laws.check(RemainingSchemas_RemainingVarintsCodec.INSTANCE, value, Framing.REST);
    }

    @Provide
    Arbitrary<RemainingVarints> remainingVarintsValues() {
        return Combinators.combine(Arbitraries.longs(), Gen.list(Gen.mqtt(), 10)).as(RemainingVarints::new);
    }

    @Property(tries = 200)
    void modbusRtu(@ForAll("modbusRtuValues") ModbusRtu value) {
        Laws.check(RemainingSchemas_ModbusRtuCodec.INSTANCE, value, Framing.REST);
        FlippedBits.caught(RemainingSchemas_ModbusRtuCodec.INSTANCE, value, 0);
    }

    @Provide
    Arbitrary<ModbusRtu> modbusRtuValues() {
        return Combinators.combine(Gen.u8(), Gen.u8(), Gen.bytes(40)).as(ModbusRtu::new);
    }

    @Property(tries = 200)
    void xor8Rest(@ForAll("xor8RestValues") Xor8Rest value) {
        Laws.check(RemainingSchemas_Xor8RestCodec.INSTANCE, value, Framing.REST);
    }

    @Provide
    Arbitrary<Xor8Rest> xor8RestValues() {
        return Combinators.combine(Gen.u8(), Gen.bytes(40)).as(Xor8Rest::new);
    }

    @Property(tries = 200)
    void restOuter(@ForAll("restOuterValues") RestOuter value) {
        Laws.check(RemainingSchemas_RestOuterCodec.INSTANCE, value, Framing.REST);
    }

    @Provide
    Arbitrary<RestOuter> restOuterValues() {
        return Combinators.combine(Arbitraries.shorts(), Gen.u8(), Gen.bytes(30))
                .as((id, kind, data) -> new RestOuter(id, new RestInner(kind, data)));
    }

    @Property(tries = 200)
    void restProtocol(@ForAll("restProtocolValues") RestProtocol value) {
        Laws.check(RemainingSchemas_RestProtocolCodec.INSTANCE, value,
                value instanceof RestProtocol.Stop ? Framing.STRICT : Framing.REST);
    }

    @Provide
    Arbitrary<RestProtocol> restProtocolValues() {
        return Arbitraries.oneOf(Combinators.combine(Gen.text(10), Gen.bytes(30)).as(RestProtocol.Data::new),
                Arbitraries.just(new RestProtocol.Stop()));
    }

    @Property(tries = 200)
    void crc32FromPrefixed(@ForAll("crc32FromPrefixedValues") Crc32FromPrefixed value) {
        Laws.check(RemainingSchemas_Crc32FromPrefixedCodec.INSTANCE, value);
        FlippedBits.caught(RemainingSchemas_Crc32FromPrefixedCodec.INSTANCE, value, 2);
    }

    @Provide
    Arbitrary<Crc32FromPrefixed> crc32FromPrefixedValues() {
        return Combinators.combine(Gen.u16(), Gen.bytes(40)).as(Crc32FromPrefixed::new);
    }

    @Property(tries = 200)
    void countedOnly(@ForAll("countedOnlyValues") CountedOnly value) {
        Laws.check(RemainingSchemas_CountedOnlyCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<CountedOnly> countedOnlyValues() {
        return new ListProperties().countedListsValues()
                .map(v -> new CountedOnly(v.u16(), v.shorts(), v.flags(), v.doubles(), v.points()));
    }

    @Property(tries = 200)
    void restOnlyOuter(@ForAll("restOnlyOuterValues") RemainingSchemas.RestOnlyOuter value) {
        Laws.check(RemainingSchemas_RestOnlyOuterCodec.INSTANCE, value, Framing.REST);
    }

    @Provide
    Arbitrary<RemainingSchemas.RestOnlyOuter> restOnlyOuterValues() {
        return Combinators.combine(Arbitraries.shorts(), Gen.bytes(30))
                .as((id, data) -> new RemainingSchemas.RestOnlyOuter(id, new RemainingSchemas.RestOnly(data)));
    }
}
