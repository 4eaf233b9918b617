package io.wireform.conformance.stream;

import io.wireform.runtime.WireException;
import java.util.List;

/**
 * What a reader made of a stream: the messages in order, the bytes it dropped while resynchronising,
 * and the error it ended with ({@code null} for none); {@code reported}, every error it told its drop
 * listener of and the one it threw, each with the stream offset of the frame it was found in where that
 * is known (compared with the stream's bytes by {@link ReaderOffsets}, not between readers).
 */
public record Observation(List<String> messages, long dropped, String error, Throwable unexpected,
                          List<ReaderOffsets.Reported> reported) {

    public Observation(List<String> messages, long dropped, String error, Throwable unexpected) {
        this(messages, dropped, error, unexpected, List.of());
    }

    /** The error the reader threw, with its frame's stream offset if known; null if it threw none. */
    public ReaderOffsets.Reported thrown() {
        return reported.stream().filter(ReaderOffsets.Reported::thrown).findFirst().orElse(null);
    }

    /** The error as compared between readers: its class, offset and field path. */
    public static String describe(Throwable error) {
        if (error == null) {
            return null;
        }
        if (error instanceof WireException w) {
            return w.getClass().getSimpleName() + " at offset " + w.offset() + " (" + w.fieldPath() + ")";
        }
        return "NOT A WireException: " + error;
    }

    /** Null when {@code other} saw the same, else what differs. */
    public String difference(Observation other) {
        StringBuilder s = new StringBuilder();
        if (!messages.equals(other.messages)) {
            int common = 0;
            while (common < Math.min(messages.size(), other.messages.size())
                    && messages.get(common).equals(other.messages.get(common))) {
                common++;
            }
            s.append(messages.size()).append(" vs ").append(other.messages.size()).append(" messages, first difference at #")
                    .append(common).append(": ")
                    .append(common < messages.size() ? abbreviate(messages.get(common)) : "(none)").append(" vs ")
                    .append(common < other.messages.size() ? abbreviate(other.messages.get(common)) : "(none)")
                    .append("; ");
        }
        if (dropped != other.dropped) {
            s.append("dropped ").append(dropped).append(" vs ").append(other.dropped).append(" bytes; ");
        }
        if (!java.util.Objects.equals(error, other.error)) {
            s.append("error ").append(error).append(" vs ").append(other.error).append("; ");
        }
        return s.length() == 0 ? null : s.toString();
    }

    static String abbreviate(String text) {
        return text.length() <= 160 ? text : text.substring(0, 150) + "...(" + text.length() + " chars)";
    }

    @Override
    public String toString() {
        return messages.size() + " messages, " + dropped + " bytes dropped, error: " + error;
    }
}
