package io.wireform.benchmarks.contenders;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.igormaznitsa.jbbp.io.JBBPBitInputStream;
import com.igormaznitsa.jbbp.io.JBBPBitOutputStream;
import io.wireform.benchmarks.contenders.jbbp.gen.DeviceFrameJbbp;
import io.wireform.benchmarks.contenders.jbbp.gen.EventJbbp;
import io.wireform.benchmarks.contenders.jbbp.gen.Fixed16Jbbp;
import io.wireform.benchmarks.contenders.jbbp.gen.OrderJbbp;
import io.wireform.benchmarks.model.Event;
import io.wireform.benchmarks.model.Fixed16;
import io.wireform.benchmarks.model.Item;
import io.wireform.benchmarks.model.Order;
import io.wireform.samples.device.DeviceFrame;
import java.io.IOException;
import java.util.List;

/**
 * JBBP 3.0.2 through the classes its maven plugin generates from src/main/jbbp (no reflection, no
 * script parsing at run time). All four layouts are byte for byte Wireform's.
 *
 * <p>Decode returns JBBP's own object with every field read; JBBP has no u16-prefixed UTF-8 string,
 * so the strings arrive as byte arrays and are made {@code String}s here, and it cannot check
 * constants, so the seeds/004 markers are checked here. Nothing is copied into our records, which
 * spares JBBP work Wireform does. Encode copies our record into a generated object kept for reuse
 * (sparing JBBP allocations Wireform's encode does not make either) and writes it.
 *
 * <p>Not thread-safe: one per benchmark thread.
 */
public final class JbbpContender {
    private static final int FDAA = 0xFDAA;
    private static final int FDCC = 0xFDCC;
    private static final int CCDD = 0xCCDD;

    /** An order as JBBP reads it, with its two strings decoded. */
    public record OrderRead(OrderJbbp parsed, String customer, String note) {}

    /** A chat event as JBBP reads it, with its text decoded. */
    public record ChatRead(EventJbbp parsed, String text) {}

    private final ArraySink sink = new ArraySink(4096);
    private final Fixed16Jbbp fixed16 = new Fixed16Jbbp();
    private final DeviceFrameJbbp device = new DeviceFrameJbbp();
    private final OrderJbbp order = new OrderJbbp();
    private final EventJbbp event = new EventJbbp();

    public JbbpContender() {
        device.realtime = new DeviceFrameJbbp.REALTIME(device);
        device.extra1 = new DeviceFrameJbbp.EXTRA1(device);
        device.extra2 = new DeviceFrameJbbp.EXTRA2(device);
        order.items = new OrderJbbp.ITEMS[0];
        // write() walks the array of the kind the tag selects and ignores the others
        event.ping = new EventJbbp.PING[] {new EventJbbp.PING(event)};
        event.login = new EventJbbp.LOGIN[] {new EventJbbp.LOGIN(event)};
        event.move = new EventJbbp.MOVE[] {new EventJbbp.MOVE(event)};
        event.chat = new EventJbbp.CHAT[] {new EventJbbp.CHAT(event)};
        event.logout = new EventJbbp.LOGOUT[] {new EventJbbp.LOGOUT(event)};
    }

    // ---- decode

    /**
     * A user wraps the received bytes in JBBP's bit stream; that allocation is part of JBBP's cost.
     * The source under it is {@link ArraySource}, not {@code ByteArrayInputStream}, whose
     * {@code synchronized} reads would cost JBBP a lock per byte.
     */
    public static JBBPBitInputStream input(byte[] bytes) {
        return new JBBPBitInputStream(new ArraySource(bytes));
    }

    public static Fixed16Jbbp decodeFixed16(byte[] bytes) throws IOException {
        return new Fixed16Jbbp().read(input(bytes));
    }

    public static DeviceFrameJbbp decodeDeviceFrame(byte[] bytes) throws IOException {
        DeviceFrameJbbp f = new DeviceFrameJbbp().read(input(bytes));
        marker(f.realtime.magic, FDAA, 0);
        marker(f.realtime.end, CCDD, 152);
        marker(f.extra1.magic, FDCC, 154);
        marker(f.extra1.end, CCDD, 346);
        marker(f.extra2.magic, FDCC, 348);
        marker(f.extra2.end, CCDD, 542);
        return f;
    }

    public static OrderRead decodeOrder(byte[] bytes) throws IOException {
        OrderJbbp o = new OrderJbbp().read(input(bytes));
        return new OrderRead(o, new String(o.customer, UTF_8), new String(o.note, UTF_8));
    }

    /** The next event in {@code in}: an {@link EventJbbp}, or a {@link ChatRead} for a chat. */
    public static Object decodeEvent(JBBPBitInputStream in) throws IOException {
        EventJbbp e = new EventJbbp().read(in);
        if (e.tag == 4) {
            return new ChatRead(e, new String(e.chat[0].text, UTF_8));
        }
        if (e.tag < 1 || e.tag > 5) {
            // the script reads no body for another tag; a user has to reject it
            throw new IllegalArgumentException("unknown tag " + (int) e.tag);
        }
        return e;
    }

    private static void marker(int actual, int expected, int offset) {
        if (actual != expected) {
            throw new IllegalArgumentException("bad marker " + Integer.toHexString(actual) + " at " + offset);
        }
    }

    // ---- encode: each returns the number of bytes written; bytes() has them

    public int encodeFixed16(Fixed16 m) throws IOException {
        fixed16.id = m.id();
        fixed16.kind = m.kind();
        fixed16.flags = m.flags();
        fixed16.timestamp = m.timestamp();
        JBBPBitOutputStream out = begin();
        fixed16.write(out);
        return end(out);
    }

    public int encodeDeviceFrame(DeviceFrame m) throws IOException {
        device.realtime.magic = (char) FDAA;
        device.realtime.data = exactly(m.realtime().data(), 150);
        device.realtime.end = (char) CCDD;
        device.extra1.magic = (char) FDCC;
        device.extra1.data = exactly(m.extra1().data(), 190);
        device.extra1.end = (char) CCDD;
        device.extra2.magic = (char) FDCC;
        device.extra2.data = exactly(m.extra2().data(), 192);
        device.extra2.end = (char) CCDD;
        JBBPBitOutputStream out = begin();
        device.write(out);
        return end(out);
    }

    public int encodeOrder(Order m) throws IOException {
        byte[] customer = m.customer().getBytes(UTF_8);
        byte[] note = m.note().getBytes(UTF_8);
        List<Item> items = m.items();
        if (customer.length > 0xFFFF || note.length > 0xFFFF || items.size() > 0xFF) {
            throw new IllegalArgumentException("too long for its prefix");
        }
        order.order_id = m.orderId();
        order.customer_length = (char) customer.length;
        order.customer = customer;
        order.note_length = (char) note.length;
        order.note = note;
        order.item_count = (char) items.size();
        if (order.items.length != items.size()) {
            order.items = new OrderJbbp.ITEMS[items.size()];
            for (int i = 0; i < order.items.length; i++) {
                order.items[i] = new OrderJbbp.ITEMS(order);
            }
        }
        for (int i = 0; i < order.items.length; i++) {
            Item item = items.get(i);
            OrderJbbp.ITEMS j = order.items[i];
            j.sku = item.sku();
            j.quantity = item.quantity();
            j.price_cents = item.priceCents();
        }
        JBBPBitOutputStream out = begin();
        order.write(out);
        return end(out);
    }

    /** Writes the events one after the other, as the Wireform benchmark does. */
    public int encodeEvents(Event[] events) throws IOException {
        JBBPBitOutputStream out = begin();
        for (Event e : events) {
            if (e instanceof Event.Ping m) {
                event.tag = 1;
                event.ping[0].nonce = m.nonce();
            } else if (e instanceof Event.Login m) {
                event.tag = 2;
                event.login[0].user_id = m.userId();
                event.login[0].version = m.version();
                event.login[0].session = m.session();
            } else if (e instanceof Event.Move m) {
                event.tag = 3;
                event.move[0].entity = m.entity();
                event.move[0].x = m.x();
                event.move[0].y = m.y();
                event.move[0].z = m.z();
            } else if (e instanceof Event.Chat m) {
                byte[] text = m.text().getBytes(UTF_8);
                if (text.length > 0xFF) {
                    throw new IllegalArgumentException("text over 255 bytes");
                }
                event.tag = 4;
                event.chat[0].channel = m.channel();
                event.chat[0].text_length = (char) text.length;
                event.chat[0].text = text;
            } else if (e instanceof Event.Logout m) {
                event.tag = 5;
                event.logout[0].user_id = m.userId();
                event.logout[0].reason = m.reason();
            } else {
                throw new IllegalArgumentException("not an Event: " + e);
            }
            event.write(out);
        }
        return end(out);
    }

    /** A copy of what the last encode wrote. */
    public byte[] bytes() {
        return sink.toByteArray();
    }

    private JBBPBitOutputStream begin() {
        sink.reset();
        return new JBBPBitOutputStream(sink);
    }

    private int end(JBBPBitOutputStream out) throws IOException {
        out.flush();
        return sink.size();
    }

    /**
     * JBBP writes a fixed-size array field as {@code size} bytes read from the array, so it takes
     * neither longer data (which Wireform refuses) nor shorter (which Wireform pads with zeros).
     */
    private static byte[] exactly(byte[] data, int size) {
        if (data.length != size) {
            throw new IllegalArgumentException("block data of " + data.length + " bytes, expected " + size);
        }
        return data;
    }
}
