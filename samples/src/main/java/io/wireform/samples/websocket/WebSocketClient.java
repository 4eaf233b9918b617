package io.wireform.samples.websocket;

import io.wireform.runtime.stream.FrameReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Optional;

/**
 * A minimal WebSocket client on a blocking socket: the opening handshake, then whole frames out (each
 * masked with a fresh key, as RFC 6455 5.3 requires of a client) and in. It does not reassemble
 * fragmented messages or answer pings: a sample of the framing, not a complete client.
 */
public final class WebSocketClient implements AutoCloseable {
    private static final int CHUNK = 64 * 1024;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final SecureRandom random = new SecureRandom();
    private final FrameReader<WebSocketFrame> reader;
    private final ArrayDeque<WebSocketFrame> received = new ArrayDeque<>();

    private WebSocketClient(Socket socket, int maxFrameLength) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
        this.reader = WebSocketFrameReader.builder().maxFrameLength(maxFrameLength).build();
    }

    /** Connects to {@code address}, asks for {@code path}, and returns once the server has accepted. */
    public static WebSocketClient connect(InetSocketAddress address, String path, int timeoutMillis, int maxFrameLength)
            throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(address, timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            WebSocketClient client = new WebSocketClient(socket, maxFrameLength);
            OpeningHandshake.client(client.in, client.out, address.getHostString() + ":" + address.getPort(), path, client.random);
            return client;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** Sends one final frame of {@code opcode} carrying {@code payload}, masked. */
    public void send(int opcode, byte[] payload) throws IOException {
        out.write(WebSocketFrameCodec.INSTANCE.encode(WebSocketFrame.of(opcode, payload, Optional.of(random.nextInt()))));
        out.flush();
    }

    /** Sends bytes as they are: for frames a well-behaved client would not send, to see the server refuse them. */
    public void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next frame from the server, or empty when it closed the connection. */
    public Optional<WebSocketFrame> receive() throws IOException {
        byte[] chunk = new byte[CHUNK];
        while (received.isEmpty()) {
            int n = in.read(chunk);
            if (n < 0) {
                return Optional.empty();
            }
            reader.feed(ByteBuffer.wrap(chunk, 0, n), received::add);
        }
        return Optional.of(received.removeFirst());
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
