package io.wireform.runtime.explain;

import io.wireform.runtime.WireCodec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * Explains a frame from the command line:
 *
 * <pre>
 * java -cp &lt;your classes&gt;:wireform-runtime.jar io.wireform.runtime.explain.ExplainMain \
 *     com.example.SmartHomeCodec "43 00 00 00 05 00 00 00 53 51 4c 69 74"
 * java ... ExplainMain com.example.SmartHome @frame.bin
 * </pre>
 *
 * <p>The first argument names a generated codec, or the message or protocol type it encodes; the
 * second is the frame in hex (spaces, colons and a {@code 0x} prefix allowed) or {@code @file}, a file
 * holding the frame's raw bytes. Prints the table; exits with 0 when the frame decodes, 1 when it does
 * not, 2 on wrong arguments. The codec is found by name, through its {@code INSTANCE} field, by
 * reflection, as a command line must; generated codecs and the readers use none.
 */
public final class ExplainMain {
    private ExplainMain() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** What {@link #main} does, writing to {@code out} and {@code err}, returning the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("usage: ExplainMain <codec class | message class> <hex | @file>");
            return 2;
        }
        WireCodec<?> codec;
        try {
            codec = codec(args[0]);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        byte[] frame;
        try {
            frame = frame(args[1]);
        } catch (IOException | IllegalArgumentException e) {
            err.println("cannot read the frame " + args[1] + ": " + e.getMessage());
            return 2;
        }
        Explanation explanation = codec.explain(frame);
        out.print(explanation);
        return explanation.ok() ? 0 : 1;
    }

    /** The frame's bytes: from the file after {@code @}, else parsed as hex. */
    static byte[] frame(String argument) throws IOException {
        if (argument.startsWith("@")) {
            return Files.readAllBytes(Path.of(argument.substring(1)));
        }
        String hex = argument.replaceAll("0[xX]", "").replaceAll("[\\s:_-]", "");
        return HexFormat.of().parseHex(hex);
    }

    /** The codec named by {@code name}, or the codec generated for the type named by it. */
    static WireCodec<?> codec(String name) {
        Class<?> type;
        try {
            type = Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no class " + name + " on the class path");
        }
        if (!WireCodec.class.isAssignableFrom(type)) {
            String codecName = type.getPackageName().isEmpty() ? "" : type.getPackageName() + ".";
            codecName += type.getName().substring(codecName.length()).replace('$', '_') + "Codec";
            try {
                type = Class.forName(codecName);
            } catch (ClassNotFoundException e) {
                throw new IllegalArgumentException(name + " is neither a generated codec nor a type with one ("
                        + codecName + " is not on the class path)");
            }
        }
        try {
            java.lang.reflect.Field field = type.getField("INSTANCE");
            // the codec of a package-private type is package-private too: a tool may look inside
            field.trySetAccessible();
            Object instance = field.get(null);
            if (instance instanceof WireCodec<?> codec) {
                return codec;
            }
        } catch (ReflectiveOperationException e) {
            // said below
        }
        throw new IllegalArgumentException(type.getName() + " has no public static INSTANCE that is a WireCodec");
    }
}
