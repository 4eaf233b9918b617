package io.wireform.processor.tools.dissector;

import io.wireform.processor.model.Extent;
import io.wireform.processor.model.FieldKind;
import io.wireform.processor.model.Item;
import io.wireform.processor.model.MessageModel;
import io.wireform.processor.model.ProtocolModel;
import io.wireform.processor.tools.SchemaIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a frame says where it ends, so that a dissector can ask TCP for exactly the bytes it
 * lacks: true unless something takes "the rest of the frame" ({@code @Remaining} outside every
 * {@code @Length} region), or is a kind this analysis does not know.
 */
final class Delimiting {
    private final SchemaIndex schemas;
    private final Set<String> visiting = new HashSet<>();

    Delimiting(SchemaIndex schemas) {
        this.schemas = schemas;
    }

    boolean message(MessageModel model, boolean bounded) {
        if (!visiting.add(model.messageType().canonicalName())) {
            return true;
        }
        try {
            List<String> inRegion = new ArrayList<>(); // the through-field of each open region; two may share one
            int open = 0;
            for (Item item : model.items()) {
                if (item instanceof Item.Length l) {
                    open++;
                    if (l.throughField() != null) {
                        inRegion.add(l.throughField());
                    }
                } else if (item instanceof Item.Field f) {
                    if (!kind(f.field().kind(), bounded || open > 0)) {
                        return false;
                    }
                    open -= closed(inRegion, f.field().name());
                } else if (item instanceof Item.BitGroup g) {
                    for (Item.BitMember m : g.members()) {
                        open -= closed(inRegion, m.name());
                    }
                } else if (!(item instanceof Item.Checksum) && !(item instanceof Item.Reserved)) {
                    return false; // an item this analysis does not know
                }
            }
            return true;
        } finally {
            visiting.remove(model.messageType().canonicalName());
        }
    }

    /** Removes the regions that end at {@code field}; returns how many. */
    private static int closed(List<String> inRegion, String field) {
        int before = inRegion.size();
        inRegion.removeIf(field::equals);
        return before - inRegion.size();
    }

    boolean protocol(ProtocolModel model, boolean bounded) {
        return model.variants().stream().allMatch(v -> message(v.message(), bounded));
    }

    /** Whether a value of {@code kind} ends where its bytes say; {@code bounded} inside a length region. */
    boolean kind(FieldKind kind, boolean bounded) {
        if (kind instanceof FieldKind.IntKind || kind instanceof FieldKind.FloatKind || kind instanceof FieldKind.BoolKind
                || kind instanceof FieldKind.EnumKind || kind instanceof FieldKind.VarintKind) {
            return true;
        }
        if (kind instanceof FieldKind.BytesKind || kind instanceof FieldKind.StringKind
                || kind instanceof FieldKind.PayloadKind) {
            return bounded || !(kind.extent() instanceof Extent.Remaining);
        }
        if (kind instanceof FieldKind.ListKind l) {
            return (bounded || !(l.extent() instanceof Extent.Remaining)) && kind(l.element(), true);
        }
        if (kind instanceof FieldKind.OptionalKind o) {
            return kind(o.inner(), bounded);
        }
        if (kind instanceof FieldKind.NestedKind n) {
            var message = schemas.message(n.messageType());
            if (message.isPresent()) {
                return message(message.get(), bounded);
            }
            var protocol = schemas.protocol(n.messageType());
            return protocol.isPresent() ? protocol(protocol.get(), bounded) : n.isFixed();
        }
        if (kind instanceof FieldKind.SelectedKind s) {
            // whichever record the earlier field chooses: each must say where it ends
            var protocol = schemas.protocol(s.protocolType());
            return protocol.isPresent() && protocol(protocol.get(), bounded);
        }
        // a kind this analysis does not know: only its fixed size or extent can say where it ends
        return kind.isFixed() || kind.extent() != null && !(kind.extent() instanceof Extent.Remaining);
    }
}
