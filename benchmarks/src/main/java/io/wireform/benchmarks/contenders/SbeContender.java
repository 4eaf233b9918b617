package io.wireform.benchmarks.contenders;

import io.wireform.benchmarks.contenders.sbe.gen.ChatDecoder;
import io.wireform.benchmarks.contenders.sbe.gen.ChatEncoder;
import io.wireform.benchmarks.contenders.sbe.gen.DeviceFrameDecoder;
import io.wireform.benchmarks.contenders.sbe.gen.DeviceFrameEncoder;
import io.wireform.benchmarks.contenders.sbe.gen.ExtraBlockDecoder;
import io.wireform.benchmarks.contenders.sbe.gen.ExtraLongBlockDecoder;
import io.wireform.benchmarks.contenders.sbe.gen.Fixed16Decoder;
import io.wireform.benchmarks.contenders.sbe.gen.Fixed16Encoder;
import io.wireform.benchmarks.contenders.sbe.gen.LoginDecoder;
import io.wireform.benchmarks.contenders.sbe.gen.LoginEncoder;
import io.wireform.benchmarks.contenders.sbe.gen.LogoutDecoder;
import io.wireform.benchmarks.contenders.sbe.gen.LogoutEncoder;
import io.wireform.benchmarks.contenders.sbe.gen.MoveDecoder;
import io.wireform.benchmarks.contenders.sbe.gen.MoveEncoder;
import io.wireform.benchmarks.contenders.sbe.gen.OrderDecoder;
import io.wireform.benchmarks.contenders.sbe.gen.OrderEncoder;
import io.wireform.benchmarks.contenders.sbe.gen.PingDecoder;
import io.wireform.benchmarks.contenders.sbe.gen.PingEncoder;
import io.wireform.benchmarks.contenders.sbe.gen.RealtimeBlockDecoder;
import io.wireform.benchmarks.model.Event;
import io.wireform.benchmarks.model.Fixed16;
import io.wireform.benchmarks.model.Item;
import io.wireform.benchmarks.model.Order;
import io.wireform.samples.device.DeviceFrame;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.ExtraLong;
import io.wireform.samples.device.Realtime;
import java.util.ArrayList;
import java.util.List;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * SBE 1.38.1 through the flyweights SbeTool generates from src/main/sbe/contenders.xml, used the
 * way issue 6 asks: decode copies every field into our record (the work Wireform does) and encode
 * starts from our record.
 *
 * <p>Each body is wrapped at its known template, without SBE's 8-byte message header, which
 * Wireform's bytes do not have (and which would only cost SBE more). Fixed16, DeviceFrame and
 * Event are then byte for byte Wireform's. Order is not: SBE requires repeating groups before
 * variable-length data and a block length in every group's dimension, so its layout is
 * {@code orderId, u8 blockLength = 14, u8 count, items, u16+customer, u16+note}, one byte longer
 * than Wireform's ({@link #orderLayout} builds it from Wireform's bytes). SBE has no unions: the
 * event's u8 tag is read and written here and the body is the kind's own message after it.
 *
 * <p>Not thread-safe (the flyweights are reused): one per benchmark thread.
 */
public final class SbeContender {
    private static final int FDAA = 0xFDAA;
    private static final int FDCC = 0xFDCC;
    private static final int CCDD = 0xCCDD;
    private static final int VERSION = Fixed16Decoder.SCHEMA_VERSION;

    private final Fixed16Decoder fixed16Decoder = new Fixed16Decoder();
    private final Fixed16Encoder fixed16Encoder = new Fixed16Encoder();
    private final DeviceFrameDecoder deviceDecoder = new DeviceFrameDecoder();
    private final DeviceFrameEncoder deviceEncoder = new DeviceFrameEncoder();
    private final OrderDecoder orderDecoder = new OrderDecoder();
    private final OrderEncoder orderEncoder = new OrderEncoder();
    private final PingDecoder pingDecoder = new PingDecoder();
    private final PingEncoder pingEncoder = new PingEncoder();
    private final LoginDecoder loginDecoder = new LoginDecoder();
    private final LoginEncoder loginEncoder = new LoginEncoder();
    private final MoveDecoder moveDecoder = new MoveDecoder();
    private final MoveEncoder moveEncoder = new MoveEncoder();
    private final ChatDecoder chatDecoder = new ChatDecoder();
    private final ChatEncoder chatEncoder = new ChatEncoder();
    private final LogoutDecoder logoutDecoder = new LogoutDecoder();
    private final LogoutEncoder logoutEncoder = new LogoutEncoder();

    private int limit;

    /** Where the last decode stopped reading. */
    public int limit() {
        return limit;
    }

    // ---- decode and copy into our records

    public Fixed16 decodeFixed16(DirectBuffer in, int offset) {
        Fixed16Decoder d = fixed16Decoder.wrap(in, offset, Fixed16Decoder.BLOCK_LENGTH, VERSION);
        Fixed16 m = new Fixed16(d.id(), d.kind(), d.flags(), d.timestamp());
        limit = d.limit();
        return m;
    }

    public DeviceFrame decodeDeviceFrame(DirectBuffer in, int offset) {
        DeviceFrameDecoder d = deviceDecoder.wrap(in, offset, DeviceFrameDecoder.BLOCK_LENGTH, VERSION);
        RealtimeBlockDecoder r = d.realtime();
        marker(r.magic(), FDAA, r.offset());
        marker(r.end(), CCDD, r.offset() + 2 + RealtimeBlockDecoder.dataLength());
        byte[] realtime = new byte[RealtimeBlockDecoder.dataLength()];
        r.getData(realtime, 0, realtime.length);
        ExtraBlockDecoder e1 = d.extra1();
        marker(e1.magic(), FDCC, e1.offset());
        marker(e1.end(), CCDD, e1.offset() + 2 + ExtraBlockDecoder.dataLength());
        byte[] extra1 = new byte[ExtraBlockDecoder.dataLength()];
        e1.getData(extra1, 0, extra1.length);
        ExtraLongBlockDecoder e2 = d.extra2();
        marker(e2.magic(), FDCC, e2.offset());
        marker(e2.end(), CCDD, e2.offset() + 2 + ExtraLongBlockDecoder.dataLength());
        byte[] extra2 = new byte[ExtraLongBlockDecoder.dataLength()];
        e2.getData(extra2, 0, extra2.length);
        limit = d.limit();
        return new DeviceFrame(new Realtime(realtime), new Extra(extra1), new ExtraLong(extra2));
    }

    /** Reads the SBE layout of {@link #orderLayout}, not Wireform's. */
    public Order decodeOrder(DirectBuffer in, int offset) {
        OrderDecoder d = orderDecoder.wrap(in, offset, OrderDecoder.BLOCK_LENGTH, VERSION);
        long orderId = d.orderId();
        OrderDecoder.ItemsDecoder group = d.items();
        List<Item> items = new ArrayList<>(group.count());
        while (group.hasNext()) {
            group.next();
            items.add(new Item(group.sku(), group.quantity(), group.priceCents()));
        }
        String customer = d.customer();
        String note = d.note();
        limit = d.limit();
        return new Order(orderId, customer, note, items);
    }

    /** The next event at {@code offset}: a u8 tag, then the body of that kind. */
    public Event decodeEvent(DirectBuffer in, int offset) {
        int tag = in.getByte(offset) & 0xFF;
        int body = offset + 1;
        Event e;
        switch (tag) {
            case 1 -> {
                PingDecoder d = pingDecoder.wrap(in, body, PingDecoder.BLOCK_LENGTH, VERSION);
                e = new Event.Ping(d.nonce());
                limit = d.limit();
            }
            case 2 -> {
                LoginDecoder d = loginDecoder.wrap(in, body, LoginDecoder.BLOCK_LENGTH, VERSION);
                e = new Event.Login(d.userId(), d.version(), d.session());
                limit = d.limit();
            }
            case 3 -> {
                MoveDecoder d = moveDecoder.wrap(in, body, MoveDecoder.BLOCK_LENGTH, VERSION);
                e = new Event.Move(d.entity(), d.x(), d.y(), d.z());
                limit = d.limit();
            }
            case 4 -> {
                ChatDecoder d = chatDecoder.wrap(in, body, ChatDecoder.BLOCK_LENGTH, VERSION);
                e = new Event.Chat(d.channel(), d.text());
                limit = d.limit();
            }
            case 5 -> {
                LogoutDecoder d = logoutDecoder.wrap(in, body, LogoutDecoder.BLOCK_LENGTH, VERSION);
                e = new Event.Logout(d.userId(), d.reason());
                limit = d.limit();
            }
            default -> throw new IllegalArgumentException("unknown tag " + tag);
        }
        return e;
    }

    private static void marker(int actual, int expected, int offset) {
        if (actual != expected) {
            throw new IllegalArgumentException("bad marker " + Integer.toHexString(actual) + " at " + offset);
        }
    }

    // ---- encode from our records: each returns the offset after what it wrote

    public int encodeFixed16(Fixed16 m, MutableDirectBuffer out, int offset) {
        return fixed16Encoder.wrap(out, offset)
                .id(m.id())
                .kind(m.kind())
                .flags(m.flags())
                .timestamp(m.timestamp())
                .limit();
    }

    public int encodeDeviceFrame(DeviceFrame m, MutableDirectBuffer out, int offset) {
        DeviceFrameEncoder e = deviceEncoder.wrap(out, offset);
        byte[] realtime = m.realtime().data();
        byte[] extra1 = m.extra1().data();
        byte[] extra2 = m.extra2().data();
        // putData refuses longer data and pads shorter with zeros, as Wireform does
        e.realtime().magic(FDAA).putData(realtime, 0, realtime.length).end(CCDD);
        e.extra1().magic(FDCC).putData(extra1, 0, extra1.length).end(CCDD);
        e.extra2().magic(FDCC).putData(extra2, 0, extra2.length).end(CCDD);
        return e.limit();
    }

    /** Writes the SBE layout of {@link #orderLayout}, not Wireform's. */
    public int encodeOrder(Order m, MutableDirectBuffer out, int offset) {
        OrderEncoder e = orderEncoder.wrap(out, offset).orderId(m.orderId());
        List<Item> items = m.items();
        OrderEncoder.ItemsEncoder group = e.itemsCount(items.size());
        for (int i = 0, n = items.size(); i < n; i++) {
            Item item = items.get(i);
            group.next().sku(item.sku()).quantity(item.quantity()).priceCents(item.priceCents());
        }
        return e.customer(m.customer()).note(m.note()).limit();
    }

    public int encodeEvent(Event event, MutableDirectBuffer out, int offset) {
        int body = offset + 1;
        if (event instanceof Event.Ping m) {
            out.putByte(offset, (byte) 1);
            return pingEncoder.wrap(out, body).nonce(m.nonce()).limit();
        } else if (event instanceof Event.Login m) {
            out.putByte(offset, (byte) 2);
            return loginEncoder.wrap(out, body).userId(m.userId()).version(m.version()).session(m.session()).limit();
        } else if (event instanceof Event.Move m) {
            out.putByte(offset, (byte) 3);
            return moveEncoder.wrap(out, body).entity(m.entity()).x(m.x()).y(m.y()).z(m.z()).limit();
        } else if (event instanceof Event.Chat m) {
            out.putByte(offset, (byte) 4);
            return chatEncoder.wrap(out, body).channel(m.channel()).text(m.text()).limit();
        } else if (event instanceof Event.Logout m) {
            out.putByte(offset, (byte) 5);
            return logoutEncoder.wrap(out, body).userId(m.userId()).reason(m.reason()).limit();
        }
        throw new IllegalArgumentException("not an Event: " + event);
    }

    /**
     * Wireform's Order bytes moved into SBE's layout: {@code orderId} (8), the item count becomes a
     * two-byte group dimension {@code [14, count]} and the items move before the two strings.
     */
    public static byte[] orderLayout(byte[] wireform) {
        int customerLength = ((wireform[8] & 0xFF) << 8) | (wireform[9] & 0xFF);
        int noteAt = 10 + customerLength;
        int noteLength = ((wireform[noteAt] & 0xFF) << 8) | (wireform[noteAt + 1] & 0xFF);
        int countAt = noteAt + 2 + noteLength;
        int itemsLength = wireform.length - countAt - 1;
        int stringsLength = countAt - 8;
        byte[] sbe = new byte[wireform.length + 1];
        System.arraycopy(wireform, 0, sbe, 0, 8);
        sbe[8] = (byte) OrderEncoder.ItemsEncoder.sbeBlockLength();
        sbe[9] = wireform[countAt];
        System.arraycopy(wireform, countAt + 1, sbe, 10, itemsLength);
        System.arraycopy(wireform, 8, sbe, 10 + itemsLength, stringsLength);
        return sbe;
    }
}
