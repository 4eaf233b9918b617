package test;

import io.wireform.annotations.Resync;
import io.wireform.runtime.FrameScan;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireException;
import io.wireform.runtime.explain.Trace;
import io.wireform.runtime.support.DecodeSays;
import io.wireform.runtime.support.Frames;
import io.wireform.runtime.support.Values;
import java.nio.ByteBuffer;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Encodes and decodes {@link Block}, telling its records apart by magic and end marker.
 */
@Generated("io.wireform.processor.WireformProcessor")
public final class BlockCodec implements WireCodec<Block> {
  /**
   * The codec; stateless and safe to share.
   */
  public static final BlockCodec INSTANCE = new BlockCodec();

  /**
   * What {@code select} returns while too few bytes are there to tell the variants apart.
   */
  private static final int NEED_MORE = -1;

  private static final int VARIANT_REALTIME = 0;

  private static final int VARIANT_EXTRA = 1;

  private static final int VARIANT_EXTRA_LONG = 2;

  private static final byte[] END_EXTRA = {(byte) 0xCC, (byte) 0xDD};

  private static final byte[] MAGIC_0 = {(byte) 0xFD, (byte) 0xAA};

  private static final byte[] MAGIC_1 = {(byte) 0xFD, (byte) 0xCC};

  private static final byte[] END_EXTRA_LONG = {(byte) 0xCC, (byte) 0xDD};

  private BlockCodec() {
  }

  @Override
  public void encode(Block message, ByteBuffer out) {
    Values.nonNull(message, "Block");
    if (message instanceof Block.Realtime variant) {
      Block_RealtimeCodec.INSTANCE.encode(variant, out);
      return;
    }
    if (message instanceof Block.Extra variant) {
      Block_ExtraCodec.INSTANCE.encode(variant, out);
      return;
    }
    if (message instanceof Block.ExtraLong variant) {
      int start = out.position();
      Block_ExtraLongCodec.INSTANCE.encode(variant, out);
      Values.endsAnother(out, start, 192, END_EXTRA, "Block.ExtraLong", "Extra");
      return;
    }
    throw new IllegalArgumentException("not a record of Block: " + message.getClass());
  }

  @Override
  public Block decode(ByteBuffer in, int limit) {
    int start = in.position();
    int variant = select(in, start, limit);
    if (variant == NEED_MORE) {
      throw Frames.beyond(in, start, start, limit + 1L, limit, "Block");
    }
    try {
      return switch (variant) {
        case VARIANT_REALTIME -> Block_RealtimeCodec.INSTANCE.decode(in, limit);
        case VARIANT_EXTRA -> Block_ExtraCodec.INSTANCE.decode(in, limit);
        case VARIANT_EXTRA_LONG -> Block_ExtraLongCodec.INSTANCE.decode(in, limit);
        default -> throw new AssertionError(variant);
      };
    } catch (WireException e) {
      in.position(start);
      throw e.under("Block", 0);
    }
  }

  @Override
  public Block decodeTraced(ByteBuffer in, int limit, Trace trace) {
    int start = in.position();
    int variant = select(in, start, limit);
    if (variant == NEED_MORE) {
      throw Frames.beyond(in, start, start, limit + 1L, limit, "Block");
    }
    try {
      return switch (variant) {
        case VARIANT_REALTIME -> Block_RealtimeCodec.INSTANCE.decodeTraced(in, limit, trace.under("Block"));
        case VARIANT_EXTRA -> Block_ExtraCodec.INSTANCE.decodeTraced(in, limit, trace.under("Block"));
        case VARIANT_EXTRA_LONG -> Block_ExtraLongCodec.INSTANCE.decodeTraced(in, limit, trace.under("Block"));
        default -> throw new AssertionError(variant);
      };
    } catch (WireException e) {
      in.position(start);
      throw e.under("Block", 0);
    }
  }

  @Override
  public int sizeOf(Block message) {
    Values.nonNull(message, "Block");
    if (message instanceof Block.Realtime variant) {
      return Values.sizeOf(Block_RealtimeCodec.INSTANCE, variant, "Block.Realtime");
    }
    if (message instanceof Block.Extra variant) {
      return Values.sizeOf(Block_ExtraCodec.INSTANCE, variant, "Block.Extra");
    }
    if (message instanceof Block.ExtraLong variant) {
      return Values.sizeOf(Block_ExtraLongCodec.INSTANCE, variant, "Block.ExtraLong");
    }
    throw new IllegalArgumentException("not a record of Block: " + message);
  }

  @Override
  public int frameLength(ByteBuffer in, int start, int limit) {
    return frameLength(in, start, limit, null);
  }

  @Override
  public int frameLength(ByteBuffer in, int start, int limit, FrameScan scan) {
    try {
      return measure(in, start, limit, scan);
    } catch (WireException e) {
      // the walk passes over values decode checks: decode's error for these bytes is the one
      return DecodeSays.frameLength(e, this, in, start, limit);
    }
  }

  /**
   * The walk of {@link #frameLength(ByteBuffer, int, int, FrameScan)}, for codecs that nest this one: the
   * errors it finds are its own, where {@code frameLength} asks decode of the whole frame.
   */
  public int measure(ByteBuffer in, int start, int limit, FrameScan scan) {
    int variant = select(in, start, limit);
    try {
      return switch (variant) {
        case VARIANT_REALTIME -> Block_RealtimeCodec.INSTANCE.frameLength(in, start, limit, scan);
        case VARIANT_EXTRA -> Block_ExtraCodec.INSTANCE.frameLength(in, start, limit, scan);
        case VARIANT_EXTRA_LONG -> Block_ExtraLongCodec.INSTANCE.frameLength(in, start, limit, scan);
        default -> Frames.needMore(start, limit + 1L);
      };
    } catch (WireException e) {
      throw e.under("Block", 0);
    }
  }

  /**
   * The variant of the record at {@code start}, or {@code NEED_MORE} until enough bytes are there to tell.
   */
  private static int select(ByteBuffer in, int start, int limit) {
    int magic0 = Frames.startsWith(in, start, limit, MAGIC_0);
    if (magic0 < 0) {
      return NEED_MORE;
    }
    if (magic0 > 0) {
      return VARIANT_REALTIME;
    }
    int magic1 = Frames.startsWith(in, start, limit, MAGIC_1);
    if (magic1 < 0) {
      return NEED_MORE;
    }
    if (magic1 > 0) {
      int end0 = Frames.startsWith(in, start + 192, limit, END_EXTRA);
      if (end0 < 0) {
        return NEED_MORE;
      }
      if (end0 > 0) {
        return VARIANT_EXTRA;
      }
      int end1 = Frames.startsWith(in, start + 194, limit, END_EXTRA_LONG);
      if (end1 < 0) {
        return NEED_MORE;
      }
      if (end1 > 0) {
        return VARIANT_EXTRA_LONG;
      }
      throw new WireDecodeException(in, start, start + 194, "Block.<end>", "an end marker closing a frame of 194 or 196 bytes", "none");
    }
    throw new WireDecodeException(in, start, start, "Block.<magic>", "one of fd aa, fd cc", "another");
  }

  @Override
  public List<byte[]> magics() {
    return List.of(MAGIC_0.clone(), MAGIC_1.clone());
  }

  @Override
  public int declaredMaxFrameLength() {
    return 1024;
  }

  @Override
  public Resync declaredResync() {
    return Resync.SCAN_TO_MAGIC;
  }
}
