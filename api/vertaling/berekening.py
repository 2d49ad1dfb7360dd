"""Vertaling van de berekening van de bijstand over een maand (POST /v1/berekeningen/bijstand)."""

from __future__ import annotations

from datetime import date

from api.vertaling.afstemming import afstemmingsfeiten
from api.vertaling.bufferbudget import maximum_beleid
from api.vertaling.gemeenschappelijk import Json, bedrag, datum, huishouden, optioneel_bedrag, uitleg
from api.vertaling.inkomstenvrijlating import vervroegd_vanaf, vrijlatingstand
from api.vertaling.maatwerk import vastgelegd
from api.vertaling.vermogen import vermogensopgave
from api.vertaling.verrekening_inkomsten import betaling, maand
from reference import (
    Beleidskeuzes,
    Berekeningsfeiten,
    Bijstandsberekening,
    Bufferbudgetinzet,
    Jongereninvoer,
    Maand,
    Maandinkomsten,
    Maandverlaging,
    Normafwijking,
    Ouders,
    Parameterboek,
    bereken_bijstand,
)


def _inkomsten(g: Json) -> Maandinkomsten:
    return Maandinkomsten(
        inkomsten_uit_arbeid=bedrag(g, "inkomstenUitArbeid"),
        betalingen_uit_arbeid=tuple(betaling(b) for b in g.get("betalingenUitArbeid", [])),
        bijstand_vanaf=maand(g.get("bijstandVanaf")),
        vakantiegeld=bedrag(g, "vakantiegeld"),
        inkomsten_uit_arbeid_partner=bedrag(g, "inkomstenUitArbeidPartner"),
        overige_inkomsten=bedrag(g, "overigeInkomsten"),
        overige_inkomsten_partner=bedrag(g, "overigeInkomstenPartner"),
        giften=bedrag(g, "giften"),
        giften_eerder_dit_kalenderjaar=bedrag(g, "giftenEerderDitKalenderjaar"),
        kostenbesparende_bijdragen=bedrag(g, "kostenbesparendeBijdragen"),
        voedselbank=bedrag(g, "voedselbank"),
    )


def _bufferbudget(g: Json | None) -> Bufferbudgetinzet | None:
    if g is None:
        return None
    return Bufferbudgetinzet(
        instabiliteit_door_inkomstenverrekening=g.get("instabiliteitDoorInkomstenverrekening", False),
        college_acht_bijdragen_aan_werk=g.get("collegeAchtBijdragenAanWerk", False),
        gebruikt_dit_kalenderjaar=bedrag(g, "gebruiktDitKalenderjaar"),
        bedrag_naar_oordeel_college=optioneel_bedrag(g, "bedragNaarOordeelCollege"),
    )


def _jongerentoeslag(g: Json | None) -> Jongereninvoer | None:
    if g is None:
        return None
    partner = g.get("partnerMiddelenOudersOntoereikend"), g.get("partnerOnderhoudsrechtNietTeGeldeTeMaken")
    return Jongereninvoer(
        aanvraagdatum=datum(g["aanvraagdatum"]),
        ouders_belanghebbende=Ouders(g.get("middelenOudersOntoereikend", False),
                                     g.get("onderhoudsrechtNietTeGeldeTeMaken", False)),
        ouders_partner=None if partner == (None, None) else Ouders(bool(partner[0]), bool(partner[1])),
    )


def _verlaging(g: Json | None, beleid: Json) -> Maandverlaging | None:
    if g is None:
        return None
    opgelegd = g.get("opgelegdIn")
    return Maandverlaging(afstemmingsfeiten(g, beleid), None if opgelegd is None else Maand.van(opgelegd))


def _partnerinkomen(b: Bijstandsberekening) -> Json | None:
    p = b.inkomen_partner_zonder_recht
    if p is None:
        return None
    return {"inkomen": str(p.in_aanmerking + p.buiten_aanmerking), "inAanmerking": str(p.in_aanmerking),
            "grondslag": p.grondslag}


def _normafwijking(g: Json | None) -> Normafwijking | None:
    """Maatwerk in de norm rekent de referentie mee; maatwerk in een andere uitkomst past `maatwerk.pas_toe` toe."""
    if g is None or g["veld"] != "norm":
        return None
    return Normafwijking(str(g["waarde"]), g["reden"], g["grondslag"])


def bereken(verzoek: Json, boek: Parameterboek, *, met_uitleg: bool = True) -> Json:
    """Het antwoord van de berekening; zonder `uitleg` als die niet gevraagd is (het orakel, `return=minimal`)."""
    peildatum = datum(verzoek["peildatum"])
    b = bereken_bijstand(berekeningsfeiten(verzoek), boek.stand(peildatum, met_uitleg=met_uitleg))
    return antwoord(b, peildatum, met_uitleg=met_uitleg)


def berekeningsfeiten(verzoek: Json) -> Berekeningsfeiten:
    """De feiten van de maand uit een verzoek dat het contract aanvaardt."""
    return Berekeningsfeiten(
        maand=Maand.van(verzoek["maand"]),
        huishouden=huishouden(verzoek["huishouden"]),
        inkomsten=_inkomsten(verzoek.get("inkomsten") or {}),
        vermogen=None if "vermogen" not in verzoek else vermogensopgave(verzoek["vermogen"]),
        vrijlating=vrijlatingstand(verzoek.get("vrijlating")),
        vrijlating_partner=vrijlatingstand(verzoek.get("vrijlatingPartner")),
        bufferbudget=_bufferbudget(verzoek.get("bufferbudget")),
        beleid=Beleidskeuzes(vervroegd_vanaf(verzoek), maximum_beleid(verzoek)),
        jongerentoeslag=_jongerentoeslag(verzoek.get("jongerentoeslag")),
        verlaging=_verlaging(verzoek.get("afstemming"), verzoek.get("beleid") or {}),
        normafwijking=_normafwijking(verzoek.get("maatwerk")),
    )


def antwoord(b: Bijstandsberekening, peildatum: date, *, met_uitleg: bool = True) -> Json:
    """De berekening als antwoord van het contract, met de grondslagen nog als aanhaling (`met_grondslagen`)."""
    return {
        "peildatum": peildatum.isoformat(),
        "maand": str(b.maand),
        "norm": str(b.norm),
        "jongerentoeslag": str(b.jongerentoeslag),
        "leefvorm": b.leefvorm,
        "normGrondslag": b.norm_grondslag,
        "kostendelersnormVanToepassing": b.kostendelersnorm_van_toepassing,
        "vermogenInAanmerking": b.vermogen_in_aanmerking,
        "recht": b.recht,
        "inkomstenUitArbeidInAanmerking": str(b.inkomsten_uit_arbeid_in_aanmerking),
        "inkomenInAanmerking": str(b.inkomen_in_aanmerking),
        "inkomenPartnerZonderRecht": _partnerinkomen(b),
        "vrijgelatenInkomstenUitArbeid": str(b.vrijgelaten_inkomsten_uit_arbeid),
        "grondslagInkomstenvrijlating": b.grondslag_inkomstenvrijlating,
        "vrijlatingen": [{"soort": v.soort, "bedrag": str(v.bedrag), "artikel": v.artikel, "maatregel": v.maatregel}
                         for v in b.vrijlatingen],
        "vakantietoeslagGereserveerd": str(b.vakantietoeslag_gereserveerd),
        "verlaging": str(b.verlaging),
        "grondslagVerlaging": b.grondslag_verlaging,
        "teBetalen": str(b.te_betalen),
        "bufferbudget": str(b.bufferbudget),
        "beschikbaarInDeMaand": str(b.beschikbaar_in_de_maand),
        "kaleUitkering": str(b.kale_uitkering),
        "minderDanKaleUitkering": b.minder_dan_kale_uitkering,
        "toegepasteMaatregelen": [{"id": m, "artikel": a} for m, a in b.toegepaste_maatregelen],
        "grondslag": b.grondslag,
    } | ({"uitleg": uitleg(b.uitleg)} if met_uitleg else {}) | (
        {} if b.maatwerk is None else {"maatwerk": vastgelegd(b.maatwerk)})
