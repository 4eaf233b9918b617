package io.wireform.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.stream.FrameWriter;
import io.wireform.runtime.stream.Framing;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * Encodes outbound messages of type {@code T} with a {@link FrameWriter}: the codec's bytes with
 * the {@link Framing} around them, the same bytes a {@code FrameReader} with that framing reads.
 * Other outbound messages pass through untouched.
 *
 * <pre>{@code
 * ch.pipeline().addLast(new WireframeEncoder<>(BlobCodec.INSTANCE, Framing.lengthPrefixed(4)));
 * }</pre>
 *
 * <p>A value the codec cannot encode (a {@link io.wireform.runtime.WireEncodeException}) fails the
 * write's promise with an {@link io.netty.handler.codec.EncoderException} whose cause it is; nothing
 * is written then. A message ending with a {@link io.wireform.runtime.Payload} is written as its
 * header, then the payload copied from its source, all into the one outbound buffer: the payload is
 * not held twice, but it is held once, so this suits payloads that fit in memory.
 *
 * <p>Stateless: one instance may serve every channel.
 *
 * @param <T> the message type
 */
@ChannelHandler.Sharable
public class WireframeEncoder<T> extends MessageToByteEncoder<T> {
    private final FrameWriter<T> writer;

    /**
     * An encoder for the messages of {@code codec}'s type, which is read from the codec's class
     * (generated codecs implement {@code WireCodec<Type>}).
     *
     * @throws IllegalArgumentException if the codec's class does not name its message type; use
     *     {@link #WireframeEncoder(Class, WireCodec, Framing)} then
     */
    public WireframeEncoder(WireCodec<T> codec, Framing framing) {
        this(messageType(codec), codec, framing);
    }

    /** An encoder for the messages that are instances of {@code messageType}. */
    public WireframeEncoder(Class<? extends T> messageType, WireCodec<T> codec, Framing framing) {
        super(Objects.requireNonNull(messageType, "messageType"));
        this.writer = new FrameWriter<>(codec, framing);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, T message, ByteBuf out) throws Exception {
        // a message without a payload is one write of its framed bytes; one with a payload, its
        // header and then the payload streamed from its source
        writer.write(message, new ByteBufOutputStream(out));
    }

    /** The {@code T} of {@code WireCodec<T>} as the codec's class declares it. */
    @SuppressWarnings("unchecked")
    static <T> Class<? extends T> messageType(WireCodec<T> codec) {
        Objects.requireNonNull(codec, "codec");
        Class<?> type = messageType(codec.getClass());
        if (type == null) {
            throw new IllegalArgumentException(codec.getClass().getName() + " does not declare its message type as"
                    + " WireCodec<Type>; pass the type: new WireframeEncoder<>(Type.class, codec, framing)");
        }
        return (Class<? extends T>) type;
    }

    private static Class<?> messageType(Class<?> codecClass) {
        for (Class<?> c = codecClass; c != null && c != Object.class; c = c.getSuperclass()) {
            Class<?> found = fromTypes(c.getGenericInterfaces());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The first type argument that is a class, of a parameterized type that is or extends WireCodec. */
    private static Class<?> fromTypes(Type[] types) {
        for (Type type : types) {
            if (type instanceof ParameterizedType parameterized
                    && parameterized.getRawType() instanceof Class<?> raw
                    && WireCodec.class.isAssignableFrom(raw)
                    && parameterized.getActualTypeArguments().length == 1) {
                Type argument = parameterized.getActualTypeArguments()[0];
                if (argument instanceof Class<?> c) {
                    return c;
                }
                if (argument instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
                    return c;
                }
            }
        }
        return null;
    }
}
