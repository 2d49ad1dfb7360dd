"""M24 Maatwerk: de tabel volgt het contract, elke beslisoperatie aanvaardt maatwerk, de regel weigert wat de wet
niet toelaat, naast de scenario's."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient
from hypothesis import given
from hypothesis import strategies as st

from api.contract import contract
from api.orakel import Orakel
from reference import (
    AfwijkbareUitkomst,
    Bedrag,
    DwingendeUitkomst,
    Maatwerkfeiten,
    OngeldigeFeiten,
    ParameterFout,
    lees_maatwerkruimte,
    maatwerk,
    maatwerkruimte,
    parameterboek,
)

STAND = parameterboek().stand(date(2026, 3, 1))
SCHEMAS = contract()["components"]["schemas"]


def _schema(knoop: dict[str, Any]) -> dict[str, Any]:
    return SCHEMAS[knoop["$ref"].rsplit("/", 1)[1]]  # type: ignore[no-any-return]


def beslisoperaties() -> Iterator[tuple[str, dict[str, Any]]]:
    """Elke beslisoperatie van het contract: POST /beoordelingen/* en /berekeningen/*."""
    for pad, item in contract()["paths"].items():
        if pad.startswith(("/beoordelingen/", "/berekeningen/")) and "post" in item:
            yield pad, item["post"]


def _verzoek(operatie: dict[str, Any]) -> dict[str, Any]:
    return _schema(operatie["requestBody"]["content"]["application/json"]["schema"])


def _antwoord(operatie: dict[str, Any]) -> dict[str, Any]:
    return _schema(operatie["responses"]["200"]["content"]["application/json"]["schema"])


OPERATIES = dict(beslisoperaties())


@pytest.mark.parametrize("pad", sorted(OPERATIES))
def test_elke_beslisoperatie_aanvaardt_maatwerk_en_geeft_het_terug(pad: str) -> None:
    """Faalt zodra een nieuwe beslisoperatie `maatwerk` in verzoek of antwoord vergeet."""
    operatie = OPERATIES[pad]
    assert _verzoek(operatie)["properties"].get("maatwerk") == {"$ref": "#/components/schemas/Maatwerk"}, pad
    assert "maatwerk" not in _verzoek(operatie).get("required", [])
    assert _antwoord(operatie)["properties"].get("maatwerk") == {"$ref": "#/components/schemas/ToegepastMaatwerk"}, pad
    assert "maatwerk" not in _antwoord(operatie).get("required", [])


@pytest.mark.parametrize("pad", sorted(OPERATIES))
def test_elke_beslisoperatie_legt_maatwerk_aan_de_regel_voor(client: FlaskClient, pad: str) -> None:
    """Het voorbeeld van het contract met maatwerk op een onbekende uitkomst wordt door de regel geweigerd."""
    voorbeeld = OPERATIES[pad]["requestBody"]["content"]["application/json"]["example"]
    verzoek = {**voorbeeld, "maatwerk": {"veld": "bestaatNiet", "waarde": "1.00", "reden": "r", "grondslag": "g"}}
    antwoord = client.post(f"/v1{pad}", json=verzoek)
    assert antwoord.status_code == 400, antwoord.get_json()
    assert [p["name"] for p in antwoord.get_json()["invalidParams"]] == ["maatwerk.veld"]


_SOORT_IN_CONTRACT: dict[str, Callable[[dict[str, Any]], bool]] = {
    "bedrag": lambda s: s.get("$ref", "").endswith("/Bedrag") or "Bedrag" in str(s.get("allOf"))
    or str(s.get("pattern", "")).startswith("^(0|[1-9]"),
    "datum": lambda s: s.get("$ref", "").endswith("/Datum") or "Datum" in str(s.get("allOf"))
    or s.get("format") == "date",
    "percentage": lambda s: s.get("type") == "string" and "pattern" in s,
    "aantal": lambda s: s.get("type") == "integer",
    "waarheid": lambda s: s.get("type") == "boolean",
}


def test_de_tabel_noemt_alleen_operaties_en_uitkomsten_van_het_contract() -> None:
    for operatie, uitkomsten in maatwerkruimte().operaties.items():
        assert operatie in OPERATIES, operatie
        antwoord = _antwoord(OPERATIES[operatie])["properties"]
        verzoek = _verzoek(OPERATIES[operatie])["properties"]
        for veld, ruimte in uitkomsten.items():
            assert veld in antwoord, (operatie, veld)
            if isinstance(ruimte, DwingendeUitkomst):
                continue
            assert _SOORT_IN_CONTRACT[ruimte.soort](antwoord[veld]), (operatie, veld, ruimte.soort)
            for ander, _ in (*ruimte.als, *ruimte.gevolgen):
                assert ander in antwoord, (operatie, ander)
            for grens in (*ruimte.ondergrenzen, *ruimte.bovengrenzen):
                assert grens.uitkomst is None or grens.uitkomst in antwoord, (operatie, grens)
                assert grens.invoer is None or grens.invoer in verzoek, (operatie, grens)


def test_een_voorlopige_ruimte_zegt_dat_ook_in_haar_uitleg() -> None:
    for uitkomsten in maatwerkruimte().operaties.values():
        for ruimte in uitkomsten.values():
            if isinstance(ruimte, DwingendeUitkomst):
                assert not ruimte.voorlopig or "voorlopig" in ruimte.reden
            else:
                assert all("voorlopig" in g.toelichting for g in ruimte.gronden if g.voorlopig)


def _feiten(operatie: str, veld: str, waarde: Any, grondslag: str, uitkomsten: dict[str, Any],
            invoer: dict[str, Any] | None = None, reden: str = "omstandigheden van het geval") -> Maatwerkfeiten:
    return Maatwerkfeiten(operatie, veld, waarde, reden, grondslag, uitkomsten, invoer or {})


def _bezwaren(feiten: Maatwerkfeiten, peildatum: date = date(2026, 3, 1)) -> list[str]:
    with pytest.raises(OngeldigeFeiten) as fout:
        maatwerk(feiten, parameterboek().stand(peildatum))
    return [b.veld for b in fout.value.bezwaren]


NORM = {"norm": "1401.50", "leefvorm": "alleenstaande"}
BEDRAGEN = st.decimals(min_value=0, max_value=5000, places=2).map(lambda d: str(Bedrag(d)))


@given(BEDRAGEN)
def test_art_27_laat_de_norm_alleen_lager_vaststellen(waarde: str) -> None:
    feiten = _feiten("/beoordelingen/bijstandsnorm", "norm", waarde, "art. 27 Pw", NORM)
    if Decimal(waarde) < Decimal("1401.50"):
        besluit = maatwerk(feiten, STAND)
        assert (besluit.toegepaste_waarde, besluit.oorspronkelijke_waarde, besluit.voorlopig) == (waarde, "1401.50",
                                                                                                 False)
    else:
        assert _bezwaren(feiten) == ["maatwerk.waarde"]


@given(BEDRAGEN)
def test_een_voorschot_mag_hoger_tot_de_te_verwachten_bijstand_en_niet_lager(waarde: str) -> None:
    feiten = _feiten("/beoordelingen/voorschot", "minimumbedrag", waarde, "art. 52 lid 2 Pw",
                     {"minimumbedrag": "1331.43"}, {"verwachteAlgemeneBijstand": "1401.50"})
    if Decimal("1331.43") < Decimal(waarde) <= Decimal("1401.50"):
        assert maatwerk(feiten, STAND).toegepaste_waarde == waarde
    else:
        assert _bezwaren(feiten) == ["maatwerk.waarde"]


@given(st.integers(min_value=-200, max_value=60))
def test_terugwerkende_kracht_ligt_tussen_de_grens_het_ontstaan_van_het_recht_en_de_melding(dagen: int) -> None:
    melding, grens, ontstaan = date(2026, 4, 1), date(2026, 1, 1), date(2026, 2, 10)
    gevraagd = melding + timedelta(days=dagen)
    feiten = _feiten("/beoordelingen/terugwerkende-kracht", "ingangsdatum", gevraagd.isoformat(), "art. 44 lid 5 Pw",
                     {"ingangsdatum": melding.isoformat(), "grensTerugwerkendeKracht": grens.isoformat()},
                     {"datumRechtOntstaan": ontstaan.isoformat()})
    if max(grens, ontstaan) <= gevraagd < melding:
        assert maatwerk(feiten, parameterboek().stand(melding)).toegepaste_waarde == gevraagd.isoformat()
    else:
        assert _bezwaren(feiten, melding) == ["maatwerk.waarde"]


AFSTEMMING = {"opgelegd": True, "percentage": "100", "duurInMaanden": 1, "verlagingPerMaand": "1401.50"}


@pytest.mark.parametrize(("operatie", "veld", "waarde", "grondslag", "uitkomsten", "bezwaar"), [
    ("/beoordelingen/identificatie", "identiteitVastgesteld", True, "art. 18 lid 1 Pw",
     {"identiteitVastgesteld": False}, "maatwerk.veld"),
    ("/beoordelingen/melding", "meldingsdatum", "2026-01-15", "art. 18 lid 1 Pw",
     {"meldingsdatum": "2026-02-10"}, "maatwerk.veld"),
    ("/beoordelingen/giftenvrijlating", "vrijgelaten", "1300.00", "art. 18 lid 1 Pw",
     {"vrijgelaten": "1200.00"}, "maatwerk.veld"),
    ("/beoordelingen/bijstandsnorm", "peildatum", "2026-01-01", "art. 18 lid 1 Pw", NORM, "maatwerk.veld"),
    ("/beoordelingen/bestaat-niet", "norm", "1.00", "art. 18 lid 1 Pw", NORM, "maatwerk.veld"),
    ("/beoordelingen/bijstandsnorm", "norm", 1200, "art. 27 Pw", NORM, "maatwerk.waarde"),
    ("/beoordelingen/bijstandsnorm", "norm", "1200", "art. 27 Pw", NORM, "maatwerk.waarde"),
    ("/beoordelingen/bijstandsnorm", "norm", "-1.00", "art. 27 Pw", NORM, "maatwerk.waarde"),
    ("/beoordelingen/bijstandsnorm", "norm", "1401.50", "art. 27 Pw", NORM, "maatwerk.waarde"),
    ("/beoordelingen/bijstandsnorm", "norm", "1200.00", "art. 52 lid 2 Pw", NORM, "maatwerk.grondslag"),
    ("/beoordelingen/afstemming", "duurInMaanden", 3, "art. 18 lid 10 Pw", AFSTEMMING, "maatwerk.waarde"),
    ("/beoordelingen/afstemming", "percentage", "120", "art. 18 lid 10 Pw", AFSTEMMING, "maatwerk.waarde"),
    ("/beoordelingen/afstemming", "opgelegd", True, "art. 18 lid 10 Pw", {**AFSTEMMING, "opgelegd": False},
     "maatwerk.waarde"),
    ("/beoordelingen/afstemming", "percentage", "50", "art. 18 lid 10 Pw", {**AFSTEMMING, "opgelegd": False},
     "maatwerk.veld"),
    ("/beoordelingen/voorschot", "minimumbedrag", "1400.00", "art. 52 lid 2 Pw", {"minimumbedrag": None},
     "maatwerk.veld"),
    ("/berekeningen/bijstand", "teBetalen", "500.00", "art. 18 lid 1 Pw", {"teBetalen": "0.00", "recht": False},
     "maatwerk.veld"),
    ("/beoordelingen/terugwerkende-kracht", "ingangsdatum", "2026-02-30", "art. 44 lid 5 Pw",
     {"ingangsdatum": "2026-04-01"}, "maatwerk.waarde"),
])
def test_maatwerk_dat_de_wet_niet_toelaat_noemt_het_onjuiste_gegeven(
    operatie: str, veld: str, waarde: Any, grondslag: str, uitkomsten: dict[str, Any], bezwaar: str
) -> None:
    assert _bezwaren(_feiten(operatie, veld, waarde, grondslag, uitkomsten)) == [bezwaar]


def test_een_grondslag_die_later_ingaat_draagt_nog_geen_maatwerk() -> None:
    feiten = _feiten("/beoordelingen/zoektermijn", "vroegsteAanvraagdatum", "2025-12-10", "art. 41 lid 11 Pw",
                     {"vroegsteAanvraagdatum": "2025-12-29"}, {"datumMelding": "2025-12-01"})
    assert _bezwaren(feiten, date(2025, 12, 31)) == ["maatwerk.grondslag"]
    assert maatwerk(feiten, parameterboek().stand(date(2026, 1, 1))).toegepaste_waarde == "2025-12-10"


def test_elk_bezwaar_tegelijk_gemeld() -> None:
    feiten = _feiten("/beoordelingen/bijstandsnorm", "norm", "abc", "art. 99 Pw", NORM, reden="  ")
    assert _bezwaren(feiten) == ["maatwerk.reden", "maatwerk.waarde", "maatwerk.grondslag"]


def test_de_grondslag_wordt_herkend_ongeacht_hoofdletters_en_spaties_en_vastgelegd_zoals_de_wet_haar_noemt() -> None:
    besluit = maatwerk(_feiten("/beoordelingen/bijstandsnorm", "norm", "1200.00", " Art.  27 pw. ", NORM), STAND)
    assert besluit.grondslag == "art. 27 Pw"
    assert besluit.uitleg.stappen[-1].artikel == "art. 27 Pw"


def test_een_voorlopige_grond_wordt_alleen_gebruikt_in_de_richting_die_alleen_zij_toelaat() -> None:
    hoger = maatwerk(_feiten("/beoordelingen/bijstandsnorm", "norm", "1500.00", "art. 18 lid 1 Pw", NORM), STAND)
    lager = maatwerk(_feiten("/beoordelingen/bijstandsnorm", "norm", "1300.00", "art. 18 lid 1 Pw", NORM), STAND)
    assert (hoger.voorlopig, lager.voorlopig) == (True, False)


def test_een_percentage_wordt_geschreven_zoals_de_operaties_het_schrijven() -> None:
    besluit = maatwerk(_feiten("/beoordelingen/voorschot", "percentage", "97.50", "art. 52 lid 2 Pw",
                               {"percentage": "95"}), STAND)
    assert (besluit.oorspronkelijke_waarde, besluit.toegepaste_waarde) == ("95", "97.5")


def test_geen_maatregel_opleggen_laat_ook_de_verlaging_vervallen(client: FlaskClient) -> None:
    antwoord = client.post("/v1/beoordelingen/afstemming", json={
        "peildatum": "2026-03-01", "soortVerplichting": "arbeidsverplichting", "bijstandsnorm": "1401.50",
        "datumVerzuim": "2026-02-10",
        "maatwerk": {"veld": "opgelegd", "waarde": False, "reden": "dringende redenen",
                     "grondslag": "art. 18 lid 10 Pw"},
    }).get_json()
    assert {k: antwoord[k] for k in ("opgelegd", "percentage", "verlagingPerMaand", "verrekening")} == {
        "opgelegd": False, "percentage": "0", "verlagingPerMaand": "0.00", "verrekening": []}
    grondslag = antwoord["maatwerk"].pop("grondslag")
    assert antwoord["maatwerk"] == {"veld": "opgelegd", "oorspronkelijkeWaarde": True, "toegepasteWaarde": False,
                                    "reden": "dringende redenen", "voorlopig": False}
    assert [(v["artikel"], v["lid"], v["tekstVanaf"]) for v in grondslag["verwijzingen"]] == [
        ("18", "10", "2026-01-01")]


NORMVERZOEK = {"peildatum": "2026-03-01", "huishouden": {"belanghebbende": {"leeftijd": 35}}}


def test_maatwerk_verandert_alleen_de_uitkomst_en_voegt_een_stap_toe_aan_de_uitleg(client: FlaskClient) -> None:
    zonder = client.post("/v1/beoordelingen/bijstandsnorm", json=NORMVERZOEK).get_json()
    met = client.post("/v1/beoordelingen/bijstandsnorm", json={**NORMVERZOEK, "maatwerk": {
        "veld": "norm", "waarde": "1200.00", "reden": "geen woonkosten", "grondslag": "art. 27 Pw"}}).get_json()
    assert "maatwerk" not in zonder
    assert {k: v for k, v in met.items() if k not in ("norm", "maatwerk", "uitleg")} == {
        k: v for k, v in zonder.items() if k not in ("norm", "uitleg")}
    assert met["norm"] == "1200.00"
    assert met["uitleg"]["stappen"][:-1] == zonder["uitleg"]["stappen"]
    laatste = met["uitleg"]["stappen"][-1]
    assert laatste["artikel"] == "art. 27 Pw"
    assert "geen woonkosten" in laatste["omschrijving"]


def test_een_lege_reden_weigert_al_het_contract(client: FlaskClient) -> None:
    antwoord = client.post("/v1/beoordelingen/bijstandsnorm", json={**NORMVERZOEK, "maatwerk": {
        "veld": "norm", "waarde": "1200.00", "reden": "", "grondslag": "art. 27 Pw"}})
    assert antwoord.status_code == 400
    assert antwoord.mimetype == "application/problem+json"
    assert [p["name"] for p in antwoord.get_json()["invalidParams"]] == ["maatwerk.reden"]


GOED = """\
beschrijving: b
grondslag: art. 18 lid 1 Pw
operaties:
  /beoordelingen/x:
    norm:
      soort: bedrag
      gronden:
        - {grondslag: art. 27 Pw, richting: lager, toelichting: t}
"""


@pytest.mark.parametrize(("vervang", "door", "sleutel"), [
    ("soort: bedrag", "soort: geld", "operaties./beoordelingen/x.norm"),
    ("richting: lager", "richting: omlaag", "operaties./beoordelingen/x.norm"),
    ("toelichting: t}", "toelichting: t, onbekend: 1}", "operaties./beoordelingen/x.norm"),
    ("toelichting: t}", 'toelichting: t, vanaf: "2026-02-30"}', "operaties"),
    ("beschrijving: b\n", "beschrijving: b\nbeschrijving: c\n", "dubbele sleutel"),
])
def test_de_lader_weigert_een_onjuiste_tabel_met_bestand_en_sleutel(
    tmp_path: Path, vervang: str, door: str, sleutel: str
) -> None:
    pad = tmp_path / "maatwerkruimte.yaml"
    pad.write_text(GOED.replace(vervang, door), "utf-8")
    with pytest.raises(ParameterFout) as fout:
        lees_maatwerkruimte(pad)
    assert fout.value.bestand == "maatwerkruimte.yaml"
    assert sleutel in fout.value.sleutel


def test_een_goede_tabel_wordt_gelezen(tmp_path: Path) -> None:
    pad = tmp_path / "maatwerkruimte.yaml"
    pad.write_text(GOED, "utf-8")
    ruimte = lees_maatwerkruimte(pad).uitkomst("/beoordelingen/x", "norm")
    assert isinstance(ruimte, AfwijkbareUitkomst)
    assert [(g.grondslag, g.richting) for g in ruimte.gronden] == [("art. 27 Pw", "lager")]


DEELTIJD_2027 = {  # 2027: art. 34a en een voorlopige lezing van art. 31 lid 4 (M19-aanspraak-voor-vrijlating)
    "peildatum": "2027-05-01", "maand": "2027-05", "huishouden": {"belanghebbende": {"leeftijd": 45}},
    "inkomsten": {"inkomstenUitArbeid": "600.00"},
    "vrijlating": {"collegeAchtBijdragenAanArbeidsinschakeling": True, "maandenGebruikt": 4},
}
LAGERE_BETALING = {"veld": "teBetalen", "waarde": "100.00", "reden": "bijzondere omstandigheden",
                   "grondslag": "art. 18 lid 1 Pw"}


def test_maatwerk_houdt_de_voorlopigheid_en_de_lezingen_van_de_uitleg(client: FlaskClient) -> None:
    zonder = client.post("/v1/berekeningen/bijstand", json=DEELTIJD_2027).get_json()["uitleg"]
    met = client.post("/v1/berekeningen/bijstand", json={**DEELTIJD_2027, "maatwerk": LAGERE_BETALING}).get_json()
    assert zonder["interpretaties"], "het voorbeeld moet op een lezing rusten"
    assert met["teBetalen"] == "100.00"
    assert met["uitleg"]["stappen"][:-1] == zonder["stappen"]
    assert {k: v for k, v in met["uitleg"].items() if k != "stappen"} == {
        k: v for k, v in zonder.items() if k != "stappen"}


def test_maatwerk_zonder_uitleg_geeft_dezelfde_uitkomst_en_geen_uitleg(client: FlaskClient) -> None:
    verzoek = {**DEELTIJD_2027, "maatwerk": LAGERE_BETALING}
    volledig = client.post("/v1/berekeningen/bijstand", json=verzoek).get_json()
    minimaal = client.post("/v1/berekeningen/bijstand", json=verzoek, headers={"Prefer": "return=minimal"})
    assert minimaal.status_code == 200
    assert minimaal.get_json() == {k: v for k, v in volledig.items() if k != "uitleg"}
    assert Orakel(uitleg=False)("POST", "/berekeningen/bijstand", verzoek) == (200, minimaal.get_json())
