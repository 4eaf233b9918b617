package io.wireform.kafka;

import io.wireform.runtime.WireCodec;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.utils.Utils;

/** Finds the codec that Kafka's configuration names, for serializers made by class name. */
final class Codecs {
    private Codecs() {}

    /** {@code codec}, or an error saying how to give one. */
    static <T> WireCodec<T> require(WireCodec<T> codec) {
        if (codec == null) {
            throw new IllegalStateException("no codec: construct with one, or configure "
                    + WireSerdes.VALUE_CODEC_CONFIG + " / " + WireSerdes.KEY_CODEC_CONFIG);
        }
        return codec;
    }

    /**
     * The codec under {@link WireSerdes#KEY_CODEC_CONFIG} or {@link WireSerdes#VALUE_CODEC_CONFIG}: a
     * generated codec's class or class name (its {@code INSTANCE} is taken), or a codec itself.
     */
    @SuppressWarnings("unchecked")
    static <T> WireCodec<T> fromConfig(Map<String, ?> configs, boolean isKey) {
        String name = isKey ? WireSerdes.KEY_CODEC_CONFIG : WireSerdes.VALUE_CODEC_CONFIG;
        Object value = configs.get(name);
        if (value == null) {
            throw new ConfigException(name + " is not set: give a generated codec's class name, e.g. "
                    + name + "=com.example.ReadingCodec, or construct the serializer with the codec");
        }
        if (value instanceof WireCodec<?> codec) {
            return (WireCodec<T>) codec;
        }
        Class<?> type;
        if (value instanceof Class<?> given) {
            type = given;
        } else if (value instanceof String className) {
            try {
                type = Utils.loadClass(className.trim(), Object.class);
            } catch (ClassNotFoundException e) {
                throw new ConfigException(name, value, "no such class on the class path");
            }
        } else {
            throw new ConfigException(name, value, "expected a codec, its class or its class name");
        }
        return (WireCodec<T>) instance(name, type);
    }

    private static WireCodec<?> instance(String name, Class<?> type) {
        try {
            Field field = type.getField("INSTANCE");
            if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof WireCodec<?> codec) {
                return codec;
            }
        } catch (NoSuchFieldException | IllegalAccessException e) {
            // reported below
        }
        throw new ConfigException(name, type.getName(),
                "not a generated codec: expected a class with a public static INSTANCE implementing WireCodec");
    }
}
