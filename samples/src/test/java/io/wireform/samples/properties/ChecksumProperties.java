package io.wireform.samples.properties;

import io.wireform.samples.properties.ChecksumSchemas.CcittFramed;
import io.wireform.samples.properties.ChecksumSchemas.CheckCcitt;
import io.wireform.samples.properties.ChecksumSchemas.CheckCrc32;
import io.wireform.samples.properties.ChecksumSchemas.CheckCrc32c;
import io.wireform.samples.properties.ChecksumSchemas.CheckCrc8;
import io.wireform.samples.properties.ChecksumSchemas.CheckModbus;
import io.wireform.samples.properties.ChecksumSchemas.CheckSum8;
import io.wireform.samples.properties.ChecksumSchemas.CheckXor8;
import io.wireform.samples.properties.ChecksumSchemas.Crc32From;
import io.wireform.samples.properties.ChecksumSchemas.Crc32cLittle;
import io.wireform.samples.properties.ChecksumSchemas.Crc8Frame;
import io.wireform.samples.properties.ChecksumSchemas.ModbusRtuRead;
import io.wireform.samples.properties.ChecksumSchemas.ModbusRtuWrite;
import io.wireform.samples.properties.ChecksumSchemas.Sum8AfterVarint;
import io.wireform.samples.properties.ChecksumSchemas.Sum8Framed;
import io.wireform.samples.properties.ChecksumSchemas.Xor8Framed;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Disabled;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Round trips and framing of messages with checksums; any flipped bit covered by a CRC is caught. */
class ChecksumProperties {

    @Property(tries = 100)
    void everyChecksumType(@ForAll("nineBytes") byte[] data) {
        Laws.check(ChecksumSchemas_CheckCrc8Codec.INSTANCE, new CheckCrc8(data));
        Laws.check(ChecksumSchemas_CheckModbusCodec.INSTANCE, new CheckModbus(data));
        Laws.check(ChecksumSchemas_CheckCcittCodec.INSTANCE, new CheckCcitt(data));
        Laws.check(ChecksumSchemas_CheckCrc32Codec.INSTANCE, new CheckCrc32(data));
        Laws.check(ChecksumSchemas_CheckCrc32cCodec.INSTANCE, new CheckCrc32c(data));
        Laws.check(ChecksumSchemas_CheckSum8Codec.INSTANCE, new CheckSum8(data));
        Laws.check(ChecksumSchemas_CheckXor8Codec.INSTANCE, new CheckXor8(data));
    }

    @Provide
    Arbitrary<byte[]> nineBytes() {
        return Gen.bytes(9, 9);
    }

    @Property(tries = 200)
    void crc8Frame(@ForAll("crc8FrameValues") Crc8Frame value) {
        Laws.check(ChecksumSchemas_Crc8FrameCodec.INSTANCE, value);
        FlippedBits.caught(ChecksumSchemas_Crc8FrameCodec.INSTANCE, value, 0);
    }

    @Provide
    Arbitrary<Crc8Frame> crc8FrameValues() {
        return Combinators.combine(Gen.u8(), Gen.bytes(60)).as(Crc8Frame::new);
    }

    @Property(tries = 200)
    void modbusRtuRead(@ForAll("modbusRtuReadValues") ModbusRtuRead value) {
        Laws.check(ChecksumSchemas_ModbusRtuReadCodec.INSTANCE, value);
        FlippedBits.caught(ChecksumSchemas_ModbusRtuReadCodec.INSTANCE, value, 0);
    }

    @Provide
    Arbitrary<ModbusRtuRead> modbusRtuReadValues() {
        return Combinators.combine(Gen.u8(), Gen.u8(), Gen.u16(), Gen.u16()).as(ModbusRtuRead::new);
    }

    @Property(tries = 200)
    void modbusRtuWrite(@ForAll("modbusRtuWriteValues") ModbusRtuWrite value) {
        Laws.check(ChecksumSchemas_ModbusRtuWriteCodec.INSTANCE, value);
        FlippedBits.caught(ChecksumSchemas_ModbusRtuWriteCodec.INSTANCE, value, 0);
    }

    @Provide
    Arbitrary<ModbusRtuWrite> modbusRtuWriteValues() {
        return Combinators.combine(Gen.u8(), Gen.u8(), Gen.bytes(60)).as(ModbusRtuWrite::new);
    }

    @Property(tries = 200)
    void ccittFramed(@ForAll("ccittFramedValues") CcittFramed value) {
        Laws.check(ChecksumSchemas_CcittFramedCodec.INSTANCE, value);
        FlippedBits.caught(ChecksumSchemas_CcittFramedCodec.INSTANCE, value, 0);
    }

    @Provide
    Arbitrary<CcittFramed> ccittFramedValues() {
        return Combinators.combine(Gen.text(30), Gen.u16()).as(CcittFramed::new);
    }

    @Property(tries = 200)
    void crc32From(@ForAll("crc32FromValues") Crc32From value) {
        Laws.check(ChecksumSchemas_Crc32FromCodec.INSTANCE, value);
        FlippedBits.caught(ChecksumSchemas_Crc32FromCodec.INSTANCE, value, 2);
    }

    @Provide
    Arbitrary<Crc32From> crc32FromValues() {
        return Combinators.combine(Gen.u16(), Arbitraries.bytes(), Gen.bytes(60)).as(Crc32From::new);
    }

    @Property(tries = 200)
    void crc32cLittle(@ForAll("crc32cLittleValues") Crc32cLittle value) {
        Laws.check(ChecksumSchemas_Crc32cLittleCodec.INSTANCE, value);
        FlippedBits.caught(ChecksumSchemas_Crc32cLittleCodec.INSTANCE, value, 0);
    }

    @Provide
    Arbitrary<Crc32cLittle> crc32cLittleValues() {
        return Combinators.combine(Gen.u16(), Gen.bytes(60)).as(Crc32cLittle::new);
    }

    @Property(tries = 200)
    void sum8Framed(@ForAll("sum8FramedValues") Sum8Framed value) {
        Laws.check(ChecksumSchemas_Sum8FramedCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<Sum8Framed> sum8FramedValues() {
        return Combinators.combine(Arbitraries.bytes(), Gen.bytesWithout(0, 40)).as(Sum8Framed::new);
    }

    @Property(tries = 200)
    void xor8Framed(@ForAll("xor8FramedValues") Xor8Framed value) {
        Laws.check(ChecksumSchemas_Xor8FramedCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<Xor8Framed> xor8FramedValues() {
        return Combinators.combine(Gen.u8(), Gen.bytesWithout(0x2A, 40)).as(Xor8Framed::new);
    }

    @Property(tries = 200)
    void sum8AfterVarint(@ForAll("sum8AfterVarintValues") Sum8AfterVarint value) {
        Laws.check(ChecksumSchemas_Sum8AfterVarintCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<Sum8AfterVarint> sum8AfterVarintValues() {
        return Combinators.combine(Arbitraries.integers().greaterOrEqual(0), Gen.bytesWithout(0, 40))
                .as(Sum8AfterVarint::new);
    }
}
