package io.wireform.processor.tools.dissector;

import com.palantir.javapoet.ClassName;
import io.wireform.processor.collect.Mirrors;
import io.wireform.processor.diag.Diag;
import io.wireform.processor.diag.ErrorReporter;
import io.wireform.processor.model.MessageModel;
import io.wireform.processor.model.ProtocolModel;
import io.wireform.processor.tools.SchemaIndex;
import io.wireform.processor.tools.diagram.LayoutMarkdown;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * With {@code -Awireform.dissectors=true}, every {@code @Protocol} and every {@code @Message} that
 * is not a protocol's variant gets {@code META-INF/wireform/wireshark/<Type>.lua} (a Wireshark
 * dissector) and {@code <Type>.md} (its layout) among the class files; {@code <Type>} is the simple
 * name (of outer and member type, {@code Outer_Inner}), qualified with the package for a second type
 * of the same name. Without the option nothing of this runs.
 */
public final class Dissectors {
    public static final String OPTION = "wireform.dissectors";
    public static final String FOLDER = "META-INF/wireform/wireshark/";
    static final String TCP_PORT = "io.wireform.annotations.TcpPort";

    /** Written file names, across rounds, and the type each came from. */
    private final Map<String, String> written = new HashMap<>();

    public static boolean enabled(Map<String, String> options) {
        return Boolean.parseBoolean(options.get(OPTION));
    }

    /**
     * Checks {@code @TcpPort} on a type, whether or not dissectors are written: a port outside 1 to
     * 65535 is an error on the value.
     */
    public static Optional<LuaDissector.Port> port(TypeElement type, Mirrors mirrors, ErrorReporter errors) {
        Optional<AnnotationMirror> annotation = mirrors.find(type, TCP_PORT);
        if (annotation.isEmpty()) {
            return Optional.of(LuaDissector.Port.NONE);
        }
        int port = mirrors.intValue(annotation.get(), "value");
        if (port < 1 || port > 65535) {
            errors.error(type, annotation.get(), mirrors.value(annotation.get(), "value"), Diag.TCP_PORT_OUT_OF_RANGE,
                    port, type.getSimpleName());
            return Optional.empty();
        }
        return Optional.of(new LuaDissector.Port(port, mirrors.enumValue(annotation.get(), "sentBy")));
    }

    /** Writes the dissector and layout of {@code model} (a message or protocol model) declared by {@code type}. */
    public void write(TypeElement type, Object model, LuaDissector.Port port, SchemaIndex schemas, Filer filer)
            throws IOException {
        ClassName name = model instanceof MessageModel m ? m.messageType() : ((ProtocolModel) model).protocolType();
        String file = String.join("_", name.simpleNames());
        if (written.containsKey(file) && !written.get(file).equals(name.canonicalName())) {
            // two types of one simple name: the later one is named with its package too
            file = name.packageName().replace('.', '_') + "_" + file;
        }
        if (written.putIfAbsent(file, name.canonicalName()) != null) {
            return;
        }
        resource(filer, type, file + ".lua", new LuaDissector(schemas).generate(model, port, Lua.snake(file)));
        resource(filer, type, file + ".md", "# Wire layout of " + name.simpleName() + "\n\n"
                + "Written by the Wireform processor beside its Wireshark dissector, " + file + ".lua.\n\n"
                + LayoutMarkdown.of(model, schemas));
    }

    private static void resource(Filer filer, TypeElement type, String name, String text) throws IOException {
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", FOLDER + name, type);
        try (Writer out = file.openWriter()) {
            out.write(text);
        }
    }

}
