package io.wireform.samples.modbus;

import io.wireform.annotations.CountedBy;
import io.wireform.annotations.Fallback;
import io.wireform.annotations.Length;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.Tag;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;
import java.util.List;

/** Request PDUs, selected by the function code. */
@Protocol(tag = Width.UINT8)
public sealed interface ModbusRequest permits ModbusRequest.ReadHoldingRegisters, ModbusRequest.ReadInputRegisters,
        ModbusRequest.WriteSingleRegister, ModbusRequest.WriteMultipleRegisters, ModbusRequest.OtherFunction {

    /** Function 3. */
    @Tag(3)
    record ReadHoldingRegisters(@UInt16 int address, @UInt16 int quantity) implements ModbusRequest {}

    /** Function 4. */
    @Tag(4)
    record ReadInputRegisters(@UInt16 int address, @UInt16 int quantity) implements ModbusRequest {}

    /** Function 6. */
    @Tag(6)
    record WriteSingleRegister(@UInt16 int address, @UInt16 int value) implements ModbusRequest {}

    /** Function 16: the byte count (twice the quantity) is derived and checked. */
    @Tag(16)
    record WriteMultipleRegisters(@UInt16 int address, @UInt16 int quantity,
                                  @Length(Width.UINT8) @CountedBy("quantity") @UInt16 List<Integer> values)
            implements ModbusRequest {}

    /**
     * Any other function code: the code and the request's data as they came, so that a server can
     * answer exception 1 (illegal function) instead of closing the connection.
     */
    @Fallback
    record OtherFunction(@UInt8 int function, @Remaining byte[] data) implements ModbusRequest {}
}
