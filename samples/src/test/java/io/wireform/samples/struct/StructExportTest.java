package io.wireform.samples.struct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.samples.binary.NetworkReadingCodec;
import io.wireform.samples.binary.PackedReadingCodec;
import io.wireform.samples.binary.ReadingCodec;
import io.wireform.samples.framing.SixteenCodec;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code STRUCT_FORMAT} of every codec of this module that has one (the seeds and the test schemas,
 * the struct vectors among them), checked both ways against CPython with random values.
 */
class StructExportTest {
    private static final long SEED = 14;
    private static final int VALUES = 12;

    @Test
    void seedFormats() {
        assertEquals("@I2sf", ReadingCodec.STRUCT_FORMAT, "the README's Reading: native, aligned, little-endian");
        assertEquals("<I2sf", PackedReadingCodec.STRUCT_FORMAT);
        assertEquals(">I2sf", NetworkReadingCodec.STRUCT_FORMAT);
        assertFalse(Stream.of(SixteenCodec.class.getFields()).anyMatch(f -> f.getName().equals("STRUCT_FORMAT")),
                "a text padded with spaces has no struct format: struct pads with zeros");
    }

    @Test
    void everyExportedFormatAgreesWithCPython(@TempDir Path work) throws Exception {
        List<Class<?>> codecs = exportingCodecs();
        assertTrue(codecs.size() >= 40, "codecs with a struct format: " + codecs.size());
        Random random = new Random(SEED);
        List<StructHarness.Case> cases = new ArrayList<>();
        for (Class<?> codec : codecs) {
            Class<?> record = (Class<?>) ((ParameterizedType) codec.getGenericInterfaces()[0]).getActualTypeArguments()[0];
            for (int i = 0; i < VALUES; i++) {
                cases.add(StructHarness.random(codec.getSimpleName(), codec, record, random));
            }
        }
        List<String> failures = StructHarness.check(cases, work);
        assertEquals(List.of(), failures, failures.size() + " of " + cases.size() + " cases failed (seed " + SEED + ")");
    }

    /** The generated codecs on this module's class path that declare {@code STRUCT_FORMAT}. */
    static List<Class<?>> exportingCodecs() throws Exception {
        List<Class<?>> codecs = new ArrayList<>();
        for (Path root : List.of(Path.of("target", "classes"), Path.of("target", "test-classes"))) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(f -> f.toString().endsWith("Codec.class")).sorted().collect(Collectors.toList());
            }
            for (Path file : files) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                if (Stream.of(type.getFields()).anyMatch(f -> f.getName().equals("STRUCT_FORMAT"))) {
                    codecs.add(type);
                }
            }
        }
        return codecs;
    }
}
