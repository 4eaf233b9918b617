package io.wireform.samples.properties;

import io.wireform.samples.properties.BytesSchemas.PrefixedBytes;
import io.wireform.samples.properties.BytesSchemas.TerminatedText;
import io.wireform.samples.properties.LengthSchemas.LengthOfSeveral;
import io.wireform.samples.properties.ListSchemas.NestedLists;
import io.wireform.samples.properties.NumberSchemas.Varints;
import io.wireform.samples.properties.ProtocolSchemas.Cmd16;
import io.wireform.samples.properties.ProtocolSchemas.Cmd8;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Disabled;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A truncated frame says where the input ended and how long the frame is, counted from the start of
 * the frame being decoded, even when the input ends inside a nested message or a protocol's record.
 */
class TruncationProperties {

    @Property(tries = 50)
    void prefixedBytes(@ForAll("prefixedBytes") PrefixedBytes value) {
        Laws.truncationDetails(BytesSchemas_PrefixedBytesCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<PrefixedBytes> prefixedBytes() {
        return new BytesProperties().prefixedBytesValues();
    }

    @Property(tries = 50)
    void terminatedText(@ForAll("terminatedText") TerminatedText value) {
        Laws.truncationDetails(BytesSchemas_TerminatedTextCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<TerminatedText> terminatedText() {
        return new BytesProperties().terminatedTextValues();
    }

    @Property(tries = 50)
    void varints(@ForAll("varints") Varints value) {
        Laws.truncationDetails(NumberSchemas_VarintsCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<Varints> varints() {
        return new NumberProperties().varintsValues();
    }

    @Property(tries = 50)
    void lengthOfSeveral(@ForAll("lengthOfSeveral") LengthOfSeveral value) {
        Laws.truncationDetails(LengthSchemas_LengthOfSeveralCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<LengthOfSeveral> lengthOfSeveral() {
        return new LengthProperties().lengthOfSeveralValues();
    }

    /** Truncated inside a nested message: counted from the outer frame, not the nested one. */
    @Property(tries = 50)
    void nestedLists(@ForAll("nestedLists") NestedLists value) {
        Laws.truncationDetails(ListSchemas_NestedListsCodec.INSTANCE, value);
    }

    @Provide
    Arbitrary<NestedLists> nestedLists() {
        return new ListProperties().nestedListsValues();
    }

    /** Truncated inside a protocol's record: counted from the tag. */
    @Property(tries = 50)
    void cmd8(@ForAll("cmd8") Cmd8 value) {
        Laws.truncationDetails(ProtocolSchemas_Cmd8Codec.INSTANCE, value);
    }

    @Provide
    Arbitrary<Cmd8> cmd8() {
        return new ProtocolProperties().cmd8Values();
    }

    @Property(tries = 50)
    void cmd16(@ForAll("cmd16") Cmd16 value) {
        Laws.truncationDetails(ProtocolSchemas_Cmd16Codec.INSTANCE, value);
    }

    @Provide
    Arbitrary<Cmd16> cmd16() {
        return new ProtocolProperties().cmd16Values();
    }
}
