package io.wireform.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.wireform.processor.DiagnosticsSupport.columnOf;
import static io.wireform.processor.DiagnosticsSupport.compile;
import static io.wireform.processor.DiagnosticsSupport.compiling;
import static io.wireform.processor.DiagnosticsSupport.generatedTypes;
import static io.wireform.processor.DiagnosticsSupport.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per {@link io.wireform.processor.diag.Diag} (except {@code PROCESSOR_BUG}, which valid
 * input cannot reach): each compiles a source with one mistake and checks that the compilation fails
 * with exactly the expected errors, that each message names the fix, and that it points at the
 * offending line (and, for an annotation or annotation value, column).
 *
 * <p>Line 1 of every source is the package and line 2 the import; the comment beside each source
 * line gives its number. The offending annotation or element sits on a line of its own.
 *
 * <p>An error on a record component sits on the record's backing field, which javac places where the
 * component is; columns are asserted where JDK 17 and JDK 25 agree (they agree on every test here).
 *
 * <p>This class covers the fixed-layout vocabulary; {@link VariableLayoutDiagnosticsTest} covers
 * extents, references, optionals, lists, bit fields and derived lengths, {@link ProtocolDiagnosticsTest}
 * covers {@code @Protocol} and {@code @Tag}, and {@link ValidSchemasTest} checks that valid schemas
 * compile.
 *
 * <p>Tests marked {@code @Disabled("BUG: ...")} state the correct behaviour, which the processor does
 * not have yet, and quote what it reports instead; where a message is partly wrong, the enabled test
 * asserts the parts that are right.
 */
class DiagnosticsTest {

    // ================================================================ errors on the type

    @Test
    void notARecord() {
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "class Foo {}");                                  // 4
        compiling(foo)
                .error("@Message applies to records only, but Foo is a class; declare it as `record Foo(...)`",
                        foo, 3, 1)
                .verify();
    }

    @Test
    void notARecordUsesTheRightArticle() {
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "enum Foo { A }");                                // 4
        compiling(foo)
                .error("@Message applies to records only, but Foo is an enum; declare it as `record Foo(...)`",
                        foo, 3, 1)
                .verify();
    }

    @Test
    void genericRecord() {
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo<T>(int x) {}");                       // 4
        compiling(foo)
                .error("@Message record Foo has type parameters; a wire layout needs concrete types, so remove <T>",
                        foo, 3, 1)
                .verify();
    }

    @Test
    void privateType() {
        JavaFileObject outer = source("Outer",
                "class Outer {",                                  // 3
                "    @Message",                                   // 4
                "    private record Foo(int x) {}",               // 5
                "}");                                             // 6
        compiling(outer)
                .error("Foo is private, so its generated codec could not reach it; make it package-private or public",
                        outer, 4, 5)
                .notGenerating("test.Outer_FooCodec")
                .verify();
    }

    @Test
    void privateEnclosingType() {
        JavaFileObject outer = source("Outer",
                "class Outer {",                                  // 3
                "    private static class Holder {",              // 4
                "        @Message",                               // 5
                "        record Foo(int x) {}",                   // 6
                "    }",                                          // 7
                "}");                                             // 8
        compiling(outer)
                .error("Holder is private, so its generated codec could not reach it; "
                        + "make it package-private or public", outer, 5, 9)
                .notGenerating("test.Outer_Holder_FooCodec")
                .verify();
    }

    @Test
    void markerNotHex() {
        String offending = "@Magic(\"FD AZ\")";
        JavaFileObject foo = source("Foo",
                offending,                                        // 3
                "@Message",                                       // 4
                "record Foo(int value) {}");                      // 5
        compiling(foo)
                .error("@Magic(\"FD AZ\") is not hexadecimal bytes: 'AZ' is not a hex byte; "
                        + "write two hex digits per byte, e.g. \"FD AA\"", foo, 3, columnOf(offending, "\""))
                .verify();
    }

    @Test
    void markerWithOddDigits() {
        String offending = "@End(\"CCD\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                offending,                                        // 4
                "record Foo(int value) {}");                      // 5
        compiling(foo)
                .error("@End(\"CCD\") is not hexadecimal bytes: odd number of hex digits (3); "
                        + "write two hex digits per byte", foo, 4, columnOf(offending, "\""))
                .verify();
    }

    @Test
    void markerEmpty() {
        String offending = "@End(\"\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                offending,                                        // 4
                "record Foo(int value) {}");                      // 5
        // see markerEmptyOnARecordDoesNotQuoteItsName for how the record is named
        compiling(foo)
                .error(List.of("@End(\"\") on ", "Foo", " has no bytes; give at least one byte, e.g. \"FD AA\", or "
                        + "remove it"), foo, 4, columnOf(offending, "\""))
                .verify();
    }

    @Test
    void markerEmptyOnARecordDoesNotQuoteItsName() {
        String offending = "@End(\"\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                offending,                                        // 4
                "record Foo(int value) {}");                      // 5
        compiling(foo)
                .error(List.of("@End(\"\") on ", "Foo has no bytes; give at least one byte, e.g. \"FD AA\", or "
                        + "remove it"), foo, 4, columnOf(offending, "\""))
                .nowhere("'Foo'")
                .verify();
    }

    // ================================================================ errors on a @WireEnum

    @Test
    void notAnEnum() {
        JavaFileObject mode = source("Mode",
                "@WireEnum",                                      // 3
                "class Mode {}");                                 // 4
        compiling(mode)
                .error("@WireEnum applies to enums only, but Mode is a class; declare it as `enum Mode {...}`",
                        mode, 3, 1)
                .verify();
    }

    @Test
    void notAnEnumUsesTheRightArticle() {
        JavaFileObject mode = source("Mode",
                "@WireEnum",                                      // 3
                "interface Mode {}");                             // 4
        compiling(mode)
                .error("@WireEnum applies to enums only, but Mode is an interface; declare it as `enum Mode {...}`",
                        mode, 3, 1)
                .verify();
    }

    @Test
    void enumWidthOutOfRange() {
        String offending = "@WireEnum(bytes = 5)";
        JavaFileObject mode = source("Mode",
                offending,                                        // 3
                "enum Mode {",                                    // 4
                "    @Code(1) IDLE",                              // 5
                "}");                                             // 6
        compiling(mode)
                .error("@WireEnum(bytes = 5) on Mode: an enum code is 1 to 4 bytes wide; use 1, 2, 3 or 4",
                        mode, 3, columnOf(offending, "5"))
                .verify();
    }

    @Test
    void enumConstantWithoutCode() {
        JavaFileObject mode = source("Mode",
                "@WireEnum",                                      // 3
                "enum Mode {",                                    // 4
                "    @Code(1) IDLE,",                             // 5
                "    RUNNING",                                    // 6
                "}");                                             // 7
        compiling(mode)
                .error("Constant Mode.RUNNING has no @Code; give it one, e.g. @Code(2), or mark it @Fallback",
                        mode, 6, 5)
                .verify();
    }

    @Test
    void enumConstantWithoutCodeIsOfferedAFreeCode() {
        JavaFileObject mode = source("Mode",
                "@WireEnum",                                      // 3
                "enum Mode {",                                    // 4
                "    @Code(0) OFF,",                              // 5
                "    IDLE,",                                      // 6
                "    @Code(1) RUNNING",                           // 7
                "}");                                             // 8
        compiling(mode)
                .error("Constant Mode.IDLE has no @Code; give it one, e.g. @Code(2), or mark it @Fallback",
                        mode, 6, 5)
                .verify();
    }

    @Test
    void enumDuplicateCode() {
        String offending = "    @Code(1) RUNNING";
        JavaFileObject mode = source("Mode",
                "@WireEnum",                                      // 3
                "enum Mode {",                                    // 4
                "    @Code(1) IDLE,",                             // 5
                offending,                                        // 6
                "}");                                             // 7
        compiling(mode)
                .error("@Code(1) on Mode.RUNNING is already used by IDLE; give each constant its own code",
                        mode, 6, columnOf(offending, "1"))
                .verify();
    }

    @Test
    void enumCodeTooWide() {
        String offending = "    @Code(256) BIG";
        JavaFileObject mode = source("Mode",
                "@WireEnum",                                      // 3
                "enum Mode {",                                    // 4
                "    @Code(1) IDLE,",                             // 5
                offending,                                        // 6
                "}");                                             // 7
        compiling(mode)
                .error("@Code(256) on Mode.BIG does not fit in 1 unsigned byte(s) (0 to 255); "
                        + "use a smaller code or widen @WireEnum(bytes = ...)", mode, 6, columnOf(offending, "256"))
                .verify();
    }

    @Test
    void enumCodeNegative() {
        String offending = "    @Code(-1) NEGATIVE";
        JavaFileObject mode = source("Mode",
                "@WireEnum(bytes = 2)",                           // 3
                "enum Mode {",                                    // 4
                "    @Code(1) IDLE,",                             // 5
                offending,                                        // 6
                "}");                                             // 7
        compiling(mode)
                .error("@Code(-1) on Mode.NEGATIVE does not fit in 2 unsigned byte(s) (0 to 65535)",
                        mode, 6, columnOf(offending, "-1"))
                .verify();
    }

    @Test
    void enumTwoFallbacks() {
        String offending = "    @Fallback OTHER";
        JavaFileObject mode = source("Mode",
                "@WireEnum",                                      // 3
                "enum Mode {",                                    // 4
                "    @Code(1) IDLE,",                             // 5
                "    @Fallback UNKNOWN,",                         // 6
                offending,                                        // 7
                "}");                                             // 8
        compiling(mode)
                .error("Mode.OTHER is a second @Fallback (UNKNOWN is the first); keep one",
                        mode, 7, columnOf(offending, "@"))
                .verify();
    }

    @Test
    void codeOutsideWireEnum() {
        String offending = "    @Code(1)";
        JavaFileObject mode = source("Mode",
                "enum Mode {",                                    // 3
                offending,                                        // 4
                "    IDLE",                                       // 5
                "}");                                             // 6
        JavaFileObject other = source("Other",                    // so that the processor runs
                "@Message",                                       // 3
                "record Other(int value) {}");                    // 4
        compiling(mode, other)
                .error("@Code on Mode.IDLE has no effect because Mode is not annotated @WireEnum; "
                        + "add @WireEnum to the enum", mode, 4, columnOf(offending, "@"))
                .verify();
    }

    @Test
    void fallbackOutsideWireEnum() {
        String offending = "    @Fallback";
        JavaFileObject mode = source("Mode",
                "enum Mode {",                                    // 3
                offending,                                        // 4
                "    UNKNOWN",                                    // 5
                "}");                                             // 6
        JavaFileObject other = source("Other",
                "@Message",                                       // 3
                "record Other(int value) {}");                    // 4
        compiling(mode, other)
                .error("@Fallback on Mode.UNKNOWN has no effect because Mode is not annotated @WireEnum; "
                        + "add @WireEnum to the enum", mode, 4, columnOf(offending, "@"))
                .verify();
    }

    // ================================================================ errors on a record component

    @Test
    void unsupportedType() {
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    int ok,",                                    // 5
                "    char letter) {}");                           // 6
        compiling(foo)
                .error("Component 'letter' has type char, which Wireform cannot put on the wire; use a primitive, "
                        + "byte[], String, a List or an Optional of those, a @WireEnum enum, a @Message record or a "
                        + "@Protocol interface", foo, 6)
                .verify();
    }

    @Test
    void unsupportedDeclaredType() {
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    int ok,",                                    // 5
                "    java.time.Instant when) {}");                // 6
        // a List is a type Wireform knows; List<String> is LIST_ELEMENT_UNSUPPORTED
        compiling(foo)
                .error("Component 'when' has type java.time.Instant, which Wireform cannot put on the wire; use a "
                        + "primitive, byte[], String, a List or an Optional of those, a @WireEnum enum, a @Message "
                        + "record or a @Protocol interface", foo, 6)
                .verify();
    }

    @Test
    void nestedNotMessage() {
        JavaFileObject foo = source("Foo",
                "record Point(int x, int y) {}",                  // 3
                "@Message",                                       // 4
                "record Foo(",                                    // 5
                "    Point origin) {}");                          // 6
        compiling(foo)
                .error("Component 'origin' is a record of type Point, which is not annotated @Message; "
                        + "annotate Point with @Message so it has a wire layout", foo, 6)
                .verify();
    }

    @Test
    void enumNotWireEnum() {
        JavaFileObject foo = source("Foo",
                "enum Color { RED, GREEN }",                      // 3
                "@Message",                                       // 4
                "record Foo(",                                    // 5
                "    Color color) {}");                           // 6
        compiling(foo)
                .error("Component 'color' is an enum of type Color, which is not annotated @WireEnum; "
                        + "annotate Color with @WireEnum and give each constant a @Code", foo, 6)
                .verify();
    }

    @Test
    void recursiveMessage() {
        JavaFileObject a = source("A",
                "@Message",                                       // 3
                "record A(",                                      // 4
                "    B b) {}",                                    // 5
                "@Message",                                       // 6
                "record B(",                                      // 7
                "    A a) {}");                                   // 8
        // A is validated first, so the cycle closes at B.a; one error, not one per record
        compiling(a)
                .error("Component 'a' makes A contain itself, which has no finite wire size; "
                        + "remove the cycle A -> B -> A", a, 8)
                .notGenerating("test.ACodec")
                .notGenerating("test.BCodec")
                .verify();
    }

    @Test
    void selfRecursiveMessage() {
        JavaFileObject node = source("Node",
                "@Message",                                       // 3
                "record Node(",                                   // 4
                "    int value,",                                 // 5
                "    Node next) {}");                             // 6
        compiling(node)
                .error("Component 'next' makes Node contain itself, which has no finite wire size; "
                        + "remove the cycle Node -> Node", node, 6)
                .verify();
    }

    /** javac reports the missing class itself; Wireform's note must sit on the same component. */
    @Test
    void unresolvedType() {
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    int ok,",                                    // 5
                "    Missing missing) {}");                       // 6
        compiling(foo)
                .error("cannot find symbol", foo, 6)
                .error("Component 'missing' has a type that could not be resolved (Missing); "
                        + "fix the compile error for that type first", foo, 6)
                .verify();
    }

    @Test
    void sizeMissingOnString() {
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    String name) {}");                           // 5
        compiling(foo)
                .error("Component 'name' is a String with no size; say where it ends: @Fixed(n), "
                        + "@Prefixed(Width.UINT16), @SizedBy(\"field\"), @Terminated, @Remaining", foo, 5)
                .verify();
    }

    @Test
    void sizeMissingOnByteArray() {
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    byte[] data) {}");                           // 5
        compiling(foo)
                .error("Component 'data' is a byte[] with no size; say where it ends: @Fixed(n), "
                        + "@Prefixed(Width.UINT16), @SizedBy(\"field\"), @Terminated, @Remaining", foo, 5)
                .verify();
    }

    @Test
    void fixedOnWrongTypeNamesTheTypesItAppliesTo() {
        String offending = "    @Fixed(4)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    int value) {}");                             // 6
        // the types @Fixed applies to, then the fix, then a hint for an integer of n bytes
        compiling(foo)
                .error("@Fixed applies to byte[] and String components, but 'value' is int; remove it (for an "
                        + "integer of n bytes use @Int(n) or @UInt(n))", foo, 5, columnOf(offending, "@"))
                .verify();
    }

    @Test
    void fixedOnFloatingPoint() {
        String offending = "    @Fixed(4)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    double value) {}");                          // 6
        // no hint about @Int(n): the component is not an integer
        compiling(foo)
                .error("@Fixed applies to byte[] and String components, but 'value' is double; remove it",
                        foo, 5, columnOf(offending, "@"))
                .nowhere("@Int(n)")
                .verify();
    }

    @Test
    void fixedTooSmall() {
        String offending = "    @Fixed(0)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    byte[] data) {}");                           // 6
        compiling(foo)
                .error("@Fixed(0) on 'data': a fixed size must be at least 1 byte", foo, 5, columnOf(offending, "0"))
                .verify();
    }

    @Test
    void fixedPadOutOfRange() {
        String offending = "    @Fixed(value = 4, pad = 256)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    String name) {}");                           // 6
        compiling(foo)
                .error("pad = 256 on 'name' is not a byte value; use 0 to 255 (0x00 to 0xFF)",
                        foo, 5, columnOf(offending, "256"))
                .verify();
    }

    @Test
    void charsetOnWrongType() {
        String offending = "    @Charset(\"US-ASCII\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    @Fixed(4)",                                  // 6
                "    byte[] data) {}");                           // 7
        compiling(foo)
                .error("@Charset applies to String components, but 'data' is byte[]; remove @Charset",
                        foo, 5, columnOf(offending, "@"))
                .verify();
    }

    @Test
    void unknownCharset() {
        String offending = "    @Charset(\"NO-SUCH-CHARSET\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    @Fixed(8)",                                  // 6
                "    String name) {}");                           // 7
        compiling(foo)
                .error("Charset \"NO-SUCH-CHARSET\" on 'name' is not supported by this JDK; "
                        + "use a name such as \"UTF-8\", \"US-ASCII\" or \"ISO-8859-1\"",
                        foo, 5, columnOf(offending, "\""))
                .verify();
    }

    @Test
    void illegalCharsetName() {
        String offending = "    @Charset(\"not a charset\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    @Fixed(8)",                                  // 6
                "    String name) {}");                           // 7
        // Charset.isSupported throws for an illegal name; that must not become a crash
        compiling(foo)
                .error("Charset \"not a charset\" on 'name' is not supported by this JDK",
                        foo, 5, columnOf(offending, "\""))
                .verify();
    }

    @Test
    void widthOutOfRange() {
        String offending = "    @UInt(9)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    long value) {}");                            // 6
        compiling(foo)
                .error("@UInt(9) on 'value': an integer is 1 to 8 bytes wide; use a width from 1 to 8",
                        foo, 5, columnOf(offending, "9"))
                .verify();
    }

    @Test
    void signedWidthOutOfRange() {
        String offending = "    @Int(0)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    int value) {}");                             // 6
        compiling(foo)
                .error("@Int(0) on 'value': an integer is 1 to 8 bytes wide; use a width from 1 to 8",
                        foo, 5, columnOf(offending, "0"))
                .verify();
    }

    @Test
    void intOnWrongType() {
        String offending = "    @UInt16";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    float value) {}");                           // 6
        compiling(foo)
                .error("@UInt16 applies to integer components (byte, short, int, long), but 'value' is float; "
                        + "remove it or change the type", foo, 5, columnOf(offending, "@"))
                .verify();
    }

    @Test
    void intTypeTooNarrowForUInt32() {
        String offending = "    @UInt32";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    int id) {}");                                // 6
        compiling(foo)
                .error("@UInt32 on 'id' needs a Java type of at least 33 bits to hold every value, but int has 32; "
                        + "declare the component as long", foo, 5, columnOf(offending, "@"))
                .verify();
    }

    @Test
    void intTypeTooNarrowForIntN() {
        String offending = "    @Int(3)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    short offset) {}");                          // 6
        compiling(foo)
                .error("@Int(3) on 'offset' needs a Java type of at least 24 bits to hold every value, "
                        + "but short has 16; declare the component as int", foo, 5, columnOf(offending, "@"))
                .verify();
    }

    @Test
    void intTypeTooNarrowForUInt8() {
        String offending = "    @UInt8";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    byte flags) {}");                            // 6
        compiling(foo)
                .error("@UInt8 on 'flags' needs a Java type of at least 9 bits to hold every value, "
                        + "but byte has 8; declare the component as short", foo, 5, columnOf(offending, "@"))
                .verify();
    }

    @Test
    void conflictingAnnotations() {
        String offending = "    @UInt16";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    @Int(2)",                                    // 5
                offending,                                        // 6
                "    int value) {}");                             // 7
        compiling(foo)
                .error("'value' has both @Int and @UInt16; keep one", foo, 6, columnOf(offending, "@"))
                .verify();
    }

    @Test
    void orderOnWrongType() {
        String offending = "    @Order(Endian.LITTLE)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    byte kind) {}");                             // 6
        compiling(foo)
                .error("@Order on 'kind' has no effect: byte is not a multi-byte number; remove @Order",
                        foo, 5, columnOf(offending, "@"))
                .verify();
    }

    @Test
    void paddingNegative() {
        String offending = "    @Padding(after = 2, before = -3)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    int value) {}");                             // 6
        compiling(foo)
                .error("@Padding(before = -3) on 'value' is negative; reserved bytes are counted from 0",
                        foo, 5, columnOf(offending, "-3"))
                .verify();
    }

    @Test
    void paddingFillOutOfRange() {
        String offending = "    @Padding(before = 1, fill = 300)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    int value) {}");                             // 6
        compiling(foo)
                .error("fill = 300 on 'value' is not a byte value; use 0 to 255 (0x00 to 0xFF)",
                        foo, 5, columnOf(offending, "300"))
                .verify();
    }

    // ================================================================ several errors, nested types

    @Test
    void everyIndependentErrorIsReported() {
        String badSize = "    @Fixed(0)";
        String badWidth = "    @UInt(9)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                badSize,                                          // 5
                "    byte[] data,",                               // 6
                "    int fine,",                                  // 7
                badWidth,                                         // 8
                "    long counter) {}");                          // 9
        compiling(foo)
                .error("@Fixed(0) on 'data': a fixed size must be at least 1 byte", foo, 5, columnOf(badSize, "0"))
                .error("@UInt(9) on 'counter': an integer is 1 to 8 bytes wide", foo, 8, columnOf(badWidth, "9"))
                .verify();
    }

    @Test
    void everyProblemOfOneAnnotationIsReported() {
        String offending = "    @Fixed(value = 0, pad = -1)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    byte[] data) {}");                           // 6
        compiling(foo)
                .error("@Fixed(0) on 'data': a fixed size must be at least 1 byte", foo, 5, columnOf(offending, "0"))
                .error("pad = -1 on 'data' is not a byte value; use 0 to 255 (0x00 to 0xFF)",
                        foo, 5, columnOf(offending, "-1"))
                .verify();
    }

    @Test
    void unknownCharsetAndMissingSizeAreBothReported() {
        String offending = "    @Charset(\"NO-SUCH-CHARSET\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    String name) {}");                           // 6
        compiling(foo)
                .error("Charset \"NO-SUCH-CHARSET\" on 'name' is not supported", foo, 5, columnOf(offending, "\""))
                .error("Component 'name' is a String with no size; say where it ends", foo, 6)
                .verify();
    }

    @Test
    void genericRecordIsOneError() {
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo<T>(",                                 // 4
                "    T value) {}");                               // 5
        compiling(foo)
                .error("@Message record Foo has type parameters; a wire layout needs concrete types, so remove <T>",
                        foo, 3, 1)
                .verify();
    }

    /** The outer record is validated first and validates the inner one on the way. */
    @Test
    void brokenNestedMessageIsReportedOnceOnItself() {
        String offending = "    @Fixed(0)";
        JavaFileObject outer = source("Outer",
                "@Message",                                       // 3
                "record Outer(",                                  // 4
                "    int id,",                                    // 5
                "    Inner inner) {}",                            // 6
                "@Message",                                       // 7
                "record Inner(",                                  // 8
                offending,                                        // 9
                "    byte[] data) {}");                           // 10
        compiling(outer)
                .error("@Fixed(0) on 'data': a fixed size must be at least 1 byte", outer, 9, columnOf(offending, "0"))
                .notGenerating("test.OuterCodec")
                .notGenerating("test.InnerCodec")
                .verify();
    }

    /** The inner record is validated first, on its own; the outer one finds it already known to be broken. */
    @Test
    void brokenNestedMessageDeclaredFirstIsReportedOnceOnItself() {
        String offending = "    @Fixed(0)";
        JavaFileObject outer = source("Outer",
                "@Message",                                       // 3
                "record Inner(",                                  // 4
                offending,                                        // 5
                "    byte[] data) {}",                            // 6
                "@Message",                                       // 7
                "record Outer(",                                  // 8
                "    int id,",                                    // 9
                "    Inner inner) {}");                           // 10
        compiling(outer)
                .error("@Fixed(0) on 'data': a fixed size must be at least 1 byte", outer, 5, columnOf(offending, "0"))
                .notGenerating("test.InnerCodec")
                .notGenerating("test.OuterCodec")
                .verify();
    }

    @Test
    void brokenWireEnumIsReportedOnceOnItself() {
        String offending = "    @Code(1) RUNNING";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    int id,",                                    // 5
                "    Mode mode) {}",                              // 6
                "@WireEnum",                                      // 7
                "enum Mode {",                                    // 8
                "    @Code(1) IDLE,",                             // 9
                offending,                                        // 10
                "}");                                             // 11
        compiling(foo)
                .error("@Code(1) on Mode.RUNNING is already used by IDLE", foo, 10, columnOf(offending, "1"))
                .notGenerating("test.ModeCodes")
                .notGenerating("test.FooCodec")
                .verify();
    }

    // ================================================================ a valid record

    @Test
    void validRecordCompilesWithoutWarnings() {
        JavaFileObject foo = source("Foo",
                "@Magic(\"FD AA\")",                              // 3
                "@End(\"CC DD\")",                                // 4
                "@Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)", // 5
                "public record Foo(",                             // 6
                "    byte version,",                              // 7
                "    @UInt16 int sequence,",                      // 8
                "    @Int(3) int offset,",                        // 9
                "    @UInt32 @Order(Endian.BIG) long uptime,",    // 10
                "    @Fixed(value = 4, pad = ' ') @Charset(\"US-ASCII\") String name,", // 11
                "    @Fixed(2) byte[] code,",                     // 12
                "    @Padding(before = 1, fill = 0xFF) Mode mode,", // 13
                "    float value) {}",                            // 14
                "@WireEnum",                                      // 15
                "enum Mode { @Code(1) IDLE, @Fallback UNKNOWN }"); // 16
        Compilation compilation = compile(foo);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.FooCodec").contentsAsUtf8String().contains("class FooCodec");
        assertThat(compilation).generatedSourceFile("test.ModeCodes").contentsAsUtf8String().contains("class ModeCodes");
        // the check behind notGenerating(...) sees what the processor writes
        assertEquals(List.of("test.ModeCodes", "test.FooCodec", "test.FooReader"), generatedTypes(foo));
    }
}
