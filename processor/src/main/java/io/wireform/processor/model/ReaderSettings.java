package io.wireform.processor.model;

/**
 * What a generated reader is preset with, from {@code @Message} or {@code @Protocol}.
 *
 * @param maxFrameLength the largest frame, in bytes; 0 for the runtime's default
 * @param resync the name of the {@code Resync} constant
 */
public record ReaderSettings(int maxFrameLength, String resync) {
    public static final ReaderSettings DEFAULT = new ReaderSettings(0, "FAIL");
}
