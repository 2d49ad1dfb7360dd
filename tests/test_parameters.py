from datetime import date
from pathlib import Path

import pytest

from reference import Parameterboek, ParameterFout, ParameterOntbreekt, parameterboek
from reference.parameters import PARAMETERMAP, lees_bestand
from reference.waarden import Bedrag

FOUT = Path(__file__).parent / "parameters_fout"


@pytest.mark.parametrize(
    ("bestand", "sleutel", "probleem"),
    [
        ("datumsleutel_zonder_aanhalingstekens.yaml", "grens.waarden.2026-01-01", "aanhalingstekens"),
        ("datumsleutel_bestaat_niet.yaml", "grens.waarden.2026-02-30", "geen bestaande datum"),
        ("datumsleutel_verkeerde_vorm.yaml", "grens.waarden.1-1-2026", "JJJJ-MM-DD"),
        ("dubbele_sleutel.yaml", "dubbele sleutel", "dubbele sleutel"),
        ("onbekende_sleutel.yaml", "parameters.grens", "onbekende sleutel"),
        ("bedrag_zonder_aanhalingstekens.yaml", "parameters.grens.waarden.2026-01-01.waarde", "aanhalingstekens"),
        ("bedrag_past_niet_bij_eenheid.yaml", "grens.waarden.2026-01-01.waarde", "eenheid EUR"),
        ("zonder_bron.yaml", "parameters.grens.waarden.2026-01-01", "bron"),
    ],
)
def test_de_lader_weigert_een_onjuist_bestand_met_bestand_sleutel_en_probleem(
    bestand: str, sleutel: str, probleem: str
) -> None:
    with pytest.raises(ParameterFout) as fout:
        lees_bestand(FOUT / bestand)
    assert fout.value.bestand == bestand
    assert sleutel in fout.value.sleutel
    assert probleem in fout.value.probleem


def test_elk_meegeleverd_parameterbestand_is_geldig() -> None:
    assert len(Parameterboek(PARAMETERMAP.glob("*.yaml")).namen) >= 20


def test_een_waarde_geldt_van_haar_datum_tot_de_dag_voor_de_volgende() -> None:
    norm = parameterboek().bedrag("normen.alleenstaande_21_tot_aow", date(2026, 3, 1))
    assert norm.waarde == Bedrag.van("1401.50")
    assert (norm.geldig_van, norm.geldig_tot) == (date(2026, 1, 1), date(2026, 6, 30))
    assert "Normenbrief" in norm.bron
    assert parameterboek().bedrag("normen.alleenstaande_21_tot_aow", date(2025, 12, 31)).waarde == Bedrag.van(
        "1369.06"
    )


def test_een_datum_zonder_waarde_noemt_parameter_en_datum() -> None:
    with pytest.raises(ParameterOntbreekt, match=r"giften.grens_per_kalenderjaar .* 2025-12-31"):
        parameterboek().bedrag("giften.grens_per_kalenderjaar", date(2025, 12, 31))


def test_een_parameter_opvragen_als_de_verkeerde_soort_is_een_fout() -> None:
    with pytest.raises(ParameterFout, match="eenheid"):
        parameterboek().aantal("normen.alleenstaande_21_tot_aow", date(2026, 1, 1))


def test_null_beeindigt_de_geldigheid(tmp_path: Path) -> None:
    bestand = tmp_path / "tijdelijk.yaml"
    bestand.write_text(
        'beschrijving: t\nparameters:\n  p:\n    beschrijving: t\n    grondslag: t\n    eenheid: aantal\n'
        '    waarden:\n      "2026-01-01": {waarde: "3", bron: b}\n      "2027-01-01": null\n',
        "utf-8",
    )
    boek = Parameterboek([bestand])
    assert boek.aantal("tijdelijk.p", date(2026, 12, 31)).geldig_tot == date(2026, 12, 31)
    with pytest.raises(ParameterOntbreekt):
        boek.aantal("tijdelijk.p", date(2027, 1, 1))
