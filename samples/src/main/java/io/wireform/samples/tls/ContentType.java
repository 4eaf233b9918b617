package io.wireform.samples.tls;

/**
 * The codes of RFC 8446's {@code ContentType} (section 5.1). They are ints, not a {@code @WireEnum},
 * so that a record of a type this sample does not know keeps its code and encodes back unchanged.
 */
public final class ContentType {
    public static final int CHANGE_CIPHER_SPEC = 20;
    public static final int ALERT = 21;
    public static final int HANDSHAKE = 22;
    public static final int APPLICATION_DATA = 23;

    private ContentType() {}
}
