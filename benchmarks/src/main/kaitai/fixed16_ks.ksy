# Fixed16 (16 bytes, big-endian), byte for byte what Fixed16Codec writes.
meta:
  id: fixed16_ks
  endian: be
seq:
  - id: id
    type: s4
  - id: kind
    type: s2
  - id: flags
    type: s2
  - id: timestamp
    type: s8
