"""De richting van de afhankelijkheden uit ARCHITECTURE.md, getoetst op de imports zelf."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

WORTEL = Path(__file__).resolve().parent.parent


def _imports(pakket: str) -> dict[str, set[str]]:
    gevonden: dict[str, set[str]] = {}
    for pad in (WORTEL / pakket).rglob("*.py"):
        namen: set[str] = set()
        for knoop in ast.walk(ast.parse(pad.read_text("utf-8"))):
            if isinstance(knoop, ast.Import):
                namen.update(alias.name.split(".")[0] for alias in knoop.names)
            elif isinstance(knoop, ast.ImportFrom) and knoop.module and knoop.level == 0:
                namen.add(knoop.module.split(".")[0])
        gevonden[str(pad.relative_to(WORTEL))] = namen
    return gevonden


@pytest.mark.parametrize("verboden", ["flask", "werkzeug", "httpx", "openapi_core", "api", "conformance"])
def test_reference_importeert_geen_web_en_geen_andere_lagen(verboden: str) -> None:
    overtreders = [pad for pad, namen in _imports("reference").items() if verboden in namen]
    assert not overtreders, f"{verboden} geïmporteerd in {overtreders}"


@pytest.mark.parametrize("verboden", ["reference", "api"])
def test_conformance_kent_de_referentie_niet(verboden: str) -> None:
    overtreders = [pad for pad, namen in _imports("conformance").items() if verboden in namen]
    assert not overtreders, f"{verboden} geïmporteerd in {overtreders}"


def test_alleen_de_cli_in_api_verbindt_met_de_suite() -> None:
    overtreders = [pad for pad, namen in _imports("api").items() if "conformance" in namen]
    assert overtreders == ["api/cli.py"]


# De lagen van conformance/ (ARCHITECTURE.md: de weg van een run): per map de mappen die zij mag importeren.
# De modules direct in conformance/ zijn de opdrachten; zij staan bovenaan en mogen alles, net als
# vergelijk/ (`pwib vergelijk`, naast de runner). generatie/ (de verzoeken van `pwib vergelijk`) staat
# naast de hulpmiddelen.
LAGEN: dict[str, frozenset[str]] = {
    "kern": frozenset(),
    "inlezen": frozenset({"kern"}),
    "aansturen": frozenset({"kern", "inlezen"}),
    "oordelen": frozenset({"kern", "inlezen", "aansturen"}),
    "vastleggen": frozenset({"kern", "inlezen", "aansturen", "oordelen"}),
    "hulpmiddelen": frozenset({"kern", "inlezen"}),
    "generatie": frozenset({"kern", "inlezen", "hulpmiddelen"}),
}
OPDRACHTEN = frozenset({"", "suite", "vergelijk"})
CONFORMANCE = WORTEL / "conformance"


def _modulenaam(pad: Path) -> str:
    delen = pad.relative_to(WORTEL).with_suffix("").parts
    return ".".join(delen[:-1] if delen[-1] == "__init__" else delen)


def _bestaat(module: str) -> bool:
    pad = WORTEL.joinpath(*module.split("."))
    return pad.with_suffix(".py").is_file() or (pad / "__init__.py").is_file()


def _moduleimports(pad: Path) -> set[str]:
    """De modules van conformance die dit bestand importeert: ook laat, in een functie, of alleen voor mypy."""
    eigen = _modulenaam(pad)
    pakket = eigen if pad.name == "__init__.py" else eigen.rpartition(".")[0]
    gevonden: set[str] = set()
    for knoop in ast.walk(ast.parse(pad.read_text("utf-8"))):
        if isinstance(knoop, ast.Import):
            gevonden.update(alias.name for alias in knoop.names)
        elif isinstance(knoop, ast.ImportFrom):
            basis = ".".join(pakket.split(".")[:len(pakket.split(".")) - knoop.level + 1]) if knoop.level else ""
            van = ".".join(deel for deel in (basis, knoop.module or "") if deel)
            for alias in knoop.names:
                gevonden.add(f"{van}.{alias.name}" if _bestaat(f"{van}.{alias.name}") else van)
    return {naam for naam in gevonden if naam.split(".")[0] == "conformance" and naam != eigen}


def _laag(module: str) -> str:
    """De map onder conformance/ waar een module in staat; "" voor de modules direct in conformance/."""
    delen = module.split(".")
    return delen[1] if len(delen) > 2 or (len(delen) == 2 and (CONFORMANCE / delen[1]).is_dir()) else ""


def _importgraaf() -> dict[str, set[str]]:
    return {_modulenaam(pad): _moduleimports(pad) for pad in sorted(CONFORMANCE.rglob("*.py"))}


def _naar_boven(graaf: dict[str, set[str]]) -> list[str]:
    """Elke import van een module in een laag naar een laag die zij niet mag importeren."""
    return sorted(
        f"{module} ({_laag(module)}/) importeert {doel} ({_laag(doel) or 'de opdrachten'})"
        for module, doelen in graaf.items() if _laag(module) in LAGEN
        for doel in doelen if _laag(doel) != _laag(module) and _laag(doel) not in LAGEN[_laag(module)]
    )


def _kringen(graaf: dict[str, set[str]]) -> list[list[str]]:
    kringen: list[list[str]] = []
    klaar: set[str] = set()

    def bezoek(module: str, weg: list[str]) -> None:
        if module in weg:
            kringen.append([*weg[weg.index(module):], module])
            return
        if module in klaar:
            return
        for doel in sorted(graaf.get(module, set())):
            bezoek(doel, [*weg, module])
        klaar.add(module)

    for module in sorted(graaf):
        bezoek(module, [])
    return kringen


def test_elke_map_van_conformance_heeft_een_laag() -> None:
    mappen = {pad.parent.relative_to(CONFORMANCE).parts[0] for pad in CONFORMANCE.glob("*/__init__.py")}
    assert mappen, "geen enkele map met code in conformance/"
    zonder_laag = mappen - set(LAGEN) - OPDRACHTEN
    assert not zonder_laag, f"zet {sorted(zonder_laag)} in LAGEN (tests/test_importregels.py), met wat ze importeren"


def test_geen_laag_van_conformance_importeert_een_hogere() -> None:
    graaf = _importgraaf()
    assert {"conformance.kern.afwijking", "conformance.runner", "conformance.plugin"} <= set(graaf)
    overtredingen = _naar_boven(graaf)
    assert not overtredingen, "\n".join(overtredingen)


def test_conformance_heeft_geen_importkring() -> None:
    kringen = _kringen(_importgraaf())
    assert not kringen, "\n".join(" -> ".join(kring) for kring in kringen)


def test_de_imports_van_een_module_worden_gevonden_ook_laat_en_alleen_voor_mypy() -> None:
    assert "conformance.vastleggen.junit" in _moduleimports(CONFORMANCE / "vastleggen" / "schrijvers.py")
    plugin = _moduleimports(CONFORMANCE / "plugin.py")
    assert {"conformance.sessie", "conformance.hulpmiddelen.selectie"} <= plugin  # voor mypy en in een functie


def test_een_import_naar_boven_en_een_kring_worden_gezien() -> None:
    graaf = {
        "conformance.kern.afwijking": {"conformance.inlezen.laden"},
        "conformance.inlezen.laden": {"conformance.kern.afwijking"},
        "conformance.hulpmiddelen.lint": {"conformance.aansturen.doel", "conformance.runner"},
        "conformance.runner": {"conformance.hulpmiddelen.lint"},
    }
    assert _naar_boven(graaf) == [
        "conformance.hulpmiddelen.lint (hulpmiddelen/) importeert conformance.aansturen.doel (aansturen)",
        "conformance.hulpmiddelen.lint (hulpmiddelen/) importeert conformance.runner (de opdrachten)",
        "conformance.kern.afwijking (kern/) importeert conformance.inlezen.laden (inlezen)",
    ]
    assert [kring[0] for kring in _kringen(graaf)] == ["conformance.hulpmiddelen.lint", "conformance.inlezen.laden"]
