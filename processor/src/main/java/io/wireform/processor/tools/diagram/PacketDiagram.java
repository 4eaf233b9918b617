package io.wireform.processor.tools.diagram;

import io.wireform.processor.model.MessageModel;
import java.util.ArrayList;
import java.util.List;

/**
 * A packet diagram as RFC 791 draws one: rows of 32 bits, bit numbers across the top, one box per
 * field, most significant bit first. The fixed head of a frame is drawn to scale; a run of four
 * or more whole rows of one field is shortened to its first row, a {@code ~} row and its last row.
 * Parts whose position or size depends on the values follow as full-width rows with {@code ~}
 * edges, one per part, in wire order.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      tag      |               address         |    quantity   ...
 * </pre>
 */
public final class PacketDiagram {
    static final int ROW = 32;
    private static final int WIDTH = 2 * ROW + 1;

    private PacketDiagram() {}

    /** The diagram of {@code model}'s frame, one string per line. */
    public static List<String> of(MessageModel model) {
        return render(LayoutWalk.of(model));
    }

    /** The diagram of placed parts, then one row per unplaced one. */
    public static List<String> render(List<LayoutWalk.Part> parts) {
        List<LayoutWalk.Part> head = new ArrayList<>();
        List<LayoutWalk.Part> tail = new ArrayList<>();
        for (LayoutWalk.Part p : parts) {
            if (p.placed() && tail.isEmpty()) {
                if (p.bits() > 0) {
                    head.add(p);
                }
            } else {
                tail.add(p);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(" 0                   1                   2                   3");
        lines.add(" 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1");
        long headBits = head.stream().mapToLong(p -> p.bit() + p.bits()).max().orElse(0);
        int rows = (int) ((headBits + ROW - 1) / ROW);
        if (rows == 0 && tail.isEmpty()) {
            lines.add("(no bytes)");
            return lines;
        }
        lines.add(border(Math.max(rows == 0 ? ROW : width(headBits, 0), tail.isEmpty() ? 0 : ROW)));
        for (int r = 0; r < rows; r++) {
            int sameRows = sameWholeRows(head, r, rows);
            if (sameRows >= 4) {
                lines.add(content(head, r, headBits));
                lines.add(separator(head, r, headBits, false));
                lines.add("~" + " ".repeat(WIDTH - 2) + "~");
                lines.add(separator(head, r, headBits, false));
                r += sameRows - 1;
            }
            lines.add(content(head, r, headBits));
            lines.add(separator(head, r, headBits, r == rows - 1 && !tail.isEmpty()));
        }
        for (LayoutWalk.Part p : tail) {
            lines.add("~" + center(p.label() + (p.bits() >= 0 ? "" : " ..."), WIDTH - 2) + "~");
            lines.add(border(ROW));
        }
        return lines;
    }

    /** How many whole rows from {@code r} on one part fills (1 when row {@code r} is not whole). */
    private static int sameWholeRows(List<LayoutWalk.Part> head, int r, int rows) {
        LayoutWalk.Part first = at(head, (long) r * ROW);
        int count = 0;
        while (r + count < rows && first != null) {
            long from = (long) (r + count) * ROW;
            if (at(head, from) != first || first.bit() + first.bits() < from + ROW) {
                break;
            }
            count++;
        }
        return count;
    }

    private static int width(long headBits, int row) {
        return (int) Math.min(ROW, headBits - (long) row * ROW);
    }

    private static String border(int bits) {
        return "+-".repeat(bits) + "+";
    }

    /** The part that holds bit {@code bit}, or null for none. */
    private static LayoutWalk.Part at(List<LayoutWalk.Part> head, long bit) {
        for (LayoutWalk.Part p : head) {
            if (bit >= p.bit() && bit < p.bit() + p.bits()) {
                return p;
            }
        }
        return null;
    }

    /** The row of boxes: each part's label in the widest of its pieces (the first, on a tie). */
    private static String content(List<LayoutWalk.Part> head, int r, long headBits) {
        long from = (long) r * ROW;
        long to = from + width(headBits, r);
        StringBuilder line = new StringBuilder("|");
        long b = from;
        while (b < to) {
            LayoutWalk.Part p = at(head, b);
            long end = p == null ? b + 1 : Math.min(to, p.bit() + p.bits());
            if (p == null) {
                while (end < to && at(head, end) == null) {
                    end++;
                }
            }
            int cell = (int) (2 * (end - b) - 1);
            boolean labelHere = p != null && labelRow(p) == r && Math.max(b, p.bit()) == labelStart(p);
            line.append(labelHere ? center(p.label(), cell) : " ".repeat(cell)).append('|');
            b = end;
        }
        return line.toString();
    }

    /** The row of {@code p}'s widest piece. */
    private static int labelRow(LayoutWalk.Part p) {
        long best = -1;
        int row = 0;
        for (long r = p.bit() / ROW; r * ROW < p.bit() + p.bits(); r++) {
            long piece = Math.min(p.bit() + p.bits(), (r + 1) * ROW) - Math.max(p.bit(), r * ROW);
            if (piece > best) {
                best = piece;
                row = (int) r;
            }
        }
        return row;
    }

    private static long labelStart(LayoutWalk.Part p) {
        return Math.max(p.bit(), (long) labelRow(p) * ROW);
    }

    /**
     * The line under row {@code r}: dashes under a bit whose part ends there, blanks where the same
     * part goes on in the next row; full width when a variable part follows.
     */
    private static String separator(List<LayoutWalk.Part> head, int r, long headBits, boolean fullWidth) {
        long from = (long) r * ROW;
        int bits = fullWidth ? ROW : width(headBits, r);
        char[] dash = new char[bits];
        for (int i = 0; i < bits; i++) {
            LayoutWalk.Part above = from + i < headBits ? at(head, from + i) : null;
            LayoutWalk.Part below = from + ROW + i < headBits ? at(head, from + ROW + i) : null;
            dash[i] = above != null && above == below ? ' ' : '-';
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i <= bits; i++) {
            boolean edge = i == 0 || i == bits;
            boolean plus = edge || dash[i - 1] == '-' || dash[i] == '-';
            line.append(plus ? '+' : ' ');
            if (i < bits) {
                line.append(dash[i]);
            }
        }
        return line.toString();
    }

    /** {@code text} centred in {@code width} characters, without its spaces if it does not fit, cut to fit. */
    static String center(String text, int width) {
        String fit = text.length() > width ? text.replace(" ", "") : text;
        String cut = fit.length() > width ? fit.substring(0, width) : fit;
        int left = (width - cut.length()) / 2;
        return " ".repeat(left) + cut + " ".repeat(width - cut.length() - left);
    }
}
