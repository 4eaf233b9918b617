/**
 * Modbus TCP as records: the MBAP header ({@link RequestAdu}, {@link ResponseAdu}) around a PDU
 * that the function code selects ({@link ModbusRequest}, {@link ModbusResponse}). The MBAP length
 * counts the unit id and the PDU; exception responses carry the function code with bit 7 set.
 */
package io.wireform.samples.modbus;
