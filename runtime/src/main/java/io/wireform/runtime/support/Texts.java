package io.wireform.runtime.support;

import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireEncodeException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text on the wire, decoded and encoded strictly: bytes that are not valid in the field's charset
 * are a {@link WireDecodeException} naming the field and the offending byte, and characters the
 * charset cannot encode are a {@link WireEncodeException}, so that decoding then encoding a text never
 * changes its bytes. (Lenient decoding, bad bytes as U+FFFD, is the schema's choice:
 * {@code @Charset(value = ..., lenient = true)}.) ASCII text, the common case, takes a fast path.
 */
public final class Texts {
    private Texts() {}

    /**
     * Decodes {@code length} bytes from index {@code at}, strictly.
     *
     * @throws WireDecodeException at the first byte that does not belong to a valid character
     */
    public static String decode(ByteBuffer in, int frameStart, int at, int length, Charset charset, String path) {
        if (asciiCompatible(charset) && isAscii(in, at, length) || charset.equals(StandardCharsets.ISO_8859_1)) {
            return lenient(in, at, length, charset);
        }
        if (charset.equals(StandardCharsets.UTF_16) && length > 0 && !byteOrderMark(in, at, length)) {
            // UTF-16 text is written with a byte order mark; one without it would not encode back to its bytes
            throw new WireDecodeException(in, frameStart, at, path, "UTF-16 text starting with a byte order mark (fe ff or"
                    + " ff fe)", "none");
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = in.duplicate().limit(at + length).position(at);
        CharBuffer chars = CharBuffer.allocate((int) Math.ceil(length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(bytes, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            int bad = bytes.position();
            throw new WireDecodeException(in, frameStart, bad, path, "text in " + charset.name(),
                    (result.isMalformed() ? "malformed input" : "a character " + charset.name() + " cannot map")
                            + " of " + result.length() + (result.length() == 1 ? " byte" : " bytes"));
        }
        return chars.flip().toString();
    }

    /** Decodes {@code length} bytes from index {@code at}; bytes that are not valid become U+FFFD. */
    public static String lenient(ByteBuffer in, int at, int length, Charset charset) {
        if (in.hasArray()) {
            // straight from the backing array: no copy before the String makes its own
            return new String(in.array(), in.arrayOffset() + at, length, charset);
        }
        byte[] bytes = new byte[length];
        in.get(at, bytes);
        return new String(bytes, charset);
    }

    /**
     * The bytes of {@code text} in {@code charset}, which must not be null.
     *
     * @throws WireEncodeException if the charset cannot encode one of its characters (or it holds a
     *     lone surrogate), which {@link String#getBytes(Charset)} would silently replace
     */
    public static byte[] encode(String text, Charset charset, String path) {
        Values.nonNull(text, path);
        if (charset.equals(StandardCharsets.UTF_8)) {
            return encodable(text, Character.MAX_VALUE) ? text.getBytes(StandardCharsets.UTF_8) : strict(text, charset, path);
        }
        if (charset.equals(StandardCharsets.US_ASCII) || charset.equals(StandardCharsets.ISO_8859_1)) {
            char max = charset.equals(StandardCharsets.US_ASCII) ? (char) 0x7F : (char) 0xFF;
            if (encodable(text, max)) {
                return text.getBytes(charset);
            }
            throw unencodable(text, charset, path, firstAbove(text, max));
        }
        return strict(text, charset, path);
    }

    /** Whether every character of {@code text} is at most {@code max} and none is a surrogate. */
    private static boolean encodable(String text, char max) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > max || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static int firstAbove(String text, char max) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > max) {
                return i;
            }
        }
        return 0;
    }

    private static byte[] strict(String text, Charset charset, String path) {
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.wrap(text);
        try {
            ByteBuffer bytes = encoder.encode(chars);
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw unencodable(text, charset, path, chars.position());
        }
    }

    private static WireEncodeException unencodable(String text, Charset charset, String path, int index) {
        int c = index < text.length() ? text.codePointAt(index) : 0;
        return new WireEncodeException(path, "text that " + charset.name() + " can encode",
                String.format("U+%04X at index %d", c, index));
    }

    private static boolean byteOrderMark(ByteBuffer in, int at, int length) {
        if (length < 2) {
            return false;
        }
        int first = in.get(at) & 0xFF;
        int second = in.get(at + 1) & 0xFF;
        return first == 0xFE && second == 0xFF || first == 0xFF && second == 0xFE;
    }

    private static boolean asciiCompatible(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII);
    }

    private static boolean isAscii(ByteBuffer in, int at, int length) {
        if (in.hasArray()) {
            byte[] array = in.array();
            int from = in.arrayOffset() + at;
            for (int i = from; i < from + length; i++) {
                if (array[i] < 0) {
                    return false;
                }
            }
            return true;
        }
        for (int i = at; i < at + length; i++) {
            if (in.get(i) < 0) {
                return false;
            }
        }
        return true;
    }
}
