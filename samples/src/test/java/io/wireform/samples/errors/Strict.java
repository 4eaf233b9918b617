package io.wireform.samples.errors;

import io.wireform.annotations.Code;
import io.wireform.annotations.WireEnum;

/** An enum with no fallback: an unknown code is an error. */
@WireEnum
enum Strict { @Code(0x10) LOW, @Code(0x20) HIGH }
