"""De vergelijking zelf: elke casus naar het doel en naar het orakel, de beslissende velden vergeleken, elk
verschil gekrompen en als scenario geschreven.

Bij een verschil vraagt de vergelijking `voorlopig` waarop het antwoord van de referentie rust. Rust het op een
voorlopige waarde of lezing, dan is het een voorlopig verschil: het telt apart (`voorlopig`, naast `gelijk` en
`verschillend`), heeft een eigen aantal bevindingen (die drukken de beslissende er nooit uit) en beslist niet.
Het krimpen houdt de soort: een beslissend verschil krimpt alleen tot een verzoek waarop de referentie niet
voorlopig antwoordt; een voorlopig mag tot beide, en zijn scenario draagt `@voorlopig` alleen als het antwoord op
het gekrompen verzoek voorlopig is. Krimpt het tot een verzoek waarop zij niet voorlopig antwoordt, dan beslist die
bevinding wel: het doel verschilt dan ook waar de wet vaststaat.

Het doel wordt bereikt met de driver van de conformiteitsrun (conformance.aansturen.doel): één termijn per verzoek,
herhalen alleen bij een verbindingsfout, na te veel verbindingsfouten op rij onbereikbaar, inloggegevens
verborgen. Met `gelijktijdig` K loopt elke draad met een eigen driver; de uitkomsten blijven in de volgorde
van de casussen.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from conformance.aansturen.doel import Doel
from conformance.inlezen.woordenboek import Woordenboek
from conformance.kern.afwijking import Afwijking, Onbereikbaar, Storing
from conformance.vergelijk import krimpen
from conformance.vergelijk.beslissend import Antwoord, Verschil, verschillen
from conformance.vergelijk.casussen import Casus
from conformance.vergelijk.scenario import Scenario, maatregel_van, schrijf, uitdrukbaar, volgende_ids

Orakel = Callable[[str, str, Any, dict[str, str] | None], tuple[int, Any]]
"""(methode, pad, lichaam) -> (status, lichaam) van de referentie (api.orakel.Orakel van de compositiewortel)."""
Gronden = Callable[[str, dict[str, Any]], tuple[str, ...]]
"""(pad, verzoek) -> de voorlopige gronden van het antwoord van de referentie (`beslissend.voorlopige_gronden` op een
orakel met uitleg, van de compositiewortel); leeg als het niet voorlopig is. Alleen een verschil vraagt ernaar."""
Voortgang = Callable[[str, int, int], None]
"""(pad, gedaan, totaal)."""
_MINIMAAL = {"Prefer": "return=minimal"}
MAX_GEKROMPEN_PER_OPERATIE = 5
"""Zoveel beslissende verschillen per operatie worden gekrompen; de rest telt mee als verschil."""
MAX_VOORLOPIG_GEKROMPEN_PER_OPERATIE = 5
"""Zoveel voorlopige verschillen per operatie worden gekrompen, apart van de beslissende."""


@dataclass
class Bevinding:
    casus: Casus
    verschillen: list[Verschil]
    referentie: Antwoord
    doel: Antwoord
    nummer: int
    gronden: tuple[str, ...] = ()
    """De voorlopige gronden van het antwoord van de referentie op de casus; leeg bij een beslissend verschil."""
    gekrompen: dict[str, Any] | None = None
    gekrompen_referentie: Antwoord | None = None
    gekrompen_doel: Antwoord | None = None
    gekrompen_verschillen: list[Verschil] = field(default_factory=list)
    gekrompen_gronden: tuple[str, ...] | None = None
    """De voorlopige gronden van het antwoord op het gekrompen verzoek, als dat nog verschilt (dan is er een
    scenario); None anders."""
    scenario: Scenario | None = None
    proeven: int = 0

    @property
    def beslissend(self) -> bool:
        """Of de bevinding beslist: het antwoord van de referentie waarop zij rust (op het gekrompen verzoek als dat
        nog verschilt, anders op de casus) is niet voorlopig. Dan draagt haar scenario geen `@voorlopig`."""
        return not (self.gronden if self.gekrompen_gronden is None else self.gekrompen_gronden)


@dataclass
class Operatieuitslag:
    pad: str
    vergeleken: int = 0
    gelijk: int = 0
    verschillend: int = 0
    voorlopig: int = 0
    fout: int = 0
    eerste_verschil: int | None = None
    eerste_voorlopig: int | None = None
    bevindingen: list[Bevinding] = field(default_factory=list)
    fouten: list[str] = field(default_factory=list)


@dataclass
class Uitslag:
    operaties: dict[str, Operatieuitslag]
    onbereikbaar: str | None
    duur: float


class _Drivers:
    """Eén driver per draad (een driver houdt zijn termijn en teller per verzoek bij)."""

    def __init__(self, maak: Callable[[], Doel]) -> None:
        self._maak = maak
        self._lokaal = threading.local()
        self._alle: list[Doel] = []
        self._slot = threading.Lock()

    def doel(self) -> Doel:
        doel = getattr(self._lokaal, "doel", None)
        if doel is None:
            doel = self._lokaal.doel = self._maak()
            with self._slot:
                self._alle.append(doel)
        return doel

    def onbereikbaar(self) -> str | None:
        return next((d.gestopt for d in self._alle if d.gestopt), None)

    def sluit(self) -> None:
        for doel in self._alle:
            doel.sluit()


def _vraag(doel: Doel, pad: str, verzoek: Any) -> Antwoord:
    """(status, lichaam) van het doel; een Storing of Afwijking (geen JSON) gaat door naar de aanroeper.

    Met `Prefer: return=minimal` (het contract): de uitleg wordt nooit vergeleken, dus hoeft het doel hem niet te
    sturen. Een doel dat de voorkeur negeert, mag (RFC 7240); de beslissende velden zijn dezelfde."""
    uitwisseling = doel.stuur("POST", pad, verzoek, kopregels=_MINIMAAL)
    doel.uitwisselingen.clear()  # een vergelijking bewaart geen uitwisselingen: ze zijn alleen hier nodig
    return uitwisseling.status, uitwisseling.json()


BUITEN_BEREIK = "buiten-bereik"
"""De `code` waarmee de referentie een peildatum weigert waarvoor zij geen parameterwaarden kent."""


def _buiten_bereik(antwoord: Antwoord) -> bool:
    """Of de referentie het verzoek alleen weigert omdat de peildatum buiten haar gegevens valt."""
    status, lichaam = antwoord
    velden = lichaam.get("invalidParams") if status == 400 and isinstance(lichaam, dict) else None
    return isinstance(velden, list) and bool(velden) and all(
        isinstance(v, dict) and v.get("code") == BUITEN_BEREIK for v in velden)


@dataclass
class Vergelijking:
    orakel: Orakel
    voorlopig: Gronden
    maak_doel: Callable[[], Doel]
    beslissend: dict[str, tuple[str, ...]]
    woordenboek: Woordenboek
    bestaande_features: str
    gelijktijdig: int = 1
    voortgang: Voortgang | None = None

    def voer_uit(self, casussen: dict[str, list[Casus]]) -> Uitslag:
        drivers = _Drivers(self.maak_doel)
        begin = time.perf_counter()
        uitslagen: dict[str, Operatieuitslag] = {}
        ids: dict[str, Iterator[str]] = {}
        try:
            with ThreadPoolExecutor(max_workers=max(1, self.gelijktijdig)) as pool:
                for pad, lijst in casussen.items():
                    uitslag = uitslagen[pad] = Operatieuitslag(pad)
                    velden = self.beslissend.get(pad, ())
                    uitkomsten = pool.map(self._een, [drivers] * len(lijst), lijst, [velden] * len(lijst))
                    for nummer, (casus, uitkomst) in enumerate(zip(lijst, uitkomsten, strict=True), 1):
                        self._tel(uitslag, casus, uitkomst, nummer)
                        if self.voortgang is not None:
                            self.voortgang(pad, nummer, len(lijst))
                    for bevinding in uitslag.bevindingen:
                        self._krimp(drivers.doel(), bevinding, velden, ids)
        finally:
            drivers.sluit()
        return Uitslag(uitslagen, drivers.onbereikbaar(), time.perf_counter() - begin)

    def _een(self, drivers: _Drivers, casus: Casus, velden: tuple[str, ...]) -> tuple[Any, ...]:
        referentie = casus.bekend_antwoord() or self.orakel("POST", casus.pad, casus.verzoek, None)
        if _buiten_bereik(referentie):
            return ("fout", "niet vergeleken: de referentie kent voor deze peildatum geen waarden (vóór de eerste "
                            "dag van haar gegevens); een antwoord van het doel zegt dan niets over de wet")
        try:
            doel = _vraag(drivers.doel(), casus.pad, casus.verzoek)
        except (Onbereikbaar, Storing, Afwijking) as fout:
            return ("fout", f"{type(fout).__name__}: {fout}")
        gevonden = verschillen(velden, referentie, doel)
        return ("vergeleken", referentie, doel, gevonden, self.voorlopig(casus.pad, casus.verzoek) if gevonden else ())

    def _tel(self, uitslag: Operatieuitslag, casus: Casus, uitkomst: tuple[Any, ...], nummer: int) -> None:
        if uitkomst[0] == "fout":
            uitslag.fout += 1
            if len(uitslag.fouten) < 10:
                uitslag.fouten.append(f"casus {casus.kenmerk}: {uitkomst[1]}")
            return
        _, referentie, doel, gevonden, gronden = uitkomst
        uitslag.vergeleken += 1
        if not gevonden:
            uitslag.gelijk += 1
            return
        if gronden:
            uitslag.voorlopig += 1
            uitslag.eerste_voorlopig = uitslag.eerste_voorlopig or nummer
        else:
            uitslag.verschillend += 1
            uitslag.eerste_verschil = uitslag.eerste_verschil or nummer
        zelfde_soort = sum(bool(b.gronden) == bool(gronden) for b in uitslag.bevindingen)
        if zelfde_soort < (MAX_VOORLOPIG_GEKROMPEN_PER_OPERATIE if gronden else MAX_GEKROMPEN_PER_OPERATIE):
            uitslag.bevindingen.append(Bevinding(casus, gevonden, referentie, doel, nummer, gronden))

    def _krimp(self, doel: Doel, bevinding: Bevinding, velden: tuple[str, ...],
               ids: dict[str, Iterator[str]]) -> None:
        pad, oorspronkelijk = bevinding.casus.pad, {v.veld for v in bevinding.verschillen}
        # krimp naar een verschil dat een scenario kan verwachten, als het oorspronkelijke verschil er een heeft
        oorspronkelijk = {veld for veld in oorspronkelijk if uitdrukbaar(self.woordenboek, veld)} or oorspronkelijk
        status, beslissend = bevinding.referentie[0], not bevinding.gronden

        def proef(verzoek: dict[str, Any]) -> bool:
            referentie = self.orakel("POST", pad, verzoek, None)
            if referentie[0] != status:
                return False
            try:
                antwoord = _vraag(doel, pad, verzoek)
            except (Onbereikbaar, Storing, Afwijking):
                return False
            if not oorspronkelijk & {v.veld for v in verschillen(velden, referentie, antwoord)}:
                return False
            # een beslissend verschil krimpt nooit tot een voorlopig (dat zou niet meer beslissen)
            return not (beslissend and self.voorlopig(pad, verzoek))

        gekrompen, bevinding.proeven = krimpen.krimp(bevinding.casus.verzoek, proef)
        referentie = self.orakel("POST", pad, gekrompen, None)
        try:
            antwoord = _vraag(doel, pad, gekrompen)
        except (Onbereikbaar, Storing, Afwijking):
            return
        bevinding.gekrompen, bevinding.gekrompen_referentie, bevinding.gekrompen_doel = gekrompen, referentie, antwoord
        bevinding.gekrompen_verschillen = verschillen(velden, referentie, antwoord)
        if not bevinding.gekrompen_verschillen:
            return
        bevinding.gekrompen_gronden = self.voorlopig(pad, gekrompen)
        maatregel = maatregel_van(self.woordenboek, pad)
        scenario_id = next(ids.setdefault(maatregel, volgende_ids(self.bestaande_features, maatregel)))
        titel = "Gevonden verschil in " + ", ".join(v.veld for v in bevinding.gekrompen_verschillen)
        bevinding.scenario = schrijf(self.woordenboek, pad, gekrompen, referentie[1],
                                     bevinding.gekrompen_verschillen, scenario_id, titel,
                                     voorlopig=bevinding.gekrompen_gronden)
