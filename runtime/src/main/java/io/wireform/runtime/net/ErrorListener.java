package io.wireform.runtime.net;

import java.net.InetSocketAddress;

/** Told of every error that ended one connection of a {@link WireServer}; the others go on. */
@FunctionalInterface
public interface ErrorListener {

    /**
     * @param peer the remote end of the connection that failed
     * @param error what ended it: a {@code WireException} for bad bytes, a {@code SocketTimeoutException}
     *     for a silent peer, an {@code IOException} for a reset
     */
    void onError(InetSocketAddress peer, Throwable error);
}
