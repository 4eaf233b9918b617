package io.wireform.samples.wireshark;

import io.wireform.annotations.Message;
import io.wireform.annotations.TcpPort;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;

/** A message whose dissector would be named {@code beacon}, a name Wireshark has already (Bluetooth Mesh's). */
@TcpPort(7210)
@Message
record Beacon(@UInt8 int kind, @UInt16 int interval) {}
