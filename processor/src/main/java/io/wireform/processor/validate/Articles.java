package io.wireform.processor.validate;

import java.util.Locale;
import javax.lang.model.element.ElementKind;

/** The kind of an element as words in a sentence: "an interface", "a class", "an annotation type". */
final class Articles {
    private Articles() {}

    static String kind(ElementKind kind) {
        String words = kind.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }
}
