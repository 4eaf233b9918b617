package io.wireform.processor;

import static io.wireform.processor.DiagnosticsSupport.columnOf;
import static io.wireform.processor.DiagnosticsSupport.compiling;
import static io.wireform.processor.DiagnosticsSupport.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Padding} on a record (reserved bytes after its last component) used where it means nothing, or
 * said in a way that means something else: one error on the annotation value, with the fix.
 */
class RecordPaddingDiagnosticsTest {

    @Test
    void beforeOnARecord() {
        String offending = "@Padding(before = 2)";
        JavaFileObject foo = source("Foo",
                offending,                                        // 3
                "@Message",                                       // 4
                "record Foo(int value) {}");                      // 5
        compiling(foo)
                .error("@Padding(before = 2) on record Foo: a record's reserved bytes follow its last component; "
                        + "write @Padding(2) on the record, or put @Padding(before = 2) on a component",
                        foo, 3, columnOf(offending, "2"))
                .verify();
    }

    @Test
    void afterOnARecord() {
        String offending = "@Padding(after = 1)";
        JavaFileObject foo = source("Foo",
                offending,                                        // 3
                "@Message",                                       // 4
                "record Foo(int value) {}");                      // 5
        compiling(foo)
                .error("@Padding(after = 1) on record Foo: a record's reserved bytes follow its last component; "
                        + "write @Padding(1) on the record", foo, 3, columnOf(offending, "1"))
                .verify();
    }

    @Test
    void negativeOnARecord() {
        String offending = "@Padding(-2)";
        JavaFileObject foo = source("Foo",
                offending,                                        // 3
                "@Message",                                       // 4
                "record Foo(int value) {}");                      // 5
        compiling(foo)
                .error("@Padding(value = -2) on 'Foo' is negative; reserved bytes are counted from 0",
                        foo, 3, columnOf(offending, "-2"))
                .verify();
    }

    @Test
    void valueOnAComponent() {
        String offending = "    @Padding(3)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(",                                    // 4
                offending,                                        // 5
                "    int value) {}");                             // 6
        compiling(foo)
                .error("@Padding(3) on 'value' does not say where its reserved bytes go; write @Padding(before = 3) "
                        + "or @Padding(after = 3)", foo, 5, columnOf(offending, "3"))
                .verify();
    }

    @Test
    void fillDiffersFromTheLastComponents() {
        String offending = "@Padding(value = 2, fill = 0)";
        JavaFileObject foo = source("Foo",
                offending,                                        // 3
                "@Message",                                       // 4
                "record Foo(@Padding(after = 1, fill = 0xFF) int value) {}"); // 5
        compiling(foo)
                .error("@Padding(2, fill = 0) on record Foo follows 'value', whose @Padding has fill = 255; reserved "
                        + "bytes in a row have one fill: give both the same fill, or write @Padding(after = 3, "
                        + "fill = 255) on 'value' and remove the record's", foo, 3)
                .verify();
    }

    @Test
    void onATypeThatIsNoMessage() {
        String offending = "@Padding(2)";
        JavaFileObject foo = source("Foo",
                offending,                                        // 3
                "record Foo(int value) {}");                      // 4
        compiling(foo)
                .error("@Padding on Foo has no effect because Foo is not a @Message record or a record of a @Protocol; "
                        + "annotate it @Message, or remove @Padding", foo, 3)
                .verify();
    }

    @Test
    void afterAStreamedPayload() {
        JavaFileObject foo = source("Foo",
                "@Padding(2)",                                    // 3
                "@Message",                                       // 4
                "record Foo(@Prefixed(Width.UINT32) io.wireform.runtime.Payload data) {}"); // 5
        compiling(foo)
                .error("no reserved bytes (@Padding on the record) can follow it; remove @Padding from Foo", foo, 5)
                .verify();
    }

    @Test
    void reservedBytesAfterAStreamedPayload() {
        String offending = "@Padding(after = 3)";
        JavaFileObject foo = source("Foo",
                "@Message",                                       // 3
                "record Foo(@Prefixed(Width.UINT32) " + offending + " io.wireform.runtime.Payload data) {}"); // 4
        compiling(foo)
                .error("'data' is a Payload, which streams the rest of its frame, so no reserved bytes "
                        + "(@Padding(after = ...)) can follow it; remove after = 3", foo, 4,
                        columnOf("record Foo(@Prefixed(Width.UINT32) " + offending, "3)"))
                .verify();
    }
}
