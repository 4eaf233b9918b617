package io.wireform.processor.validate;

import static io.wireform.processor.collect.AnnotationNames.PADDING;

import io.wireform.processor.collect.Mirrors;
import io.wireform.processor.diag.Diag;
import io.wireform.processor.model.FieldModel;
import io.wireform.processor.model.Item;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * {@code @Padding(n)} on a message record: {@code n} reserved bytes after its last component, before a
 * checksum and an end marker (Python struct's trailing {@code 'x'}). They become the last component's
 * {@link FieldModel#paddingAfter() reserved bytes after it} when it is a component, so that a
 * rest-of-region value ends before them as it does before a component's own; otherwise (no components,
 * or a bit group last) an {@link Item.Reserved}. A record's leading bytes are its first component's
 * {@code before}, so {@code before} and {@code after} on a record are errors that say so.
 */
final class RecordPadding {
    private final Mirrors mirrors;
    private final io.wireform.processor.diag.ErrorReporter errors;

    RecordPadding(Mirrors mirrors, io.wireform.processor.diag.ErrorReporter errors) {
        this.mirrors = mirrors;
        this.errors = errors;
    }

    /** Adds the record's reserved bytes, if any, to the end of {@code items}; returns how many. */
    int apply(TypeElement type, List<Item> items) {
        Optional<AnnotationMirror> found = mirrors.find(type, PADDING);
        if (found.isEmpty()) {
            return 0;
        }
        AnnotationMirror mirror = found.get();
        String name = type.getSimpleName().toString();
        int bytes = mirrors.intValue(mirror, "value");
        int fill = mirrors.intValue(mirror, "fill");
        boolean ok = true;
        for (String member : new String[] {"before", "after"}) {
            int misplaced = mirrors.intValue(mirror, member);
            if (misplaced != 0) {
                errors.error(type, mirror, mirrors.value(mirror, member), Diag.PADDING_ON_RECORD_PLACED, member, misplaced,
                        name, misplaced, member, misplaced);
                ok = false;
            }
        }
        if (bytes < 0) {
            errors.error(type, mirror, mirrors.value(mirror, "value"), Diag.PADDING_NEGATIVE, "value", bytes, name);
            ok = false;
        }
        if (fill < 0 || fill > 255) {
            errors.error(type, mirror, mirrors.value(mirror, "fill"), Diag.BYTE_OUT_OF_RANGE, "fill", fill, name);
            ok = false;
        }
        if (!ok || bytes == 0) {
            return 0;
        }
        if (!items.isEmpty() && items.get(items.size() - 1) instanceof Item.Field last) {
            FieldModel f = last.field();
            boolean ownPadding = f.paddingBefore() + f.paddingAfter() > 0;
            if (ownPadding && f.fill() != fill) {
                errors.error(type, mirror, Diag.PADDING_FILL_CONFLICT, bytes, fill, name, f.name(), f.fill(),
                        f.paddingAfter() + bytes, f.fill(), f.name());
                return 0;
            }
            items.set(items.size() - 1, new Item.Field(new FieldModel(f.name(), f.kind(), f.alignmentBefore(),
                    f.paddingBefore(), f.paddingAfter() + bytes, fill, f.max(), f.constant(), f.countOf(), f.range())));
        } else {
            items.add(new Item.Reserved(bytes, fill));
        }
        return bytes;
    }

    /** {@code @Padding(n)} on a component, which says nothing of where its bytes go; true when fine. */
    boolean checkComponent(Element component, AnnotationMirror mirror) {
        int bytes = mirrors.intValue(mirror, "value");
        if (bytes != 0) {
            errors.error(component, mirror, mirrors.value(mirror, "value"), Diag.PADDING_VALUE_ON_COMPONENT, bytes,
                    component.getSimpleName(), bytes, bytes);
            return false;
        }
        return true;
    }
}
