package io.wireform.processor;

import static io.wireform.processor.DiagnosticsSupport.columnOf;
import static io.wireform.processor.DiagnosticsSupport.compiling;
import static io.wireform.processor.DiagnosticsSupport.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per diagnostic of {@code @CountOf}; conventions of {@link DiagnosticsTest}. */
class CountOfDiagnosticsTest {

    @Test
    void namesNoComponent() {
        String line = "    @CountOf(value = Width.UINT8, list = \"itemz\") java.util.List<Byte> items) {}";
        JavaFileObject foo = source("Foo", "@Message", "record Foo(byte a,", line);
        compiling(foo)
                .error("@CountOf(list = \"itemz\") on 'items' names no component of Foo; use one of: items", foo, 5,
                        columnOf(line, "\"itemz\""))
                .verify();
    }

    @Test
    void namesNoComponentAndNoListFollows() {
        String line = "record Foo(@CountOf(value = Width.UINT8, list = \"x\") byte a, byte b) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(foo)
                .error("@CountOf(list = \"x\") on 'a' names no component of Foo; there is no List component from here "
                        + "on, so remove the @CountOf", foo, 4, columnOf(line, "\"x\""))
                .verify();
    }

    @Test
    void namesANonList() {
        String line = "record Foo(@CountOf(value = Width.UINT8, list = \"data\") @Prefixed(Width.UINT8) byte[] data) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(foo)
                .error("@CountOf(list = \"data\") on 'data' names 'data' of type byte[]; it counts the elements of a List "
                        + "component (a byte string's size is a @Length or a @Prefixed)", foo, 4, columnOf(line, "\"data\""))
                .verify();
    }

    @Test
    void listBeforeIt() {
        String line = "    @CountOf(value = Width.UINT8, list = \"items\") byte b) {}";
        JavaFileObject foo = source("Foo", "@Message", "record Foo(java.util.List<Byte> items,", line);
        compiling(foo)
                .error("@CountOf(list = \"items\") on 'b' is written before 'b', but 'items' comes earlier and would be "
                        + "read before its count; move the @CountOf to 'items' or a component before it", foo, 5,
                        columnOf(line, "\"items\""))
                .verify();
    }

    @Test
    void listHasItsOwnCount() {
        String line = "record Foo(@CountOf(value = Width.UINT8, list = \"items\") @Prefixed(Width.UINT8) "
                + "java.util.List<Byte> items) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(foo)
                .error("@CountOf(list = \"items\") on 'items' gives the list its count, but the list has @Prefixed too, "
                        + "which says the same; remove @Prefixed from 'items'", foo, 4, columnOf(line, "\"items\""))
                .verify();
    }

    @Test
    void countedTwice() {
        String line = "    @CountOf(value = Width.UINT16, list = \"items\") java.util.List<Byte> items) {}";
        JavaFileObject foo = source("Foo", "@Message", "record Foo(@CountOf(value = Width.UINT8, list = \"items\") byte a,",
                line);
        compiling(foo)
                .error("'items' is counted by two @CountOf, on 'a' and on 'items'; keep one", foo, 5,
                        columnOf(line, "\"items\""))
                .verify();
    }

    @Test
    void widthTooNarrowForMax() {
        String line = "record Foo(@CountOf(value = Width.UINT8, list = \"items\") @Max(300) java.util.List<Byte> items) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(foo)
                .error("@CountOf(Width.UINT8) for 'items' holds at most 255, but 'items' has @Max(300); use a wider Width, "
                        + "or lower @Max", foo, 4, columnOf(line, ".UINT8"))
                .verify();
    }

    @Test
    void onABitField() {
        String line = "record Foo(@CountOf(value = Width.UINT8, list = \"items\") @Bits(8) int a, java.util.List<Byte> items) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(foo)
                .error("'a' has both @Bits and @CountOf; keep one", foo, 4, columnOf(line, "@CountOf"))
                .verify();
    }
}
