"""De voorcontrole: de Nederlandse API Design Rules (ADR) die elk doel moet halen, vóór de wet.

Een handvol vaste verzoeken (elk één keer) en per regel een toets. Regels van niveau "moet"
beslissen mee over conformiteit; regels van niveau "zou" geven alleen een waarschuwing.
De regel-ids zijn die van de ADR (Logius, API Design Rules), bijv. API-48 en API-57; regels
zonder nummer heten naar hun code in de ADR (`problem-details`, `all-errors`).
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlsplit

from conformance.aansturen import doelinhoud
from conformance.aansturen.doel import Doel
from conformance.inlezen.contract import contract
from conformance.kern.afwijking import Afwijking, Controle, Onbereikbaar, Storing, Uitwisseling
from conformance.kern.resultaat import Scenarioresultaat

PROBLEM_JSON = "application/problem+json"
ONBEKEND_VELD = "pwibOnbekendVeld"
_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")
Niveau = Literal["moet", "zou"]


# -- controles op één uitwisseling: één vorm, één getypeerde afwijking -----------------------------

def status_is(*verwacht: int, regel: str) -> Controle:
    def controle(uitwisseling: Uitwisseling) -> None:
        if uitwisseling.status not in verwacht:
            raise Afwijking("adr", " of ".join(map(str, verwacht)),
                            f"{uitwisseling.status} op {uitwisseling.methode} {uitwisseling.pad}", regel=regel)
    return controle


def api_versie_is(versie: str) -> Controle:
    def controle(uitwisseling: Uitwisseling) -> None:
        gekregen = uitwisseling.kopregels.get("api-version")
        if gekregen != versie:
            werkelijk = "geen API-Version" if gekregen is None else f"API-Version {gekregen!r}"
            raise Afwijking("adr", f"API-Version {versie!r} (info.version)",
                            f"{werkelijk} op {uitwisseling.methode} {uitwisseling.pad} ({uitwisseling.status})",
                            veld="API-Version", regel="API-57")
    return controle


def cors_voor_iedereen(uitwisseling: Uitwisseling) -> None:
    gekregen = uitwisseling.kopregels.get("access-control-allow-origin")
    if gekregen != "*":
        raise Afwijking("adr", "Access-Control-Allow-Origin: *", repr(gekregen), veld="Access-Control-Allow-Origin",
                        regel="API-51")


def probleemdetails(uitwisseling: Uitwisseling) -> None:
    """Een 4xx is application/problem+json met status (gelijk aan de HTTP-status), title en detail."""
    if uitwisseling.content_type != PROBLEM_JSON:
        raise Afwijking("adr", PROBLEM_JSON, f"{uitwisseling.content_type or '(geen Content-Type)'} bij "
                        f"{uitwisseling.status} op {uitwisseling.methode} {uitwisseling.pad}", veld="Content-Type",
                        regel="problem-details")
    gegevens = uitwisseling.json()
    if not isinstance(gegevens, dict):
        raise Afwijking("adr", "een JSON-object (RFC 9457)", type(gegevens).__name__, regel="problem-details")
    ontbreekt = [v for v in ("status", "title", "detail") if v not in gegevens]
    if ontbreekt:
        raise Afwijking("adr", "status, title en detail", f"zonder {', '.join(ontbreekt)}", regel="problem-details")
    if gegevens["status"] != uitwisseling.status:
        raise Afwijking("adr", f"status {uitwisseling.status}", f"status {gegevens['status']!r}", veld="status",
                        regel="problem-details")


# -- het doel verkennen: elk vast verzoek één keer ----------------------------------------------------

class Verkenning:
    """De vaste verzoeken van de voorcontrole, elk hooguit één keer verstuurd (ook een storing onthoudt hij)."""

    def __init__(self, doel: Doel, operatie: tuple[str, dict[str, Any]]) -> None:
        self.doel = doel
        self.operatie = operatie
        self.contractversie = str(contract()["info"]["version"])
        self.api_versie = self.contractversie
        self.laatste: Uitwisseling | None = None
        self._geheugen: dict[str, Uitwisseling | Storing] = {}

    def _eenmaal(self, sleutel: str, verzoek: Callable[[], Uitwisseling]) -> Uitwisseling:
        if sleutel not in self._geheugen:
            try:
                self._geheugen[sleutel] = verzoek()
            except Onbereikbaar:
                raise
            except Storing as storing:
                self._geheugen[sleutel] = storing
        onthouden = self._geheugen[sleutel]
        if isinstance(onthouden, Storing):
            raise onthouden
        self.laatste = onthouden
        return onthouden

    def openapi_json(self) -> Uitwisseling:
        return self._eenmaal("openapi.json", lambda: self.doel.stuur(
            "GET", "/openapi.json", kopregels={"Origin": "https://voorbeeld.example"}, anoniem=True))

    def openapi_sha256(self) -> str | None:
        """De sha256 van het gepubliceerde contract, als het met 200 kwam (begrensd zoals elk antwoord)."""
        uitwisseling = self._geheugen.get("openapi.json")
        if not isinstance(uitwisseling, Uitwisseling) or uitwisseling.status != 200:
            return None
        return hashlib.sha256(uitwisseling.antwoord_tekst.encode("utf-8")).hexdigest()

    def openapi_yaml(self) -> Uitwisseling:
        return self._eenmaal("openapi.yaml", lambda: self.doel.stuur("GET", "/openapi.yaml", anoniem=True,
                                                                     lezer=doelinhoud.lees_yaml))

    def catalogus(self) -> Uitwisseling:
        return self._eenmaal("catalogus", lambda: self.doel.get("/maatregelen"))

    def niet_bestaand(self) -> Uitwisseling:
        return self._eenmaal("404", lambda: self.doel.get("/bestaat-niet-pwib"))

    def schuine_streep(self) -> Uitwisseling:
        return self._eenmaal("slash", lambda: self.doel.get("/maatregelen/"))

    def voorbeeld(self) -> Uitwisseling:
        pad, voorbeeld = self.operatie
        return self._eenmaal("voorbeeld", lambda: self.doel.post(pad, voorbeeld))

    def ongeldig(self) -> Uitwisseling:
        pad, _ = self.operatie
        return self._eenmaal("ongeldig", lambda: self.doel.post(pad, {"peildatum": "2026-02-30", ONBEKEND_VELD: True}))

    def gepubliceerd(self) -> dict[str, Any]:
        """Het contract dat het doel zelf publiceert (openapi.json)."""
        uitwisseling = self.openapi_json()
        status_is(200, regel="API-51")(uitwisseling)
        gegevens = uitwisseling.json()
        if not isinstance(gegevens, dict) or not isinstance(gegevens.get("info"), dict) or "paths" not in gegevens:
            raise Afwijking("adr", "een OpenAPI-document met info en paths", uitwisseling.antwoord_tekst[:120],
                            regel="API-51")
        self.laatste = uitwisseling
        return gegevens

    def versie(self) -> str:
        return str(self.gepubliceerd()["info"].get("version", ""))

    def toets(self, uitwisseling: Uitwisseling, *controles: Controle) -> None:
        self.laatste = uitwisseling
        for controle in controles:
            controle(uitwisseling)


# -- de regels -----------------------------------------------------------------------------------------

def _api51(v: Verkenning) -> None:
    v.gepubliceerd()
    v.toets(v.openapi_json(), cors_voor_iedereen)


def _api56(v: Verkenning) -> None:
    versie = v.versie()
    if not _SEMVER.match(versie):
        raise Afwijking("adr", "info.version volgens Semantic Versioning (1.0.2)", repr(versie), regel="API-56")


def _api20(v: Verkenning) -> None:
    major = v.contractversie.split(".", 1)[0]
    versie = v.versie()
    if versie.split(".", 1)[0] != major:
        raise Afwijking("adr", f"hoofdversie {major} (contract van de suite: {v.contractversie})",
                        f"info.version {versie!r}", regel="API-20")
    pad = urlsplit(v.doel.basis_url).path.rstrip("/")
    if not pad.endswith(f"/v{major}"):
        raise Afwijking("adr", f"een basis-URL die eindigt op /v{major}", pad or "/", regel="API-20")


def _api57(v: Verkenning) -> None:
    try:
        versie = v.versie()
    except Afwijking:
        versie = v.contractversie
    v.api_versie = versie
    controle = api_versie_is(versie)
    for verzoek in (v.openapi_json, v.catalogus, v.voorbeeld, v.ongeldig, v.niet_bestaand, v.schuine_streep):
        v.toets(verzoek(), controle)


def _api48(v: Verkenning) -> None:
    v.toets(v.schuine_streep(), status_is(404, regel="API-48"))


def _probleemdetails(v: Verkenning) -> None:
    for verzoek in (v.niet_bestaand, v.ongeldig):
        uitwisseling = verzoek()
        v.toets(uitwisseling, status_is(404, 400, regel="problem-details"), probleemdetails)


def _alle_fouten(v: Verkenning) -> None:
    uitwisseling = v.ongeldig()
    v.toets(uitwisseling, status_is(400, regel="all-errors"))
    gegevens = uitwisseling.json()
    namen = [p.get("name") for p in gegevens.get("invalidParams", []) if isinstance(p, dict)] \
        if isinstance(gegevens, dict) else []
    ontbreekt = [n for n in ("peildatum", ONBEKEND_VELD) if n not in namen]
    if ontbreekt:
        raise Afwijking("adr", f"invalidParams met peildatum en {ONBEKEND_VELD}", f"invalidParams {namen!r}",
                        veld="invalidParams", regel="all-errors")


def _contact(v: Verkenning) -> None:
    if not v.gepubliceerd()["info"].get("contact"):
        raise Afwijking("adr", "info.contact in het contract", "geen info.contact", regel="doc-openapi-contact")


def _yaml_gelijk(v: Verkenning) -> None:
    json_document = v.gepubliceerd()
    uitwisseling = v.openapi_yaml()
    v.laatste = uitwisseling
    if uitwisseling.status == 404:
        return  # openapi.yaml mag ontbreken (API-51); als het er is, moet het gelijk zijn
    status_is(200, regel="API-51-yaml")(uitwisseling)
    if uitwisseling.leesfout is not None:
        raise Afwijking("adr", "leesbare YAML", f"{uitwisseling.leesfout}: {uitwisseling.antwoord_tekst[:120]!r}",
                        regel="API-51-yaml")
    if uitwisseling.gegevens != json_document:
        raise Afwijking("adr", "openapi.yaml gelijk aan openapi.json", "een ander document", regel="API-51-yaml")


@dataclass(frozen=True)
class Regel:
    id: str
    code: str
    titel: str
    niveau: Niveau
    toets: Callable[[Verkenning], None]


REGELS: tuple[Regel, ...] = (
    Regel("API-51", "/core/publish-openapi", "openapi.json zonder inloggen bereikbaar, met CORS *", "moet", _api51),
    Regel("API-56", "/core/semver", "info.version volgt Semantic Versioning", "moet", _api56),
    Regel("API-20", "/core/uri-version", "hoofdversie gelijk aan het contract van de suite, en in de URL",
          "moet", _api20),
    Regel("API-57", "/core/version-header", "API-Version op elk antwoord, ook fouten, gelijk aan info.version",
          "moet", _api57),
    Regel("API-48", "/core/no-trailing-slash", "een pad met een schuine streep aan het eind geeft 404", "moet",
          _api48),
    Regel("problem-details", "/core/error-handling/problem-details",
          "een 4xx is application/problem+json met status, title en detail", "moet", _probleemdetails),
    Regel("all-errors", "/core/error-handling/all-errors", "een 400 noemt elk onjuist veld", "zou", _alle_fouten),
    Regel("doc-openapi-contact", "/core/doc-openapi-contact", "het contract noemt een contactpunt", "zou", _contact),
    Regel("API-51-yaml", "/core/publish-openapi", "openapi.yaml, als die er is, is gelijk aan openapi.json", "zou",
          _yaml_gelijk),
)


def regel_ids() -> set[str]:
    return {f"ADR-{r.id}" for r in REGELS}


def kies_operatie(maatregelen_per_pad: dict[str, tuple[str, ...]], geclaimd: tuple[str, ...] | None
                  ) -> tuple[str, dict[str, Any]]:
    """Een beoordelingsoperatie met een voorbeeld uit het contract, bij voorkeur van een geclaimde maatregel."""
    kandidaten: list[tuple[str, dict[str, Any]]] = []
    for pad, operaties in contract()["paths"].items():
        post = operaties.get("post", {}) if pad.startswith("/beoordelingen/") else {}
        inhoud = post.get("requestBody", {}).get("content", {}).get("application/json", {})
        if isinstance(inhoud.get("example"), dict):
            kandidaten.append((pad, inhoud["example"]))
    if not kandidaten:
        raise AssertionError("het contract heeft geen beoordeling met een voorbeeld")
    for pad, voorbeeld in kandidaten:
        if geclaimd is None or set(maatregelen_per_pad.get(pad, ())) & set(geclaimd):
            return pad, voorbeeld
    return kandidaten[0]


def toets_regels(doel: Doel, operatie: tuple[str, dict[str, Any]]) -> tuple[list[Scenarioresultaat], str, str | None]:
    """Toets elke regel; geeft ook de API-Version die elk antwoord moet dragen (info.version van het doel)
    en de sha256 van het openapi.json van het doel (over de ontvangen tekst in UTF-8; None zonder antwoord).

    Onbereikbaar bij het allereerste verzoek gaat door naar de aanroeper.
    """
    verkenning = Verkenning(doel, operatie)
    resultaten: list[Scenarioresultaat] = []
    for regel in REGELS:
        begin = time.perf_counter()
        verkenning.laatste = None
        resultaat = Scenarioresultaat(
            id=f"ADR-{regel.id}", maatregel="ADR", titel=f"{regel.titel} ({regel.code})",
            feature="API Design Rules", oordeel="geslaagd", voorlopig=False, duur_s=0.0, tags=("ADR", regel.niveau),
            beslissend=regel.niveau == "moet",
        )
        try:
            regel.toets(verkenning)
        except Afwijking as afwijking:
            # een afwijking van een andere regel (openapi.json onbereikbaar: API-51) maakt deze regel niet toetsbaar
            resultaat.oordeel = "gefaald" if afwijking.regel in (None, regel.id) else "overgeslagen"
            resultaat.controle, resultaat.regel = afwijking.controle, afwijking.regel or regel.id
            resultaat.verwacht, resultaat.werkelijk, resultaat.melding = (afwijking.verwacht, afwijking.werkelijk,
                                                                          str(afwijking))
        except Onbereikbaar:
            if not resultaten:
                raise
            resultaat.oordeel, resultaat.controle = "fout", "verbinding"
            resultaat.melding = doel.gestopt or "onbereikbaar"
        except Storing as storing:
            resultaat.oordeel, resultaat.controle, resultaat.melding = "fout", storing.soort, str(storing)
            verkenning.laatste = storing.uitwisseling or verkenning.laatste
        if resultaat.oordeel != "geslaagd":
            resultaat.stap = regel.titel
            resultaat.reden = resultaat.melding if regel.niveau == "moet" else f"waarschuwing: {resultaat.melding}"
            if resultaat.oordeel == "overgeslagen":
                resultaat.reden = f"niet te toetsen zolang {resultaat.regel} faalt: {resultaat.melding}"
            if verkenning.laatste is not None:
                resultaat.uitwisseling = verkenning.laatste.als_rapport()
        resultaat.duur_s = time.perf_counter() - begin
        resultaten.append(resultaat)
    return resultaten, verkenning.api_versie, verkenning.openapi_sha256()


def toets_elk_antwoord(resultaten: list[Scenarioresultaat], uitwisselingen: list[Uitwisseling], versie: str) -> None:
    """API-57 na de scenario's: ook elk antwoord van de run zelf draagt `API-Version` gelijk aan info.version."""
    resultaat = next((r for r in resultaten if r.id == "ADR-API-57"), None)
    if resultaat is None or resultaat.oordeel != "geslaagd":
        return
    controle = api_versie_is(versie)
    afwijkend: list[tuple[Uitwisseling, Afwijking]] = []
    for uitwisseling in uitwisselingen:
        try:
            controle(uitwisseling)
        except Afwijking as gevonden:
            afwijkend.append((uitwisseling, gevonden))
    if afwijkend:
        eerste, eerste_afwijking = afwijkend[0]
        resultaat.oordeel, resultaat.controle, resultaat.regel = "gefaald", "adr", "API-57"
        resultaat.verwacht, resultaat.werkelijk = eerste_afwijking.verwacht, eerste_afwijking.werkelijk
        resultaat.melding = (f"{len(afwijkend)} van de {len(uitwisselingen)} antwoorden in de run zonder de juiste "
                             f"API-Version; de eerste: {eerste_afwijking}")
        resultaat.reden, resultaat.stap = resultaat.melding, "elk antwoord van de run"
        resultaat.uitwisseling = eerste.als_rapport()
