package io.wireform.samples.errors;

import io.wireform.annotations.Charset;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Width;

/** Text fields, strict by default and lenient by choice. */
final class Texts {
    private Texts() {}

    @Message
    record Topic(@Prefixed(Width.UINT8) String name) {}

    @Message
    record Lenient(@Prefixed(Width.UINT8) @Charset(value = "UTF-8", lenient = true) String name) {}

    @Message
    record Ascii(@Fixed(value = 4, pad = ' ') @Charset("US-ASCII") String code, @Prefixed(Width.UINT8) @Charset("US-ASCII") String note) {}
}
