package io.wireform.conformance.dissector;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What decode refuses and a dissector does not check, as the README says ("What a dissector checks"):
 * recognised by decode's error, so that only a frame refused for one of these reasons is let through.
 */
final class Limits {
    private static final Map<String, String> BY_ERROR = new LinkedHashMap<>();

    static {
        BY_ERROR.put("): expected text in ", "text not valid in its charset");
        BY_ERROR.put(" text starting with a byte order mark", "text not valid in its charset");
        BY_ERROR.put("): expected values its constructor accepts", "values the record's constructor refuses");
        BY_ERROR.put("(raise @Max on ", "a length or count over its @Max");
        BY_ERROR.put("): expected a varint of at most ", "a varint beyond its Java type");
        BY_ERROR.put("): expected a length of 0 or more, found -", "a length beyond a Java int");
        BY_ERROR.put("as the record's frame is ", "a length beyond its fixed-size record");
    }

    private Limits() {}

    /** The limit a decode error is, or null when a dissector must report it. */
    static String of(String error) {
        for (Map.Entry<String, String> e : BY_ERROR.entrySet()) {
            if (error.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }
}
