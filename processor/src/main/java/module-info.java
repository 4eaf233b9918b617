/**
 * The Wireform annotation processor, {@code io.wireform.processor.WireformProcessor}, provided as a
 * {@link javax.annotation.processing.Processor} service. It exports no package: it is found by the
 * compiler, on the processor path or the processor module path, never called by hand.
 */
module io.wireform.processor {
    requires java.compiler;
    requires io.wireform.annotations;
    requires com.palantir.javapoet;
    requires static com.google.auto.service;

    provides javax.annotation.processing.Processor with io.wireform.processor.WireformProcessor;
}
