package io.wireform.runtime.stream;

import io.wireform.runtime.WireException;

/** Told of every byte a {@link FrameReader} drops while resynchronising: nothing is dropped silently. */
@FunctionalInterface
public interface DropListener {

    /**
     * @param bytes how many bytes were dropped
     * @param streamOffset offset in the stream of the first dropped byte
     * @param cause the error that made them invalid
     */
    void dropped(long bytes, long streamOffset, WireException cause);
}
