package io.wireform.benchmarks.handwritten;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.wireform.benchmarks.model.Event;
import java.nio.BufferOverflowException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/** What a user would write for {@link Event}: a one-byte tag, then a {@code switch} over the five kinds. */
public final class EventHandwritten {
    private EventHandwritten() {}

    public static void encode(Event e, ByteBuffer out) {
        int p = out.position();
        int room = out.limit() - p;
        if (e instanceof Event.Ping m) {
            check(room, 9);
            out.put(p, (byte) 1);
            out.putLong(p + 1, m.nonce());
            out.position(p + 9);
        } else if (e instanceof Event.Login m) {
            check(room, 15);
            out.put(p, (byte) 2);
            out.putInt(p + 1, m.userId());
            out.putShort(p + 5, m.version());
            out.putLong(p + 7, m.session());
            out.position(p + 15);
        } else if (e instanceof Event.Move m) {
            check(room, 17);
            out.put(p, (byte) 3);
            out.putInt(p + 1, m.entity());
            out.putFloat(p + 5, m.x());
            out.putFloat(p + 9, m.y());
            out.putFloat(p + 13, m.z());
            out.position(p + 17);
        } else if (e instanceof Event.Chat m) {
            byte[] text = m.text().getBytes(UTF_8);
            if (text.length > 0xFF) {
                throw new IllegalArgumentException("text over 255 bytes");
            }
            check(room, 6 + text.length);
            out.put(p, (byte) 4);
            out.putInt(p + 1, m.channel());
            out.put(p + 5, (byte) text.length);
            out.put(p + 6, text);
            out.position(p + 6 + text.length);
        } else if (e instanceof Event.Logout m) {
            check(room, 6);
            out.put(p, (byte) 5);
            out.putInt(p + 1, m.userId());
            out.put(p + 5, m.reason());
            out.position(p + 6);
        } else {
            throw new IllegalArgumentException("not an Event: " + e);
        }
    }

    private static void check(int room, int size) {
        if (room < size) {
            throw new BufferOverflowException();
        }
    }

    public static Event decode(ByteBuffer in) {
        int p = in.position();
        int room = in.limit() - p;
        if (room < 1) {
            throw new BufferUnderflowException();
        }
        Event e;
        int size;
        switch (in.get(p)) {
            case 1 -> {
                need(room, size = 9);
                e = new Event.Ping(in.getLong(p + 1));
            }
            case 2 -> {
                need(room, size = 15);
                e = new Event.Login(in.getInt(p + 1), in.getShort(p + 5), in.getLong(p + 7));
            }
            case 3 -> {
                need(room, size = 17);
                e = new Event.Move(in.getInt(p + 1), in.getFloat(p + 5), in.getFloat(p + 9), in.getFloat(p + 13));
            }
            case 4 -> {
                need(room, 6);
                int length = in.get(p + 5) & 0xFF;
                need(room, size = 6 + length);
                e = new Event.Chat(in.getInt(p + 1), OrderHandwritten.string(in, p + 6, length));
            }
            case 5 -> {
                need(room, size = 6);
                e = new Event.Logout(in.getInt(p + 1), in.get(p + 5));
            }
            default -> throw new IllegalArgumentException("unknown tag " + in.get(p));
        }
        in.position(p + size);
        return e;
    }

    private static void need(int room, int size) {
        if (room < size) {
            throw new BufferUnderflowException();
        }
    }
}
