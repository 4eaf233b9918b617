package io.wireform.samples.websocket;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The opening handshake of RFC 6455 4, which is HTTP/1.1 text rather than binary frames, done by
 * hand: a GET with {@code Upgrade: websocket} and a random {@code Sec-WebSocket-Key}, and a 101
 * answer whose {@code Sec-WebSocket-Accept} must be base64(SHA-1(key + the RFC's GUID)).
 */
public final class OpeningHandshake {
    /** RFC 6455 1.3. */
    public static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final int MAX_RESPONSE = 8192;

    private OpeningHandshake() {}

    /** A new {@code Sec-WebSocket-Key}: 16 random bytes, base64. */
    public static String newKey(SecureRandom random) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        return Base64.getEncoder().encodeToString(nonce);
    }

    /** The {@code Sec-WebSocket-Accept} a server answers to {@code key}. */
    public static String accept(String key) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    /** Sends the client's request, reads the server's answer and checks it; throws with the answer when it is not a valid 101. */
    public static void client(InputStream in, OutputStream out, String host, String path, SecureRandom random) throws IOException {
        String key = newKey(random);
        String request = "GET " + path + " HTTP/1.1\r\n"
                + "Host: " + host + "\r\n"
                + "Upgrade: websocket\r\n"
                + "Connection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + key + "\r\n"
                + "Sec-WebSocket-Version: 13\r\n"
                + "\r\n";
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String response = readHead(in);
        String[] lines = response.split("\r\n");
        if (!lines[0].startsWith("HTTP/1.1 101")) {
            throw new IOException("expected HTTP/1.1 101, got: " + response);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
        }
        if (!"websocket".equalsIgnoreCase(headers.get("upgrade"))
                || !accept(key).equals(headers.get("sec-websocket-accept"))) {
            throw new IOException("expected Upgrade: websocket and Sec-WebSocket-Accept: " + accept(key) + ", got: " + response);
        }
    }

    /** The response up to its blank line, byte by byte, so that no frame byte after it is consumed. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the server closed during the handshake, after: " + head.toString(StandardCharsets.ISO_8859_1));
            }
            if (head.size() == MAX_RESPONSE) {
                throw new IOException("no end of the handshake response within " + MAX_RESPONSE + " bytes");
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
