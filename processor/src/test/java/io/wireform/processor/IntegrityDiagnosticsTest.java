package io.wireform.processor;

import static io.wireform.processor.DiagnosticsSupport.columnOf;
import static io.wireform.processor.DiagnosticsSupport.compiling;
import static io.wireform.processor.DiagnosticsSupport.source;

import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Schemas that used to compile without a word and fail at run time (an empty message whose reader
 * never returns, a tag or a condition bit that means nothing), and mistakes that used to be reported
 * once per record or constant though they are one: one test per diagnostic, conventions of
 * {@link DiagnosticsTest}.
 */
class IntegrityDiagnosticsTest {

    @Test
    void emptyMessage() {
        JavaFileObject e = source("Empty",
                "@Message",                                       // 3
                "record Empty() {}");                             // 4
        compiling(e)
                .error("@Message record Empty has nothing on the wire: a frame of 0 bytes, so a stream of them "
                        + "would never end; add a component or a @Magic(\"..\")", e, 3, 1)
                .notGenerating("test.EmptyCodec")
                .verify();
    }

    @Test
    void emptyMessageOfAProtocol() {
        JavaFileObject p = source("P",
                "@Protocol",                                      // 3
                "sealed interface P permits P.Ping {",            // 4
                "    @Tag(1) @Message record Ping() implements P {}", // 5
                "}");
        compiling(p)
                .error("@Message record Ping has nothing on the wire: a frame of 0 bytes, so a stream of them would "
                        + "never end; add a component or a @Magic(\"..\"), or remove @Message: as a record of "
                        + "@Protocol P, its tag is its frame", p, 5, columnOf("    @Tag(1) @Message record Ping() implements P {}", "@Message"))
                .verify();
    }

    @Test
    void emptyRecordOfAProtocolWithoutMessageIsFine() {
        JavaFileObject p = source("P",
                "@Protocol",
                "sealed interface P permits P.Ping, P.Data {",
                "    @Tag(1) record Ping() implements P {}",
                "    @Tag(2) record Data(int x) implements P {}",
                "}");
        DiagnosticsSupport.assertCompilesCleanly(List.of("test.PCodec", "test.P_PingCodec", "test.P_DataCodec"), p);
    }

    @Test
    void tagOutsideProtocol() {
        JavaFileObject s = source("Stray",
                "@Tag(3) @Message",                               // 3
                "record Stray(byte x) {}");                       // 4
        compiling(s)
                .error("@Tag on Stray has no effect: Stray is not permitted by a @Protocol interface; declare it in "
                        + "`sealed interface ... permits Stray` of a @Protocol, or remove @Tag", s, 3, 1)
                .verify();
    }

    @Test
    void fallbackOnARecordOutsideAProtocol() {
        JavaFileObject s = source("Stray",
                "@Fallback @Message",                             // 3
                "record Stray(byte x) {}");                       // 4
        compiling(s)
                .error("@Fallback on Stray has no effect: Stray is not permitted by a @Protocol interface; declare it "
                        + "in `sealed interface ... permits Stray` of a @Protocol, or remove @Fallback", s, 3, 1)
                .verify();
    }

    @Test
    void tagInUntaggedProtocol() {
        String line = "    @Magic(\"02\") @Tag(2) record B(byte x) implements U {}";
        JavaFileObject u = source("U",
                "@Protocol(untagged = true)",                     // 3
                "sealed interface U permits U.A, U.B {",          // 4
                "    @Magic(\"01\") record A(byte x) implements U {}", // 5
                line,                                             // 6
                "}");
        compiling(u)
                .error("@Tag on B has no effect: @Protocol U is untagged and tells its records apart by @Magic; "
                        + "remove @Tag, or make the protocol tagged", u, 6, columnOf(line, "@Tag"))
                .notGenerating("test.UCodec")
                .verify();
    }

    @Test
    void whenBitPastTheField() {
        String line = "    @When(value = \"flags\", bit = 9) java.util.Optional<Byte> b) {}";
        JavaFileObject w = source("W",
                "@Message",                                       // 3
                "record W(@UInt8 short flags,",                   // 4
                line);                                            // 5
        compiling(w)
                .error("@When(bit = 9) on 'b': 'flags' has 8 bits on the wire (bits 0 to 7), so the field would never "
                        + "be there; use a bit from 0 to 7", w, 5, columnOf(line, "9"))
                .notGenerating("test.WCodec")
                .verify();
    }

    @Test
    void whenBitOfABitField() {
        String line = "    @When(value = \"flags\", bit = 3) java.util.Optional<Byte> b) {}";
        JavaFileObject w = source("W",
                "@Message",                                       // 3
                "record W(@Bits(3) int flags, @Bits(5) int rest,", // 4
                line);                                            // 5
        compiling(w)
                .error("@When(bit = 3) on 'b': 'flags' has 3 bits on the wire (bits 0 to 2)", w, 5, columnOf(line, "3"))
                .verify();
    }

    @Test
    void enumWithoutAnyCodeIsOneError() {
        JavaFileObject c = source("Color",
                "@WireEnum",                                      // 3
                "enum Color { RED, GREEN, BLUE }");               // 4
        compiling(c)
                .error("No constant of @WireEnum Color has a @Code; give each its wire code, e.g. @Code(0) RED, "
                        + "@Code(1) GREEN, @Code(2) BLUE", c, 3, 1)
                .verify();
    }

    @Test
    void constantsWithoutACodeGetDistinctSuggestions() {
        JavaFileObject c = source("Color",
                "@WireEnum",                                      // 3
                "enum Color {",                                   // 4
                "    @Code(5) RED,",                              // 5
                "    GREEN,",                                     // 6
                "    BLUE }");                                    // 7
        compiling(c)
                .error("Constant Color.GREEN has no @Code; give it one, e.g. @Code(6), or mark it @Fallback", c, 6)
                .error("Constant Color.BLUE has no @Code; give it one, e.g. @Code(7), or mark it @Fallback", c, 7)
                .verify();
    }

    @Test
    void untaggedProtocolWithoutAnyMagicIsOneError() {
        JavaFileObject v = source("V",
                "@Protocol(untagged = true)",                     // 3
                "sealed interface V permits V.A, V.B {",          // 4
                "    @End(\"01\") record A(byte x) implements V {}",
                "    @End(\"02\") record B(short x) implements V {}",
                "}");
        compiling(v)
                .error("None of the records of untagged @Protocol V has a @Magic, so nothing tells them apart; give "
                        + "each record its own @Magic(\"..\"), or make the protocol tagged", v, 3, 1)
                .notGenerating("test.VCodec")
                .verify();
    }

    @Test
    void taggedProtocolWithoutAnyTagIsOneError() {
        JavaFileObject p = source("P",
                "@Protocol",                                      // 3
                "sealed interface P permits P.A, P.B {",          // 4
                "    record A(byte x) implements P {}",
                "    record B(short x) implements P {}",
                "}");
        compiling(p)
                .error("None of the records of @Protocol P has a @Tag; give each its command word or type byte, e.g. "
                        + "@Tag(1) on A, or make the protocol untagged with a @Magic on each record", p, 3, 1)
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void magicThatStartsAnother() {
        JavaFileObject p = source("P",
                "@Protocol(untagged = true)",                     // 3
                "sealed interface P permits P.A, P.B {",          // 4
                "    @Magic(\"FD\") @End(\"01\") record A(byte x) implements P {}",
                "    @Magic(\"FD AA\") record B(short x) implements P {}",
                "}");
        compiling(p)
                .error("The magic FD of A is the start of the magic FD AA of B in untagged @Protocol P, so a frame of B "
                        + "would be read as A; give them magics of which neither starts the other", p, 4)
                .notGenerating("test.PCodec")
                .verify();
    }
}
