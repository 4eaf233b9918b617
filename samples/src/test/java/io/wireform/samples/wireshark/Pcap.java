package io.wireform.samples.wireshark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A capture file (classic pcap, Ethernet) of TCP connections between 127.0.0.1 (the client)
 * and 127.0.0.2 (the server): each the three-way handshake, then segments in either direction with
 * sequence and acknowledgement numbers as a real stack would set them, so that Wireshark's TCP
 * analysis reassembles frames cut by segment boundaries. Nothing is sent anywhere.
 *
 * <p>Public, with {@link Tshark}, for the conformance module's dissector law, which writes one
 * connection per frame of many generated schemas ({@link #connect}).
 */
public final class Pcap {
    /** Bytes before a segment's data in a packet: Ethernet, IPv4 and TCP headers without options. */
    public static final int HEADERS = 14 + 20 + 20;
    private static final byte[] CLIENT_IP = {127, 0, 0, 1};
    private static final byte[] SERVER_IP = {127, 0, 0, 2};
    private static final int SYN = 0x02;
    private static final int ACK = 0x10;
    private static final int PSH = 0x08;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int clientPort;
    private int serverPort;
    private long clientSeq;
    private long serverSeq;
    private int packets;

    /** A capture of one connection, from {@code clientPort} to {@code serverPort}. */
    public Pcap(int clientPort, int serverPort) {
        ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        out.writeBytes(header.array());
        connect(clientPort, serverPort);
    }

    /**
     * Opens another connection (its handshake: three packets), which the segments after this call
     * travel on; a client port not used before makes it a TCP stream of its own.
     */
    public Pcap connect(int clientPort, int serverPort) {
        this.clientPort = clientPort;
        this.serverPort = serverPort;
        clientSeq = 1_000;
        serverSeq = 50_000;
        segment(true, SYN, new byte[0]);
        clientSeq++;
        segment(false, SYN | ACK, new byte[0]);
        serverSeq++;
        segment(true, ACK, new byte[0]);
        return this;
    }

    /** One segment from the client to the server carrying {@code data}. */
    public Pcap client(byte[] data) {
        segment(true, PSH | ACK, data);
        clientSeq += data.length;
        return this;
    }

    /** One segment from the server to the client carrying {@code data}. */
    public Pcap server(byte[] data) {
        segment(false, PSH | ACK, data);
        serverSeq += data.length;
        return this;
    }

    /** {@code data} from the client in segments of at most {@code size} bytes. */
    public Pcap clientIn(byte[] data, int size) {
        for (int i = 0; i < data.length; i += size) {
            client(java.util.Arrays.copyOfRange(data, i, Math.min(data.length, i + size)));
        }
        return this;
    }

    /** {@code data} from the server in segments of at most {@code size} bytes. */
    public Pcap serverIn(byte[] data, int size) {
        for (int i = 0; i < data.length; i += size) {
            server(java.util.Arrays.copyOfRange(data, i, Math.min(data.length, i + size)));
        }
        return this;
    }

    public int packets() {
        return packets;
    }

    public void write(Path file) throws IOException {
        Files.write(file, out.toByteArray());
    }

    private void segment(boolean fromClient, int flags, byte[] data) {
        byte[] src = fromClient ? CLIENT_IP : SERVER_IP;
        byte[] dst = fromClient ? SERVER_IP : CLIENT_IP;
        ByteBuffer tcp = ByteBuffer.allocate(20 + data.length);
        tcp.putShort((short) (fromClient ? clientPort : serverPort)).putShort((short) (fromClient ? serverPort : clientPort))
                .putInt((int) (fromClient ? clientSeq : serverSeq))
                .putInt((flags & ACK) != 0 ? (int) (fromClient ? serverSeq : clientSeq) : 0)
                .put((byte) 0x50).put((byte) flags).putShort((short) 65535).putShort((short) 0).putShort((short) 0)
                .put(data);
        ByteBuffer pseudo = ByteBuffer.allocate(12 + tcp.capacity());
        pseudo.put(src).put(dst).put((byte) 0).put((byte) 6).putShort((short) tcp.capacity()).put(tcp.array());
        tcp.putShort(16, checksum(pseudo.array()));

        ByteBuffer ip = ByteBuffer.allocate(20 + tcp.capacity());
        ip.put((byte) 0x45).put((byte) 0).putShort((short) ip.capacity()).putShort((short) packets)
                .putShort((short) 0x4000).put((byte) 64).put((byte) 6).putShort((short) 0).put(src).put(dst);
        ip.putShort(10, checksum(java.util.Arrays.copyOf(ip.array(), 20)));
        ip.position(20);
        ip.put(tcp.array());

        ByteBuffer ethernet = ByteBuffer.allocate(14 + ip.capacity());
        ethernet.put(new byte[] {2, 0, 0, 0, 0, (byte) (fromClient ? 2 : 1)})
                .put(new byte[] {2, 0, 0, 0, 0, (byte) (fromClient ? 1 : 2)})
                .putShort((short) 0x0800).put(ip.array());

        ByteBuffer record = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        record.putInt(1_700_000_000 + packets / 1000).putInt(packets % 1000 * 1000)
                .putInt(ethernet.capacity()).putInt(ethernet.capacity());
        out.writeBytes(record.array());
        out.writeBytes(ethernet.array());
        packets++;
    }

    /** The Internet checksum (RFC 1071). */
    private static short checksum(byte[] bytes) {
        long sum = 0;
        for (int i = 0; i < bytes.length; i += 2) {
            int high = bytes[i] & 0xFF;
            int low = i + 1 < bytes.length ? bytes[i + 1] & 0xFF : 0;
            sum += (high << 8) | low;
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >> 16);
        }
        return (short) ~sum;
    }
}
