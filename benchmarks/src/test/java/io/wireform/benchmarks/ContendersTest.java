package io.wireform.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.igormaznitsa.jbbp.io.JBBPBitInputStream;
import io.kaitai.struct.KaitaiStream;
import io.wireform.benchmarks.contenders.JbbpContender;
import io.wireform.benchmarks.contenders.KaitaiContender;
import io.wireform.benchmarks.contenders.SbeContender;
import io.wireform.benchmarks.contenders.jbbp.gen.DeviceFrameJbbp;
import io.wireform.benchmarks.contenders.jbbp.gen.EventJbbp;
import io.wireform.benchmarks.contenders.jbbp.gen.Fixed16Jbbp;
import io.wireform.benchmarks.contenders.jbbp.gen.OrderJbbp;
import io.wireform.benchmarks.contenders.kaitai.gen.DeviceFrameKs;
import io.wireform.benchmarks.contenders.kaitai.gen.EventKs;
import io.wireform.benchmarks.contenders.kaitai.gen.Fixed16Ks;
import io.wireform.benchmarks.contenders.kaitai.gen.OrderKs;
import io.wireform.benchmarks.model.Event;
import io.wireform.benchmarks.model.EventCodec;
import io.wireform.benchmarks.model.Fixed16;
import io.wireform.benchmarks.model.Fixed16Codec;
import io.wireform.benchmarks.model.Item;
import io.wireform.benchmarks.model.Order;
import io.wireform.benchmarks.model.OrderCodec;
import io.wireform.samples.device.DeviceFrame;
import io.wireform.samples.device.DeviceFrameCodec;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.ExtraLong;
import io.wireform.samples.device.Realtime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * Every contender reads Wireform's bytes to the values of {@link Messages}, and every encoder writes
 * Wireform's bytes, except SBE's Order, which writes the layout CONTENDERS.md documents (built here
 * independently). Values are compared through our records: a contender's object is mapped field by
 * field and the record compared, or, for the byte arrays of seeds/004, re-encoded by Wireform.
 */
class ContendersTest {
    static final byte[] FIXED16 = Fixed16Codec.INSTANCE.encode(Messages.fixed16());
    static final byte[] DEVICE = DeviceFrameCodec.INSTANCE.encode(Messages.deviceFrame());
    static final byte[] ORDER = OrderCodec.INSTANCE.encode(Messages.order());
    static final byte[] EVENTS = events();
    /** The seeds/004 marker offsets: magic and end of each block. */
    static final int[] MARKERS = {0, 152, 154, 346, 348, 542};

    private static byte[] events() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Event e : Messages.events()) {
            all.writeBytes(EventCodec.INSTANCE.encode(e));
        }
        return all.toByteArray();
    }

    @Test
    void wireformBytesAreTheIssueSizes() {
        assertEquals(16, FIXED16.length);
        assertEquals(544, DEVICE.length);
        assertEquals(354, ORDER.length);
        assertEquals(9 + 15 + 17 + 18 + 6, EVENTS.length);
    }

    // ---- JBBP

    @Test
    void jbbpFixed16() throws IOException {
        Fixed16Jbbp j = JbbpContender.decodeFixed16(FIXED16);
        assertEquals(Messages.fixed16(), new Fixed16(j.id, j.kind, j.flags, j.timestamp));
        JbbpContender jbbp = new JbbpContender();
        for (int pass = 0; pass < 2; pass++) { // its objects are reused
            assertEquals(16, jbbp.encodeFixed16(Messages.fixed16()));
            assertArrayEquals(FIXED16, jbbp.bytes());
        }
    }

    @Test
    void jbbpDeviceFrame() throws IOException {
        DeviceFrameJbbp f = JbbpContender.decodeDeviceFrame(DEVICE);
        DeviceFrame back = new DeviceFrame(new Realtime(f.realtime.data), new Extra(f.extra1.data),
                new ExtraLong(f.extra2.data));
        assertArrayEquals(DEVICE, DeviceFrameCodec.INSTANCE.encode(back));
        for (int at : MARKERS) {
            assertThrows(IllegalArgumentException.class, () -> JbbpContender.decodeDeviceFrame(corrupt(DEVICE, at)));
        }
        JbbpContender jbbp = new JbbpContender();
        for (int pass = 0; pass < 2; pass++) {
            assertEquals(544, jbbp.encodeDeviceFrame(Messages.deviceFrame()));
            assertArrayEquals(DEVICE, jbbp.bytes());
        }
    }

    @Test
    void jbbpOrder() throws IOException {
        JbbpContender.OrderRead r = JbbpContender.decodeOrder(ORDER);
        List<Item> items = new ArrayList<>();
        for (OrderJbbp.ITEMS i : r.parsed().items) {
            items.add(new Item(i.sku, i.quantity, i.price_cents));
        }
        assertEquals(Messages.order(), new Order(r.parsed().order_id, r.customer(), r.note(), items));
        JbbpContender jbbp = new JbbpContender();
        for (int pass = 0; pass < 2; pass++) {
            assertEquals(ORDER.length, jbbp.encodeOrder(Messages.order()));
            assertArrayEquals(ORDER, jbbp.bytes());
        }
    }

    @Test
    void jbbpEvents() throws IOException {
        JBBPBitInputStream in = JbbpContender.input(EVENTS);
        for (Event expected : Messages.events()) {
            assertEquals(expected, jbbpEvent(JbbpContender.decodeEvent(in)));
        }
        assertFalse(in.hasAvailableData(), "reads each event to its end");
        assertThrows(IllegalArgumentException.class, () -> JbbpContender.decodeEvent(JbbpContender.input(new byte[] {6, 0})));
        JbbpContender jbbp = new JbbpContender();
        Event[] all = Messages.events().toArray(new Event[0]);
        for (int pass = 0; pass < 2; pass++) {
            assertEquals(EVENTS.length, jbbp.encodeEvents(all));
            assertArrayEquals(EVENTS, jbbp.bytes());
        }
    }

    private static Event jbbpEvent(Object read) {
        if (read instanceof JbbpContender.ChatRead chat) {
            return new Event.Chat(chat.parsed().chat[0].channel, chat.text());
        }
        EventJbbp e = assertInstanceOf(EventJbbp.class, read);
        int bodies = e.ping.length + e.login.length + e.move.length + e.chat.length + e.logout.length;
        assertEquals(1, bodies, "exactly one kind is read");
        return switch (e.tag) {
            case 1 -> new Event.Ping(e.ping[0].nonce);
            case 2 -> new Event.Login(e.login[0].user_id, e.login[0].version, e.login[0].session);
            case 3 -> new Event.Move(e.move[0].entity, e.move[0].x, e.move[0].y, e.move[0].z);
            case 5 -> new Event.Logout(e.logout[0].user_id, e.logout[0].reason);
            default -> throw new AssertionError("tag " + (int) e.tag);
        };
    }

    // ---- Kaitai (decode only)

    @Test
    void kaitaiFixed16() {
        Fixed16Ks k = KaitaiContender.decodeFixed16(FIXED16);
        assertEquals(Messages.fixed16(), new Fixed16(k.id(), k.kind(), k.flags(), k.timestamp()));
        assertTrue(k._io().isEof());
    }

    @Test
    void kaitaiDeviceFrame() {
        DeviceFrameKs f = KaitaiContender.decodeDeviceFrame(DEVICE);
        DeviceFrame back = new DeviceFrame(new Realtime(f.realtime().data()), new Extra(f.extra1().data()),
                new ExtraLong(f.extra2().data()));
        assertArrayEquals(DEVICE, DeviceFrameCodec.INSTANCE.encode(back));
        assertTrue(f._io().isEof());
        for (int at : MARKERS) {
            assertThrows(RuntimeException.class, () -> KaitaiContender.decodeDeviceFrame(corrupt(DEVICE, at)));
        }
    }

    @Test
    void kaitaiOrder() {
        OrderKs o = KaitaiContender.decodeOrder(ORDER);
        List<Item> items = new ArrayList<>();
        for (OrderKs.Item i : o.items()) {
            items.add(new Item(i.sku(), i.quantity(), i.priceCents()));
        }
        assertEquals(Messages.order(), new Order(o.orderId(), o.customer(), o.note(), items));
        assertTrue(o._io().isEof());
    }

    @Test
    void kaitaiEvents() {
        KaitaiStream in = KaitaiContender.input(EVENTS);
        for (Event expected : Messages.events()) {
            assertEquals(expected, kaitaiEvent(KaitaiContender.decodeEvent(in)));
        }
        assertTrue(in.isEof(), "reads each event to its end");
        assertThrows(RuntimeException.class, () -> KaitaiContender.decodeEvent(KaitaiContender.input(new byte[] {6, 0})));
    }

    private static Event kaitaiEvent(EventKs e) {
        Object body = e.body();
        if (body instanceof EventKs.Ping m) {
            return new Event.Ping(m.nonce());
        } else if (body instanceof EventKs.Login m) {
            return new Event.Login(m.userId(), m.version(), m.session());
        } else if (body instanceof EventKs.Move m) {
            return new Event.Move(m.entity(), m.x(), m.y(), m.z());
        } else if (body instanceof EventKs.Chat m) {
            return new Event.Chat(m.channel(), m.text());
        } else if (body instanceof EventKs.Logout m) {
            return new Event.Logout(m.userId(), m.reason());
        }
        throw new AssertionError("tag " + e.tag() + ", body " + body);
    }

    // ---- SBE: decode and copy into our records, encode from them; read and written at offset 3

    @Test
    void sbeFixed16() {
        SbeContender sbe = new SbeContender();
        assertEquals(Messages.fixed16(), sbe.decodeFixed16(at3(FIXED16), 3));
        assertEquals(3 + 16, sbe.limit());
        assertArrayEquals(FIXED16, sbeWrite((out, at) -> sbe.encodeFixed16(Messages.fixed16(), out, at)));
    }

    @Test
    void sbeDeviceFrame() {
        SbeContender sbe = new SbeContender();
        DeviceFrame back = sbe.decodeDeviceFrame(at3(DEVICE), 3);
        assertEquals(3 + 544, sbe.limit());
        assertArrayEquals(DEVICE, DeviceFrameCodec.INSTANCE.encode(back));
        for (int at : MARKERS) {
            assertThrows(IllegalArgumentException.class, () -> sbe.decodeDeviceFrame(new UnsafeBuffer(corrupt(DEVICE, at)), 0));
        }
        assertArrayEquals(DEVICE, sbeWrite((out, at) -> sbe.encodeDeviceFrame(Messages.deviceFrame(), out, at)));
    }

    /** SBE's documented Order layout, built from the values, not from Wireform's bytes or SBE. */
    static byte[] sbeOrderLayout(Order m) {
        byte[] customer = m.customer().getBytes(UTF_8);
        byte[] note = m.note().getBytes(UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 + 2 + 14 * m.items().size() + 2 + customer.length + 2 + note.length);
        b.putLong(m.orderId());
        b.put((byte) 14).put((byte) m.items().size()); // group dimension: block length, count
        for (Item i : m.items()) {
            b.putInt(i.sku()).putShort(i.quantity()).putLong(i.priceCents());
        }
        b.putShort((short) customer.length).put(customer);
        b.putShort((short) note.length).put(note);
        assertFalse(b.hasRemaining());
        return b.array();
    }

    @Test
    void sbeOrder() {
        byte[] layout = sbeOrderLayout(Messages.order());
        assertEquals(ORDER.length + 1, layout.length, "one byte more than Wireform: the group's block length");
        assertArrayEquals(layout, SbeContender.orderLayout(ORDER), "the benchmark's input");
        SbeContender sbe = new SbeContender();
        assertEquals(Messages.order(), sbe.decodeOrder(at3(layout), 3));
        assertEquals(3 + layout.length, sbe.limit());
        assertArrayEquals(layout, sbeWrite((out, at) -> sbe.encodeOrder(Messages.order(), out, at)));
    }

    @Test
    void sbeEvents() {
        SbeContender sbe = new SbeContender();
        UnsafeBuffer in = at3(EVENTS);
        int at = 3;
        for (Event expected : Messages.events()) {
            assertEquals(expected, sbe.decodeEvent(in, at));
            at = sbe.limit();
        }
        assertEquals(3 + EVENTS.length, at, "reads each event to its end");
        assertThrows(IllegalArgumentException.class, () -> sbe.decodeEvent(new UnsafeBuffer(new byte[] {6, 0}), 0));
        assertArrayEquals(EVENTS, sbeWrite((out, start) -> {
            int p = start;
            for (Event e : Messages.events()) {
                p = sbe.encodeEvent(e, out, p);
            }
            return p;
        }));
    }

    interface SbeWrite {
        int write(UnsafeBuffer out, int offset);
    }

    /** What {@code write} puts at offset 3 of a dirty buffer, checking the end offset it returns. */
    private static byte[] sbeWrite(SbeWrite write) {
        byte[] array = new byte[4096];
        java.util.Arrays.fill(array, (byte) 0x5A);
        int end = write.write(new UnsafeBuffer(array), 3);
        return java.util.Arrays.copyOfRange(array, 3, end);
    }

    private static UnsafeBuffer at3(byte[] bytes) {
        byte[] array = new byte[bytes.length + 8];
        System.arraycopy(bytes, 0, array, 3, bytes.length);
        return new UnsafeBuffer(array);
    }

    private static byte[] corrupt(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x01;
        return copy;
    }
}
