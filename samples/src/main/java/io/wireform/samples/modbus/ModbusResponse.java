package io.wireform.samples.modbus;

import io.wireform.annotations.Fallback;
import io.wireform.annotations.Length;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.Tag;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Width;
import java.util.List;

/** Response PDUs, selected by the function code; bit 7 set marks an exception response. */
@Protocol(tag = Width.UINT8)
public sealed interface ModbusResponse permits ModbusResponse.ReadHoldingRegisters,
        ModbusResponse.ReadInputRegisters, ModbusResponse.WriteSingleRegister,
        ModbusResponse.WriteMultipleRegisters, ModbusResponse.ReadHoldingRegistersError,
        ModbusResponse.ReadInputRegistersError, ModbusResponse.WriteSingleRegisterError,
        ModbusResponse.WriteMultipleRegistersError, ModbusResponse.OtherFunction {

    /** Function 3: the byte count is derived from the registers. */
    @Tag(3)
    record ReadHoldingRegisters(@Length(Width.UINT8) @Remaining @UInt16 List<Integer> registers)
            implements ModbusResponse {}

    /** Function 4: {@code 04 0a 0001 0002 0003 0004 0005}. */
    @Tag(4)
    record ReadInputRegisters(@Length(Width.UINT8) @Remaining @UInt16 List<Integer> registers)
            implements ModbusResponse {}

    /** Function 6: the echo of the request. */
    @Tag(6)
    record WriteSingleRegister(@UInt16 int address, @UInt16 int value) implements ModbusResponse {}

    /** Function 16. */
    @Tag(16)
    record WriteMultipleRegisters(@UInt16 int address, @UInt16 int quantity) implements ModbusResponse {}

    /** Function 3 failed: {@code 83} and an exception code (1 illegal function, 2 illegal address, ...). */
    @Tag(0x83)
    record ReadHoldingRegistersError(@UInt8 int exceptionCode) implements ModbusResponse {}

    /** Function 4 failed. */
    @Tag(0x84)
    record ReadInputRegistersError(@UInt8 int exceptionCode) implements ModbusResponse {}

    /** Function 6 failed. */
    @Tag(0x86)
    record WriteSingleRegisterError(@UInt8 int exceptionCode) implements ModbusResponse {}

    /** Function 16 failed. */
    @Tag(0x90)
    record WriteMultipleRegistersError(@UInt8 int exceptionCode) implements ModbusResponse {}

    /**
     * Any other function code, as it came: the exception response to a function this schema does not
     * list ({@code 0x80 | function} and an exception code), or a function a newer server answers.
     */
    @Fallback
    record OtherFunction(@UInt8 int function, @Remaining byte[] data) implements ModbusResponse {}
}
