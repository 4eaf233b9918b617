package io.wireform.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/REFERENCE.md cannot fall behind the code: every public annotation and type of the annotations,
 * runtime and Netty artifacts, and every public member of the classes the processor generates for
 * the page's own examples, is named on it in code ({@code `FrameReader.Builder`}, {@code `@Magic`}).
 * {@code io.wireform.runtime.support} is left out, being internal to generated code, and the page
 * must say so.
 */
class ReferenceCoverageTest {
    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString", "values", "valueOf");

    @Test
    void everyPublicTypeIsOnThePage() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Class<?> type : publicTypes(io.wireform.annotations.Message.class, io.wireform.runtime.WireCodec.class,
                io.wireform.netty.Wireform.class)) {
            if (!named(type.getName().substring(type.getPackageName().length() + 1).replace('$', '.'))) {
                missing.add(type.getName());
            }
        }
        assertEquals(Set.of(), missing, "public types the reference page does not name");
    }

    @Test
    void theSupportPackageIsNamedAsInternal() {
        String page = ReferencePage.text();
        int at = page.indexOf("`io.wireform.runtime.support`");
        assertTrue(at >= 0, "the page names io.wireform.runtime.support");
        assertTrue(page.substring(at, Math.min(page.length(), at + 400)).contains("internal"),
                "and says it is internal to generated code");
    }

    @Test
    void everyGeneratedMemberIsOnThePage() throws IOException {
        Compilers.Result compiled = ReferencePage.compiled();
        assertTrue(compiled.success(), "the page's examples compile (ReferencePageTest)");
        Set<String> kinds = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(compiled.generated())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = compiled.generated().relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, ReferencePage.loader());
                } catch (ClassNotFoundException e) {
                    throw new AssertionError(e);
                }
                kinds.add(name.replaceAll(".*(Codec|Reader|Codes)$", "$1"));
                List<Member> members = new ArrayList<>(List.of(type.getDeclaredFields()));
                members.addAll(List.of(type.getDeclaredMethods()));
                for (Member m : members) {
                    if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !OBJECT_METHODS.contains(m.getName())
                            && !named(m.getName())) {
                        missing.add(type.getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        assertEquals(Set.of("Codec", "Codes", "Reader"), kinds, "the page's examples generate every kind of class");
        assertEquals(Set.of(), missing, "generated members the reference page does not name");
        // StreamedCodec's members are generated too, for a message ending with a Payload
        for (Method m : io.wireform.runtime.StreamedCodec.class.getDeclaredMethods()) {
            assertTrue(named(m.getName()), "StreamedCodec." + m.getName() + " on the page");
        }
        for (Field f : io.wireform.runtime.WireCodec.class.getDeclaredFields()) {
            assertTrue(named(f.getName()), "WireCodec." + f.getName() + " on the page");
        }
    }

    /** Whether the page has {@code name} as a word inside a code span or block. */
    private static boolean named(String name) {
        Pattern word = Pattern.compile("(?<![\\w.])@?" + Pattern.quote(name) + "(?![\\w])");
        String page = ReferencePage.text();
        boolean code = false;
        for (String part : page.split("```")) {
            if (code) {
                if (word.matcher(part).find()) {
                    return true;
                }
            } else {
                String[] spans = part.split("`");
                for (int i = 1; i < spans.length; i += 2) {
                    if (word.matcher(spans[i]).find()) {
                        return true;
                    }
                }
            }
            code = !code;
        }
        return false;
    }

    /** The public types in the jars (or class folders) that hold these classes, the support package aside. */
    private static List<Class<?>> publicTypes(Class<?>... anchors) throws IOException {
        List<Class<?>> types = new ArrayList<>();
        for (Class<?> anchor : anchors) {
            Path location = Build.locationOf(anchor);
            List<String> names = new ArrayList<>();
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    files.map(p -> location.relativize(p).toString().replace(java.io.File.separatorChar, '/')).forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(java.util.zip.ZipEntry::getName).forEach(names::add);
                }
            }
            for (String entry : names) {
                if (!entry.endsWith(".class") || entry.endsWith("module-info.class") || entry.endsWith("package-info.class")
                        || entry.startsWith("io/wireform/runtime/support/")) {
                    continue;
                }
                try {
                    Class<?> type = Class.forName(entry.replace('/', '.').replaceAll("\\.class$", ""), false,
                            ReferenceCoverageTest.class.getClassLoader());
                    if (isPublic(type) && !type.isAnonymousClass() && !type.isSynthetic()) {
                        types.add(type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new AssertionError(e);
                }
            }
        }
        assertTrue(types.size() > 60, "found the public types: " + types.size());
        return types;
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }
}
