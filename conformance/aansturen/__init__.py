"""Een doel aansturen: verzoeken sturen, antwoorden begrensd lezen en elk antwoord aan het contract toetsen.

    doel.py              de driver: een basis-URL of de referentie in-process; herhalen, grenzen, geheimen
    verbinding.py        één verzoek heen en het ruwe antwoord terug, binnen één termijn (http.client of httpx)
    doelinhoud.py        inhoud van het doel lezen, begrensd in grootte en diepte
    geheimen.py          geheimen verbergen in elke vorm waarin een doel ze kan terugsturen
    casus.py             het verzoek van één scenario en het antwoord erop
    contractcontrole.py  elke uitwisseling getoetst aan `openapi.yaml`
    voorcontrole.py      de API Design Rules (ADR), vóór de scenario's

Importeert alleen `conformance.kern` en `conformance.inlezen`.
"""
