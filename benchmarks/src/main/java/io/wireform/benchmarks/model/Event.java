package io.wireform.benchmarks.model;

import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Tag;
import io.wireform.annotations.Width;

/** The tagged union of issue 6: a one-byte tag selects one of five small records. */
@Protocol(tag = Width.UINT8)
public sealed interface Event permits Event.Ping, Event.Login, Event.Move, Event.Chat, Event.Logout {

    @Tag(1) @Message record Ping(long nonce) implements Event {}

    @Tag(2) @Message record Login(int userId, short version, long session) implements Event {}

    @Tag(3) @Message record Move(int entity, float x, float y, float z) implements Event {}

    @Tag(4) @Message record Chat(int channel, @Prefixed(Width.UINT8) String text) implements Event {}

    @Tag(5) @Message record Logout(int userId, byte reason) implements Event {}
}
