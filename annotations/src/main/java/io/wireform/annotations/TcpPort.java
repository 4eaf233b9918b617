package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The TCP port a {@link Message} or {@link Protocol} is spoken on, for the tools that find traffic
 * by port: the Wireshark dissector the processor writes with {@code -Awireform.dissectors=true}
 * registers itself there (a Wireshark preference changes it). When requests and responses are
 * different types on one port, say which side sends each: Modbus TCP's requests go to port 502
 * and its responses come from it.
 *
 * <pre>{@code
 * @TcpPort(value = 502, sentBy = TcpPort.Side.CLIENT) @Message record RequestAdu(...) {}
 * @TcpPort(value = 502, sentBy = TcpPort.Side.SERVER) @Message record ResponseAdu(...) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface TcpPort {
    /** {@return the port, 1 to 65535} */
    int value();

    /** {@return which side sends these frames; {@link Side#EITHER} when both do} */
    Side sentBy() default Side.EITHER;

    /** The sender of a type of frame. */
    enum Side {
        /** Sent to the port: requests. */
        CLIENT,
        /** Sent from the port: responses. */
        SERVER,
        /** Sent both ways. */
        EITHER
    }
}
