package io.wireform.processor;

import static io.wireform.processor.DiagnosticsSupport.columnOf;
import static io.wireform.processor.DiagnosticsSupport.compiling;
import static io.wireform.processor.DiagnosticsSupport.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The misuses of {@code @Prefixed(nullable = true)}: one error each, on {@code nullable = true}; conventions of {@link DiagnosticsTest}. */
class NullablePrefixDiagnosticsTest {

    @Test
    void nullableOnAPlainByteArray() {
        String line = "record Foo(@Prefixed(value = Width.UINT32, nullable = true) byte[] value) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(foo)
                .error("@Prefixed(nullable = true) on 'value' (byte[]): a NULL marker needs an Optional<byte[]> or "
                        + "Optional<String> component; declare it as one of those", foo, 4, columnOf(line, "true"))
                .verify();
    }

    @Test
    void nullableOnAnOptionalList() {
        String line = "record Foo(@Prefixed(value = Width.UINT8, nullable = true) java.util.Optional<java.util.List<Byte>> v) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(foo)
                .error("@Prefixed(nullable = true) on 'v' (java.util.Optional<java.util.List<java.lang.Byte>>): a NULL "
                        + "marker needs an Optional<byte[]> or Optional<String> component; declare it as one of those",
                        foo, 4, columnOf(line, "true"))
                .verify();
    }

    @Test
    void nullableWithWhen() {
        String line = "record Foo(boolean on, @When(\"on\") @Prefixed(value = Width.UINT16, nullable = true) "
                + "java.util.Optional<String> v) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(foo)
                .error("@Prefixed(nullable = true) on 'v' (java.util.Optional<java.lang.String>): the prefix already says "
                        + "when the value is absent; remove @When", foo, 4, columnOf(line, "true"))
                .verify();
    }

    @Test
    void nullableLeb128() {
        String line = "record Foo(@Prefixed(value = Width.VARINT, nullable = true) java.util.Optional<String> v) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(foo)
                .error("@Prefixed(nullable = true) on 'v' (java.util.Optional<java.lang.String>): a VARINT prefix has no "
                        + "value to spare for NULL; use a fixed width (all ones is NULL) or Width.LENENC (FB is NULL)",
                        foo, 4, columnOf(line, "true"))
                .verify();
    }
}
