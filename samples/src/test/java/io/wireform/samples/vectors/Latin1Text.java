package io.wireform.samples.vectors;

import io.wireform.annotations.Charset;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Message;

/** Struct vectors: '>4s' holding ISO-8859-1 text. */
@Message(endian = Endian.BIG)
record Latin1Text(@Charset("ISO-8859-1") @Fixed(4) String text) {}
