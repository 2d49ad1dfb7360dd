"""De opdrachten `pwib conformance` en `pwib rapport verifieer`: opties inlezen en doorgeven, verder niets.

`api/cli.py` (de compositiewortel) hangt ze in de `pwib`-parser en geeft de referentie-app mee als
standaarddoel; hier wordt nooit een app gebouwd.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from rich.console import Console

from conformance.afwijking import ConfiguratieFout
from conformance.doel import Verbindingsbeleid, WsgiApp, http_doel, wsgi_doel
from conformance.handtekening import lees_publieke_sleutel, verifieer
from conformance.oordeel import Uitgang
from conformance.plugin import kopregels
from conformance.runner import Opdracht, Uitkomst, voer_uit

EPILOOG = """exitcodes van conformance:
  0  conform: elk beslissend scenario en elke ADR-regel (moet) is geslaagd, zonder ontheffing
  1  niet conform (een beslissend scenario gefaald) of onvolledig (fout, overgeslagen, ontheffing)
  2  gebruiks- of configuratiefout (bijv. een onjuiste --tags, een ongeldig profiel)
  3  doel onbereikbaar: er kon niets worden beoordeeld

inloggegevens: --header "Authorization: Bearer ..." of PWIB_HEADER_AUTHORIZATION="Bearer ...";
ze gaan mee op elk verzoek (niet op openapi.json) en komen in geen rapport of melding.
"""

OPDRACHTEN = ("conformance", "rapport")


def voeg_toe(sub: Any) -> None:
    """Hang `conformance` en `rapport` in de subparsers van `pwib`."""
    conf = sub.add_parser("conformance", help="draai de suite tegen een doel", epilog=EPILOOG,
                          formatter_class=argparse.RawDescriptionHelpFormatter)
    conf.add_argument("--target", help="basis-URL, bijv. https://leverancier.example/api/v1 "
                                       "(zonder: de referentie in-process)")
    conf.add_argument("--tags", help='marker-expressie, bijv. "M04 or M06"')
    conf.add_argument("--profile", type=Path, help="beleidsprofiel van de gemeente (YAML, fixtures/profielen/)")
    conf.add_argument("--waivers", type=Path, help="ontheffingen (YAML): scenario, reden, link")
    conf.add_argument("--header", action="append", default=[], metavar="'NAAM: WAARDE'",
                      help="extra kopregel op elk verzoek, bijv. Authorization (herhaalbaar)")
    conf.add_argument("--report-dir", type=Path, default=Path("rapport"), help="map voor de rapporten")
    conf.add_argument("--sign", type=Path, metavar="SLEUTEL", help="onderteken resultaat.json (Ed25519, PEM)")
    conf.add_argument("--timeout", type=float, default=10.0, help="time-out per verzoek in seconden")
    conf.add_argument("--max-connection-failures", type=int, default=3, metavar="N",
                      help="stop na N verbindingsfouten op rij; de rest wordt fout")
    conf.add_argument("--quiet", "-q", action="store_true",
                      help="geen voortgang en geen lijst van afwijkingen; alleen de uitslag")
    conf.add_argument("--format", choices=("tekst", "json"), default="tekst",
                      help="json: de uitslag als één JSON-object op stdout (voor scripts)")
    rapport = sub.add_parser("rapport", help="werk met een rapport")
    rapport_sub = rapport.add_subparsers(dest="rapportopdracht", required=True)
    verifieer_parser = rapport_sub.add_parser("verifieer", help="controleer sha256 en handtekening van resultaat.json")
    verifieer_parser.add_argument("bestand", type=Path)
    verifieer_parser.add_argument("--key", type=Path, help="de publieke sleutel (PEM) die het moet hebben getekend")


def voer_opdracht_uit(args: argparse.Namespace, referentie: Callable[[], WsgiApp], console: Console) -> int:
    if args.opdracht == "rapport":
        return _verifieer(args, console)
    return _conformance(args, referentie, console)


def _conformance(args: argparse.Namespace, referentie: Callable[[], WsgiApp], console: Console) -> int:
    if args.timeout <= 0 or args.max_connection_failures < 1:
        console.print("pwib: --timeout moet groter dan 0 zijn en --max-connection-failures minstens 1")
        return Uitgang.GEBRUIKSFOUT
    try:
        extra = kopregels(args.header)
    except ValueError as fout:
        console.print(f"pwib: --header: {fout}")
        return Uitgang.GEBRUIKSFOUT
    beleid = Verbindingsbeleid(timeout=args.timeout, max_verbindingsfouten=args.max_connection_failures)
    doel = http_doel(args.target, kopregels=extra, beleid=beleid) if args.target else wsgi_doel(referentie(), extra)
    uitkomst = voer_uit(doel, Opdracht(
        tags=args.tags, rapportmap=args.report_dir, voortgang=_voortgang(args, console), profiel=args.profile,
        ontheffingen=args.waivers, sleutel=args.sign,
        instellingen={"timeout": args.timeout, "kopregels": sorted(extra)},
    ))
    if args.format == "json":
        sys.stdout.write(json.dumps(_samenvatting(uitkomst), ensure_ascii=False, indent=2) + "\n")
        return uitkomst.uitgang
    if uitkomst.rapport is None:
        console.print(f"pwib: {uitkomst.melding}", markup=False, highlight=False)
        return uitkomst.uitgang
    for scenario in _afwijkingen(uitkomst.rapport) if not args.quiet else []:
        stap = scenario.get("falendeStap") or {}
        soort = "" if scenario["beslissend"] else " (beslist niet)"
        console.print(f"  {scenario['oordeel']:<12} {scenario['id'] or '?':<22} {scenario['titel']}{soort}: "
                      f"{stap.get('melding') or scenario.get('reden') or ''}", markup=False, highlight=False)
    telling = uitkomst.rapport["telling"]
    console.print(f"{uitkomst.rapport['uitslag']}: " + ", ".join(f"{n} {o}" for o, n in telling.items() if n)
                  + f" tegen {uitkomst.rapport['doel']}", markup=False, highlight=False)
    if not args.quiet:
        console.print("rapporten: " + ", ".join(str(p) for p in uitkomst.rapporten), markup=False, highlight=False)
    return uitkomst.uitgang


def _voortgang(args: argparse.Namespace, console: Console) -> Literal["balk", "regels", False]:
    """Een balk op een terminal, een regel per maatregel zonder (CI), niets met --quiet."""
    if args.quiet:
        return False
    return "balk" if console.is_terminal and args.format == "tekst" else "regels"


def _afwijkingen(rapport: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for s in [*rapport["voorcontrole"], *rapport["scenarios"]]
            if s["oordeel"] in ("gefaald", "fout", "overgeslagen")]


def _samenvatting(uitkomst: Uitkomst) -> dict[str, Any]:
    """`--format json`: uitslag, exitcode, tellingen, suite-hash, rapporten en de afwijkingen, in één object."""
    rapport = uitkomst.rapport
    if rapport is None:
        return {"uitslag": None, "exitcode": int(uitkomst.uitgang), "melding": uitkomst.melding}
    return {
        "uitslag": rapport["uitslag"], "exitcode": int(uitkomst.uitgang), "melding": uitkomst.melding,
        "doel": rapport["doel"], "telling": rapport["telling"], "suite": rapport["suite"]["sha256"],
        "rapporten": [str(p) for p in uitkomst.rapporten],
        "afwijkingen": [{"id": s["id"], "oordeel": s["oordeel"], "titel": s["titel"],
                         "melding": (s.get("falendeStap") or {}).get("melding") or s.get("reden")}
                        for s in _afwijkingen(rapport)],
    }


def _verifieer(args: argparse.Namespace, console: Console) -> int:
    try:
        rapport = json.loads(args.bestand.read_text("utf-8"))
        sleutel = lees_publieke_sleutel(args.key) if args.key else None
    except (OSError, ValueError, ConfiguratieFout) as fout:
        console.print(f"pwib: {args.bestand}: {fout}", markup=False, highlight=False)
        return Uitgang.GEBRUIKSFOUT
    if not isinstance(rapport, dict):
        console.print(f"pwib: {args.bestand}: geen rapport (geen JSON-object)", markup=False)
        return Uitgang.GEBRUIKSFOUT
    uitkomst = verifieer(rapport, sleutel)
    for probleem in uitkomst.problemen:
        console.print(f"NIET IN ORDE: {probleem}", markup=False, highlight=False)
    if uitkomst.in_orde:
        ondertekend = (f"ondertekend met {uitkomst.vingerafdruk}" if uitkomst.ondertekend else "niet ondertekend")
        console.print(f"in orde: {os.fspath(args.bestand)} is intact (sha256), {ondertekend}; "
                      f"uitslag {rapport.get('uitslag')!r}", markup=False, highlight=False)
        return 0
    return 1
