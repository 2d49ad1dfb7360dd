"""Vertaling van de beoordeling maatschappelijke participatie (M17, art. 6-9 Pw)."""

from __future__ import annotations

from api.vertaling.gemeenschappelijk import Json, datum, uitleg
from reference import EigenActiviteit, Parameterboek, Participatiefeiten, maatschappelijke_participatie


def beoordeel(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    vanaf = verzoek.get("beleid", {}).get("maatschappelijkeParticipatieVanaf")
    feiten = Participatiefeiten(
        pensioengerechtigde_leeftijd_bereikt=verzoek.get("pensioengerechtigdeLeeftijdBereikt", False),
        volledig_en_duurzaam_arbeidsongeschikt=verzoek.get("volledigEnDuurzaamArbeidsongeschikt", False),
        ontheffing=verzoek.get("ontheffing", False),
        arbeidsinschakeling_nog_niet_mogelijk=verzoek.get("arbeidsinschakelingNogNietMogelijk", False),
        eigen_activiteiten=tuple(EigenActiviteit(a) for a in verzoek.get("eigenActiviteiten", [])),
        activiteiten_belemmeren_arbeidsinschakeling=verzoek.get("activiteitenBelemmerenArbeidsinschakeling", False),
        tegenprestatie_opgedragen=verzoek.get("tegenprestatieOpgedragen", False),
        verricht_tegenprestatie=verzoek.get("verrichtTegenprestatie", False),
        vervroegd_vanaf=None if vanaf is None else datum(vanaf),
    )
    besluit = maatschappelijke_participatie(feiten, boek.stand(peildatum))
    return {
        "peildatum": peildatum.isoformat(),
        "regime": besluit.regime.value,
        "verplichtingVanToepassing": besluit.verplichting_van_toepassing,
        "voldoet": besluit.voldoet,
        "collegeMagNaderInvullen": besluit.college_mag_nader_invullen,
        "grondslag": besluit.grondslag,
        "uitleg": uitleg(besluit.uitleg),
    }
