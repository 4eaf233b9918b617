package io.wireform.netty.serverdiff;

import io.wireform.runtime.WireCodec;
import io.wireform.runtime.net.WireServer;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.ExtraLong;
import io.wireform.samples.device.Realtime;
import io.wireform.samples.modbus.ModbusRequest;
import io.wireform.samples.modbus.ModbusServer;
import io.wireform.samples.modbus.RequestAdu;
import io.wireform.samples.modbus.RequestAduCodec;
import io.wireform.samples.modbus.ResponseAdu;
import io.wireform.samples.modbus.ResponseAduCodec;
import io.wireform.samples.net.Beat;
import io.wireform.samples.net.BeatCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A sample protocol as the server differential test serves and feeds it: the server's codecs and
 * settings, its answers (fresh for each stream, so that a stream replays alone), valid request
 * frames, and the bad bytes that suit it.
 */
abstract class Sample<I, O> {
    static final List<Sample<?, ?>> ALL = List.of(new Modbus(), new Beats(), new Device());

    /** The sample's name in reports. */
    abstract String name();

    abstract WireCodec<I> inbound();

    abstract WireCodec<O> outbound();

    /** The settings the sample's own server adds to the codecs' declarations. */
    WireServer.Builder<I, O> settings(WireServer.Builder<I, O> builder) {
        return builder;
    }

    /** What a server answers on one connection; its state starts over with each call. */
    abstract Function<I, O> answers();

    /** One valid request frame. */
    abstract byte[] frame(Random random);

    /** A frame header announcing more than the frame limit, with a few bytes of the frame. */
    abstract byte[] oversize(Random random);

    /** Bytes that garbage is salted with, so that it sometimes looks like the start of a frame. */
    abstract byte[] salt();

    /** Garbage: random bytes, a third of them from {@link #salt()}. */
    byte[] garbage(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(24)];
        byte[] salt = salt();
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = random.nextInt(3) == 0 ? salt[random.nextInt(salt.length)] : (byte) random.nextInt(256);
        }
        return bytes;
    }

    /** Modbus TCP: MBAP length framing, {@code Resync.FAIL}, 260-byte frames; a register map per stream. */
    static final class Modbus extends Sample<RequestAdu, ResponseAdu> {
        @Override
        String name() {
            return "modbus";
        }

        @Override
        WireCodec<RequestAdu> inbound() {
            return RequestAduCodec.INSTANCE;
        }

        @Override
        WireCodec<ResponseAdu> outbound() {
            return ResponseAduCodec.INSTANCE;
        }

        @Override
        WireServer.Builder<RequestAdu, ResponseAdu> settings(WireServer.Builder<RequestAdu, ResponseAdu> builder) {
            return builder.maxFrameLength(ModbusServer.MAX_ADU_LENGTH); // as ModbusServer.server() sets it
        }

        @Override
        Function<RequestAdu, ResponseAdu> answers() {
            return new ModbusServer()::answer;
        }

        @Override
        byte[] frame(Random random) {
            // addresses and quantities sometimes out of range: exception answers are answers too
            int address = random.nextInt(1100);
            ModbusRequest pdu = switch (random.nextInt(6)) {
                case 0 -> new ModbusRequest.ReadHoldingRegisters(address, random.nextInt(130));
                case 1 -> new ModbusRequest.ReadInputRegisters(address, random.nextInt(130));
                case 2 -> new ModbusRequest.WriteSingleRegister(address, random.nextInt(0x10000));
                case 3, 4 -> {
                    List<Integer> values = new ArrayList<>();
                    for (int i = 1 + random.nextInt(random.nextInt(8) == 0 ? 123 : 12); i > 0; i--) {
                        values.add(random.nextInt(0x10000));
                    }
                    yield new ModbusRequest.WriteMultipleRegisters(address, values.size(), values);
                }
                default -> {
                    int function;
                    do {
                        function = random.nextInt(256);
                    } while (function == 3 || function == 4 || function == 6 || function == 16);
                    byte[] data = new byte[random.nextInt(8)];
                    random.nextBytes(data);
                    yield new ModbusRequest.OtherFunction(function, data); // 0x80 and up: no answer
                }
            };
            return RequestAduCodec.INSTANCE.encode(new RequestAdu(random.nextInt(0x10000), 0, random.nextInt(256), pdu));
        }

        @Override
        byte[] oversize(Random random) {
            int length = ModbusServer.MAX_ADU_LENGTH - 6 + 1 + random.nextInt(0x10000 - (ModbusServer.MAX_ADU_LENGTH - 6 + 1));
            return new byte[] {(byte) random.nextInt(256), (byte) random.nextInt(256), 0, 0,
                    (byte) (length >> 8), (byte) length, 1, 3};
        }

        @Override
        byte[] salt() {
            return new byte[] {0, 0, 0, 6, (byte) 0xFF, 3, 16};
        }
    }

    /** {@link Beat}: a magic, a length byte, text; {@code SCAN_TO_MAGIC} and 64-byte frames, as the schema declares. */
    static final class Beats extends Sample<Beat, Beat> {
        private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz 0123456789éü€";

        @Override
        String name() {
            return "beat";
        }

        @Override
        WireCodec<Beat> inbound() {
            return BeatCodec.INSTANCE;
        }

        @Override
        WireCodec<Beat> outbound() {
            return BeatCodec.INSTANCE;
        }

        @Override
        Function<Beat, Beat> answers() {
            return beat -> new Beat("re:" + beat.text());
        }

        @Override
        byte[] frame(Random random) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(20); n > 0; n--) {
                text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            return BeatCodec.INSTANCE.encode(new Beat(text.toString()));
        }

        @Override
        byte[] oversize(Random random) {
            return new byte[] {(byte) 0xFD, (byte) 0xAA, (byte) (62 + random.nextInt(256 - 62)), 'x', 'y'};
        }

        @Override
        byte[] salt() {
            return new byte[] {(byte) 0xFD, (byte) 0xAA, (byte) 0xFD, 5, (byte) 0xC3};
        }
    }

    /** The device blocks: magics and end markers, untagged, {@code SCAN_TO_MAGIC} and 1 KiB frames, as declared. */
    static final class Device extends Sample<DeviceBlock, DeviceBlock> {
        @Override
        String name() {
            return "device";
        }

        @Override
        WireCodec<DeviceBlock> inbound() {
            return DeviceBlockCodec.INSTANCE;
        }

        @Override
        WireCodec<DeviceBlock> outbound() {
            return DeviceBlockCodec.INSTANCE;
        }

        @Override
        Function<DeviceBlock, DeviceBlock> answers() {
            return block -> block;
        }

        @Override
        byte[] frame(Random random) {
            DeviceBlock block = switch (random.nextInt(3)) {
                case 0 -> new Realtime(data(random, 150));
                case 1 -> new Extra(data(random, 190));
                default -> new ExtraLong(data(random, 192));
            };
            return DeviceBlockCodec.INSTANCE.encode(block);
        }

        private static byte[] data(Random random, int length) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            return data;
        }

        @Override
        byte[] oversize(Random random) {
            // a block begun that never ends: 1100 bytes without an end marker, over the 1 KiB limit
            byte[] bytes = new byte[1100];
            bytes[0] = (byte) 0xFD;
            bytes[1] = (byte) 0xCC;
            for (int i = 2; i < bytes.length; i++) {
                bytes[i] = (byte) random.nextInt(0xCC);
            }
            return bytes;
        }

        @Override
        byte[] salt() {
            return new byte[] {(byte) 0xFD, (byte) 0xAA, (byte) 0xCC, (byte) 0xDD};
        }
    }
}
