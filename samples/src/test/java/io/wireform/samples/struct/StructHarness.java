package io.wireform.samples.struct;

import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireEncodeException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Checks a codec against CPython's {@code struct} with the codec's own {@code STRUCT_FORMAT}, both
 * ways: random values of the record (drawn from the ranges the format gives each item) are encoded
 * by the codec and unpacked by Python, and packed by Python and decoded by the codec. The values go
 * to Python as a tuple literal; floats as their exact decimal expansion, so nothing is rounded on the way.
 */
final class StructHarness {
    private static final Path SCRIPT = Path.of("src", "test", "python", "struct_check.py");
    private static final HexFormat HEX = HexFormat.of();

    private StructHarness() {}

    /** One value of a codec's record, its Python tuple and the codec's bytes. */
    record Case(String label, WireCodec<Object> codec, String format, Object value, String python, byte[] encoded) {}

    /** An item of a struct format: {@code count} times {@code code} ({@code s}: a byte string of that length). */
    record FormatItem(int count, char code) {}

    static List<FormatItem> items(String format) {
        List<FormatItem> items = new ArrayList<>();
        int i = !format.isEmpty() && "@=<>!".indexOf(format.charAt(0)) >= 0 ? 1 : 0;
        while (i < format.length()) {
            if (format.charAt(i) == ' ') {
                i++;
                continue;
            }
            int count = 0;
            boolean digits = false;
            while (Character.isDigit(format.charAt(i))) {
                count = count * 10 + (format.charAt(i++) - '0');
                digits = true;
            }
            char code = format.charAt(i++);
            if (code != 'x') {
                items.add(new FormatItem(digits ? count : 1, code));
            }
        }
        return items;
    }

    @SuppressWarnings("unchecked")
    static WireCodec<Object> codec(Class<?> codecType) throws ReflectiveOperationException {
        java.lang.reflect.Field instance = codecType.getField("INSTANCE");
        instance.setAccessible(true);
        return (WireCodec<Object>) instance.get(null);
    }

    static String format(Class<?> codecType) throws ReflectiveOperationException {
        java.lang.reflect.Field format = codecType.getField("STRUCT_FORMAT");
        format.setAccessible(true);
        return (String) format.get(null);
    }

    /** A random value of {@code recordType} that fits the codec's {@code STRUCT_FORMAT}, with its Python tuple. */
    static Case random(String label, Class<?> codecType, Class<?> recordType, Random random) throws Exception {
        return random(label, format(codecType), codecType, recordType, random);
    }

    /**
     * A random value of {@code recordType} that fits {@code format}, with its Python tuple; drawn again
     * while the record's own constructor refuses the values.
     */
    static Case random(String label, String format, Class<?> codecType, Class<?> recordType, Random random)
            throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                return draw(label, format, codecType, recordType, random);
            } catch (java.lang.reflect.InvocationTargetException e) {
                if (!(e.getCause() instanceof IllegalArgumentException) || attempt == 100) {
                    throw e;
                }
            }
        }
    }

    private static Case draw(String label, String format, Class<?> codecType, Class<?> recordType, Random random)
            throws Exception {
        List<FormatItem> items = items(format);
        boolean nativeMode = format.isEmpty() || format.charAt(0) == '@' || "=<>!".indexOf(format.charAt(0)) < 0;
        RecordComponent[] components = recordType.getRecordComponents();
        if (items.size() != components.length) {
            throw new AssertionError(label + ": " + format + " has " + items.size() + " items for "
                    + components.length + " components");
        }
        Object[] arguments = new Object[components.length];
        List<String> python = new ArrayList<>();
        int[] pythonAt = new int[components.length];
        for (int i = 0; i < components.length; i++) {
            pythonAt[i] = python.size();
            FormatItem item = items.get(i);
            RecordComponent component = components[i];
            if (List.class.isAssignableFrom(component.getType())) {
                Class<?> element = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                List<Object> list = new ArrayList<>();
                for (int n = 0; n < item.count(); n++) {
                    list.add(scalar(item.code(), nativeMode, element, random, python));
                }
                arguments[i] = List.copyOf(list);
            } else if (item.code() == 's' || item.code() == 'c') {
                arguments[i] = byteString(item.code() == 'c' ? 1 : item.count(), component.getType(), random, python);
            } else {
                arguments[i] = scalar(item.code(), nativeMode, component.getType(), random, python);
            }
        }
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> constructor = recordType.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        WireCodec<Object> codec = codec(codecType);
        // A @Const component (CLASS retention: reflection cannot see it) takes the value the codec asks for
        for (int tries = 0; ; tries++) {
            Object value = constructor.newInstance(arguments);
            try {
                byte[] encoded = codec.encode(value);
                String tuple = "(" + String.join(", ", python) + (python.size() == 1 ? ",)" : ")");
                return new Case(label, codec, format, value, tuple, encoded);
            } catch (WireEncodeException e) {
                boolean ranged = e.expected() != null && e.expected().endsWith(" (@Range)");
                if (tries == components.length || e.expected() == null || !(ranged || e.expected().endsWith(" (@Const)"))) {
                    throw e;
                }
                String name = e.fieldPath().substring(e.fieldPath().lastIndexOf('.') + 1);
                int i = Arrays.asList(components).indexOf(Arrays.stream(components)
                        .filter(c -> c.getName().equals(name)).findFirst().orElseThrow(() -> e));
                String expected = e.expected().substring(0, e.expected().length() - " (@Const)".length());
                // a @Range component (CLASS retention too) takes a value inside the range the codec names
                long constant = ranged ? inRange(expected, random) : Long.parseLong(expected);
                arguments[i] = constant(constant, components[i].getType());
                python.set(pythonAt[i], components[i].getType() == boolean.class ? (constant != 0 ? "True" : "False")
                        : Long.toString(constant));
            }
        }
    }

    /** A random value of {@code from..to}. */
    private static long inRange(String range, Random random) {
        int dots = range.indexOf("..");
        long from = Long.parseLong(range.substring(0, dots));
        long to = Long.parseLong(range.substring(dots + 2));
        long span = to - from; // negative when the range holds more than half the longs
        if (span < 0 || span == Long.MAX_VALUE) {
            long value;
            do {
                value = random.nextLong();
            } while (value < from || value > to);
            return value;
        }
        return from + Math.floorMod(random.nextLong(), span + 1);
    }

    private static Object constant(long value, Class<?> type) throws ReflectiveOperationException {
        if (type.isEnum()) { // the constant with that code
            Method fromCode = codes(type).getDeclaredMethod("fromCode", int.class);
            fromCode.setAccessible(true);
            return fromCode.invoke(null, (int) value);
        }
        if (type == boolean.class) {
            return value != 0;
        } else if (type == byte.class) {
            return (byte) value;
        } else if (type == short.class) {
            return (short) value;
        } else if (type == int.class) {
            return (int) value;
        } else if (type == long.class) {
            return value;
        }
        throw new AssertionError("a @Const of type " + type);
    }

    private static Object byteString(int length, Class<?> type, Random random, List<String> python) {
        if (type == String.class) {
            // letters, shorter than the field: the codec pads with NUL, which struct gives back
            char[] text = new char[random.nextInt(length + 1)];
            for (int i = 0; i < text.length; i++) {
                text[i] = (char) ('a' + random.nextInt(26));
            }
            python.add(bytesLiteral(Arrays.copyOf(new String(text).getBytes(StandardCharsets.US_ASCII), length)));
            return new String(text);
        }
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        python.add(bytesLiteral(bytes));
        return bytes;
    }

    private static Object scalar(char code, boolean nativeMode, Class<?> type, Random random, List<String> python)
            throws Exception {
        switch (code) {
            case '?' -> {
                boolean b = random.nextBoolean();
                python.add(b ? "True" : "False");
                return b;
            }
            case 'f' -> {
                float f;
                do {
                    f = Float.intBitsToFloat(random.nextInt());
                } while (!Float.isFinite(f));
                python.add(new BigDecimal(f).toString());
                return f;
            }
            case 'e' -> {
                // a half's 16 bits, any finite one: every half is a float, exactly
                float f;
                do {
                    f = io.wireform.runtime.support.Halfs.toFloat((short) random.nextInt(0x10000));
                } while (!Float.isFinite(f));
                python.add(new BigDecimal(f).toString());
                return f;
            }
            case 'd' -> {
                double d;
                do {
                    d = Double.longBitsToDouble(random.nextLong());
                } while (!Double.isFinite(d));
                python.add(new BigDecimal(d).toString());
                return d;
            }
            case 'c' -> {
                byte[] one = {(byte) random.nextInt(256)};
                python.add(bytesLiteral(one));
                return one;
            }
            default -> {
                int bits = 8 << "bhiq".indexOf(Character.toLowerCase(normalized(code, nativeMode)));
                boolean signed = Character.isLowerCase(normalized(code, nativeMode));
                if (type.isEnum()) {
                    Method codeOf = codes(type).getDeclaredMethod("code", type, String.class);
                    codeOf.setAccessible(true);
                    List<Object> coded = new ArrayList<>();
                    for (Object constant : type.getEnumConstants()) {
                        try {
                            codeOf.invoke(null, constant, "test");
                            coded.add(constant);
                        } catch (java.lang.reflect.InvocationTargetException fallbackWithoutCode) {
                            // a @Fallback constant has no code to send
                        }
                    }
                    Object constant = coded.get(random.nextInt(coded.size()));
                    python.add(Long.toString(Integer.toUnsignedLong((int) codeOf.invoke(null, constant, "test"))));
                    return constant;
                }
                long raw = random.nextLong();
                long value = bits == 64 ? raw : signed ? raw >> (64 - bits) : raw >>> (64 - bits);
                python.add(signed || bits < 64 ? Long.toString(value) : Long.toUnsignedString(value));
                if (type == byte.class || type == Byte.class) {
                    return (byte) value;
                }
                if (type == short.class || type == Short.class) {
                    return (short) value;
                }
                if (type == int.class || type == Integer.class) {
                    return (int) value;
                }
                return value;
            }
        }
    }

    /** {@code l}, {@code L}, {@code n}, {@code N} as the code of their size: 8 bytes in native mode, else 4. */
    private static char normalized(char code, boolean nativeMode) {
        return switch (code) {
            case 'l' -> nativeMode ? 'q' : 'i';
            case 'L' -> nativeMode ? 'Q' : 'I';
            case 'n' -> 'q';
            case 'N' -> 'Q';
            default -> code;
        };
    }

    private static Class<?> codes(Class<?> enumType) throws ClassNotFoundException {
        String outer = enumType.getName().substring(enumType.getPackageName().length() + 1).replace('$', '_');
        return Class.forName(enumType.getPackageName() + "." + outer + "Codes", true, enumType.getClassLoader());
    }

    private static String bytesLiteral(byte[] bytes) {
        StringBuilder text = new StringBuilder("b'");
        for (byte b : bytes) {
            text.append(String.format("\\x%02x", b & 0xFF));
        }
        return text.append('\'').toString();
    }

    /**
     * Runs every case through CPython and returns what went wrong, one line per failing case, each
     * naming the case; an empty list when Python unpacked each codec's bytes to the values, packed
     * the values to the codec's bytes, and the codec decoded Python's bytes back to the value.
     */
    static List<String> check(List<Case> cases, Path workDir) throws Exception {
        Path input = workDir.resolve("struct-cases.txt");
        StringBuilder lines = new StringBuilder();
        for (Case c : cases) {
            lines.append(c.format()).append('|').append(c.python()).append('|').append(HEX.formatHex(c.encoded())).append('\n');
        }
        Files.writeString(input, lines, StandardCharsets.US_ASCII);
        Process python = new ProcessBuilder("python3", SCRIPT.toString()).redirectInput(input.toFile())
                .redirectErrorStream(true).start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!python.waitFor(120, TimeUnit.SECONDS) || python.exitValue() != 0) {
            throw new AssertionError("struct_check.py failed: " + output);
        }
        List<String> answers = output.lines().toList();
        if (answers.size() != cases.size()) {
            throw new AssertionError("struct_check.py answered " + answers.size() + " of " + cases.size() + ": " + output);
        }
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            String[] answer = answers.get(i).split("\\|", 2);
            byte[] packed = HEX.parseHex(answer[0]);
            String problem = null;
            if (!answer[1].equals("ok")) {
                problem = "Python unpacked the codec's bytes " + HEX.formatHex(c.encoded()) + " to " + answer[1];
            } else if (!Arrays.equals(packed, c.encoded())) {
                problem = "Python packed " + HEX.formatHex(packed) + ", the codec encoded " + HEX.formatHex(c.encoded());
            } else {
                Object decoded = c.codec().decode(packed);
                if (!sameComponents(decoded, c.value())) {
                    problem = "the codec decoded Python's bytes to " + decoded;
                }
            }
            if (problem != null) {
                failures.add(c.label() + " " + c.format() + " " + c.python() + ": " + problem);
            }
        }
        return failures;
    }

    /** Record equality with arrays compared by content. */
    static boolean sameComponents(Object a, Object b) throws ReflectiveOperationException {
        if (a.getClass() != b.getClass()) {
            return false;
        }
        for (RecordComponent component : a.getClass().getRecordComponents()) {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            Object x = accessor.invoke(a);
            Object y = accessor.invoke(b);
            boolean same = x != null && x.getClass().isArray()
                    ? y != null && y.getClass().isArray() && Array.getLength(x) == Array.getLength(y)
                            && Arrays.equals((byte[]) x, (byte[]) y)
                    : Objects.equals(x, y);
            if (!same) {
                return false;
            }
        }
        return true;
    }

}
