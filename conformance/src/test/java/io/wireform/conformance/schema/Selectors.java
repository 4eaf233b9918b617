package io.wireform.conformance.schema;

import io.wireform.conformance.schema.Decls.Constant;
import io.wireform.conformance.schema.Decls.RecordDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The values a selector component holds, as the numbers a selected record's @Tag matches. */
final class Selectors {
    private Selectors() {}

    /** The highest value @Tag ranges are drawn up to. */
    static long highest(Kind selector) {
        if (selector instanceof Kind.Bool) {
            return 1;
        }
        if (selector instanceof Kind.Enum e) {
            return e.decl.maxCode();
        }
        return Math.min(((Kind.Int) selector).max, 1L << 40);
    }

    private static long lowest(Kind selector) {
        if (selector instanceof Kind.Int i) {
            return Math.max(i.min, -(1L << 40));
        }
        return 0;
    }

    /** Values of the selector: its edges and a few at random (negative ones never match a @Tag). */
    static List<Long> domainSample(Kind selector, Random r) {
        List<Long> values = new ArrayList<>();
        if (selector instanceof Kind.Bool) {
            values.add(0L);
            values.add(1L);
        } else if (selector instanceof Kind.Enum e) {
            e.decl.encodable().forEach(c -> values.add(c.code()));
        } else {
            long lo = lowest(selector);
            long hi = highest(selector);
            long zero = Math.max(lo, 0);
            for (long v : new long[] {zero, zero + 1, hi, hi - 1, lo}) {
                if (v >= lo && v <= hi) {
                    values.add(v);
                }
            }
            for (int i = 0; i < 6; i++) {
                long span = Math.min(hi - zero, r.nextBoolean() ? 300 : hi - zero);
                values.add(zero + (long) (r.nextDouble() * (span + 1)));
            }
        }
        return values;
    }

    /**
     * Whether {@code selector} is an enum whose @Fallback constant has a code one of {@code ranges} holds: its
     * protocol then has no @Fallback record, which every unknown code would choose while the constant encodes as
     * its own code, which chooses the other record (the processor refuses that schema).
     */
    static boolean fallbackCodeTagged(Kind selector, List<long[]> ranges) {
        return selector instanceof Kind.Enum e && e.decl.constants.stream()
                .filter(c -> c.fallback() && c.code() != null)
                .anyMatch(c -> ranges.stream().anyMatch(y -> y[0] <= c.code() && c.code() <= y[1]));
    }

    /**
     * Where {@code selector} is an enum with a {@code @Fallback} constant: a record is tagged with its code
     * (added if none is) and its range goes on past the code, over codes no constant has, which decode as the fallback
     * constant and choose the same record as its own code does (valid; a range that did not hold the
     * constant's code is {@code SELECTOR_UNKNOWN_CODE_TAGGED}).
     */
    static void takeUnknownCodes(Kind selector, List<long[]> ranges, Random r) {
        if (!(selector instanceof Kind.Enum e)) {
            return;
        }
        long max = e.bits > 0 ? (1L << e.bits) - 1 : e.decl.width >= 8 ? Long.MAX_VALUE : (1L << 8 * e.decl.width) - 1;
        for (Constant c : e.decl.constants) {
            if (!c.fallback() || c.code() == null) {
                continue;
            }
            long code = c.code();
            long next = e.decl.encodable().stream().mapToLong(Constant::code).filter(x -> x > code).min()
                    .orElse(max + 1);
            long to = Math.min(next - 1, code + 1 + r.nextInt(r.nextBoolean() ? 3 : 200));
            if (ranges.stream().noneMatch(range -> range[0] <= code && code <= range[1])) {
                ranges.add(new long[] {code, code});
            }
            for (long[] range : ranges) {
                if (range[0] == code && range[1] == code && to > code) {
                    range[1] = to;
                }
            }
        }
    }

    /** A value of the selector that chooses {@code chosen}, as the selector's Java value. */
    static Object valueChoosing(Kind selector, RecordDecl chosen, Values g) {
        long v;
        if (!chosen.fallback) {
            long to = chosen.tagTo == null ? chosen.tag : chosen.tagTo;
            v = chosen.tag + (long) (g.random.nextDouble() * (to - chosen.tag + 1));
            v = Math.min(v, to);
        } else {
            v = Long.MIN_VALUE;
            List<Long> sample = domainSample(selector, g.random);
            for (int attempt = 0; attempt < 400; attempt++) {
                long candidate = attempt < sample.size() ? sample.get(attempt)
                        : selector instanceof Kind.Int i ? g.between(lowest(i), Math.min(i.max, 1L << 40))
                        : sample.get(g.random.nextInt(sample.size()));
                if (chosen.chosenBy(candidate)) {
                    v = candidate;
                    if (g.random.nextInt(3) != 0) {
                        break;
                    }
                }
            }
            if (v == Long.MIN_VALUE) {
                throw new IllegalStateException("no value of the selector chooses the fallback " + chosen.name);
            }
        }
        if (selector instanceof Kind.Bool) {
            return v == 1;
        }
        if (selector instanceof Kind.Enum e) {
            for (Constant c : e.decl.encodable()) {
                if (c.code() == v) {
                    return g.constant(e.decl, c.name());
                }
            }
            for (Constant c : e.decl.encodable()) {
                if (!chosen.fallback && c.fallback() && chosen.chosenBy(c.code())) {
                    // a code no constant has, in a range that holds the fallback constant's (takeUnknownCodes)
                    return g.constant(e.decl, c.name());
                }
            }
            throw new IllegalStateException("no constant of " + e.decl.name + " has code " + v);
        }
        return ((Kind.Int) selector).box(v);
    }
}
