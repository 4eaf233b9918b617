package io.wireform.processor.generate.explain;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Modifier;

/** The {@code decodeTraced} methods of generated codecs, around bodies their generators make with {@link TraceHooks}. */
public final class ExplainMethods {
    /** The runtime's trace, which generated {@code decodeTraced} methods tell of each field. */
    public static final ClassName TRACE_TYPE = ClassName.get("io.wireform.runtime.explain", "Trace");
    private static final ClassName BYTE_BUFFER = ClassName.get("java.nio", "ByteBuffer");

    private ExplainMethods() {}

    /** {@code decodeTraced(ByteBuffer in, int limit, Trace trace)} of a {@code WireCodec}. */
    public static MethodSpec decodeTraced(TypeName messageType, CodeBlock body) {
        return MethodSpec.methodBuilder("decodeTraced")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(messageType)
                .addParameter(BYTE_BUFFER, "in")
                .addParameter(int.class, "limit")
                .addParameter(TRACE_TYPE, TraceHooks.TRACE)
                .addCode(body)
                .build();
    }

    /** {@code decodeTraced(ByteBuffer in, int limit, long selector, Trace trace)} of a {@code SelectedCodec}. */
    public static MethodSpec decodeTracedSelected(TypeName messageType, CodeBlock body) {
        return MethodSpec.methodBuilder("decodeTraced")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(messageType)
                .addParameter(BYTE_BUFFER, "in")
                .addParameter(int.class, "limit")
                .addParameter(long.class, "selector")
                .addParameter(TRACE_TYPE, TraceHooks.TRACE)
                .addCode(body)
                .build();
    }

    /** A call of a variant's {@code decodeTraced}, its rows placed under the protocol {@code path}. */
    public static CodeBlock variantCall(ClassName codec, String path) {
        return CodeBlock.of("$T.INSTANCE.decodeTraced(in, limit, $L.under($S))", codec, TraceHooks.TRACE, path);
    }

    /** The tag's row of a tagged protocol, once the tag named a variant. */
    public static CodeBlock tag(String path, String from, String to) {
        return CodeBlock.builder().addStatement("$L.derived($S, $L, $L, tag, $S)", TraceHooks.TRACE, path, from, to,
                "tag, checked").build();
    }
}
