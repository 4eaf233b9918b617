package io.wireform.benchmarks.compile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sources the compile-time benchmark compiles: {@code count} annotated top-level types, one
 * file each, cycling through eight shapes that together use what a real protocol package uses:
 *
 * <ol start="0">
 *   <li>fixed-size numbers, signed and unsigned;
 *   <li>varint, floating point, boolean and two {@code @Prefixed} strings;
 *   <li>a counted list of shape-0 records;
 *   <li>a {@code @WireEnum} (its own file, not counted) and unsigned numbers;
 *   <li>{@code @Magic} and {@code @End} around a {@code @Fixed} byte array;
 *   <li>a little-endian {@code @Checksum} (CRC-16/MODBUS);
 *   <li>a {@code @Length} region, as Modbus TCP's MBAP header has, ending in a prefixed array;
 *   <li>a {@code @Protocol}: a sealed interface of three {@code @Tag}ged records, one holding a list of
 *       shape-4 records.
 * </ol>
 */
public final class RecordSources {
    /** The package of every generated type. */
    public static final String PACKAGE = "bench.records";

    private RecordSources() {}

    /** File name (relative to the source root) to source text, in a stable order. */
    public static Map<String, String> generate(int count) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            int shape = i % 8;
            if (shape == 3) {
                files.put(path("Mode" + i), enumSource(i));
            }
            String name = (shape == 7 ? "P" : "R") + i;
            files.put(path(name), source(i, shape));
        }
        return files;
    }

    /** How many {@code @Message} records and {@code @Protocol} interfaces {@link #generate} declares: each gets a codec. */
    public static int codecs(int count) {
        int protocols = count / 8;
        // a protocol is 1 interface + 3 nested records; each gets a codec and a reader
        return count + protocols * 3;
    }

    private static String path(String type) {
        return PACKAGE.replace('.', '/') + "/" + type + ".java";
    }

    private static String source(int i, int shape) {
        String imports = """
                package %s;

                import io.wireform.annotations.*;
                import java.util.List;

                """.formatted(PACKAGE);
        String body = switch (shape) {
            case 0 -> """
                    /** Fixed-size telemetry: 23 bytes. */
                    @Message
                    public record R%1$d(int id, short kind, @UInt16 int flags, @UInt32 long sequence, long timestamp,
                                        byte code) {}
                    """;
            case 1 -> """
                    /** A variable record: varint, floats, flag and two UTF-8 strings. */
                    @Message
                    public record R%1$d(long id, @Varint int revision, float x, double y, boolean active,
                                        @Prefixed(Width.UINT16) String name, @Prefixed(Width.UINT8) String note) {}
                    """;
            case 2 -> """
                    /** A batch of fixed-size records. */
                    @Message
                    public record R%1$d(int batchId, @UInt16 int source, @Prefixed(Width.UINT8) List<R%2$d> items) {}
                    """;
            case 3 -> """
                    /** A status report with an enum. */
                    @Message
                    public record R%1$d(Mode%1$d mode, @UInt8 short level, @UInt16 int value, int uptime) {}
                    """;
            case 4 -> """
                    /** A marked block, as seeds/004's: magic, 16 bytes, end marker. */
                    @Magic("FD AA")
                    @End("CC DD")
                    @Message
                    public record R%1$d(@UInt8 short channel, @Fixed(16) byte[] data) {}
                    """;
            case 5 -> """
                    /** A Modbus RTU style request: CRC-16 at the end, low byte first. */
                    @Checksum(value = ChecksumType.CRC16_MODBUS, order = Endian.LITTLE)
                    @Message
                    public record R%1$d(@UInt8 short unit, @UInt8 short function, @UInt16 int address, @UInt16 int count) {}
                    """;
            case 6 -> """
                    /** An MBAP-style envelope: the length counts the unit id and the body after it. */
                    @Message
                    public record R%1$d(@UInt16 int transaction, @UInt16 int protocol,
                                        @Length(Width.UINT16) @UInt8 short unit, @UInt8 short function,
                                        @Remaining byte[] body) {}
                    """;
            default -> """
                    /** A command set: a one-byte tag selects the record. */
                    @Protocol(tag = Width.UINT8)
                    public sealed interface P%1$d permits P%1$d.Start, P%1$d.Stop, P%1$d.Upload {

                        @Tag(1) @Message record Start(int job, @Prefixed(Width.UINT8) String reason) implements P%1$d {}

                        @Tag(2) @Message record Stop(int job, byte code) implements P%1$d {}

                        @Tag(3) @Message record Upload(int job, @Prefixed(Width.UINT16) List<R%3$d> blocks) implements P%1$d {}
                    }
                    """;
        };
        return imports + body.formatted(i, i - 2, i - 3);
    }

    private static String enumSource(int i) {
        return """
                package %1$s;

                import io.wireform.annotations.*;

                /** Operating modes, one byte on the wire; unknown codes become UNKNOWN. */
                @WireEnum
                public enum Mode%2$d {
                    @Code(0) OFF,
                    @Code(1) IDLE,
                    @Code(2) RUNNING,
                    @Code(3) FAULT,
                    @Fallback UNKNOWN
                }
                """.formatted(PACKAGE, i);
    }
}
