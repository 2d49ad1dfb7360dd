"""Vijandige profielen: tijd en piekgeheugen (tracemalloc) van het lezen tot de configuratiefout.

    .venv/bin/python -m bench.invoerbestanden

Per aanval (een alias-bom van 700 bytes, 60.000 niveaus nesting, UTF-16, Latin-1, een bestand van
meer dan 1 MiB) de tijd tot `ConfiguratieFout` en het piekgeheugen van Python daarbij.
Doel: elk < 1 s en < 64 MB; zonder grenzen kost de alias-bom gigabytes.
"""

from __future__ import annotations

import tempfile
import time
import tracemalloc
from pathlib import Path

from conformance.inlezen.profiel import lees_profiel
from conformance.kern.afwijking import ConfiguratieFout

ALIASBOM = ("a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{n}: &{n} [{', '.join([f'*{v}'] * 9)}]\n" for v, n in zip("abcdefgh", "bcdefghi", strict=True))).encode()
AANVALLEN = {
    "alias-bom": ALIASBOM,
    "60.000 diep": b"naam: x\nbeleid: " + b"[" * 60_000 + b"]" * 60_000 + b"\n",
    "UTF-16": "naam: x\nbeleid: {}\n".encode("utf-16"),
    "Latin-1": "naam: Súdwest-Fryslân\nbeleid: {}\n".encode("latin-1"),
    "2 MiB": b"naam: x\nbeleid: {}\n# " + b"x" * (2 * 1024 * 1024),
}


def main() -> None:
    with tempfile.TemporaryDirectory() as map_:
        for naam, inhoud in AANVALLEN.items():
            pad = Path(map_) / "profiel.yaml"
            pad.write_bytes(inhoud)
            tracemalloc.start()
            begin = time.perf_counter()
            try:
                lees_profiel(pad)
                melding = "GEEN FOUT"
            except ConfiguratieFout as fout:
                melding = f"{fout.sleutel}: {fout.probleem}"
            duur = time.perf_counter() - begin
            _, piek = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(f"{naam:<12} {len(inhoud):>9} bytes  {duur * 1000:7.1f} ms  piek {piek / 1e6:6.1f} MB  {melding}")


if __name__ == "__main__":
    main()
