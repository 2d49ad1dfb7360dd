"""Het eindoordeel: wat beslist, wat niet, en welke exitcode erbij hoort."""

from __future__ import annotations

import pytest

from conformance.kern.resultaat import Oordeel, Run, Scenarioresultaat
from conformance.oordelen.oordeel import Uitgang, eindoordeel, per_maatregel


def _r(oordeel: Oordeel, *, beslissend: bool = True, ontheven: bool = False, maatregel: str = "M04",
       voorlopig: bool = False) -> Scenarioresultaat:
    return Scenarioresultaat(id="M04-001", maatregel=maatregel, titel="t", feature="f", oordeel=oordeel,
                             voorlopig=voorlopig, duur_s=0.0, beslissend=beslissend and not voorlopig,
                             ontheffing={"scenario": "M04-001", "reden": "r", "link": "l"} if ontheven else None)


def _run(*resultaten: Scenarioresultaat, adr: tuple[Scenarioresultaat, ...] = ()) -> Run:
    return Run(doel="d", begin="b", voorcontrole=list(adr), resultaten=list(resultaten))


@pytest.mark.parametrize(("resultaten", "uitslag", "uitgang"), [
    ((_r("geslaagd"), _r("geslaagd")), "conform", Uitgang.CONFORM),
    ((_r("geslaagd"), _r("gefaald")), "niet conform", Uitgang.NIET_CONFORM),
    ((_r("gefaald"), _r("fout")), "niet conform", Uitgang.NIET_CONFORM),
    ((_r("geslaagd"), _r("gefaald", voorlopig=True)), "conform", Uitgang.CONFORM),
    ((_r("geslaagd"), _r("fout")), "onvolledig", Uitgang.NIET_CONFORM),
    ((_r("geslaagd"), _r("overgeslagen")), "onvolledig", Uitgang.NIET_CONFORM),
    ((_r("geslaagd"), _r("niet-van-toepassing")), "conform", Uitgang.CONFORM),
    ((_r("niet-van-toepassing"), _r("geslaagd", voorlopig=True)), "onvolledig", Uitgang.NIET_CONFORM),
    ((_r("geslaagd"), _r("gefaald", ontheven=True)), "onvolledig", Uitgang.NIET_CONFORM),
    ((_r("fout"), _r("fout")), "onvolledig", Uitgang.ONBEREIKBAAR),
])
def test_eindoordeel(resultaten: tuple[Scenarioresultaat, ...], uitslag: str, uitgang: Uitgang) -> None:
    oordeel = eindoordeel(_run(*resultaten))
    assert (oordeel.uitslag, oordeel.uitgang) == (uitslag, uitgang), oordeel.toelichting


def test_een_adr_regel_van_niveau_moet_beslist_mee_en_een_van_niveau_zou_niet() -> None:
    moet = _r("gefaald", maatregel="ADR")
    zou = _r("gefaald", maatregel="ADR", beslissend=False)
    assert eindoordeel(_run(_r("geslaagd"), adr=(moet,))).uitslag == "niet conform"
    assert eindoordeel(_run(_r("geslaagd"), adr=(zou,))).uitslag == "conform"


def test_alleen_storingen_ook_in_de_voorcontrole_betekent_onbereikbaar() -> None:
    assert eindoordeel(_run(_r("fout"), adr=(_r("geslaagd", maatregel="ADR"),))).uitgang == Uitgang.NIET_CONFORM
    assert eindoordeel(_run(_r("fout"), adr=(_r("fout", maatregel="ADR"),))).uitgang == Uitgang.ONBEREIKBAAR


def test_ontheffingen_in_de_run_maken_hem_nooit_conform_ook_ongebruikt() -> None:
    oordeel = eindoordeel(_run(_r("geslaagd")), ontheffingen=True)
    assert oordeel.uitslag == "onvolledig"
    assert "nooit conform" in oordeel.toelichting


def test_zonder_scenarios_is_het_een_gebruiksfout() -> None:
    assert eindoordeel(_run()).uitgang == Uitgang.GEBRUIKSFOUT


def test_per_maatregel_eigen_uitslag() -> None:
    overzicht = per_maatregel(_run(_r("geslaagd"), _r("gefaald", maatregel="M06"),
                                   _r("niet-van-toepassing", maatregel="M07"),
                                   _r("geslaagd", maatregel="M16", voorlopig=True)))
    assert {m: w["uitslag"] for m, w in overzicht.items()} == {
        "M04": "conform", "M06": "niet conform", "M07": "niet-van-toepassing", "M16": "voorlopig"}


def test_alleen_een_geslaagde_voorcontrole_is_nooit_conform() -> None:
    """Een profiel dat niets (of niets bekends) claimt: elk scenario niet-van-toepassing, alleen ADR geslaagd."""
    oordeel = eindoordeel(_run(_r("niet-van-toepassing"), _r("niet-van-toepassing"),
                               adr=(_r("geslaagd", maatregel="ADR"),)))
    assert (oordeel.uitslag, oordeel.uitgang) == ("onvolledig", Uitgang.NIET_CONFORM)


def test_een_onderbroken_run_is_onderbroken_ook_als_alles_tot_dan_slaagde() -> None:
    run = _run(_r("geslaagd"), _r("geslaagd"))
    run.onderbroken, run.geselecteerd = True, 486
    oordeel = eindoordeel(run)
    assert (oordeel.uitslag, oordeel.uitgang) == ("onderbroken", Uitgang.ONDERBROKEN)
    assert oordeel.toelichting.startswith("onderbroken na 2 van de 486 scenario's")


def test_een_ontwikkelrun_is_op_zijn_best_onvolledig_met_de_redenen() -> None:
    oordeel = eindoordeel(_run(_r("geslaagd")), niet_certificeerbaar=("een selectie", "eigen features"))
    assert (oordeel.uitslag, oordeel.uitgang) == ("onvolledig", Uitgang.NIET_CONFORM)
    assert oordeel.toelichting.endswith(": een selectie; eigen features")
    gefaald = eindoordeel(_run(_r("gefaald")), niet_certificeerbaar=("een selectie",))
    assert gefaald.uitslag == "niet conform", "een ontwikkelrun verzwijgt geen fout"
