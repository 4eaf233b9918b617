package io.wireform.processor.collect;

/** Qualified names of the Wireform annotations, read through mirrors rather than classes. */
public final class AnnotationNames {
    private static final String PKG = "io.wireform.annotations.";

    public static final String MESSAGE = PKG + "Message";
    public static final String ORDER = PKG + "Order";
    public static final String INT = PKG + "Int";
    public static final String UINT = PKG + "UInt";
    public static final String UINT8 = PKG + "UInt8";
    public static final String UINT16 = PKG + "UInt16";
    public static final String UINT32 = PKG + "UInt32";
    public static final String FIXED = PKG + "Fixed";
    public static final String CHARSET = PKG + "Charset";
    public static final String MAGIC = PKG + "Magic";
    public static final String END = PKG + "End";
    public static final String PADDING = PKG + "Padding";
    public static final String WIRE_ENUM = PKG + "WireEnum";
    public static final String CODE = PKG + "Code";
    public static final String FALLBACK = PKG + "Fallback";

    private AnnotationNames() {}

    /** {@code io.wireform.annotations.UInt16} becomes {@code @UInt16}, for messages. */
    public static String display(String qualifiedName) {
        return "@" + qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }
}
