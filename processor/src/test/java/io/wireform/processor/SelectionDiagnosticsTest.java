package io.wireform.processor;

import static io.wireform.processor.DiagnosticsSupport.columnOf;
import static io.wireform.processor.DiagnosticsSupport.compiling;
import static io.wireform.processor.DiagnosticsSupport.source;

import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per diagnostic of protocol lengths, {@code @Fallback} records, selected components,
 * {@code @Tag} ranges and bit-field tags' groups; conventions of {@link DiagnosticsTest} (records
 * nested in their interface, the line in a comment).
 */
class SelectionDiagnosticsTest {

    @Test
    void tagBitsGroupShortOfTheTagsBytes() {
        JavaFileObject p = source("P",
                "@Protocol(tag = Width.UINT16, tagBits = 4)",                         // 3
                "sealed interface P permits P.A {",                                  // 4
                "    @Tag(1) record A(@Bits(4) int flags, byte x) implements P {}",  // 5
                "}");                                                                 // 6
        compiling(p)
                .error("The 4 tag bits of @Protocol P and the bit fields [flags] of A make 8 bits, short of the tag's "
                        + "2 byte(s); add 8 more bit(s), e.g. a reserved @Bits(8) component", p, 5)
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void tagBitsGroupPastALittleEndianTag() {
        JavaFileObject p = source("P",
                "@Protocol(tag = Width.UINT8, tagBits = 4, endian = Endian.LITTLE)",  // 3
                "sealed interface P permits P.A {",                                  // 4
                "    @Tag(1) record A(@Bits(12) int rest) implements P {}",          // 5
                "}");                                                                 // 6
        compiling(p)
                .error("The bit fields [rest] of A continue past the 1 byte(s) of @Protocol P's tag; in its "
                        + "little-endian byte order the tag's bits would not be the group's top bits, so end the group "
                        + "with the tag's byte(s), or make the protocol big-endian", p, 5)
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void tagBitsWithAMagic() {
        String line = "    @Tag(1) @Magic(\"AA\") record A(@Bits(4) int flags) implements P {}";
        JavaFileObject p = source("P",
                "@Protocol(tag = Width.UINT8, tagBits = 4)",  // 3
                "sealed interface P permits P.A {",          // 4
                line,                                         // 5
                "}");                                         // 6
        compiling(p)
                .error("Record A of @Protocol P, whose tag is a bit field of its first byte(s), has a @Magic, which "
                        + "would come before the tag; remove @Magic", p, 5, columnOf(line, "@Magic"))
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void fallbackTwice() {
        String line = "    @Fallback record V(@UInt8 int tag) implements P {}";
        JavaFileObject p = source("P",
                "@Protocol",                                          // 3
                "sealed interface P permits P.A, P.U, P.V {",         // 4
                "    @Tag(1) record A(byte x) implements P {}",       // 5
                "    @Fallback record U(@UInt8 int tag) implements P {}", // 6
                line,                                                  // 7
                "}");                                                  // 8
        compiling(p)
                .error("V is a second @Fallback record of @Protocol P (U is the first); keep one", p, 7,
                        columnOf(line, "@Fallback"))
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void fallbackWithATag() {
        String line = "    @Tag(2) @Fallback record U(@UInt8 int tag) implements P {}";
        JavaFileObject p = source("P",
                "@Protocol",                                     // 3
                "sealed interface P permits P.A, P.U {",         // 4
                "    @Tag(1) record A(byte x) implements P {}",  // 5
                line,                                             // 6
                "}");                                             // 7
        compiling(p)
                .error("U is the @Fallback of @Protocol P, which decodes every tag no other record has, so it has no "
                        + "@Tag of its own; remove @Tag", p, 6, columnOf(line, "@Tag"))
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void fallbackInAnUntaggedProtocol() {
        String line = "    @Fallback @Magic(\"BB\") record U(byte x) implements P {}";
        JavaFileObject p = source("P",
                "@Protocol(untagged = true)",                          // 3
                "sealed interface P permits P.A, P.U {",               // 4
                "    @Magic(\"AA\") record A(byte x) implements P {}", // 5
                line,                                                   // 6
                "}");                                                   // 7
        compiling(p)
                .error("@Fallback on U: untagged @Protocol P tells its records apart by @Magic, so nothing could fall "
                        + "back; remove @Fallback, or make the protocol tagged", p, 6, columnOf(line, "@Fallback"))
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void fallbackWithoutItsTagComponent() {
        String line = "    @Fallback record U(short tag, @Remaining byte[] body) implements P {}";
        JavaFileObject p = source("P",
                "@Protocol(length = @Length(Width.UINT8))",      // 3
                "sealed interface P permits P.A, P.U {",         // 4
                "    @Tag(1) record A(byte x) implements P {}",  // 5
                line,                                             // 6
                "}");                                             // 7
        compiling(p)
                .error("U is the @Fallback of @Protocol P, so its first component holds the tag the record keeps and "
                        + "writes back: an unsigned integer of the tag's width (UINT8); add it, e.g. @UInt8 int tag",
                        p, 6, columnOf(line, "@Fallback"))
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void fallbackOfABitFieldTagWithoutItsTagBits() {
        String line = "    @Fallback record U(@Bits(8) int all) implements P {}";
        JavaFileObject p = source("P",
                "@Protocol(tag = Width.UINT8, tagBits = 4)",                 // 3
                "sealed interface P permits P.A, P.U {",                     // 4
                "    @Tag(1) record A(@Bits(4) int flags) implements P {}",  // 5
                line,                                                         // 6
                "}");                                                         // 7
        compiling(p)
                .error("U is the @Fallback of @Protocol P, so its first component holds the tag the record keeps and "
                        + "writes back: @Bits(4) first, in a group of 1 byte(s); add it, e.g. @Bits(4) int type",
                        p, 6, columnOf(line, "@Fallback"))
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void fallbackWithNoTagLeft() {
        String line = "    @Fallback record U(@Bits(2) int tag, @Bits(6) int rest) implements P {}";
        JavaFileObject p = source("P",
                "@Protocol(tag = Width.UINT8, tagBits = 2)",                    // 3
                "sealed interface P permits P.A, P.B, P.C, P.D, P.U {",         // 4
                "    @Tag(0) record A(@Bits(6) int x) implements P {}",         // 5
                "    @Tag(1) record B(@Bits(6) int x) implements P {}",         // 6
                "    @Tag(2) record C(@Bits(6) int x) implements P {}",         // 7
                "    @Tag(3) record D(@Bits(6) int x) implements P {}",         // 8
                line,                                                            // 9
                "}");                                                            // 10
        compiling(p)
                .error("U is the @Fallback of @Protocol P, but its other records take all 4 values of its 2 tag bit(s), "
                        + "so no tag is left to fall back on; remove @Fallback from U, or make the tag wider",
                        p, 9, columnOf(line, "@Fallback"))
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void fallbackWithATagLeftIsValid() {
        JavaFileObject p = source("P",
                "@Protocol(tag = Width.UINT8, tagBits = 2)",
                "sealed interface P permits P.A, P.B, P.C, P.U {",
                "    @Tag(0) record A(@Bits(6) int x) implements P {}",
                "    @Tag(1) record B(@Bits(6) int x) implements P {}",
                "    @Tag(2) record C(@Bits(6) int x) implements P {}",
                "    @Fallback record U(@Bits(2) int tag, @Bits(6) int rest) implements P {}",
                "}");
        DiagnosticsSupport.assertCompilesCleanly(List.of("test.PCodec", "test.P_ACodec", "test.P_BCodec",
                "test.P_CCodec", "test.P_UCodec"), p);
    }

    @Test
    void tagRangeInAProtocolThatWritesItsTag() {
        String line = "    @Tag(value = 1, to = 3) record A(byte x) implements P {}";
        JavaFileObject p = source("P",
                "@Protocol",                        // 3
                "sealed interface P permits P.A {", // 4
                line,                                // 5
                "}");                                // 6
        compiling(p)
                .error("@Tag(value = 1, to = 3) on A names a range, but @Protocol P writes its own tag, which must be "
                        + "one value; give one value, or make the protocol selected (@Protocol(selected = true))", p, 5,
                        columnOf(line, "3)"))
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void tagRangeBackwards() {
        String line = "    @Tag(value = 5, to = 3) record A(byte x) implements S {}";
        JavaFileObject s = source("S",
                "@Protocol(selected = true)",       // 3
                "sealed interface S permits S.A {", // 4
                line,                                // 5
                "}");                                // 6
        compiling(s)
                .error("@Tag(value = 5, to = 3) on A ends before it starts; give to >= value", s, 5, columnOf(line, "3)"))
                .notGenerating("test.SCodec")
                .verify();
    }

    @Test
    void tagRangesOverlap() {
        String line = "    @Tag(5) record B(byte x) implements S {}";
        JavaFileObject s = source("S",
                "@Protocol(selected = true)",                                   // 3
                "sealed interface S permits S.A, S.B {",                        // 4
                "    @Tag(value = 0, to = 10) record A(byte x) implements S {}", // 5
                line,                                                            // 6
                "}");                                                            // 7
        compiling(s)
                .error("@Tag of B (5) overlaps that of A (0 to 10) in @Protocol S; give each record its own values", s,
                        6, columnOf(line, "@Tag"))
                .notGenerating("test.SCodec")
                .verify();
    }

    @Test
    void protocolWithTwoLengths() {
        String line = "@Protocol(length = {@Length(Width.UINT8), @Length(Width.UINT16)})";
        JavaFileObject p = source("P",
                line,                                           // 3
                "sealed interface P permits P.A {",             // 4
                "    @Tag(1) record A(byte x) implements P {}", // 5
                "}");                                           // 6
        compiling(p)
                .error("@Protocol(length = ...) on P: a frame has one length; give one @Length", p, 3,
                        columnOf(line, "{"))
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void protocolLengthThroughAComponent() {
        String line = "@Protocol(length = @Length(value = Width.UINT8, through = \"x\"))";
        JavaFileObject p = source("P",
                line,                                           // 3
                "sealed interface P permits P.A {",             // 4
                "    @Tag(1) record A(byte x) implements P {}", // 5
                "}");                                           // 6
        compiling(p)
                .error("@Protocol(length = ...) on P: it counts the rest of every record, so through must stay empty",
                        p, 3, columnOf(line, "@Length"))
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void protocolLengthAndAnEndMarker() {
        String line = "    @Tag(1) @End(\"0D\") record A(byte x) implements P {}";
        JavaFileObject p = source("P",
                "@Protocol(length = @Length(Width.UINT8))", // 3
                "sealed interface P permits P.A {",         // 4
                line,                                        // 5
                "}");                                        // 6
        compiling(p)
                .error("A of @Protocol P, whose length counts everything after the tag, has @End, which that length "
                        + "would not count; remove it", p, 5, columnOf(line, "@End"))
                .notGenerating("test.PCodec")
                .verify();
    }

    @Test
    void selectedProtocolWithATagWidth() {
        String line = "@Protocol(selected = true, tag = Width.UINT16)";
        JavaFileObject s = source("S",
                line,                                           // 3
                "sealed interface S permits S.A {",             // 4
                "    @Tag(1) record A(byte x) implements S {}", // 5
                "}");                                           // 6
        compiling(s)
                .error("@Protocol(selected = true) on S: its records are chosen by a component of the message that "
                        + "holds it, so it has no tag of its own; remove it", s, 3, columnOf(line, ".UINT16"))
                .notGenerating("test.SCodec")
                .verify();
    }

    private static JavaFileObject selectedS() {
        return source("S",
                "@Protocol(selected = true)",                   // 3
                "sealed interface S permits S.A {",             // 4
                "    @Tag(1) record A(byte x) implements S {}", // 5
                "}");                                           // 6
    }

    @Test
    void selectedComponentWithoutSelector() {
        JavaFileObject s = selectedS();
        JavaFileObject m = source("M",
                "@Message",                              // 3
                "record M(byte kind, S body) {}");       // 4
        compiling(s, m)
                .error("Component 'body' is of @Protocol(selected = true) S, whose record a component chooses; name it "
                        + "with @SelectedBy(\"...\"), e.g. the component holding its type", m, 4)
                .notGenerating("test.MCodec")
                .verify();
    }

    @Test
    void selectedByOnAByte() {
        String line = "record M(byte kind, @SelectedBy(\"kind\") byte body) {}";
        JavaFileObject m = source("M", "@Message", line);
        compiling(m)
                .error("@SelectedBy on 'body' needs a @Protocol(selected = true) interface, but byte is not a protocol; "
                        + "remove @SelectedBy", m, 4, columnOf(line, "@SelectedBy"))
                .notGenerating("test.MCodec")
                .verify();
    }

    @Test
    void selectedByOnATaggedProtocol() {
        JavaFileObject p = source("P",
                "@Protocol",                                    // 3
                "sealed interface P permits P.A {",             // 4
                "    @Tag(1) record A(byte x) implements P {}", // 5
                "}");                                           // 6
        String line = "record M(byte kind, @SelectedBy(\"kind\") P body) {}";
        JavaFileObject m = source("M", "@Message", line);
        compiling(p, m)
                .error("@SelectedBy on 'body' needs a @Protocol(selected = true) interface, but P is a @Protocol with a "
                        + "tag of its own; remove @SelectedBy, or declare P @Protocol(selected = true)", m, 4,
                        columnOf(line, "@SelectedBy"))
                .notGenerating("test.MCodec")
                .verify();
    }

    @Test
    void selectorOfTheWrongType() {
        JavaFileObject s = selectedS();
        String line = "record M(float kind, @SelectedBy(\"kind\") S body) {}";
        JavaFileObject m = source("M", "@Message", line);
        compiling(s, m)
                .error("@SelectedBy(\"kind\") on 'body' refers to 'kind' of type float; it must be an integer, a boolean "
                        + "or a @WireEnum component", m, 4, columnOf(line, "\"kind\")"))
                .notGenerating("test.MCodec")
                .verify();
    }

    /** A selected protocol chosen by an enum, with a record tagged {@code cmd} and, when asked, a fallback record. */
    private static JavaFileObject entries(String cmdTag, boolean fallbackRecord) {
        return source("Entry",
                "@Protocol(selected = true)",                                                       // 3
                "public sealed interface Entry permits Entry.Cmd, Entry.Quit" + (fallbackRecord ? ", Entry.Other {" : " {"),
                "    @Tag(" + cmdTag + ") record Cmd(byte x) implements Entry {}",                  // 5
                "    @Tag(150) record Quit() implements Entry {}",                                  // 6
                fallbackRecord ? "    @Fallback record Other(@Remaining byte[] body) implements Entry {}" : "",
                "}");
    }

    private static JavaFileObject kind(int fallbackCode) {
        return source("Kind",
                "@WireEnum",
                "public enum Kind { @Code(67) CMD, @Code(150) IDLE, @Code(" + fallbackCode + ") @Fallback UNKNOWN }");
    }

    private static final String SELECTING_LINE = "record M(Kind kind, @SelectedBy(\"kind\") Entry entry) {}";

    @Test
    void enumFallbackCodeChosenByARecordBesideAFallbackRecord() {
        JavaFileObject m = source("M", "@Message", SELECTING_LINE);
        compiling(entries("173", true), kind(173), m)
                .error("@SelectedBy(\"kind\") on 'entry': Kind's @Fallback constant UNKNOWN (@Code(173)) stands for "
                        + "every unknown code, which chooses Entry's @Fallback record Other, but its own code 173 "
                        + "chooses Entry.Cmd, so a value decoded from an unknown code could not be encoded again; give "
                        + "UNKNOWN a @Code no record of Entry is tagged with, e.g. @Code(0)", m, 4,
                        columnOf(SELECTING_LINE, "\"kind\")"))
                .notGenerating("test.MCodec")
                .verify();
    }

    @Test
    void enumFallbackCodeChosenByARecordThroughAPath() {
        // the same rule through a path into an earlier record
        JavaFileObject h = source("H", "@Message", "public record H(Kind kind) {}");
        String line = "record M(H h, @SelectedBy(\"h.kind\") Entry entry) {}";
        JavaFileObject m = source("M", "@Message", line);
        compiling(entries("173", true), kind(173), h, m)
                .error("@SelectedBy(\"h.kind\") on 'entry': Kind's @Fallback constant UNKNOWN (@Code(173)) stands for "
                        + "every unknown code, which chooses Entry's @Fallback record Other, but its own code 173 "
                        + "chooses Entry.Cmd", m, 4, columnOf(line, "\"h.kind\")"))
                .notGenerating("test.MCodec")
                .verify();
    }

    @Test
    void enumFallbackCodeInsideATagRangeBesideAFallbackRecord() {
        JavaFileObject m = source("M", "@Message", SELECTING_LINE);
        compiling(entries("value = 0, to = 149", true), kind(10), m)
                .error("@SelectedBy(\"kind\") on 'entry': Kind's @Fallback constant UNKNOWN (@Code(10)) stands for "
                        + "every unknown code, which chooses Entry's @Fallback record Other, but its own code 10 "
                        + "chooses Entry.Cmd, so a value decoded from an unknown code could not be encoded again; give "
                        + "UNKNOWN a @Code no record of Entry is tagged with, e.g. @Code(151)", m, 4,
                        columnOf(SELECTING_LINE, "\"kind\")"))
                .notGenerating("test.MCodec")
                .verify();
    }

    /** A selected protocol {@code Body} whose two records are tagged with ranges, chosen by {@code kind}. */
    private static JavaFileObject halves(String low, String high) {
        return source("Body",
                "@Protocol(selected = true)",
                "public sealed interface Body permits Body.Low, Body.High {",
                "    @Tag(" + low + ") record Low() implements Body {}",
                "    @Tag(" + high + ") record High() implements Body {}",
                "}");
    }

    private static final String BODY_LINE = "record M(Kind kind, @SelectedBy(\"kind\") Body body) {}";

    @Test
    void unknownCodeTaggedBesideTheEnumFallbackCodesRecord() {
        // a range holds codes no constant has: those decode to OTHER, whose own code chooses the other record
        JavaFileObject kind = source("Kind", "@WireEnum", "public enum Kind { @Code(1) A, @Code(255) @Fallback OTHER }");
        JavaFileObject m = source("M", "@Message", BODY_LINE);
        compiling(halves("value = 0, to = 127", "value = 128, to = 255"), kind, m)
                .error("@SelectedBy(\"kind\") on 'body': Kind's @Fallback constant OTHER (@Code(255)) stands for every "
                        + "unknown code, but unknown code 0 chooses Body.Low while its own code 255 chooses Body.High, "
                        + "so a value decoded from an unknown code could not be encoded again; tag the records of Body "
                        + "with codes of Kind's constants only", m, 4, columnOf(BODY_LINE, "\"kind\")"))
                .notGenerating("test.MCodec")
                .verify();
    }

    @Test
    void unknownCodeTaggedWhileTheEnumFallbackCodeChoosesNothing() {
        JavaFileObject kind = source("Kind", "@WireEnum", "public enum Kind { @Code(1) A, @Code(255) @Fallback OTHER }");
        JavaFileObject m = source("M", "@Message", BODY_LINE);
        compiling(halves("1", "value = 2, to = 9"), kind, m)
                .error("@SelectedBy(\"kind\") on 'body': Kind's @Fallback constant OTHER (@Code(255)) stands for every "
                        + "unknown code, but unknown code 2 chooses Body.High while its own code 255 chooses no record of "
                        + "Body, so a value decoded from an unknown code could not be encoded again; tag the records of "
                        + "Body with codes of Kind's constants only", m, 4, columnOf(BODY_LINE, "\"kind\")"))
                .notGenerating("test.MCodec")
                .verify();
    }

    @Test
    void unknownCodesTaggedWithTheEnumFallbackCodeIsValid() {
        // codes 2 to 254 decode to OTHER and choose High, as OTHER's own code 255 does
        JavaFileObject kind = source("Kind", "@WireEnum",
                "public enum Kind { @Code(0) ZERO, @Code(1) ONE, @Code(255) @Fallback OTHER }");
        JavaFileObject m = source("M", "@Message", "public record M(Kind kind, @SelectedBy(\"kind\") Body body) {}");
        DiagnosticsSupport.assertCompilesCleanly(List.of("test.MCodec", "test.BodyCodec", "test.Body_LowCodec",
                "test.Body_HighCodec", "test.KindCodes"), halves("1", "value = 2, to = 255"), kind, m);
    }

    @Test
    void enumFallbackCodeChosenByARecordWithoutAFallbackRecordIsValid() {
        // an unknown code then chooses no record, which decode refuses: nothing decodes that could not encode
        JavaFileObject m = source("M", "@Message", "public " + SELECTING_LINE);
        DiagnosticsSupport.assertCompilesCleanly(List.of("test.MCodec", "test.EntryCodec", "test.Entry_CmdCodec",
                "test.Entry_QuitCodec", "test.KindCodes"), entries("173", false), kind(173), m);
    }

    @Test
    void enumFallbackCodeNoRecordHasBesideAFallbackRecordIsValid() {
        // the constant's own code chooses the fallback record too, as every unknown code does
        JavaFileObject m = source("M", "@Message", "public " + SELECTING_LINE);
        DiagnosticsSupport.assertCompilesCleanly(List.of("test.MCodec", "test.EntryCodec", "test.Entry_CmdCodec",
                "test.Entry_QuitCodec", "test.Entry_OtherCodec", "test.KindCodes"), entries("67", true), kind(173), m);
    }

    /** A wire enum whose {@code @Fallback} constant has no code. */
    private static JavaFileObject uncodedKind() {
        return source("Kind", "@WireEnum", "public enum Kind { @Code(67) CMD, @Code(150) IDLE, @Fallback UNKNOWN }");
    }

    @Test
    void enumFallbackWithoutACodeThroughAPath() {
        // the record decodes UNKNOWN for every unknown code: which of them chose Cmd or Other is gone
        JavaFileObject h = source("H", "@Message", "public record H(Kind kind) {}");
        String line = "record M(H h, @SelectedBy(\"h.kind\") Entry entry) {}";
        JavaFileObject m = source("M", "@Message", line);
        compiling(entries("value = 160, to = 170", true), uncodedKind(), h, m)
                .error("@SelectedBy(\"h.kind\") on 'entry': Kind's @Fallback constant UNKNOWN has no @Code, and "
                        + "through a path the selector is the constant its record decoded, so which record of Entry an "
                        + "unknown code chooses cannot be told; give UNKNOWN a @Code, or choose by a component of this "
                        + "record", m, 4, columnOf(line, "\"h.kind\")"))
                .notGenerating("test.MCodec")
                .verify();
    }

    @Test
    void enumFallbackWithoutACodeChosenDirectlyIsValid() {
        // the selector's own code is read where it is: an unknown code chooses by its value
        JavaFileObject m = source("M", "@Message", "public " + SELECTING_LINE);
        DiagnosticsSupport.assertCompilesCleanly(List.of("test.MCodec", "test.EntryCodec", "test.Entry_CmdCodec",
                "test.Entry_QuitCodec", "test.Entry_OtherCodec", "test.KindCodes"), entries("value = 160, to = 170", true),
                uncodedKind(), m);
    }

    @Test
    void selectedRecordsInAList() {
        JavaFileObject s = selectedS();
        JavaFileObject m = source("M",
                "@Message",                                           // 3
                "record M(@Count(2) java.util.List<S> bodies) {}");   // 4
        compiling(s, m)
                .error("List 'bodies' holds @Protocol(selected = true) S, but one component cannot choose the record of "
                        + "every element; wrap the choice in a @Message record with its own selector, and list those",
                        m, 4)
                .notGenerating("test.MCodec")
                .verify();
    }

    @Test
    void constOutOfAVarintsRange() {
        String line = "record Foo(@Const(-1) @Varint int version) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(foo)
                .error("@Const(-1) on 'version' is not a value it can hold on the wire (varint leb128 int: 0 to "
                        + "2147483647); give a value in that range", foo, 4, columnOf(line, "-1"))
                .notGenerating("test.FooCodec")
                .verify();
    }
}
