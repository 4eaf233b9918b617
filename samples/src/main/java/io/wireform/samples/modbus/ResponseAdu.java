package io.wireform.samples.modbus;

import io.wireform.annotations.Length;
import io.wireform.annotations.Message;
import io.wireform.annotations.TcpPort;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;

/** A Modbus TCP response: MBAP header, then the response PDU. */
@TcpPort(value = 502, sentBy = TcpPort.Side.SERVER)
@Message
public record ResponseAdu(@UInt16 int transactionId, @UInt16 int protocolId,
                          @Length(Width.UINT16) @UInt8 int unitId, ModbusResponse pdu) {}
