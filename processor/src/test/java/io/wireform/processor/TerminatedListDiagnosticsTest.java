package io.wireform.processor;

import static io.wireform.processor.DiagnosticsSupport.columnOf;
import static io.wireform.processor.DiagnosticsSupport.compiling;
import static io.wireform.processor.DiagnosticsSupport.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per diagnostic of {@code @Terminated} on a {@code List}; conventions of {@link DiagnosticsTest}. */
class TerminatedListDiagnosticsTest {

    @Test
    void everyElementStartsWithTheDelimiter() {
        JavaFileObject item = source("Item", "@Magic(\"00 01\") @Message", "record Item(byte b) {}");
        String line = "record Foo(@Terminated(\"00\") java.util.List<Item> items) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(item, foo)
                .error("@Terminated on 'items' ends the list where its delimiter comes, but every Item starts with it "
                        + "(its @Magic), so no element could be read; choose another delimiter, or count the list "
                        + "(@Prefixed, @CountOf)", foo, 4, columnOf(line, "\"00\""))
                .verify();
    }

    @Test
    void emptyDelimiter() {
        String line = "record Foo(@Terminated(\"\") java.util.List<Byte> items) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(foo)
                .error("@Terminated(\"\") on 'items' has no bytes; give at least one byte, e.g. \"FD AA\", or remove it",
                        foo, 4, columnOf(line, "\"\""))
                .verify();
    }

    @Test
    void terminatedAndCounted() {
        String line = "record Foo(@Terminated @Prefixed(Width.UINT8) java.util.List<Byte> items) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(foo)
                .error("'items' has both @Prefixed and @Terminated, which both say where it ends; keep one", foo, 4,
                        columnOf(line, "@Terminated"))
                .verify();
    }
}
