package io.wireform.samples.properties;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.samples.properties.ListSchemas.CountedByLists;
import io.wireform.samples.properties.ListSchemas.CountedLists;
import io.wireform.samples.properties.ListSchemas.EnumLists;
import io.wireform.samples.properties.ListSchemas.NestedLists;
import io.wireform.samples.properties.ListSchemas.PrefixedLists;
import io.wireform.samples.properties.ListSchemas.VarintLists;
import io.wireform.samples.properties.WireEnums.Color;
import io.wireform.samples.properties.WireEnums.Wide;
import java.util.List;
import java.util.RandomAccess;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Disabled;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Round trips and framing of lists of every element kind and extent. */
class ListProperties {
    private static final Arbitrary<Color> COLORS = Arbitraries.of(Color.RED, Color.GREEN, Color.BLUE, Color.WHITE);

    /** Decoded lists are read-only views a record can hold as is: fixed and variable elements, counted and remaining. */
    @Property(tries = 50)
    void decodedListsAreReadOnly(@ForAll("nestedListsValues") NestedLists value) {
        NestedLists decoded = ListSchemas_NestedListsCodec.INSTANCE.decode(ListSchemas_NestedListsCodec.INSTANCE.encode(value));
        for (List<?> list : List.of(decoded.points(), decoded.pair(), decoded.named(), decoded.more())) {
            readOnly(list);
        }
    }

    private static <E> void readOnly(List<E> list) {
        assertTrue(list instanceof RandomAccess, "random access");
        assertThrows(UnsupportedOperationException.class, () -> list.add(null));
        if (!list.isEmpty()) {
            assertThrows(UnsupportedOperationException.class, () -> list.set(0, list.get(0)));
            assertThrows(UnsupportedOperationException.class, () -> list.remove(0));
        }
    }

    @Property(tries = 200)
    void countedLists(@ForAll("countedListsValues") CountedLists value) {
        Laws.check(ListSchemas_CountedListsCodec.INSTANCE, value);
    }

    /** All laws but the input position after a failed decode (the disabled property above checks it). */
    @Property(tries = 200)
    void countedListsExceptFailedDecodePosition(@ForAll("countedListsValues") CountedLists value) {
        Laws.checkExceptFailedDecodePosition(ListSchemas_CountedListsCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<CountedLists> countedListsValues() {
        return Combinators.combine(Gen.list(Gen.u16(), 3, 3), Gen.list(Arbitraries.shorts(), 2, 2),
                Gen.list(Arbitraries.of(true, false), 2, 2), Gen.list(Arbitraries.doubles(), 2, 2),
                Gen.list(Gen.point(), 2, 2), Gen.bytes(10)).as(CountedLists::new);
    }

    @Property(tries = 200)
    void prefixedLists(@ForAll("prefixedListsValues") PrefixedLists value) {
        Laws.check(ListSchemas_PrefixedListsCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<PrefixedLists> prefixedListsValues() {
        Arbitrary<Double> doubles = Arbitraries.oneOf(Arbitraries.doubles(),
                Arbitraries.of(Double.NaN, -0.0, Double.NEGATIVE_INFINITY, Double.MIN_VALUE));
        return Combinators.combine(Gen.list(Gen.u16(), 12), Gen.list(Arbitraries.longs(), 6),
                Gen.list(Arbitraries.of(true, false), 140), Gen.list(doubles, 5), Gen.list(Gen.u32(), 6),
                Gen.list(Arbitraries.integers(), 5)).as(PrefixedLists::new);
    }

    @Property(tries = 200)
    void countedByLists(@ForAll("countedByListsValues") CountedByLists value) {
        Laws.check(ListSchemas_CountedByListsCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<CountedByLists> countedByListsValues() {
        return Combinators.combine(Gen.list(Arbitraries.shorts(), 12), Gen.list(Gen.u8Short(), 20))
                .as((a, b) -> new CountedByLists(a.size(), b.size(), a, b));
    }

    @Property(tries = 200)
    void enumLists(@ForAll("enumListsValues") EnumLists value) {
        Laws.check(ListSchemas_EnumListsCodec.INSTANCE, value);
    }

    @Property(tries = 200)
    void enumListsCountFirst(@ForAll("enumListsValues") EnumLists value) {
        Laws.check(ListSchemas_EnumListsCountFirstCodec.INSTANCE,
                new ListSchemas.EnumListsCountFirst(value.wides(), value.colors(), value.littleWides()));
    }

    @Provide
    Arbitrary<EnumLists> enumListsValues() {
        Arbitrary<Wide> wides = Arbitraries.of(Wide.class);
        return Combinators.combine(Gen.list(COLORS, 10), Gen.list(wides, 2, 2), Gen.list(wides, 10))
                .as(EnumLists::new);
    }

    @Property(tries = 200)
    void nestedLists(@ForAll("nestedListsValues") NestedLists value) {
        Laws.check(ListSchemas_NestedListsCodec.INSTANCE, value);
    }

    /** All laws but the input position after a failed decode (the disabled property above checks it). */
    @Property(tries = 200)
    void nestedListsExceptFailedDecodePosition(@ForAll("nestedListsValues") NestedLists value) {
        Laws.checkExceptFailedDecodePosition(ListSchemas_NestedListsCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<NestedLists> nestedListsValues() {
        return Combinators.combine(Gen.list(Gen.point(), 6), Gen.list(Gen.named(), 2, 2), Gen.list(Gen.named(), 4),
                Gen.list(Gen.named(), 4)).as((points, pair, named, more) ->
                        new NestedLists(points, pair, named.size(), named, more));
    }

    @Property(tries = 200)
    void varintLists(@ForAll("varintListsValues") VarintLists value) {
        Laws.check(ListSchemas_VarintListsCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<VarintLists> varintListsValues() {
        return Combinators.combine(Gen.list(Arbitraries.longs(), 10),
                Gen.list(Arbitraries.integers().greaterOrEqual(0), 3, 3), Gen.list(Gen.mqtt(), 10))
                .as(VarintLists::new);
    }

    static List<Color> colors(Color... colors) {
        return List.of(colors);
    }
}
