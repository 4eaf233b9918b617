package io.wireform.processor.generate;

import io.wireform.processor.model.FieldModel;
import io.wireform.processor.model.Item;
import io.wireform.processor.model.MessageModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The wire items of a message flattened into the order generated code visits them, with the
 * markers and the ends of length regions made explicit.
 */
final class Steps {
    private Steps() {}

    sealed interface Step {
        /** Bytes the step takes, or -1 when that depends on the value. */
        int fixedSize();

        /** Whether a run of bounds-checked fixed steps must stop before this one. */
        default boolean breaksRun() {
            return fixedSize() < 0;
        }
    }

    record Magic(int size) implements Step {
        @Override public int fixedSize() { return size; }
    }

    record End(int size) implements Step {
        @Override public int fixedSize() { return size; }
    }

    record Field(FieldModel field) implements Step {
        @Override public int fixedSize() {
            return field.kind().isFixed() ? field.bytesBefore() + field.kind().fixedSize() + field.paddingAfter() : -1;
        }
    }

    record Bits(Item.BitGroup group) implements Step {
        @Override public int fixedSize() { return group.bytes(); }
    }

    /** A length field, which opens region {@code index}. */
    record Length(Item.Length length, int index) implements Step {
        @Override public int fixedSize() { return -1; }
    }

    /** Where region {@code index} must end. */
    record RegionEnd(Item.Length length, int index) implements Step {
        @Override public int fixedSize() { return 0; }
        @Override public boolean breaksRun() { return true; }
    }

    /** Reserved bytes no component holds ({@link Item.Reserved}). */
    record Reserved(Item.Reserved reserved) implements Step {
        @Override public int fixedSize() { return reserved.bytes(); }
    }

    record Checksum(Item.Checksum checksum) implements Step {
        @Override public int fixedSize() { return checksum.type().bytes(); }
    }

    static List<Step> of(MessageModel model) {
        List<Step> steps = new ArrayList<>();
        if (!model.magic().isEmpty()) {
            steps.add(new Magic(model.magic().size()));
        }
        List<Length> open = new ArrayList<>();
        int regions = 0;
        Item.Checksum checksum = null;
        for (Item item : model.items()) {
            if (item instanceof Item.Length l) {
                Length step = new Length(l, regions++);
                steps.add(step);
                open.add(step);
            } else if (item instanceof Item.Field f) {
                steps.add(new Field(f.field()));
                closeRegionsThrough(f.field().name(), open, steps);
            } else if (item instanceof Item.BitGroup g) {
                steps.add(new Bits(g));
                for (Item.BitMember member : g.members()) {
                    closeRegionsThrough(member.name(), open, steps);
                }
            } else if (item instanceof Item.Reserved r) {
                steps.add(new Reserved(r));
            } else {
                checksum = (Item.Checksum) item;
            }
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            steps.add(new RegionEnd(open.get(i).length(), open.get(i).index()));
        }
        if (checksum != null) {
            steps.add(new Checksum(checksum));
        }
        if (!model.end().isEmpty()) {
            steps.add(new End(model.end().size()));
        }
        return steps;
    }

    private static void closeRegionsThrough(String name, List<Length> open, List<Step> steps) {
        for (int i = open.size() - 1; i >= 0; i--) {
            Length region = open.get(i);
            if (name.equals(region.length().throughField())) {
                steps.add(new RegionEnd(region.length(), region.index()));
                open.remove(i);
            }
        }
    }

    /** Bytes of the fixed run starting at step {@code from}: up to the first step that breaks it. */
    static int run(List<Step> steps, int from) {
        int total = 0;
        for (int i = from; i < steps.size() && !steps.get(i).breaksRun(); i++) {
            total += steps.get(i).fixedSize();
        }
        return total;
    }

    /** Bytes after the last field: checksum and end marker. */
    static int trailer(MessageModel model) {
        int bytes = model.end().size();
        for (Item item : model.items()) {
            if (item instanceof Item.Checksum c) {
                bytes += c.type().bytes();
            }
        }
        return bytes;
    }
}
