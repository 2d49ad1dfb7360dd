"""Het register van interpretaties: streng ingelezen, en elke voorlopige lezing maakt het besluit voorlopig."""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path

import pytest

from api.orakel import Orakel
from conformance.generatie.domein import Grenzen
from conformance.generatie.verzoeken import Generator, operaties
from conformance.inlezen.contract import contract
from conformance.vergelijk.beslissend import onjuiste_velden
from reference import Bedrag, Giftenfeiten, ParameterFout, giftenvrijlating, parameterboek
from reference.interpretaties import BESTAND, interpretatie, lees_interpretaties

FOUT = Path(__file__).parent / "interpretaties_fout"


@pytest.mark.parametrize(
    ("bestand", "sleutel", "probleem"),
    [
        ("dubbel_id.yaml", "interpretaties.1.id", "dubbel id 'M04-maand'"),
        ("dubbele_sleutel.yaml", "dubbele sleutel", "dubbele sleutel"),
        ("zonder_waarom.yaml", "interpretaties.0", "'waarom' is a required property"),
        ("onbekende_status.yaml", "interpretaties.0.status", "'misschien' is not one of"),
        ("onbekende_sleutel.yaml", "interpretaties.0", "'bron' was unexpected"),
        ("id_past_niet_bij_maatregel.yaml", "interpretaties.0.id", "begint niet met de maatregel M10"),
    ],
)
def test_de_lader_weigert_een_onjuist_register_met_bestand_sleutel_en_probleem(
    bestand: str, sleutel: str, probleem: str
) -> None:
    with pytest.raises(ParameterFout) as fout:
        lees_interpretaties(FOUT / bestand)
    assert fout.value.bestand == bestand
    assert sleutel in fout.value.sleutel
    assert probleem in fout.value.probleem


def test_het_register_van_pwib_is_geldig_en_elke_lezing_zegt_waarom() -> None:
    register = lees_interpretaties(BESTAND)
    assert {"M04-maand-boven-giftengrens", "M10-rijbewijs-voor-verzamelwet", "M19-uitbetaling-2026"} <= set(register)
    assert all(lezing.waarom and lezing.lezing for lezing in register.values())


def test_een_onbekend_id_is_een_fout_die_het_id_noemt() -> None:
    with pytest.raises(ParameterFout, match="M04-bestaat-niet"):
        interpretatie("M04-bestaat-niet")


def test_giften_boven_de_grens_rusten_op_de_voorlopige_lezing_van_de_maand() -> None:
    stand = parameterboek().stand(date(2026, 5, 1))
    binnen = giftenvrijlating(Giftenfeiten(Bedrag.van("100.00")), stand)
    boven = giftenvrijlating(Giftenfeiten(Bedrag.van("100.00"), eerder_dit_kalenderjaar=Bedrag.van("1150.00")), stand)
    assert (binnen.uitleg.voorlopig, boven.uitleg.voorlopig) == (False, True)
    assert [lezing.id for lezing in boven.uitleg.lezingen] == ["M04-maand-boven-giftengrens"]


REFERENTIE = Path(__file__).resolve().parent.parent / "reference"


def test_elke_lezing_die_de_regels_noemen_staat_in_het_register_en_elke_lezing_wordt_genoemd() -> None:
    genoemd = {id_ for pad in REFERENTIE.rglob("*.py")
               for id_ in re.findall(r'interpretatie\("([^"]+)"\)', pad.read_text("utf-8"))}
    genoemd |= set(re.findall(r'"(M[0-9]{2}-[a-z0-9-]+)"\)', (REFERENTIE / "maatregelen" / "experimenten.py")
                              .read_text("utf-8")))
    assert genoemd == set(lees_interpretaties(BESTAND))


@pytest.mark.parametrize("pad", operaties(contract()))
def test_een_stap_die_zich_voorlopig_noemt_staat_in_een_antwoord_dat_voorlopig_is(pad: str) -> None:
    """Alleen gegevens houden een gok uit een oordeel: een uitleg die zegt dat iets voorlopig is, terwijl het
    antwoord `voorlopig: false` draagt, liet een scenario of een vergelijking erop beslissen."""
    orakel = Orakel()
    generator = Generator(contract(), Grenzen.uit(
        lambda d: orakel("GET", "/parameters", None, {"peildatum": d.isoformat()})[1]["parameters"]))
    zaad = random.Random(pad)  # noqa: S311 - reproduceerbaar, geen geheim
    for verzoek in generator.reeks(pad, 150, zaad, lambda p, v: onjuiste_velden(orakel("POST", p, v))):
        status, antwoord = orakel("POST", pad, verzoek)
        if status != 200:
            continue
        uitleg = antwoord["uitleg"]
        zegt_voorlopig = [s["omschrijving"] for s in uitleg["stappen"] if "voorlopig" in s["omschrijving"].lower()]
        assert uitleg["voorlopig"] or not zegt_voorlopig, (verzoek, zegt_voorlopig)
