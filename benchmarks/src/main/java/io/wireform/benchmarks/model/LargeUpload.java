package io.wireform.benchmarks.model;

import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Width;
import io.wireform.runtime.Payload;

/**
 * A large frame whose content is a streamed {@link Payload}: readers buffer only the 8-byte header
 * and pass the content on as it arrives, so no frame size limit applies to it.
 */
@Message
public record LargeUpload(int fileId, @Prefixed(Width.UINT32) Payload content) {}
