"""`pwib`: de compositiewortel. Alleen hier ontmoeten de referentie-app en de suite elkaar.

    pwib serve [--host H] [--port P] [--workers N]
    pwib conformance [--target URL] [--tags EXPR] [--report-dir DIR] [--timeout S]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console

from api import create_app
from api.server import serveer
from conformance.doel import http_doel, wsgi_doel
from conformance.runner import Opdracht, Uitgang, voer_uit

EPILOOG = """exitcodes van conformance:
  0  conform: elk geselecteerd scenario is geslaagd
  1  niet conform: een scenario is gefaald of kon niet worden beoordeeld
  2  gebruiks- of configuratiefout (bijv. een onjuiste --tags of geen scenario geselecteerd)
  3  doel onbereikbaar: er kon niets worden beoordeeld
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pwib",
                                     description="Participatiewet in balans: referentie en conformiteitssuite",
                                     epilog=EPILOOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="opdracht", required=True)
    serve = sub.add_parser("serve", help="start de referentie-API op een productie-WSGI-server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--workers", type=int, default=None, help="aantal workers (standaard: 2 × kernen + 1)")
    conf = sub.add_parser("conformance", help="draai de suite tegen een doel", epilog=EPILOOG,
                          formatter_class=argparse.RawDescriptionHelpFormatter)
    conf.add_argument("--target", help="basis-URL, bijv. https://leverancier.example/api/v1 "
                                       "(zonder: de referentie in-process)")
    conf.add_argument("--tags", help='marker-expressie, bijv. "M04 or M06"')
    conf.add_argument("--report-dir", type=Path, default=Path("rapport"), help="map voor de rapporten")
    conf.add_argument("--timeout", type=float, default=10.0, help="time-out per verzoek in seconden")
    return parser


def _conformance(args: argparse.Namespace, console: Console) -> int:
    if args.timeout <= 0:
        console.print("pwib: --timeout moet groter dan 0 zijn")
        return Uitgang.GEBRUIKSFOUT
    doel = http_doel(args.target, args.timeout) if args.target else wsgi_doel(create_app())
    uitkomst = voer_uit(doel, Opdracht(tags=args.tags, rapportmap=args.report_dir,
                                       voortgang=console.is_terminal))
    if uitkomst.run is None:
        console.print(f"pwib: {uitkomst.melding}")
        return uitkomst.uitgang
    telling = uitkomst.run.telling()
    for resultaat in uitkomst.run.resultaten:
        if resultaat.oordeel != "geslaagd":
            console.print(f"  {resultaat.oordeel:<12} {resultaat.id or '?':<9} {resultaat.titel}: "
                          f"{resultaat.melding or ''}", markup=False, highlight=False)
    console.print(f"{uitkomst.melding}: {telling['geslaagd']} geslaagd, {telling['gefaald']} gefaald, "
                  f"{telling['fout']} fout, {telling['overgeslagen']} overgeslagen tegen {uitkomst.run.doel}")
    console.print(f"rapporten: {args.report_dir / 'resultaat.json'} en {args.report_dir / 'junit.xml'}")
    return uitkomst.uitgang


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    console = Console(soft_wrap=True)
    if args.opdracht == "serve":
        serveer(create_app(), host=args.host, port=args.port, workers=args.workers)
        return 0
    return _conformance(args, console)


if __name__ == "__main__":
    sys.exit(main())
