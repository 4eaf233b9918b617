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
    public static final String PREFIXED = PKG + "Prefixed";
    public static final String SIZED_BY = PKG + "SizedBy";
    public static final String COUNTED_BY = PKG + "CountedBy";
    public static final String COUNT = PKG + "Count";
    public static final String TERMINATED = PKG + "Terminated";
    public static final String REMAINING = PKG + "Remaining";
    public static final String VARINT = PKG + "Varint";
    public static final String BITS = PKG + "Bits";
    public static final String WHEN = PKG + "When";
    public static final String LENGTH = PKG + "Length";
    public static final String CHECKSUM = PKG + "Checksum";
    public static final String PROTOCOL = PKG + "Protocol";
    public static final String TAG = PKG + "Tag";
    public static final String MAX = PKG + "Max";
    public static final String CONST = PKG + "Const";
    public static final String RANGE = PKG + "Range";
    public static final String SELECTED_BY = PKG + "SelectedBy";
    public static final String HALF = PKG + "Half";
    public static final String USING = PKG + "Using";
    public static final String COUNT_OF = PKG + "CountOf";
    public static final String COUNT_OF_LIST = PKG + "CountOf.List";

    private AnnotationNames() {}

    /** {@code io.wireform.annotations.UInt16} becomes {@code @UInt16}, for messages. */
    public static String display(String qualifiedName) {
        return "@" + qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }
}
