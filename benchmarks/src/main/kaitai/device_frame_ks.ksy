# seeds/004, 544 bytes: FDAA + 150 + CCDD, FDCC + 190 + CCDD, FDCC + 192 + CCDD.
# `contents` makes the parser check every marker, as DeviceFrameCodec does.
meta:
  id: device_frame_ks
  endian: be
seq:
  - id: realtime
    type: realtime
  - id: extra1
    type: extra
  - id: extra2
    type: extra_long
types:
  realtime:
    seq:
      - id: magic
        contents: [0xfd, 0xaa]
      - id: data
        size: 150
      - id: end
        contents: [0xcc, 0xdd]
  extra:
    seq:
      - id: magic
        contents: [0xfd, 0xcc]
      - id: data
        size: 190
      - id: end
        contents: [0xcc, 0xdd]
  extra_long:
    seq:
      - id: magic
        contents: [0xfd, 0xcc]
      - id: data
        size: 192
      - id: end
        contents: [0xcc, 0xdd]
