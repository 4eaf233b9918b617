package io.wireform.samples.struct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random fixed-layout schemas, compiled through the processor with javax.tools: each that struct can
 * express must get a {@code STRUCT_FORMAT} that CPython packs and unpacks exactly as the codec does;
 * each with something struct cannot express (a 3-byte integer, bit fields, mixed byte orders, a
 * non-zero fill, space padding, a magic) must get none.
 *
 * <p>{@value #DEFAULT_SCHEMAS} schemas of {@value #VALUES} values each in CI; more with
 * {@code -Dwireform.struct.schemas=2000}, another run with {@code -Dwireform.struct.seed=n}. A failure
 * names the seed and the schema's source.
 */
class RandomStructSchemasTest {
    static final int DEFAULT_SCHEMAS = 120;
    static final int VALUES = 6;

    /** A generated schema: its source, and whether struct can express it. */
    record Schema(String name, String source, boolean expressible) {}

    @Test
    void randomSchemasAgreeWithCPython(@TempDir Path work) throws Exception {
        long seed = Long.getLong("wireform.struct.seed", System.nanoTime());
        int count = Integer.getInteger("wireform.struct.schemas", DEFAULT_SCHEMAS);
        System.out.println("RandomStructSchemasTest: seed " + seed + ", " + count + " schemas");
        Random random = new Random(seed);
        List<Schema> schemas = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            schemas.add(schema("S" + i, random));
        }
        Map<String, String> sources = new LinkedHashMap<>();
        schemas.forEach(s -> sources.put("rnd." + s.name(), s.source()));
        ClassLoader loader = InMemoryJavac.compile(sources, work, "seed " + seed);
        List<StructHarness.Case> cases = new ArrayList<>();
        int expressible = 0;
        for (Schema schema : schemas) {
            Class<?> record = loader.loadClass("rnd." + schema.name());
            Class<?> codec = loader.loadClass("rnd." + schema.name() + "Codec");
            Optional<Field> format = List.of(codec.getFields()).stream()
                    .filter(f -> f.getName().equals("STRUCT_FORMAT")).findFirst();
            assertEquals(schema.expressible(), format.isPresent(), () -> "seed " + seed + ": STRUCT_FORMAT "
                    + (format.isPresent() ? "present" : "absent") + " for\n" + schema.source());
            if (format.isPresent()) {
                expressible++;
                for (int v = 0; v < VALUES; v++) {
                    cases.add(StructHarness.random(schema.name(), codec, record, random));
                }
            }
        }
        assertTrue(expressible > count / 3, "expressible schemas: " + expressible + " of " + count);
        List<String> failures = StructHarness.check(cases, work);
        assertEquals(List.of(), failures, "seed " + seed + ": " + failures.size() + " of " + cases.size()
                + " cases failed; first schema's source:\n" + (failures.isEmpty() ? "" : source(schemas, failures.get(0))));
    }

    private static String source(List<Schema> schemas, String failure) {
        String name = failure.substring(0, failure.indexOf(' '));
        return schemas.stream().filter(s -> s.name().equals(name)).findFirst().map(Schema::source).orElse("?");
    }

    /** A record of 1 to 8 fixed-size fields; about one in six gets something struct cannot express. */
    static Schema schema(String name, Random random) {
        boolean little = random.nextBoolean();
        boolean aligned = random.nextInt(3) == 0;
        String order = little ? "Endian.LITTLE" : "Endian.BIG";
        String opposite = little ? "Endian.BIG" : "Endian.LITTLE";
        // all multi-byte fields flipped to the other order stay expressible; one flipped among others is mixed
        int flip = random.nextInt(6);
        List<String> components = new ArrayList<>();
        List<String> enums = new ArrayList<>();
        int multiByte = 0;
        boolean flippedOne = false;
        int fields = 1 + random.nextInt(8);
        for (int i = 0; i < fields; i++) {
            String[] field = field(name + "E" + i, random, enums);
            boolean multi = field[1].equals("multi");
            String annotations = "";
            if (multi) {
                multiByte++;
                if (flip == 0 || flip == 1 && !flippedOne && random.nextBoolean()) {
                    annotations += "@Order(" + opposite + ") ";
                    flippedOne = flip == 1;
                }
            }
            if (random.nextInt(5) == 0) {
                annotations += "@Padding(before = " + random.nextInt(3) + ", after = " + random.nextInt(3) + ") ";
            }
            components.add(annotations + field[0] + " f" + i);
        }
        boolean mixed = flip == 1 && flippedOne && multiByte > 1;
        String messageAnnotations = "";
        boolean poison = random.nextInt(6) == 0;
        if (poison) {
            switch (random.nextInt(5)) {
                case 0 -> components.add(random.nextInt(components.size() + 1), "@Int(3) int odd");
                case 1 -> components.add("@Bits(3) int high, @Bits(5) int low");
                case 2 -> components.add(0, "@Padding(before = 1, fill = 0xFF) @UInt8 short filled");
                case 3 -> components.add("@Fixed(value = 4, pad = ' ') @Charset(\"US-ASCII\") String spaced");
                default -> messageAnnotations = "@Magic(\"FD AA\") ";
            }
        }
        if (aligned && components.stream().anyMatch(c -> c.contains("@Bits"))) {
            aligned = false;
        }
        StringBuilder source = new StringBuilder("package rnd;\n")
                .append("import io.wireform.annotations.*;\nimport java.util.List;\n")
                .append(messageAnnotations).append("@Message(endian = ").append(order)
                .append(aligned ? ", layout = Layout.C_ALIGNED" : "").append(")\n")
                .append("public record ").append(name).append("(\n        ")
                .append(String.join(",\n        ", components)).append(") {\n");
        for (String e : enums) {
            source.append("    ").append(e).append("\n");
        }
        source.append("}\n");
        return new Schema(name, source.toString(), !poison && !mixed);
    }

    /** A component type with its annotations, and whether it is a multi-byte number ("multi") or not ("one"). */
    private static String[] field(String enumName, Random random, List<String> enums) {
        int n = 1 + random.nextInt(5);
        return switch (random.nextInt(17)) {
            case 0 -> new String[] {"byte", "one"};
            case 1 -> new String[] {"short", "multi"};
            case 2 -> new String[] {"int", "multi"};
            case 3 -> new String[] {"long", "multi"};
            case 4 -> new String[] {"@UInt8 short", "one"};
            case 5 -> new String[] {"@UInt16 int", "multi"};
            case 6 -> new String[] {"@UInt32 long", "multi"};
            case 7 -> new String[] {"@UInt(8) long", "multi"};
            case 8 -> new String[] {"float", "multi"};
            case 9 -> new String[] {"double", "multi"};
            case 10 -> new String[] {"boolean", "one"};
            case 11 -> new String[] {"@Fixed(" + n + ") byte[]", "one"};
            case 12 -> new String[] {"@Fixed(" + n + ") @Charset(\"US-ASCII\") String", "one"};
            case 13 -> {
                int bytes = new int[] {1, 2, 4}[random.nextInt(3)];
                long top = bytes == 4 ? 0xFFFF_FFFFL : (1L << (8 * bytes)) - 1;
                enums.add(String.format(Locale.ROOT, "@WireEnum(bytes = %d) public enum %s { @Code(0) A, @Code(%d) B, @Code(%dL) C }",
                        bytes, enumName, 1 + random.nextInt(100), top));
                yield new String[] {enumName, bytes > 1 ? "multi" : "one"};
            }
            case 14 -> new String[] {"@Count(" + n + ") @UInt16 List<Integer>", "multi"};
            case 15 -> new String[] {"@Count(" + n + ") List<Double>", "multi"};
            default -> new String[] {"@Count(" + n + ") List<Boolean>", "one"};
        };
    }
}
