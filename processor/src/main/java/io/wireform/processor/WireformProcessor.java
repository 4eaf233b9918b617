package io.wireform.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.wireform.processor.collect.AnnotationNames;
import io.wireform.processor.collect.Mirrors;
import io.wireform.processor.collect.RoundCollector;
import io.wireform.processor.diag.Diag;
import io.wireform.processor.diag.ErrorReporter;
import io.wireform.processor.generate.CodecGenerator;
import io.wireform.processor.generate.EnumCodesGenerator;
import io.wireform.processor.generate.ProtocolGenerator;
import io.wireform.processor.generate.ReaderGenerator;
import io.wireform.processor.generate.SelectedGenerator;
import io.wireform.processor.model.GeneratedNames;
import io.wireform.processor.tools.SchemaIndex;
import io.wireform.processor.tools.dissector.Dissectors;
import io.wireform.processor.tools.dissector.LuaDissector;
import io.wireform.processor.model.ProtocolModel;
import io.wireform.processor.validate.StrayAnnotations;
import io.wireform.processor.model.EnumModel;
import io.wireform.processor.model.MessageModel;
import io.wireform.processor.validate.SchemaRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Generates a codec for every {@code @Message} record and a code table for every {@code @WireEnum}.
 * Each round runs the phases in order: collect the annotated types, validate them into an
 * immutable model (reporting every problem), and generate only for types that validated cleanly.
 */
@AutoService(Processor.class)
public final class WireformProcessor extends AbstractProcessor {
    private RoundCollector collector;
    private final Dissectors dissectors = new Dissectors();

    /**
     * Every Wireform annotation, and the {@code @Generated} of the sources it writes: they mean something
     * only to this processor, which claims them, so that {@code javac -Xlint:all} has none to warn about
     * as unclaimed.
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("io.wireform.annotations.*", "javax.annotation.processing.Generated");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(Dissectors.OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
        if (collector == null) {
            collector = new RoundCollector(processingEnv.getElementUtils());
        }
        ErrorReporter errors = new ErrorReporter(processingEnv.getMessager());
        Mirrors mirrors = new Mirrors(processingEnv.getElementUtils());
        SchemaRegistry registry = new SchemaRegistry(mirrors, errors, processingEnv.getTypeUtils());
        RoundCollector.Round round = collector.collect(roundEnv);

        for (TypeElement type : round.enums()) {
            guarded(type, errors, () -> registry.enumModel(type).map(this::enumCodes));
        }
        for (TypeElement type : round.messages()) {
            guarded(type, errors, () -> registry.message(type).map(this::codec));
            guarded(type, errors, () -> registry.message(type).map(this::reader));
            if (registry.protocolOf(type).isEmpty()) {
                dissector(type, errors, mirrors, registry, () -> registry.message(type));
            }
        }
        for (TypeElement protocol : round.protocols()) {
            guarded(protocol, errors, () -> registry.protocol(protocol).map(this::protocolCodec));
            guarded(protocol, errors, () -> registry.protocol(protocol).flatMap(this::protocolReaderIfAny));
            dissector(protocol, errors, mirrors, registry, () -> registry.protocol(protocol));
            // records a protocol permits need no @Message of their own; their codecs come from here
            if (protocol.getKind() == ElementKind.INTERFACE) {
                for (TypeMirror permitted : protocol.getPermittedSubclasses()) {
                    TypeElement record = (TypeElement) ((DeclaredType) permitted).asElement();
                    if (record.getKind() == ElementKind.RECORD && mirrors.find(record, AnnotationNames.MESSAGE).isEmpty()) {
                        guarded(record, errors, () -> registry.message(record).map(this::codec));
                    }
                }
            }
        }
        new StrayAnnotations(mirrors, errors).check(roundEnv, processingEnv.getElementUtils());
        return true;
    }

    private TypeSpec codec(MessageModel model) {
        return new CodecGenerator().generate(model);
    }

    private TypeSpec reader(MessageModel model) {
        return new ReaderGenerator().generate(model.messageType(), model.codecType(),
                GeneratedNames.readerOf(model.messageType()), model.isPublic(), model.reader(),
                !model.isStreamed() && model.runsToEnd());
    }

    private Optional<TypeSpec> protocolReaderIfAny(ProtocolModel model) {
        // a selected protocol is only ever a component: no frames of its own to read from a stream
        return model.selected() ? Optional.empty() : Optional.of(protocolReader(model));
    }

    private TypeSpec protocolReader(ProtocolModel model) {
        return new ReaderGenerator().generate(model.protocolType(), model.codecType(),
                GeneratedNames.readerOf(model.protocolType()), model.isPublic(), model.reader(),
                model.isStreamed() ? model.headerRunsToEnd() : model.runsToEnd());
    }

    private TypeSpec protocolCodec(ProtocolModel model) {
        return model.selected() ? new SelectedGenerator().generate(model) : new ProtocolGenerator().generate(model);
    }

    private TypeSpec enumCodes(EnumModel model) {
        return new EnumCodesGenerator().generate(model);
    }

    /** With {@code -Awireform.dissectors=true}: the Wireshark dissector and layout of a valid type. */
    private void dissector(TypeElement type, ErrorReporter errors, Mirrors mirrors, SchemaRegistry registry,
                           Supplier<Optional<?>> model) {
        Optional<LuaDissector.Port> port = Dissectors.port(type, mirrors, errors);
        if (port.isEmpty() || !Dissectors.enabled(processingEnv.getOptions())) {
            return;
        }
        guarded(type, errors, () -> {
            Optional<?> valid = model.get();
            if (valid.isPresent()) {
                try {
                    dissectors.write(type, valid.get(), port.get(),
                            new SchemaIndex(registry, processingEnv.getElementUtils()), processingEnv.getFiler());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return Optional.empty();
        });
    }

    /**
     * Runs one type's phases; writes its file if they produced one. A crash becomes an error on the
     * type, with the stack trace, instead of an anonymous failure of the whole build.
     */
    private void guarded(TypeElement type, ErrorReporter errors, Supplier<Optional<TypeSpec>> phases) {
        try {
            Optional<TypeSpec> spec = phases.get();
            if (spec.isPresent()) {
                String pkg = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
                TypeSpec withOrigin = spec.get().toBuilder().addOriginatingElement(type).build();
                JavaFile.builder(pkg, withOrigin).skipJavaLangImports(true).build().writeTo(processingEnv.getFiler());
            }
        } catch (IOException | RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            errors.error(type, Diag.PROCESSOR_BUG, type.getQualifiedName(), trace);
        }
    }
}
