package io.wireform.runtime;

import java.nio.ByteBuffer;

/**
 * Bytes that do not match the schema, or a value that cannot be encoded. Every instance says
 * where: the byte offset from the start of the frame, the field path ({@code DeviceFrame.extra1}),
 * what was expected and what was found, and a short hex window around the offset.
 */
public abstract class WireException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int WINDOW = 8;

    private long offset;
    /** How far {@link #inFrame} moved the offset: the message's first byte is this far into the frame. */
    private long framed;
    private String fieldPath;
    private final String expected;
    private final String actual;
    /** The bytes around the offending one, copied when the error is made and formatted only when asked for. */
    private byte[] window;
    /** Index in {@link #window} of the offending byte; {@code window.length} when it is past the input's end. */
    private int marked;
    private String hexWindow;
    /** The buffer the error was found in, read again by {@link #explain}; not copied, not serialized. */
    private final transient ByteBuffer source;
    /** Index in {@link #source} of the offending byte. */
    private final int index;

    /**
     * @param buffer the frame's bytes, for the hex window; may be null
     * @param frameStart index in {@code buffer} where the frame starts
     * @param index index in {@code buffer} of the offending byte
     */
    protected WireException(ByteBuffer buffer, int frameStart, int index, String fieldPath,
                            String expected, String actual) {
        this(buffer, frameStart, index, fieldPath, expected, actual, true);
    }

    /**
     * As the other constructor; without {@code stackTrace} the exception records no stack trace,
     * which is what makes it cheap. A reader that drops garbage and reports each dropped region
     * with its cause builds those causes so: their stack would say nothing about the bytes.
     */
    protected WireException(ByteBuffer buffer, int frameStart, int index, String fieldPath,
                            String expected, String actual, boolean stackTrace) {
        this(buffer, frameStart, index, fieldPath, expected, actual, null, stackTrace);
    }

    /** As the first constructor, with the exception that made the bytes wrong, such as a record constructor's refusal. */
    protected WireException(ByteBuffer buffer, int frameStart, int index, String fieldPath,
                            String expected, String actual, Throwable cause) {
        this(buffer, frameStart, index, fieldPath, expected, actual, cause, true);
    }

    private WireException(ByteBuffer buffer, int frameStart, int index, String fieldPath,
                          String expected, String actual, Throwable cause, boolean stackTrace) {
        super(null, cause, true, stackTrace);
        this.offset = (long) index - frameStart;
        this.fieldPath = fieldPath;
        this.expected = expected;
        this.actual = actual;
        this.source = buffer == null ? null : buffer.duplicate();
        this.index = index;
        if (buffer == null) {
            this.window = new byte[0];
            this.marked = -1;
        } else {
            copyWindow(buffer, index, buffer.limit());
        }
    }

    /** Copies the bytes of {@code buffer} around index {@code at}, before {@code limit}, for the hex window. */
    private void copyWindow(ByteBuffer buffer, int at, int limit) {
        int from = Math.max(0, Math.min(at - WINDOW, limit));
        int to = Math.max(from, Math.min(limit, at + WINDOW + 1));
        window = new byte[to - from];
        buffer.get(from, window);
        marked = at - from;
        hexWindow = null;
    }

    /**
     * Offset of the offending byte, counted from the start of the outermost frame being decoded: for a
     * stream reader with a framing of its own, the first byte of that framing's frame (see {@link #inFrame}).
     */
    public long offset() {
        return offset;
    }

    /** Dotted path from the message to the field, e.g. {@code DeviceFrame.extra1}. */
    public String fieldPath() {
        return fieldPath;
    }

    /** What the schema called for at that offset. */
    public String expected() {
        return expected;
    }

    /** What was there instead. */
    public String actual() {
        return actual;
    }

    /**
     * Up to 8 bytes either side of the offset, in hex, the offending byte in brackets: {@code fd aa
     * 01 [ff] 00}. Empty when there are no bytes to show.
     */
    public String hexWindow() {
        if (hexWindow == null) {
            hexWindow = formatWindow();
        }
        return hexWindow;
    }

    /**
     * Places an error raised inside a nested message within its parent: the path's first segment
     * (the nested message's name) becomes {@code parentPath}, and the offset moves by {@code
     * nestedStart}. Called by generated code.
     */
    public WireException nestedIn(String parentPath, int nestedStart) {
        int dot = fieldPath.indexOf('.');
        fieldPath = dot < 0 ? parentPath : parentPath + fieldPath.substring(dot);
        offset += nestedStart;
        return this;
    }

    /**
     * Places an error raised by a protocol's variant within the protocol: {@code protocol} is put in
     * front of the path ({@code DbFile.database} becomes {@code SmartHome.DbFile.database}) and the
     * offset moves by {@code bodyStart}, the bytes of the tag. Called by generated code.
     */
    public WireException under(String protocol, int bodyStart) {
        fieldPath = protocol + "." + fieldPath;
        offset += bodyStart;
        return this;
    }

    /**
     * Places an error found in a message within the frame a stream's framing put it in, after a header (a
     * length field, a netstring's length) or in blocks, so that it is where its byte is in the stream, as
     * the reader's own errors are: the offending byte is at index {@code at} of {@code frame}, whose first
     * byte is at index {@code frameStart}. The offset then counts from the frame's first byte, and the hex
     * window shows the bytes of {@code frame} around {@code at}, before its limit (or, for an error past the
     * message's end, before {@code at}); {@link #explain} still takes the message apart. Called by stream
     * readers.
     */
    public WireException inFrame(ByteBuffer frame, int frameStart, int at) {
        long moved = (long) at - frameStart - offset;
        offset += moved;
        framed += moved;
        if (marked >= 0) {
            copyWindow(frame, at, marked >= window.length ? Math.min(at, frame.limit()) : frame.limit());
        }
        return this;
    }

    /**
     * The frame this error came from, taken apart by {@code codec}, the codec whose decode threw it
     * (the outermost one: a protocol's, not its record's): the fields decoded before the error, then
     * the error. The bytes are read again from the buffer the error was found in, which is not
     * copied: call it before that buffer is reused. When the buffer no longer gives this error (or
     * there was none, as for an encode error), the explanation holds the error alone and says so.
     */
    public io.wireform.runtime.explain.Explanation explain(WireCodec<?> codec) {
        if (source == null) {
            return io.wireform.runtime.explain.Explanation.ofError(codec, this, "(no bytes to show: the error has no buffer)");
        }
        long inMessage = offset - framed; // the offset decode gave, from the message's first byte
        long frameStart = index - inMessage;
        if (frameStart < 0 || frameStart > source.limit()) {
            return io.wireform.runtime.explain.Explanation.ofError(codec, this, "(the buffer no longer holds the frame)");
        }
        ByteBuffer in = source.duplicate();
        in.position((int) frameStart);
        io.wireform.runtime.explain.Explanation again =
                io.wireform.runtime.explain.Explanation.of(codec, in, in.limit());
        WireException found = again.error().orElse(null);
        if (found == null || found.offset() != inMessage || !found.fieldPath().equals(fieldPath)
                || found.getClass() != getClass()) {
            return io.wireform.runtime.explain.Explanation.ofError(codec, this,
                    "(the buffer no longer gives this error when read again with " + codec.getClass().getSimpleName() + ")");
        }
        return again;
    }

    /** One line naming the problem, without location; the message adds the location. */
    protected abstract String problem();

    @Override
    public String getMessage() {
        StringBuilder message = new StringBuilder(problem())
                .append(" at offset ").append(offset)
                .append(" (").append(fieldPath).append(')');
        String expected = expected();
        if (expected != null) {
            message.append(": expected ").append(expected).append(", found ").append(actual());
        }
        String hex = hexWindow();
        if (!hex.isEmpty()) {
            message.append(" [").append(hex).append(']');
        }
        return message.toString();
    }

    private String formatWindow() {
        if (marked < 0) {
            return "";
        }
        StringBuilder hex = new StringBuilder(3 * window.length + 4);
        for (int i = 0; i < window.length; i++) {
            if (hex.length() > 0) {
                hex.append(' ');
            }
            if (i == marked) {
                hex.append('[');
            }
            hex.append(Character.forDigit((window[i] >> 4) & 0xF, 16)).append(Character.forDigit(window[i] & 0xF, 16));
            if (i == marked) {
                hex.append(']');
            }
        }
        if (marked >= window.length) {
            hex.append(hex.length() > 0 ? " []" : "[]");
        }
        return hex.toString();
    }
}
