package io.wireform.benchmarks.handwritten;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.wireform.benchmarks.model.Item;
import io.wireform.benchmarks.model.Order;
import java.nio.BufferOverflowException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * What a user would write for {@link Order}: u64 id, u16-prefixed UTF-8 customer and note, u8-counted
 * list of 14-byte items. One bounds check per variable part, absolute gets and puts, big-endian.
 */
public final class OrderHandwritten {
    private static final int ITEM = 14;

    private OrderHandwritten() {}

    public static void encode(Order m, ByteBuffer out) {
        byte[] customer = m.customer().getBytes(UTF_8);
        byte[] note = m.note().getBytes(UTF_8);
        List<Item> items = m.items();
        if (customer.length > 0xFFFF || note.length > 0xFFFF || items.size() > 0xFF) {
            throw new IllegalArgumentException("too long for its prefix");
        }
        int size = 8 + 2 + customer.length + 2 + note.length + 1 + items.size() * ITEM;
        int p = out.position();
        if (out.limit() - p < size) {
            throw new BufferOverflowException();
        }
        out.putLong(p, m.orderId());
        p += 8;
        out.putShort(p, (short) customer.length);
        out.put(p + 2, customer);
        p += 2 + customer.length;
        out.putShort(p, (short) note.length);
        out.put(p + 2, note);
        p += 2 + note.length;
        out.put(p, (byte) items.size());
        p += 1;
        for (int i = 0, n = items.size(); i < n; i++) {
            Item item = items.get(i);
            out.putInt(p, item.sku());
            out.putShort(p + 4, item.quantity());
            out.putLong(p + 6, item.priceCents());
            p += ITEM;
        }
        out.position(p);
    }

    public static Order decode(ByteBuffer in) {
        int start = in.position();
        int limit = in.limit();
        int p = start;
        need(p, 8 + 2, limit);
        long orderId = in.getLong(p);
        int customerLength = in.getShort(p + 8) & 0xFFFF;
        p += 10;
        need(p, customerLength + 2, limit);
        String customer = string(in, p, customerLength);
        p += customerLength;
        int noteLength = in.getShort(p) & 0xFFFF;
        p += 2;
        need(p, noteLength + 1, limit);
        String note = string(in, p, noteLength);
        p += noteLength;
        int count = in.get(p) & 0xFF;
        p += 1;
        need(p, count * ITEM, limit);
        List<Item> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(new Item(in.getInt(p), in.getShort(p + 4), in.getLong(p + 6)));
            p += ITEM;
        }
        in.position(p);
        return new Order(orderId, customer, note, items);
    }

    private static void need(int at, int bytes, int limit) {
        if (limit - at < bytes) {
            throw new BufferUnderflowException();
        }
    }

    /** A user decodes straight from the backing array when there is one. */
    static String string(ByteBuffer in, int at, int length) {
        if (in.hasArray()) {
            return new String(in.array(), in.arrayOffset() + at, length, UTF_8);
        }
        byte[] bytes = new byte[length];
        in.get(at, bytes);
        return new String(bytes, UTF_8);
    }
}
