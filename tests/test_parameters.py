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
        ("indexering_volgende_zonder_aanhalingstekens.yaml", "parameters.grens.indexering.volgende",
         "een datum moet tussen aanhalingstekens staan"),
        ("indexering_volgende_bestaat_niet.yaml", "grens.indexering.volgende", "geen bestaande datum"),
        ("indexering_niet_na_laatste_waarde.yaml", "grens.indexering.volgende",
         "ligt niet na de laatst gepubliceerde waarde (2026-01-01)"),
        ("indexering_na_einde_geldigheid.yaml", "grens.indexering.volgende",
         "valt niet vóór het einde van de geldigheid (2027-01-01)"),
        ("indexering_zonder_regel.yaml", "parameters.grens.indexering", "'regel' is a required property"),
        ("indexering_onbekende_sleutel.yaml", "parameters.grens.indexering", "onbekende sleutel"),
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


def _geindexeerd(tmp_path: Path, waarden: str, volgende: str) -> Parameterboek:
    bestand = tmp_path / "geindexeerd.yaml"
    bestand.write_text(
        'beschrijving: t\nparameters:\n  grens:\n    beschrijving: t\n    grondslag: art. 31 lid 2 onder m Pw\n'
        '    eenheid: EUR/jaar\n'
        f'    indexering: {{grondslag: "art. 39 lid 1 Pw", regel: "per 1 januari", volgende: "{volgende}"}}\n'
        f'    waarden:\n{waarden}',
        "utf-8",
    )
    return Parameterboek([bestand])


def test_tot_de_volgende_indexering_staat_de_laatste_waarde_vast_met_die_dag_als_einde(tmp_path: Path) -> None:
    boek = _geindexeerd(tmp_path, '      "2026-01-01": {waarde: "1200.00", bron: b}\n', "2027-01-01")
    waarde = boek.bedrag("geindexeerd.grens", date(2026, 12, 31))
    assert (waarde.waarde, waarde.voorlopig, waarde.voorlopig_omdat) == (Bedrag.van("1200.00"), False, None)
    assert (waarde.geldig_van, waarde.geldig_tot) == (date(2026, 1, 1), date(2026, 12, 31))
    assert waarde.indexering is not None
    assert waarde.indexering.volgende == date(2027, 1, 1)


def test_vanaf_de_volgende_indexering_geldt_de_laatste_waarde_voorlopig_en_zegt_waarom(tmp_path: Path) -> None:
    boek = _geindexeerd(tmp_path, '      "2026-01-01": {waarde: "1200.00", bron: b}\n', "2027-01-01")
    for peildatum in (date(2027, 1, 1), date(2031, 6, 30)):
        waarde = boek.bedrag("geindexeerd.grens", peildatum)
        assert (waarde.waarde, waarde.voorlopig) == (Bedrag.van("1200.00"), True)
        assert (waarde.geldig_van, waarde.geldig_tot) == (date(2027, 1, 1), None)
        assert waarde.voorlopig_omdat is not None
        assert "2027-01-01 (art. 39 lid 1 Pw)" in waarde.voorlopig_omdat


def test_een_voorlopige_periode_na_indexering_eindigt_waar_de_geldigheid_eindigt(tmp_path: Path) -> None:
    boek = _geindexeerd(tmp_path, '      "2026-01-01": {waarde: "285.00", bron: b}\n      "2027-01-01": null\n',
                        "2026-07-01")
    assert boek.bedrag("geindexeerd.grens", date(2026, 6, 30)).geldig_tot == date(2026, 6, 30)
    voorlopig = boek.bedrag("geindexeerd.grens", date(2026, 7, 1))
    assert (voorlopig.voorlopig, voorlopig.geldig_van, voorlopig.geldig_tot) == (
        True, date(2026, 7, 1), date(2026, 12, 31))
    with pytest.raises(ParameterOntbreekt):
        boek.bedrag("geindexeerd.grens", date(2027, 1, 1))


def test_een_oudere_waarde_van_een_geindexeerde_parameter_blijft_vast(tmp_path: Path) -> None:
    boek = _geindexeerd(tmp_path, '      "2025-01-01": {waarde: "1150.00", bron: b}\n'
                                  '      "2026-01-01": {waarde: "1200.00", bron: b}\n', "2027-01-01")
    oud = boek.bedrag("geindexeerd.grens", date(2025, 6, 1))
    assert (oud.voorlopig, oud.geldig_tot) == (False, date(2025, 12, 31))


@pytest.mark.parametrize(("naam", "volgende"), [
    ("giften.grens_per_kalenderjaar", date(2027, 1, 1)),
    ("vermogen.grens_alleenstaande", date(2027, 1, 1)),
    ("vermogen.eigen_woning", date(2027, 1, 1)),
    ("bijzondere_bijstand.drempel", date(2027, 1, 1)),
    ("inkomstenvrijlating.art31_n_maximum", date(2026, 7, 1)),
    ("inkomstenvrijlating.art31_r_maximum", date(2026, 7, 1)),
    ("inkomstenvrijlating.art31_yzaa_maximum", date(2026, 7, 1)),
    ("normen.alleenstaande_21_tot_aow", date(2027, 1, 1)),
    ("vakantiegeld.art11_schijf3_aftrek", date(2027, 1, 1)),
])
def test_elk_geindexeerd_bedrag_van_de_wet_is_voorlopig_na_zijn_indexeringsdatum(naam: str, volgende: date) -> None:
    dag_ervoor = date.fromordinal(volgende.toordinal() - 1)
    assert parameterboek().waarde(naam, dag_ervoor).geldig_tot == dag_ervoor
    na = parameterboek().waarde(naam, volgende)
    assert na.voorlopig
    assert na.waarde == parameterboek().waarde(naam, dag_ervoor).waarde
