package io.wireform.samples.mariadb;

import io.wireform.runtime.WireCodec;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small blocking MariaDB client over the packet records of this package: the handshake with
 * {@code mysql_native_password}, then COM_QUERY answered by OK, ERR or a text result set. Each packet
 * is framed by {@link Packet}'s length and decoded once, by the record the protocol expects at that
 * point; where several may come, the payload's first byte says which ({@code 00} OK, {@code FF} ERR,
 * {@code FE} in a packet shorter than 9 bytes EOF), as the protocol documentation tells clients to do.
 * Packets of 16 MiB and more, which MariaDB splits, are not handled.
 */
public final class MariaDbClient implements AutoCloseable {
    /** A server's answer to a query: an OK or a result set. */
    public sealed interface Result permits Done, ResultSet {}

    /** A statement without rows. */
    public record Done(Ok ok) implements Result {}

    /** A result set: the column definitions, then the rows. */
    public record ResultSet(List<ColumnDefinition> columns, List<Row> rows, Eof end) implements Result {}

    /** An ERR packet as an exception. */
    public static final class ServerError extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Err err;

        ServerError(Err err) {
            super(err.code() + " (" + err.sqlState() + "): " + err.message());
            this.err = err;
        }

        /** {@return the ERR packet} */
        public Err err() {
            return err;
        }
    }

    private static final int UTF8MB4_GENERAL_CI = 45;
    private static final long CAPABILITIES = HandshakeResponse.CLIENT_PROTOCOL_41 | HandshakeResponse.CLIENT_TRANSACTIONS
            | HandshakeResponse.CLIENT_SECURE_CONNECTION | HandshakeResponse.CLIENT_PLUGIN_AUTH
            | HandshakeResponse.CLIENT_PLUGIN_AUTH_LENENC_CLIENT_DATA;
    private static final int MAX_PACKET = 0xFF_FFFF;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final Handshake handshake;
    private int sequence;

    private MariaDbClient(Socket socket, Handshake handshake) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.handshake = handshake;
    }

    /**
     * Connects and logs in with {@code mysql_native_password}.
     *
     * @throws ServerError when the server refuses the login
     */
    public static MariaDbClient connect(InetSocketAddress address, String user, String password, int timeoutMillis)
            throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(address, timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            InputStream in = socket.getInputStream();
            ByteBuffer first = frame(in);
            if (first.get(4) == (byte) 0xFF) {
                throw new ServerError(ErrCodec.INSTANCE.decode(first));
            }
            Handshake handshake = HandshakeCodec.INSTANCE.decode(first);
            if (!handshake.authPlugin().equals("mysql_native_password")) {
                throw new IOException("the server asks for " + handshake.authPlugin() + ", not mysql_native_password");
            }
            MariaDbClient client = new MariaDbClient(socket, handshake);
            client.sequence = handshake.sequence() + 1;
            client.send(HandshakeResponseCodec.INSTANCE, new HandshakeResponse(client.sequence, CAPABILITIES, MAX_PACKET,
                    UTF8MB4_GENERAL_CI, new byte[19], 0, user, nativePassword(password, handshake.scramble()),
                    "mysql_native_password"));
            ByteBuffer answer = client.next();
            if (answer.get(4) == (byte) 0xFF) {
                throw new ServerError(client.expect(ErrCodec.INSTANCE, answer));
            }
            if (answer.get(4) != 0) {
                throw new IOException(String.format("expected OK after the login, found a packet starting %02X"
                        + " (an authentication switch, which this client does not do)", answer.get(4)));
            }
            client.expect(OkCodec.INSTANCE, answer);
            return client;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** {@return the server's initial handshake} */
    public Handshake handshake() {
        return handshake;
    }

    /**
     * Runs {@code sql} (COM_QUERY).
     *
     * @throws ServerError for an ERR answer; the connection stays usable
     */
    public Result query(String sql) throws IOException {
        sequence = 0;
        send(QueryCodec.INSTANCE, new Query(sql));
        ByteBuffer first = next();
        if (first.get(4) == 0) {
            return new Done(expect(OkCodec.INSTANCE, first));
        }
        if (first.get(4) == (byte) 0xFF) {
            throw new ServerError(expect(ErrCodec.INSTANCE, first));
        }
        long count = expect(ColumnCountCodec.INSTANCE, first).count();
        List<ColumnDefinition> columns = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            columns.add(expect(ColumnDefinitionCodec.INSTANCE, next()));
        }
        expect(EofCodec.INSTANCE, next());
        List<Row> rows = new ArrayList<>();
        while (true) {
            ByteBuffer packet = next();
            if (isEof(packet)) {
                return new ResultSet(columns, rows, expect(EofCodec.INSTANCE, packet));
            }
            if (packet.get(4) == (byte) 0xFF) {
                throw new ServerError(expect(ErrCodec.INSTANCE, packet));
            }
            Row row = expect(RowCodec.INSTANCE, packet);
            if (row.values().size() != columns.size()) {
                throw new IOException("a row of " + row.values().size() + " values for " + columns.size() + " columns");
            }
            rows.add(row);
        }
    }

    /** The scramble {@code mysql_native_password} answers: SHA1(password) XOR SHA1(scramble + SHA1(SHA1(password))). */
    static byte[] nativePassword(String password, byte[] scramble) {
        if (password.isEmpty()) {
            return new byte[0];
        }
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] stage1 = sha1.digest(password.getBytes(StandardCharsets.UTF_8));
            byte[] stage2 = sha1.digest(stage1);
            sha1.update(scramble);
            byte[] mask = sha1.digest(stage2);
            for (int i = 0; i < stage1.length; i++) {
                stage1[i] ^= mask[i];
            }
            return stage1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    private static boolean isEof(ByteBuffer packet) {
        return packet.get(4) == (byte) 0xFE && packet.remaining() < 4 + 9;
    }

    private <T> void send(WireCodec<T> codec, T packet) throws IOException {
        out.write(codec.encode(packet));
        out.flush();
        sequence++;
    }

    /** The next packet, whole: header and payload. */
    private ByteBuffer next() throws IOException {
        return frame(in);
    }

    private static ByteBuffer frame(InputStream in) throws IOException {
        byte[] header = in.readNBytes(4);
        if (header.length < 4) {
            throw new EOFException("the server closed the connection");
        }
        int length = PacketCodec.INSTANCE.frameLength(ByteBuffer.wrap(header));
        byte[] frame = Arrays.copyOf(header, length);
        if (in.readNBytes(frame, 4, length - 4) != length - 4) {
            throw new EOFException("the server closed the connection inside a packet");
        }
        return ByteBuffer.wrap(frame);
    }

    /** Decodes a packet the protocol expects now, checking its sequence id. */
    private <T extends MariaDbPacket> T expect(WireCodec<T> codec, ByteBuffer packet) throws IOException {
        T decoded = codec.decode(packet);
        int seq = decoded.sequence();
        if (seq != (sequence & 0xFF)) {
            throw new IOException("packet sequence id " + seq + ", expected " + (sequence & 0xFF));
        }
        sequence++;
        return decoded;
    }

    @Override
    public void close() throws IOException {
        try {
            if (!socket.isClosed()) {
                out.write(QuitCodec.INSTANCE.encode(new Quit(0, (byte) 1)));
                out.flush();
            }
        } catch (IOException ignored) {
            // the server may have gone already
        } finally {
            socket.close();
        }
    }
}
