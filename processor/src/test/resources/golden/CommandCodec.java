package test;

import io.wireform.runtime.FrameScan;
import io.wireform.runtime.UnknownTagException;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireException;
import io.wireform.runtime.explain.Trace;
import io.wireform.runtime.support.Bytes;
import io.wireform.runtime.support.DecodeSays;
import io.wireform.runtime.support.Frames;
import io.wireform.runtime.support.Values;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import javax.annotation.processing.Generated;

/**
 * Encodes and decodes {@link Command}: a UINT16 tag, then the record.
 *
 * <pre>
 * tag         record
 * 0x4c        Start
 * 0x43        Stop
 * </pre>
 */
@Generated("io.wireform.processor.WireformProcessor")
public final class CommandCodec implements WireCodec<Command> {
  /**
   * The codec; stateless and safe to share.
   */
  public static final CommandCodec INSTANCE = new CommandCodec();

  private static final int VARIANT_START = 0;

  private static final int VARIANT_STOP = 1;

  private CommandCodec() {
  }

  @Override
  public void encode(Command message, ByteBuffer out) {
    Values.nonNull(message, "Command");
    if (message instanceof Command.Start variant) {
      int start = Frames.reserve(out, 2);
      out.position(start + 2);
      try {
        Command_StartCodec.INSTANCE.encode(variant, out);
      } catch (WireException e) {
        out.position(start);
        throw e.under("Command", 2);
      } catch (BufferOverflowException e) {
        out.position(start);
        throw e;
      }
      Bytes.putShortLE(out, start, (short) 0x4C);
      return;
    }
    if (message instanceof Command.Stop variant) {
      int start = Frames.reserve(out, 2 + Command_StopCodec.ENCODED_LENGTH);
      try {
        Command_StopCodec.encodeAt(variant, out, start + 2);
      } catch (WireException e) {
        throw e.under("Command", 2);
      }
      Bytes.putShortLE(out, start, (short) 0x43);
      out.position(start + 2 + Command_StopCodec.ENCODED_LENGTH);
      return;
    }
    throw new IllegalArgumentException("not a record of Command: " + message.getClass());
  }

  @Override
  public Command decode(ByteBuffer in, int limit) {
    int start = in.position();
    Frames.need(in, start, start, 2, limit, "Command.<tag>");
    long tag = Bytes.getShortLE(in, start) & 0xFFFF;
    int bodyAt = start + 2;
    int variant = variant(in, start, tag);
    in.position(bodyAt);
    try {
      return switch (variant) {
        case VARIANT_START -> Command_StartCodec.INSTANCE.decode(in, limit);
        case VARIANT_STOP -> Command_StopCodec.INSTANCE.decode(in, limit);
        default -> throw new AssertionError(variant);
      };
    } catch (WireException e) {
      in.position(start);
      throw e.under("Command", bodyAt - start);
    }
  }

  @Override
  public Command decodeTraced(ByteBuffer in, int limit, Trace trace) {
    int start = in.position();
    Frames.need(in, start, start, 2, limit, "Command.<tag>");
    long tag = Bytes.getShortLE(in, start) & 0xFFFF;
    int bodyAt = start + 2;
    int variant = variant(in, start, tag);
    trace.derived("Command.<tag>", start, bodyAt, tag, "tag, checked");
    in.position(bodyAt);
    try {
      return switch (variant) {
        case VARIANT_START -> Command_StartCodec.INSTANCE.decodeTraced(in, limit, trace.under("Command"));
        case VARIANT_STOP -> Command_StopCodec.INSTANCE.decodeTraced(in, limit, trace.under("Command"));
        default -> throw new AssertionError(variant);
      };
    } catch (WireException e) {
      in.position(start);
      throw e.under("Command", bodyAt - start);
    }
  }

  @Override
  public int sizeOf(Command message) {
    Values.nonNull(message, "Command");
    if (message instanceof Command.Start variant) {
      return 2 + Values.sizeOf(Command_StartCodec.INSTANCE, variant, "Command.Start");
    }
    if (message instanceof Command.Stop variant) {
      return 2 + Values.sizeOf(Command_StopCodec.INSTANCE, variant, "Command.Stop");
    }
    throw new IllegalArgumentException("not a record of Command: " + message);
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
    if (limit - start < 2) {
      return -2;
    }
    long tag = Bytes.getShortLE(in, start) & 0xFFFF;
    int bodyAt = start + 2;
    int variant = variant(in, start, tag);
    int body;
    try {
      body = switch (variant) {
        case VARIANT_START -> Command_StartCodec.INSTANCE.measure(in, bodyAt, limit, scan);
        case VARIANT_STOP -> Command_StopCodec.INSTANCE.frameLength(in, bodyAt, limit, scan);
        default -> throw new AssertionError(variant);
      };
    } catch (WireException e) {
      throw e.under("Command", bodyAt - start);
    }
    return body < 0 ? Frames.needMore(start, (long) bodyAt - body) : bodyAt - start + body;
  }

  /**
   * The variant that {@code tag} selects.
   */
  private static int variant(ByteBuffer in, int start, long tag) {
    switch ((int) tag) {
      case 76:
        return VARIANT_START;
      case 67:
        return VARIANT_STOP;
      default:
        break;
    }
    throw unknown(in, start, tag);
  }

  /**
   * The error for a frame whose tag no record has.
   */
  private static UnknownTagException unknown(ByteBuffer in, int start, long tag) {
    return new UnknownTagException(in, start, start, "Command.<tag>", tag, "Command: 0x4c (Start), 0x43 (Stop)");
  }
}
