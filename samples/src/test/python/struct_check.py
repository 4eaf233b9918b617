#!/usr/bin/env python3
"""Checks Wireform codecs against CPython's struct module, for StructHarness.

Reads lines `format|values|hex` from standard input: a struct format (a codec's STRUCT_FORMAT), a
Python tuple literal of values, and the bytes the codec encoded those values to. For each line it
prints `packed|verdict`: the hex of struct.pack(format, *values), and `ok` when
struct.unpack(format, bytes) gives the values back, else what it gave or why it could not.
Standard library only.
"""

import ast
import struct
import sys


def main():
    for line in sys.stdin:
        line = line.rstrip("\n")
        if not line:
            continue
        fmt, literal, encoded = line.split("|")
        values = ast.literal_eval(literal)
        packed = struct.pack(fmt, *values).hex()
        try:
            unpacked = struct.unpack(fmt, bytes.fromhex(encoded))
        except struct.error as e:
            print(packed + "|struct.error: " + str(e))
            continue
        print(packed + "|" + ("ok" if unpacked == values else repr(unpacked)))


if __name__ == "__main__":
    main()
