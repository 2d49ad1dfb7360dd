"""`pwib`: de compositiewortel. Alleen hier ontmoeten de referentie-app en de suite elkaar.

    pwib serve [--host H] [--port P] [--workers N]
    pwib conformance [--target URL] [--tags EXPR] [--profile P] [--waivers W] [--header H] [--report-dir DIR]
                     [--sign KEY] [--timeout S]
    pwib rapport verifieer FILE [--key PUB]
    pwib steps [--markdown] [--output FILE] [--maatregel ID]
    pwib lint [PATH ...]
    pwib vergelijk --target URL [--aantal N] [--zaad S] [--casussen FILE] [--gelijktijdig K] [--report-dir DIR]
"""

from __future__ import annotations

import argparse
import gc
import sys
from typing import Any

from rich.console import Console

from api import create_app
from api.orakel import Orakel
from api.server import PoortBezet, serveer
from conformance import opdrachtregel
from conformance.hulpmiddelen import opdrachtregel as hulpmiddelen
from conformance.opdrachtregel import EPILOOG
from conformance.vergelijk import opdracht as vergelijk
from conformance.vergelijk.beslissend import voorlopige_gronden


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pwib",
                                     description="Participatiewet in balans: referentie en conformiteitssuite",
                                     epilog=EPILOOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="opdracht", required=True)
    serve = sub.add_parser("serve", help="start de referentie-API op een productie-WSGI-server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--workers", type=int, default=None, help="aantal workers (standaard: één per kern)")
    opdrachtregel.voeg_toe(sub)  # pwib conformance, pwib rapport verifieer
    hulpmiddelen.voeg_toe(sub)  # pwib steps, pwib lint
    vergelijk.voeg_toe(sub)  # pwib vergelijk
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    console = Console(soft_wrap=True)
    if args.opdracht == "serve":
        if not 1 <= args.port <= 65535 or (args.workers is not None and args.workers < 1):
            console.print("pwib serve: --port ligt tussen 1 en 65535 en --workers is minstens 1",
                          markup=False, highlight=False)
            return 2
        try:
            serveer(host=args.host, port=args.port, workers=args.workers)
        except PoortBezet as fout:
            console.print(f"pwib serve: {fout}", markup=False, highlight=False)
            return 2
        return 0
    if args.opdracht == vergelijk.OPDRACHT:
        orakel, met_uitleg = Orakel(uitleg=False), Orakel(uitleg=True)

        def voorlopig(pad: str, verzoek: Any) -> tuple[str, ...]:
            """Alleen een verschil en een stap van het krimpen vragen ernaar: de massa blijft bij het snelle orakel."""
            return voorlopige_gronden(met_uitleg("POST", pad, verzoek, None))

        gc.freeze()  # contract, schema's en parameters blijven tot het einde: de GC hoeft ze niet telkens te doorlopen
        return vergelijk.voer_uit(args, orakel, voorlopig, console)
    if args.opdracht in hulpmiddelen.OPDRACHTEN:
        return hulpmiddelen.voer_uit(args)
    return opdrachtregel.voer_opdracht_uit(args, create_app, console)


if __name__ == "__main__":
    sys.exit(main())
