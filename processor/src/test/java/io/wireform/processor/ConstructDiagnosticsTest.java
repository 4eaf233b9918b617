package io.wireform.processor;

import static io.wireform.processor.DiagnosticsSupport.columnOf;
import static io.wireform.processor.DiagnosticsSupport.compiling;
import static io.wireform.processor.DiagnosticsSupport.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per diagnostic of {@code @Const}, {@code @Range}, {@code @Half} and the newer {@code @When} tests; conventions of {@link DiagnosticsTest}. */
class ConstructDiagnosticsTest {

    @Test
    void constOnAString() {
        String line = "record Foo(@Const(1) @Prefixed(Width.UINT8) String name) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(foo)
                .error("@Const applies to integer, boolean and @WireEnum components, but 'name' is java.lang.String; "
                        + "remove @Const", foo, 4, columnOf(line, "@Const"))
                .verify();
    }

    @Test
    void constTooWideForItsField() {
        String line = "record Foo(@Const(300) @UInt8 short version) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(foo)
                .error("@Const(300) on 'version' is not a value it can hold on the wire (unsigned 1-byte: 0 to 255); "
                        + "give a value in that range", foo, 4, columnOf(line, "300"))
                .verify();
    }

    @Test
    void constTooWideForItsBits() {
        String line = "record Foo(@Bits(2) @Const(4) int flags, @Bits(6) int rest) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(foo)
                .error("@Const(4) on 'flags' is not a value it can hold on the wire (a 2-bit field holds 0 to 3)", foo, 4,
                        columnOf(line, "4)"))
                .verify();
    }

    @Test
    void constNotACodeOfItsEnum() {
        JavaFileObject mode = source("Mode", "@WireEnum", "enum Mode { @Code(1) ON, @Code(2) OFF }");
        String line = "record Foo(@Const(3) Mode mode) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(mode, foo)
                .error("@Const(3) on 'mode' is not a value it can hold on the wire (the codes of Mode are 1 (ON), 2 (OFF))",
                        foo, 4, columnOf(line, "3"))
                .verify();
    }

    @Test
    void rangeOnABoolean() {
        String line = "record Foo(@Range(from = 0, to = 1) boolean on) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(foo)
                .error("@Range applies to integer components and integer @Bits members, but 'on' is boolean; remove @Range",
                        foo, 4, columnOf(line, "@Range"))
                .verify();
    }

    @Test
    void rangeFromAboveTo() {
        String line = "record Foo(@Range(from = 10, to = 2) @UInt8 short level) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(foo)
                .error("@Range(from = 10, to = 2) on 'level' holds no value: from is greater than to; write from = 2, to = 10",
                        foo, 4, columnOf(line, "@Range"))
                .verify();
    }

    @Test
    void rangeNoValueOfItsFieldMeets() {
        String line = "record Foo(@Range(from = 300, to = 400) @UInt8 short level) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(foo)
                .error("@Range(from = 300, to = 400) on 'level' holds no value it can have on the wire (unsigned 1-byte: "
                        + "0 to 255); give a range that meets that one", foo, 4, columnOf(line, "@Range"))
                .verify();
    }

    @Test
    void rangeNoValueOfItsBitsMeets() {
        String line = "record Foo(@Bits(2) @Range(from = 4, to = 7) int flags, @Bits(6) int rest) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(foo)
                .error("@Range(from = 4, to = 7) on 'flags' holds no value it can have on the wire (a 2-bit field holds "
                        + "0 to 3); give a range that meets that one", foo, 4, columnOf(line, "@Range"))
                .verify();
    }

    @Test
    void rangeWithConst() {
        String line = "record Foo(@Const(1) @Range(from = 1, to = 3) @UInt8 short version) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(foo)
                .error("'version' has both @Const and @Range; use only one: @Const for a single value, @Range for several",
                        foo, 4, columnOf(line, "@Range"))
                .verify();
    }

    @Test
    void halfOnADouble() {
        String line = "record Foo(@Half double x) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(foo)
                .error("@Half applies to float components, but 'x' is double; remove @Half or declare it as float", foo, 4,
                        columnOf(line, "@Half"))
                .verify();
    }

    @Test
    void whenOnABooleanWithATest() {
        String line = "    @When(value = \"flag\", anyOf = {1}) java.util.Optional<Byte> b) {}";
        JavaFileObject foo = source("Foo", "@Message", "record Foo(boolean flag,", line);
        compiling(foo)
                .error("@When(\"flag\") on 'b' refers to a boolean, which is the test itself; remove anyOf (not = true "
                        + "makes the field present when it is false)", foo, 5, columnOf(line, "@When"))
                .verify();
    }

    @Test
    void whenWithARangeAndValues() {
        String line = "    @When(value = \"n\", anyOf = {1}, min = 2) java.util.Optional<Byte> b) {}";
        JavaFileObject foo = source("Foo", "@Message", "record Foo(byte n,", line);
        compiling(foo)
                .error("@When(\"n\") on 'b' refers to an integer; say when the field is present with bit = n, with "
                        + "anyOf = {...} or with a range min = a, max = b (one of them only)", foo, 5, columnOf(line, "@When"))
                .verify();
    }
}
