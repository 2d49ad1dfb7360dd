"""Eén volledige maandberekening in-process: `bereken_bijstand` rechtstreeks, zonder HTTP en validatie.

    .venv/bin/python bench/berekening.py

Drukt per casus de mediaan en het 95e percentiel af over vele herhalingen (`time.perf_counter_ns`).
Doel: mediaan ≤ 50 µs voor de gewone maand (de eerste casus). Elke casus rekent echt: er wordt geen
besluit hergebruikt, alleen de parameters per peildatum komen uit de cache van het parameterboek.
"""

from __future__ import annotations

import statistics
import time
from datetime import date

from reference import (
    Berekeningsfeiten,
    Betaling,
    Bufferbudgetinzet,
    Huishouden,
    Maand,
    Maandinkomsten,
    Persoon,
    Vermogensopgave,
    Vrijlatingstand,
    Wetstand,
    bereken_bijstand,
    parameterboek,
)
from reference.waarden import Bedrag

HERHALINGEN = 20_000
DOEL_US = 50.0


def _casussen() -> dict[str, tuple[Berekeningsfeiten, Wetstand]]:
    boek = parameterboek()
    loon = Bedrag.van("600.00")
    gewoon = Berekeningsfeiten(
        Maand(2027, 5), Huishouden(Persoon(45)), Maandinkomsten(loon),
        vrijlating=Vrijlatingstand(college_acht_bijdragen_aan_arbeidsinschakeling=True, maanden_gebruikt=4))
    uitgebreid = Berekeningsfeiten(
        Maand(2027, 11), Huishouden(Persoon(45)),
        Maandinkomsten(
            betalingen_uit_arbeid=(Betaling(loon, Maand(2027, 11), Maand(2027, 10)),
                                   Betaling(loon, Maand(2027, 11), Maand(2027, 11))),
            vakantiegeld=Bedrag.van("48.00"), giften=Bedrag.van("100.00"),
            giften_eerder_dit_kalenderjaar=Bedrag.van("1150.00"), voedselbank=Bedrag.van("30.00")),
        vermogen=Vermogensopgave(Bedrag.van("2500.00")),
        vrijlating=Vrijlatingstand(college_acht_bijdragen_aan_arbeidsinschakeling=True, maanden_gebruikt=10),
        bufferbudget=Bufferbudgetinzet(True, True, Bedrag.van("200.00")))
    ouder_2026 = Berekeningsfeiten(
        Maand(2026, 5), Huishouden(Persoon(35), ten_laste_komende_kinderen=1), Maandinkomsten(Bedrag.van("900.00")),
        vrijlating=Vrijlatingstand(True, 8, leeftijd_kind_met_volledige_zorg=6, maanden_alleenstaande_ouder_gebruikt=3))
    return {
        "gewone maand 2027: deeltijdloon, art. 34a, vakantieaanspraak": (gewoon, boek.stand(date(2027, 5, 1))),
        "uitgebreid 2027: betalingen, vakantiegeld, giften, vermogen, buffer": (uitgebreid,
                                                                              boek.stand(date(2027, 11, 1))),
        "alleenstaande ouder 2026: art. 31 lid 2 onder r": (ouder_2026, boek.stand(date(2026, 5, 1))),
    }


def _meet(feiten: Berekeningsfeiten, stand: Wetstand) -> tuple[float, float]:
    for _ in range(500):
        bereken_bijstand(feiten, stand)
    tijden = []
    for _ in range(HERHALINGEN):
        begin = time.perf_counter_ns()
        bereken_bijstand(feiten, stand)
        tijden.append(time.perf_counter_ns() - begin)
    tijden.sort()
    return statistics.median(tijden) / 1000, tijden[int(len(tijden) * 0.95)] / 1000


def main() -> None:
    print(f"{'casus':<70} {'mediaan µs':>11} {'p95 µs':>9}")
    for naam, (feiten, stand) in _casussen().items():
        mediaan, p95 = _meet(feiten, stand)
        print(f"{naam:<70} {mediaan:>11.1f} {p95:>9.1f}")
    print(f"{HERHALINGEN} herhalingen per casus; doel voor de gewone maand: mediaan ≤ {DOEL_US:.0f} µs")


if __name__ == "__main__":
    main()
