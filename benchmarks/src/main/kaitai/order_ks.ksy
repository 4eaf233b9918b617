# Order: s8 id, u2-prefixed UTF-8 customer and note, u1-counted list of 14-byte items;
# byte for byte what OrderCodec writes.
meta:
  id: order_ks
  endian: be
seq:
  - id: order_id
    type: s8
  - id: customer_len
    type: u2
  - id: customer
    type: str
    size: customer_len
    encoding: UTF-8
  - id: note_len
    type: u2
  - id: note
    type: str
    size: note_len
    encoding: UTF-8
  - id: num_items
    type: u1
  - id: items
    type: item
    repeat: expr
    repeat-expr: num_items
types:
  item:
    seq:
      - id: sku
        type: s4
      - id: quantity
        type: s2
      - id: price_cents
        type: s8
