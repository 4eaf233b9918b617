package io.wireform.runtime.net;

/** Serves one connection of a {@link WireServer}, on a thread of the server's executor. */
@FunctionalInterface
public interface ConnectionHandler<I, O> {

    /**
     * Talks to the peer until done; the server closes the connection afterwards. An exception ends
     * this connection only and goes to the server's error listener.
     */
    void handle(WireConnection<I, O> connection) throws Exception;
}
