package io.wireform.benchmarks.model;

import io.wireform.annotations.Message;

/** The 16-byte fixed message of issue 6: four numbers, big-endian, packed. */
@Message
public record Fixed16(int id, short kind, short flags, long timestamp) {}
