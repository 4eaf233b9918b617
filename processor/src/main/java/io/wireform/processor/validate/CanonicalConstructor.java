package io.wireform.processor.validate;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Whether a record declares its canonical constructor itself, compact or in full: then its checks may
 * refuse values that decode read, and decode must turn that refusal into a decode error.
 */
final class CanonicalConstructor {
    private CanonicalConstructor() {}

    static boolean declared(TypeElement record, Elements elements, Types types) {
        List<? extends RecordComponentElement> components = record.getRecordComponents();
        for (ExecutableElement constructor : ElementFilter.constructorsIn(record.getEnclosedElements())) {
            if (elements.getOrigin(constructor) != Elements.Origin.EXPLICIT
                    || constructor.getParameters().size() != components.size()) {
                continue;
            }
            boolean canonical = true;
            for (int i = 0; i < components.size() && canonical; i++) {
                canonical = types.isSameType(types.erasure(constructor.getParameters().get(i).asType()),
                        types.erasure(components.get(i).asType()));
            }
            if (canonical) {
                return true;
            }
        }
        return false;
    }
}
