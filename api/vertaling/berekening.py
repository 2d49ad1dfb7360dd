"""Vertaling van de berekening van de bijstand over een maand (POST /v1/berekeningen/bijstand)."""

from __future__ import annotations

from api.vertaling.bufferbudget import maximum_beleid
from api.vertaling.gemeenschappelijk import Json, bedrag, datum, huishouden, optioneel_bedrag, uitleg
from api.vertaling.inkomstenvrijlating import vervroegd_vanaf, vrijlatingstand
from api.vertaling.vermogen import vermogensopgave
from api.vertaling.verrekening_inkomsten import betaling, maand
from reference import (
    Beleidskeuzes,
    Berekeningsfeiten,
    Bufferbudgetinzet,
    Maand,
    Maandinkomsten,
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


def bereken(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    feiten = Berekeningsfeiten(
        maand=Maand.van(verzoek["maand"]),
        huishouden=huishouden(verzoek["huishouden"]),
        inkomsten=_inkomsten(verzoek.get("inkomsten") or {}),
        vermogen=None if "vermogen" not in verzoek else vermogensopgave(verzoek["vermogen"]),
        vrijlating=vrijlatingstand(verzoek.get("vrijlating")),
        vrijlating_partner=vrijlatingstand(verzoek.get("vrijlatingPartner")),
        bufferbudget=_bufferbudget(verzoek.get("bufferbudget")),
        beleid=Beleidskeuzes(vervroegd_vanaf(verzoek), maximum_beleid(verzoek)),
    )
    b = bereken_bijstand(feiten, boek.stand(peildatum))
    return {
        "peildatum": peildatum.isoformat(),
        "maand": str(b.maand),
        "norm": str(b.norm),
        "leefvorm": b.leefvorm,
        "normGrondslag": b.norm_grondslag,
        "kostendelersnormVanToepassing": b.kostendelersnorm_van_toepassing,
        "vermogenInAanmerking": b.vermogen_in_aanmerking,
        "recht": b.recht,
        "inkomstenUitArbeidInAanmerking": str(b.inkomsten_uit_arbeid_in_aanmerking),
        "inkomenInAanmerking": str(b.inkomen_in_aanmerking),
        "vrijgelatenInkomstenUitArbeid": str(b.vrijgelaten_inkomsten_uit_arbeid),
        "grondslagInkomstenvrijlating": b.grondslag_inkomstenvrijlating,
        "vrijlatingen": [{"soort": v.soort, "bedrag": str(v.bedrag), "artikel": v.artikel, "maatregel": v.maatregel}
                         for v in b.vrijlatingen],
        "vakantietoeslagGereserveerd": str(b.vakantietoeslag_gereserveerd),
        "teBetalen": str(b.te_betalen),
        "bufferbudget": str(b.bufferbudget),
        "beschikbaarInDeMaand": str(b.beschikbaar_in_de_maand),
        "kaleUitkering": str(b.kale_uitkering),
        "minderDanKaleUitkering": b.minder_dan_kale_uitkering,
        "toegepasteMaatregelen": [{"id": m, "artikel": a} for m, a in b.toegepaste_maatregelen],
        "grondslag": b.grondslag,
        "uitleg": uitleg(b.uitleg),
    }
