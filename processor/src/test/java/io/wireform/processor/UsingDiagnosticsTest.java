package io.wireform.processor;

import static io.wireform.processor.DiagnosticsSupport.columnOf;
import static io.wireform.processor.DiagnosticsSupport.compiling;
import static io.wireform.processor.DiagnosticsSupport.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per diagnostic of {@code @Using}; conventions of {@link DiagnosticsTest}. */
class UsingDiagnosticsTest {

    /** A FieldCodec of {@code type} named {@code name}, with the given members besides its methods. */
    private static JavaFileObject codec(String name, String type, String members) {
        return source(name, "import io.wireform.runtime.FieldCodec;", "import java.nio.ByteBuffer;",
                "public class " + name + " implements FieldCodec<" + type + "> {",
                members,
                "  public " + type + " read(ByteBuffer in, int limit, int origin) { return null; }",
                "  public void write(" + type + " value, ByteBuffer out) {}",
                "  public int size(" + type + " value) { return 0; }",
                "  public int length(ByteBuffer in, int at, int limit) { return 0; }",
                "}");
    }

    @Test
    void aClassThatIsNoFieldCodec() {
        JavaFileObject plain = source("Plain", "public class Plain {}");
        String line = "record Foo(@Using(Plain.class) String name) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(plain, foo)
                .error("@Using(Plain.class) on 'name': Plain does not implement io.wireform.runtime.FieldCodec; declare it "
                        + "`implements FieldCodec<java.lang.String>`", foo, 4, columnOf(line, ".class") /* javac places a class literal at its dot */)
                .verify();
    }

    @Test
    void aCodecOfAnotherType() {
        JavaFileObject numbers = codec("Numbers", "Integer", "");
        String line = "record Foo(@Using(Numbers.class) String name) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(numbers, foo)
                .error("@Using(Numbers.class) on 'name': Numbers reads and writes java.lang.Integer, but 'name' is "
                        + "java.lang.String; use a FieldCodec<java.lang.String>", foo, 4, columnOf(line, ".class") /* javac places a class literal at its dot */)
                .verify();
    }

    @Test
    void aCodecWithNoWayToMakeOne() {
        JavaFileObject names = codec("Names", "String", "  private Names() {}");
        String line = "record Foo(@Using(Names.class) String name) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(names, foo)
                .error("@Using(Names.class) on 'name': the generated codec cannot get an instance of Names (it has neither "
                        + "a public no-arg constructor nor a public static final INSTANCE); give it a public no-arg "
                        + "constructor or a `public static final Names INSTANCE`", foo, 4, columnOf(line, ".class") /* javac places a class literal at its dot */)
                .verify();
    }

    @Test
    void anInnerClass() {
        JavaFileObject outer = source("Outer", "import io.wireform.runtime.FieldCodec;", "import java.nio.ByteBuffer;",
                "public class Outer {",
                "  public class Inner implements FieldCodec<String> {",
                "    public String read(ByteBuffer in, int limit, int origin) { return null; }",
                "    public void write(String value, ByteBuffer out) {}",
                "    public int size(String value) { return 0; }",
                "    public int length(ByteBuffer in, int at, int limit) { return 0; }",
                "  }",
                "}");
        String line = "record Foo(@Using(Outer.Inner.class) String name) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(outer, foo)
                .error("cannot get an instance of Inner (Inner is an inner class; make it static)", foo, 4,
                        columnOf(line, ".class"))
                .verify();
    }

    @Test
    void aClassJavacCannotFindIsJavacsErrorAlone() {
        String line = "record Foo(@Using(Missing.class) String name) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(foo)
                .error("cannot find symbol", foo, 4, columnOf(line, "Missing"))
                .verify();
    }

    @Test
    void aSizeBesidesTheCodec() {
        JavaFileObject names = codec("Names", "String", "");
        String line = "record Foo(@Using(Names.class) @Prefixed(Width.UINT8) String name) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(names, foo)
                .error("@Using on 'name' cannot be combined with @Prefixed: the codec Names decides how the value is "
                        + "written and where it ends; remove @Prefixed", foo, 4, columnOf(line, "@Prefixed"))
                .verify();
    }

    @Test
    void bitsBesidesTheCodec() {
        JavaFileObject numbers = codec("Numbers", "Integer", "  public static final Numbers INSTANCE = new Numbers();");
        String line = "record Foo(@Using(Numbers.class) @Bits(8) int n) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(numbers, foo)
                .error("@Using on 'n' cannot be combined with @Bits", foo, 4, columnOf(line, "@Bits"))
                .verify();
    }

    @Test
    void aFixedSizeBesidesAnElementCodec() {
        JavaFileObject names = codec("Names", "String", "");
        String line = "record Foo(@Using(Names.class) @Count(2) @Fixed(3) java.util.List<String> names) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(names, foo)
                .error("@Using on 'names' cannot be combined with @Fixed", foo, 4, columnOf(line, "@Fixed"))
                .verify();
    }
}
