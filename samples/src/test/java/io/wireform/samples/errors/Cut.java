package io.wireform.samples.errors;

import io.wireform.annotations.End;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Magic;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;
import java.util.List;

/** Frames cut short where their length is known, and where it is not yet. */
final class Cut {
    private Cut() {}

    /** Fixed size: 4 bytes. */
    @Message record Point(short x, short y) {}

    /** A fixed-size record inside a frame that goes on after it. */
    @Message record Marked(@UInt8 int kind, Point at, @Prefixed(Width.UINT8) String label) {}

    @Message record Question(@Prefixed(Width.UINT8) String name, @UInt16 int type) {}

    /** REFERENCE.md's DNS example: a count, then questions of a size each says in its own prefix. */
    @Message record Questions(@UInt16 int id, @Prefixed(Width.UINT16) List<Question> questions) {}

    /** REFERENCE.md's untagged example: two records share a magic, and the end marker's place tells them apart. */
    @Protocol(untagged = true) sealed interface Blocks permits Short, Long {}

    @Magic("FD CC") @End("CC DD") record Short(@Fixed(2) byte[] data) implements Blocks {}

    @Magic("FD CC") @End("CC DD") record Long(@Fixed(4) byte[] data) implements Blocks {}
}
