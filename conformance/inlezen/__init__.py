"""De suite inlezen: alles wat een run nodig heeft vóór er een verzoek de deur uit gaat.

    contract.py          het contract `openapi.yaml`
    woordenboek.py       de zinnen uit `conformance/zinnen/*.yaml` en de velden waar ze over gaan
    grondslag.py         de grondslag als bepalingen (de zin ontleed, de wetsindex)
    personen.py          de vaste huishoudens uit `fixtures/personen/`
    stappencatalogus.py  elke stap die een feature kan gebruiken, gemaakt uit woordenboek en persona's
    laden.py             invoerbestanden streng lezen (YAML zonder dubbele sleutels, getoetst aan een schema)
    profiel.py           het beleidsprofiel van de gemeente
    ontheffingen.py      de ontheffingen (waivers)
    eisen.py             de eisentabellen (herleidbaarheid)
    inhoud.py            welke suite oordeelt: versie en inhoudshash

Importeert alleen `conformance.kern`.
"""
