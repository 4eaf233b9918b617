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
    private String fieldPath;
    private final String expected;
    private final String actual;
    private final String hexWindow;

    /**
     * @param buffer the frame's bytes, for the hex window; may be null
     * @param frameStart index in {@code buffer} where the frame starts
     * @param index index in {@code buffer} of the offending byte
     */
    protected WireException(ByteBuffer buffer, int frameStart, int index, String fieldPath,
                            String expected, String actual) {
        this.offset = (long) index - frameStart;
        this.fieldPath = fieldPath;
        this.expected = expected;
        this.actual = actual;
        this.hexWindow = buffer == null ? "" : hexWindow(buffer, index);
    }

    /** Offset of the offending byte, counted from the start of the outermost frame being decoded. */
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

    /** One line naming the problem, without location; the message adds the location. */
    protected abstract String problem();

    @Override
    public String getMessage() {
        StringBuilder message = new StringBuilder(problem())
                .append(" at offset ").append(offset)
                .append(" (").append(fieldPath).append(')');
        if (expected != null) {
            message.append(": expected ").append(expected).append(", found ").append(actual);
        }
        if (!hexWindow.isEmpty()) {
            message.append(" [").append(hexWindow).append(']');
        }
        return message.toString();
    }

    private static String hexWindow(ByteBuffer buffer, int index) {
        int from = Math.max(0, index - WINDOW);
        int to = Math.min(buffer.limit(), index + WINDOW + 1);
        StringBuilder hex = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (hex.length() > 0) {
                hex.append(' ');
            }
            String b = String.format("%02x", buffer.get(i) & 0xFF);
            hex.append(i == index ? "[" + b + "]" : b);
        }
        if (index >= buffer.limit()) {
            hex.append(hex.length() > 0 ? " []" : "[]");
        }
        return hex.toString();
    }
}
