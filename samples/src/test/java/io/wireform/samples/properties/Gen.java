package io.wireform.samples.properties;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import io.wireform.samples.properties.ListSchemas.Named;
import io.wireform.samples.properties.ListSchemas.Point;

/** Arbitraries shared by the property tests. */
final class Gen {
    private Gen() {}

    static Arbitrary<byte[]> bytes(int maxSize) {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(maxSize);
    }

    static Arbitrary<byte[]> bytes(int minSize, int maxSize) {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(minSize).ofMaxSize(maxSize);
    }

    /** Bytes without the byte {@code excluded}. */
    static Arbitrary<byte[]> bytesWithout(int excluded, int maxSize) {
        return Arbitraries.bytes().filter(b -> (b & 0xFF) != excluded).array(byte[].class).ofMaxSize(maxSize);
    }

    /** Bytes where {@code 0D 0A} never occurs; lone CRs and LFs do, often. */
    static Arbitrary<byte[]> bytesWithoutCrLf(int maxSize) {
        return Arbitraries.oneOf(Arbitraries.bytes(), Arbitraries.of((byte) 0x0D, (byte) 0x0A))
                .array(byte[].class).ofMaxSize(maxSize)
                .filter(b -> {
                    for (int i = 0; i + 1 < b.length; i++) {
                        if (b[i] == 0x0D && b[i + 1] == 0x0A) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    /** Text of the Basic Multilingual Plane (no lone surrogates), up to {@code maxChars} chars. */
    static Arbitrary<String> text(int maxChars) {
        return Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFD')
                .ofMaxLength(maxChars);
    }

    /** Text in which {@code excluded} never occurs. */
    static Arbitrary<String> textWithout(char excluded, int maxChars) {
        return text(maxChars).map(s -> s.replace(excluded, 'x'));
    }

    static Arbitrary<String> latin1(int maxChars) {
        return Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(maxChars);
    }

    static Arbitrary<String> ascii(int maxChars) {
        return Arbitraries.strings().ascii().ofMaxLength(maxChars);
    }

    static Arbitrary<Integer> u8() {
        return Arbitraries.integers().between(0, 0xFF);
    }

    static Arbitrary<Short> u8Short() {
        return Arbitraries.shorts().between((short) 0, (short) 0xFF);
    }

    static Arbitrary<Integer> u16() {
        return Arbitraries.integers().between(0, 0xFFFF);
    }

    static Arbitrary<Long> u32() {
        return Arbitraries.longs().between(0, 0xFFFF_FFFFL);
    }

    static Arbitrary<Integer> mqtt() {
        return Arbitraries.integers().between(0, 268_435_455);
    }

    static Arbitrary<Point> point() {
        return Combinators.combine(Arbitraries.shorts(), Arbitraries.shorts()).as(Point::new);
    }

    static Arbitrary<Named> named() {
        return Combinators.combine(text(20), Arbitraries.integers().greaterOrEqual(0)).as(Named::new);
    }

    static <T> Arbitrary<List<T>> list(Arbitrary<T> element, int maxSize) {
        return element.list().ofMaxSize(maxSize);
    }

    static <T> Arbitrary<List<T>> list(Arbitrary<T> element, int minSize, int maxSize) {
        return element.list().ofMinSize(minSize).ofMaxSize(maxSize);
    }

    static <T> Optional<T> when(boolean present, T value) {
        return present ? Optional.of(value) : Optional.empty();
    }
}
