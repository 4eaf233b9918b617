package io.wireform.samples.stream;

import io.wireform.annotations.Magic;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Tag;
import io.wireform.annotations.Width;

/** A tagged protocol one of whose records starts with a magic after its tag: its bytes can be wrong before they are all in. */
@Protocol(tag = Width.UINT8)
public sealed interface MagicAfterTag permits MagicAfterTag.Ping, MagicAfterTag.Data {
    @Magic("8F DF D8") @Tag(44) record Ping() implements MagicAfterTag {}

    @Tag(8) record Data(@Prefixed(Width.UINT8) byte[] bytes) implements MagicAfterTag {}
}
