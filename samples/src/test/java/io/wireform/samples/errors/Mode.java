package io.wireform.samples.errors;

import io.wireform.annotations.Code;
import io.wireform.annotations.Fallback;
import io.wireform.annotations.WireEnum;

/** An enum whose unknown codes fall back to OTHER. */
@WireEnum
enum Mode { @Code(1) IDLE, @Code(2) BUSY, @Fallback OTHER }
