package io.wireform.netty.serverdiff;

import java.util.HexFormat;
import java.util.List;

/**
 * What one stream did on one server, all of which every server must agree on: the bytes of the
 * answers the client received before the connection closed, the errors the server reported
 * (class, offset, message), the messages it counted in and out, and how the connection ended.
 */
record Observation(String answers, List<String> errors, long framesIn, long framesOut, String end) {
    Observation(byte[] answers, List<String> errors, long framesIn, long framesOut, String end) {
        this(HexFormat.of().formatHex(answers), List.copyOf(errors), framesIn, framesOut, end);
    }

    int answerBytes() {
        return answers.length() / 2;
    }

    /** Where {@code other} differs from this, in words. */
    String difference(Observation other) {
        StringBuilder text = new StringBuilder();
        if (!answers.equals(other.answers)) {
            int at = 0;
            while (at < Math.min(answers.length(), other.answers.length()) && answers.charAt(at) == other.answers.charAt(at)) {
                at++;
            }
            text.append("\n    answers: ").append(answerBytes()).append(" bytes against ").append(other.answerBytes())
                    .append(", differing from byte ").append(at / 2)
                    .append("\n      expected ...").append(window(answers, at)).append("\n      received ...")
                    .append(window(other.answers, at));
        }
        if (!errors.equals(other.errors)) {
            text.append("\n    errors: expected ").append(errors).append("\n            reported ").append(other.errors);
        }
        if (framesIn != other.framesIn || framesOut != other.framesOut) {
            text.append("\n    frames in/out: expected ").append(framesIn).append('/').append(framesOut)
                    .append(", counted ").append(other.framesIn).append('/').append(other.framesOut);
        }
        if (!end.equals(other.end)) {
            text.append("\n    end: expected ").append(end).append(", was ").append(other.end);
        }
        return text.toString();
    }

    private static String window(String hex, int at) {
        int from = Math.max(0, at - 16) & ~1;
        return hex.substring(from, Math.min(hex.length(), at + 48)) + (hex.length() > at + 48 ? "..." : "");
    }
}
