package io.wireform.conformance.stream;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import io.wireform.annotations.Resync;
import io.wireform.netty.Wireform;
import io.wireform.runtime.Payload;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.PayloadSink;
import io.wireform.runtime.stream.WireReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The ways a stream reaches a reader: pushed whole, a byte at a time, in chunks; pulled; through Netty. */
public enum Feeds {
    PUSH_WHOLE("push, whole"),
    PUSH_BYTES("push, one byte at a time"),
    PUSH_CHUNKS("push, random chunks"),
    PULL_STREAM("pull, InputStream"),
    PULL_CHANNEL("pull, ReadableByteChannel"),
    NETTY("Netty decoder, random chunks");

    private final String label;

    Feeds(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** Reads {@code stream} with a reader of {@code subject} under {@code resync}; chunk sizes from {@code seed}. */
    public <T> Observation run(Subject<T> subject, Resync resync, int maxFrameLength, byte[] stream, long seed) {
        Random random = new Random(seed);
        long[] dropped = {0};
        List<Object> messages = new ArrayList<>();
        List<ReaderOffsets.Reported> reported = new ArrayList<>();
        Map<Object, ByteArrayOutputStream> payloads = new IdentityHashMap<>();
        FrameReader.Builder<T> builder = subject.readers().get().resync(resync)
                .onDropped((bytes, at, cause) -> {
                    dropped[0] += bytes;
                    reported.add(new ReaderOffsets.Reported(cause, at, false));
                });
        if (maxFrameLength > 0) {
            builder.maxFrameLength(maxFrameLength);
        }
        if (subject.payloadOf() != null && this != PULL_STREAM && this != PULL_CHANNEL) {
            builder.onPayload(new PayloadSink<T>() {
                @Override
                public void bytes(T message, ByteBuffer chunk) {
                    byte[] bytes = new byte[chunk.remaining()];
                    chunk.get(bytes);
                    payloads.computeIfAbsent(message, m -> new ByteArrayOutputStream()).writeBytes(bytes);
                }

                @Override
                public void end(T message) {
                    payloads.computeIfAbsent(message, m -> new ByteArrayOutputStream());
                }
            });
        }
        Throwable error = null;
        long[] frameStart = {-1};
        try {
            switch (this) {
                case PUSH_WHOLE, PUSH_BYTES, PUSH_CHUNKS -> push(builder.build(), stream, random, messages, frameStart);
                case PULL_STREAM, PULL_CHANNEL -> pull(subject, builder.build(), stream, random, messages, payloads);
                default -> netty(builder, stream, random, messages);
            }
        } catch (Throwable t) {
            error = t instanceof DecoderException && t.getCause() != null ? t.getCause() : t;
        }
        List<String> described = new ArrayList<>();
        for (Object m : messages) {
            ByteArrayOutputStream payload = payloads.get(m);
            if (payload == null && subject.payloadOf() != null && subject.payloadOf().apply(m) != null) {
                // a push reader's sink heard nothing of a payload the stream ended before: none of its bytes
                payload = new ByteArrayOutputStream();
            }
            described.add(subject.describe().apply(m)
                    + (payload == null ? "" : " + payload " + HexFormat.of().formatHex(payload.toByteArray())));
        }
        boolean unexpected = error != null && !(error instanceof io.wireform.runtime.WireException);
        if (error instanceof io.wireform.runtime.WireException thrown) {
            reported.add(new ReaderOffsets.Reported(thrown, frameStart[0], true));
        }
        return new Observation(described, dropped[0], Observation.describe(error), unexpected ? error : null,
                reported);
    }

    /**
     * Feeds the chunks; when the reader throws, {@code frameStart[0]} is the stream offset of the bytes it
     * keeps (a failed decode consumes nothing, so its frame starts there): the bytes it took, less those
     * still buffered.
     */
    private <T> void push(FrameReader<T> reader, byte[] stream, Random random, List<Object> messages,
                          long[] frameStart) {
        long taken = 0;
        for (byte[] chunk : chunks(stream, random)) {
            ByteBuffer bytes = ByteBuffer.wrap(chunk);
            try {
                reader.feed(bytes, messages::add);
            } catch (io.wireform.runtime.WireException e) {
                frameStart[0] = taken + bytes.position() - reader.buffered();
                throw e;
            }
            taken += chunk.length;
        }
        try {
            reader.endOfStream(messages::add);
        } catch (io.wireform.runtime.WireException e) {
            frameStart[0] = taken - reader.buffered();
            throw e;
        }
    }

    private List<byte[]> chunks(byte[] stream, Random random) {
        List<byte[]> chunks = new ArrayList<>();
        int at = 0;
        while (at < stream.length) {
            int n = this == PUSH_WHOLE ? stream.length : this == PUSH_BYTES ? 1 : chunkSize(random);
            n = Math.min(n, stream.length - at);
            chunks.add(java.util.Arrays.copyOfRange(stream, at, at + n));
            at += n;
        }
        return chunks;
    }

    private static int chunkSize(Random random) {
        int pick = random.nextInt(10);
        return pick < 5 ? 1 + random.nextInt(8) : pick < 9 ? 1 + random.nextInt(128) : 1 + random.nextInt(4096);
    }

    private <T> void pull(Subject<T> subject, FrameReader<T> frames, byte[] stream, Random random, List<Object> messages,
                          Map<Object, ByteArrayOutputStream> payloads) throws IOException {
        WireReader<T> reader = this == PULL_STREAM ? WireReader.of(new ChunkedStream(stream, random), frames)
                : WireReader.of(new ChunkedChannel(stream, random), frames);
        for (T message; (message = reader.read()) != null; ) {
            messages.add(message);
            Payload payload = subject.payloadOf() == null ? null : subject.payloadOf().apply(message);
            if (payload != null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                payloads.put(message, bytes);
                try (InputStream in = payload.openStream()) {
                    in.transferTo(bytes);
                }
            }
        }
    }

    private <T> void netty(FrameReader.Builder<T> builder, byte[] stream, Random random, List<Object> messages) {
        EmbeddedChannel channel = new EmbeddedChannel(Wireform.decoder(builder));
        try {
            for (byte[] chunk : chunks(stream, random)) {
                channel.writeInbound(Unpooled.wrappedBuffer(chunk));
                drain(channel, messages);
            }
            channel.finish();
        } finally {
            drain(channel, messages);
            channel.close();
        }
    }

    private static void drain(EmbeddedChannel channel, List<Object> messages) {
        for (Object m; (m = channel.readInbound()) != null; ) {
            messages.add(m);
        }
    }

    /** Hands out the stream in chunks of random size, as a socket does. */
    private static final class ChunkedStream extends InputStream {
        private final byte[] bytes;
        private final Random random;
        private int at;

        ChunkedStream(byte[] bytes, Random random) {
            this.bytes = bytes;
            this.random = random;
        }

        @Override
        public int read() {
            return at < bytes.length ? bytes[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (at == bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(length, chunkSize(random)), bytes.length - at);
            System.arraycopy(bytes, at, into, offset, n);
            at += n;
            return n;
        }
    }

    private static final class ChunkedChannel implements ReadableByteChannel {
        private final byte[] bytes;
        private final Random random;
        private int at;
        private boolean open = true;

        ChunkedChannel(byte[] bytes, Random random) {
            this.bytes = bytes;
            this.random = random;
        }

        @Override
        public int read(ByteBuffer into) {
            if (at == bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(into.remaining(), chunkSize(random)), bytes.length - at);
            into.put(bytes, at, n);
            at += n;
            return n;
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }
}
