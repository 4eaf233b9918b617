package io.wireform.processor.validate;

import io.wireform.annotations.Endian;
import java.util.List;
import javax.lang.model.element.RecordComponentElement;

/**
 * The component being checked, with its byte order and its siblings, whose names it may refer to.
 *
 * @param index its position among {@code all}
 */
record ComponentScope(RecordComponentElement component, String name, Endian endian,
                      List<? extends RecordComponentElement> all, int index) {}
