package io.wireform.samples.tls;

/** The codes of RFC 8446's {@code ExtensionType} (section 4.2) that the sample gives a body. */
public final class ExtensionType {
    public static final int SERVER_NAME = 0;
    public static final int SUPPORTED_GROUPS = 10;
    public static final int EC_POINT_FORMATS = 11;
    public static final int SIGNATURE_ALGORITHMS = 13;
    public static final int SUPPORTED_VERSIONS = 43;
    public static final int PSK_KEY_EXCHANGE_MODES = 45;
    public static final int KEY_SHARE = 51;

    private ExtensionType() {}
}
