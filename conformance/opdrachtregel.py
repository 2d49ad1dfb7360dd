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
from enum import IntEnum
from pathlib import Path
from typing import Any, Literal

from rich.console import Console

from conformance.aansturen.doel import Verbindingsbeleid, WsgiApp, http_doel, wsgi_doel
from conformance.aansturen.verbinding import OngeldigeUrl
from conformance.inlezen.inhoud import versie
from conformance.kern.afwijking import ConfiguratieFout
from conformance.oordelen.certificering import gepubliceerde_hashes
from conformance.oordelen.oordeel import Uitgang
from conformance.plugin import kopregels
from conformance.runner import Opdracht, Uitkomst, voer_uit
from conformance.vastleggen.handtekening import LOS, lees_publieke_sleutel, verifieer, verifieer_los

EPILOOG = """exitcodes van conformance:
  0    conform: een certificeringsrun waarin elk beslissend scenario en elke ADR-regel (moet) is
       geslaagd, zonder ontheffing
  1    niet conform (een beslissend scenario gefaald) of onvolledig (fout, overgeslagen, ontheffing,
       of een ontwikkelrun: --tags, PWIB_FEATURES, een niet-gepubliceerde suitehash, geen --product)
  2    gebruiks- of configuratiefout (bijv. een onjuiste --tags, een ongeldig profiel, een onbruikbare
       --report-dir, een rapport dat niet kon worden geschreven)
  3    doel onbereikbaar: er kon niets worden beoordeeld
  130  onderbroken (Ctrl-C): het rapport zegt `onderbroken`; een tweede Ctrl-C stopt meteen

exitcodes van rapport verifieer:
  0  in orde: intact, en ondertekend met de sleutel van --key
  1  NIET IN ORDE: veranderd, dubbele sleutels, handtekening of sleutel klopt niet, of een
     conform rapport met een niet-gepubliceerde suitehash
  2  gebruiksfout (bestand of sleutel onleesbaar)
  4  intact, maar de ondertekenaar is niet gecontroleerd (geen --key): geen bewijs van wie het tekende

inloggegevens: --header "Authorization: Bearer ..." of PWIB_HEADER_AUTHORIZATION="Bearer ...";
ze gaan mee op elk verzoek (niet op openapi.json) en komen in geen rapport of melding.
"""

OPDRACHTEN = ("conformance", "rapport")
REFERENTIE = "pwib referentie-API"
MAX_RAPPORT = 64 * 1024 * 1024


class Verificatiecode(IntEnum):
    """De exitcodes van `pwib rapport verifieer`."""

    IN_ORDE = 0
    NIET_IN_ORDE = 1
    GEBRUIKSFOUT = 2
    ONDERTEKENAAR_NIET_GECONTROLEERD = 4


def voeg_toe(sub: Any) -> None:
    """Hang `conformance` en `rapport` in de subparsers van `pwib`."""
    conf = sub.add_parser("conformance", help="draai de suite tegen een doel", epilog=EPILOOG,
                          formatter_class=argparse.RawDescriptionHelpFormatter)
    conf.add_argument("--target", help="basis-URL, bijv. https://leverancier.example/api/v1 "
                                       "(zonder: de referentie in-process)")
    conf.add_argument("--tags", help='marker-expressie, bijv. "M04 or M06" (een ontwikkelrun: nooit conform)')
    conf.add_argument("--product", help="naam van het product dat wordt getoetst (nodig voor certificering)")
    conf.add_argument("--productversie", help="versie van dat product (nodig voor certificering)")
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
    verifieer_parser = rapport_sub.add_parser("verifieer", help="controleer sha256 en handtekening van resultaat.json",
                                              epilog=EPILOOG, formatter_class=argparse.RawDescriptionHelpFormatter)
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
    try:
        doel = http_doel(args.target, kopregels=extra, beleid=beleid) if args.target else wsgi_doel(referentie(), extra)
    except OngeldigeUrl as fout:
        console.print(f"pwib: --target: {fout}")
        return Uitgang.GEBRUIKSFOUT
    product, productversie = args.product, args.productversie
    if not args.target:
        product, productversie = product or REFERENTIE, productversie or versie()
    uitkomst = voer_uit(doel, Opdracht(
        tags=args.tags, rapportmap=args.report_dir, voortgang=_voortgang(args, console), profiel=args.profile,
        ontheffingen=args.waivers, sleutel=args.sign, product=product, productversie=productversie,
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
    certificering = uitkomst.rapport["certificering"]
    if not certificering["certificeerbaar"]:
        console.print("ontwikkelrun, niet certificeerbaar: " + "; ".join(certificering["redenen"]),
                      markup=False, highlight=False)
    console.print(f"{uitkomst.rapport['uitslag']}: " + ", ".join(f"{n} {o}" for o, n in telling.items() if n)
                  + f" tegen {uitkomst.rapport['doel']}", markup=False, highlight=False)
    if not args.quiet:
        console.print("rapporten: " + ", ".join(str(p) for p in uitkomst.rapporten), markup=False, highlight=False)
    return uitkomst.uitgang


def _zonder_dubbele_sleutels(paren: list[tuple[str, Any]]) -> dict[str, Any]:
    gezien: dict[str, Any] = {}
    for sleutel, waarde in paren:
        if sleutel in gezien:
            raise ValueError(f"dubbele sleutel {sleutel!r}: een rapport met dubbele sleutels is nooit in orde")
        gezien[sleutel] = waarde
    return gezien


def _geen_constante(naam: str) -> Any:
    raise ValueError(f"{naam} is geen JSON-getal")


def _lees_rapport(pad: Path) -> tuple[bytes, Any]:
    with pad.open("rb") as bestand:
        data = bestand.read(MAX_RAPPORT + 1)
    if len(data) > MAX_RAPPORT:
        raise ValueError(f"groter dan {MAX_RAPPORT // (1024 * 1024)} MiB")
    return data, json.loads(data.decode("utf-8"), object_pairs_hook=_zonder_dubbele_sleutels,
                            parse_constant=_geen_constante)


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
    def meld(tekst: str) -> None:
        console.print(tekst, markup=False, highlight=False)

    try:
        sleutel = lees_publieke_sleutel(args.key) if args.key else None
        if not args.bestand.is_file():
            raise ConfiguratieFout(str(args.bestand), "(bestand)", "bestaat niet of is geen bestand")
    except ConfiguratieFout as fout:
        meld(f"pwib: {args.bestand}: {fout}")
        return Verificatiecode.GEBRUIKSFOUT
    try:
        data, rapport = _lees_rapport(args.bestand)
    except (OSError, ValueError, RecursionError) as fout:
        meld(f"NIET IN ORDE: {args.bestand}: geen leesbaar rapport: {fout}")
        return Verificatiecode.NIET_IN_ORDE
    if not isinstance(rapport, dict):
        meld(f"NIET IN ORDE: {args.bestand}: geen rapport (geen JSON-object)")
        return Verificatiecode.NIET_IN_ORDE
    uitkomst = verifieer(rapport, sleutel)
    los = args.bestand.with_name(args.bestand.name + LOS)
    if uitkomst.handtekening_klopt and los.is_file():
        publiek = sleutel or uitkomst.publieke_sleutel
        if publiek is None or not verifieer_los(data, los.read_bytes(), publiek):
            uitkomst.problemen.append(f"de losse handtekening {los.name} klopt niet bij de exacte bytes")
    suite: dict[str, Any] = rapport["suite"] if isinstance(rapport.get("suite"), dict) else {}
    gepubliceerd = gepubliceerde_hashes().get(str(suite.get("versie")))
    if gepubliceerd is not None and gepubliceerd == suite.get("sha256"):
        suitemelding = f"de gepubliceerde suitehash van versie {suite.get('versie')}"
    else:
        suitemelding = f"NIET de gepubliceerde suitehash van versie {suite.get('versie')} (een ontwikkelrun)"
        if rapport.get("uitslag") == "conform":
            uitkomst.problemen.append(f"het rapport zegt conform, maar de suite is {suitemelding}")
    for probleem in uitkomst.problemen:
        meld(f"NIET IN ORDE: {probleem}")
    if not uitkomst.in_orde:
        return Verificatiecode.NIET_IN_ORDE
    kern = (f"{os.fspath(args.bestand)} is intact (sha256 over RFC 8785); suite: {suitemelding}; "
            f"uitslag {rapport.get('uitslag')!r}")
    if sleutel is None:
        ondertekend = (f"ondertekend met {uitkomst.vingerafdruk}" if uitkomst.ondertekend else "niet ondertekend")
        meld(f"ONDERTEKENAAR NIET GECONTROLEERD: {kern}; {ondertekend}, maar zonder --key is niet bekend wie "
             "tekende (iedereen kan een veranderd rapport opnieuw tekenen)")
        return Verificatiecode.ONDERTEKENAAR_NIET_GECONTROLEERD
    meld(f"in orde: {kern}; ondertekend met de verwachte sleutel {uitkomst.vingerafdruk}")
    return Verificatiecode.IN_ORDE
