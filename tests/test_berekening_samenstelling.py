"""De maandberekening met een partner zonder recht (art. 32 lid 3-4), de jongerentoeslag (M03) en een verlaging (M22).

De eigenschap: de betaling van de berekening is de samenstelling van de afzonderlijke regels voor dezelfde
feiten, zodat geen regel twee keer bestaat en de berekening niet van de beoordelingen kan afdrijven.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reference import (
    Afstemmingsbeleid,
    Afstemmingsfeiten,
    Afstemmingsverplichting,
    Berekeningsfeiten,
    Huishouden,
    Inkomenssoort,
    Inkomstenvrijlatingfeiten,
    Jongereninvoer,
    Jongerentoeslagfeiten,
    Maand,
    Maandinkomsten,
    Maandverlaging,
    Medebewoner,
    OngeldigeFeiten,
    Ouders,
    Parameterboek,
    ParameterFout,
    Partnerinkomenfeiten,
    Persoon,
    Taaleisfeiten,
    Vakantiegeldfeiten,
    Vrijlatingstand,
    Wetstand,
    afstemming,
    bereken_bijstand,
    gehuwdenhuishouden,
    inkomen_partner_zonder_recht,
    inkomstenvrijlating,
    jongerentoeslag,
    kostendelersnorm,
    parameterboek,
    vakantiegeld,
)
from reference.parameters import PARAMETERMAP
from reference.waarden import Bedrag, afronden_op_centen

BOEK = parameterboek()
NUL = Bedrag.nul()
PAD = "/v1/berekeningen/bijstand"
BEDRAGEN = st.decimals(min_value=0, max_value=2500, places=2).map(Bedrag)
MAANDEN = st.builds(Maand, st.sampled_from([2026, 2027]), st.integers(1, 12))


@st.composite
def huishoudens(draw: st.DrawFn) -> Huishouden:
    zelf = Persoon(draw(st.sampled_from([18, 19, 20, 21, 35, 45])))
    partnerleeftijd = draw(st.sampled_from([None, 17, 19, 20, 25, 40]))
    recht = draw(st.booleans())
    assume(partnerleeftijd is None or recht is False or partnerleeftijd >= 18)
    partner = None if partnerleeftijd is None else Persoon(partnerleeftijd)
    zonder_recht = partner is not None and not recht
    return Huishouden(
        belanghebbende=zelf, partner=partner, ten_laste_komende_kinderen=draw(st.sampled_from([0, 1])),
        medebewoners=draw(st.sampled_from([(), (Medebewoner(50),)])),
        partner_heeft_recht=partner is None or recht,
        partner_gescheiden_levend=zonder_recht and draw(st.booleans()),
    )


@st.composite
def verlagingen(draw: st.DrawFn, maand: Maand) -> Maandverlaging | None:
    soort = draw(st.sampled_from(["geen", "taaleis", "arbeid"]))
    if soort == "geen":
        return None
    if soort == "taaleis":
        kennisgeving = maand.eerste_dag - timedelta(days=draw(st.integers(-5, 400)))
        return Maandverlaging(Afstemmingsfeiten(Afstemmingsverplichting.TAALEIS, NUL, taaleis=Taaleisfeiten(
            kennisgeving, toets_toont_onvoldoende_voortgang=draw(st.booleans()))))
    opgelegd = maand.plus(-draw(st.integers(0, 3)))
    beleid = Afstemmingsbeleid(duur_eerste_verzuim=draw(st.sampled_from([None, 1, 2, 3])),
                               verrekening_maanden=draw(st.sampled_from([None, 1, 2, 3])))
    return Maandverlaging(Afstemmingsfeiten(Afstemmingsverplichting.ARBEID, NUL, datum_verzuim=opgelegd.eerste_dag,
                                            beleid=beleid), opgelegd)


def _norm(huishouden: Huishouden, jong: Jongereninvoer | None, stand: Wetstand) -> Bedrag:
    """De norm zoals /beoordelingen/jongerentoeslag of /beoordelingen/kostendelersnorm die geeft."""
    if jong is None:
        return kostendelersnorm(huishouden, stand).norm
    return jongerentoeslag(Jongerentoeslagfeiten(huishouden, jong.aanvraagdatum, jong.ouders_belanghebbende,
                                                 jong.ouders_partner), stand).verhoogde_norm


def _verlaging(maand: Maand, invoer: Maandverlaging | None, norm: Bedrag, stand: Wetstand) -> Bedrag:
    """Het bedrag van deze maand volgens /beoordelingen/afstemming: de verrekening vanaf de maand van oplegging."""
    if invoer is None:
        return NUL
    besluit = afstemming(replace(invoer.afstemming, bijstandsnorm=norm), stand)
    if not besluit.opgelegd:
        return NUL
    if invoer.opgelegd_in is None:
        return besluit.verlaging_per_maand
    index = (maand.jaar - invoer.opgelegd_in.jaar) * 12 + maand.maand - invoer.opgelegd_in.maand
    return besluit.verrekening[index] if index < len(besluit.verrekening) else NUL


@settings(deadline=None, max_examples=300)  # de machine wordt gedeeld; de tijd van één voorbeeld zegt hier niets
@given(st.data(), MAANDEN, huishoudens(), BEDRAGEN, BEDRAGEN, BEDRAGEN, st.booleans(), st.booleans())
def test_de_betaling_is_de_samenstelling_van_de_afzonderlijke_regels(
    data: st.DataObject, maand: Maand, huishouden: Huishouden, eigen: Bedrag, uitkering_partner: Bedrag,
    loon_partner: Bedrag, met_jongerentoeslag: bool, ouders_partner: bool,
) -> None:
    partner = huishouden.partner
    if partner is None:
        uitkering_partner = loon_partner = NUL
    jong = None if not met_jongerentoeslag else Jongereninvoer(
        date(2026, 1, 2), Ouders(middelen_ontoereikend=True),
        None if huishouden.partner is None else Ouders(middelen_ontoereikend=ouders_partner))
    verlaging = data.draw(verlagingen(maand))
    stand = BOEK.stand(maand.eerste_dag)
    uitkomst = bereken_bijstand(Berekeningsfeiten(
        maand, huishouden, Maandinkomsten(inkomsten_uit_arbeid_partner=loon_partner, overige_inkomsten=eigen,
                                          overige_inkomsten_partner=uitkering_partner),
        jongerentoeslag=jong, verlaging=verlaging), stand)

    norm = _norm(huishouden, jong, stand)
    van_partner = uitkering_partner
    if partner is not None and loon_partner.waarde:  # zijn inkomen volgens paragraaf 3.4 (art. 32 lid 3, tweede zin)
        vakantie = vakantiegeld(Vakantiegeldfeiten(loon_partner, NUL, Inkomenssoort.TEGENWOORDIGE_ARBEID), stand)
        van_partner += inkomstenvrijlating(Inkomstenvrijlatingfeiten(
            vakantie.te_verrekenen_met_bijstand, partner, False, Vrijlatingstand(), None), stand).in_aanmerking_genomen
    telt = van_partner
    if huishouden.partner_zonder_recht and van_partner.waarde:
        gehuwden = gehuwdenhuishouden(huishouden)
        telt = inkomen_partner_zonder_recht(Partnerinkomenfeiten(
            van_partner, eigen, norm, _norm(gehuwden, jong, stand), huishouden.partner_gescheiden_levend),
            stand).in_aanmerking
    inkomen = eigen + telt
    vakantietoeslag = afronden_op_centen(norm.waarde * Decimal(5) / 100)
    recht = inkomen < norm
    betaling = (norm - vakantietoeslag - inkomen).niet_negatief() if recht else NUL
    verlaagd = _verlaging(maand, verlaging, norm, stand) if recht else NUL

    assert uitkomst.norm == norm
    assert uitkomst.inkomen_in_aanmerking == inkomen
    assert uitkomst.recht == recht
    assert uitkomst.verlaging == verlaagd
    assert uitkomst.te_betalen == (betaling - verlaagd).niet_negatief()


@pytest.mark.parametrize(("partner", "eigen", "gescheiden", "telt"), [
    # B = € 1.001,07, G = € 2.002,13: lid 3 telt P + max(B − R, 0) + R − G, lid 4 telt P − B.
    ("1001.06", "0.00", False, "0.00"),
    ("1001.07", "0.00", False, "0.01"),
    ("1200.00", "300.00", False, "198.94"),
    ("500.00", "3000.00", False, "500.00"),  # niet meer dan zijn hele inkomen
    ("1001.07", "0.00", True, "0.00"),
    ("1500.00", "0.00", True, "498.93"),
])
def test_het_inkomen_van_de_partner_zonder_recht_telt_alleen_boven_de_grens_van_art_32(
    partner: str, eigen: str, gescheiden: bool, telt: str
) -> None:
    besluit = inkomen_partner_zonder_recht(Partnerinkomenfeiten(
        Bedrag.van(partner), Bedrag.van(eigen), Bedrag.van("1001.07"), Bedrag.van("2002.13"), gescheiden),
        BOEK.stand(date(2026, 3, 1)))
    assert besluit.in_aanmerking == Bedrag.van(telt)
    assert besluit.in_aanmerking + besluit.buiten_aanmerking == Bedrag.van(partner)
    assert besluit.grondslag == ("art. 32 lid 4 Pw" if gescheiden else "art. 32 lid 3 Pw")


def test_de_lezing_van_lid_4_staat_als_voorlopige_parameter_in_de_uitleg() -> None:
    besluit = inkomen_partner_zonder_recht(Partnerinkomenfeiten(
        Bedrag.van("1500.00"), NUL, Bedrag.van("1001.07"), Bedrag.van("2002.13"), True), BOEK.stand(date(2026, 3, 1)))
    lezing = besluit.uitleg.stappen[-1].parameters[0]
    assert (lezing.waarde, lezing.eenheid, lezing.voorlopig) == ("normBelanghebbende", "lezing", True)


def _boek_met(tmp_path: Path, bestand: str, oud: str, nieuw: str) -> Parameterboek:
    map_ = tmp_path / "parameters"
    shutil.copytree(PARAMETERMAP, map_)
    pad = map_ / bestand
    tekst = pad.read_text("utf-8")
    assert oud in tekst
    pad.write_text(tekst.replace(oud, nieuw), "utf-8")
    return Parameterboek(map_.glob("*.yaml"))


def test_het_maximum_van_de_jongerentoeslag_volgt_de_lezing_in_de_parameter(tmp_path: Path) -> None:
    # 19 jaar, twee kostendelers: de kostendelersnorm van een 21-jarige is 130/3 % van € 2.002,13 = € 867,59,
    # dus in die lezing is de toeslag € 867,59 − € 345,99 = € 521,60; in de letterlijke lezing € 746,45.
    huishouden = Huishouden(Persoon(19), medebewoners=(Medebewoner(50), Medebewoner(52)))
    feiten = Jongerentoeslagfeiten(huishouden, date(2026, 2, 2), Ouders(middelen_ontoereikend=True))
    peildatum = date(2026, 3, 1)
    letterlijk = jongerentoeslag(feiten, BOEK.stand(peildatum))
    ander = _boek_met(tmp_path, "jongerentoeslag.yaml", '{waarde: "artikel21"', '{waarde: "kostendelersnorm"')
    andere_lezing = jongerentoeslag(feiten, ander.stand(peildatum))
    assert (letterlijk.jongerentoeslag, letterlijk.maximum) == (Bedrag.van("746.45"), Bedrag.van("1401.50"))
    assert (andere_lezing.jongerentoeslag, andere_lezing.maximum) == (Bedrag.van("521.60"), Bedrag.van("867.59"))


def test_een_onbekende_lezing_is_een_parameterfout(tmp_path: Path) -> None:
    boek = _boek_met(tmp_path, "niet_rechthebbende_partner.yaml", '{waarde: "normBelanghebbende"',
                     '{waarde: "normPartner"')
    with pytest.raises(ParameterFout, match="normPartner"):
        inkomen_partner_zonder_recht(Partnerinkomenfeiten(
            Bedrag.van("1500.00"), NUL, Bedrag.van("1001.07"), Bedrag.van("2002.13"), True),
            boek.stand(date(2026, 3, 1)))


def test_een_lezing_die_geen_woord_is_wordt_bij_het_laden_geweigerd(tmp_path: Path) -> None:
    with pytest.raises(ParameterFout, match="past niet bij eenheid lezing"):
        _boek_met(tmp_path, "jongerentoeslag.yaml", '{waarde: "artikel21"', '{waarde: "artikel 21"')


def test_een_verlaging_van_meer_dan_de_betaling_gaat_af_van_de_reservering() -> None:
    # 100 % van € 1.401,50 in één maand: € 1.331,42 van de betaling, € 70,08 van de reservering.
    maand = Maand(2026, 3)
    uitkomst = bereken_bijstand(Berekeningsfeiten(maand, Huishouden(Persoon(35)), verlaging=Maandverlaging(
        Afstemmingsfeiten(Afstemmingsverplichting.ARBEID, NUL, datum_verzuim=date(2026, 2, 27)), maand)),
        BOEK.stand(maand.eerste_dag))
    assert (uitkomst.te_betalen, uitkomst.vakantietoeslag_gereserveerd) == (NUL, NUL)
    assert uitkomst.verlaging == Bedrag.van("1401.50")
    assert ("M22", "art. 18 lid 5 Pw") in uitkomst.toegepaste_maatregelen


def test_zonder_recht_gaat_er_geen_verlaging_af() -> None:
    maand = Maand(2026, 3)
    uitkomst = bereken_bijstand(Berekeningsfeiten(
        maand, Huishouden(Persoon(35)), Maandinkomsten(overige_inkomsten=Bedrag.van("1500.00")),
        verlaging=Maandverlaging(Afstemmingsfeiten(Afstemmingsverplichting.ARBEID, NUL,
                                                   datum_verzuim=date(2026, 2, 27)), maand)),
        BOEK.stand(maand.eerste_dag))
    assert (uitkomst.recht, uitkomst.verlaging, uitkomst.grondslag_verlaging) == (False, NUL, None)


def test_ongeldige_feiten_van_de_nieuwe_invoer_worden_samen_gemeld() -> None:
    maand = Maand(2026, 3)
    with pytest.raises(OngeldigeFeiten) as fout:
        bereken_bijstand(Berekeningsfeiten(
            maand, Huishouden(Persoon(35), partner_gescheiden_levend=True),
            Maandinkomsten(overige_inkomsten_partner=Bedrag.van("10.00")),
            jongerentoeslag=Jongereninvoer(date(2026, 2, 2), ouders_partner=Ouders(middelen_ontoereikend=True)),
            verlaging=Maandverlaging(Afstemmingsfeiten(Afstemmingsverplichting.ARBEID, NUL,
                                                       datum_verzuim=date(2026, 4, 1)), Maand(2026, 4))),
            BOEK.stand(maand.eerste_dag))
    assert {b.veld for b in fout.value.bezwaren} == {
        "huishouden.partnerGescheidenLevend", "inkomsten.overigeInkomstenPartner",
        "jongerentoeslag.partnerMiddelenOudersOntoereikend", "afstemming.opgelegdIn", "afstemming.datumVerzuim"}


@pytest.mark.parametrize(("afstemming_", "veld"), [
    ({"soortVerplichting": "arbeidsverplichting", "datumVerzuim": "2026-02-27"}, "afstemming.opgelegdIn"),
    ({"soortVerplichting": "taaleis", "opgelegdIn": "2026-03", "taaleis": {"kennisgevingOp": "2026-02-01"}},
     "afstemming.opgelegdIn"),
    ({"soortVerplichting": "taaleis"}, "afstemming.taaleis"),
    ({"soortVerplichting": "overigeVerplichting", "opgelegdIn": "2026-03"},
     "beleid.afstemmingPercentageOverigeVerplichting"),
    ({"soortVerplichting": "ontslag", "opgelegdIn": "2026-03"}, "afstemming.soortVerplichting"),
    ({"soortVerplichting": "arbeidsverplichting", "opgelegdIn": "2026-13"}, "afstemming.opgelegdIn"),
])
def test_de_api_noemt_elk_onjuist_veld_van_de_verlaging(client: FlaskClient, afstemming_: dict[str, object],
                                                      veld: str) -> None:
    antwoord = client.post(PAD, json={"peildatum": "2026-03-01", "maand": "2026-03",
                                      "huishouden": {"belanghebbende": {"leeftijd": 35}}, "afstemming": afstemming_})
    assert antwoord.status_code == 400
    assert antwoord.content_type == "application/problem+json"
    assert veld in {p["name"] for p in antwoord.get_json()["invalidParams"]}


def test_de_api_noemt_de_ontbrekende_aanvraagdatum_en_een_onbekend_feit_van_de_jongerentoeslag(
    client: FlaskClient
) -> None:
    antwoord = client.post(PAD, json={"peildatum": "2026-03-01", "maand": "2026-03",
                                      "huishouden": {"belanghebbende": {"leeftijd": 19}},
                                      "jongerentoeslag": {"middelenOudersOntoereikend": "ja", "ouders": True}})
    assert antwoord.status_code == 400
    namen = {p["name"] for p in antwoord.get_json()["invalidParams"]}
    assert {"jongerentoeslag.aanvraagdatum", "jongerentoeslag.middelenOudersOntoereikend"} <= namen
    assert any(naam.startswith("jongerentoeslag") and "ouders" in naam for naam in namen)


def test_de_api_geeft_het_inkomen_van_de_partner_zonder_recht_volgens_het_contract(client: FlaskClient) -> None:
    antwoord = client.post(PAD, json={
        "peildatum": "2026-03-01", "maand": "2026-03",
        "huishouden": {"belanghebbende": {"leeftijd": 45}, "partner": {"leeftijd": 40}, "partnerHeeftRecht": False},
        "inkomsten": {"overigeInkomsten": "300.00", "overigeInkomstenPartner": "1200.00"}})
    assert antwoord.status_code == 200
    gegevens = antwoord.get_json()
    deel = gegevens["inkomenPartnerZonderRecht"]
    assert (deel["inkomen"], deel["inAanmerking"]) == ("1200.00", "198.94")
    assert [(v["regeling"], v["artikel"], v["lid"], v["onderdeel"]) for v in deel["grondslag"]["verwijzingen"]] == [
        ("BWBR0015703", "32", "3", None)]
    assert (gegevens["teBetalen"], gegevens["verlaging"], gegevens["jongerentoeslag"]) == ("452.08", "0.00", "0.00")


def test_maatwerk_in_de_norm_geldt_ook_voor_de_verlaging_van_de_maand(client: FlaskClient) -> None:
    # Norm € 1.200,00 (art. 27): taaleis 20 % = € 240,00; te betalen € 1.200,00 − € 60,00 − € 240,00 = € 900,00.
    antwoord = client.post(PAD, json={
        "peildatum": "2026-03-01", "maand": "2026-03", "huishouden": {"belanghebbende": {"leeftijd": 35}},
        "afstemming": {"soortVerplichting": "taaleis", "taaleis": {"kennisgevingOp": "2026-02-01"}},
        "maatwerk": {"veld": "norm", "waarde": "1200.00", "reden": "geen woonkosten", "grondslag": "art. 27 Pw"}})
    gegevens = antwoord.get_json()
    assert (gegevens["norm"], gegevens["verlaging"], gegevens["teBetalen"]) == ("1200.00", "240.00", "900.00")
    assert gegevens["maatwerk"]["oorspronkelijkeWaarde"] == "1401.50"
    assert "de maand wordt met deze norm berekend" in " ".join(s["omschrijving"] for s in gegevens["uitleg"]["stappen"])


def test_maatwerk_in_de_norm_buiten_de_ruimte_wordt_met_de_andere_bezwaren_gemeld(client: FlaskClient) -> None:
    antwoord = client.post(PAD, json={
        "peildatum": "2026-03-01", "maand": "2026-03", "huishouden": {"belanghebbende": {"leeftijd": 35}},
        "inkomsten": {"overigeInkomstenPartner": "10.00"},
        "maatwerk": {"veld": "norm", "waarde": "1500.00", "reden": "hogere woonkosten", "grondslag": "art. 27 Pw"}})
    assert antwoord.status_code == 400
    assert {p["name"] for p in antwoord.get_json()["invalidParams"]} == {
        "inkomsten.overigeInkomstenPartner", "maatwerk.waarde"}
