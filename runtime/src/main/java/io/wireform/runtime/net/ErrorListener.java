package io.wireform.runtime.net;

import java.net.InetSocketAddress;

/**
 * Told of every error that ended one connection of a {@link WireServer}, and of every failed accept;
 * the other connections go on. Called on the thread that found the error; it should not block.
 */
@FunctionalInterface
public interface ErrorListener {

    /**
     * @param peer the remote end of the connection that failed; for a failed accept, or an error no
     *     connection owns (a task that failed on a Netty event loop's answering thread), the server's own address
     * @param error what ended it: a {@code WireException} for bad bytes, a {@link DeadlineExceededException}
     *     for a peer that ran past a deadline, an {@code IOException} for a reset, what the handler threw;
     *     for a failed accept, its {@code IOException} ("Too many open files")
     */
    void onError(InetSocketAddress peer, Throwable error);
}
