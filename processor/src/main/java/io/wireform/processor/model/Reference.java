package io.wireform.processor.model;

import java.util.List;

/**
 * A value that a size, count, condition or choice takes from earlier in the record when it is more
 * than one component's name: a dotted path into earlier nested records ({@code "header.qdcount"}), or
 * several such paths of which the first that applies gives the value ({@code {"extended.length",
 * "payloadLen"}}).
 *
 * @param text the reference as the annotation wrote it, alternatives joined by {@code " or "}
 * @param alternatives every way to the value, in order; a path through a selected component applies
 *     only when the decoded record is the one the path names ({@link Hop#selectedFrom()}), so a path
 *     through one is given once per record that has the component. The last always applies.
 */
public record Reference(String text, List<Path> alternatives) {
    public Reference {
        alternatives = List.copyOf(alternatives);
    }

    /**
     * One way to the value: from the record's component {@code hops[0].component()} through each hop's
     * record to {@code leaf}, a component of the last hop's record (or of this record when there are
     * no hops).
     */
    public record Path(String text, List<Hop> hops, String leaf) {
        public Path {
            hops = List.copyOf(hops);
        }

        /** Whether the path always has a value: it goes through no selected component. */
        public boolean always() {
            return hops.stream().allMatch(h -> h.selectedFrom() == null);
        }

        /** The component of the referring record it starts from. */
        public String first() {
            return hops.isEmpty() ? leaf : hops.get(0).component();
        }
    }

    /**
     * A step into the value of {@code component}, a record of type {@code record.messageType()}; when
     * the component holds a selected protocol ({@code selectedFrom}), the step is taken only when that
     * record is the one chosen.
     */
    public record Hop(String component, MessageModel record, ProtocolModel selectedFrom) {}
}
