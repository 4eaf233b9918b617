#!/usr/bin/env python3
"""Byte-exact test vectors for Wireform, produced by CPython's struct module.

Regenerate the checked-in file from the repository root with:

    python3 samples/src/test/python/struct_vectors.py > samples/src/test/resources/struct-vectors.txt

StructVectorsTest runs this script and fails if its output differs from the checked-in file.
Standard library only; the output is deterministic (fixed values, no randomness, no timestamps)
and pure ASCII.

Every vector becomes one line:

    name|format|values|hex

`values` is repr() of the value tuple, for people (nan and inf are not Python literals). `format`
is a struct format, or, for what one struct call cannot express, a small notation of this script,
evaluated by pack() below:

  * `A + B`: parts packed independently and concatenated; the values are consumed in order.
    Used for per-field byte order (@Order), which struct cannot mix within one format.
  * `int.to_bytes(N,'big',signed=True)`: struct has no codes for 3-, 5-, 6- or 7-byte integers
    (@Int(3), @UInt(3), ...), so those are built with int.to_bytes, which also raises
    OverflowError for out-of-range values, as struct does.
  * `{fmt}` inside a struct format: a nested message. It is packed on its own with fmt (aligned
    counted from its own start) and put in the outer struct as an opaque `Ns` field, i.e. at the
    next free offset with no alignment of its own; its value is a tuple. Where C aligns a nested
    struct (native formats), the vector writes the alignment bytes before it as `x`.

The native formats ('@', or no prefix) are those of CPython on x86-64 (and any little-endian
64-bit machine with the usual C ABI): little-endian, b/B/?/s 1 byte, h/H 2, i/I/f 4, q/Q/d 8,
each number aligned to its own size, and no padding after the last field. The script refuses to
run on a machine where that is not so, rather than emit different bytes.
"""

import re
import struct
import sys

INT_PART = re.compile(r"int\.to_bytes\(([1-8]),'(big|little)',signed=(True|False)\)")
NESTED = re.compile(r"\{([^{}]*)\}")

NATIVE_EXPECTED = {"@bhiq": 16, "@BHIQ": 16, "@?i": 8, "@fd": 16, "@qb": 9, "@bxi": 8, "@I2sf": 12}

F32_MIN_SUBNORMAL = float.fromhex("0x1p-149")
F32_MAX_SUBNORMAL = float.fromhex("0x0.fffffep-126")
F32_MIN_NORMAL = float.fromhex("0x1p-126")
F32_MAX = float.fromhex("0x1.fffffep+127")
F64_MIN_SUBNORMAL = float.fromhex("0x0.0000000000001p-1022")
F64_MAX_SUBNORMAL = float.fromhex("0x0.fffffffffffffp-1022")
F64_MIN_NORMAL = float.fromhex("0x1p-1022")
F64_MAX = float.fromhex("0x1.fffffffffffffp+1023")
INF = float("inf")
NAN = float("nan")


def item_count(fmt):
    """Number of values a struct format consumes."""
    return len(struct.unpack(fmt, bytes(struct.calcsize(fmt))))


def size(fmt):
    """Bytes that fmt (in this script's notation) packs to."""
    total = 0
    for part in fmt.split(" + "):
        int_part = INT_PART.fullmatch(part)
        if int_part:
            total += int(int_part.group(1))
        else:
            total += struct.calcsize(NESTED.sub(lambda m: "%ds" % size(m.group(1)), part))
    return total


def pack_struct(fmt, values):
    """Packs one struct format whose {inner} groups are nested messages (tuple values)."""
    inners = iter(NESTED.findall(fmt))
    flat = NESTED.sub(lambda m: "%ds" % size(m.group(1)), fmt)
    args = [pack(next(inners), value) if isinstance(value, tuple) else value for value in values]
    if next(inners, None) is not None:
        raise ValueError("a nested group of %r has no tuple value" % fmt)
    return struct.pack(flat, *args)


def part_count(part):
    if INT_PART.fullmatch(part):
        return 1
    return item_count(NESTED.sub("0s", part))


def pack(fmt, values):
    """Packs values with fmt in this script's notation (see the module docstring)."""
    values = list(values)
    out = b""
    for part in fmt.split(" + "):
        count = part_count(part)
        taken, values = values[:count], values[count:]
        if len(taken) != count:
            raise ValueError("too few values for %r" % fmt)
        int_part = INT_PART.fullmatch(part)
        if int_part:
            width, order, signed = int(int_part.group(1)), int_part.group(2), int_part.group(3) == "True"
            out += taken[0].to_bytes(width, order, signed=signed)
        else:
            out += pack_struct(part, taken)
    if values:
        raise ValueError("too many values for %r" % fmt)
    return out


def i3(signed, order="big"):
    return "int.to_bytes(3,'%s',signed=%s)" % (order, signed)


def odd_format(order):
    # 3-, 5-, 6- and 7-byte integers: struct has no codes for them, so int.to_bytes builds them.
    parts = []
    for width in (3, 5, 6, 7):
        parts.append("int.to_bytes(%d,'%s',signed=True)" % (width, order))
        parts.append("int.to_bytes(%d,'%s',signed=False)" % (width, order))
    return " + ".join(parts)


SIGNED_MIN = (-128, -32768, -2147483648, -9223372036854775808)
SIGNED_MAX = (127, 32767, 2147483647, 9223372036854775807)
SIGNED_MINUS_ONE = (-1, -1, -1, -1)
SIGNED_ZERO = (0, 0, 0, 0)
SIGNED_PATTERN = (0x12, 0x1234, 0x12345678, 0x123456789ABCDEF0)

UNSIGNED_ZERO = (0, 0, 0, 0)
UNSIGNED_MAX = (255, 65535, 4294967295, 18446744073709551615)
UNSIGNED_HIGH_BIT = (128, 32768, 2147483648, 9223372036854775808)
UNSIGNED_BELOW_HIGH_BIT = (127, 32767, 2147483647, 9223372036854775807)
UNSIGNED_PATTERN = (0xFE, 0xFEDC, 0xFEDCBA98, 0xFEDCBA9876543210)

ODD_MIN = (-(1 << 23), 0, -(1 << 39), 0, -(1 << 47), 0, -(1 << 55), 0)
ODD_MAX = ((1 << 23) - 1, (1 << 24) - 1, (1 << 39) - 1, (1 << 40) - 1,
           (1 << 47) - 1, (1 << 48) - 1, (1 << 55) - 1, (1 << 56) - 1)
ODD_MINUS_ONE = (-1, 1, -1, 1, -1, 1, -1, 1)
ODD_ZERO = (0, 0, 0, 0, 0, 0, 0, 0)
ODD_PATTERN = (0x123456, 0xFEDCBA, 0x123456789A, 0xFEDCBA9876,
               0x123456789ABC, 0xFEDCBA987654, 0x123456789ABCDE, 0xFEDCBA98765432)

WIDENED_MIN = (-128, -32768, -2147483648, -9223372036854775808, 0, 0, 0, 0)
WIDENED_MAX = (127, 32767, 2147483647, 9223372036854775807, 255, 65535, 4294967295, 255)

# (name, format, values). Names are unique; StructVectorsTest has one Java case per name.
VECTORS = [
    # --- signed integers b h i q: big ('>'), network ('!'), little ('<'), native ('@') ---
    ("big_signed_min", ">bhiq", SIGNED_MIN),
    ("big_signed_max", ">bhiq", SIGNED_MAX),
    ("big_signed_minus_one", ">bhiq", SIGNED_MINUS_ONE),
    ("big_signed_zero", ">bhiq", SIGNED_ZERO),
    ("big_signed_pattern", ">bhiq", SIGNED_PATTERN),
    ("network_signed_min", "!bhiq", SIGNED_MIN),
    ("network_signed_pattern", "!bhiq", SIGNED_PATTERN),
    ("little_signed_min", "<bhiq", SIGNED_MIN),
    ("little_signed_max", "<bhiq", SIGNED_MAX),
    ("little_signed_minus_one", "<bhiq", SIGNED_MINUS_ONE),
    ("little_signed_zero", "<bhiq", SIGNED_ZERO),
    ("little_signed_pattern", "<bhiq", SIGNED_PATTERN),
    ("native_signed_min", "@bhiq", SIGNED_MIN),
    ("native_signed_max", "@bhiq", SIGNED_MAX),
    ("native_signed_pattern", "@bhiq", SIGNED_PATTERN),

    # --- unsigned integers B H I Q (8-byte unsigned is a raw 64-bit long in Java) ---
    ("big_unsigned_zero", ">BHIQ", UNSIGNED_ZERO),
    ("big_unsigned_max", ">BHIQ", UNSIGNED_MAX),
    ("big_unsigned_high_bit", ">BHIQ", UNSIGNED_HIGH_BIT),
    ("big_unsigned_below_high_bit", ">BHIQ", UNSIGNED_BELOW_HIGH_BIT),
    ("big_unsigned_pattern", ">BHIQ", UNSIGNED_PATTERN),
    ("network_unsigned_max", "!BHIQ", UNSIGNED_MAX),
    ("little_unsigned_zero", "<BHIQ", UNSIGNED_ZERO),
    ("little_unsigned_max", "<BHIQ", UNSIGNED_MAX),
    ("little_unsigned_high_bit", "<BHIQ", UNSIGNED_HIGH_BIT),
    ("little_unsigned_pattern", "<BHIQ", UNSIGNED_PATTERN),
    ("native_unsigned_max", "@BHIQ", UNSIGNED_MAX),
    ("native_unsigned_pattern", "@BHIQ", UNSIGNED_PATTERN),

    # --- standard widths in wider Java carriers: @Int(1) short, @Int(2) int, @Int(4) long,
    #     @Int(8) long, @UInt(1) int, @UInt(2) long, @UInt(4) long, @UInt8 int ---
    ("widened_big_min", ">bhiqBHIB", WIDENED_MIN),
    ("widened_big_max", ">bhiqBHIB", WIDENED_MAX),
    ("widened_little_min", "<bhiqBHIB", WIDENED_MIN),
    ("widened_little_max", "<bhiqBHIB", WIDENED_MAX),

    # --- odd widths 3, 5, 6, 7 bytes, signed and unsigned: int.to_bytes, not struct ---
    ("odd_big_min", odd_format("big"), ODD_MIN),
    ("odd_big_max", odd_format("big"), ODD_MAX),
    ("odd_big_minus_one", odd_format("big"), ODD_MINUS_ONE),
    ("odd_big_zero", odd_format("big"), ODD_ZERO),
    ("odd_big_pattern", odd_format("big"), ODD_PATTERN),
    ("odd_little_min", odd_format("little"), ODD_MIN),
    ("odd_little_max", odd_format("little"), ODD_MAX),
    ("odd_little_minus_one", odd_format("little"), ODD_MINUS_ONE),
    ("odd_little_pattern", odd_format("little"), ODD_PATTERN),
    ("int24_big_mixed", ">b + " + i3(True) + " + " + i3(False) + " + >H", (-2, -2, 65536, 0xBEEF)),

    # --- float (f) and double (d) ---
    ("big_float_zero", ">fd", (0.0, 0.0)),
    ("big_float_negative_zero", ">fd", (-0.0, -0.0)),
    ("big_float_simple", ">fd", (1.0, -2.5)),
    ("big_float_inf", ">fd", (INF, INF)),
    ("big_float_negative_inf", ">fd", (-INF, -INF)),
    ("big_float_nan", ">fd", (NAN, NAN)),
    ("big_float_min_subnormal", ">fd", (F32_MIN_SUBNORMAL, F64_MIN_SUBNORMAL)),
    ("big_float_max_subnormal", ">fd", (F32_MAX_SUBNORMAL, F64_MAX_SUBNORMAL)),
    ("big_float_min_normal", ">fd", (F32_MIN_NORMAL, F64_MIN_NORMAL)),
    ("big_float_max", ">fd", (F32_MAX, F64_MAX)),
    ("big_float_lowest", ">fd", (-F32_MAX, -F64_MAX)),
    # 2.7, 0.1 and 1/3 are not exact in binary: 'f' rounds the double to the nearest float
    ("big_float_lossy", ">fd", (2.7, 2.7)),
    ("big_float_tenth", ">fd", (0.1, 0.1)),
    ("big_float_third", ">fd", (1 / 3, 1 / 3)),
    ("big_float_negative", ">fd", (-2.7, -1e300)),
    ("little_float_zero", "<fd", (0.0, 0.0)),
    ("little_float_negative_zero", "<fd", (-0.0, -0.0)),
    ("little_float_inf", "<fd", (INF, -INF)),
    ("little_float_nan", "<fd", (NAN, NAN)),
    ("little_float_min_subnormal", "<fd", (F32_MIN_SUBNORMAL, F64_MIN_SUBNORMAL)),
    ("little_float_max", "<fd", (F32_MAX, F64_MAX)),
    ("little_float_lossy", "<fd", (2.7, 0.1)),
    ("native_float_lossy", "@fd", (2.7, 2.7)),
    ("native_float_negative_zero", "@fd", (-0.0, -0.0)),

    # --- bool (?) ---
    ("bool_true_false", ">??", (True, False)),
    ("bool_false_true", ">??", (False, True)),
    ("bool_little_mix", "<?H?", (True, 0x1234, False)),
    ("native_bool_int", "@?i", (True, -2)),
    ("native_byte_bool_short", "@b?h", (-1, True, 0x0102)),

    # --- fixed byte strings (Ns): a shorter value is padded with NUL, decoding keeps the NULs ---
    ("fixed_full", ">4s", (b"abcd",)),
    ("fixed_short_padded", ">4s", (b"ab",)),
    ("fixed_empty", ">4s", (b"",)),
    ("fixed_binary", ">4s", (b"\x00\xff\x80\x7f",)),
    ("fixed_mix_big", ">H4si", (4, b"WFRM", -2)),
    ("fixed_mix_big_short", ">H4si", (2, b"ok", 7)),
    ("fixed_mix_little", "<H4si", (4, b"WFRM", -2)),
    ("native_fixed", "@b4sq", (1, b"abc", -1)),
    # @Fixed String: text is measured in encoded bytes; decoding drops the trailing NULs
    ("text_ascii", ">6s", (b"hello",)),
    ("text_utf8", ">6s", ("h\u00e9".encode("utf-8"),)),
    ("text_full", ">6s", (b"wirefo",)),
    ("text_empty", ">6s", (b"",)),
    ("text_latin1", ">4s", ("\u00e9t\u00e9".encode("latin-1"),)),

    # --- the seed: struct.Struct('I 2s f') with (1, b'ab', 2.7), and its '<' and '!' variants ---
    ("native_isf_seed", "I 2s f", (1, b"ab", 2.7)),
    ("native_isf_max", "I 2s f", (4294967295, b"\xff\xff", -INF)),
    ("little_isf_seed", "<I 2s f", (1, b"ab", 2.7)),
    ("network_isf_seed", "!I 2s f", (1, b"ab", 2.7)),
    ("big_isf_seed", ">I 2s f", (1, b"ab", 2.7)),

    # --- padding (x): written as zero, skipped on decode ---
    ("padded_big", ">b3xi", (1, 258)),
    ("padded_big_negative", ">b3xi", (-1, -1)),
    ("padded_little", "<b3xi", (1, 258)),
    ("padded_edges", ">2xhx", (0x1234,)),
    ("native_padded", "@b3xi", (1, 258)),
    ("native_pad_after", "@bxi", (1, 258)),
    # a record's own trailing pad bytes (@Padding(n) on the record), with and without components
    ("pad_only", ">2x", ()),
    ("native_trailing_pad", "@bix", (1, 258)),

    # --- native aligned ('@'): each number aligned to its size, no trailing padding ---
    ("native_bi", "bi", (1, 2)),
    ("native_bi_min", "bi", (-128, -2147483648)),
    ("native_hq", "hq", (0x0102, 0x0102030405060708)),
    ("native_bd", "bd", (1, 2.7)),
    ("native_bd_negative_zero", "bd", (-1, -0.0)),
    ("native_qb", "qb", (-2, 3)),
    ("native_byte_u64", "BQ", (255, 18446744073709551615)),

    # --- per-field byte order (@Order): struct cannot mix orders in one format ---
    ("mixed_order_big", ">H + <Hif + >q", (0x1234, 0x1234, 0x12345678, 2.7, 0x0102030405060708)),
    ("mixed_order_little", ">I + <h + >d", (0xCAFEBABE, -2, 2.7)),

    # --- @WireEnum codes: unsigned, 1, 2, 3 and 4 bytes ---
    ("enums_big_low", ">BHI", (1, 1, 0)),
    ("enums_big_mid", ">BHI", (0, 0x1234, 0x12345678)),
    ("enums_big_max", ">BHI", (255, 65535, 4294967295)),
    ("enums_little_mid", "<BHI", (0, 0x1234, 0x12345678)),
    ("enums_little_max", "<BHI", (255, 65535, 4294967295)),
    ("enums_native_mid", "@BHI", (1, 0x1234, 0x12345678)),
    ("enum3_big", i3(False) + " + >B", (0x010203, 255)),
    ("enum3_big_max", i3(False) + " + >B", (0xFFFFFF, 0)),

    # --- nested messages ---
    ("inner_big", ">Hb", (0x1234, -1)),
    ("outer_big", ">b{>Hb}h", (1, (0x1234, -1), -2)),
    ("inner_little", "<Hi", (0x1234, -2)),
    ("outer_mixed", ">b{<Hi}H", (1, (0x1234, -2), 0xABCD)),
    ("inner_native", "@bi", (1, 2)),
    # C aligns a nested struct as its strictest member (here 4): struct has no nested structs, so the
    # alignment bytes before it are written out ('3x')
    ("outer_native", "@b3x{@bi}i", (7, (1, 2), 3)),
    # --- native arrays ('@'): a @Count list is a C array, aligned as its elements ---
    ("native_b3h", "@b3h", (1, 1, -2, 3)),
    ("native_b2d", "@b2d", (1, 2.5, -0.5)),
    ("native_b2s2i", "@b2s2i", (1, b"ab", 7, -8)),
]

HEADER = """\
# Wireform struct conformance vectors, generated by CPython's struct module. Do not edit by hand.
# Regenerate: python3 samples/src/test/python/struct_vectors.py > samples/src/test/resources/struct-vectors.txt
# Format: name|format|python-repr-of-values|hex
# format is a struct format, or the notation of struct_vectors.py: 'A + B' concatenates parts packed
# independently (per-field byte order); int.to_bytes(N,...) is an N-byte integer struct cannot express
# (3, 5, 6, 7 bytes); {fmt} is a nested message packed on its own and placed like an opaque Ns field.
# Native ('@' or no prefix) is CPython on x86-64: little-endian, numbers aligned to their size."""


def check_platform():
    if sys.byteorder != "little":
        return "byte order is %s, the native vectors assume little" % sys.byteorder
    for fmt, size in sorted(NATIVE_EXPECTED.items()):
        if struct.calcsize(fmt) != size:
            return "struct.calcsize(%r) is %d, the native vectors assume %d" % (fmt, struct.calcsize(fmt), size)
    return None


def self_check():
    seed = struct.Struct("I 2s f").pack(1, b"ab", 2.7).hex()
    assert seed == "0100000061620000cdcc2c40", seed
    assert struct.pack("<I 2s f", 1, b"ab", 2.7).hex() == "010000006162cdcc2c40"
    assert struct.pack("!I 2s f", 1, b"ab", 2.7).hex() == "000000016162402ccccd"
    # int.to_bytes agrees with struct where both exist
    for v in (-(1 << 31), -1, 0, 1, (1 << 31) - 1):
        assert v.to_bytes(4, "big", signed=True) == struct.pack(">i", v)
        assert v.to_bytes(4, "little", signed=True) == struct.pack("<i", v)
    # a 3-byte int is a 4-byte one without its sign-extension byte
    for v in ODD_MIN[:1] + ODD_MAX[:1] + (-1, 0, 0x123456):
        assert v.to_bytes(3, "big", signed=True) == struct.pack(">i", v)[1:]
    names = [name for name, _, _ in VECTORS]
    assert len(names) == len(set(names)), "duplicate vector names"
    for name, fmt, values in VECTORS:
        assert re.fullmatch(r"[a-z0-9_]+", name), name
        assert "|" not in fmt and "|" not in repr(values), name
        assert len(pack(fmt, values)) == size(fmt), name


def main():
    problem = check_platform()
    if problem:
        sys.stderr.write("struct_vectors.py: unsupported platform: %s\n" % problem)
        return 3
    self_check()
    lines = [HEADER]
    for name, fmt, values in VECTORS:
        lines.append("%s|%s|%r|%s" % (name, fmt, values, pack(fmt, values).hex()))
    text = "\n".join(lines) + "\n"
    text.encode("ascii")  # the file stays ASCII
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
