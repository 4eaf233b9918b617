package io.wireform.processor;

import static io.wireform.processor.DiagnosticsSupport.columnOf;
import static io.wireform.processor.DiagnosticsSupport.compiling;
import static io.wireform.processor.DiagnosticsSupport.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per diagnostic of {@code @Protocol} and {@code @Tag}. Same conventions as
 * {@link DiagnosticsTest}. The permitted records are nested in the interface, so that each source is
 * one file without auxiliary classes. A broken protocol gets no codec; its records, when valid on
 * their own, still get theirs.
 */
class ProtocolDiagnosticsTest {

    @Test
    void protocolNotSealed() {
        JavaFileObject p = source("P",
                "@Protocol",                                      // 3
                "interface P {}");                                // 4
        compiling(p)
                .error("@Protocol applies to sealed interfaces, but P is not one; declare it as "
                        + "`sealed interface P permits ...`", p, 3, 1)
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void protocolOnAClass() {
        JavaFileObject p = source("P",
                "@Protocol",                                      // 3
                "final class P {}");                              // 4
        compiling(p)
                .error("@Protocol applies to sealed interfaces, but P is not one; declare it as "
                        + "`sealed interface P permits ...`", p, 3, 1)
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void protocolPermitsNonRecord() {
        JavaFileObject p = source("P",
                "@Protocol",                                      // 3
                "sealed interface P permits P.A, P.B {",          // 4
                "    @Tag(1) record A(int x) implements P {}",    // 5
                "    @Tag(2) final class B implements P {}",      // 6
                "}");                                             // 7
        compiling(p)
                .error("B is permitted by @Protocol P but is not a record; protocols are unions of records", p, 6)
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void tagMissing() {
        JavaFileObject p = source("P",
                "@Protocol",                                      // 3
                "sealed interface P permits P.A, P.B {",          // 4
                "    @Tag(1) record A(int x) implements P {}",    // 5
                "    record B(int y) implements P {}",            // 6
                "}");                                             // 7
        compiling(p)
                .error("Record B is permitted by @Protocol P, which is tagged, but has no @Tag; add @Tag(n) with "
                        + "its command word or type byte", p, 6)
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void tagDuplicate() {
        String offending = "    @Tag(1) record B(int y) implements P {}";
        JavaFileObject p = source("P",
                "@Protocol",                                      // 3
                "sealed interface P permits P.A, P.B {",          // 4
                "    @Tag(1) record A(int x) implements P {}",    // 5
                offending,                                        // 6
                "}");                                             // 7
        compiling(p)
                .error("@Tag(1) on B is already the tag of A; give each record of P its own tag",
                        p, 6, columnOf(offending, "1"))
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void tagTooWide() {
        String offending = "    @Tag(256) record B(int y) implements P {}";
        JavaFileObject p = source("P",
                "@Protocol",                                      // 3
                "sealed interface P permits P.A, P.B {",          // 4
                "    @Tag(1) record A(int x) implements P {}",    // 5
                offending,                                        // 6
                "}");                                             // 7
        compiling(p)
                .error("@Tag(256) on B does not fit the tag width UINT8 of P (0 to 255); use a smaller tag or a "
                        + "wider @Protocol(tag = ...)", p, 6, columnOf(offending, "256"))
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void tagTooWideForMqttWidth() {
        String offending = "    @Tag(268435456) record A(int x) implements P {}";
        JavaFileObject p = source("P",
                "@Protocol(tag = Width.MQTT)",                    // 3
                "sealed interface P permits P.A {",               // 4
                offending,                                        // 5
                "}");                                             // 6
        compiling(p)
                .error("@Tag(268435456) on A does not fit the tag width MQTT of P (0 to 268435455)",
                        p, 5, columnOf(offending, "268435456"))
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void untaggedNeedsMagic() {
        JavaFileObject p = source("P",
                "@Protocol(untagged = true)",                     // 3
                "sealed interface P permits P.A, P.B {",          // 4
                "    @Magic(\"01\") record A(int x) implements P {}", // 5
                "    record B(int y) implements P {}",            // 6
                "}");                                             // 7
        // reported on the protocol, which is where the records are told apart
        compiling(p)
                .error("Record B of untagged @Protocol P has no @Magic, so it cannot be told apart from the "
                        + "others; add @Magic(\"..\") or make the protocol tagged", p, 4)
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void untaggedAmbiguous() {
        JavaFileObject p = source("P",
                "@Protocol(untagged = true)",                     // 3
                "sealed interface P permits P.A, P.B {",          // 4
                "    @Magic(\"01\") record A(int x) implements P {}", // 5
                "    @Magic(\"01\") record B(long y) implements P {}", // 6
                "}");                                             // 7
        compiling(p)
                .error("Records A and B of untagged @Protocol P share a magic and nothing else tells them apart "
                        + "(both need a fixed length and an @End marker, and different lengths); give them "
                        + "different magics", p, 4)
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void tagBitsOutOfRange() {
        String offending = "           tagBits = 8)";
        JavaFileObject p = source("P",
                "@Protocol(tag = Width.UINT8,",                   // 3
                offending,                                        // 4
                "sealed interface P permits P.A {",               // 5
                "    @Tag(1) record A(int x) implements P {}",    // 6
                "}");                                             // 7
        compiling(p)
                .error("@Protocol(tagBits = 8) on P: a bit-field tag takes 1 to 7 bits of its UINT8 tag; use a "
                        + "width in that range, or 0 for a whole-byte tag", p, 4, columnOf(offending, "8"))
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void tagBitsOutOfRangeIsOneError() {
        String offending = "           tagBits = 8)";
        JavaFileObject p = source("P",
                "@Protocol(tag = Width.UINT8,",                   // 3
                offending,                                        // 4
                "sealed interface P permits P.A {",               // 5
                "    @Tag(1) record A(@Bits(4) int flags, int x) implements P {}", // 6
                "}");                                             // 7
        compiling(p)
                .error("@Protocol(tagBits = 8) on P: a bit-field tag takes 1 to 7 bits of its UINT8 tag",
                        p, 4, columnOf(offending, "8"))
                .verify();
    }

    @Test
    void tagBitsNeedGroup() {
        JavaFileObject p = source("P",
                "@Protocol(tag = Width.UINT8, tagBits = 4)",      // 3
                "sealed interface P permits P.A, P.B {",          // 4
                "    @Tag(1) record A(int x) implements P {}",    // 5
                "    @Tag(2) record B(@Bits(4) int flags, int x) implements P {}", // 6
                "}");                                             // 7
        compiling(p)
                .error("Record A of @Protocol P must start with @Bits components filling the 4 bits below the "
                        + "4-bit tag in its first 1 byte(s); add them, e.g. @Bits(4) int flags", p, 5)
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void brokenRecordOfAProtocolIsReportedOnceOnItself() {
        String offending = "    @Tag(2) record B(@Fixed(0) byte[] data) implements P {}";
        JavaFileObject p = source("P",
                "@Protocol",                                      // 3
                "sealed interface P permits P.A, P.B {",          // 4
                "    @Tag(1) record A(int x) implements P {}",    // 5
                offending,                                        // 6
                "}");                                             // 7
        compiling(p)
                .error("@Fixed(0) on 'data': a fixed size must be at least 1 byte", p, 6, columnOf(offending, "0)"))
                .notGenerating("test.P_BCodec")
                .notGenerating("test.PCodec")
                .verify();
    }

    /** With its own @Message, the record is validated before the protocol, which finds it already broken. */
    @Test
    void brokenMessageRecordOfAProtocolIsReportedOnceOnItself() {
        String offending = "    @Tag(2) @Message record B(@Fixed(0) byte[] data) implements P {}";
        JavaFileObject p = source("P",
                "@Protocol",                                      // 3
                "sealed interface P permits P.A, P.B {",          // 4
                "    @Tag(1) record A(int x) implements P {}",    // 5
                offending,                                        // 6
                "}");                                             // 7
        compiling(p)
                .error("@Fixed(0) on 'data': a fixed size must be at least 1 byte", p, 6, columnOf(offending, "0)"))
                .notGenerating("test.P_BCodec")
                .notGenerating("test.PCodec")
                .verify();
    }
}
