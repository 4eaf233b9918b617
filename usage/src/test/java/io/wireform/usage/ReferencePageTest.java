package io.wireform.usage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example of docs/REFERENCE.md, compiled with the processor and checked against the codecs it
 * generated: the bytes each value encodes to, the value bytes decode to, the errors, and what each
 * runnable example prints. See {@link ReferencePage} for how the page marks them.
 */
class ReferencePageTest {

    @Test
    void examplesCompileWithoutWarnings() {
        Compilers.Result result = ReferencePage.compiled();
        assertTrue(result.success(), () -> "the page's examples do not compile:\n" + String.join("\n",
                result.problems().stream().map(Object::toString).toList()));
        assertEquals(List.of(), result.generatedWarnings());
        assertTrue(ReferencePage.examples().size() >= 20, "the page has its examples");
    }

    @TestFactory
    List<DynamicTest> wireLines() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ReferencePage.Example e : ReferencePage.examples()) {
            for (ReferencePage.WireLine w : e.wires()) {
                tests.add(DynamicTest.dynamicTest("REFERENCE.md:" + w.line() + ": " + w.text(), () -> check(e, w)));
            }
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> runs() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ReferencePage.Example e : ReferencePage.examples()) {
            for (ReferencePage.Run r : e.runs()) {
                tests.add(DynamicTest.dynamicTest("REFERENCE.md:" + r.code().line(), () -> run(e, r)));
            }
        }
        return tests;
    }

    @SuppressWarnings("unchecked")
    private static void check(ReferencePage.Example e, ReferencePage.WireLine w) throws Exception {
        Object[] codecAndValue;
        try {
            codecAndValue = (Object[]) ReferencePage.loader().loadClass(e.pkg() + ".Checks")
                    .getMethod("l" + w.line()).invoke(null);
        } catch (InvocationTargetException ex) {
            throw new AssertionError("the line's value cannot be made", ex.getCause());
        }
        WireCodec<Object> codec = (WireCodec<Object>) codecAndValue[0];
        Object value = codecAndValue[1];
        if (w.decode()) {
            byte[] bytes = ReferencePage.hex(w.left());
            if (w.error()) {
                WireException error = assertThrows(WireException.class, () -> codec.decode(bytes));
                assertEquals(w.right().substring("error: ".length()), error.getMessage());
                return;
            }
            assertEquals(value, codec.decode(bytes), "decoded");
            return;
        }
        if (w.error()) {
            Exception error = assertThrows(Exception.class, () -> codec.encode(value));
            if (!(error instanceof WireException) && !(error instanceof IllegalArgumentException)) {
                fail("not the library's exception", error);
            }
            assertEquals(w.right().substring("error: ".length()), error.getMessage());
            return;
        }
        byte[] expected = ReferencePage.hex(w.right());
        byte[] encoded = codec.encode(value);
        assertEquals(HexFormat.of().formatHex(expected), HexFormat.of().formatHex(encoded), "encoded");
        assertEquals(expected.length, codec.sizeOf(value), "sizeOf");
        Object decoded = codec.decode(encoded);
        assertArrayEquals(expected, codec.encode(decoded), "decoded and encoded again");
        int frameLength = codec.frameLength(ByteBuffer.wrap(encoded));
        assertEquals(expected.length, frameLength, "frameLength");
    }

    private static synchronized void run(ReferencePage.Example e, ReferencePage.Run r) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ReferencePage.loader().loadClass(e.pkg() + "." + r.className()).getMethod("run").invoke(null);
        } catch (InvocationTargetException ex) {
            throw new AssertionError("REFERENCE.md:" + r.code().line() + " threw", ex.getCause());
        } finally {
            System.setOut(out);
        }
        assertEquals(r.output().text(), captured.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }
}
