package io.wireform.processor;

import static io.wireform.processor.DiagnosticsSupport.columnOf;
import static io.wireform.processor.DiagnosticsSupport.compiling;
import static io.wireform.processor.DiagnosticsSupport.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per diagnostic of the variable-length vocabulary: extents ({@code @Prefixed},
 * {@code @SizedBy}, {@code @Terminated}, {@code @Remaining}, {@code @Count}, {@code @CountedBy}),
 * references to other components, {@code @When} optionals, lists, {@code @Varint}, {@code @Bits}
 * groups and {@code @Length} regions. Same conventions as {@link DiagnosticsTest}: line 1 is the
 * package, line 2 the import, the comment beside each source line gives its number, and every test
 * checks the exact number of errors, their text (with the fix), line and, for an annotation or
 * annotation value, column (the same on JDK 17 and JDK 25).
 *
 * <p>Where a message is partly wrong, the positioned test asserts the parts that are right and a
 * {@code @Disabled("BUG: ...")} test states the whole of it, quoting what the processor reports instead.
 */
class VariableLayoutDiagnosticsTest {

    // ================================================================ extents

    @Test
    void sizeMissingOnList() {
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    int id,",                                    // 5
                "    java.util.List<Integer> values) {}");        // 6
        compiling(foo)
                .error("Component 'values' is a List with no size; say where it ends: @Count(n), "
                        + "@Prefixed(Width.UINT16), @CountedBy(\"field\"), @Terminated, @Remaining", foo, 6)
                .verify();
    }

    @Test
    void extentConflict() {
        String offending = "    @Prefixed(Width.UINT8)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    @Fixed(4)",                                  // 5
                offending,                                        // 6
                "    byte[] data) {}");                           // 7
        compiling(foo)
                .error("'data' has both @Fixed and @Prefixed, which both say where it ends; keep one",
                        foo, 6, columnOf(offending, "@"))
                .verify();
    }

    @Test
    void extentOnWrongTypeCountOnString() {
        String offending = "    @Count(3)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    String name) {}");                           // 6
        compiling(foo)
                .error("@Count applies to List components, but 'name' is java.lang.String; remove it",
                        foo, 5, columnOf(offending, "@"))
                .verify();
    }

    @Test
    void extentOnWrongTypeFixedOnList() {
        String offending = "    @Fixed(3)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    java.util.List<Integer> items) {}");         // 6
        compiling(foo)
                .error("@Fixed applies to byte[] and String components, but 'items' is "
                        + "java.util.List<java.lang.Integer>; remove it", foo, 5, columnOf(offending, "@"))
                .verify();
    }

    @Test
    void extentOnWrongTypePrefixedOnScalar() {
        String offending = "    @Prefixed(Width.UINT8)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    int value) {}");                             // 6
        compiling(foo)
                .error("@Prefixed applies to byte[], String and List components, but 'value' is int; remove it",
                        foo, 5, columnOf(offending, "@"))
                .verify();
    }

    @Test
    void extentOnWrongTypeCountOnScalarNamesList() {
        String offending = "    @Count(3)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    int value) {}");                             // 6
        compiling(foo)
                .error("@Count applies to List components, but 'value' is int; remove it",
                        foo, 5, columnOf(offending, "@"))
                .verify();
    }

    @Test
    void extentOnWrongTypeTerminatedOnScalar() {
        String offending = "    @Terminated";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    long value) {}");                            // 6
        compiling(foo)
                .error("@Terminated applies to byte[], String and List components, but 'value' is long; remove it",
                        foo, 5, columnOf(offending, "@"))
                .nowhere("@Int(n)")
                .verify();
    }

    @Test
    void extentOnWrongTypeRemainingOnScalar() {
        String offending = "    @Remaining";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    byte kind,",                                 // 5
                offending,                                        // 6
                "    int value) {}");                             // 7
        compiling(foo)
                .error("@Remaining applies to byte[], String and List components, but 'value' is int; remove it",
                        foo, 6, columnOf(offending, "@"))
                .verify();
    }

    @Test
    void extentOnWrongTypeCountedByOnByteArray() {
        String offending = "    @CountedBy(\"n\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    @UInt8 int n,",                              // 5
                offending,                                        // 6
                "    byte[] data) {}");                           // 7
        compiling(foo)
                .error("@CountedBy applies to List components, but 'data' is byte[]; remove it",
                        foo, 6, columnOf(offending, "@"))
                .verify();
    }

    @Test
    void extentOnWrongTypeSizedByOnList() {
        String offending = "    @SizedBy(\"n\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    @UInt8 int n,",                              // 5
                offending,                                        // 6
                "    java.util.List<Integer> items) {}");         // 7
        compiling(foo)
                .error("@SizedBy applies to byte[] and String components, but 'items' is "
                        + "java.util.List<java.lang.Integer>; remove it", foo, 6, columnOf(offending, "@"))
                .verify();
    }

    @Test
    void terminatorNotHex() {
        String offending = "    @Terminated(\"0D 0G\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    String line) {}");                           // 6
        compiling(foo)
                .error("@Terminated(\"0D 0G\") is not hexadecimal bytes: '0G' is not a hex byte; "
                        + "write two hex digits per byte, e.g. \"FD AA\"", foo, 5, columnOf(offending, "\""))
                .verify();
    }

    @Test
    void terminatorEmpty() {
        String offending = "    @Terminated(\"\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    byte[] data) {}");                           // 6
        compiling(foo)
                .error("@Terminated(\"\") on 'data' has no bytes; give at least one byte, e.g. \"FD AA\", "
                        + "or remove it", foo, 5, columnOf(offending, "\""))
                .verify();
    }

    @Test
    void countNegative() {
        String offending = "    @Count(-1)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    java.util.List<Integer> values) {}");        // 6
        compiling(foo)
                .error("@Count(-1) on 'values' is negative; give the number of elements, 0 or more",
                        foo, 5, columnOf(offending, "-1"))
                .verify();
    }

    @Test
    void listElementUnsupported() {
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    int ok,",                                    // 5
                "    java.util.List<String> items) {}");          // 6
        compiling(foo)
                .error("List 'items' has elements of type java.lang.String; a list holds boxed numbers or booleans, "
                        + "@WireEnum enums or @Message records", foo, 6)
                .verify();
    }

    @Test
    void remainingNotLast() {
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    @Remaining",                                 // 5
                "    byte[] rest,",                               // 6
                "    int trailer) {}");                           // 7
        compiling(foo)
                .error("@Remaining on 'rest' takes the rest of its region, but 'trailer' follows it; make 'rest' "
                        + "the last component, or end a @Length(through = ...) region with it", foo, 6)
                .verify();
    }

    @Test
    void alignedVariable() {
        JavaFileObject foo = source("Foo",
                "@Message(layout = Layout.C_ALIGNED)",            // 3
                "record Foo(",                                    // 4
                "    int id,",                                    // 5
                "    @Prefixed(Width.UINT8) byte[] data) {}");    // 6
        compiling(foo)
                .error("Layout.C_ALIGNED needs fixed-size fields, but 'data' has a size that depends on its value; "
                        + "use Layout.PACKED", foo, 6)
                .verify();
    }

    // ================================================================ references to other components

    @Test
    void referenceUnknownInSizedBy() {
        String offending = "    @SizedBy(\"lenght\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    @UInt16 int size,",                          // 5
                offending,                                        // 6
                "    byte[] data) {}");                           // 7
        compiling(foo)
                .error("@SizedBy(\"lenght\") on 'data' names no component of Foo; use one of: size",
                        foo, 6, columnOf(offending, "\""))
                .verify();
    }

    @Test
    void referenceUnknownSuggestsOnlyUsableComponents() {
        String offending = "    @SizedBy(\"lenght\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    @UInt16 int size,",                          // 5
                offending,                                        // 6
                "    byte[] data,",                               // 7
                "    int trailer) {}");                           // 8
        // not 'data' itself, nor 'trailer', which comes after it
        compiling(foo)
                .error("@SizedBy(\"lenght\") on 'data' names no component of Foo; use one of: size",
                        foo, 6, columnOf(offending, "\""))
                .nowhere("use one of: size, data")
                .verify();
    }

    @Test
    void referenceUnknownWithNoEarlierIntegerSaysToAddOne() {
        String offending = "    @SizedBy(\"size\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    boolean flag,",                              // 5
                offending,                                        // 6
                "    byte[] data,",                               // 7
                "    int count) {}");                             // 8
        // a boolean cannot give a size, and 'count' comes too late
        compiling(foo)
                .error("@SizedBy(\"size\") on 'data' names no component of Foo; there is no earlier integer "
                        + "component, so add one before 'data'", foo, 6, columnOf(offending, "\""))
                .nowhere("use one of")
                .verify();
    }

    @Test
    void referenceUnknownInWhenWithNoEarlierComponentSaysToAddOne() {
        String offending = "    @When(\"presnt\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    java.util.Optional<Integer> value,",         // 6
                "    boolean present) {}");                       // 7
        compiling(foo)
                .error("@When(\"presnt\") on 'value' names no component of Foo; there is no earlier boolean or "
                        + "integer component, so add one before 'value'", foo, 5, columnOf(offending, "\""))
                .verify();
    }

    @Test
    void referenceUnknownInCountedBy() {
        String offending = "    @CountedBy(\"cnt\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    @UInt8 int count,",                          // 5
                offending,                                        // 6
                "    java.util.List<Integer> values) {}");        // 7
        compiling(foo)
                .error("@CountedBy(\"cnt\") on 'values' names no component of Foo; use one of: count",
                        foo, 6, columnOf(offending, "\""))
                .verify();
    }

    @Test
    void referenceUnknownInWhen() {
        String offending = "    @When(\"hasvalue\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    boolean hasValue,",                          // 5
                offending,                                        // 6
                "    java.util.Optional<Integer> value) {}");     // 7
        compiling(foo)
                .error("@When(\"hasvalue\") on 'value' names no component of Foo; use one of: hasValue",
                        foo, 6, columnOf(offending, "\""))
                .verify();
    }

    @Test
    void referenceUnknownInLengthThroughSuggestsOnlyTheComponentAndLaterOnes() {
        String offending = "    @Length(value = Width.UINT8, through = \"bodyy\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    byte kind,",                                 // 5
                offending,                                        // 6
                "    int header,",                                // 7
                "    @Fixed(4) byte[] body,",                     // 8
                "    int trailer) {}");                           // 9
        // a region cannot end before it starts, so 'kind' is not offered
        compiling(foo)
                .error("@Length(through = \"bodyy\") on 'header' names no component of Foo; use 'header' or a "
                        + "component after it: header, body, trailer", foo, 6, columnOf(offending, "\""))
                .nowhere("kind, header")
                .verify();
    }

    @Test
    void referenceUnknownInLengthThroughQuotesTheAnnotation() {
        String offending = "    @Length(value = Width.UINT8, through = \"bodyy\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    int header,",                                // 6
                "    @Fixed(4) byte[] body,",                     // 7
                "    int trailer) {}");                           // 8
        compiling(foo)
                .error("@Length(through = \"bodyy\") on 'header' names no component of Foo; "
                        + "use 'header' or a component after it: header, body, trailer", foo, 5, columnOf(offending, "\""))
                .nowhere("through = ...)")
                .verify();
    }

    @Test
    void referenceUnknownInChecksumFromQuotesTheAnnotation() {
        String offending = "@Checksum(value = ChecksumType.CRC8, from = \"bodyy\")";
        JavaFileObject foo = source("Foo",
                offending,                                        // 3
                "@Message",                                       // 4
                "record Foo(",                                    // 5
                "    int header,",                                // 6
                "    @Fixed(4) byte[] body) {}");                 // 7
        compiling(foo)
                .error("@Checksum(from = \"bodyy\") on record Foo names no component of Foo; use one of: header, "
                        + "body", foo, 3, columnOf(offending, "\""))
                .nowhere("on 'Foo'")
                .verify();
    }

    @Test
    void referenceNotEarlier() {
        String offending = "    @SizedBy(\"size\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    byte[] data,",                               // 6
                "    @UInt16 int size) {}");                      // 7
        compiling(foo)
                .error("@SizedBy(\"size\") on 'data' refers to a component that does not come before it; the value "
                        + "must be read first, so move 'size' before 'data'", foo, 5, columnOf(offending, "\""))
                .verify();
    }

    @Test
    void referenceToItselfGivesAUsableFix() {
        String offending = "    @When(\"value\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    boolean present,",                           // 5
                offending,                                        // 6
                "    java.util.Optional<Integer> value) {}");     // 7
        compiling(foo)
                .error("@When(\"value\") on 'value' refers to the component itself; name an earlier boolean or "
                        + "integer component that holds it", foo, 6, columnOf(offending, "\""))
                .nowhere("move 'value' before 'value'")
                .verify();
    }

    @Test
    void referenceSelf() {
        String offending = "    @SizedBy(\"data\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    @UInt8 int size,",                           // 5
                offending,                                        // 6
                "    byte[] data) {}");                           // 7
        compiling(foo)
                .error("@SizedBy(\"data\") on 'data' refers to the component itself; name an earlier integer "
                        + "component that holds it", foo, 6, columnOf(offending, "\""))
                .verify();
    }

    @Test
    void referenceSelfInCountedBy() {
        String offending = "    @CountedBy(\"values\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    java.util.List<Integer> values) {}");        // 6
        compiling(foo)
                .error("@CountedBy(\"values\") on 'values' refers to the component itself; name an earlier integer "
                        + "component that holds it", foo, 5, columnOf(offending, "\""))
                .verify();
    }

    @Test
    void referenceWrongTypeInSizedBy() {
        String offending = "    @SizedBy(\"size\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    float size,",                                // 5
                offending,                                        // 6
                "    byte[] data) {}");                           // 7
        compiling(foo)
                .error("@SizedBy(\"size\") on 'data' refers to 'size' of type float; it must be an integer component",
                        foo, 6, columnOf(offending, "\""))
                .verify();
    }

    @Test
    void referenceWrongTypeInWhen() {
        String offending = "    @When(\"level\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    double level,",                              // 5
                offending,                                        // 6
                "    java.util.Optional<Integer> value) {}");     // 7
        compiling(foo)
                .error("@When(\"level\") on 'value' refers to 'level' of type double; it must be a boolean or "
                        + "integer component", foo, 6, columnOf(offending, "\""))
                .verify();
    }

    @Test
    void lengthThroughBefore() {
        String offending = "    @Length(value = Width.UINT8, through = \"a\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    int a,",                                     // 5
                offending,                                        // 6
                "    int b,",                                     // 7
                "    int c) {}");                                 // 8
        compiling(foo)
                .error("@Length(through = \"a\") on 'b' must name 'b' or a component after it",
                        foo, 6, columnOf(offending, "\""))
                .verify();
    }

    // ================================================================ optionals

    @Test
    void whenNotOptional() {
        String offending = "    @When(\"present\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    boolean present,",                           // 5
                offending,                                        // 6
                "    int value) {}");                             // 7
        compiling(foo)
                .error("@When on 'value' needs an Optional component, but it is int; declare it as Optional<...>",
                        foo, 6, columnOf(offending, "@"))
                .verify();
    }

    @Test
    void optionalWithoutWhen() {
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    boolean present,",                           // 5
                "    java.util.Optional<Integer> value) {}");     // 6
        compiling(foo)
                .error("'value' is an Optional, but nothing says when it is on the wire; add @When(\"field\") "
                        + "naming an earlier boolean or integer component", foo, 6)
                .verify();
    }

    @Test
    void whenNeedsValuesNotBoth() {
        String offending = "    @When(value = \"flags\", bit = 2, anyOf = {1, 2})";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    byte flags,",                                // 5
                offending,                                        // 6
                "    java.util.Optional<Integer> value) {}");     // 7
        compiling(foo)
                .error("@When(\"flags\") on 'value' refers to an integer; say when the field is present with "
                        + "bit = n, with anyOf = {...} or with a range min = a, max = b (one of them only)", foo, 6,
                        columnOf(offending, "@"))
                .verify();
    }

    @Test
    void whenNeedsValuesNeitherGivenReadsWell() {
        String offending = "    @When(\"flags\")";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    byte flags,",                                // 5
                offending,                                        // 6
                "    java.util.Optional<Integer> value) {}");     // 7
        compiling(foo)
                .error("@When(\"flags\") on 'value' refers to an integer; say when the field is present with "
                        + "bit = n, with anyOf = {...} or with a range min = a, max = b", foo, 6, columnOf(offending, "@"))
                .nowhere("not neither")
                .nowhere("not both")
                .verify();
    }

    // ================================================================ varints

    @Test
    void varintOnWrongType() {
        String offending = "    @Varint";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    short value) {}");                           // 6
        compiling(foo)
                .error("@Varint applies to int and long components, but 'value' is short; change the type or "
                        + "remove @Varint", foo, 5, columnOf(offending, "@"))
                .verify();
    }

    @Test
    void varintAndFixedWidthConflict() {
        String offending = "    @UInt16";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    @Varint",                                    // 5
                offending,                                        // 6
                "    int value) {}");                             // 7
        compiling(foo)
                .error("'value' has both @Varint and @UInt16; keep one", foo, 6, columnOf(offending, "@"))
                .verify();
    }

    // ================================================================ bit fields

    @Test
    void bitsOutOfRange() {
        String offending = "    @Bits(40)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    int wide,",                                  // 6
                "    byte after) {}");                            // 7
        compiling(foo)
                .error("@Bits(40) on 'wide': a bit field is 1 to 31 bits wide here; use a width in that range",
                        foo, 5, columnOf(offending, "40"))
                .verify();
    }

    @Test
    void bitsOutOfRangeIsOneError() {
        String offending = "    @Bits(9)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    byte value,",                                // 6
                "    @Bits(7) byte other) {}");                   // 7
        compiling(foo)
                .error("@Bits(9) on 'value': a bit field is 1 to 7 bits wide here; use a width in that range",
                        foo, 5, columnOf(offending, "9"))
                .verify();
    }

    @Test
    void bitsOnWrongType() {
        String offending = "    @Bits(8)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    float value) {}");                           // 6
        compiling(foo)
                .error("@Bits applies to boolean, integer and @WireEnum components, but 'value' is float; "
                        + "remove @Bits", foo, 5, columnOf(offending, "@"))
                .verify();
    }

    @Test
    void bitsOnWrongTypeIsOneError() {
        String offending = "    @Bits(4)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    float value,",                               // 6
                "    @Bits(4) int other) {}");                    // 7
        // 'other' alone would be half a byte, but its group is not judged once a member is rejected
        compiling(foo)
                .error("@Bits applies to boolean, integer and @WireEnum components, but 'value' is float; "
                        + "remove @Bits", foo, 5, columnOf(offending, "@"))
                .verify();
    }

    @Test
    void bitsGroupNotBytes() {
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    @Bits(3) int a,",                            // 5
                "    @Bits(2) int b,",                            // 6
                "    int c) {}");                                 // 7
        compiling(foo)
                .error("The bit fields [a, b] add up to 5 bits, which is not a whole number of bytes; add 3 more "
                        + "bit(s), e.g. a reserved @Bits(3) component", foo, 5)
                .verify();
    }

    @Test
    void bitsGroupTooWide() {
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    @Bits(40) long a,",                          // 5
                "    @Bits(32) long b) {}");                      // 6
        compiling(foo)
                .error("The bit fields [a, b] add up to 72 bits; a group holds at most 64 bits, so split it", foo, 5)
                .verify();
    }

    @Test
    void bitsAndLengthConflict() {
        String offending = "    @Length(Width.UINT8)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                "    @Bits(8)",                                   // 5
                offending,                                        // 6
                "    int a,",                                     // 7
                "    @Remaining byte[] rest) {}");                // 8
        compiling(foo)
                .error("'a' has both @Bits and @Length; keep one", foo, 6, columnOf(offending, "@"))
                .verify();
    }
}
