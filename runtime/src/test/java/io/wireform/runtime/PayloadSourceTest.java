package io.wireform.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A payload to send is "a stream of exactly {@link Payload#length()} bytes" ({@code openStream}'s
 * Javadoc): a source that holds fewer bytes than the length it was given is an error wherever it is
 * read, never a shorter payload; a file that grew after {@code Payload.of(Path)} measured it gives the
 * bytes it had then, not more, so that a frame counting {@code length()} stays whole.
 */
class PayloadSourceTest {

    @Test
    void aStreamShorterThanItsLengthIsAnErrorWhereverItIsRead(@TempDir Path dir) throws IOException {
        EOFException all = assertThrows(EOFException.class,
                () -> Payload.of(new ByteArrayInputStream(new byte[2]), 5).readAllBytes());
        assertEquals("payload ended after 2 of 5 bytes", all.getMessage());
        Path file = dir.resolve("copy");
        assertThrows(EOFException.class, () -> Payload.of(new ByteArrayInputStream(new byte[2]), 5).transferTo(file));
        try (InputStream in = Payload.of(new ByteArrayInputStream(new byte[] {1, 2}), 3).openStream()) {
            assertEquals(1, in.read());
            byte[] rest = new byte[4];
            assertEquals(1, in.read(rest, 0, 4));
            assertEquals(2, rest[0]);
            assertThrows(EOFException.class, in::read);
        }
    }

    @Test
    void aStreamLongerThanItsLengthGivesItsLengthAndLeavesTheRest() throws IOException {
        ByteArrayInputStream source = new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5});
        assertArrayEquals(new byte[] {1, 2, 3}, Payload.of(source, 3).readAllBytes());
        assertEquals(2, source.available(), "the bytes after the payload are the caller's");
    }

    @Test
    void aFileGivesTheBytesItHadWhenItWasMeasured(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("data"), new byte[] {1, 2, 3});
        Payload payload = Payload.of(file);
        Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(3, payload.transferTo(out));
        assertArrayEquals(new byte[] {1, 2, 3}, out.toByteArray());
        assertArrayEquals(new byte[] {1, 2, 3}, payload.readAllBytes());
        assertTrue(Files.deleteIfExists(file), "the file's stream was closed");
    }

    @Test
    void aFileThatShrankIsAnError(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("data"), new byte[] {1, 2, 3});
        Payload payload = Payload.of(file);
        Files.write(file, new byte[] {1});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EOFException e = assertThrows(EOFException.class, () -> payload.transferTo(out));
        assertEquals("payload ended after 1 of 3 bytes", e.getMessage());
        assertFalse(out.size() > 1);
    }

    @Test
    void aPayloadOfExactlyItsLengthReadsAsBefore(@TempDir Path dir) throws IOException {
        assertArrayEquals(new byte[] {7, 8}, Payload.of(new ByteArrayInputStream(new byte[] {7, 8}), 2).readAllBytes());
        assertArrayEquals(new byte[0], Payload.of(InputStream.nullInputStream(), 0).readAllBytes());
        Path file = Files.write(dir.resolve("data"), new byte[] {4, 5, 6});
        Path copy = dir.resolve("copy");
        Payload.of(file).transferTo(copy);
        assertArrayEquals(new byte[] {4, 5, 6}, Files.readAllBytes(copy));
    }
}
