# Event: a u1 tag, then one of five bodies; byte for byte what EventCodec writes.
meta:
  id: event_ks
  endian: be
seq:
  - id: tag
    type: u1
    valid:
      min: 1
      max: 5
  - id: body
    type:
      switch-on: tag
      cases:
        1: ping
        2: login
        3: move
        4: chat
        5: logout
types:
  ping:
    seq:
      - id: nonce
        type: s8
  login:
    seq:
      - id: user_id
        type: s4
      - id: version
        type: s2
      - id: session
        type: s8
  move:
    seq:
      - id: entity
        type: s4
      - id: x
        type: f4
      - id: y
        type: f4
      - id: z
        type: f4
  chat:
    seq:
      - id: channel
        type: s4
      - id: text_len
        type: u1
      - id: text
        type: str
        size: text_len
        encoding: UTF-8
  logout:
    seq:
      - id: user_id
        type: s4
      - id: reason
        type: s1
