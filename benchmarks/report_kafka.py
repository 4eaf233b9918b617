#!/usr/bin/env python3
"""The Kafka section of BENCHMARKS.md (issue 16), from JMH's JSON results: KafkaSerdeBenchmark and
GatewayBenchmark. report.py includes it; run alone, it prints the section for a results file:

    python3 benchmarks/report_kafka.py benchmarks/target/kafka-result.json
"""
import sys

import report

SERDE_TARGET = 1.20
NOISE = 0.25  # an error bar wider than this share of the score leaves a ratio near the target undecided
SERDE_MESSAGES = {
    "deviceFrame": "544-byte seeds/004 frame (`DeviceFrame`)",
    "order": "two strings + 20 nested records (`Order`, 354 bytes)",
}
# average bytes of a seeds/004 block as GatewayBenchmark sends them: Realtime, Extra, ExtraLong in turn
BLOCK_BYTES = (154 + 194 + 196) / 3


def serde_table(results):
    got = report.by_method(results, "KafkaSerdeBenchmark")
    out = ["ns per message, lower is better. wireform: `WireSerializer.serialize(topic, headers, value)` and",
           "`WireDeserializer.deserialize(topic, headers, ByteBuffer)`, the calls the producer and the consumer make;",
           "codec: the generated codec's own `encode(value)` (a new array) and `decode(buffer)`; Kafka bytes:",
           "`ByteArraySerializer` returning the encoded array, `ByteArrayDeserializer` copying the value out of the",
           f"buffer (the floor). ratio = wireform / codec, target ≤ {SERDE_TARGET:.2f} (✗ when over).", ""]
    rows, ratios, noisy = [], [], 0
    for message, label in SERDE_MESSAGES.items():
        for op in ("Serialize", "Deserialize"):
            wf, codec, raw = (got.get(f"{message}{op}_{c}") for c in ("wireform", "codec", "bytes"))
            q = report.ratio(wf and wf.ns, codec and codec.ns)
            if q is not None:
                ratios.append(q)
                noisy += any(r.err_ns is not None and r.err_ns > NOISE * r.ns for r in (wf, codec))
            mark = "" if q is None or q <= SERDE_TARGET else " ✗"
            rows.append([label, op.lower(), report.fmt_time(wf), report.fmt_time(codec), report.fmt_time(raw),
                         "–" if q is None else f"{q:.2f}{mark}", report.fmt_bytes(wf and wf.alloc),
                         report.fmt_bytes(codec and codec.alloc)])
    out += report.table(["message", "op", "wireform ns/op", "codec ns/op", "Kafka bytes ns/op", "ratio",
                         "wireform B/op", "codec B/op"], rows, "llrrrrrr")
    if ratios and noisy:
        out += [f"Target not established: in {noisy} of {len(ratios)} cases JMH's error is over {NOISE:.0%} of the score",
                f"(worst ratio {max(ratios):.2f}).", ""]
    elif ratios:
        met = all(q <= SERDE_TARGET for q in ratios)
        out += [f"Target {'met' if met else 'not met'}: worst ratio {max(ratios):.2f} over {len(ratios)} cases.", ""]
    return out, got


def gateway_table(results, serde):
    runs = [r for r in results if r.cls == "GatewayBenchmark"]
    out = ["Frames from device connections through the gateway into a one-node broker (its own JVM, 256 MiB heap)",
           "and out of a consumer that decodes them, on this one machine. One operation: `frames` seeds/004 blocks",
           f"(Realtime, Extra, ExtraLong in turn, {BLOCK_BYTES:.0f} bytes on average) from 4 devices, from the first byte",
           "sent to the last frame consumed; single shot. `devices_kafka` is Kafka alone with the same bytes,",
           "producer settings, keys and consumer: no device TCP, no codec. frames/s = frames / time.", ""]
    rows, rate = [], {}
    for r in sorted(runs, key=lambda r: r.method):
        frames = int(r.param("frames", 100000))
        secs = r.ns / 1e9
        rate[r.method] = frames / secs
        rows.append([r.method, f"{frames:,}", report.fmt_time(r, 1e6), report.fmt(frames / secs),
                     report.fmt(frames * BLOCK_BYTES / 1e6 / secs)])
    out += report.table(["benchmark", "frames/op", "ms/op", "frames/s", "MB/s"], rows, "lrrrr")
    gw, kafka = rate.get("devices_gateway"), rate.get("devices_kafka")
    if gw and kafka:
        out += [f"The gateway carries {gw / kafka:.2f}× the frames per second of Kafka alone with the same bytes."]
        codec_ns = 0.0
        for m in ("deviceFrameSerialize_wireform", "deviceFrameDeserialize_wireform"):
            if m in serde:
                codec_ns += serde[m].ns * BLOCK_BYTES / report.FRAME
        if codec_ns:
            out += ["Wireform's own work per frame, serialize and deserialize (scaled from the 544-byte frame to",
                    f"{BLOCK_BYTES:.0f} bytes), is about {codec_ns:.0f} ns: {gw * codec_ns / 1e9 * 100:.1f}% of one core at the gateway's rate."]
        out += [""]
    return out


def section(results):
    out = ["## Kafka: Serializer, Deserializer and the gateway end to end (issue 16)", ""]
    if not any(r.cls in ("KafkaSerdeBenchmark", "GatewayBenchmark") for r in results):
        return out + [f"KafkaSerdeBenchmark and GatewayBenchmark {report.NOT_RUN}.", ""]
    table, serde = serde_table(results)
    out += ["### Serializer and Deserializer", ""] + table
    out += ["### Gateway end to end", ""] + gateway_table(results, serde)
    return out


if __name__ == "__main__":
    print("\n".join(section(report.load(sys.argv[1]))))
