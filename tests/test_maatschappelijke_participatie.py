"""M17: het regime wisselt op één plek, en een eigen invulling vervult de plicht alleen vanaf 2027 (voorlopig)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reference import (
    EigenActiviteit,
    OngeldigeFeiten,
    Participatiefeiten,
    Participatieregime,
    maatschappelijke_participatie,
    parameterboek,
)

ACTIVITEITEN = st.lists(st.sampled_from(list(EigenActiviteit)), unique=True).map(tuple)
PEILDATA = st.dates(min_value=date(2026, 1, 1), max_value=date(2028, 12, 31))

BOEK = parameterboek()  # eenmaal inlezen, buiten de tijdslimiet van hypothesis


@given(PEILDATA, st.one_of(st.none(), st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 1, 1))))
def test_het_regime_volgt_de_wet_of_de_vervroegde_datum_van_de_gemeente(peildatum: date, vanaf: date | None) -> None:
    besluit = maatschappelijke_participatie(Participatiefeiten(vervroegd_vanaf=vanaf), BOEK.stand(peildatum))
    nieuw = peildatum >= date(2027, 1, 1) or (vanaf is not None and vanaf <= peildatum)
    assert (besluit.regime is Participatieregime.MAATSCHAPPELIJKE_PARTICIPATIE) == nieuw


@given(ACTIVITEITEN, st.booleans())
def test_vanaf_2027_vervult_een_niet_belemmerende_eigen_activiteit_de_plicht(
    activiteiten: tuple[EigenActiviteit, ...], belemmert: bool
) -> None:
    feiten = Participatiefeiten(arbeidsinschakeling_nog_niet_mogelijk=True, eigen_activiteiten=activiteiten,
                                activiteiten_belemmeren_arbeidsinschakeling=belemmert)
    besluit = maatschappelijke_participatie(feiten, BOEK.stand(date(2027, 3, 1)))
    voldoet = bool(activiteiten) and not belemmert
    assert besluit.voldoet is voldoet
    assert besluit.college_mag_nader_invullen is not voldoet


@given(ACTIVITEITEN)
def test_tot_2027_vervullen_eigen_activiteiten_een_opgedragen_tegenprestatie_niet(
    activiteiten: tuple[EigenActiviteit, ...]
) -> None:
    feiten = Participatiefeiten(arbeidsinschakeling_nog_niet_mogelijk=True, eigen_activiteiten=activiteiten,
                                tegenprestatie_opgedragen=True)
    besluit = maatschappelijke_participatie(feiten, BOEK.stand(date(2026, 6, 1)))
    assert besluit.regime is Participatieregime.TEGENPRESTATIE
    assert besluit.voldoet is False
    assert besluit.college_mag_nader_invullen


@pytest.mark.parametrize("feiten", [Participatiefeiten(pensioengerechtigde_leeftijd_bereikt=True),
                                    Participatiefeiten(volledig_en_duurzaam_arbeidsongeschikt=True),
                                    Participatiefeiten(ontheffing=True)])
@pytest.mark.parametrize("peildatum", [date(2026, 6, 1), date(2027, 6, 1)])
def test_wie_geen_plicht_heeft_voldoet_niet_en_faalt_niet(feiten: Participatiefeiten, peildatum: date) -> None:
    besluit = maatschappelijke_participatie(feiten, BOEK.stand(peildatum))
    assert (besluit.verplichting_van_toepassing, besluit.voldoet, besluit.college_mag_nader_invullen) == (
        False, None, False)


@pytest.mark.parametrize("vanaf", [date(2025, 12, 31), date(2027, 1, 2)])
def test_vooruitlopen_kan_alleen_in_het_gedoogjaar(vanaf: date) -> None:
    with pytest.raises(OngeldigeFeiten) as fout:
        maatschappelijke_participatie(Participatiefeiten(vervroegd_vanaf=vanaf), BOEK.stand(date(2026, 6, 1)))
    assert [b.veld for b in fout.value.bezwaren] == ["beleid.maatschappelijkeParticipatieVanaf"]
