package io.wireform.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wireform.runtime.WireException;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/**
 * The checks that generated code makes in one comparison ({@code needThrough}, {@code needChosen},
 * {@code fillChosen}) fail exactly where, and with exactly the error that, the separate checks they
 * stand for fail, made in turn as generated code made them before: for every frame start, cut and
 * size in a small range.
 */
class MergedChecksTest {
    private static final ByteBuffer IN = ByteBuffer.allocate(64);

    /** The error an action throws, as everything a caller can see of it; "none" when it throws nothing. */
    private static String outcome(Runnable action) {
        try {
            action.run();
            return "none";
        } catch (WireException e) {
            return e.getClass().getSimpleName() + " " + e.offset() + " " + e.fieldPath() + " " + e.getMessage();
        }
    }

    @Test
    void needThroughIsTheRunsCheckThenTheLengthFields() {
        for (int start = 0; start < 4; start++) {
            for (int run = 1; run <= 4; run++) {
                for (int width = 1; width <= 4; width++) {
                    for (int limit = start; limit <= start + run + width + 1; limit++) {
                        int s = start;
                        int r = run;
                        int w = width;
                        int l = limit;
                        String merged = outcome(() -> Frames.needThrough(IN, s, s, r, w, l, "M", "M.<length>"));
                        String separate = outcome(() -> {
                            Frames.need(IN, s, s, r, l, "M");
                            Frames.need(IN, s, s + r, w, l, "M.<length>");
                        });
                        assertEquals(separate, merged, "start " + s + ", run " + r + ", width " + w + ", limit " + l);
                    }
                }
            }
        }
    }

    @Test
    void needChosenIsTheRecordsCheckPlacedAsTheHolderPlacesItsErrors() {
        for (boolean inRegion : new boolean[] {false, true}) {
            for (int at = 2; at < 5; at++) {
                for (int count = 0; count <= 6; count++) {
                    for (int end = at; end <= at + count + 1; end++) {
                        boolean region = inRegion;
                        int a = at;
                        int c = count;
                        int e = end;
                        String merged = outcome(() -> Frames.needChosen(IN, a, c, e, region, "Rec", "Proto", "M.value", a));
                        String separate = outcome(() -> {
                            try {
                                Frames.need(IN, a, a, c, e, "Rec");
                            } catch (WireException x) {
                                WireException under = x.under("Proto", 0);
                                throw (region ? Frames.withinRegion(under, IN, a, e) : under).nestedIn("M.value", a);
                            }
                        });
                        assertEquals(separate, merged, "in region " + region + ", at " + a + ", count " + c + ", end " + e);
                    }
                }
            }
        }
    }

    @Test
    void fillChosenIsTheRecordsCheckThenTheRegionsEnd() {
        for (int start = 0; start < 3; start++) {
            for (int at = start + 1; at < start + 4; at++) {
                for (int count = 0; count <= 6; count++) {
                    for (int regionEnd = at; regionEnd <= at + count + 2; regionEnd++) {
                        int s = start;
                        int a = at;
                        int c = count;
                        int r = regionEnd;
                        String merged = outcome(() -> Frames.fillChosen(IN, s, a, c, r, "Rec", "Proto", "M.value", a - s,
                                "M.<length>"));
                        String separate = outcome(() -> {
                            Frames.needChosen(IN, a, c, r, true, "Rec", "Proto", "M.value", a - s);
                            Frames.expectRegionEnd(IN, s, a + c, r, "M.<length>");
                        });
                        assertEquals(separate, merged, "start " + s + ", at " + a + ", count " + c + ", region end " + r);
                    }
                }
            }
        }
    }
}
