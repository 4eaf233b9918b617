-- The Wireform dissector runtime, the same in every generated dissector.
--
-- A walker reads one value, message or union at offset `off` of `c.tvb` without passing `limit`
-- (the end of its region), adds what it read under tree item `t` (nil while only measuring), and
-- returns the offset after it. Running out of captured bytes raises {short = n} (n: the bytes the
-- frame needs, counted from the start of the tvb), which the TCP loop turns into a reassembly
-- request; bytes that cannot be a frame raise {bad = text, at = offset}.

-- bit operations: bit32 on Lua 5.2, the operators on Lua 5.3 and later (compiled at load time, so
-- that Lua 5.2 can still parse this file)
local band, bxor, rshift, lshift
if bit32 then
  band, bxor, rshift, lshift = bit32.band, bit32.bxor, bit32.rshift, bit32.lshift
else
  band, bxor, rshift, lshift = load([[
    return function(a, b) return a & b end,
           function(a, b) return a ~ b end,
           function(a, n) return (a & 0xFFFFFFFF) >> n end,
           function(a, n) return (a << n) & 0xFFFFFFFF end]])()
end

-- The protocol, and its filter name, the prefix of every field. Wireshark has thousands of protocols
-- of its own and refuses a second of one name: where `name` is taken (`beacon` is Bluetooth Mesh's),
-- this one is `name_wireform`, and says so once, on standard error (a dialog in Wireshark).
local function new_proto(name, description)
  local made, proto = pcall(Proto, name, description)
  if made then return proto, name end
  local other = name .. "_wireform"
  proto = Proto(other, description)
  report_failure("Wireshark has a protocol named " .. name .. " already: the dissector of " .. description
    .. " is named " .. other .. ", its fields " .. other .. ".*")
  return proto, other
end

local function bad(text, at)
  error({ bad = text, at = at }, 0)
end

-- a frame longer than one Java buffer holds (2^31 - 9 bytes) is refused, as frameLength refuses it
local MAX_FRAME = 2147483639

-- c.refused: why decode refuses the frame already (a wrong marker, which frameLength checks too): a
-- reader does not wait for the rest of such a frame, nor does the dissector
local function short(needed, open, c)
  if c and c.refused then
    bad(c.refused .. "; the frame is refused before its end", nil)
  end
  if needed > MAX_FRAME then
    bad(string.format("a frame of %.0f bytes: a frame must fit in one buffer (%d bytes)", needed, MAX_FRAME))
  end
  error({ short = needed, open = open }, 0)
end

-- n bytes at off must lie within the region and within the captured bytes
local function need(c, off, n, limit)
  if n < 0 or off + n > limit then
    bad(string.format("%d bytes at offset %d pass the end of their region at %d", n, off, limit), off)
  end
  if off + n > c.len then
    short(off + n, false, c)
  end
end

-- an unsigned number as a Lua number (exact up to 2^53)
local function uint(c, off, n, le)
  local r = c.tvb(off, n)
  if n <= 4 then
    if le then return r:le_uint() end
    return r:uint()
  end
  if le then return r:le_uint64():tonumber() end
  return r:uint64():tonumber()
end

local function sint(c, off, n, le)
  local r = c.tvb(off, n)
  if n <= 4 then
    if le then return r:le_int() end
    return r:int()
  end
  if le then return r:le_int64():tonumber() end
  return r:int64():tonumber()
end

local function uint64(c, off, n, le)
  local r = c.tvb(off, n)
  if le then return r:le_uint64() end
  return r:uint64()
end

-- bits [shift, shift + bits) of a number read as a Lua number
-- an IEEE 754 half float from its 16 bits
local function half(h)
  local sign = h >= 0x8000 and -1 or 1
  local e = math.floor(h / 0x400) % 0x20
  local m = h % 0x400
  if e == 0 then return sign * m * 2 ^ -24 end
  if e == 31 then
    if m == 0 then return sign * math.huge end
    return 0 / 0
  end
  return sign * (1 + m / 0x400) * 2 ^ (e - 15)
end

local function bitfield(value, shift, bits)
  return math.floor(value / 2 ^ shift) % 2 ^ bits
end

-- whether bit n of an integer is set (two's complement for negative values)
local function bit_set(value, n)
  return math.floor(value / 2 ^ n) % 2 == 1
end

-- an unsigned LEB128 number: its value as a UInt64, and its length in bytes
local function varint(c, off, limit, max_bytes)
  local value = UInt64(0)
  for i = 0, max_bytes - 1 do
    need(c, off + i, 1, limit)
    local b = c.tvb(off + i, 1):uint()
    value = value + UInt64(b % 128):lshift(7 * i)
    if b < 128 then
      return value, i + 1
    end
  end
  bad(string.format("a varint longer than %d bytes", max_bytes), off)
end

-- a MySQL length-encoded integer: < FB one byte; FC, FD, FE then 2, 3, 8 little-endian bytes
local function lenenc(c, off, limit)
  need(c, off, 1, limit)
  local b = c.tvb(off, 1):uint()
  if b < 0xFB then
    return UInt64(b), 1
  end
  local n = ({[0xFC] = 2, [0xFD] = 3, [0xFE] = 8})[b]
  if n == nil then
    bad(string.format("a length-encoded integer, not first byte 0x%02X", b), off)
  end
  need(c, off + 1, n, limit)
  return c.tvb(off + 1, n):le_uint64(), n + 1
end

-- LEB128 bits as zigzag: 0, -1, 1, -2, ...
local function unzigzag(value)
  local half = value:rshift(1)
  if value:band(UInt64(1)) == UInt64(1) then
    half = half:bnot()
  end
  return Int64(half:lower(), half:higher())
end

-- where the bytes of `delimiter` (a Lua string) start at or after off, before limit
local function find(c, off, limit, delimiter)
  local stop = math.min(limit, c.len)
  if stop > off then
    local at = string.find(c.tvb:raw(off, stop - off), delimiter, 1, true)
    if at then
      return off + at - 1
    end
  end
  if stop < limit then
    short(c.len + 1, true, c)
  end
  bad("no delimiter before the end of the region", off)
end

-- whether the bytes at off start with `bytes`: 1 yes, 0 no; raises short while too few bytes are there to tell
local function starts(c, off, limit, bytes)
  local n = #bytes
  local have = math.min(n, math.min(limit, c.len) - off)
  if have < 0 then
    have = 0
  end
  if have > 0 and c.tvb:raw(off, have) ~= bytes:sub(1, have) then
    return 0
  end
  if have < n then
    if off + n > limit then
      return 0
    end
    short(off + n, false, c)
  end
  return 1
end

-- tree items: nothing is added while only measuring (t == nil)
local function add(t, field, c, off, n, le)
  if not t then return nil end
  if le then return t:add_le(field, c.tvb(off, n)) end
  return t:add(field, c.tvb(off, n))
end

local function add_value(t, field, c, off, n, value)
  if not t then return nil end
  return t:add(field, c.tvb(off, n), value)
end

local function add_text(t, field, c, off, n, encoding)
  if not t then return nil end
  return t:add_packet_field(field, c.tvb(off, n), encoding)
end

-- a subtree whose length is set by close() once its end is known; no field: no subtree, t itself
local function open(t, field, c, off, text)
  if not t then return nil end
  if not field then return t end
  local item = t:add(field, c.tvb(off, 0))
  if text then item:append_text(text) end
  return item
end

local function close(item, from, to)
  if item then item:set_len(to - from) end
end

local function note(c, item, expert, text)
  if item then item:add_proto_expert_info(expert, text) end
end

-- a whole number as text, the same on Lua 5.2 (floats) and later (integers)
local function int_text(x)
  if type(x) == "number" and x == math.floor(x) and math.abs(x) < 2 ^ 63 then
    return string.format("%d", x)
  end
  return tostring(x)
end

-- a @Const value as decode checks it: shown as the constant, or flagged with what it should be;
-- `names` (an enum's value string, or nil) names the codes
local function constant(item, got, want, name, expert, names)
  if not item then return end
  if got == want then
    item:append_text(" [constant]")
    return
  end
  local function text(x)
    if names and names[x] then return names[x] .. " (" .. int_text(x) .. ")" end
    return int_text(x)
  end
  item:append_text(" [incorrect, should be " .. text(want) .. "]")
  item:add_proto_expert_info(expert, name .. ": expected " .. text(want) .. ", found " .. text(got))
end

-- a @Range value as decode checks it: flagged with the range (`text`, as decode says it) when outside it
local function in_range(item, got, from, to, text, name, expert)
  if not item or (got >= from and got <= to) then return end
  item:append_text(" [out of range, should be " .. text .. "]")
  item:add_proto_expert_info(expert, name .. ": expected " .. text .. ", found " .. int_text(got))
end

-- checksums over the bytes [from, to) of the tvb
local function bytes_of(c, from, to)
  if to <= from then return "" end
  return c.tvb:raw(from, to - from)
end

local checksums = {}

function checksums.crc8(data)
  local crc = 0
  for i = 1, #data do
    crc = bxor(crc, data:byte(i))
    for _ = 1, 8 do
      if band(crc, 0x80) ~= 0 then crc = band(bxor(lshift(crc, 1), 0x07), 0xFF) else crc = band(lshift(crc, 1), 0xFF) end
    end
  end
  return crc
end

local function reflected(data, init, poly, xorout)
  local crc = init
  for i = 1, #data do
    crc = bxor(crc, data:byte(i))
    for _ = 1, 8 do
      if band(crc, 1) ~= 0 then crc = bxor(rshift(crc, 1), poly) else crc = rshift(crc, 1) end
    end
  end
  return bxor(crc, xorout)
end

function checksums.crc16_modbus(data)
  return reflected(data, 0xFFFF, 0xA001, 0)
end

function checksums.crc16_ccitt_false(data)
  local crc = 0xFFFF
  for i = 1, #data do
    crc = bxor(crc, lshift(data:byte(i), 8))
    for _ = 1, 8 do
      if band(crc, 0x8000) ~= 0 then crc = band(bxor(lshift(crc, 1), 0x1021), 0xFFFF) else crc = band(lshift(crc, 1), 0xFFFF) end
    end
  end
  return crc
end

function checksums.crc32(data)
  return reflected(data, 0xFFFFFFFF, 0xEDB88320, 0xFFFFFFFF)
end

function checksums.crc32c(data)
  return reflected(data, 0xFFFFFFFF, 0x82F63B78, 0xFFFFFFFF)
end

function checksums.sum8(data)
  local sum = 0
  for i = 1, #data do sum = (sum + data:byte(i)) % 256 end
  return sum
end

function checksums.xor8(data)
  local x = 0
  for i = 1, #data do x = bxor(x, data:byte(i)) end
  return x
end
