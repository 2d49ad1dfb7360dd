"""De runner tegen elke vijandige leverancier uit tests/leveranciers/aanvallen.py: tijd en piek-RSS.

    .venv/bin/python -m bench.aanvallen [--naam DEEL]

Per aanval één `pwib conformance` als eigen proces over 127.0.0.1; drukt exitcode, uitslag,
wandkloktijd en piekgeheugen (VmHWM) van dat proces af, naast de grens die de test eist.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from api import create_app
from tests.leveranciers.aanvallen import AANVALLEN, meet


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--naam", default="", help="alleen aanvallen waarvan de naam dit bevat")
    args = parser.parse_args()
    print(f"{'aanval':32} {'exit':>4} {'uitslag':13} {'tijd s':>7} {'grens':>6} {'piek MiB':>9} {'grens':>6}")
    for aanval in AANVALLEN:
        if args.naam not in aanval.naam:
            continue
        with tempfile.TemporaryDirectory() as map_:
            meting = meet(create_app(), aanval, Path(map_) / "r")
        uitslag = json.loads(meting.uitvoer.get("resultaat.json", "{}")).get("uitslag", "(geen rapport)")
        print(f"{aanval.naam:32} {meting.uitgang:>4} {uitslag:13} {meting.seconden:>7.2f} {aanval.seconden:>6.0f} "
              f"{meting.piek_mebibytes:>9.0f} {aanval.mebibytes:>6.0f}", flush=True)


if __name__ == "__main__":
    main()
