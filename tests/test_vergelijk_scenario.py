"""De scenarioschrijver van `pwib vergelijk` bij een verschil in een lijst van het antwoord (de vrijlatingen, de
toegepaste maatregelen, de oordelen over de medebewoners, de gronden van het rechtsvermoeden en elke andere lijst
die het contract vergelijkt): de zin die de hele lijst verwacht, met de lijst van de referentie als tabel; een lege
lijst als zin zonder tabel; zo'n scenario is lint-schoon, slaagt tegen de referentie en faalt tegen de leverancier."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from api import create_app
from api.orakel import Orakel
from conformance.inlezen.contract import contract
from conformance.inlezen.woordenboek import woordenboek
from conformance.vergelijk.beslissend import per_operatie, verschillen
from conformance.vergelijk.scenario import Scenario, maatregel_van, schrijf, uitdrukbaar
from tests.leveranciers import bewijs, semantisch
from tests.leveranciers.server import op_http

BEREKENING = "/berekeningen/bijstand"
KOSTENDELERS = "/beoordelingen/kostendelersnorm"
MAAND = {"peildatum": "2026-03-01", "maand": "2026-03", "huishouden": {"belanghebbende": {"leeftijd": 35}}}
GIFTEN_EN_VOEDSEL = {**MAAND, "inkomsten": {"giften": "300.00", "voedselbank": "50.00"}}
MEDEBEWONERS = {"peildatum": "2026-01-01", "huishouden": {"belanghebbende": {"leeftijd": 50},
                                                          "medebewoners": [{"leeftijd": 30}, {"leeftijd": 22}]}}
RECHTSVERMOEDEN = "/beoordelingen/rechtsvermoeden-gezamenlijke-huishouding"
DRIE_GRONDEN = {"peildatum": "2026-02-01", "hoofdverblijfInDezelfdeWoning": True, "kindErkend": True,
                "samenlevingscontract": True, "registratie": True}

Aanpassing = Callable[[dict[str, Any]], dict[str, Any]]


@pytest.fixture(scope="module")
def orakel() -> Orakel:
    return Orakel()


def _omgekeerd(veld: str) -> Aanpassing:
    def aanpassing(antwoord: dict[str, Any]) -> dict[str, Any]:
        antwoord[veld] = antwoord[veld][::-1]
        return antwoord
    return aanpassing


def _schrijf(orakel: Orakel, pad: str, verzoek: dict[str, Any], aanpassing: Aanpassing) -> Scenario:
    referentie = orakel("POST", pad, verzoek)
    doel = aanpassing(copy.deepcopy(referentie[1]))
    gevonden = verschillen(per_operatie(contract())[pad], referentie, (200, doel))
    assert gevonden, "de aanpassing geeft geen verschil"
    maatregel = maatregel_van(woordenboek(), pad)
    return schrijf(woordenboek(), pad, verzoek, referentie[1], gevonden, f"{maatregel}-900", "Gevonden verschil")


def _dan(scenario: Scenario) -> str:
    return scenario.tekst.split("\n      Als ", 1)[1].split("\n", 1)[1]


def test_elke_lijst_van_de_antwoorden_is_uit_te_drukken() -> None:
    assert all(uitdrukbaar(woordenboek(), veld) for veld in ("vrijlatingen", "toegepasteMaatregelen", "medebewoners"))


def test_een_andere_volgorde_van_de_vrijlatingen_wordt_de_tabel_van_de_referentie(orakel: Orakel) -> None:
    scenario = _schrijf(orakel, BEREKENING, GIFTEN_EN_VOEDSEL, _omgekeerd("vrijlatingen"))
    assert scenario.niet_uitgedrukt == []
    assert _dan(scenario) == (
        "      Dan zijn de vrijlatingen:\n"
        "        | soort            | bedrag   | artikel                  | maatregel |\n"
        "        | giften           | € 300,00 | art. 31 lid 2 onder m Pw | M04       |\n"
        "        | voedselpakketten | € 50,00  | art. 18 lid 8 Pw         | M04       |\n")


def test_een_ontbrekende_toegepaste_maatregel_wordt_de_tabel_van_de_referentie(orakel: Orakel) -> None:
    def zonder(antwoord: dict[str, Any]) -> dict[str, Any]:
        antwoord["toegepasteMaatregelen"] = antwoord["toegepasteMaatregelen"][1:]
        return antwoord

    verzoek = {**GIFTEN_EN_VOEDSEL, "vermogen": {"bezittingen": "5000.00"}}
    scenario = _schrijf(orakel, BEREKENING, verzoek, zonder)
    assert scenario.niet_uitgedrukt == []
    assert _dan(scenario) == (
        "      Dan zijn de toegepaste maatregelen:\n"
        "        | maatregel | artikel                  |\n"
        "        | M05       | art. 34 lid 2 onder b Pw |\n"
        "        | M04       | art. 31 lid 2 onder m Pw |\n")


def test_een_lege_lijst_van_de_referentie_wordt_de_zin_zonder_tabel(orakel: Orakel) -> None:
    def met_vrijlating(antwoord: dict[str, Any]) -> dict[str, Any]:
        antwoord["vrijlatingen"] = [{"soort": "giften", "bedrag": "0.00", "artikel": antwoord["grondslag"],
                                     "maatregel": "M04"}]
        return antwoord

    scenario = _schrijf(orakel, BEREKENING, {**MAAND, "inkomsten": {"overigeInkomsten": "500.00"}}, met_vrijlating)
    assert scenario.niet_uitgedrukt == []
    assert _dan(scenario) == "      Dan zijn er geen vrijlatingen\n"


def test_een_ander_oordeel_over_een_medebewoner_wordt_de_tabel_van_de_oordelen(orakel: Orakel) -> None:
    def kostendeler(antwoord: dict[str, Any]) -> dict[str, Any]:
        antwoord["medebewoners"][1]["kostendelend"] = True
        return antwoord

    scenario = _schrijf(orakel, KOSTENDELERS, MEDEBEWONERS, kostendeler)
    assert scenario.niet_uitgedrukt == []
    assert _dan(scenario).startswith(
        "      Dan zijn de oordelen over de medebewoners:\n"
        "        | kostendeler | artikel           |\n"
        "        | ja          | art. 19a lid 1 Pw |\n"
        "        | nee         | art. 19a lid 1 Pw |\n")


def _eerste(veld: str, deel: str, waarde: Any) -> Aanpassing:
    def aanpassing(antwoord: dict[str, Any]) -> dict[str, Any]:
        antwoord[veld][0][deel] = waarde
        return antwoord
    return aanpassing


def _met(veld: str, waarde: Any) -> Aanpassing:
    def aanpassing(antwoord: dict[str, Any]) -> dict[str, Any]:
        antwoord[veld] = waarde
        return antwoord
    return aanpassing


@pytest.mark.parametrize(("pad", "verzoek", "aanpassing", "dan"), [
    (RECHTSVERMOEDEN, DRIE_GRONDEN, _omgekeerd("gronden"),
     "      Dan berust het vermoeden op de gronden:\n"
     "        | grond                     |\n"
     "        | de erkenning van een kind |\n"
     "        | een samenlevingscontract  |\n"
     "        | een registratie           |\n"),
    (RECHTSVERMOEDEN, {**DRIE_GRONDEN, "hoofdverblijfInDezelfdeWoning": False}, _met("gronden", ["kindErkend"]),
     "      Dan doet zich geen van de gevallen van artikel 3 lid 4 voor\n"),
    ("/beoordelingen/ontheffing", {"peildatum": "2026-03-01"}, _met("onderdelen", ["a", "c"]),
     "      Dan betreft de ontheffing geen van de plichten van artikel 9 lid 1\n"),
    ("/beoordelingen/ontheffing", {"peildatum": "2026-03-01", "zorgtaken": True, "ontheffingTotEnMet": "2026-08-31"},
     _omgekeerd("onderdelen"),  # de zin die precies deze hele lijst verwacht, gaat voor de tabel
     "      Dan betreft de ontheffing de plichten onder a en c van artikel 9 lid 1\n"),
    ("/beoordelingen/afstemming",
     {"peildatum": "2026-04-01", "soortVerplichting": "arbeidsverplichting", "bijstandsnorm": "1401.50",
      "beleid": {"afstemmingDuurEersteVerzuimInMaanden": 1, "afstemmingVerrekeningInMaanden": 3}},
     _omgekeerd("verrekening"),
     "      Dan wordt de verlaging vanaf de maand van oplegging verrekend met:\n"
     "        | bedrag   |\n"
     "        | € 467,18 |\n"
     "        | € 467,16 |\n"
     "        | € 467,16 |\n"),
    ("/beoordelingen/afstemming",
     {"peildatum": "2026-03-01", "soortVerplichting": "arbeidsverplichting", "bijstandsnorm": "1401.50",
      "verwijtbaarheidOntbreekt": True}, _met("verrekening", ["1401.50"]),
     "      Dan wordt er geen verlaging verrekend\n"),
    ("/beoordelingen/experiment",
     {"peildatum": "2026-03-01", "afwijkingen": [{"artikel": "9"}, {"artikel": "31", "lid": 3}],
      "doel": "arbeidsinschakeling", "begindatum": "2026-04-01", "einddatum": "2028-03-31"},
     _eerste("afwijkingen", "binnenBereik", False),
     "      Dan zijn de oordelen over de afwijkingen:\n"
     "        | artikel | lid  | toegestaan |\n"
     "        |       9 | geen | ja         |\n"
     "        |      31 |    3 | nee        |\n"),
    ("/beoordelingen/bufferbudget",
     {"peildatum": "2027-11-01", "huishouden": {"belanghebbende": {"leeftijd": 40}, "partner": {"leeftijd": 38}},
      "beschikbaarInDeMaand": "1500.00", "bijstandsnorm": "2002.13", "ontvangtInkomenUitArbeidEnBijstand": True,
      "instabiliteitDoorInkomstenverrekening": True, "collegeAchtBijdragenAanWerk": True,
      "bedragNaarOordeelCollege": "300.00"}, _met("perEchtgenoot", ["300.00"]),
     "      Dan zijn de betalingen uit het bufferbudget per echtgenoot:\n"
     "        | bedrag   |\n"
     "        | € 150,00 |\n"
     "        | € 150,00 |\n"),
    ("/beoordelingen/verrekening-inkomsten",
     {"peildatum": "2027-04-01", "maand": "2027-04", "betalingen": [
         {"bedrag": "600.00", "ontvangenIn": "2027-04"},
         {"bedrag": "45.00", "ontvangenIn": "2027-04", "onbelasteVergoeding": True}]},
     _omgekeerd("perBetaling"),
     "      Dan telt van elke betaling in de bijstandsmaand:\n"
     "        | deel     | artikel                           |\n"
     "        | € 600,00 | art. 31 lid 1 en art. 32 lid 1 Pw |\n"
     "        | € 0,00   | art. 31 lid 2 onder g Pw          |\n"),
], ids=["gronden", "geen-gronden", "geen-onderdelen", "onderdelen", "verrekening", "geen-verrekening", "afwijkingen",
        "per-echtgenoot", "per-betaling"])
def test_een_verschil_in_elke_andere_lijst_wordt_de_zin_die_de_hele_lijst_verwacht(
        orakel: Orakel, pad: str, verzoek: dict[str, Any], aanpassing: Aanpassing, dan: str) -> None:
    scenario = _schrijf(orakel, pad, verzoek, aanpassing)
    assert [regel for regel in scenario.niet_uitgedrukt if regel.startswith("verwachting")] == []
    assert _dan(scenario) == dan


def test_een_andere_reden_bij_een_medebewoner_is_geen_verschil(orakel: Orakel) -> None:
    """De reden is tekst, zoals de uitleg: `pwib vergelijk` vergelijkt haar niet, en de tabel evenmin."""
    referentie = orakel("POST", KOSTENDELERS, MEDEBEWONERS)
    doel = copy.deepcopy(referentie[1])
    doel["medebewoners"][1]["reden"] = "te jong"
    assert verschillen(per_operatie(contract())[KOSTENDELERS], referentie, (200, doel)) == []


def test_een_verschil_buiten_de_kolommen_van_de_tabel_is_niet_uitgedrukt(orakel: Orakel) -> None:
    """Een veld dat het contract niet kent, kan geen tabel verwachten: het verschil blijft niet uitgedrukt."""
    def extra_veld(antwoord: dict[str, Any]) -> dict[str, Any]:
        antwoord["medebewoners"][1]["leeftijd"] = 22
        return antwoord

    scenario = _schrijf(orakel, KOSTENDELERS, MEDEBEWONERS, extra_veld)
    assert "Dan " not in scenario.tekst
    assert [regel.split(" = ")[0] for regel in scenario.niet_uitgedrukt] == ["verwachting medebewoners"]


def test_het_geschreven_lijstscenario_is_schoon_slaagt_tegen_de_referentie_en_faalt_tegen_de_leverancier(
        orakel: Orakel) -> None:
    scenario = _schrijf(orakel, BEREKENING, GIFTEN_EN_VOEDSEL, _omgekeerd("vrijlatingen"))
    with (semantisch.verander_antwoord(BEREKENING, _omgekeerd("vrijlatingen")),
          op_http(semantisch.app()) as (leverancier, _), op_http(create_app()) as (referentie, _)):
        lint, oordelen = bewijs.lint_conformance(scenario.tekst, "BER", [referentie, leverancier])
    assert (lint, oordelen) == (0, ["geslaagd", "gefaald"])


def test_het_scenario_over_een_lijst_van_waarden_is_schoon_slaagt_tegen_de_referentie_en_faalt_tegen_de_leverancier(
        orakel: Orakel) -> None:
    scenario = _schrijf(orakel, RECHTSVERMOEDEN, DRIE_GRONDEN, _omgekeerd("gronden"))
    assert scenario.niet_uitgedrukt == []
    with (semantisch.verander_antwoord(RECHTSVERMOEDEN, _omgekeerd("gronden")),
          op_http(semantisch.app()) as (leverancier, _), op_http(create_app()) as (referentie, _)):
        lint, oordelen = bewijs.lint_conformance(scenario.tekst, "M02", [referentie, leverancier])
    assert (lint, oordelen) == (0, ["geslaagd", "gefaald"])


def test_een_lege_verplichte_lijst_in_het_verzoek_wordt_haar_zin_en_het_scenario_slaagt_tegen_de_referentie(
        orakel: Orakel) -> None:
    """`betalingen: []` is een ander verzoek dan een verzoek zonder betalingen (dat weigert het contract): het
    gekrompen scenario moet de lege lijst noemen, anders slaagt het niet eens tegen de referentie."""
    pad, verzoek = "/beoordelingen/verrekening-inkomsten", {"peildatum": "2027-02-01", "maand": "2027-01",
                                                          "betalingen": []}
    scenario = _schrijf(orakel, pad, verzoek, _met("inAanmerkingGenomen", "1.00"))
    assert scenario.niet_uitgedrukt == []
    assert "\n      En er zijn geen betalingen ontvangen\n" in scenario.tekst
    with (semantisch.verander_antwoord(pad, _met("inAanmerkingGenomen", "1.00")),
          op_http(semantisch.app()) as (leverancier, _), op_http(create_app()) as (referentie, _)):
        lint, oordelen = bewijs.lint_conformance(scenario.tekst, "M18", [referentie, leverancier])
    assert (lint, oordelen) == (0, ["geslaagd", "gefaald"])


def test_een_verschil_in_een_veld_binnen_een_object_wordt_de_zin_over_juist_dat_veld(orakel: Orakel) -> None:
    """`inkomenPartnerZonderRecht` is een object: verschilt alleen `inkomen`, dan verwacht het scenario dat veld
    (een zin over `inAanmerking` zou de leverancier laten slagen)."""
    verzoek = {**MAAND, "huishouden": {"belanghebbende": {"leeftijd": 35}, "partner": {"leeftijd": 35},
                                       "partnerHeeftRecht": False},
               "inkomsten": {"inkomstenUitArbeidPartner": "2254.00"}}

    def ander_inkomen(antwoord: dict[str, Any]) -> dict[str, Any]:
        antwoord["inkomenPartnerZonderRecht"]["inkomen"] = "1.00"
        return antwoord

    scenario = _schrijf(orakel, BEREKENING, verzoek, ander_inkomen)
    assert scenario.niet_uitgedrukt == []
    assert _dan(scenario).startswith("      Dan is het inkomen van de partner zonder recht € ")
    assert _dan(scenario).count("\n") == 1
    with (semantisch.verander_antwoord(BEREKENING, ander_inkomen),
          op_http(semantisch.app()) as (leverancier, _), op_http(create_app()) as (referentie, _)):
        lint, oordelen = bewijs.lint_conformance(scenario.tekst, "BER", [referentie, leverancier])
    assert (lint, oordelen) == (0, ["geslaagd", "gefaald"])
