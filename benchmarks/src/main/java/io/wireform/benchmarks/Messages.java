package io.wireform.benchmarks;

import io.wireform.benchmarks.model.Event;
import io.wireform.benchmarks.model.Fixed16;
import io.wireform.benchmarks.model.Item;
import io.wireform.benchmarks.model.Order;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceFrame;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.ExtraLong;
import io.wireform.samples.device.Realtime;
import java.util.ArrayList;
import java.util.List;

/** The messages every contender encodes and decodes: the same values, so the same bytes. */
public final class Messages {
    private Messages() {}

    public static Fixed16 fixed16() {
        return new Fixed16(0x01020304, (short) 7, (short) 0x00F0, 1_700_000_000_123L);
    }

    public static Realtime realtime() {
        return new Realtime(filled(150, 1));
    }

    public static Extra extra() {
        return new Extra(filled(190, 2));
    }

    public static ExtraLong extraLong() {
        return new ExtraLong(filled(192, 3));
    }

    /** seeds/004: 544 bytes. */
    public static DeviceFrame deviceFrame() {
        return new DeviceFrame(realtime(), extra(), extraLong());
    }

    /** The three seeds/004 blocks, in the order the device sends them. */
    public static List<DeviceBlock> deviceBlocks() {
        return List.of(realtime(), extra(), extraLong());
    }

    /** Two strings (one with non-ASCII text) and 20 nested items: 354 bytes. */
    public static Order order() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            items.add(new Item(1000 + i, (short) (i + 1), 199L * (i + 1)));
        }
        return new Order(42L, "Ada Lovelace", "leave at the door, bitte nicht klingeln — danke", List.copyOf(items));
    }

    /** One event of each of the five kinds. */
    public static List<Event> events() {
        return List.of(
                new Event.Ping(0x1122334455667788L),
                new Event.Login(77, (short) 3, 0xCAFEBABEL),
                new Event.Move(9, 1.5f, -2.25f, 100f),
                new Event.Chat(4, "hello, world"),
                new Event.Logout(77, (byte) 2));
    }

    private static byte[] filled(int size, int seed) {
        byte[] data = new byte[size];
        for (int i = 0; i < size; i++) {
            data[i] = (byte) (seed * 31 + i);
        }
        return data;
    }
}
