package io.wireform.samples.smarthome;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Width;

/**
 * seeds/000: the smart-home hub's API. Every message starts with a 4-byte little-endian command
 * word; the robot sends {@link DownloadDb} ({@code 4C 00 00 00}) and the hub answers with {@link
 * DbFile}: {@code 43 00 00 00}, the 4-byte little-endian length, then the SQLite file.
 */
@Protocol(endian = Endian.LITTLE, tag = Width.UINT32)
public sealed interface SmartHome permits DownloadDb, DbFile {}
