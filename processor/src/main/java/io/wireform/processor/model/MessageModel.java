package io.wireform.processor.model;

import com.palantir.javapoet.ClassName;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Layout;
import java.util.List;

/**
 * A validated {@code @Message} record: everything the generator needs, nothing it must check.
 *
 * @param magic constant leading bytes, unsigned, empty when there are none
 * @param end constant trailing bytes (end marker), unsigned, empty when there are none
 * @param fields the components in wire order
 * @param length encoded length of every frame
 */
public record MessageModel(
        ClassName messageType,
        ClassName codecType,
        boolean isPublic,
        Endian endian,
        Layout layout,
        List<Integer> magic,
        List<Integer> end,
        List<FieldModel> fields,
        int length) {

    public MessageModel {
        magic = List.copyOf(magic);
        end = List.copyOf(end);
        fields = List.copyOf(fields);
    }

    /** Offset of the end marker, just past the last field. */
    public int endOffset() {
        return length - end.size();
    }

    /** The name used in error paths, e.g. {@code DeviceFrame}. */
    public String pathName() {
        return messageType.simpleName();
    }
}
