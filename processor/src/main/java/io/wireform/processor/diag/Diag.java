package io.wireform.processor.diag;

/**
 * Every diagnostic the processor can report, in one place so that wording stays consistent and
 * each message says how to fix the problem. Arguments are {@link String#format} arguments.
 */
public enum Diag {
    NOT_A_RECORD("@Message applies to records only, but %s is %s; declare it as `record %s(...)`"),
    GENERIC_RECORD("@Message record %s has type parameters; a wire layout needs concrete types, so remove <%s>"),
    PRIVATE_TYPE("%s is private, so its generated codec could not reach it; make it package-private or public"),
    UNSUPPORTED_TYPE("Component '%s' has type %s, which Wireform cannot put on the wire; use a primitive, "
            + "byte[], String, a List or an Optional of those, a @WireEnum enum, a @Message record or a @Protocol "
            + "interface"),
    NESTED_NOT_MESSAGE("Component '%s' is a record of type %s, which is not annotated @Message; "
            + "annotate %s with @Message so it has a wire layout"),
    ENUM_NOT_WIRE_ENUM("Component '%s' is an enum of type %s, which is not annotated @WireEnum; annotate %s "
            + "with @WireEnum and give each constant a @Code"),
    RECURSIVE_MESSAGE("Component '%s' makes %s contain itself, which has no finite wire size; "
            + "remove the cycle %s"),
    SIZE_MISSING("Component '%s' is a %s with no size; say where it ends: %s"),
    EXTENT_CONFLICT("'%s' has both %s and %s, which both say where it ends; keep one"),
    EXTENT_ON_WRONG_TYPE("%s applies to %s components, but '%s' is %s; remove it%s"),
    REFERENCE_UNKNOWN("%s on %s names no component of %s; %s"),
    REFERENCE_NOT_EARLIER("%s(\"%s\") on '%s' refers to a component that does not come before it; the value "
            + "must be read first, so move '%s' before '%s'"),
    REFERENCE_SELF("%s(\"%s\") on '%s' refers to the component itself; name an earlier %s that holds it"),
    REFERENCE_WRONG_TYPE("%s(\"%s\") on '%s' refers to '%s' of type %s; it must be %s"),
    PATH_UNKNOWN("%s(\"%s\") on '%s': '%s' has no component '%s'; %s"),
    PATH_THROUGH_VALUE("%s(\"%s\") on '%s' goes through '%s' of type %s, which is not a @Message record (nor, as "
            + "the first step, a @SelectedBy component); a path goes into records only, so name a component that holds "
            + "the value"),
    PATH_NEEDS_ALTERNATIVE("%s(\"%s\") on '%s' goes through a @SelectedBy component, so it has no value when the "
            + "record chosen has no '%s'; add a last alternative that always applies, e.g. %s({\"%s\", \"field\"})"),
    ALTERNATIVE_UNREACHABLE("%s(\"%s\") on '%s' always applies, so the alternatives after it never would; remove "
            + "them, or put '%s' last"),
    WHEN_NOT_OPTIONAL("@When on '%s' needs an Optional component, but it is %s; declare it as Optional<...>"),
    OPTIONAL_WITHOUT_WHEN("'%s' is an Optional, but nothing says when it is on the wire; add @When(\"field\") "
            + "naming an earlier boolean or integer component"),
    WHEN_NEEDS_VALUES("@When(\"%s\") on '%s' refers to an integer; say when the field is present with "
            + "bit = n, with anyOf = {...} or with a range min = a, max = b%s"),
    WHEN_BOOLEAN_TESTED("@When(\"%s\") on '%s' refers to a boolean, which is the test itself; remove %s "
            + "(not = true makes the field present when it is false)"),
    VARINT_ON_WRONG_TYPE("@Varint applies to int and long components, but '%s' is %s; change the type or remove @Varint"),
    BITS_OUT_OF_RANGE("@Bits(%d) on '%s': a bit field is 1 to %d bits wide here; use a width in that range"),
    BITS_ON_WRONG_TYPE("@Bits applies to boolean, integer and @WireEnum components, but '%s' is %s; remove @Bits"),
    BITS_GROUP_NOT_BYTES("The bit fields %s add up to %d bits, which is not a whole number of bytes; add %d "
            + "more bit(s), e.g. a reserved @Bits(%d) component"),
    BITS_GROUP_TOO_WIDE("The bit fields %s add up to %d bits; a group holds at most 64 bits, so split it"),
    REMAINING_NOT_LAST("@Remaining on '%s' takes the rest of its region, but '%s' follows it; make '%s' the last "
            + "component, or end a @Length(through = ...) region with it"),
    NESTED_RUNS_TO_END("'%s' (%s) runs to the end of its region, as a record of it ends with a @Remaining value, so "
            + "'%s' after it would never be read; make '%s' the last component, or end a @Length(through = \"%s\") "
            + "region with it"),
    ALIGNED_VARIABLE("Layout.C_ALIGNED needs fixed-size fields, but '%s' has a size that depends on its value; "
            + "use Layout.PACKED"),
    COUNT_NEGATIVE("@Count(%d) on '%s' is negative; give the number of elements, 0 or more"),
    LIST_ELEMENT_UNSUPPORTED("List '%s' has elements of type %s; a list holds boxed numbers or booleans, "
            + "@WireEnum enums or @Message records"),
    COUNT_OF_LIST_HAS_EXTENT("@CountOf(list = \"%s\") on '%s' gives the list its count, but the list has %s too, "
            + "which says the same; remove %s from '%s'"),
    COUNT_OF_NOT_EARLIER("@CountOf(list = \"%s\") on '%s' is written before '%s', but '%s' comes earlier and would be "
            + "read before its count; move the @CountOf to '%s' or a component before it"),
    COUNT_OF_NOT_LIST("@CountOf(list = \"%s\") on '%s' names '%s' of type %s; it counts the elements of a List "
            + "component (a byte string's size is a @Length or a @Prefixed)"),
    COUNT_OF_TWICE("'%s' is counted by two @CountOf, on '%s' and on '%s'; keep one"),
    COUNT_OF_TOO_NARROW("@CountOf(%s) for '%s' holds at most %d, but '%s' has @Max(%d); use a wider Width, or lower @Max"),
    TERMINATED_LIST_ELEMENT_IS_DELIMITER("@Terminated on '%s' ends the list where its delimiter comes, but every %s "
            + "starts with it (its @Magic), so no element could be read; choose another delimiter, or count the list "
            + "(@Prefixed, @CountOf)"),
    LENGTH_THROUGH_BEFORE("@Length(through = \"%s\") on '%s' must name '%s' or a component after it"),
    PAYLOAD_PLACEMENT("'%s' is a Payload, which streams the rest of its frame, so %s"),
    MAX_FRAME_LENGTH_NEGATIVE("maxFrameLength = %d on %s is negative; give the largest frame in bytes, or 0 for "
            + "the default of 16 MiB"),
    MAX_FRAME_LENGTH_TOO_LARGE("maxFrameLength = %d on %s is more than a reader can hold in one buffer; give at most "
            + "%d (FrameReader.LARGEST_MAX_FRAME_LENGTH), or 0 for the default of 16 MiB"),
    MAX_MISPLACED("@Max on '%s' %s; remove it"),
    PROTOCOL_NOT_SEALED("@Protocol applies to sealed interfaces, but %s is not one; declare it as "
            + "`sealed interface %s permits ...`"),
    PROTOCOL_PERMITS_NON_RECORD("%s is permitted by @Protocol %s but is not a record; protocols are unions "
            + "of records"),
    TAG_MISSING("Record %s is permitted by @Protocol %s, which is tagged, but has no @Tag; add @Tag(n) with "
            + "its command word or type byte"),
    TAG_DUPLICATE("@Tag(%d) on %s is already the tag of %s; give each record of %s its own tag"),
    TAG_TOO_WIDE("@Tag(%d) on %s does not fit the tag width %s of %s (0 to %s); use a smaller tag or a wider "
            + "@Protocol(tag = ...)"),
    TAG_BITS_OUT_OF_RANGE("@Protocol(tagBits = %d) on %s: a bit-field tag takes 1 to %d bits of its %s tag; "
            + "use a width in that range, or 0 for a whole-byte tag"),
    TAG_BITS_GROUP_SHORT("The %d tag bits of @Protocol %s and the bit fields %s of %s make %d bits, short of the "
            + "tag's %d byte(s); add %d more bit(s), e.g. a reserved @Bits(%d) component"),
    TAG_BITS_GROUP_LITTLE("The bit fields %s of %s continue past the %d byte(s) of @Protocol %s's tag; in its "
            + "little-endian byte order the tag's bits would not be the group's top bits, so end the group with "
            + "the tag's byte(s), or make the protocol big-endian"),
    TAG_BITS_WITH_MAGIC("Record %s of @Protocol %s, whose tag is a bit field of its first byte(s), has a @Magic, which "
            + "would come before the tag; remove @Magic"),
    TAG_BITS_NEED_GROUP("Record %s of @Protocol %s must start with @Bits components filling the %d bits below "
            + "the %d-bit tag in its first %d byte(s); add them, e.g. @Bits(%d) int flags"),
    UNTAGGED_NO_MAGIC("None of the records of untagged @Protocol %s has a @Magic, so nothing tells them apart; "
            + "give each record its own @Magic(\"..\"), or make the protocol tagged: @Protocol(tag = Width.UINT8) "
            + "and a @Tag(n) on each record"),
    UNTAGGED_MAGIC_PREFIX("The magic %s of %s is the start of the magic %s of %s in untagged @Protocol %s, so a frame "
            + "of %s would be read as %s; give them magics of which neither starts the other"),
    FALLBACK_TWICE("%s is a second @Fallback record of @Protocol %s (%s is the first); keep one"),
    FALLBACK_WITH_TAG("%s is the @Fallback of @Protocol %s, which decodes every tag no other record has, so it "
            + "has no @Tag of its own; remove @Tag"),
    FALLBACK_IN_UNTAGGED("@Fallback on %s: untagged @Protocol %s tells its records apart by @Magic, so nothing "
            + "could fall back; remove @Fallback, or make the protocol tagged"),
    FALLBACK_NEEDS_TAG_FIELD("%s is the @Fallback of @Protocol %s, so its first component holds the tag the record "
            + "keeps and writes back: %s; add it, e.g. %s"),
    FALLBACK_UNREACHABLE("%s is the @Fallback of @Protocol %s, but its other records take all %d values of its "
            + "%s, so no tag is left to fall back on; remove @Fallback from %s, or make the tag wider"),
    TAG_RANGE_NOT_SELECTED("@Tag(value = %d, to = %d) on %s names a range, but @Protocol %s writes its own tag, "
            + "which must be one value; give one value, or make the protocol selected (@Protocol(selected = true))"),
    TAG_RANGE_BACKWARDS("@Tag(value = %d, to = %d) on %s ends before it starts; give to >= value"),
    TAG_OVERLAP("@Tag of %s (%s) overlaps that of %s (%s) in @Protocol %s; give each record its own values"),
    PROTOCOL_LENGTH("@Protocol(length = ...) on %s: %s"),
    PROTOCOL_LENGTH_TRAILER("%s of @Protocol %s, whose length counts everything after the tag, has %s, which that "
            + "length would not count; remove it"),
    SELECTED_WITH_TAG_SETTINGS("@Protocol(selected = true) on %s: its records are chosen by a component of the "
            + "message that holds it, so it has no %s of its own; remove it"),
    SELECTED_WITHOUT_SELECTOR("Component '%s' is of @Protocol(selected = true) %s, whose record a component chooses; "
            + "name it with @SelectedBy(\"...\"), e.g. the component holding its type"),
    SELECTOR_NOT_SELECTED("@SelectedBy on '%s' needs a @Protocol(selected = true) interface, but %s is %s; %s"),
    SELECTOR_WRONG_TYPE("@SelectedBy(\"%s\") on '%s' refers to '%s' of type %s; it must be an integer, a boolean or a "
            + "@WireEnum component"),
    SELECTOR_FALLBACK_CODE_CHOOSES("@SelectedBy(\"%s\") on '%s': %s's @Fallback constant %s (@Code(%d)) stands "
            + "for every unknown code, which chooses %s's @Fallback record %s, but its own code %d chooses %s, so a "
            + "value decoded from an unknown code could not be encoded again; give %s a @Code no record of %s is "
            + "tagged with%s"),
    SELECTOR_UNKNOWN_CODE_TAGGED("@SelectedBy(\"%s\") on '%s': %s's @Fallback constant %s (@Code(%d)) stands for "
            + "every unknown code, but unknown code %d chooses %s while its own code %d chooses %s, so a value decoded "
            + "from an unknown code could not be encoded again; tag the records of %s with codes of %s's constants only"),
    SELECTOR_PATH_FALLBACK_WITHOUT_CODE("@SelectedBy(\"%s\") on '%s': %s's @Fallback constant %s has no @Code, and "
            + "through a path the selector is the constant its record decoded, so which record of %s an unknown code "
            + "chooses cannot be told; give %s a @Code, or choose by a component of this record"),
    SELECTED_IN_LIST("List '%s' holds @Protocol(selected = true) %s, but one component cannot choose the record of "
            + "every element; wrap the choice in a @Message record with its own selector, and list those"),
    TAGS_MISSING("None of the records of @Protocol %s has a @Tag; give each its command word or type byte, e.g. "
            + "@Tag(1) on %s, or make the protocol untagged with a @Magic on each record"),
    TAG_OUTSIDE_PROTOCOL("@Tag on %s has no effect: %s is not permitted by a @Protocol interface; declare it in "
            + "`sealed interface ... permits %s` of a @Protocol, or remove @Tag"),
    FALLBACK_OUTSIDE_PROTOCOL("@Fallback on %s has no effect: %s is not permitted by a @Protocol interface; declare "
            + "it in `sealed interface ... permits %s` of a @Protocol, or remove @Fallback"),
    TAG_IN_UNTAGGED("@Tag on %s has no effect: @Protocol %s is untagged and tells its records apart by @Magic; "
            + "remove @Tag, or make the protocol tagged"),
    EMPTY_MESSAGE("@Message record %s has nothing on the wire: a frame of 0 bytes, so a stream of them would never "
            + "end; add a component or a @Magic(\"..\")%s"),
    WHEN_BIT_OUT_OF_RANGE("@When(bit = %d) on '%s': '%s' has %d bits on the wire (bits 0 to %d), so the field would "
            + "never be there; use a bit from 0 to %d"),
    ENUM_NO_CODES("No constant of @WireEnum %s has a @Code; give each its wire code, e.g. %s"),
    UNTAGGED_NEEDS_MAGIC("Record %s of untagged @Protocol %s has no @Magic, so it cannot be told apart from the "
            + "others; add @Magic(\"..\") or make the protocol tagged"),
    UNTAGGED_AMBIGUOUS("Records %s and %s of untagged @Protocol %s share a magic and nothing else tells them "
            + "apart (both need a fixed length and an @End marker, and different lengths); give them different "
            + "magics"),
    FIXED_ON_WRONG_TYPE("@Fixed applies to byte[] and String, but '%s' is %s; remove @Fixed%s"),
    FIXED_TOO_SMALL("@Fixed(%d) on '%s': a fixed size must be at least 1 byte"),
    BYTE_OUT_OF_RANGE("%s = %d on '%s' is not a byte value; use 0 to 255 (0x00 to 0xFF)"),
    WIDTH_OUT_OF_RANGE("%s(%d) on '%s': an integer is 1 to 8 bytes wide; use a width from 1 to 8"),
    INT_ON_WRONG_TYPE("%s applies to integer components (byte, short, int, long), but '%s' is %s; "
            + "remove it or change the type"),
    INT_TYPE_TOO_NARROW("%s on '%s' needs a Java type of at least %d bits to hold every value, but %s has %d; "
            + "declare the component as %s"),
    CONFLICTING_ANNOTATIONS("'%s' has both %s and %s; keep one"),
    HALF_ON_WRONG_TYPE("@Half applies to float components, but '%s' is %s; remove @Half or declare it as float"),
    CONST_ON_WRONG_TYPE("@Const applies to integer, boolean and @WireEnum components, but '%s' is %s; remove @Const"),
    CONST_OUT_OF_RANGE("@Const(%d) on '%s' is not a value it can hold on the wire (%s); give a value in that range"),
    RANGE_ON_WRONG_TYPE("@Range applies to integer components and integer @Bits members, but '%s' is %s; "
            + "remove @Range"),
    RANGE_BACKWARDS("@Range(from = %d, to = %d) on '%s' holds no value: from is greater than to; "
            + "write from = %d, to = %d"),
    RANGE_UNSATISFIABLE("@Range(from = %d, to = %d) on '%s' holds no value it can have on the wire (%s); "
            + "give a range that meets that one"),
    RANGE_WITH_CONST("'%s' has both @Const and @Range; use only one: @Const for a single value, @Range for several"),
    CHARSET_ON_WRONG_TYPE("@Charset applies to String components, but '%s' is %s; remove @Charset"),
    UNKNOWN_CHARSET("Charset \"%s\" on '%s' is not supported by this JDK; use a name such as \"UTF-8\", "
            + "\"US-ASCII\" or \"ISO-8859-1\""),
    MARKER_NOT_HEX("@%s(\"%s\") is not hexadecimal bytes: %s; write two hex digits per byte, e.g. \"FD AA\""),
    MARKER_EMPTY("@%s(\"\") on %s has no bytes; give at least one byte, e.g. \"FD AA\", or remove it"),
    PADDING_NEGATIVE("@Padding(%s = %d) on '%s' is negative; reserved bytes are counted from 0"),
    ORDER_ON_WRONG_TYPE("@Order on '%s' has no effect: %s is not a multi-byte number; remove @Order"),
    ENUM_WIDTH_OUT_OF_RANGE("@WireEnum(bytes = %d) on %s: an enum code is 1 to 4 bytes wide; use 1, 2, 3 or 4"),
    ENUM_CONSTANT_WITHOUT_CODE("Constant %s.%s has no @Code; give it one, e.g. @Code(%d), or mark it @Fallback"),
    ENUM_DUPLICATE_CODE("@Code(%d) on %s.%s is already used by %s; give each constant its own code"),
    ENUM_CODE_TOO_WIDE("@Code(%d) on %s.%s does not fit in %d unsigned byte(s) (0 to %d); "
            + "use a smaller code or widen @WireEnum(bytes = ...)"),
    ENUM_TWO_FALLBACKS("%s.%s is a second @Fallback (%s is the first); keep one"),
    CODE_OUTSIDE_WIRE_ENUM("@%s on %s.%s has no effect because %s is not annotated @WireEnum; "
            + "add @WireEnum to the enum"),
    NOT_AN_ENUM("@WireEnum applies to enums only, but %s is %s; declare it as `enum %s {...}`"),
    UNRESOLVED_TYPE("Component '%s' has a type that could not be resolved (%s); fix the compile error "
            + "for that type first"),
    NULLABLE_PREFIX_MISUSED("@Prefixed(nullable = true) on '%s' (%s): %s"),
    TCP_PORT_OUT_OF_RANGE("@TcpPort(%d) on %s is not a TCP port; use a port from 1 to 65535"),
    USING_CONFLICT("@Using on '%s' cannot be combined with %s: the codec %s decides how the value is written and "
            + "where it ends; remove %s"),
    USING_NOT_FIELD_CODEC("@Using(%s.class) on '%s': %s does not implement io.wireform.runtime.FieldCodec; declare it "
            + "`implements FieldCodec<%s>`"),
    USING_TYPE_MISMATCH("@Using(%s.class) on '%s': %s reads and writes %s, but '%s' is %s; use a FieldCodec<%s>%s"),
    USING_NO_INSTANCE("@Using(%s.class) on '%s': the generated codec cannot get an instance of %s (%s); give it a "
            + "public no-arg constructor or a `public static final %s INSTANCE`"),
    PADDING_ON_RECORD_PLACED("@Padding(%s = %d) on record %s: a record's reserved bytes follow its last component; "
            + "write @Padding(%d) on the record, or put @Padding(%s = %d) on a component"),
    PADDING_VALUE_ON_COMPONENT("@Padding(%d) on '%s' does not say where its reserved bytes go; write "
            + "@Padding(before = %d) or @Padding(after = %d)"),
    PADDING_FILL_CONFLICT("@Padding(%d, fill = %d) on record %s follows '%s', whose @Padding has fill = %d; reserved "
            + "bytes in a row have one fill: give both the same fill, or write @Padding(after = %d, fill = %d) on '%s' "
            + "and remove the record's"),
    PADDING_OUTSIDE_MESSAGE("@Padding on %s has no effect because %s is not a @Message record or a record of a "
            + "@Protocol; annotate it @Message, or remove @Padding"),
    PROCESSOR_BUG("Wireform processor failed on %s; this is a bug in Wireform, please report it "
            + "with this message: %s");

    private final String format;

    Diag(String format) {
        this.format = format;
    }

    public String format(Object... args) {
        return String.format(format, args);
    }
}
