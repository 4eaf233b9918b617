package io.wireform.runtime.net;

/** Where a connection counts what it does: a server's {@link ServerCounters}, or nowhere for a client. */
interface Traffic {
    Traffic NONE = new Traffic() { };

    default void framesIn(int count) {
    }

    default void framesOut(int count) {
    }

    default void bytesIn(long count) {
    }

    default void bytesOut(long count) {
    }

    /** A deadline passed and the connection is being closed for it. */
    default void expired(Deadline deadline) {
    }
}
