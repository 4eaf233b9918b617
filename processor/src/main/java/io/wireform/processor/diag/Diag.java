package io.wireform.processor.diag;

/**
 * Every diagnostic the processor can report, in one place so that wording stays consistent and
 * each message says how to fix the problem. Arguments are {@link String#format} arguments.
 */
public enum Diag {
    NOT_A_RECORD("@Message applies to records only, but %s is a %s; declare it as `record %s(...)`"),
    GENERIC_RECORD("@Message record %s has type parameters; a wire layout needs concrete types, so remove <%s>"),
    PRIVATE_TYPE("%s is private, so its generated codec could not reach it; make it package-private or public"),
    UNSUPPORTED_TYPE("Component '%s' has type %s, which Wireform cannot put on the wire; use a primitive, "
            + "byte[] or String with @Fixed, a @WireEnum enum, or a @Message record"),
    NESTED_NOT_MESSAGE("Component '%s' is a record of type %s, which is not annotated @Message; "
            + "annotate %s with @Message so it has a wire layout"),
    ENUM_NOT_WIRE_ENUM("Component '%s' is an enum of type %s, which is not annotated @WireEnum; annotate %s "
            + "with @WireEnum and give each constant a @Code"),
    RECURSIVE_MESSAGE("Component '%s' makes %s contain itself, which has no finite wire size; "
            + "remove the cycle %s"),
    SIZE_MISSING("Component '%s' is a %s with no size; give it a fixed size with @Fixed(n)"),
    FIXED_ON_WRONG_TYPE("@Fixed applies to byte[] and String, but '%s' is %s; remove @Fixed%s"),
    FIXED_TOO_SMALL("@Fixed(%d) on '%s': a fixed size must be at least 1 byte"),
    BYTE_OUT_OF_RANGE("%s = %d on '%s' is not a byte value; use 0 to 255 (0x00 to 0xFF)"),
    WIDTH_OUT_OF_RANGE("%s(%d) on '%s': an integer is 1 to 8 bytes wide; use a width from 1 to 8"),
    INT_ON_WRONG_TYPE("%s applies to integer components (byte, short, int, long), but '%s' is %s; "
            + "remove it or change the type"),
    INT_TYPE_TOO_NARROW("%s on '%s' needs a Java type of at least %d bits to hold every value, but %s has %d; "
            + "declare the component as %s"),
    CONFLICTING_ANNOTATIONS("'%s' has both %s and %s; keep one"),
    CHARSET_ON_WRONG_TYPE("@Charset applies to String components, but '%s' is %s; remove @Charset"),
    UNKNOWN_CHARSET("Charset \"%s\" on '%s' is not supported by this JDK; use a name such as \"UTF-8\", "
            + "\"US-ASCII\" or \"ISO-8859-1\""),
    MARKER_NOT_HEX("@%s(\"%s\") is not hexadecimal bytes: %s; write two hex digits per byte, e.g. \"FD AA\""),
    MARKER_EMPTY("@%s(\"\") on %s has no bytes; give at least one byte, e.g. \"FD AA\", or remove it"),
    PADDING_NEGATIVE("@Padding(%s = %d) on '%s' is negative; reserved bytes are counted from 0"),
    ORDER_ON_WRONG_TYPE("@Order on '%s' has no effect: %s is not a multi-byte number; remove @Order"),
    ENUM_WIDTH_OUT_OF_RANGE("@WireEnum(bytes = %d) on %s: an enum code is 1 to 4 bytes wide; use 1, 2, 3 or 4"),
    ENUM_CONSTANT_WITHOUT_CODE("Constant %s.%s has no @Code; give it one, e.g. @Code(%d), or mark it @Fallback"),
    ENUM_DUPLICATE_CODE("@Code(%d) on %s.%s is already used by %s; give each constant its own code"),
    ENUM_CODE_TOO_WIDE("@Code(%d) on %s.%s does not fit in %d unsigned byte(s) (0 to %d); "
            + "use a smaller code or widen @WireEnum(bytes = ...)"),
    ENUM_TWO_FALLBACKS("%s.%s is a second @Fallback (%s is the first); keep one"),
    CODE_OUTSIDE_WIRE_ENUM("@%s on %s.%s has no effect because %s is not annotated @WireEnum; "
            + "add @WireEnum to the enum"),
    NOT_AN_ENUM("@WireEnum applies to enums only, but %s is a %s; declare it as `enum %s {...}`"),
    UNRESOLVED_TYPE("Component '%s' has a type that could not be resolved (%s); fix the compile error "
            + "for that type first"),
    PROCESSOR_BUG("Wireform processor failed on %s; this is a bug in Wireform, please report it "
            + "with this message: %s");

    private final String format;

    Diag(String format) {
        this.format = format;
    }

    public String format(Object... args) {
        return String.format(format, args);
    }
}
