package io.wireform.processor.generate;

import static io.wireform.processor.generate.RuntimeTypes.BYTE_BUFFER;
import static io.wireform.processor.generate.RuntimeTypes.DECODE_SAYS;
import static io.wireform.processor.generate.RuntimeTypes.FRAME_SCAN;
import static io.wireform.processor.generate.RuntimeTypes.WIRE_EXCEPTION;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.wireform.processor.model.MessageModel;
import javax.lang.model.element.Modifier;

/**
 * A codec's {@code frameLength(in, start, limit, scan)} (and {@code headerLength}) as two methods: the walk
 * that measures the frame, {@code measure} ({@code measureHeader}), which codecs nesting this one call; and
 * the method readers call, which runs the walk and, where it finds the bytes wrong, says what {@code decode}
 * says of them ({@code DecodeSays}): one error for one input, whichever way it is read, asked on the error
 * path alone.
 */
final class MeasureMethods {
    private MeasureMethods() {}

    /** {@code measure}, or {@code measureHeader} for {@code headerLength}: the walk of {@code body}. */
    static MethodSpec walk(String name, CodeBlock body) {
        String walk = walkOf(name);
        return MethodSpec.methodBuilder(walk)
                .addJavadoc("The walk of {@link #$L(ByteBuffer, int, int, FrameScan)}, for codecs that nest this one: the\n"
                        + "errors it finds are its own, where {@code $L} asks decode of the whole frame.\n", name, name)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addParameter(BYTE_BUFFER, "in")
                .addParameter(int.class, "start")
                .addParameter(int.class, "limit")
                .addParameter(FRAME_SCAN, "scan")
                .addCode(body)
                .build();
    }

    /** {@code frameLength(in, start, limit, scan)} or {@code headerLength}: the walk, and decode's error where it finds one. */
    static MethodSpec asksDecode(String name) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addParameter(BYTE_BUFFER, "in")
                .addParameter(int.class, "start")
                .addParameter(int.class, "limit")
                .addParameter(FRAME_SCAN, "scan")
                .beginControlFlow("try")
                .addStatement("return $L(in, start, limit, scan)", walkOf(name))
                .nextControlFlow("catch ($T e)", WIRE_EXCEPTION)
                .addComment("the walk passes over values decode checks: decode's error for these bytes is the one")
                .addStatement("return $T.$L(e, this, in, start, limit)", DECODE_SAYS, name)
                .endControlFlow()
                .build();
    }

    /**
     * How a codec nesting the codec of {@code m} measures it from {@code at}: its walk, or, for a frame of
     * fixed length (whose {@code frameLength} finds no error {@code decode} does not), its frameLength.
     */
    static CodeBlock call(MessageModel m, boolean header, String at) {
        String method = header && m.isStreamed() ? "measureHeader" : m.isFixed() ? "frameLength" : "measure";
        return CodeBlock.of("$T.INSTANCE.$L(in, $L, limit, scan)", m.codecType(), method, at);
    }

    private static String walkOf(String name) {
        return name.equals("headerLength") ? "measureHeader" : "measure";
    }
}
