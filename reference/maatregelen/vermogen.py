"""M05 Vermogen zonder staffelmethode (art. 34 Pw).

Vermogen is de waarde van de bezittingen min de aanwezige schulden, plus wat tijdens de
bijstand is ontvangen en geen inkomen is (lid 1). Niet als vermogen tellen: gebruikelijke of
noodzakelijke bezittingen in natura (lid 2 onder a, een oordeel van het college: invoer),
spaargeld opgebouwd uit de bijstand (onder c), vermogen in de eigen woning zolang het minder
is dan de grens (onder d; het deel erboven telt) en smartengeld (onder e). Wat overblijft,
blijft buiten beschouwing voor zover het minder is dan de vermogensgrens van lid 3 (onder b);
het deel boven de grens telt.

Sinds 1 januari 2026 geldt onder b voor al het aanwezige vermogen, ook wat tijdens de bijstand
is verworven (bijvoorbeeld een kleine erfenis). Daarvóór gold onder b alleen voor het vermogen
bij de aanvang van de bijstand, en liet het oude lid 4 vermogen dat tijdens de bijstand werd
verworven alleen vrij voor zover het minder was dan de vermogensgrens verminderd met dat
aanvangsvermogen ("staffelmethode": binnen één doorlopende bijstandsperiode wordt ten hoogste
eenmaal de vermogensgrens vrijgelaten).

`voorlopig`: de tekst tot 1 januari 2026 (art. 34 lid 2 onder b en lid 4 oud) staat niet in de
bronnen van pwib; hij komt uit secundaire weergaven. De toepassing van het oude lid 4 op aanwas
tijdens de bijstand is daarom voorlopig. Is het vermogen zonder de aanwas negatief, dan
verrekent pwib dat tekort met de aanwas (de wet regelt dat niet).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reference.errors import Bezwaar, OngeldigeFeiten
from reference.parameters import Parameterwaarde, Wetstand
from reference.uitleg import Uitleg
from reference.waarden import Bedrag

Leefvorm = Literal["alleenstaande", "alleenstaandeOuder", "gehuwden"]
NUL = Bedrag.nul()
GRONDSLAG_TELT = "art. 34 lid 1 Pw"
GRONDSLAG_ONDER_GRENS = "art. 34 lid 2 onder b Pw"
GRONDSLAG_OUD_AANVANG = "art. 34 lid 2 onder b Pw (tekst tot 1 januari 2026)"
GRONDSLAG_OUD_ONDER_GRENS = "art. 34 lid 2 onder b en lid 4 Pw (tekst tot 1 januari 2026)"
GRONDSLAG_OUD_AANWAS = "art. 34 lid 4 Pw (tekst tot 1 januari 2026)"
_GRENS: dict[Leefvorm, tuple[str, str]] = {
    "alleenstaande": ("vermogen.grens_alleenstaande", "art. 34 lid 3 onder a Pw"),
    "alleenstaandeOuder": ("vermogen.grens_alleenstaande_ouder", "art. 34 lid 3 onder b Pw"),
    "gehuwden": ("vermogen.grens_gehuwden", "art. 34 lid 3 onder c Pw"),
}


@dataclass(frozen=True)
class Vermogensfeiten:
    """Bezittingen zonder de eigen woning; de drie vrijgestelde soorten en de aanwas zijn 'waarvan'-delen."""

    leefvorm: Leefvorm
    bezittingen: Bedrag
    schulden: Bedrag = NUL
    vermogen_in_eigen_woning: Bedrag = NUL  # art. 34 lid 2 onder d en art. 50 lid 1 Pw: waarde min hypotheek
    gebruikelijke_bezittingen_in_natura: Bedrag = NUL  # lid 2 onder a: oordeel van het college
    spaargeld_uit_bijstand: Bedrag = NUL  # lid 2 onder c
    smartengeld: Bedrag = NUL  # lid 2 onder e
    vermogen_bij_aanvang: Bedrag | None = None  # vóór 2026: het bij de aanvang vastgestelde vermogen
    verworven_tijdens_bijstand: Bedrag = NUL  # vóór 2026: waarvan na de aanvang verworven (lid 1 onder b)


@dataclass(frozen=True)
class Vermogensbesluit:
    vermogen: Bedrag  # na lid 2 onder a, c, d en e; kan negatief zijn
    vermogensgrens: Bedrag
    buiten_beschouwing: Bedrag  # op grond van lid 2 onder b (en vóór 2026 lid 4)
    in_aanmerking_te_nemen: Bedrag
    grondslag: str
    uitleg: Uitleg

    @property
    def vermogen_in_aanmerking(self) -> bool:
        return self.in_aanmerking_te_nemen > NUL


def _controleer(feiten: Vermogensfeiten) -> None:
    delen = (feiten.gebruikelijke_bezittingen_in_natura + feiten.spaargeld_uit_bijstand + feiten.smartengeld
             + feiten.verworven_tijdens_bijstand)
    if delen > feiten.bezittingen:
        raise OngeldigeFeiten([Bezwaar("bezittingen", f"de vrijgestelde en verworven delen ({delen}) zijn samen "
                                                      f"meer dan de bezittingen ({feiten.bezittingen})")])


def _vermogen(feiten: Vermogensfeiten, stand: Wetstand, uitleg: Uitleg) -> Bedrag:
    """Het vermogen van lid 1 zonder wat lid 2 onder a, c, d en e uitzondert."""
    vrijgesteld = feiten.gebruikelijke_bezittingen_in_natura + feiten.spaargeld_uit_bijstand + feiten.smartengeld
    if vrijgesteld > NUL:
        uitleg.stap(f"Niet als vermogen: bezittingen in natura {feiten.gebruikelijke_bezittingen_in_natura}, "
                    f"spaargeld uit de bijstand {feiten.spaargeld_uit_bijstand}, smartengeld {feiten.smartengeld}",
                    "art. 34 lid 2 onder a, c en e Pw")
    woninggrens = stand.bedrag("vermogen.eigen_woning")
    woning_telt = (feiten.vermogen_in_eigen_woning - woninggrens.waarde).niet_negatief()
    if feiten.vermogen_in_eigen_woning > NUL:
        uitleg.stap(f"Vermogen in de eigen woning {feiten.vermogen_in_eigen_woning}: buiten beschouwing voor zover "
                    f"minder dan {woninggrens.waarde}; telt mee: {woning_telt}", "art. 34 lid 2 onder d Pw",
                    woninggrens)
    vermogen = feiten.bezittingen - vrijgesteld + woning_telt - feiten.schulden
    uitleg.stap(f"Vermogen: bezittingen {feiten.bezittingen} min vrijgesteld {vrijgesteld}, plus woning "
                f"{woning_telt}, min schulden {feiten.schulden} = {vermogen}", "art. 34 lid 1 onder a en b Pw")
    return vermogen


def _grens(feiten: Vermogensfeiten, stand: Wetstand, uitleg: Uitleg) -> Parameterwaarde[Bedrag]:
    naam, artikel = _GRENS[feiten.leefvorm]
    grens = stand.bedrag(naam)
    uitleg.stap(f"Vermogensgrens voor de leefvorm {feiten.leefvorm}: {grens.waarde}", artikel, grens)
    return grens


def _besluit(vermogen: Bedrag, grens: Bedrag, telt: Bedrag, grondslag: str, uitleg: Uitleg) -> Vermogensbesluit:
    return Vermogensbesluit(vermogen, grens, vermogen.niet_negatief() - telt, telt, grondslag, uitleg)


def _nieuwe_regel(feiten: Vermogensfeiten, stand: Wetstand) -> Vermogensbesluit:
    uitleg = Uitleg.voor(stand)
    vermogen = _vermogen(feiten, stand, uitleg)
    grens = _grens(feiten, stand, uitleg).waarde
    telt = (vermogen - grens).niet_negatief()
    if feiten.vermogen_bij_aanvang is not None or feiten.verworven_tijdens_bijstand > NUL:
        uitleg.stap("Sinds 1 januari 2026 maakt het niet uit of vermogen bij de aanvang aanwezig was of tijdens de "
                    "bijstand is verworven: de staffelmethode van het oude lid 4 geldt niet meer", "art. 34 Pw")
    if telt == NUL:
        uitleg.stap(f"Het aanwezige vermogen ({vermogen}) is niet meer dan de vermogensgrens ({grens}) en blijft "
                    "buiten beschouwing; er is geen vermogen boven de grens dat meetelt", GRONDSLAG_ONDER_GRENS)
        return _besluit(vermogen, grens, telt, GRONDSLAG_ONDER_GRENS, uitleg)
    uitleg.stap(f"Het vermogen is {telt} meer dan de vermogensgrens; alleen het deel onder de grens blijft buiten "
                "beschouwing (art. 34 lid 2 onder b Pw), het deel erboven telt mee", GRONDSLAG_TELT)
    return _besluit(vermogen, grens, telt, GRONDSLAG_TELT, uitleg)


def _oude_regel(feiten: Vermogensfeiten, stand: Wetstand) -> Vermogensbesluit:
    if feiten.vermogen_bij_aanvang is None and feiten.verworven_tijdens_bijstand > NUL:
        raise OngeldigeFeiten([Bezwaar("vermogenBijAanvangBijstand",
                                       "vermogen verworven tijdens de bijstand vraagt het vermogen bij de aanvang")])
    uitleg = Uitleg.voor(stand)
    uitleg.stap("De peildatum ligt vóór 1 januari 2026: het nieuwe art. 34 lid 2 onder b (al het aanwezige "
                "vermogen onder de grens buiten beschouwing) geldt nog niet", "art. 34 Pw (tekst tot 1 januari 2026)")
    vermogen = _vermogen(feiten, stand, uitleg)
    grens = _grens(feiten, stand, uitleg).waarde
    if feiten.vermogen_bij_aanvang is None:
        telt = (vermogen - grens).niet_negatief()
        grondslag = GRONDSLAG_OUD_AANVANG if telt == NUL else GRONDSLAG_TELT
        uitleg.stap(f"Beoordeling bij de aanvang: het vermogen blijft buiten beschouwing voor zover minder dan de "
                    f"grens; telt mee: {telt}", grondslag)
        return _besluit(vermogen, grens, telt, grondslag, uitleg)
    aanvang = feiten.vermogen_bij_aanvang.niet_negatief().min(grens)
    ruimte = grens - aanvang
    rest = vermogen - feiten.verworven_tijdens_bijstand
    aanwas = feiten.verworven_tijdens_bijstand.min(vermogen).niet_negatief()
    telt_rest = (rest - aanvang).niet_negatief()
    telt_aanwas = (aanwas - ruimte).niet_negatief()
    uitleg.stap(f"Vóór 2026 bleef het vermogen bij de aanvang buiten beschouwing voor zover minder dan de grens: "
                f"{aanvang}; daarboven telt mee: {telt_rest}", GRONDSLAG_OUD_AANVANG)
    uitleg.stap(f"Tijdens de bijstand verworven {aanwas}: vrij tot de grens verminderd met het aanvangsvermogen "
                f"({ruimte}); telt mee: {telt_aanwas}", GRONDSLAG_OUD_AANWAS)
    if aanwas > NUL:
        uitleg.interpretatie("M05-aanwas-voor-2026")
    telt = telt_rest + telt_aanwas
    if telt == NUL:
        grondslag = GRONDSLAG_OUD_ONDER_GRENS
    else:
        grondslag = GRONDSLAG_OUD_AANWAS if telt_aanwas > NUL else GRONDSLAG_TELT
    return _besluit(vermogen, grens, telt, grondslag, uitleg)


def vermogen(feiten: Vermogensfeiten, stand: Wetstand) -> Vermogensbesluit:
    """Welk vermogen telt mee bij het recht op algemene bijstand, en welk blijft buiten beschouwing."""
    _controleer(feiten)
    return _nieuwe_regel(feiten, stand) if stand.in_werking("M05") else _oude_regel(feiten, stand)
