package io.wireform.samples.errors;

import io.wireform.annotations.Magic;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt8;

/** A nested message with a marker and a checked value. */
@Magic("AB")
@Message
record Inner(@UInt8 short level) {}
