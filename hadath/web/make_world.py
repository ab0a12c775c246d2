"""Maintainer tool: regenerate ``static/world-110m.json``, the country outlines of the map.

The outlines are Natural Earth's 1:110m admin-0 countries (public domain), as shipped in the
``naturalearth_lowres`` shapefile of geopandas 0.14 (BSD-3; the data itself is Natural Earth's).
Run once, commit the output; the server never reads anything but the generated file::

    pip download --no-deps geopandas==0.14.4 && unzip geopandas-0.14.4-*.whl 'geopandas/datasets/*'
    python -m hadath.web.make_world geopandas/datasets/naturalearth_lowres

Coordinates are rounded to 0.1° and rings flattened to ``[lon, lat, lon, lat, …]``: a low-resolution
outline for orientation, not for measuring anything.
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).parent / "static" / "world-110m.json"


def read_dbf(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    n, header_len, rec_len = struct.unpack("<IHH", data[4:12])
    fields: list[tuple[str, int]] = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[pos + 16]))
        pos += 32
    rows = []
    for k in range(n):
        off = header_len + k * rec_len + 1  # skip the deletion flag
        row = {}
        for name, length in fields:
            row[name] = data[off:off + length].decode("utf-8", "replace").strip()
            off += length
        rows.append(row)
    return rows


def read_polygons(path: Path) -> list[list[list[tuple[float, float]]]]:
    data = path.read_bytes()
    pos = 100
    shapes: list[list[list[tuple[float, float]]]] = []
    while pos < len(data):
        _num, words = struct.unpack(">ii", data[pos:pos + 8])
        content = data[pos + 8:pos + 8 + 2 * words]
        pos += 8 + 2 * words
        (stype,) = struct.unpack("<i", content[:4])
        if stype != 5:  # only polygons in this file; a null shape has no rings
            shapes.append([])
            continue
        n_parts, n_points = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", content[44:44 + 4 * n_parts]))
        pts_off = 44 + 4 * n_parts
        pts = struct.unpack(f"<{2 * n_points}d", content[pts_off:pts_off + 16 * n_points])
        xy = list(zip(pts[0::2], pts[1::2], strict=True))
        bounds = [*parts, n_points]
        shapes.append([xy[bounds[i]:bounds[i + 1]] for i in range(n_parts)])
    return shapes


def simplify(ring: list[tuple[float, float]]) -> list[float]:
    out: list[float] = []
    last: tuple[float, float] | None = None
    for x, y in ring:
        p = (round(x, 1), round(y, 1))
        if p != last:
            out.extend(p)
            last = p
    return out


def build(src: Path) -> dict[str, Any]:
    stem = src / src.name
    rows = read_dbf(stem.with_suffix(".dbf"))
    shapes = read_polygons(stem.with_suffix(".shp"))
    countries = []
    for row, rings in zip(rows, shapes, strict=True):
        flat = [r for r in (simplify(x) for x in rings) if len(r) >= 6]
        if flat:
            a3 = row.get("iso_a3", "")
            if a3 == "-99":  # Natural Earth leaves a few unassigned; Kosovo has XKX by convention
                a3 = "XKX" if row.get("name") == "Kosovo" else ""
            countries.append({"a3": a3, "name": row.get("name", ""),
                              "rings": flat})
    return {"source": "Natural Earth 1:110m admin-0 countries (public domain), via geopandas "
                      "0.14 naturalearth_lowres; rounded to 0.1 degree",
            "countries": countries}


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        raise SystemExit("usage: python -m hadath.web.make_world DIR_WITH_naturalearth_lowres")
    world = build(Path(argv[0]))
    OUT.write_text(json.dumps(world, separators=(",", ":"), ensure_ascii=False) + "\n",
                   encoding="utf-8")
    print(f"wrote {OUT} ({len(world['countries'])} countries)")


if __name__ == "__main__":
    main(sys.argv[1:])
