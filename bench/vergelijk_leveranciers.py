"""Vinden de foute leveranciers van tests/leveranciers/semantisch.py met `pwib vergelijk --aantal 2000`?

    .venv/bin/python -m bench.vergelijk_leveranciers [--aantal 2000] [--zaad 42] [--fout NAAM]

Per fout: op welke casus (per operatie) het eerste verschil kwam, hoeveel verschillen voorlopig waren (het
antwoord van de referentie rust op een voorlopige waarde of lezing: ze beslissen niet), het gekrompen scenario,
en of dat scenario `pwib lint`-schoon is, slaagt tegen de referentie en faalt tegen de leverancier (exitcodes
lint, referentie, leverancier: 0, 0, 1 is het bewijs). Daarna de referentie tegen zichzelf over HTTP: 0
verschillen verwacht.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from api import create_app
from api.cli import main as pwib
from tests.leveranciers import bewijs, semantisch
from tests.leveranciers.server import op_http


def _vergelijk(url: str, map_: Path, aantal: int, zaad: int, paden: tuple[str, ...]) -> dict[str, object]:
    args = ["vergelijk", "--target", url, "--aantal", str(aantal), "--zaad", str(zaad), "--gelijktijdig", "4",
            "--report-dir", str(map_)]
    for pad in paden:
        args += ["--operatie", pad]
    pwib(args)
    rapport: dict[str, object] = json.loads((map_ / "vergelijking.json").read_text("utf-8"))
    return rapport


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--aantal", type=int, default=2000)
    parser.add_argument("--zaad", type=int, default=42)
    parser.add_argument("--fout", action="append", default=[])
    parser.add_argument("--referentie", type=int, default=0, help="ook de referentie tegen zichzelf, N per operatie")
    args = parser.parse_args()
    with op_http(semantisch.app()) as (url, _), op_http(create_app()) as (referentie, _):
        for naam, (fout, paden) in semantisch.FOUTEN.items():
            if args.fout and naam not in args.fout:
                continue
            with tempfile.TemporaryDirectory() as map_, fout():
                begin = time.perf_counter()
                rapport = _vergelijk(url, Path(map_), args.aantal, args.zaad, paden)
                duur = time.perf_counter() - begin
                operaties: dict[str, dict[str, object]] = rapport["operaties"]  # type: ignore[assignment]
                eerste = {pad: o["eersteVerschil"] for pad, o in operaties.items()}
                voorlopig = {pad: o["voorlopig"] for pad, o in operaties.items()}
                print(f"== {naam}: eerste verschil per operatie {eerste}, voorlopig verschillend (beslissen niet) "
                      f"{voorlopig} ({duur:.0f} s)")
                for pad, o in operaties.items():
                    bevindingen: list[dict[str, object]] = o["bevindingen"]  # type: ignore[assignment]
                    if not bevindingen:
                        continue
                    # het bewijs: liefst een beslissende bevinding, dan de best uitgedrukte, dan de kortste
                    b = min(bevindingen, key=lambda b: (not b["beslissend"],
                                                        len(b["nietUitgedrukt"]),  # type: ignore[arg-type]
                                                        str(b["scenario"]).count("\n")))
                    scenario = str(b["scenario"])
                    maatregel = scenario.split(maxsplit=1)[0].lstrip("@")
                    lint, oordelen = bewijs.lint_conformance(scenario, maatregel, [referentie, url])
                    print(f"-- {pad}: casus {b['casusnummer']}{'' if b['beslissend'] else ' (voorlopig)'}, "
                          f"{b['proeven']} proeven; pwib lint {lint}; "
                          f"referentie {oordelen[0]}, leverancier {oordelen[1]}; "
                          f"niet uitgedrukt: {b['nietUitgedrukt']}")
                    print(scenario)
        if args.referentie:
            with tempfile.TemporaryDirectory() as map_:
                begin = time.perf_counter()
                rapport = _vergelijk(referentie, Path(map_), args.referentie, args.zaad, ())
                print(f"== referentie over HTTP tegen het orakel: {rapport['totaal']} "
                      f"({time.perf_counter() - begin:.0f} s)")


if __name__ == "__main__":
    main()
