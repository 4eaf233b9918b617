/**
 * What generated codecs and their users call: {@link io.wireform.runtime.WireCodec}, {@link
 * io.wireform.runtime.Payload} and the {@link io.wireform.runtime.WireException} family; stream
 * readers and writers in {@code io.wireform.runtime.stream}; sockets in {@code io.wireform.runtime.net}.
 *
 * <p>{@code io.wireform.runtime.support} is exported because generated code lives in the user's own
 * packages and calls it, but it is internal to generated code: not for calling by hand, and it may
 * change between versions without notice.
 *
 * <p>Generated sources carry {@code @javax.annotation.processing.Generated}, which lives in {@code
 * java.compiler}: this module requires it statically and transitively, so that a module reading this
 * one can compile them, while nothing of {@code java.compiler} is needed at run time.
 */
module io.wireform.runtime {
    requires transitive io.wireform.annotations;
    requires static transitive java.compiler;

    exports io.wireform.runtime;
    exports io.wireform.runtime.explain;
    exports io.wireform.runtime.net;
    exports io.wireform.runtime.stream;
    exports io.wireform.runtime.support;
}
