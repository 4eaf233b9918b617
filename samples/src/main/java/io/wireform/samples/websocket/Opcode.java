package io.wireform.samples.websocket;

/** RFC 6455 5.2 and 11.8: the opcodes (ints, so that a reserved one is kept and can be refused by the application). */
public final class Opcode {
    public static final int CONTINUATION = 0x0;
    public static final int TEXT = 0x1;
    public static final int BINARY = 0x2;
    public static final int CLOSE = 0x8;
    public static final int PING = 0x9;
    public static final int PONG = 0xA;

    private Opcode() {}
}
