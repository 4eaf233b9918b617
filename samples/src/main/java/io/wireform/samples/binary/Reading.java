package io.wireform.samples.binary;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Layout;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt32;

/**
 * seeds/002: the PyMOTW binary client sends {@code struct.Struct('I 2s f').pack(1, b'ab', 2.7)},
 * native mode on x86-64: little-endian, C-aligned, so two zero bytes precede the float.
 * {@code (1, "ab", 2.7f) <-> 01000000 6162 0000 cdcc2c40}.
 */
@Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)
public record Reading(@UInt32 long id, @Fixed(2) byte[] code, float value) {}
