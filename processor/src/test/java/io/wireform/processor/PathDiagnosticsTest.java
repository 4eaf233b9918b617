package io.wireform.processor;

import static io.wireform.processor.DiagnosticsSupport.columnOf;
import static io.wireform.processor.DiagnosticsSupport.compiling;
import static io.wireform.processor.DiagnosticsSupport.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per diagnostic of paths into nested records ({@code "header.count"}) and of alternatives
 * ({@code {"extended.length", "length7"}}); conventions of {@link DiagnosticsTest}.
 */
class PathDiagnosticsTest {
    private static final JavaFileObject HEAD = source("Head", "@Message",
            "record Head(@UInt8 int count, @Prefixed(Width.UINT8) String name) {}");
    private static final JavaFileObject EXTENDED = source("Extended",
            "@Protocol(selected = true) sealed interface Extended permits Extended.Short, Extended.Long16 {",
            "  @Tag(value = 0, to = 125) record Short() implements Extended {}",
            "  @Tag(126) record Long16(@UInt16 int length) implements Extended {}",
            "}");

    @Test
    void aPathNamingNoComponentOfTheNestedRecord() {
        String line = "record Foo(Head head, @CountedBy(\"head.cuont\") java.util.List<Byte> items) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(HEAD, foo)
                .error("@CountedBy(\"head.cuont\") on 'items': 'head' has no component 'cuont'; use one of: count, name",
                        foo, 4, columnOf(line, "\"head.cuont\""))
                .verify();
    }

    @Test
    void aPathThroughAList() {
        String line = "record Foo(@Count(2) java.util.List<Head> heads, @CountedBy(\"heads.count\") java.util.List<Byte> items) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(HEAD, foo)
                .error("@CountedBy(\"heads.count\") on 'items' goes through 'heads' of type java.util.List<test.Head>, which "
                        + "is not a @Message record (nor, as the first step, a @SelectedBy component); a path goes into "
                        + "records only, so name a component that holds the value", foo, 4, columnOf(line, "\"heads.count\""))
                .verify();
    }

    @Test
    void aPathThroughAnOptional() {
        String line = "record Foo(boolean has, @When(\"has\") java.util.Optional<Head> head, @When(value = \"head.count\", bit = 0) "
                + "java.util.Optional<Byte> b) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(HEAD, foo)
                .error("@When(\"head.count\") on 'b' goes through 'head' of type java.util.Optional<test.Head>, which is not",
                        foo, 4, columnOf(line, "\"head.count\""))
                .verify();
    }

    @Test
    void aPathToAString() {
        String line = "record Foo(Head head, @SizedBy(\"head.name\") byte[] data) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(HEAD, foo)
                .error("@SizedBy(\"head.name\") on 'data' refers to 'name' of type java.lang.String; it must be an integer "
                        + "component", foo, 4, columnOf(line, "\"head.name\""))
                .verify();
    }

    @Test
    void aPathIntoALaterRecord() {
        String line = "record Foo(@CountedBy(\"head.count\") java.util.List<Byte> items, Head head) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(HEAD, foo)
                .error("@CountedBy(\"head.count\") on 'items' refers to a component that does not come before it; the value "
                        + "must be read first, so move 'head' before 'items'", foo, 4, columnOf(line, "\"head.count\""))
                .verify();
    }

    @Test
    void aPathThroughASelectedComponentWithoutAnAlternative() {
        String line = "    @SelectedBy(\"length7\") Extended extended, @SizedBy(\"extended.length\") byte[] data) {}";
        JavaFileObject foo = source("Foo", "@Message", "record Foo(@UInt8 int length7,", line);
        compiling(EXTENDED, foo)
                .error("@SizedBy(\"extended.length\") on 'data' goes through a @SelectedBy component, so it has no value "
                        + "when the record chosen has no 'length'; add a last alternative that always applies, e.g. "
                        + "@SizedBy({\"extended.length\", \"field\"})", foo, 5, columnOf(line, "\"extended.length\""))
                .verify();
    }

    @Test
    void aPathThroughASelectedComponentOfANestedRecord() {
        JavaFileObject inner = source("Inner", "@Message",
                "record Inner(@UInt8 int length7, @SelectedBy(\"length7\") Extended extended) {}");
        String line = "record Foo(Inner inner, @SizedBy({\"inner.extended.length\", \"inner.length7\"}) byte[] data) {}";
        JavaFileObject foo = source("Foo", "@Message", line);
        compiling(EXTENDED, inner, foo)
                .error("@SizedBy(\"inner.extended.length\") on 'data' goes through 'inner.extended' of type test.Extended, "
                        + "which is not a @Message record (nor, as the first step", foo, 4,
                        columnOf(line, "{\"inner.extended.length\""))
                .verify();
    }

    @Test
    void anAlternativeAfterOneThatAlwaysApplies() {
        String line = "    @SelectedBy(\"length7\") Extended extended, @SizedBy({\"length7\", \"extended.length\"}) byte[] data) {}";
        JavaFileObject foo = source("Foo", "@Message", "record Foo(@UInt8 int length7,", line);
        compiling(EXTENDED, foo)
                .error("@SizedBy(\"length7\") on 'data' always applies, so the alternatives after it never would; remove "
                        + "them, or put 'length7' last", foo, 5, columnOf(line, "{\"length7\""))
                .verify();
    }
}
