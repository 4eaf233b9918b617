package io.wireform.processor.validate;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/** Whether generated code beside a type may be public, and whether it can reach the type at all. */
final class Visibility {
    private Visibility() {}

    /** Public only if the type and every type enclosing it are public. */
    static boolean isPublic(Element type) {
        for (Element e = type; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            if (!e.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    /** The first private type among the type and its enclosing types, or null. */
    static Element privateEnclosure(Element type) {
        for (Element e = type; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                return e;
            }
        }
        return null;
    }
}
