package test;

import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.WireReader;
import java.io.InputStream;
import java.nio.channels.ReadableByteChannel;
import javax.annotation.processing.Generated;

/**
 * Stream readers of {@link Block}: frames split across reads or glued together, garbage on the line handled as declared (SCAN_TO_MAGIC), frames over 1024 bytes refused before they are buffered.
 */
@Generated("io.wireform.processor.WireformProcessor")
public final class BlockReader {
  /**
   * The largest frame its readers accept, in bytes.
   */
  public static final int MAX_FRAME_LENGTH = 1024;

  private BlockReader() {
  }

  /**
   * A reader builder with this type's settings, to change or add to (framing, listeners).
   */
  public static FrameReader.Builder<Block> builder() {
    return FrameReader.builder(BlockCodec.INSTANCE);
  }

  /**
   * A push reader: feed it each chunk as it arrives.
   */
  public static FrameReader<Block> push() {
    return builder().build();
  }

  /**
   * A pull reader over a blocking stream, such as a socket's.
   */
  public static WireReader<Block> pull(InputStream in) {
    return WireReader.of(in, builder());
  }

  /**
   * A pull reader over a blocking channel.
   */
  public static WireReader<Block> pull(ReadableByteChannel in) {
    return WireReader.of(in, builder());
  }
}
