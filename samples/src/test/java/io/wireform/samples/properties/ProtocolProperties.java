package io.wireform.samples.properties;

import io.wireform.samples.properties.ProtocolSchemas.Cmd16;
import io.wireform.samples.properties.ProtocolSchemas.Cmd32;
import io.wireform.samples.properties.ProtocolSchemas.Cmd8;
import io.wireform.samples.properties.ProtocolSchemas.CmdVar;
import io.wireform.samples.properties.ProtocolSchemas.CmdVarHigh;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Disabled;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Round trips and framing of tagged unions, through the union's codec and each record's own. */
class ProtocolProperties {

    @Property(tries = 200)
    void cmd8(@ForAll("cmd8Values") Cmd8 value) {
        Laws.check(ProtocolSchemas_Cmd8Codec.INSTANCE, value);
    }

    @Provide
    Arbitrary<Cmd8> cmd8Values() {
        return Arbitraries.oneOf(Arbitraries.just(new Cmd8.Ping()), Gen.bytes(255).map(Cmd8.Echo::new),
                Combinators.combine(Arbitraries.shorts(), Arbitraries.shorts(), Gen.u8()).as(Cmd8.Move::new));
    }

    @Property(tries = 200)
    void cmd16(@ForAll("cmd16Values") Cmd16 value) {
        Laws.check(ProtocolSchemas_Cmd16Codec.INSTANCE, value);
    }

    @Provide
    Arbitrary<Cmd16> cmd16Values() {
        return Arbitraries.oneOf(Gen.u16().map(Cmd16.Hello::new),
                Combinators.combine(Gen.text(20), Gen.bytes(200)).as(Cmd16.Data::new), Arbitraries.just(new Cmd16.Bye()));
    }

    @Property(tries = 200)
    void cmd32(@ForAll("cmd32Values") Cmd32 value) {
        Laws.check(ProtocolSchemas_Cmd32Codec.INSTANCE, value);
    }

    @Provide
    Arbitrary<Cmd32> cmd32Values() {
        return Arbitraries.oneOf(Arbitraries.bytes().map(Cmd32.Small::new),
                Gen.list(Gen.point(), 10).map(Cmd32.Big::new), Arbitraries.just(new Cmd32.Empty()));
    }

    @Property(tries = 200)
    void cmdVar(@ForAll("cmdVarValues") CmdVar value) {
        Laws.check(ProtocolSchemas_CmdVarCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<CmdVar> cmdVarValues() {
        return Arbitraries.oneOf(Arbitraries.integers().greaterOrEqual(0).map(CmdVar.One::new),
                Gen.text(30).map(CmdVar.Two::new), Arbitraries.just(new CmdVar.Five()));
    }

    @Property(tries = 100)
    void cmdVarHigh(@ForAll("cmdVarHighValues") CmdVarHigh value) {
        Laws.check(ProtocolSchemas_CmdVarHighCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<CmdVarHigh> cmdVarHighValues() {
        return Arbitraries.oneOf(Arbitraries.bytes().map(CmdVarHigh.Low::new), Arbitraries.bytes().map(CmdVarHigh.High::new));
    }

    /** The records' own codecs, without the tag. */
    @Property(tries = 100)
    void variantsOnTheirOwn(@ForAll("cmd8Values") Cmd8 a, @ForAll("cmd16Values") Cmd16 b) {
        if (a instanceof Cmd8.Echo echo) {
            Laws.check(ProtocolSchemas_Cmd8_EchoCodec.INSTANCE, echo);
        } else if (a instanceof Cmd8.Move move) {
            Laws.check(ProtocolSchemas_Cmd8_MoveCodec.INSTANCE, move);
        } else {
            Laws.check(ProtocolSchemas_Cmd8_PingCodec.INSTANCE, (Cmd8.Ping) a);
        }
        if (b instanceof Cmd16.Data data) {
            Laws.check(ProtocolSchemas_Cmd16_DataCodec.INSTANCE, data);
        } else if (b instanceof Cmd16.Hello hello) {
            Laws.check(ProtocolSchemas_Cmd16_HelloCodec.INSTANCE, hello);
        }
    }
}
