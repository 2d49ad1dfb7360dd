"""De maandberekening van de algemene bijstand (art. 19 lid 1-3 en art. 45 lid 1 Pw).

Wat wordt deze maand betaald? De berekening stelt samen wat de afzonderlijke regels beslissen,
zonder iets zelf opnieuw te bepalen:

1. de norm van het huishouden (art. 20-24a Pw: `kostendelersnorm`), met de jongerentoeslag als de
   feiten die hem beslissen zijn gegeven (art. 20 lid 3 en 4 Pw, M03: `jongerentoeslag`);
2. het vermogen (art. 34 Pw, M05): is er vermogen boven de grens, dan is er geen recht (art. 19 lid 1 onder b);
3. welke betalingen uit arbeid in de maand tellen (art. 31 en 32 Pw, M18);
4. hoe uitbetaald vakantiegeld en de vakantieaanspraak over het inkomen tellen (art. 31 lid 4 Pw, M19);
5. welk deel van de inkomsten uit arbeid vrij blijft (art. 34a Pw, M13; tot 2027 art. 31 lid 2 n, r, y, z, aa);
6. welk deel van giften en kostenbesparende bijdragen meetelt (art. 31 lid 2 onder m Pw, M04);
7. de bijstand: de norm min het inkomen (art. 19 lid 2). De norm bevat de vakantietoeslag, 5 % van
   de norm (art. 19 lid 3, `normen.vakantietoeslag_procent`), die wordt gereserveerd en jaarlijks
   betaald (art. 45 lid 1). Per maand wordt dus betaald: de norm zonder vakantietoeslag min het
   inkomen; inkomen boven dat maanddeel gaat af van de reservering, net als de vakantieaanspraak over
   het inkomen (art. 31 lid 4 Pw met de formules van het jaar, ook in 2026);
8. het inkomen van een echtgenoot zonder recht op algemene bijstand telt alleen voor zover art. 32 lid 3
   of 4 Pw dat zegt (`inkomen_partner_zonder_recht`); zijn inkomen zelf volgt dezelfde regels (3-5);
9. een verlaging (art. 18 en 18b Pw, M22: `afstemming`) die voor de maand geldt, met de verrekening over
   maanden die de verordening toelaat; `voorlopig`: de verlaging gaat eerst af van de betaling van de maand
   en wat daarboven uitkomt van de gereserveerde vakantietoeslag, zoals inkomen (art. 19 lid 2 en 3);
   het bedrag is een percentage van de norm van de berekende maand;
10. het bufferbudget als de maand onder de norm uitkomt (art. 34b Pw, M14).

Maatwerk (M24) in de norm: een afwijking van de norm die de beoordeling van de norm aanvaardt (art. 18 lid 1,
27 en 28 Pw), beslist dezelfde regel (`maatwerk`, met de ruimte van `maatwerkruimte.yaml`); daarna rekent
de hele maand met die norm: de vakantietoeslag, het inkomen van een partner zonder recht en de verlaging.

De vakantietoeslag is 5 % van de norm, zoals de Normenbrief 1 januari 2026 (Bijlage I: "percentage
van de norm, inclusief verhogingen") het noemt; art. 19 lid 3 spreekt van 5 % "van die bijstand",
en bij inkomen boven het maanddeel komt de reservering daar ook op uit (norm min inkomen).

De peildatum (welke wet geldt) ligt in de berekende maand. De inkomstenvrijlating geldt per persoon:
de partner heeft een eigen vrijlatingstand. `voorlopig`: wat het huishouden deze maand tot zijn
beschikking heeft, is het ontvangen inkomen in geld (arbeid, vakantiegeld, overige inkomsten,
giften; niet de kostenbesparende bijdragen en voedselpakketten) plus de betaalde bijstand en het
bufferbudget; de kale uitkering is de norm zonder vakantietoeslag.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import cast

from reference.errors import Bezwaar, OngeldigeFeiten
from reference.feiten import Huishouden
from reference.maatregelen import bijstandsnorm
from reference.maatregelen.afstemming import Afstemmingsfeiten, afstemming
from reference.maatregelen.bijstandsnorm import MEERDERJARIG
from reference.maatregelen.bufferbudget import Bufferbudgetfeiten, bufferbudget, controleer_beleid
from reference.maatregelen.giftenvrijlating import Giftenfeiten, giftenvrijlating
from reference.maatregelen.inkomen_partner_zonder_recht import (
    Partnerinkomenbesluit,
    Partnerinkomenfeiten,
    inkomen_partner_zonder_recht,
)
from reference.maatregelen.inkomstenvrijlating import (
    Inkomstenvrijlatingbesluit,
    Inkomstenvrijlatingfeiten,
    Vrijlatingstand,
    inkomstenvrijlating,
)
from reference.maatregelen.inkomstenvrijlating import controleer as controleer_vervroeging
from reference.maatregelen.jongerentoeslag import Jongerentoeslagfeiten, Ouders, jongerentoeslag
from reference.maatregelen.kostendelersnorm import Kostendelersbesluit, kostendelersnorm
from reference.maatregelen.maatwerk import Maatwerkbesluit, Maatwerkfeiten, maatwerk
from reference.maatregelen.vakantiegeld import Inkomenssoort, Vakantiegeldfeiten, vakantiegeld
from reference.maatregelen.vermogen import Leefvorm, Vermogensfeiten, vermogen
from reference.maatregelen.verrekening_inkomsten import Betaling, Verrekeningsfeiten, verrekening_inkomsten
from reference.maatregelen.verrekening_inkomsten import controleer as controleer_betalingen
from reference.parameters import Wetstand
from reference.uitleg import Uitleg
from reference.waarden import Bedrag, Maand, afronden_op_centen

NUL = Bedrag.nul()
NUL_D = NUL.waarde
HONDERD = Decimal(100)
GRONDSLAG = "art. 19 lid 2 Pw"


@dataclass(frozen=True)
class Maandinkomsten:
    """Netto inkomsten van het huishouden in de maand."""

    inkomsten_uit_arbeid: Bedrag = NUL  # telt en is ontvangen in de maand
    betalingen_uit_arbeid: tuple[Betaling, ...] = ()  # toe te rekenen volgens M18
    bijstand_vanaf: Maand | None = None
    vakantiegeld: Bedrag = NUL  # uitbetaald vakantiegeld of vakantiedeel van een IKB
    inkomsten_uit_arbeid_partner: Bedrag = NUL
    overige_inkomsten: Bedrag = NUL
    overige_inkomsten_partner: Bedrag = NUL  # andere inkomsten van de partner, die volledig meetellen
    giften: Bedrag = NUL
    giften_eerder_dit_kalenderjaar: Bedrag = NUL
    kostenbesparende_bijdragen: Bedrag = NUL
    voedselbank: Bedrag = NUL


@dataclass(frozen=True)
class Vermogensopgave:
    """Het vermogen van het huishouden (art. 34 Pw); de leefvorm volgt uit het huishouden."""

    bezittingen: Bedrag
    schulden: Bedrag = NUL
    vermogen_in_eigen_woning: Bedrag = NUL
    gebruikelijke_bezittingen_in_natura: Bedrag = NUL
    spaargeld_uit_bijstand: Bedrag = NUL
    smartengeld: Bedrag = NUL
    vermogen_bij_aanvang: Bedrag | None = None
    verworven_tijdens_bijstand: Bedrag = NUL


@dataclass(frozen=True)
class Bufferbudgetinzet:
    instabiliteit_door_inkomstenverrekening: bool = False
    college_acht_bijdragen_aan_werk: bool = False
    gebruikt_dit_kalenderjaar: Bedrag = NUL
    bedrag_naar_oordeel_college: Bedrag | None = None


@dataclass(frozen=True)
class Jongereninvoer:
    """De feiten die de jongerentoeslag beslissen (art. 20 lid 3 Pw, M03), per jongere."""

    aanvraagdatum: date
    ouders_belanghebbende: Ouders = field(default_factory=Ouders)
    ouders_partner: Ouders | None = None


@dataclass(frozen=True)
class Maandverlaging:
    """Een verlaging wegens afstemming (art. 18 Pw) of de taaleis (art. 18b Pw), met de feiten die haar beslissen.

    De bijstandsnorm in `afstemming` wordt de norm van de berekening; `opgelegd_in` is de maand van oplegging
    (art. 18; bij de taaleis begint de verlaging bij de kennisgeving, art. 18b lid 4).
    """

    afstemming: Afstemmingsfeiten
    opgelegd_in: Maand | None = None


@dataclass(frozen=True)
class Normafwijking:
    """Maatwerk in de norm van de maand (M24): de gevraagde norm, de reden en de grondslag."""

    waarde: str
    reden: str
    grondslag: str


@dataclass(frozen=True)
class Beleidskeuzes:
    inkomstenvrijlating_vervroegd_vanaf: date | None = None
    bufferbudget_maximum_per_kalenderjaar: Bedrag | None = None


@dataclass(frozen=True)
class Berekeningsfeiten:
    maand: Maand
    huishouden: Huishouden
    inkomsten: Maandinkomsten = field(default_factory=Maandinkomsten)
    vermogen: Vermogensopgave | None = None
    vrijlating: Vrijlatingstand = field(default_factory=Vrijlatingstand)
    vrijlating_partner: Vrijlatingstand = field(default_factory=Vrijlatingstand)
    bufferbudget: Bufferbudgetinzet | None = None
    beleid: Beleidskeuzes = field(default_factory=Beleidskeuzes)
    jongerentoeslag: Jongereninvoer | None = None
    verlaging: Maandverlaging | None = None
    normafwijking: Normafwijking | None = None


@dataclass(frozen=True)
class Vrijlating:
    soort: str
    bedrag: Bedrag
    artikel: str
    maatregel: str | None


@dataclass(frozen=True)
class Bijstandsberekening:
    maand: Maand
    norm: Bedrag  # met de jongerentoeslag
    jongerentoeslag: Bedrag
    leefvorm: str
    norm_grondslag: str
    kostendelersnorm_van_toepassing: bool
    vermogen_in_aanmerking: bool
    recht: bool
    inkomsten_uit_arbeid_in_aanmerking: Bedrag
    inkomen_in_aanmerking: Bedrag
    inkomen_partner_zonder_recht: Partnerinkomenbesluit | None
    vrijlatingen: tuple[Vrijlating, ...]
    vrijgelaten_inkomsten_uit_arbeid: Bedrag
    grondslag_inkomstenvrijlating: str | None
    vakantietoeslag_gereserveerd: Bedrag
    verlaging: Bedrag
    grondslag_verlaging: str | None
    te_betalen: Bedrag
    bufferbudget: Bedrag
    beschikbaar_in_de_maand: Bedrag
    kale_uitkering: Bedrag
    toegepaste_maatregelen: tuple[tuple[str, str], ...]
    grondslag: str
    uitleg: Uitleg
    maatwerk: Maatwerkbesluit | None = None

    @property
    def minder_dan_kale_uitkering(self) -> bool:
        return self.beschikbaar_in_de_maand < self.kale_uitkering


def vermogensfeiten(opgave: Vermogensopgave, leefvorm: str) -> Vermogensfeiten:
    """De feiten voor de vermogensregel (M05): de opgave met de leefvorm van het huishouden."""
    return Vermogensfeiten(
        leefvorm=cast(Leefvorm, leefvorm),  # bijstandsnorm.leefvorm geeft een van de drie
        bezittingen=opgave.bezittingen, schulden=opgave.schulden,
        vermogen_in_eigen_woning=opgave.vermogen_in_eigen_woning,
        gebruikelijke_bezittingen_in_natura=opgave.gebruikelijke_bezittingen_in_natura,
        spaargeld_uit_bijstand=opgave.spaargeld_uit_bijstand, smartengeld=opgave.smartengeld,
        vermogen_bij_aanvang=opgave.vermogen_bij_aanvang, verworven_tijdens_bijstand=opgave.verworven_tijdens_bijstand,
    )


def _alle_bezwaren(feiten: Berekeningsfeiten, stand: Wetstand) -> list[Bezwaar]:
    """Elk onjuist feit, van elke regel; alleen gebruikt als de berekening al een bezwaar vond."""
    bezwaren: list[Bezwaar] = []
    if Maand.van_datum(stand.peildatum) != feiten.maand:
        bezwaren.append(Bezwaar("peildatum", f"de peildatum {stand.peildatum} ligt niet in de maand {feiten.maand}"))
    controles: tuple[tuple[str, Callable[[], object]], ...] = (
        ("", lambda: bijstandsnorm.controleer(feiten.huishouden)),
        ("", lambda: controleer_vervroeging(feiten.beleid.inkomstenvrijlating_vervroegd_vanaf)),
        ("", lambda: controleer_beleid(feiten.beleid.bufferbudget_maximum_per_kalenderjaar, stand)),
        ("inkomsten.betalingenUitArbeid.", lambda: controleer_betalingen(feiten.inkomsten.betalingen_uit_arbeid)),
        ("vermogen.", lambda: None if feiten.vermogen is None else vermogen(
            vermogensfeiten(feiten.vermogen, bijstandsnorm.leefvorm(feiten.huishouden)), stand)),
        ("", lambda: _controleer(feiten)),
        ("jongerentoeslag.", lambda: None if feiten.jongerentoeslag is None else jongerentoeslag(
            _jongerentoeslagfeiten(feiten.jongerentoeslag, feiten.huishouden), stand)),
        ("afstemming.", lambda: None if feiten.verlaging is None else afstemming(feiten.verlaging.afstemming, stand)),
        ("", lambda: None if feiten.normafwijking is None else _normafwijking(
            feiten.normafwijking, _norm(feiten, feiten.huishouden, kostendelersnorm(feiten.huishouden, stand),
                                        stand)[0], stand)),
    )
    for voorvoegsel, controle in controles:
        try:
            controle()
        except OngeldigeFeiten as fout:
            bezwaren.extend(Bezwaar(("" if b.veld.startswith(("beleid.", "huishouden.")) else voorvoegsel)
                                    + b.veld.removeprefix("betalingen."), b.reden) for b in fout.bezwaren)
    return list(dict.fromkeys(bezwaren))  # een onjuist huishouden melden meer regels


def _controleer(feiten: Berekeningsfeiten) -> None:
    """De feiten die alleen de berekening kent: inkomsten van een partner, de maand van een verlaging."""
    bezwaren: list[Bezwaar] = []
    if feiten.huishouden.partner is None:
        for veld, bedrag in (("overigeInkomstenPartner", feiten.inkomsten.overige_inkomsten_partner),
                             ("inkomstenUitArbeidPartner", feiten.inkomsten.inkomsten_uit_arbeid_partner)):
            if bedrag.waarde:
                bezwaren.append(Bezwaar(f"inkomsten.{veld}", "er is geen partner"))
    verlaging = feiten.verlaging
    if verlaging is not None:
        taaleis = verlaging.afstemming.taaleis is not None
        if taaleis and verlaging.opgelegd_in is not None:
            bezwaren.append(Bezwaar("afstemming.opgelegdIn", "de verlaging wegens de taaleis begint bij de "
                                                              "schriftelijke kennisgeving (art. 18b lid 4 Pw)"))
        elif not taaleis and verlaging.opgelegd_in is None:
            bezwaren.append(Bezwaar("afstemming.opgelegdIn", "nodig om de verrekening over maanden te bepalen "
                                                              "(art. 18 lid 5 Pw)"))
        elif verlaging.opgelegd_in is not None and feiten.maand < verlaging.opgelegd_in:
            bezwaren.append(Bezwaar("afstemming.opgelegdIn", f"de verlaging is opgelegd na de maand {feiten.maand}"))
    if bezwaren:
        raise OngeldigeFeiten(bezwaren)


def bereken_bijstand(feiten: Berekeningsfeiten, stand: Wetstand) -> Bijstandsberekening:
    """De bijstand over één maand: norm, inkomen, vrijlatingen, reservering, betaling en uitleg."""
    try:
        if (stand.peildatum.year, stand.peildatum.month) != (feiten.maand.jaar, feiten.maand.maand):
            raise OngeldigeFeiten([])
        _controleer(feiten)
        return _bereken(feiten, stand)
    except OngeldigeFeiten as fout:
        raise OngeldigeFeiten(_alle_bezwaren(feiten, stand) or list(fout.bezwaren)) from None


class _Verloop:
    """Wat de stappen van de berekening verzamelen."""

    __slots__ = ("stand", "toegepast", "uitleg", "vrijlatingen")

    def __init__(self, stand: Wetstand) -> None:
        self.stand = stand
        self.uitleg = Uitleg.voor(stand)
        self.toegepast: dict[str, str] = {}
        self.vrijlatingen: list[Vrijlating] = []

    def maatregel(self, maatregel: str, artikel: str) -> None:
        """Noteer een toegepaste maatregel; de eerste keer (de belanghebbende, niet de partner) telt."""
        self.toegepast.setdefault(maatregel, artikel)


@dataclass(frozen=True, slots=True)
class _Arbeid:
    in_aanmerking: Bedrag  # na vrijlating, van de belanghebbende
    in_aanmerking_partner: Bedrag  # na vrijlating, van de partner
    vrijgelaten: Bedrag
    onderdeel: str | None
    ontvangen: Decimal  # in geld ontvangen in de maand, met vakantiegeld en het loon van de partner
    naar_vakantietoeslag: Decimal  # M19: de vakantieaanspraak die met de reservering wordt verrekend
    naar_vakantietoeslag_partner: Decimal


def _bedrag(waarde: Decimal) -> Bedrag:
    """Een som of verschil van bedragen (al op centen) als Bedrag; nul hergebruikt de constante."""
    return NUL if waarde == 0 else Bedrag(waarde)


def _bereken(feiten: Berekeningsfeiten, stand: Wetstand) -> Bijstandsberekening:
    verloop = _Verloop(stand)
    uitleg, inkomsten, huishouden = verloop.uitleg, feiten.inkomsten, feiten.huishouden
    normbesluit = kostendelersnorm(huishouden, stand)
    norm, toeslag, normuitleg, grondslag_toeslag = _norm(feiten, huishouden, normbesluit, stand)
    uitleg.voeg_toe(normuitleg)
    normmaatwerk = None if feiten.normafwijking is None else _normafwijking(feiten.normafwijking, norm, stand)
    if normmaatwerk is not None:
        norm = Bedrag.van(str(normmaatwerk.toegepaste_waarde))
        uitleg.voeg_toe(normmaatwerk.uitleg)
    if grondslag_toeslag is not None:
        verloop.maatregel("M03", grondslag_toeslag)
    if normbesluit.ophoging_alleenstaande_ouderkop.van_toepassing:
        verloop.maatregel("M15", "art. 24a Pw")
    if normbesluit.percentage_gehuwdennorm is not None and stand.in_werking("M16"):
        verloop.maatregel("M16", "art. 24 Pw")
    vermogen_telt = feiten.vermogen is not None and _vermogen_telt(feiten.vermogen, normbesluit.leefvorm, verloop)
    arbeid = _arbeid(feiten, normbesluit.leefvorm == "alleenstaandeOuder", verloop)
    eigen_d = arbeid.in_aanmerking.waarde + inkomsten.overige_inkomsten.waarde
    if inkomsten.giften.waarde or inkomsten.kostenbesparende_bijdragen.waarde or inkomsten.voedselbank.waarde:
        eigen_d += _giften(inkomsten, verloop).waarde
    partner = arbeid.in_aanmerking_partner + inkomsten.overige_inkomsten_partner
    partnerinkomen = None
    naar_vakantietoeslag = arbeid.naar_vakantietoeslag + arbeid.naar_vakantietoeslag_partner
    if huishouden.partner_zonder_recht and partner.waarde:
        partnerinkomen = _partner_zonder_recht(feiten, norm, _bedrag(eigen_d), partner,
                                               arbeid.naar_vakantietoeslag_partner, verloop)
        partner, naar_vakantietoeslag = partnerinkomen.in_aanmerking, arbeid.naar_vakantietoeslag
    inkomen_d = eigen_d + partner.waarde
    inkomen = _bedrag(inkomen_d)

    procent = stand.getal("normen.vakantietoeslag_procent")
    vakantietoeslag = afronden_op_centen(norm.waarde * procent.waarde / HONDERD)
    maanddeel_d = norm.waarde - vakantietoeslag.waarde
    recht = not vermogen_telt and inkomen_d < norm.waarde
    verlaging, grondslag_verlaging = (NUL, None) if feiten.verlaging is None else _verlaging(
        feiten.maand, feiten.verlaging, norm, verloop)
    if recht:
        te_betalen_d = max(maanddeel_d - inkomen_d, NUL_D)
        overschot = max(inkomen_d - maanddeel_d, NUL_D)
        reserve_d = max(vakantietoeslag.waarde - overschot - naar_vakantietoeslag, NUL_D)
        uitleg.stap(f"Norm {norm.waarde!s} met {procent.waarde!s} % vakantietoeslag ({vakantietoeslag.waarde!s}): per "
                    f"maand betaalbaar {maanddeel_d!s}. Inkomen in aanmerking {inkomen_d!s}: te betalen "
                    f"{te_betalen_d!s}; gereserveerde vakantietoeslag {reserve_d!s}",
                    "art. 19 lid 2 en 3 en art. 45 lid 1 Pw", procent)
        te_betalen, reserve = _verlaagd(_bedrag(te_betalen_d), _bedrag(reserve_d), verlaging, grondslag_verlaging,
                                        uitleg)
    else:
        te_betalen = reserve = NUL
        reden = ("vermogen boven de vermogensgrens" if vermogen_telt
                 else f"inkomen {inkomen_d!s} niet lager dan de norm {norm.waarde!s}")
        uitleg.stap(f"Geen recht op algemene bijstand deze maand: {reden}",
                    "art. 19 lid 1 onder b Pw" if vermogen_telt else "art. 19 lid 1 onder a Pw", procent)
    beschikbaar = (arbeid.ontvangen + inkomsten.overige_inkomsten.waarde + inkomsten.overige_inkomsten_partner.waarde
                   + inkomsten.giften.waarde + te_betalen.waarde)
    buffer = NUL
    if feiten.bufferbudget is not None:
        werkt = recht and (arbeid.ontvangen > 0 or arbeid.in_aanmerking.waarde > 0)
        buffer = _buffer(feiten, feiten.bufferbudget, norm, _bedrag(beschikbaar), werkt, verloop)
        beschikbaar += buffer.waarde
    arbeid_in_aanmerking = arbeid.in_aanmerking + (NUL if huishouden.partner_zonder_recht
                                                   else arbeid.in_aanmerking_partner)
    return Bijstandsberekening(
        feiten.maand, norm, toeslag, normbesluit.leefvorm, normbesluit.grondslag,
        normbesluit.kostendelersnorm_van_toepassing, vermogen_telt, recht, arbeid_in_aanmerking, inkomen,
        partnerinkomen, tuple(verloop.vrijlatingen), arbeid.vrijgelaten, arbeid.onderdeel, reserve,
        verlaging if recht else NUL, grondslag_verlaging if recht else None, te_betalen, buffer,
        _bedrag(beschikbaar), Bedrag(maanddeel_d), tuple(verloop.toegepast.items()), GRONDSLAG, uitleg, normmaatwerk)


def _normafwijking(afwijking: Normafwijking, norm: Bedrag, stand: Wetstand) -> Maatwerkbesluit:
    """M24: mag het college de norm van de maand zo vaststellen? Dezelfde ruimte als bij de normbeoordeling."""
    besluit = maatwerk(Maatwerkfeiten("/berekeningen/bijstand", "norm", afwijking.waarde, afwijking.reden,
                                      afwijking.grondslag, {"norm": str(norm)}, {}), stand)
    uitleg = Uitleg.voor(stand)
    uitleg.stap(f"Maatwerk: de norm is vastgesteld op {besluit.toegepaste_waarde} in plaats van "
                f"{besluit.oorspronkelijke_waarde}, omdat {besluit.reden}; de maand wordt met deze norm berekend",
                besluit.grondslag)
    return replace(besluit, uitleg=uitleg)


def _verlaagd(te_betalen: Bedrag, reserve: Bedrag, verlaging: Bedrag, grondslag: str | None,
              uitleg: Uitleg) -> tuple[Bedrag, Bedrag]:
    """De verlaging gaat eerst af van de betaling van de maand, daarna van de reservering (voorlopig, interpretatie
    M22-verlaging-eerst-van-de-betaling)."""
    if grondslag is None:
        return te_betalen, reserve
    if NUL < verlaging < te_betalen + reserve:  # wie alles verliest, verliest het in elke volgorde
        uitleg.interpretatie("M22-verlaging-eerst-van-de-betaling")
    van_betaling = verlaging.min(te_betalen)
    te_betalen, reserve = te_betalen - van_betaling, (reserve - (verlaging - van_betaling)).niet_negatief()
    uitleg.stap(f"Verlaging {verlaging} deze maand: eerst van de betaling, daarna van de gereserveerde "
                f"vakantietoeslag: te betalen {te_betalen}; gereserveerde vakantietoeslag {reserve}", grondslag)
    return te_betalen, reserve


def _jongerentoeslagfeiten(invoer: Jongereninvoer, huishouden: Huishouden) -> Jongerentoeslagfeiten:
    return Jongerentoeslagfeiten(huishouden, invoer.aanvraagdatum, invoer.ouders_belanghebbende,
                                 invoer.ouders_partner)


def _norm(feiten: Berekeningsfeiten, huishouden: Huishouden, normbesluit: Kostendelersbesluit,
          stand: Wetstand) -> tuple[Bedrag, Bedrag, Uitleg, str | None]:
    """De norm van het huishouden, de jongerentoeslag erin (M03), de uitleg en de grondslag van de toeslag."""
    if feiten.jongerentoeslag is None:
        return normbesluit.norm, NUL, normbesluit.uitleg, None
    besluit = jongerentoeslag(_jongerentoeslagfeiten(feiten.jongerentoeslag, huishouden), stand, normbesluit)
    toeslag = besluit.jongerentoeslag
    return besluit.verhoogde_norm, toeslag, besluit.uitleg, besluit.grondslag if toeslag.waarde else None


def gehuwdenhuishouden(huishouden: Huishouden) -> Huishouden:
    """Hetzelfde huishouden als ook de echtgenoot recht had: voor de bijstandsnorm voor gehuwden (art. 32 lid 3).

    Een echtgenoot jonger dan 18 (zonder recht, art. 13 lid 1 onder f) telt als 18-jarige: voor jongere
    personen kent de wet geen norm.
    """
    partner = huishouden.partner
    if partner is None:
        return huishouden
    return replace(huishouden, partner=replace(partner, leeftijd=max(partner.leeftijd, MEERDERJARIG)),
                   partner_heeft_recht=True, partner_is_toeslagpartner=False, partner_gescheiden_levend=False)


def _partner_zonder_recht(feiten: Berekeningsfeiten, norm: Bedrag, eigen: Bedrag, partner: Bedrag,
                          aanspraak: Decimal, verloop: _Verloop) -> Partnerinkomenbesluit:
    """Art. 32 lid 3 of 4: welk deel van het inkomen van de echtgenoot zonder recht meetelt. De vakantieaanspraak
    over zijn loon gaat niet af van de gereserveerde vakantietoeslag (voorlopig)."""
    stand, huishouden = verloop.stand, feiten.huishouden
    gehuwden = gehuwdenhuishouden(huishouden)
    gehuwdennorm = _norm(feiten, gehuwden, kostendelersnorm(gehuwden, stand), stand)[0]
    besluit = inkomen_partner_zonder_recht(Partnerinkomenfeiten(
        partner, eigen, norm, gehuwdennorm, huishouden.partner_gescheiden_levend), stand)
    verloop.uitleg.voeg_toe(besluit.uitleg)  # art. 32 is geen maatregel van de wet van 2025: geen M-id
    if aanspraak:
        verloop.uitleg.stap(f"De vakantieaanspraak over het loon van de echtgenoot zonder recht ({aanspraak!s}) gaat "
                            "niet af van de gereserveerde vakantietoeslag: zijn inkomen telt alleen voor zover "
                            "art. 32 lid 3 of 4 het meetelt", besluit.grondslag)
        verloop.uitleg.interpretatie("M19-aanspraak-partner-zonder-recht")
    return besluit


def _verlaging(maand: Maand, invoer: Maandverlaging, norm: Bedrag, verloop: _Verloop) -> tuple[Bedrag, str | None]:
    """M22: de verlaging die deze maand geldt, met de verrekening over maanden van de afstemmingsregel."""
    besluit = afstemming(replace(invoer.afstemming, bijstandsnorm=norm), verloop.stand)
    verloop.uitleg.voeg_toe(besluit.uitleg)
    if not besluit.opgelegd:
        return NUL, None
    bedrag = besluit.verlaging_per_maand
    if invoer.opgelegd_in is not None:
        index = (maand.jaar - invoer.opgelegd_in.jaar) * 12 + maand.maand - invoer.opgelegd_in.maand
        bedrag = besluit.verrekening[index] if index < len(besluit.verrekening) else NUL
        verloop.uitleg.stap(f"Opgelegd in {invoer.opgelegd_in}; {maand} is maand {index + 1} van de verrekening "
                            f"over {len(besluit.verrekening)} maanden: verlaging deze maand {bedrag}",
                            besluit.grondslag)
    if bedrag.waarde and verloop.stand.in_werking("M22"):
        verloop.maatregel("M22", besluit.grondslag)
    return bedrag, besluit.grondslag if bedrag.waarde else None


def _vermogen_telt(opgave: Vermogensopgave, leefvorm: str, verloop: _Verloop) -> bool:
    besluit = vermogen(vermogensfeiten(opgave, leefvorm), verloop.stand)
    verloop.uitleg.voeg_toe(besluit.uitleg)
    if verloop.stand.in_werking("M05"):
        verloop.maatregel("M05", besluit.grondslag)
    return besluit.vermogen_in_aanmerking


def _arbeid(feiten: Berekeningsfeiten, alleenstaande_ouder: bool, verloop: _Verloop) -> _Arbeid:
    """M18, M19 en M13: wat van de inkomsten uit arbeid in de maand telt, en wat vrij blijft."""
    stand, uitleg, inkomsten, huishouden = verloop.stand, verloop.uitleg, feiten.inkomsten, feiten.huishouden
    arbeid = inkomsten.inkomsten_uit_arbeid
    ontvangen = arbeid.waarde + inkomsten.vakantiegeld.waarde
    if inkomsten.betalingen_uit_arbeid:
        verrekening = verrekening_inkomsten(Verrekeningsfeiten(feiten.maand, inkomsten.betalingen_uit_arbeid,
                                                               inkomsten.bijstand_vanaf), stand)
        arbeid = arbeid + verrekening.in_aanmerking_genomen
        ontvangen += verrekening.ontvangen_in_de_maand.waarde
        uitleg.voeg_toe(verrekening.uitleg)
        if verrekening.stelsel == "beschikbaarheid":
            verloop.maatregel("M18", verrekening.grondslag)
    belanghebbende = huishouden.belanghebbende
    naar_bijstand, naar_vakantietoeslag = arbeid, NUL.waarde
    if arbeid.waarde or inkomsten.vakantiegeld.waarde:
        soort = (Inkomenssoort.NAAST_GEKORTE_AOW if belanghebbende.aow_leeftijd_bereikt
                 else Inkomenssoort.TEGENWOORDIGE_ARBEID)
        vakantie = vakantiegeld(Vakantiegeldfeiten(arbeid, inkomsten.vakantiegeld, soort, huishouden), stand)
        naar_bijstand = vakantie.te_verrekenen_met_bijstand
        naar_vakantietoeslag = vakantie.te_verrekenen_met_vakantietoeslag.waarde
        uitleg.voeg_toe(vakantie.uitleg)
        if vakantie.standaardwijze:
            verloop.maatregel("M19", vakantie.grondslag)
        if inkomsten.vakantiegeld.waarde and vakantie.grondslag_uitbetaling is not None:
            verloop.vrijlatingen.append(Vrijlating("vakantiegeld", inkomsten.vakantiegeld,
                                                   vakantie.grondslag_uitbetaling,
                                                   "M19" if vakantie.standaardwijze else None))
    vervroegd = feiten.beleid.inkomstenvrijlating_vervroegd_vanaf
    eigen = inkomstenvrijlating(Inkomstenvrijlatingfeiten(
        naar_bijstand, belanghebbende, alleenstaande_ouder, feiten.vrijlating, vervroegd), stand)
    _vrijlating(eigen, "inkomstenUitArbeid", verloop)
    vrij, partner_in_aanmerking, partner_vakantie = eigen.vrijgelaten, NUL, NUL.waarde
    partner_loon = inkomsten.inkomsten_uit_arbeid_partner
    if huishouden.partner is not None and partner_loon.waarde:
        aow = huishouden.partner.aow_leeftijd_bereikt
        vakantie = vakantiegeld(Vakantiegeldfeiten(
            partner_loon, NUL, Inkomenssoort.NAAST_GEKORTE_AOW if aow else Inkomenssoort.TEGENWOORDIGE_ARBEID,
            huishouden if aow else None), stand)
        uitleg.voeg_toe(vakantie.uitleg)
        if vakantie.standaardwijze:
            verloop.maatregel("M19", vakantie.grondslag)
        partner_vakantie = vakantie.te_verrekenen_met_vakantietoeslag.waarde
        partner = inkomstenvrijlating(Inkomstenvrijlatingfeiten(
            vakantie.te_verrekenen_met_bijstand, huishouden.partner, False, feiten.vrijlating_partner, vervroegd),
            stand)
        _vrijlating(partner, "inkomstenUitArbeidPartner", verloop)
        partner_in_aanmerking, vrij = partner.in_aanmerking_genomen, vrij + partner.vrijgelaten
        ontvangen += partner_loon.waarde
    if vrij.waarde and (naar_vakantietoeslag or partner_vakantie):
        uitleg.interpretatie("M19-aanspraak-voor-vrijlating")
    return _Arbeid(eigen.in_aanmerking_genomen, partner_in_aanmerking, vrij, eigen.onderdeel, ontvangen,
                   naar_vakantietoeslag, partner_vakantie)


def _vrijlating(besluit: Inkomstenvrijlatingbesluit, soort: str, verloop: _Verloop) -> None:
    verloop.uitleg.voeg_toe(besluit.uitleg)
    m13 = besluit.vervroegd_toegepast or verloop.stand.in_werking("M13")
    if m13:
        verloop.maatregel("M13", besluit.onderdeel or "art. 34a Pw")
    if besluit.onderdeel is not None and besluit.vrijgelaten.waarde:  # "een lege lijst als niets is vrijgelaten"
        verloop.vrijlatingen.append(Vrijlating(soort, besluit.vrijgelaten, besluit.onderdeel, "M13" if m13 else None))


def _giften(inkomsten: Maandinkomsten, verloop: _Verloop) -> Bedrag:
    """M04: het deel van giften en kostenbesparende bijdragen dat als inkomen meetelt."""
    stand = verloop.stand
    besluit = giftenvrijlating(Giftenfeiten(inkomsten.giften, inkomsten.kostenbesparende_bijdragen,
                                            inkomsten.voedselbank, inkomsten.giften_eerder_dit_kalenderjaar), stand)
    verloop.uitleg.voeg_toe(besluit.uitleg)
    maatregel = "M04" if stand.in_werking("M04") else None
    if maatregel:
        verloop.maatregel(maatregel, besluit.grondslag)
    if besluit.vrijgelaten.waarde:
        verloop.vrijlatingen.append(Vrijlating("giften", besluit.vrijgelaten, "art. 31 lid 2 onder m Pw", maatregel))
    if inkomsten.voedselbank.waarde:
        verloop.vrijlatingen.append(Vrijlating("voedselbank", inkomsten.voedselbank, "art. 18 lid 8 Pw", maatregel))
    return besluit.in_aanmerking_genomen


def _buffer(feiten: Berekeningsfeiten, inzet: Bufferbudgetinzet, norm: Bedrag, beschikbaar: Bedrag,
            werkt_met_bijstand: bool, verloop: _Verloop) -> Bedrag:
    """M14: het bufferbudget dat deze maand aan het huishouden wordt betaald."""
    besluit = bufferbudget(Bufferbudgetfeiten(
        feiten.huishouden, beschikbaar, werkt_met_bijstand, inzet.instabiliteit_door_inkomstenverrekening,
        inzet.college_acht_bijdragen_aan_werk, inzet.gebruikt_dit_kalenderjaar, inzet.bedrag_naar_oordeel_college,
        maximum_beleid=feiten.beleid.bufferbudget_maximum_per_kalenderjaar, norm=norm), verloop.stand)
    verloop.uitleg.voeg_toe(besluit.uitleg)
    if besluit.van_toepassing:
        verloop.maatregel("M14", besluit.grondslag)
    return besluit.betaald
