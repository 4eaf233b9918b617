package io.wireform.benchmarks.model;

import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Width;

/**
 * A large frame whose own layout says its length (a 4-byte count before the bytes), held in memory:
 * the linearity benchmark's schema-framed case. 16 MiB of content plus the prefix is over the
 * default 16 MiB frame limit, so the limit is raised here for the generated reader's preset.
 */
@Message(maxFrameLength = 16 * 1024 * 1024 + 64)
public record LargeBytes(@Prefixed(Width.UINT32) byte[] content) {}
