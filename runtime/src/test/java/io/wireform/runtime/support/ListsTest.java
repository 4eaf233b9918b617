package io.wireform.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import org.junit.jupiter.api.Test;

class ListsTest {

    @Test
    void adoptedArrayReadsLikeAnyList() {
        List<String> list = Lists.adopt(new String[] {"a", "b", "c"});
        assertEquals(3, list.size());
        assertEquals("b", list.get(1));
        assertEquals(List.of("a", "b", "c"), list);
        assertEquals(new ArrayList<>(List.of("a", "b", "c")), list);
        assertEquals(List.of("a", "b", "c").hashCode(), list.hashCode());
        assertEquals("[a, b, c]", list.toString());
        assertInstanceOf(RandomAccess.class, list);
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(3));
    }

    @Test
    void adoptedArrayCannotBeChangedThroughTheList() {
        List<String> list = Lists.adopt(new String[] {"a"});
        assertThrows(UnsupportedOperationException.class, () -> list.add("b"));
        assertThrows(UnsupportedOperationException.class, () -> list.set(0, "b"));
        assertThrows(UnsupportedOperationException.class, () -> list.remove(0));
        assertThrows(UnsupportedOperationException.class, list::clear);
        assertEquals(List.of("a"), list);
    }

    @Test
    void emptyArray() {
        assertEquals(List.of(), Lists.adopt(new Integer[0]));
    }
}
