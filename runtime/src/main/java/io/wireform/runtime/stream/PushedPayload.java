package io.wireform.runtime.stream;

import io.wireform.runtime.Payload;
import java.io.InputStream;

/** The payload of a message a push reader hands out: its bytes go to the {@link PayloadSink}. */
final class PushedPayload extends Payload {

    PushedPayload(long length) {
        super(length);
    }

    @Override
    public InputStream openStream() {
        throw new IllegalStateException("this payload's bytes go to the reader's PayloadSink as they arrive");
    }
}
