package io.wireform.samples.smarthome;

import io.wireform.annotations.Tag;

/** seeds/000: the request for the device database, command word {@code 0x4C}: {@code 4C 00 00 00}. */
@Tag(0x4C)
public record DownloadDb() implements SmartHome {}
