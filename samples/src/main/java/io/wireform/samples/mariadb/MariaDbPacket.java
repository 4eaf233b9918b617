package io.wireform.samples.mariadb;

/** What every packet record of this package has: the header's sequence id, which the client checks. */
public interface MariaDbPacket {
    /** {@return the packet's sequence id} */
    int sequence();
}
