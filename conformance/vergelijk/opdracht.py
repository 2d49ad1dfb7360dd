"""De opdracht `pwib vergelijk`: opties lezen, casussen maken, vergelijken, rapporten schrijven, exitcode.

    pwib vergelijk --target URL [--aantal N] [--zaad S] [--report-dir DIR] [--casussen FILE.jsonl]
                   [--gelijktijdig K] [--toon-casussen] [--timeout S] [--header 'NAAM: WAARDE']

Exitcodes als bij `pwib conformance`: 0 geen beslissend verschil, 1 beslissende verschillen of fouten,
2 gebruiksfout, 3 doel onbereikbaar. Een voorlopig verschil (het antwoord van de referentie rust op een voorlopige
waarde of lezing) telt en rapporteert, maar beslist niet, zoals een `@voorlopig`-scenario: alleen voorlopige
verschillen geven 0. Een voorlopig verschil dat krimpt tot een verzoek waarop de referentie niet voorlopig
antwoordt, beslist wel.
api/cli.py hangt de opdracht in `pwib` en geeft het orakel (de referentie in-process) mee, en `voorlopig`: de
voorlopige gronden van haar antwoord (van een orakel met uitleg; alleen een verschil vraagt ernaar).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

from conformance.aansturen.doel import Verbindingsbeleid, http_doel
from conformance.aansturen.verbinding import OngeldigeUrl, controleer_url
from conformance.generatie.domein import Grenzen
from conformance.generatie.verzoeken import Generator, operaties
from conformance.inlezen.contract import contract
from conformance.inlezen.inhoud import inhoudshash, versie
from conformance.inlezen.woordenboek import woordenboek
from conformance.kern.bestanden import FEATURES
from conformance.oordelen.oordeel import Uitgang
from conformance.plugin import kopregels
from conformance.vergelijk import casussen as cas
from conformance.vergelijk import rapporten
from conformance.vergelijk.beslissend import per_operatie
from conformance.vergelijk.pijplijn import Gronden, Orakel, Vergelijking, Voortgang

OPDRACHT = "vergelijk"
EXITCODES = """exitcodes van vergelijk:
  0  geen beslissend verschil; een voorlopig verschil (het antwoord van de referentie rust op een
     voorlopige waarde of lezing) telt en rapporteert, maar beslist niet
  1  beslissende verschillen (ook een voorlopig verschil dat kromp tot een beslissend) of fouten
  2  gebruiksfout, of een rapport dat niet kon worden geschreven
  3  doel onbereikbaar: er kon niets worden vergeleken
"""


def voeg_toe(sub: Any) -> None:
    p = sub.add_parser(OPDRACHT, help="vergelijk een doel met de referentie op gegenereerde of eigen casussen",
                       epilog=EXITCODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--target", required=True, help="basis-URL, bijv. https://leverancier.example/api/v1")
    p.add_argument("--aantal", type=int, default=200, help="gegenereerde casussen per operatie")
    p.add_argument("--zaad", type=int, default=0, help="zaad van de generator: zelfde zaad, zelfde casussen")
    p.add_argument("--report-dir", type=Path, default=Path("vergelijking"), help="map voor de rapporten")
    p.add_argument("--casussen", type=Path, help="JSON Lines: één berekeningsverzoek per regel")
    p.add_argument("--gelijktijdig", type=int, default=1, metavar="K", help="K verzoeken tegelijk")
    p.add_argument("--toon-casussen", action="store_true",
                   help="zet verzoeken en antwoorden van --casussen in het rapport (kunnen persoonsgegevens zijn)")
    p.add_argument("--timeout", type=float, default=10.0, help="time-out per verzoek in seconden")
    p.add_argument("--max-connection-failures", type=int, default=3, metavar="N")
    p.add_argument("--header", action="append", default=[], metavar="'NAAM: WAARDE'")
    p.add_argument("--operatie", action="append", default=[], metavar="PAD",
                   help="alleen deze operatie (herhaalbaar), bijv. /berekeningen/bijstand")


def _voortgang(console: Console) -> tuple[Voortgang, Callable[[], None]]:
    if console.is_terminal:
        balk = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
                        TextColumn("{task.fields[snelheid]}"), TimeRemainingColumn(), console=console)
        taken: dict[str, Any] = {}
        begin = time.perf_counter()
        balk.start()

        def op_terminal(pad: str, gedaan: int, totaal: int) -> None:
            if pad not in taken:
                taken[pad] = balk.add_task(pad, total=totaal, snelheid="")
            snelheid = gedaan / max(time.perf_counter() - begin, 1e-9)
            balk.update(taken[pad], completed=gedaan, snelheid=f"{snelheid:.0f} casussen/s")

        return op_terminal, balk.stop
    start = {"t": time.perf_counter()}

    def regel(pad: str, gedaan: int, totaal: int) -> None:
        if gedaan == totaal:
            duur = time.perf_counter() - start["t"]
            console.print(f"{pad}: {totaal} casussen in {duur:.1f} s ({totaal / max(duur, 1e-9):.0f}/s)",
                          markup=False, highlight=False)
            start["t"] = time.perf_counter()

    return regel, lambda: None


def voer_uit(args: argparse.Namespace, orakel: Orakel, voorlopig: Gronden,  # noqa: PLR0911 - één exitcode per uitgang
             console: Console) -> int:
    if args.aantal < 1 or args.gelijktijdig < 1 or args.timeout <= 0 or args.max_connection_failures < 1:
        console.print("pwib vergelijk: --aantal, --gelijktijdig en --max-connection-failures minstens 1, "
                      "--timeout groter dan 0")
        return Uitgang.GEBRUIKSFOUT
    try:
        extra = kopregels(args.header)
    except ValueError as fout:
        console.print(f"pwib vergelijk: --header: {fout}")
        return Uitgang.GEBRUIKSFOUT
    try:
        controleer_url(args.target)
    except OngeldigeUrl as fout:
        console.print(f"pwib vergelijk: --target: {fout}")
        return Uitgang.GEBRUIKSFOUT
    document = contract()
    beslissend = per_operatie(document)
    onbekend = [pad for pad in args.operatie if pad not in beslissend]
    if onbekend:
        console.print(f"pwib vergelijk: --operatie {', '.join(onbekend)} staat niet in het contract")
        return Uitgang.GEBRUIKSFOUT
    if args.casussen is not None:
        if not args.casussen.is_file():
            console.print(f"pwib vergelijk: --casussen {args.casussen} is geen leesbaar bestand")
            return Uitgang.GEBRUIKSFOUT
        lijst = list(cas.uit_bestand(args.casussen, lambda m: console.print(m, markup=False, highlight=False)))
        alle = {cas.BEREKENING: lijst}
    else:
        def parameters(peildatum: Any) -> Any:
            return orakel("GET", "/parameters", None, {"peildatum": peildatum.isoformat()})[1]["parameters"]

        generator = Generator(document, Grenzen.uit(parameters))
        alle = cas.gegenereerd(generator, args.operatie or operaties(document), args.aantal, args.zaad,
                               lambda pad, v: orakel("POST", pad, v, None))
    beleid = Verbindingsbeleid(timeout=args.timeout, max_verbindingsfouten=args.max_connection_failures)
    voortgang, stop = _voortgang(console)
    vergelijking = Vergelijking(
        orakel=orakel, voorlopig=voorlopig, maak_doel=lambda: http_doel(args.target, kopregels=extra, beleid=beleid),
        beslissend=beslissend, woordenboek=woordenboek(), bestaande_features=_features(),
        gelijktijdig=args.gelijktijdig, voortgang=voortgang)
    try:
        uitslag = vergelijking.voer_uit(alle)
    finally:
        stop()
    zichtbaar = http_doel(args.target, kopregels=extra)  # de naam zonder inloggegevens, en wat te verbergen
    doelnaam = zichtbaar.naam
    zichtbaar.sluit()
    toon = args.toon_casussen or args.casussen is None
    rapport = rapporten.inhoud(uitslag, {
        "schema": rapporten.SCHEMA, "doel": doelnaam, "zaad": None if args.casussen else args.zaad,
        "aantal": None if args.casussen else args.aantal, "casussen": None if args.casussen is None else
        args.casussen.name, "suitehash": inhoudshash(), "suiteversie": versie(),
    }, toon, zichtbaar.verberg)
    try:
        paden = rapporten.schrijf(args.report_dir, rapport)
    except OSError as fout:
        console.print(f"pwib vergelijk: rapport niet geschreven: {fout}", markup=False, highlight=False)
        return Uitgang.GEBRUIKSFOUT
    totaal = rapport["totaal"]
    for pad, o in rapport["operaties"].items():
        if o["verschillend"] or o["voorlopig"] or o["fout"]:
            console.print(f"  {pad}: {_operatieregel(o)}", markup=False, highlight=False)
    toch = sum(map(_voorlopig_beslissend, rapport["operaties"].values()))
    console.print(f"{totaal['vergeleken']} vergeleken, {totaal['gelijk']} gelijk, {totaal['verschillend']} "
                  f"verschillend, {_voorlopige(totaal['voorlopig'], toch)}, {totaal['fout']} fout tegen {doelnaam}; "
                  "rapporten: " + ", ".join(map(str, paden)), markup=False, highlight=False)
    if totaal["vergeleken"] == 0 and totaal["fout"]:
        console.print(f"pwib vergelijk: doel onbereikbaar: {uitslag.onbereikbaar}", markup=False, highlight=False)
        return Uitgang.ONBEREIKBAAR
    return Uitgang.NIET_CONFORM if totaal["verschillend"] or toch or totaal["fout"] else Uitgang.CONFORM


def _voorlopig_beslissend(operatie: dict[str, Any]) -> int:
    """De voorlopige verschillen die krompen tot een verzoek waarop de referentie niet voorlopig antwoordt."""
    return sum(b["beslissend"] and bool(b["voorlopigeGronden"]) for b in operatie["bevindingen"])


def _voorlopige(aantal: int, toch: int) -> str:
    """Hoeveel voorlopige verschillen er waren, en dat ze niet beslissen (op de gekrompen na die toch beslissen)."""
    return f"{aantal} voorlopig verschillend (beslissen niet" + (
        f", behalve {toch} gekrompen tot een beslissend verschil)" if toch else ")")


def _operatieregel(o: dict[str, Any]) -> str:
    """De telling van één operatie met haar eerste verschillen, voor de terminal."""
    eerste = [f"eerste verschil bij casus {o['eersteVerschil']}"] if o["eersteVerschil"] else []
    if o["eersteVoorlopigVerschil"]:
        eerste.append(f"eerste voorlopige bij casus {o['eersteVoorlopigVerschil']}")
    return (f"{o['verschillend']} verschillend, {_voorlopige(o['voorlopig'], _voorlopig_beslissend(o))}, "
            f"{o['fout']} fout" + (f" ({', '.join(eerste)})" if eerste else ""))


def _features() -> str:
    return "\n".join(p.read_text("utf-8") for p in sorted(FEATURES.glob("*.feature")))

