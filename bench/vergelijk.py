"""Snelheid van `pwib vergelijk`: genereren, het orakel in-process, en vergelijken tegen `pwib serve`.

    .venv/bin/python -m bench.vergelijk [--aantal 2000] [--doel http://127.0.0.1:8080/v1]

Drukt af: (1) de tijd om `--aantal` casussen per operatie te genereren voor alle operaties; (2) vergeleken
maandberekeningen per seconde met het orakel in-process (zonder uitleg), één opgewarmd proces per kern, over
40.000 verschillende gegenereerde verzoeken, en waar de tijd van één berekening heen gaat; (3) met `--doel` (een
draaiende `pwib serve`): vergeleken casussen per seconde met `--gelijktijdig 16`, in de vergelijking zelf
(duurSeconden van het rapport) en van begin tot eind.
De machine kan gedeeld zijn: draai het een paar keer en noem de spreiding.
"""

from __future__ import annotations

import argparse
import collections
import gc
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

from api.orakel import Orakel
from api.vertaling.berekening import antwoord, berekeningsfeiten
from api.vertaling.gemeenschappelijk import met_grondslagen
from conformance.generatie.domein import Grenzen
from conformance.generatie.verzoeken import Generator, operaties
from conformance.inlezen.contract import contract
from conformance.vergelijk.beslissend import onjuiste_velden, per_operatie, verschillen
from reference import bereken_bijstand, parameterboek

BEREKENING = "/berekeningen/bijstand"


def _generator(orakel: Orakel) -> Generator:
    return Generator(contract(), Grenzen.uit(
        lambda d: orakel("GET", "/parameters", None, {"peildatum": d.isoformat()})[1]["parameters"]))


_ORAKEL: list[Orakel] = []


def _warm() -> None:
    """In elk proces eenmaal, vóór de tijd loopt: het orakel en de velden (contract, parameters, schema's)."""
    if not _ORAKEL:
        _ORAKEL.append(Orakel(uitleg=False))
        per_operatie(contract())
        gc.freeze()  # zoals pwib vergelijk: wat blijft, doorloopt de GC niet telkens


def _vergelijk_deel(verzoeken: list[dict[str, Any]]) -> tuple[int, float]:
    _warm()
    orakel, velden = _ORAKEL[0], per_operatie(contract())[BEREKENING]
    begin = time.perf_counter()
    for verzoek in verzoeken:
        antwoord = orakel("POST", BEREKENING, verzoek, None)
        verschillen(velden, antwoord, antwoord)
    return len(verzoeken), time.perf_counter() - begin


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--aantal", type=int, default=2000)
    parser.add_argument("--doel")
    args = parser.parse_args()
    orakel = Orakel(uitleg=False)
    generator = _generator(orakel)
    begin = time.perf_counter()
    alle = {pad: list(generator.reeks(pad, args.aantal, random.Random(pad),  # noqa: S311
                                      lambda p, v: onjuiste_velden(orakel("POST", p, v, None))))
            for pad in operaties(contract())}
    duur = time.perf_counter() - begin
    print(f"genereren: {args.aantal} casussen x {len(alle)} operaties in {duur:.1f} s")
    # elk verzoek één keer: een batch van verschillende verzoeken (geen herhaling die een cache zou belonen)
    batch = list(generator.reeks(BEREKENING, 40_000, random.Random(BEREKENING + "-batch"),  # noqa: S311
                                 lambda p, v: onjuiste_velden(orakel("POST", p, v, None))))
    kernen = os.cpu_count() or 1
    delen = [batch[i::kernen] for i in range(kernen)]
    with ProcessPoolExecutor(kernen, initializer=_warm) as pool:
        list(pool.map(_warm_op, range(kernen)))  # elk proces is gestart en opgewarmd voordat de tijd loopt
        begin = time.perf_counter()
        uitkomsten = list(pool.map(_vergelijk_deel, delen))
        wand = time.perf_counter() - begin
    aantal = sum(n for n, _ in uitkomsten)
    print(f"orakel in-process ({kernen} processen, zonder uitleg): {aantal} verschillende maandberekeningen "
          f"vergeleken, {aantal / wand:.0f}/s over de wand, {sum(n / d for n, d in uitkomsten):.0f}/s opgeteld "
          "per proces")
    _per_stap(batch[:8000])
    if args.doel:
        with tempfile.TemporaryDirectory() as map_:
            begin = time.perf_counter()
            subprocess.run([sys.executable, "-m", "api.cli", "vergelijk", "--target", args.doel, "--aantal",  # noqa: S603
                            str(args.aantal), "--gelijktijdig", "16", "--operatie", BEREKENING,
                            "--report-dir", map_], check=False, capture_output=True)
            geheel = time.perf_counter() - begin
            rapport = json.loads((Path(map_) / "vergelijking.json").read_text("utf-8"))
        vergeleken = rapport["totaal"]["vergeleken"]
        print(f"tegen {args.doel} (--gelijktijdig 16, {args.aantal} berekeningen): "
              f"{vergeleken / rapport['duurSeconden']:.0f} casussen/s in de vergelijking "
              f"({rapport['duurSeconden']:.1f} s), {args.aantal / geheel:.0f}/s inclusief starten en genereren")


def _per_stap(verzoeken: list[dict[str, Any]]) -> None:
    """Waar de tijd van één vergeleken maandberekening heen gaat, in dit proces (het beste van 3 rondes, CPU-tijd):
    de vertaling van het verzoek, de regels, het antwoord met zijn grondslagen, en het vergelijken. Samen iets
    minder dan een aanroep van het orakel, dat ook het schema toetst."""
    _warm()
    orakel, velden, boek = _ORAKEL[0], per_operatie(contract())[BEREKENING], parameterboek()
    peildata = [date.fromisoformat(v["peildatum"]) for v in verzoeken]
    standen = [boek.stand(d, met_uitleg=False) for d in peildata]
    feiten = [berekeningsfeiten(v) for v in verzoeken]
    besluiten = [bereken_bijstand(f, s) for f, s in zip(feiten, standen, strict=True)]
    antwoorden = [(200, met_grondslagen(antwoord(b, d, met_uitleg=False))) for b, d in zip(besluiten, peildata,
                                                                                          strict=True)]
    stappen: dict[str, Callable[[], Iterator[object]]] = {  # elke uitkomst wordt meteen weggegooid
        "orakel (alles hieronder en het schema)": lambda: (orakel("POST", BEREKENING, v, None) for v in verzoeken),
        "  verzoek -> feiten": lambda: (berekeningsfeiten(v) for v in verzoeken),
        "  regels (bereken_bijstand)": lambda: (bereken_bijstand(f, s) for f, s in zip(feiten, standen, strict=True)),
        "  besluit -> antwoord met grondslagen": lambda: (met_grondslagen(antwoord(b, d, met_uitleg=False))
                                                          for b, d in zip(besluiten, peildata, strict=True)),
        "vergelijken (beslissende velden)": lambda: (verschillen(velden, a, a) for a in antwoorden),
    }
    for naam, stap in stappen.items():
        beste = min(_cpu(stap()) for _ in range(3))
        print(f"  {naam:<40} {beste / len(verzoeken) * 1e6:6.1f} µs per berekening")


def _cpu(uitkomsten: Iterator[object]) -> float:
    begin = time.process_time()
    collections.deque(uitkomsten, maxlen=0)
    return time.process_time() - begin


def _warm_op(_: int) -> None:
    _warm()


if __name__ == "__main__":
    main()
