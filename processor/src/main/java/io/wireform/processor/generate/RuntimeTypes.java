package io.wireform.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** Runtime types that generated code refers to. */
final class RuntimeTypes {
    static final ClassName WIRE_CODEC = ClassName.get("io.wireform.runtime", "WireCodec");
    static final ClassName STREAMED_CODEC = ClassName.get("io.wireform.runtime", "StreamedCodec");
    static final ClassName PAYLOAD_SOURCE = ClassName.get("io.wireform.runtime", "StreamedCodec", "PayloadSource");
    static final ClassName PAYLOAD = ClassName.get("io.wireform.runtime", "Payload");
    static final ClassName FRAME_SCAN = ClassName.get("io.wireform.runtime", "FrameScan");
    static final ClassName WIRE_EXCEPTION = ClassName.get("io.wireform.runtime", "WireException");
    static final ClassName WIRE_ENCODE_EXCEPTION = ClassName.get("io.wireform.runtime", "WireEncodeException");
    static final ClassName WIRE_DECODE_EXCEPTION = ClassName.get("io.wireform.runtime", "WireDecodeException");
    static final ClassName BYTES = ClassName.get("io.wireform.runtime.support", "Bytes");
    static final ClassName FRAMES = ClassName.get("io.wireform.runtime.support", "Frames");
    static final ClassName VALUES = ClassName.get("io.wireform.runtime.support", "Values");
    static final ClassName TEXTS = ClassName.get("io.wireform.runtime.support", "Texts");
    static final ClassName VARINTS = ClassName.get("io.wireform.runtime.support", "Varints");
    static final ClassName LENENCS = ClassName.get("io.wireform.runtime.support", "Lenencs");
    static final ClassName NULLS = ClassName.get("io.wireform.runtime.support", "Nulls");
    static final ClassName DECODE_SAYS = ClassName.get("io.wireform.runtime.support", "DecodeSays");
    static final ClassName DELIMITERS = ClassName.get("io.wireform.runtime.support", "Delimiters");
    static final ClassName CHECKSUMS = ClassName.get("io.wireform.runtime.support", "Checksums");
    static final ClassName CHECKSUM_MISMATCH = ClassName.get("io.wireform.runtime", "ChecksumMismatchException");
    static final ClassName UNKNOWN_TAG = ClassName.get("io.wireform.runtime", "UnknownTagException");
    static final ClassName BYTE_BUFFER = ClassName.get("java.nio", "ByteBuffer");
    static final ClassName CHARSET = ClassName.get("java.nio.charset", "Charset");
    static final ClassName STANDARD_CHARSETS = ClassName.get("java.nio.charset", "StandardCharsets");

    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private RuntimeTypes() {}

    /** {@code @Generated}, without a date, so that output is identical from build to build. */
    static AnnotationSpec generated() {
        return AnnotationSpec.builder(GENERATED)
                .addMember("value", "$S", "io.wireform.processor.WireformProcessor")
                .build();
    }
}
