package io.wireform.conformance.schema;

import io.wireform.conformance.schema.Decls.EnumDecl;
import io.wireform.conformance.schema.Decls.Field;
import io.wireform.conformance.schema.Decls.ProtocolDecl;
import io.wireform.conformance.schema.Decls.RecordDecl;
import io.wireform.conformance.schema.Decls.TypeDecl;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random values of a compiled schema's types, valid by the documentation, built through reflection. */
public final class Values {
    final Random random;
    private final ClassLoader loader;
    private final String pkg;

    public Values(Random random, ClassLoader loader, String pkg) {
        this.random = random;
        this.loader = loader;
        this.pkg = pkg;
    }

    /** A value of the type: a record, or a variant of a protocol. */
    public Object value(TypeDecl decl, int size) {
        if (decl instanceof ProtocolDecl p) {
            return record(p.variants.get(random.nextInt(p.variants.size())), size);
        }
        return record((RecordDecl) decl, size);
    }

    Object record(RecordDecl r, int size) {
        return record(r, size, Map.of());
    }

    /** A record whose components named in {@code given} hold those values (sizes of the record nesting it). */
    private Object record(RecordDecl r, int size, Map<String, Object> given) {
        Map<String, Object> values = new HashMap<>();
        for (int attempt = 0; ; attempt++) {
            values.clear();
            int scale = attempt == 0 ? size : 0;
            for (Field f : r.fields) {
                if (given.containsKey(f.name)) {
                    values.put(f.name, given.get(f.name));
                    continue;
                }
                if (f.sizes != null && !r.fields.contains(f.sizes)) {
                    values.put(f.name, f.kind.value(this, scale)); // sizes a component of a record nesting this one
                    continue;
                }
                if (f.sizes != null || f.selects != null || !f.pathSizes.isEmpty()
                        || r.fields.stream().anyMatch(x -> x.lengthChoice != null && x.lengthChoice[1] == f)) {
                    continue; // set from the component it sizes or chooses, below
                }
                Object v;
                if (f.kind instanceof Kind.Opt o) {
                    v = o.value(this, scale, o.condition.holds(valueAt(values, o.condition.field())));
                } else {
                    v = f.kind.value(this, scale);
                    for (int i = 0; f.notTags != null && f.notTags.contains(((Number) v).longValue())
                            || f.refusedAbove != null && ((Number) v).longValue() > f.refusedAbove; i++) {
                        if (i > 200) {
                            throw new IllegalStateException("no value left for " + r.name + "." + f.name);
                        }
                        v = f.kind.value(this, scale);
                    }
                }
                values.put(f.name, v);
            }
            for (Field f : r.fields) {
                if (f.lengthChoice != null) {
                    // the length is the selector's value, or the length the record it chooses holds
                    long n = sizeOf(f, values.get(f.name));
                    Field selector = f.lengthChoice[0];
                    Kind.Selected selected = (Kind.Selected) f.lengthChoice[1].kind;
                    long value = n <= f.lengthSplit ? n : f.lengthSplit + 1 + random.nextInt((int) (255 - f.lengthSplit));
                    values.put(selector.name, ((Kind.Int) selector.kind).box(value));
                    RecordDecl chosen = selected.decl.variants.get(n <= f.lengthSplit ? 0 : 1); // see SchemaGenerator.lengthChoice
                    values.put(f.lengthChoice[1].name, record(chosen, 0,
                            n <= f.lengthSplit ? Map.of() : Map.of("length", ((Kind.Int) chosen.fields.get(0).kind).box(n))));
                }
            }
            for (Field f : r.fields) {
                if (f.selects != null && r.fields.contains(f.selects)
                        && !r.fields.stream().anyMatch(x -> x.lengthChoice != null && x.lengthChoice[0] == f)) {
                    Kind.Selected selected = (Kind.Selected) f.selects.kind;
                    RecordDecl chosen = variantOf(selected.decl, values.get(f.selects.name));
                    values.put(f.name, Selectors.valueChoosing(f.kind, chosen, this));
                }
            }
            for (Field f : r.fields) {
                if (f.sizes != null && r.fields.contains(f.sizes) && !given.containsKey(f.name) && f.sizes.lengthChoice == null) {
                    values.put(f.name, ((Kind.Int) f.kind).box(sizeOf(f.sizes, values.get(f.sizes.name))));
                }
            }
            for (Field f : r.fields) {
                if (!f.pathSizes.isEmpty()) {
                    // a nested record holding sizes of later components: made once those are
                    Map<String, Object> sizes = new HashMap<>();
                    for (Field inner : f.pathSizes) {
                        if (inner.selects != null) {
                            // chooses a later component of this record: its value chooses the record drawn there
                            Kind.Selected selected = (Kind.Selected) inner.selects.kind;
                            RecordDecl chosen = variantOf(selected.decl, values.get(inner.selects.name));
                            sizes.put(inner.name, Selectors.valueChoosing(inner.kind, chosen, this));
                        } else {
                            sizes.put(inner.name, ((Kind.Int) inner.kind).box(sizeOf(inner.sizes,
                                    values.get(inner.sizes.name))));
                        }
                    }
                    values.put(f.name, record((RecordDecl) ((Kind.Nested) f.kind).decl, scale, sizes));
                }
            }
            if (fitsLengths(r, values) || attempt > 3) {
                break;
            }
        }
        Object[] args = new Object[r.fields.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = values.get(r.fields.get(i).name);
        }
        return construct(load(r), args);
    }

    /** The value a name or a path into earlier nested records ({@code head.flags}) gives. */
    private static Object valueAt(Map<String, Object> values, String path) {
        String[] steps = path.split("\\.");
        Object value = values.get(steps[0]);
        for (int i = 1; i < steps.length; i++) {
            try {
                java.lang.reflect.Method accessor = null;
                for (java.lang.reflect.RecordComponent c : value.getClass().getRecordComponents()) {
                    if (c.getName().equals(steps[i])) {
                        accessor = c.getAccessor();
                    }
                }
                accessor.setAccessible(true);
                value = accessor.invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + path, e);
            }
        }
        return value;
    }

    /** Bytes or elements of a sized value. */
    private static long sizeOf(Field sized, Object value) {
        return value instanceof List<?> l ? l.size()
                : value instanceof String s ? ((Kind.Bytes) sized.kind).encoded(s).length
                : ((byte[]) value).length;
    }

    /** Whether each @Length region's bytes fit its width, counting upper bounds; the protocol's too. */
    private boolean fitsLengths(RecordDecl r, Map<String, Object> values) {
        Decls.LengthSpec own = r.protocol == null ? null : r.protocol.length;
        if (own != null) {
            long bytes = r.overhead + (own.includeSelf() ? own.selfBytes() : 0) + Math.max(0, own.adjust());
            for (Field f : r.fields) {
                bytes += f.kind.maxBytes(values.get(f.name), this) + f.overhead + f.groupBytes;
            }
            if (bytes > own.max()) {
                return false;
            }
        }
        for (int i = 0; i < r.fields.size(); i++) {
            Decls.LengthSpec length = r.fields.get(i).length;
            if (length == null) {
                continue;
            }
            int last = length.through() == null ? r.fields.size() - 1 : indexOf(r, length.through());
            long bytes = 0;
            for (int j = i; j <= last; j++) {
                Field f = r.fields.get(j);
                bytes += f.kind.maxBytes(values.get(f.name), this) + f.overhead + f.groupBytes;
            }
            if (length.includeSelf()) {
                bytes += length.selfBytes();
            }
            if (bytes + Math.max(0, length.adjust()) > length.max()) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(RecordDecl r, String name) {
        for (int i = 0; i < r.fields.size(); i++) {
            if (r.fields.get(i).name.equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** Most bytes a value of the type takes. */
    long maxBytes(TypeDecl decl, Object value) {
        RecordDecl r = decl instanceof ProtocolDecl p ? variantOf(p, value) : (RecordDecl) decl;
        long total = r.overhead + (decl instanceof ProtocolDecl ? 20 : 0);
        RecordComponent[] components = value.getClass().getRecordComponents();
        for (int i = 0; i < r.fields.size(); i++) {
            Field f = r.fields.get(i);
            total += f.kind.maxBytes(get(components[i], value), this) + f.overhead + f.groupBytes;
        }
        return total;
    }

    static RecordDecl variantOf(ProtocolDecl p, Object value) {
        for (RecordDecl v : p.variants) {
            if (value.getClass().getName().endsWith("." + v.binaryName())) {
                return v;
            }
        }
        throw new IllegalArgumentException(value.getClass().getName());
    }

    /** What decode gives back for a value of the type: the same, with fixed byte arrays padded. */
    static Object expected(TypeDecl decl, Object value) {
        RecordDecl r = decl instanceof ProtocolDecl p ? variantOf(p, value) : (RecordDecl) decl;
        RecordComponent[] components = value.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = r.fields.get(i).kind.expected(get(components[i], value));
        }
        return construct(value.getClass(), args);
    }

    static Object get(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object construct(Class<?> type, Object[] args) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    Class<?> load(TypeDecl decl) {
        try {
            return Class.forName(pkg + "." + decl.binaryName(), true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    Object constant(EnumDecl decl, String name) {
        for (Object constant : load(decl).getEnumConstants()) {
            if (((java.lang.Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(name);
    }

    // ---------------------------------------------------------------------------------- primitives

    /** A number in [min, max], often an edge. */
    long between(long min, long max) {
        int pick = random.nextInt(12);
        switch (pick) {
            case 0: return min;
            case 1: return max;
            case 2: return min <= 0 && max >= 0 ? 0 : min;
            case 3: return min < max ? min + 1 : min;
            case 4: return min < max ? max - 1 : max;
            default: break;
        }
        if (max - min < 0 || max - min == Long.MAX_VALUE) {
            // the range spans more than a long: any long in it
            long v = random.nextLong();
            return v < min ? min : v > max ? max : v;
        }
        if (pick < 8) {
            long small = random.nextInt(300) - 150;
            return Math.max(min, Math.min(max, small));
        }
        return min + (long) (random.nextDouble() * (max - min + 1.0));
    }

    /** A length in [0, limit], mostly small. */
    long length(long limit) {
        if (limit <= 0) {
            return 0;
        }
        int pick = random.nextInt(10);
        if (pick == 0) {
            return 0;
        }
        if (pick == 1) {
            return Math.min(limit, 64);
        }
        return random.nextInt((int) Math.min(limit, 40) + 1);
    }

    /** Random bytes, often made of the bytes a field treats specially (its delimiter, pad, markers). */
    byte[] bytes(int length, Kind.Bytes kind) {
        byte[] special = null;
        if (kind != null && kind.extent instanceof Extent.Terminated t) {
            special = t.delimiter();
        } else if (kind != null && kind.extent instanceof Extent.Fixed f) {
            special = new byte[] {(byte) f.pad()};
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (out.size() < length) {
            if (special != null && random.nextInt(4) == 0) {
                int n = 1 + random.nextInt(special.length);
                out.write(special, random.nextInt(special.length - n + 1), n);
            } else {
                out.write(random.nextInt(5) == 0 ? 0 : random.nextInt(256));
            }
        }
        return java.util.Arrays.copyOf(out.toByteArray(), length);
    }

    /** The encoded bytes of a well-formed text of at most {@code length} bytes (exactly, when asked and possible). */
    byte[] text(Charset charset, int length, boolean exact) {
        CharsetEncoder encoder = charset.newEncoder();
        StringBuilder text = new StringBuilder();
        String name = charset.name();
        int budget = name.startsWith("UTF-16") && !name.equals("UTF-16") ? length : name.equals("UTF-16")
                ? Math.max(0, length - 2) : length;
        int used = 0;
        while (true) {
            int cp = codePoint(name);
            String s = new String(Character.toChars(cp));
            if (!encoder.canEncode(s)) {
                continue;
            }
            int bytes = s.getBytes(charset).length - (name.equals("UTF-16") ? 2 : 0);
            if (used + bytes > budget) {
                if (!exact || used == budget) {
                    break;
                }
                if (name.startsWith("UTF-16") || budget - used <= 0) {
                    break;
                }
                cp = 'a' + random.nextInt(26);
                s = String.valueOf((char) cp);
                bytes = 1;
            }
            text.append(s);
            used += bytes;
            if (!exact && random.nextInt(Math.max(2, length / 2 + 2)) == 0) {
                break;
            }
        }
        return text.toString().getBytes(charset);
    }

    private int codePoint(String charset) {
        int pick = random.nextInt(10);
        if (charset.equals("US-ASCII")) {
            return pick == 0 ? random.nextInt(32) : 32 + random.nextInt(95);
        }
        if (charset.equals("ISO-8859-1")) {
            return pick < 3 ? random.nextInt(256) : 32 + random.nextInt(95);
        }
        return switch (pick) {
            case 0 -> random.nextInt(32);
            case 1 -> 0x80 + random.nextInt(0x780);
            case 2 -> 0x800 + random.nextInt(0xD000 - 0x800);
            case 3 -> 0x10000 + random.nextInt(0x100000);
            case 4 -> 0xE000 + random.nextInt(0x2000);
            default -> 32 + random.nextInt(95);
        };
    }

    static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(s.length() == 0 ? "" : " ").append(HexFormat.of().withUpperCase().toHexDigits(b));
        }
        return s.toString();
    }

    static int indexOf(byte[] bytes, byte[] pattern, int from) {
        outer:
        for (int i = from; i + pattern.length <= bytes.length; i++) {
            for (int k = 0; k < pattern.length; k++) {
                if (bytes[i + k] != pattern[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Every component of the record value, for walking a value tree. */
    static List<Object> components(Object record) {
        List<Object> all = new ArrayList<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            all.add(get(c, record));
        }
        return all;
    }
}
