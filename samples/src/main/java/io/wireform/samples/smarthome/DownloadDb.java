package io.wireform.samples.smarthome;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Magic;
import io.wireform.annotations.Message;

/**
 * seeds/000: the robot asks the smart-home hub for its device database with the 4-byte
 * little-endian command word {@code 0x4C}: {@code 4C 00 00 00}. The record has no components; the
 * command word is its constant leading bytes.
 */
@Magic("4C 00 00 00")
@Message(endian = Endian.LITTLE)
public record DownloadDb() {}
