package io.wireform.samples.modbus;

import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.TcpPort;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;

/** A Modbus TCP request: MBAP header, then the request PDU. {@code 0001 0000 0006 01 | 04 0001 0005}. */
@TcpPort(value = 502, sentBy = TcpPort.Side.CLIENT)
@Message
public record RequestAdu(@UInt16 int transactionId, @UInt16 int protocolId,
                         @Length(Width.UINT16) @UInt8 int unitId, ModbusRequest pdu) {}
