package test;

import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireEncodeException;
import io.wireform.runtime.support.Values;
import java.nio.ByteBuffer;
import javax.annotation.processing.Generated;

/**
 * Wire codes of {@link Mode}, 2 byte(s) each.
 */
@Generated("io.wireform.processor.WireformProcessor")
public final class ModeCodes {
  /**
   * Width of a code on the wire, in bytes.
   */
  public static final int WIDTH = 2;

  private ModeCodes() {
  }

  /**
   * The constant with this code, or {@link Mode#UNKNOWN} for a code no constant has.
   */
  public static Mode fromCode(int code) {
    return switch (code) {
      case 1 -> Mode.IDLE;
      case 2 -> Mode.RUNNING;
      case 65280 -> Mode.SERVICE;
      default -> Mode.UNKNOWN;
    };
  }

  /**
   * The wire code of {@code value}; {@code path} names the field in errors.
   */
  public static int code(Mode value, String path) {
    return switch (Values.nonNull(value, path)) {
      case IDLE -> 1;
      case RUNNING -> 2;
      case SERVICE -> 65280;
      default -> throw new WireEncodeException(path, "a constant with a @Code (a @Fallback without one cannot be encoded)", value.name());
    };
  }

  /**
   * The constant for {@code code}, read at index {@code at}, or a decode error there.
   */
  public static Mode decode(ByteBuffer in, int frameStart, int at, int code, String path) {
    Mode value = fromCode(code);
    if (value == null) {
      throw new WireDecodeException(in, frameStart, at, path, "a code of Mode (1, 2, 65280)", Integer.toUnsignedString(code));
    }
    return value;
  }
}
