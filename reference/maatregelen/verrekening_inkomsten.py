"""M18 Verrekening inkomsten (art. 31 en 32 Pw). Voorlopig: de tekst per 2027 staat niet in de bronnen.

Welk deel van de betalingen telt als inkomen in een bijstandsmaand?

Vanaf 1 januari 2027 (M18, `voorlopig`, interpretatie `M18-tekst-2027`): een betaling telt in
de maand waarin men erover kan beschikken (art. 31 lid 1), alleen voor zover zij betrekking heeft
op de periode waarover bijstand wordt gevraagd (art. 32 lid 1 onder b); het deel dat bedoeld is
voor toekomstige maanden telt in die maanden; onbelaste vergoedingen tellen niet.

Tot 2027 (`voorlopig`, interpretatie `M18-betrekking-tot-2027`): een betaling telt in de
maand(en) waarop zij betrekking heeft, ongeacht wanneer zij wordt ontvangen. Vergoedingen als
bedoeld in art. 31 lid 1 onder f en g Wet LB 1964 tellen niet (art. 31 lid 2 onder g).

`voorlopig` ook (interpretatie `M18-gelijke-delen`): een betaling over meer maanden wordt in gelijke delen verdeeld,
naar beneden op centen, met het restant in de laatste maand.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN

from reference.errors import Bezwaar, OngeldigeFeiten
from reference.parameters import Wetstand
from reference.uitleg import Uitleg
from reference.waarden import CENT, Bedrag, Maand

NUL = Bedrag.nul()
GRONDSLAG_NIEUW = "art. 31 lid 1 en art. 32 lid 1 Pw"
GRONDSLAG_OUD = "art. 32 lid 1 onder b Pw"
ARTIKEL_ONBELAST = "art. 31 lid 2 onder g Pw"
ARTIKEL_VOOR_BIJSTAND = "art. 32 lid 1 onder b Pw"


@dataclass(frozen=True)
class Betaling:
    bedrag: Bedrag
    ontvangen_in: Maand
    betreft_van: Maand | None = None  # ontbreekt: de maand van ontvangst
    betreft_tot: Maand | None = None  # ontbreekt: gelijk aan betreft_van
    onbelaste_vergoeding: bool = False

    @property
    def van(self) -> Maand:
        return self.betreft_van or self.ontvangen_in

    @property
    def tot(self) -> Maand:
        return self.betreft_tot or self.van


@dataclass(frozen=True)
class Verrekeningsfeiten:
    maand: Maand
    betalingen: tuple[Betaling, ...]
    bijstand_vanaf: Maand | None = None


@dataclass(frozen=True)
class Toerekening:
    in_deze_maand: Bedrag
    reden: str
    artikel: str


@dataclass(frozen=True)
class Verrekeningsbesluit:
    in_aanmerking_genomen: Bedrag
    ontvangen_in_de_maand: Bedrag
    per_betaling: tuple[Toerekening, ...]
    stelsel: str  # "beschikbaarheid" (vanaf 2027) of "betrekking" (tot 2027)
    grondslag: str
    uitleg: Uitleg


def _index(maand: Maand) -> int:
    return maand.jaar * 12 + maand.maand - 1


def deel_in(betaling: Betaling, eerste: int, laatste: int) -> Bedrag:
    """Het deel van de betaling voor de maanden `eerste`..`laatste` (indexen), bij gelijke verdeling.

    Gelijke delen naar beneden op centen, het restant in de laatste maand (voorlopig: de wet regelt
    de verdeling niet).
    """
    van, tot = _index(betaling.van), _index(betaling.tot)
    eerste, laatste = max(eerste, van), min(laatste, tot)
    if eerste > laatste:
        return NUL
    maanden = tot - van + 1
    deel = (betaling.bedrag.waarde / maanden).quantize(CENT, rounding=ROUND_DOWN)
    som = deel * (laatste - eerste + 1)
    if laatste == tot:
        som += betaling.bedrag.waarde - deel * maanden
    return Bedrag(som)


def controleer(betalingen: tuple[Betaling, ...]) -> None:
    bezwaren = [Bezwaar(f"betalingen.{i}.betreftTot", "de periode eindigt vóór zij begint")
                for i, b in enumerate(betalingen) if b.tot < b.van]
    if bezwaren:
        raise OngeldigeFeiten(bezwaren)


def _toerekening(betaling: Betaling, maand: int, vanaf: int, beschikbaarheid: bool) -> Toerekening:
    if betaling.onbelaste_vergoeding:
        return Toerekening(NUL, "onbelaste vergoeding telt niet mee", ARTIKEL_ONBELAST)
    if beschikbaarheid:
        ontvangen = _index(betaling.ontvangen_in)
        if maand == ontvangen:
            return Toerekening(deel_in(betaling, vanaf, ontvangen), "ontvangen in deze maand, voor het deel "
                               "over deze en eerdere bijstandsmaanden", GRONDSLAG_NIEUW)
        if maand > ontvangen:
            return Toerekening(deel_in(betaling, max(maand, vanaf), maand), "eerder ontvangen, bedoeld voor deze "
                               "maand", GRONDSLAG_NIEUW)
        return Toerekening(NUL, "nog niet ontvangen: telt in de maand van ontvangst", GRONDSLAG_NIEUW)
    if maand < vanaf:
        return Toerekening(NUL, "de maand ligt vóór de bijstand", ARTIKEL_VOOR_BIJSTAND)
    return Toerekening(deel_in(betaling, maand, maand), "het deel dat betrekking heeft op deze maand", GRONDSLAG_OUD)


def verrekening_inkomsten(feiten: Verrekeningsfeiten, stand: Wetstand) -> Verrekeningsbesluit:
    """Welk deel van de betalingen als inkomen telt in de gevraagde maand."""
    controleer(feiten.betalingen)
    uitleg = Uitleg.voor(stand)
    beschikbaarheid = stand.in_werking("M18")
    maand = _index(feiten.maand)
    vanaf = -1 if feiten.bijstand_vanaf is None else _index(feiten.bijstand_vanaf)
    if beschikbaarheid:
        uitleg.stap("M18: inkomsten tellen in de maand waarin erover kan worden beschikt, het deel voor "
                    "toekomstige maanden in die maanden, alleen over de bijstandsperiode", GRONDSLAG_NIEUW)
    else:
        uitleg.stap("Tot 2027: inkomsten tellen in de maand waarop zij betrekking hebben",
                    GRONDSLAG_OUD)
    belast = [b for b in feiten.betalingen if not b.onbelaste_vergoeding]
    if belast and beschikbaarheid:
        uitleg.interpretatie("M18-tekst-2027")
    if any(b.ontvangen_in != b.van or b.tot != b.van for b in belast) and not beschikbaarheid:
        uitleg.interpretatie("M18-betrekking-tot-2027")  # ontvangen in de enige maand erover: de lezingen zijn gelijk
    if any(b.tot != b.van for b in belast):
        uitleg.interpretatie("M18-gelijke-delen")
    per_betaling = tuple(_toerekening(b, maand, vanaf, beschikbaarheid) for b in feiten.betalingen)
    totaal = NUL
    for betaling, toerekening in zip(feiten.betalingen, per_betaling, strict=True):
        uitleg.stap(f"Betaling van {betaling.bedrag.waarde!s} (ontvangen {betaling.ontvangen_in!s}, over "
                    f"{betaling.van!s} t/m {betaling.tot!s}): {toerekening.in_deze_maand.waarde!s} in "
                    f"{feiten.maand!s}; {toerekening.reden}", toerekening.artikel)
        totaal = totaal + toerekening.in_deze_maand
    ontvangen = NUL
    for betaling in feiten.betalingen:
        if betaling.ontvangen_in == feiten.maand:
            ontvangen = ontvangen + betaling.bedrag
    return Verrekeningsbesluit(totaal, ontvangen, per_betaling, "beschikbaarheid" if beschikbaarheid else "betrekking",
                               GRONDSLAG_NIEUW if beschikbaarheid else GRONDSLAG_OUD, uitleg)
