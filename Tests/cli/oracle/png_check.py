#!/usr/bin/env python3
"""Checks that a PNG screenshot shows a rendered page, with only the
standard library (zlib): the expected size, mostly not blank, many colours,
and enough pixels of each given bar colour (the SVG charts drew).

    png_check.py FILE WIDTH HEIGHT [RRGGBB ...]

Prints what it measured; exit 1 when a check fails.
"""
import struct
import sys
import zlib

path, want_w, want_h = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
colours = [tuple(int(c[i:i + 2], 16) for i in (0, 2, 4)) for c in sys.argv[4:]]
data = open(path, "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, width = 8, b"", None
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
assert depth == 8 and ctype in (2, 6), f"unexpected PNG format: depth {depth}, colour type {ctype}"
bpp = 3 if ctype == 2 else 4
raw, stride = zlib.decompress(idat), width * bpp
prev, rows, i = bytearray(stride), [], 0
for _ in range(height):
    f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
    i += 1 + stride
    for x in range(stride):
        a = line[x - bpp] if x >= bpp else 0
        b, c = prev[x], prev[x - bpp] if x >= bpp else 0
        if f == 1: line[x] = (line[x] + a) & 255
        elif f == 2: line[x] = (line[x] + b) & 255
        elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    rows.append(line)
    prev = line
counts = {}
for line in rows:
    for x in range(0, stride, bpp):
        px = bytes(line[x:x + 3])
        counts[px] = counts.get(px, 0) + 1
total = width * height
non_white = total - counts.get(b"\xff\xff\xff", 0)
near = lambda px, c: all(abs(px[k] - c[k]) <= 12 for k in range(3))
found = [sum(n for px, n in counts.items() if near(px, c)) for c in colours]
print(f"{path}: {width}x{height}, {len(counts)} colours, {100 * non_white / total:.1f}% not white, "
      f"bar pixels {found}")
ok = (width, height) == (want_w, want_h) and len(counts) >= 20 and 0.03 < non_white / total < 0.9 \
    and all(n >= 200 for n in found)
sys.exit(0 if ok else 1)
