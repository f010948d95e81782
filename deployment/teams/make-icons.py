#!/usr/bin/env python3
"""Draws the two Teams icons of ElectroTutor with the standard library only (no imaging package needed).

The motif is a stylised action potential: a flat resting line, a steep upstroke to an overshoot, repolarisation
with a brief after-hyperpolarisation, and the return to rest.

  color.png    192 x 192, white trace on a rounded blue tile (Teams draws it on any background)
  outline.png   32 x  32, white trace on a fully transparent background, as Teams requires

Run from anywhere: python3 deployment/teams/make-icons.py  (writes next to this file; the output is deterministic).
"""
import math
import pathlib
import struct
import zlib

# The trace in unit coordinates (x right, y down), from rest through the spike and undershoot back to rest.
TRACE = [
    (0.08, 0.66), (0.30, 0.66), (0.36, 0.63), (0.42, 0.18), (0.47, 0.16),
    (0.53, 0.50), (0.59, 0.76), (0.67, 0.74), (0.78, 0.67), (0.92, 0.66),
]
BLUE = (30, 90, 168)    # #1E5AA8, the manifest's accentColor
WHITE = (255, 255, 255)
SAMPLES = 4             # supersampling per axis, for smooth edges


def distance_to_segment(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def on_trace(x, y, half_width):
    return any(distance_to_segment(x, y, *a, *b) <= half_width for a, b in zip(TRACE, TRACE[1:]))


def in_rounded_tile(x, y, margin, radius):
    # Distance outside a rounded square spanning [margin, 1 - margin] in both axes.
    cx = max(margin + radius - x, 0.0, x - (1 - margin - radius))
    cy = max(margin + radius - y, 0.0, y - (1 - margin - radius))
    return math.hypot(cx, cy) <= radius


def coverage(size, px, py, inside):
    """Fraction of a pixel's sub-samples for which inside(x, y) holds, coordinates in [0, 1]."""
    hits = 0
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            if inside((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size):
                hits += 1
    return hits / (SAMPLES * SAMPLES)


def draw_color(size=192):
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            tile = coverage(size, px, py, lambda x, y: in_rounded_tile(x, y, 0.0, 0.18))
            line = coverage(size, px, py, lambda x, y: on_trace(x, y, 0.035))
            rgb = [round(b + (w - b) * line) for b, w in zip(BLUE, WHITE)]
            row.append((*rgb, round(255 * max(tile, line))))
        rows.append(row)
    return rows


def draw_outline(size=32):
    # Only white with varying alpha: Teams recolours the outline icon and rejects other colours.
    return [[(255, 255, 255, round(255 * coverage(size, px, py, lambda x, y: on_trace(x, y, 0.06))))
             for px in range(size)] for py in range(size)]


def png(rows):
    height, width = len(rows), len(rows[0])

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + bytes(channel for pixel in row for channel in pixel) for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA, no interlace
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    here = pathlib.Path(__file__).resolve().parent
    (here / "color.png").write_bytes(png(draw_color()))
    (here / "outline.png").write_bytes(png(draw_outline()))
    print(f"wrote {here / 'color.png'} and {here / 'outline.png'}")
