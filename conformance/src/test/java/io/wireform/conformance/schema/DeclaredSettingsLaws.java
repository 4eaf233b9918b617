package io.wireform.conformance.schema;

import io.wireform.annotations.Resync;
import io.wireform.conformance.schema.Decls.ProtocolDecl;
import io.wireform.conformance.schema.Decls.RecordDecl;
import io.wireform.conformance.schema.Decls.Schema;
import io.wireform.conformance.schema.SchemaLaws.Violation;
import io.wireform.runtime.StreamedCodec;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.Framing;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The laws of what a schema declares for its readers ({@code maxFrameLength}, {@code resync} on the
 * root's {@code @Message} or {@code @Protocol}): the root codec declares exactly that, and a reader
 * built from the codec, {@code FrameReader.builder(codec)}, reads a stream as the generated preset
 * {@code <Root>Reader.builder()} does, and as a reader given the annotation's settings by hand.
 */
final class DeclaredSettingsLaws {
    private static final Pattern MAX = Pattern.compile("maxFrameLength = (\\d+)");
    private static final Pattern RESYNC = Pattern.compile("resync = Resync\\.(\\w+)");
    private static final byte[] GARBAGE = {0x00, (byte) 0xFF, 0x13, 0x37, (byte) 0xA5};

    private DeclaredSettingsLaws() {
    }

    /** Checks both laws, with {@code frame} (one encoded frame of the root) in the stream the readers get. */
    static void check(Schema schema, WireCodec<Object> codec, ClassLoader loader, byte[] frame) {
        String annotation = schema.root() instanceof RecordDecl r ? r.message : ((ProtocolDecl) schema.root()).annotation;
        String text = annotation == null ? "" : annotation;
        Matcher max = MAX.matcher(text);
        int maxFrameLength = max.find() ? Integer.parseInt(max.group(1)) : 0;
        Matcher resync = RESYNC.matcher(text);
        Resync declared = resync.find() ? Resync.valueOf(resync.group(1)) : Resync.FAIL;
        if (codec.declaredMaxFrameLength() != maxFrameLength || codec.declaredResync() != declared) {
            throw new Violation("the root codec does not declare what its annotation says", text + ": the codec declares "
                    + codec.declaredMaxFrameLength() + ", " + codec.declaredResync(), frame, null);
        }
        Supplier<FrameReader.Builder<Object>> preset;
        int presetMax;
        try {
            Class<?> reader = Class.forName(schema.rootReader(), true, loader);
            presetMax = reader.getField("MAX_FRAME_LENGTH").getInt(null);
            preset = () -> {
                try {
                    @SuppressWarnings("unchecked")
                    FrameReader.Builder<Object> builder = (FrameReader.Builder<Object>) reader.getMethod("builder").invoke(null);
                    return builder;
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (ReflectiveOperationException e) {
            throw new Violation("the root's reader preset does not load", e.toString(), frame, e);
        }
        if (presetMax != (maxFrameLength > 0 ? maxFrameLength : FrameReader.DEFAULT_MAX_FRAME_LENGTH)) {
            throw new Violation("the preset's MAX_FRAME_LENGTH is not the declared one", text + ": " + presetMax, frame, null);
        }
        byte[] stream = concat(GARBAGE, frame, GARBAGE, frame);
        String byPreset = outcome(preset, stream);
        // frames (of a streamed codec: headers) that run to the end of their input: the preset reads until
        // close, the one framing for them
        boolean toEnd = codec instanceof StreamedCodec<?> streamed ? streamed.headerRunsToEnd() : codec.runsToEnd();
        Framing framing = toEnd ? Framing.untilClose() : Framing.schema();
        String byCodec = outcome(() -> FrameReader.builder(codec).framing(framing), stream);
        if (!byPreset.equals(byCodec)) {
            throw new Violation("FrameReader.builder(codec) reads otherwise than the generated preset",
                    "preset: " + byPreset + "; builder(codec): " + byCodec, stream, null);
        }
        // and as a reader given the annotation's settings by hand
        String byHand = outcome(() -> FrameReader.builder(codec).framing(framing).maxFrameLength(presetMax)
                .resync(declared), stream);
        if (!byHand.equals(byCodec)) {
            throw new Violation("FrameReader.builder(codec) reads otherwise than with the annotation's settings set",
                    text + ": set: " + byHand + "; builder(codec): " + byCodec, stream, null);
        }
    }

    /** What a reader built from {@code builder} makes of {@code stream}, fed whole, then its end. */
    private static String outcome(Supplier<FrameReader.Builder<Object>> builder, byte[] stream) {
        FrameReader<Object> reader;
        try {
            reader = builder.get().build();
        } catch (RuntimeException e) {
            return "build threw " + e;
        }
        List<Object> messages = new ArrayList<>();
        String end;
        try {
            reader.feed(java.nio.ByteBuffer.wrap(stream), messages::add);
            reader.endOfStream(messages::add);
            end = "ended";
        } catch (RuntimeException e) {
            end = "threw " + e;
        }
        return messages.size() + " messages, " + end + ", dropped " + reader.bytesDropped() + ", buffered "
                + reader.buffered() + ", capacity " + reader.capacity();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
