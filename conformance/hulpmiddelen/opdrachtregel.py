"""`pwib steps` en `pwib lint`: de hulpmiddelen van wie scenario's schrijft.

`api/cli.py` hangt ze met `voeg_toe` aan de parser en roept `voer_uit` aan; ze lezen alleen het
woordenboek, de persona's en de features, en draaien niets tegen een doel.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from conformance.hulpmiddelen import lint, opmaak
from conformance.hulpmiddelen.stappendoc import als_markdown, als_tekst
from conformance.inlezen.personen import PersoonFout
from conformance.inlezen.stappencatalogus import catalogus
from conformance.inlezen.woordenboek import WoordenboekFout
from conformance.kern.bestanden import FEATURES

OPDRACHTEN = ("steps", "lint", "fmt")
GEBRUIKSFOUT = 2

LINT_EPILOOG = "controles:\n" + "".join(f"  {soort:<18} {uitleg}\n" for soort, uitleg in lint.SOORTEN.items()) + """
exitcodes:
  0  geen problemen
  1  problemen gevonden (elk met bestand en regel)
  2  gebruiksfout (pad bestaat niet, geen features, onjuist woordenboek)
"""


def voeg_toe(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    steps = sub.add_parser("steps", help="toon elke stap met patroon, plekken, voorbeeld en maatregelen")
    steps.add_argument("--markdown", action="store_true", help="de referentiepagina in Markdown (docs/stappen.md)")
    steps.add_argument("--output", type=Path, help="schrijf naar dit bestand in plaats van naar de terminal")
    steps.add_argument("--maatregel", help="alleen de stappen die deze maatregel dienen, bijv. M04")
    controle = sub.add_parser("lint", help="controleer feature-bestanden (bestand en regel per probleem)",
                              epilog=LINT_EPILOOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    controle.add_argument("paden", nargs="*", type=Path, metavar="PATH",
                          help=f"feature-bestanden of mappen (standaard: {FEATURES})")
    fmt = sub.add_parser("fmt", help="maak features op zoals de Gherkin-formatter van Cucumber (tabellen, inspringing)")
    fmt.add_argument("paden", nargs="*", type=Path, metavar="PATH",
                     help=f"feature-bestanden of mappen (standaard: {FEATURES})")
    fmt.add_argument("--check", action="store_true",
                     help="schrijf niets; toon wat anders zou worden en geef 1 als iets niet is opgemaakt (CI)")


def voer_uit(args: argparse.Namespace) -> int:
    if args.opdracht == "fmt":
        return opmaak.hoofd(args.paden or [FEATURES], controleer=args.check)
    try:
        boek = catalogus()
    except (WoordenboekFout, PersoonFout) as fout:
        print(f"pwib: {fout}")
        return GEBRUIKSFOUT
    if args.opdracht == "lint":
        return lint.hoofd(args.paden or [FEATURES], boek)
    if args.maatregel and args.maatregel not in lint.bekende_tags().maatregelen:
        print(f"pwib: onbekende maatregel {args.maatregel!r} (de maatregelen staan in conformance/tags.yaml)")
        return GEBRUIKSFOUT
    if args.markdown and args.maatregel:
        print("pwib: --markdown toont altijd alle stappen; laat --maatregel weg")
        return GEBRUIKSFOUT
    tekst = als_markdown(boek) if args.markdown else als_tekst(boek, args.maatregel)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(tekst, "utf-8")
        print(f"geschreven: {args.output}")
    else:
        sys.stdout.write(tekst)
    return 0
