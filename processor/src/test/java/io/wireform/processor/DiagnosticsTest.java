package io.wireform.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.wireform.processor.DiagnosticsSupport.assertNoCrash;
import static io.wireform.processor.DiagnosticsSupport.columnOf;
import static io.wireform.processor.DiagnosticsSupport.compile;
import static io.wireform.processor.DiagnosticsSupport.compiling;
import static io.wireform.processor.DiagnosticsSupport.generatedTypes;
import static io.wireform.processor.DiagnosticsSupport.source;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.wireform.processor.DiagnosticsSupport.Expectation;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Disabled;
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
 * <p>Tests marked {@code @Disabled("BUG: ...")} state the correct behaviour, which the processor does
 * not have yet. While errors on record components have no position ({@link #NO_COMPONENT_POSITION}),
 * {@link #componentDiagnosticsHaveTheirTextAndCount()} still checks their text and number.
 */
class DiagnosticsTest {

    /** Why every test of an error on a record component is disabled. */
    static final String NO_COMPONENT_POSITION = "BUG: on JDK 17 an error reported on a RecordComponentElement has "
            + "no source position (javac bug JDK-8295184, fixed in JDK 20), so javac prints it with no file, line "
            + "or column";

    /** The same, for an error on an annotation value of a record component. */
    static final String NO_COMPONENT_VALUE_POSITION = NO_COMPONENT_POSITION + ". On JDK 25 the line is right but "
            + "the error sits at the annotation's '@', not at the offending value";

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
    @Disabled("BUG: the kind is printed with \"a\" whatever it is: \"but Foo is a enum\"")
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
        compiling(foo)
                .error("@End(\"\") on Foo has no bytes; give at least one byte, e.g. \"FD AA\", or remove it",
                        foo, 4, columnOf(offending, "\""))
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
    @Disabled("BUG: the kind is printed with \"a\" whatever it is: \"but Mode is a interface\"")
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
    @Disabled("BUG: the suggested code only avoids the codes of constants declared before the one without "
            + "a code: here it suggests @Code(1), which RUNNING, declared after IDLE, already uses")
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
    @Disabled("BUG: CODE_OUTSIDE_WIRE_ENUM is never reported (no code uses it): @Code on a constant of an enum "
            + "without @WireEnum is silently ignored and the compilation succeeds")
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
    @Disabled("BUG: CODE_OUTSIDE_WIRE_ENUM is never reported (no code uses it): @Fallback on a constant of an "
            + "enum without @WireEnum is silently ignored and the compilation succeeds")
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
    // Each case is a method so that componentDiagnosticsHaveTheirTextAndCount can reuse it.

    static Expectation unsupportedTypeCase() {
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    int ok,",                                    // 5
                "    char letter) {}");                           // 6
        return compiling(foo)
                .error("Component 'letter' has type char, which Wireform cannot put on the wire; use a primitive, "
                        + "byte[] or String with @Fixed, a @WireEnum enum, or a @Message record", foo, 6);
    }

    @Test
    @Disabled(NO_COMPONENT_POSITION)
    void unsupportedType() {
        unsupportedTypeCase().verify();
    }

    static Expectation unsupportedDeclaredTypeCase() {
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    int ok,",                                    // 5
                "    java.util.List<String> items) {}");          // 6
        return compiling(foo)
                .error("Component 'items' has type java.util.List<java.lang.String>, which Wireform cannot put "
                        + "on the wire", foo, 6);
    }

    @Test
    @Disabled(NO_COMPONENT_POSITION)
    void unsupportedDeclaredType() {
        unsupportedDeclaredTypeCase().verify();
    }

    static Expectation nestedNotMessageCase() {
        JavaFileObject foo = source("Foo",
                "record Point(int x, int y) {}",                  // 3
                "@Message",                                       // 4
                "record Foo(",                                    // 5
                "    Point origin) {}");                          // 6
        return compiling(foo)
                .error("Component 'origin' is a record of type Point, which is not annotated @Message; "
                        + "annotate Point with @Message so it has a wire layout", foo, 6);
    }

    @Test
    @Disabled(NO_COMPONENT_POSITION)
    void nestedNotMessage() {
        nestedNotMessageCase().verify();
    }

    static Expectation enumNotWireEnumCase() {
        JavaFileObject foo = source("Foo",
                "enum Color { RED, GREEN }",                      // 3
                "@Message",                                       // 4
                "record Foo(",                                    // 5
                "    Color color) {}");                           // 6
        return compiling(foo)
                .error("Component 'color' is an enum of type Color, which is not annotated @WireEnum; "
                        + "annotate Color with @WireEnum and give each constant a @Code", foo, 6);
    }

    @Test
    @Disabled(NO_COMPONENT_POSITION)
    void enumNotWireEnum() {
        enumNotWireEnumCase().verify();
    }

    static Expectation recursiveMessageCase() {
        JavaFileObject a = source("A",
                "@Message",                                       // 3
                "record A(",                                      // 4
                "    B b) {}",                                    // 5
                "@Message",                                       // 6
                "record B(",                                      // 7
                "    A a) {}");                                   // 8
        // A is validated first, so the cycle closes at B.a; one error, not one per record
        return compiling(a)
                .error("Component 'a' makes A contain itself, which has no finite wire size; "
                        + "remove the cycle A -> B -> A", a, 8)
                .notGenerating("test.ACodec")
                .notGenerating("test.BCodec");
    }

    @Test
    @Disabled(NO_COMPONENT_POSITION)
    void recursiveMessage() {
        recursiveMessageCase().verify();
    }

    static Expectation selfRecursiveMessageCase() {
        JavaFileObject node = source("Node",
                "@Message",                                       // 3
                "record Node(",                                   // 4
                "    int value,",                                 // 5
                "    Node next) {}");                             // 6
        return compiling(node)
                .error("Component 'next' makes Node contain itself, which has no finite wire size; "
                        + "remove the cycle Node -> Node", node, 6);
    }

    @Test
    @Disabled(NO_COMPONENT_POSITION)
    void selfRecursiveMessage() {
        selfRecursiveMessageCase().verify();
    }

    static JavaFileObject unresolvedTypeSource() {
        return source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    int ok,",                                    // 5
                "    Missing missing) {}");                       // 6
    }

    /** javac reports the missing class itself; Wireform's note must sit on the same component. */
    @Test
    @Disabled(NO_COMPONENT_POSITION)
    void unresolvedType() {
        JavaFileObject foo = unresolvedTypeSource();
        compiling(foo)
                .error("cannot find symbol", foo, 6)
                .error("Component 'missing' has a type that could not be resolved (Missing); "
                        + "fix the compile error for that type first", foo, 6)
                .verify();
    }

    /** What {@link #unresolvedType()} can check today: javac's error is there, and nothing crashed. */
    @Test
    void unresolvedTypeFailsWithoutACrash() {
        JavaFileObject foo = unresolvedTypeSource();
        Compilation compilation = compile(foo);
        assertThat(compilation).failed();
        assertNoCrash(compilation);
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(foo).onLine(6);
        assertThat(compilation).hadErrorContaining("Component 'missing' has a type that could not be resolved");
        assertThat(compilation).hadErrorCount(2);
    }

    static Expectation sizeMissingOnStringCase() {
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    String name) {}");                           // 5
        return compiling(foo)
                .error("Component 'name' is a String with no size; give it a fixed size with @Fixed(n)", foo, 5);
    }

    @Test
    @Disabled(NO_COMPONENT_POSITION)
    void sizeMissingOnString() {
        sizeMissingOnStringCase().verify();
    }

    static Expectation sizeMissingOnByteArrayCase() {
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    byte[] data) {}");                           // 5
        return compiling(foo)
                .error("Component 'data' is a byte[] with no size; give it a fixed size with @Fixed(n)", foo, 5);
    }

    @Test
    @Disabled(NO_COMPONENT_POSITION)
    void sizeMissingOnByteArray() {
        sizeMissingOnByteArrayCase().verify();
    }

    static Expectation fixedOnWrongTypeCase() {
        String offending = "    @Fixed(4)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    int value) {}");                             // 6
        return compiling(foo)
                .error("@Fixed applies to byte[] and String, but 'value' is int; remove @Fixed "
                        + "(for an integer of n bytes use @Int(n) or @UInt(n))", foo, 5, columnOf(offending, "@"));
    }

    @Test
    @Disabled(NO_COMPONENT_POSITION)
    void fixedOnWrongType() {
        fixedOnWrongTypeCase().verify();
    }

    static Expectation fixedOnFloatingPointCase() {
        String offending = "    @Fixed(4)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    double value) {}");                          // 6
        // no hint about @Int(n): the component is not an integer
        return compiling(foo)
                .error("@Fixed applies to byte[] and String, but 'value' is double; remove @Fixed",
                        foo, 5, columnOf(offending, "@"));
    }

    @Test
    @Disabled(NO_COMPONENT_POSITION)
    void fixedOnFloatingPoint() {
        fixedOnFloatingPointCase().verify();
    }

    static Expectation fixedTooSmallCase() {
        String offending = "    @Fixed(0)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    byte[] data) {}");                           // 6
        return compiling(foo)
                .error("@Fixed(0) on 'data': a fixed size must be at least 1 byte", foo, 5, columnOf(offending, "0"));
    }

    @Test
    @Disabled(NO_COMPONENT_VALUE_POSITION)
    void fixedTooSmall() {
        fixedTooSmallCase().verify();
    }

    static Expectation fixedPadOutOfRangeCase() {
        String offending = "    @Fixed(value = 4, pad = 256)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    String name) {}");                           // 6
        return compiling(foo)
                .error("pad = 256 on 'name' is not a byte value; use 0 to 255 (0x00 to 0xFF)",
                        foo, 5, columnOf(offending, "256"));
    }

    @Test
    @Disabled(NO_COMPONENT_VALUE_POSITION)
    void fixedPadOutOfRange() {
        fixedPadOutOfRangeCase().verify();
    }

    static Expectation charsetOnWrongTypeCase() {
        String offending = "    @Charset(\"US-ASCII\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    @Fixed(4)",                                  // 6
                "    byte[] data) {}");                           // 7
        return compiling(foo)
                .error("@Charset applies to String components, but 'data' is byte[]; remove @Charset",
                        foo, 5, columnOf(offending, "@"));
    }

    @Test
    @Disabled(NO_COMPONENT_POSITION)
    void charsetOnWrongType() {
        charsetOnWrongTypeCase().verify();
    }

    static Expectation unknownCharsetCase() {
        String offending = "    @Charset(\"NO-SUCH-CHARSET\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    @Fixed(8)",                                  // 6
                "    String name) {}");                           // 7
        return compiling(foo)
                .error("Charset \"NO-SUCH-CHARSET\" on 'name' is not supported by this JDK; "
                        + "use a name such as \"UTF-8\", \"US-ASCII\" or \"ISO-8859-1\"",
                        foo, 5, columnOf(offending, "\""));
    }

    @Test
    @Disabled(NO_COMPONENT_VALUE_POSITION)
    void unknownCharset() {
        unknownCharsetCase().verify();
    }

    static Expectation illegalCharsetNameCase() {
        String offending = "    @Charset(\"not a charset\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    @Fixed(8)",                                  // 6
                "    String name) {}");                           // 7
        // Charset.isSupported throws for an illegal name; that must not become a crash
        return compiling(foo)
                .error("Charset \"not a charset\" on 'name' is not supported by this JDK",
                        foo, 5, columnOf(offending, "\""));
    }

    @Test
    @Disabled(NO_COMPONENT_VALUE_POSITION)
    void illegalCharsetName() {
        illegalCharsetNameCase().verify();
    }

    static Expectation widthOutOfRangeCase() {
        String offending = "    @UInt(9)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    long value) {}");                            // 6
        return compiling(foo)
                .error("@UInt(9) on 'value': an integer is 1 to 8 bytes wide; use a width from 1 to 8",
                        foo, 5, columnOf(offending, "9"));
    }

    @Test
    @Disabled(NO_COMPONENT_VALUE_POSITION)
    void widthOutOfRange() {
        widthOutOfRangeCase().verify();
    }

    static Expectation signedWidthOutOfRangeCase() {
        String offending = "    @Int(0)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    int value) {}");                             // 6
        return compiling(foo)
                .error("@Int(0) on 'value': an integer is 1 to 8 bytes wide; use a width from 1 to 8",
                        foo, 5, columnOf(offending, "0"));
    }

    @Test
    @Disabled(NO_COMPONENT_VALUE_POSITION)
    void signedWidthOutOfRange() {
        signedWidthOutOfRangeCase().verify();
    }

    static Expectation intOnWrongTypeCase() {
        String offending = "    @UInt16";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    float value) {}");                           // 6
        return compiling(foo)
                .error("@UInt16 applies to integer components (byte, short, int, long), but 'value' is float; "
                        + "remove it or change the type", foo, 5, columnOf(offending, "@"));
    }

    @Test
    @Disabled(NO_COMPONENT_POSITION)
    void intOnWrongType() {
        intOnWrongTypeCase().verify();
    }

    static Expectation intTypeTooNarrowForUInt32Case() {
        String offending = "    @UInt32";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    int id) {}");                                // 6
        return compiling(foo)
                .error("@UInt32 on 'id' needs a Java type of at least 33 bits to hold every value, but int has 32; "
                        + "declare the component as long", foo, 5, columnOf(offending, "@"));
    }

    @Test
    @Disabled(NO_COMPONENT_POSITION)
    void intTypeTooNarrowForUInt32() {
        intTypeTooNarrowForUInt32Case().verify();
    }

    static Expectation intTypeTooNarrowForIntNCase() {
        String offending = "    @Int(3)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    short offset) {}");                          // 6
        return compiling(foo)
                .error("@Int(3) on 'offset' needs a Java type of at least 24 bits to hold every value, "
                        + "but short has 16; declare the component as int", foo, 5, columnOf(offending, "@"));
    }

    @Test
    @Disabled(NO_COMPONENT_POSITION)
    void intTypeTooNarrowForIntN() {
        intTypeTooNarrowForIntNCase().verify();
    }

    static Expectation intTypeTooNarrowForUInt8Case() {
        String offending = "    @UInt8";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    byte flags) {}");                            // 6
        return compiling(foo)
                .error("@UInt8 on 'flags' needs a Java type of at least 9 bits to hold every value, "
                        + "but byte has 8; declare the component as short", foo, 5, columnOf(offending, "@"));
    }

    @Test
    @Disabled(NO_COMPONENT_POSITION)
    void intTypeTooNarrowForUInt8() {
        intTypeTooNarrowForUInt8Case().verify();
    }

    static Expectation conflictingAnnotationsCase() {
        String offending = "    @UInt16";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    @Int(2)",                                    // 5
                offending,                                        // 6
                "    int value) {}");                             // 7
        return compiling(foo)
                .error("'value' has both @Int and @UInt16; keep one", foo, 6, columnOf(offending, "@"));
    }

    @Test
    @Disabled(NO_COMPONENT_POSITION)
    void conflictingAnnotations() {
        conflictingAnnotationsCase().verify();
    }

    static Expectation orderOnWrongTypeCase() {
        String offending = "    @Order(Endian.LITTLE)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    byte kind) {}");                             // 6
        return compiling(foo)
                .error("@Order on 'kind' has no effect: byte is not a multi-byte number; remove @Order",
                        foo, 5, columnOf(offending, "@"));
    }

    @Test
    @Disabled(NO_COMPONENT_POSITION)
    void orderOnWrongType() {
        orderOnWrongTypeCase().verify();
    }

    static Expectation paddingNegativeCase() {
        String offending = "    @Padding(after = 2, before = -3)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    int value) {}");                             // 6
        return compiling(foo)
                .error("@Padding(before = -3) on 'value' is negative; reserved bytes are counted from 0",
                        foo, 5, columnOf(offending, "-3"));
    }

    @Test
    @Disabled(NO_COMPONENT_VALUE_POSITION)
    void paddingNegative() {
        paddingNegativeCase().verify();
    }

    static Expectation paddingFillOutOfRangeCase() {
        String offending = "    @Padding(before = 1, fill = 300)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    int value) {}");                             // 6
        return compiling(foo)
                .error("fill = 300 on 'value' is not a byte value; use 0 to 255 (0x00 to 0xFF)",
                        foo, 5, columnOf(offending, "300"));
    }

    @Test
    @Disabled(NO_COMPONENT_VALUE_POSITION)
    void paddingFillOutOfRange() {
        paddingFillOutOfRangeCase().verify();
    }

    // ================================================================ several errors, nested types

    static Expectation everyIndependentErrorCase() {
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
        return compiling(foo)
                .error("@Fixed(0) on 'data': a fixed size must be at least 1 byte", foo, 5, columnOf(badSize, "0"))
                .error("@UInt(9) on 'counter': an integer is 1 to 8 bytes wide", foo, 8, columnOf(badWidth, "9"));
    }

    @Test
    @Disabled(NO_COMPONENT_VALUE_POSITION)
    void everyIndependentErrorIsReported() {
        everyIndependentErrorCase().verify();
    }

    static Expectation everyProblemOfOneAnnotationCase() {
        String offending = "    @Fixed(value = 0, pad = -1)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    byte[] data) {}");                           // 6
        return compiling(foo)
                .error("@Fixed(0) on 'data': a fixed size must be at least 1 byte", foo, 5, columnOf(offending, "0"))
                .error("pad = -1 on 'data' is not a byte value", foo, 5, columnOf(offending, "-1"));
    }

    @Test
    @Disabled(NO_COMPONENT_VALUE_POSITION)
    void everyProblemOfOneAnnotationIsReported() {
        everyProblemOfOneAnnotationCase().verify();
    }

    @Test
    @Disabled("BUG: an unknown @Charset returns before the size is checked, so the missing @Fixed is only "
            + "reported once the charset is fixed (1 error instead of 2); the positions suffer from "
            + "NO_COMPONENT_VALUE_POSITION too")
    void unknownCharsetAndMissingSizeAreBothReported() {
        String offending = "    @Charset(\"NO-SUCH-CHARSET\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    String name) {}");                           // 6
        compiling(foo)
                .error("Charset \"NO-SUCH-CHARSET\" on 'name' is not supported", foo, 5, columnOf(offending, "\""))
                .error("Component 'name' is a String with no size", foo, 6)
                .verify();
    }

    @Test
    @Disabled("BUG: a component whose type is a type variable of a generic record gets a second error, "
            + "\"Component 'value' has type T, which Wireform cannot put on the wire\", besides GENERIC_RECORD")
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
    static Expectation brokenNestedMessageCase() {
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
        return compiling(outer)
                .error("@Fixed(0) on 'data': a fixed size must be at least 1 byte", outer, 9, columnOf(offending, "0"))
                .notGenerating("test.OuterCodec")
                .notGenerating("test.InnerCodec");
    }

    @Test
    @Disabled(NO_COMPONENT_VALUE_POSITION)
    void brokenNestedMessageIsReportedOnceOnItself() {
        brokenNestedMessageCase().verify();
    }

    /** The inner record is validated first, on its own; the outer one finds it already known to be broken. */
    static Expectation brokenNestedMessageDeclaredFirstCase() {
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
        return compiling(outer)
                .error("@Fixed(0) on 'data': a fixed size must be at least 1 byte", outer, 5, columnOf(offending, "0"))
                .notGenerating("test.InnerCodec")
                .notGenerating("test.OuterCodec");
    }

    @Test
    @Disabled("BUG: when the broken inner record is validated before the outer one, the outer one adds no "
            + "error of its own, so it validates as clean without the field and test.OuterCodec is written "
            + "(for a 1-field Outer); also " + NO_COMPONENT_VALUE_POSITION)
    void brokenNestedMessageDeclaredFirstIsReportedOnceOnItself() {
        brokenNestedMessageDeclaredFirstCase().verify();
    }

    @Test
    @Disabled("BUG: enums are validated before messages, so a message using a broken @WireEnum adds no error "
            + "of its own, validates as clean without the field, and test.FooCodec is written (for a 1-field Foo)")
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

    /**
     * The text and number of every record-component error, while their positions are missing
     * ({@link #NO_COMPONENT_POSITION}); once the disabled tests above pass, delete this one.
     */
    @Test
    void componentDiagnosticsHaveTheirTextAndCount() {
        assertAll(Stream.of(
                        unsupportedTypeCase(), unsupportedDeclaredTypeCase(), nestedNotMessageCase(),
                        enumNotWireEnumCase(), recursiveMessageCase(), selfRecursiveMessageCase(),
                        sizeMissingOnStringCase(), sizeMissingOnByteArrayCase(), fixedOnWrongTypeCase(),
                        fixedOnFloatingPointCase(), fixedTooSmallCase(), fixedPadOutOfRangeCase(),
                        charsetOnWrongTypeCase(), unknownCharsetCase(), illegalCharsetNameCase(),
                        widthOutOfRangeCase(), signedWidthOutOfRangeCase(), intOnWrongTypeCase(),
                        intTypeTooNarrowForUInt32Case(), intTypeTooNarrowForIntNCase(), intTypeTooNarrowForUInt8Case(),
                        conflictingAnnotationsCase(), orderOnWrongTypeCase(), paddingNegativeCase(),
                        paddingFillOutOfRangeCase(), everyIndependentErrorCase(), everyProblemOfOneAnnotationCase(),
                        brokenNestedMessageCase())
                .map(expectation -> expectation::verifyTextAndCount));
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
        assertEquals(List.of("test.ModeCodes", "test.FooCodec"), generatedTypes(foo));
    }
}
