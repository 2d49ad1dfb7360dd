"""Integriteit en handtekening van een JSON-rapport.

- `integriteit`: sha256 over de canonieke JSON van het rapport zonder de blokken `integriteit` en
  `handtekening`, volgens RFC 8785 (JSON Canonicalization Scheme): door iedereen na te rekenen.
- `handtekening` (optioneel, `pwib conformance --sign SLEUTEL`): Ed25519 over diezelfde bytes, met
  de publieke sleutel en zijn vingerafdruk erbij.
- `resultaat.json.sig` (bij `--sign`): een losse Ed25519-handtekening (64 bytes) over de exacte bytes
  van `resultaat.json`, te controleren met alleen `openssl` (recept in de README).

`pwib rapport verifieer --key PUBLIEK.pem` controleert ook dat het de verwachte sleutel is; zonder
`--key` bewijst een handtekening alleen dat iemand met *een* sleutel het rapport tekende (wie het
ook veranderde, kan het opnieuw tekenen): dan is de ondertekenaar niet gecontroleerd.

Een sleutel maken: `openssl genpkey -algorithm ed25519 -out sleutel.pem` en
`openssl pkey -in sleutel.pem -pubout -out publiek.pem`.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from conformance.kern.afwijking import ConfiguratieFout

WACHTWOORD_VARIABELE = "PWIB_SIGN_PASSWORD"
CANONICALISATIE = "RFC 8785"
LOS = ".sig"  # resultaat.json.sig: de losse handtekening over de exacte bytes


def canoniek(rapport: dict[str, Any]) -> bytes:
    """RFC 8785 (JCS) van het rapport zonder `integriteit` en `handtekening`."""
    inhoud = {k: v for k, v in rapport.items() if k not in ("integriteit", "handtekening")}
    return rfc8785.dumps(inhoud)


def _ruw(sleutel: Ed25519PublicKey) -> bytes:
    return sleutel.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def vingerafdruk(sleutel: Ed25519PublicKey) -> str:
    return "SHA256:" + hashlib.sha256(_ruw(sleutel)).hexdigest()


def lees_geheime_sleutel(pad: Path) -> Ed25519PrivateKey:
    """Een Ed25519-sleutel in PEM; een wachtwoord komt uit PWIB_SIGN_PASSWORD, nooit van de opdrachtregel."""
    try:
        data = pad.read_bytes()
    except OSError as fout:
        raise ConfiguratieFout(str(pad), "(bestand)", f"kan niet worden gelezen: {fout.strerror or fout}") from None
    wachtwoord = os.environ.get(WACHTWOORD_VARIABELE)
    try:
        sleutel = serialization.load_pem_private_key(data, password=wachtwoord.encode() if wachtwoord else None)
    except (ValueError, TypeError) as fout:
        raise ConfiguratieFout(str(pad), "(sleutel)", f"geen leesbare PEM-sleutel: {fout}") from None
    if not isinstance(sleutel, Ed25519PrivateKey):
        raise ConfiguratieFout(str(pad), "(sleutel)", f"een Ed25519-sleutel is nodig, dit is {type(sleutel).__name__}")
    return sleutel


def lees_publieke_sleutel(pad: Path) -> Ed25519PublicKey:
    try:
        sleutel = serialization.load_pem_public_key(pad.read_bytes())
    except OSError as fout:
        raise ConfiguratieFout(str(pad), "(bestand)", f"kan niet worden gelezen: {fout.strerror or fout}") from None
    except ValueError as fout:
        raise ConfiguratieFout(str(pad), "(sleutel)", f"geen leesbare PEM-sleutel: {fout}") from None
    if not isinstance(sleutel, Ed25519PublicKey):
        raise ConfiguratieFout(str(pad), "(sleutel)", f"een Ed25519-sleutel is nodig, dit is {type(sleutel).__name__}")
    return sleutel


def verzegel(rapport: dict[str, Any], sleutel: Ed25519PrivateKey | None = None) -> dict[str, Any]:
    """Het rapport met integriteit en, met een sleutel, een handtekening."""
    inhoud = canoniek(rapport)
    verzegeld = {k: v for k, v in rapport.items() if k not in ("integriteit", "handtekening")}
    verzegeld["integriteit"] = {"algoritme": "sha256", "canonicalisatie": CANONICALISATIE,
                                "waarde": hashlib.sha256(inhoud).hexdigest()}
    if sleutel is not None:
        publiek = sleutel.public_key()
        verzegeld["handtekening"] = {
            "algoritme": "Ed25519",
            "publiekeSleutel": base64.b64encode(_ruw(publiek)).decode(),
            "vingerafdruk": vingerafdruk(publiek),
            "waarde": base64.b64encode(sleutel.sign(inhoud)).decode(),
        }
    return verzegeld


def onderteken_los(pad: Path, sleutel: Ed25519PrivateKey) -> Path:
    """Schrijf `<pad>.sig`: Ed25519 over de exacte bytes van het bestand (voor `openssl pkeyutl -verify`)."""
    los = pad.with_name(pad.name + LOS)
    los.write_bytes(sleutel.sign(pad.read_bytes()))
    return los


def verifieer_los(data: bytes, handtekening: bytes, sleutel: Ed25519PublicKey) -> bool:
    try:
        sleutel.verify(handtekening, data)
    except InvalidSignature:
        return False
    return True


@dataclass
class Verificatie:
    intact: bool = False
    ondertekend: bool = False
    handtekening_klopt: bool | None = None
    vingerafdruk: str | None = None
    publieke_sleutel: Ed25519PublicKey | None = None
    problemen: list[str] = field(default_factory=list)

    @property
    def in_orde(self) -> bool:
        return self.intact and self.handtekening_klopt is not False and not self.problemen


def verifieer(rapport: dict[str, Any], verwachte_sleutel: Ed25519PublicKey | None = None) -> Verificatie:
    uitkomst = Verificatie()
    try:
        inhoud = canoniek(rapport)
    except rfc8785.CanonicalizationError as fout:
        uitkomst.problemen.append(f"het rapport is niet canoniek te maken (RFC 8785): {fout}")
        return uitkomst
    integriteit = rapport.get("integriteit")
    if not isinstance(integriteit, dict) or integriteit.get("algoritme") != "sha256" \
            or integriteit.get("canonicalisatie") != CANONICALISATIE:
        uitkomst.problemen.append(f"geen integriteitsblok (sha256 over {CANONICALISATIE}) in het rapport")
    elif integriteit.get("waarde") != hashlib.sha256(inhoud).hexdigest():
        uitkomst.problemen.append("de sha256 klopt niet: het rapport is na het schrijven veranderd")
    else:
        uitkomst.intact = True
    handtekening = rapport.get("handtekening")
    if handtekening is None:
        if verwachte_sleutel is not None:
            uitkomst.problemen.append("een sleutel werd verwacht, maar het rapport is niet ondertekend")
        return uitkomst
    uitkomst.ondertekend = True
    try:
        publiek = Ed25519PublicKey.from_public_bytes(base64.b64decode(handtekening["publiekeSleutel"]))
        publiek.verify(base64.b64decode(handtekening["waarde"]), inhoud)
        uitkomst.handtekening_klopt = True
        uitkomst.vingerafdruk = vingerafdruk(publiek)
        uitkomst.publieke_sleutel = publiek
    except (InvalidSignature, KeyError, TypeError, ValueError):
        uitkomst.handtekening_klopt = False
        uitkomst.problemen.append("de handtekening klopt niet bij de inhoud")
        return uitkomst
    if verwachte_sleutel is not None and _ruw(verwachte_sleutel) != _ruw(publiek):
        uitkomst.problemen.append(f"ondertekend met een andere sleutel ({uitkomst.vingerafdruk}) dan verwacht "
                                  f"({vingerafdruk(verwachte_sleutel)})")
    return uitkomst
