package io.wireform.processor.model;

import com.palantir.javapoet.ClassName;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Width;
import java.util.List;

/**
 * A validated {@code @Protocol}: a sealed interface and the records it permits.
 *
 * @param tagBits bits of the tag bytes, from the top, that hold the tag; 0 when the tag takes them all
 * @param untagged true when variants are told apart by magic and end marker instead of a tag
 */
public record ProtocolModel(
        ClassName protocolType,
        ClassName codecType,
        boolean isPublic,
        Endian endian,
        Width tag,
        int tagBits,
        boolean untagged,
        boolean selected,
        java.util.Optional<Item.Length> length,
        List<Variant> variants,
        ReaderSettings reader) {

    public ProtocolModel {
        variants = List.copyOf(variants);
    }

    /** The record that decodes every tag (or selector value) no other record has, if any. */
    public java.util.Optional<MessageModel> fallback() {
        return variants.stream().filter(Variant::fallback).map(Variant::message).findFirst();
    }

    /** The records with a tag of their own: every one but the fallback. */
    public List<Variant> tagged() {
        return variants.stream().filter(v -> !v.fallback()).toList();
    }

    /** Whether any of its records ends with a streamed {@code Payload}. */
    public boolean isStreamed() {
        return variants.stream().anyMatch(v -> v.message().isStreamed());
    }

    /** Whether a frame of any of its records runs to the end of its input (see {@link MessageModel#runsToEnd()}). */
    public boolean runsToEnd() {
        return variants.stream().anyMatch(v -> v.message().runsToEnd());
    }

    /** Whether, with payloads streamed, the header of any of its records runs to the end of its input. */
    public boolean headerRunsToEnd() {
        return variants.stream().anyMatch(v -> !v.message().isStreamed() && v.message().runsToEnd());
    }

    /** Whether any of its records reads relative to the outermost frame (see {@link MessageModel#usesOrigin()}). */
    public boolean usesOrigin() {
        return variants.stream().anyMatch(v -> v.message().usesOrigin());
    }

    /** The name used in error paths, e.g. {@code SmartHome}. */
    public String pathName() {
        return protocolType.simpleName();
    }

    /**
     * One permitted record, with its tag (unused when untagged or for the fallback); {@code tagTo} is the
     * last value of a range of tags, equal to {@code tag} for a single one.
     */
    public record Variant(MessageModel message, long tag, long tagTo, boolean fallback) {
        public Variant(MessageModel message, long tag) {
            this(message, tag, tag, false);
        }

        public boolean isRange() {
            return tagTo != tag;
        }
    }
}
