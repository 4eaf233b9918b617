package test;

import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireException;
import io.wireform.runtime.explain.Trace;
import io.wireform.runtime.support.Bytes;
import io.wireform.runtime.support.Frames;
import io.wireform.runtime.support.Values;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Encodes and decodes {@link Status}: 55 bytes, big-endian, C-aligned.
 *
 * <pre>
 * offset  size  field
 *      0     2  magic FD AA
 *      2     1  version: int8
 *      3     1  (reserved)
 *      4     2  sequence: uint16 BE
 *      6     3  offset: int24 BE
 *      9     3  counter: uint24 LE
 *     12     4  uptime: uint32 BE
 *     16     1  armed: bool
 *     17     7  (reserved)
 *     24     8  temperature: float64 BE
 *     32     2  mode: Mode (uint16)
 *     34     1  (reserved)
 *     35     4  position: Position
 *     39     2  (reserved)
 *     41     8  name: char[8] US-ASCII
 *     49     4  serial: byte[4]
 *     53     2  end CC DD
 * </pre>
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |          magic FD AA          |    version    |      pad      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           sequence            |            offset             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |               |                    counter                    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                            uptime                             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     armed     |                                               |
 * +-+-+-+-+-+-+-+-+                                               +
 * |                              pad                              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                          temperature                          |
 * +                                                               +
 * |                                                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |             mode              |   reserved    |               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                   position                    |   reserved    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |               |                                               |
 * +-+-+-+-+-+-+-+-+                                               +
 * |                             name                              |
 * +               +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |               |                    serial                     |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |               |           end CC DD           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
@Generated("io.wireform.processor.WireformProcessor")
public final class StatusCodec implements WireCodec<Status> {
  /**
   * The codec; stateless and safe to share.
   */
  public static final StatusCodec INSTANCE = new StatusCodec();

  /**
   * Length in bytes of every encoded {@link Status}.
   */
  public static final int ENCODED_LENGTH = 55;

  private static final byte[] MAGIC = {(byte) 0xFD, (byte) 0xAA};

  private static final byte[] END = {(byte) 0xCC, (byte) 0xDD};

  private StatusCodec() {
  }

  @Override
  public void encode(Status message, ByteBuffer out) {
    Values.nonNull(message, "Status");
    int start = Frames.reserve(out, ENCODED_LENGTH);
    byte version_ = message.version();
    long sequence_ = Values.unsigned(message.sequence(), 2, "Status.sequence");
    long offset_ = Values.signed(message.offset(), 3, "Status.offset");
    long counter_ = Values.unsigned(message.counter(), 3, "Status.counter");
    long uptime_ = Values.unsigned(message.uptime(), 4, "Status.uptime");
    boolean armed_ = message.armed();
    double temperature_ = message.temperature();
    int mode_ = ModeCodes.code(message.mode(), "Status.mode");
    Position position_ = Values.nonNull(message.position(), "Status.position");
    byte[] name_ = Values.fitting(message.name(), StandardCharsets.US_ASCII, 8, "Status.name");
    byte[] serial_ = Values.fitting(message.serial(), 4, "Status.serial");
    Bytes.putShortBE(out, start, (short) 0xFDAA);
    out.put(start + 2, version_);
    Frames.fill(out, start + 3, 1, (byte) 0);
    Bytes.putShortBE(out, start + 4, (short) sequence_);
    Bytes.putBE(out, start + 6, 3, offset_);
    Bytes.putLE(out, start + 9, 3, counter_);
    Bytes.putIntBE(out, start + 12, (int) uptime_);
    out.put(start + 16, armed_ ? (byte) 1 : (byte) 0);
    Frames.fill(out, start + 17, 7, (byte) 0);
    Bytes.putDoubleBE(out, start + 24, temperature_);
    Bytes.putShortBE(out, start + 32, (short) mode_);
    Frames.fill(out, start + 34, 1, (byte) 0xFF);
    try {
      PositionCodec.encodeAt(position_, out, start + 35);
    } catch (WireException e) {
      throw e.nestedIn("Status.position", 35);
    }
    Frames.fill(out, start + 39, 2, (byte) 0xFF);
    Values.putPadded(out, start + 41, name_, 8, (byte) 0x20);
    Values.putPadded(out, start + 49, serial_, 4, (byte) 0);
    Bytes.putShortBE(out, start + 53, (short) 0xCCDD);
    out.position(start + ENCODED_LENGTH);
  }

  @Override
  public Status decode(ByteBuffer in, int limit) {
    int start = in.position();
    if (limit - start < ENCODED_LENGTH) {
      Frames.expectMagicSoFar(in, start, limit, MAGIC, "Status.<magic>");
    }
    Frames.needFrame(in, start, start, ENCODED_LENGTH, limit, "Status");
    Status message = decodeAt(in, start);
    in.position(start + ENCODED_LENGTH);
    return message;
  }

  /**
   * Writes {@code message}, not null, at index {@code start} of {@code out}, where the caller has
   * made room for {@link #ENCODED_LENGTH} bytes; the position does not move. For codecs that
   * nest this one.
   */
  public static void encodeAt(Status message, ByteBuffer out, int start) {
    byte version_ = message.version();
    long sequence_ = Values.unsigned(message.sequence(), 2, "Status.sequence");
    long offset_ = Values.signed(message.offset(), 3, "Status.offset");
    long counter_ = Values.unsigned(message.counter(), 3, "Status.counter");
    long uptime_ = Values.unsigned(message.uptime(), 4, "Status.uptime");
    boolean armed_ = message.armed();
    double temperature_ = message.temperature();
    int mode_ = ModeCodes.code(message.mode(), "Status.mode");
    Position position_ = Values.nonNull(message.position(), "Status.position");
    byte[] name_ = Values.fitting(message.name(), StandardCharsets.US_ASCII, 8, "Status.name");
    byte[] serial_ = Values.fitting(message.serial(), 4, "Status.serial");
    Bytes.putShortBE(out, start, (short) 0xFDAA);
    out.put(start + 2, version_);
    Frames.fill(out, start + 3, 1, (byte) 0);
    Bytes.putShortBE(out, start + 4, (short) sequence_);
    Bytes.putBE(out, start + 6, 3, offset_);
    Bytes.putLE(out, start + 9, 3, counter_);
    Bytes.putIntBE(out, start + 12, (int) uptime_);
    out.put(start + 16, armed_ ? (byte) 1 : (byte) 0);
    Frames.fill(out, start + 17, 7, (byte) 0);
    Bytes.putDoubleBE(out, start + 24, temperature_);
    Bytes.putShortBE(out, start + 32, (short) mode_);
    Frames.fill(out, start + 34, 1, (byte) 0xFF);
    try {
      PositionCodec.encodeAt(position_, out, start + 35);
    } catch (WireException e) {
      throw e.nestedIn("Status.position", 35);
    }
    Frames.fill(out, start + 39, 2, (byte) 0xFF);
    Values.putPadded(out, start + 41, name_, 8, (byte) 0x20);
    Values.putPadded(out, start + 49, serial_, 4, (byte) 0);
    Bytes.putShortBE(out, start + 53, (short) 0xCCDD);
  }

  /**
   * Decodes the {@link Status} at index {@code start} of {@code in}, whose
   * {@link #ENCODED_LENGTH} bytes the caller has checked are there; the position does not
   * move. For codecs that nest this one.
   */
  public static Status decodeAt(ByteBuffer in, int start) {
    if (Bytes.getShortBE(in, start) != (short) 0xFDAA) {
      throw Frames.wrongMarker(in, start, start, MAGIC, "Status.<magic>");
    }
    byte version_ = in.get(start + 2);
    int sequence_ = Bytes.getShortBE(in, start + 4) & 0xFFFF;
    int offset_ = (int) Bytes.getSignedBE(in, start + 6, 3);
    int counter_ = (int) Bytes.getUnsignedLE(in, start + 9, 3);
    long uptime_ = Bytes.getIntBE(in, start + 12) & 0xFFFFFFFFL;
    boolean armed_ = in.get(start + 16) != 0;
    double temperature_ = Bytes.getDoubleBE(in, start + 24);
    Mode mode_ = ModeCodes.decode(in, start, start + 32, Bytes.getShortBE(in, start + 32) & 0xFFFF, "Status.mode");
    Position position_;
    try {
      position_ = PositionCodec.decodeAt(in, start + 35);
    } catch (WireException e) {
      throw e.nestedIn("Status.position", 35);
    }
    String name_ = Values.getPaddedString(in, start, start + 41, 8, (byte) 0x20, StandardCharsets.US_ASCII, "Status.name");
    byte[] serial_ = Frames.getBytes(in, start + 49, 4);
    if (Bytes.getShortBE(in, start + 53) != (short) 0xCCDD) {
      throw Frames.wrongMarker(in, start, start + 53, END, "Status.<end>");
    }
    return new Status(version_, sequence_, offset_, counter_, uptime_, armed_, temperature_, mode_, position_, name_, serial_);
  }

  @Override
  public Status decodeTraced(ByteBuffer in, int limit, Trace trace) {
    int start = in.position();
    if (limit - start < ENCODED_LENGTH) {
      Frames.expectMagicSoFar(in, start, limit, MAGIC, "Status.<magic>");
    }
    Frames.needFrame(in, start, start, ENCODED_LENGTH, limit, "Status");
    if (Bytes.getShortBE(in, start) != (short) 0xFDAA) {
      throw Frames.wrongMarker(in, start, start, MAGIC, "Status.<magic>");
    }
    trace.marker("Status.<magic>", start, start + 2);
    int version_Traced = start + 2;
    byte version_ = in.get(start + 2);
    trace.field("Status.version", version_Traced, start + 3, version_);
    trace.padding("Status.<padding>", start + 3, start + 3 + 1);
    int sequence_Traced = start + 4;
    int sequence_ = Bytes.getShortBE(in, start + 4) & 0xFFFF;
    trace.field("Status.sequence", sequence_Traced, start + 6, sequence_);
    int offset_Traced = start + 6;
    int offset_ = (int) Bytes.getSignedBE(in, start + 6, 3);
    trace.field("Status.offset", offset_Traced, start + 9, offset_);
    int counter_Traced = start + 9;
    int counter_ = (int) Bytes.getUnsignedLE(in, start + 9, 3);
    trace.field("Status.counter", counter_Traced, start + 12, counter_);
    int uptime_Traced = start + 12;
    long uptime_ = Bytes.getIntBE(in, start + 12) & 0xFFFFFFFFL;
    trace.field("Status.uptime", uptime_Traced, start + 16, uptime_);
    int armed_Traced = start + 16;
    boolean armed_ = in.get(start + 16) != 0;
    trace.field("Status.armed", armed_Traced, start + 17, armed_);
    trace.padding("Status.<padding>", start + 17, start + 17 + 7);
    int temperature_Traced = start + 24;
    double temperature_ = Bytes.getDoubleBE(in, start + 24);
    trace.field("Status.temperature", temperature_Traced, start + 32, temperature_);
    int mode_Traced = start + 32;
    Mode mode_ = ModeCodes.decode(in, start, start + 32, Bytes.getShortBE(in, start + 32) & 0xFFFF, "Status.mode");
    trace.field("Status.mode", mode_Traced, start + 34, mode_);
    trace.padding("Status.<padding>", start + 34, start + 34 + 1);
    int position_Traced = start + 35;
    trace.enter("Status.position", position_Traced, PositionCodec.INSTANCE);
    Position position_;
    try {
      position_ = PositionCodec.decodeAt(in, start + 35);
    } catch (WireException e) {
      throw e.nestedIn("Status.position", 35);
    }
    trace.nested("Status.position", position_Traced, start + 39, position_, PositionCodec.INSTANCE);
    trace.padding("Status.<padding>", start + 39, start + 39 + 2);
    int name_Traced = start + 41;
    String name_ = Values.getPaddedString(in, start, start + 41, 8, (byte) 0x20, StandardCharsets.US_ASCII, "Status.name");
    trace.field("Status.name", name_Traced, start + 49, name_);
    int serial_Traced = start + 49;
    byte[] serial_ = Frames.getBytes(in, start + 49, 4);
    trace.field("Status.serial", serial_Traced, start + 53, serial_);
    if (Bytes.getShortBE(in, start + 53) != (short) 0xCCDD) {
      throw Frames.wrongMarker(in, start, start + 53, END, "Status.<end>");
    }
    trace.marker("Status.<end>", start + 53, start + 53 + 2);
    in.position(start + ENCODED_LENGTH);
    return new Status(version_, sequence_, offset_, counter_, uptime_, armed_, temperature_, mode_, position_, name_, serial_);
  }

  @Override
  public int sizeOf(Status message) {
    Values.nonNull(message, "Status");
    return ENCODED_LENGTH;
  }

  /**
   * Every frame has the same length; bytes that do not start with its magic are none.
   */
  @Override
  public int frameLength(ByteBuffer in, int start, int limit) {
    Frames.expectMagicSoFar(in, start, limit, MAGIC, "Status.<magic>");
    if (limit - start < 2) {
      return Frames.needMore(start, start + 2L);
    }
    return ENCODED_LENGTH;
  }

  @Override
  public List<byte[]> magics() {
    return List.of(MAGIC.clone());
  }

  @Override
  public int declaredMaxFrameLength() {
    return 4096;
  }
}
