"""pwib conformance: de suite die een implementatie van `openapi.yaml` alleen over HTTP beoordeelt.

Dit pakket kent `openapi.yaml`, `features/` en `fixtures/`; het importeert niets van
`reference` of `api`. De mappen volgen de weg van een run; elke laag importeert alleen lagen eronder:

    opdrachten    opdrachtregel.py (`pwib conformance`, `pwib rapport verifieer`; api/cli.py hangt ze in en
                  geeft het doel), runner.py (een run), sessie.py (een run van begin tot eind, hoe hij ook
                  gestart is), plugin.py (de pytest-plugin, ook het pytest11-entrypoint `pwib`), stappen.py
                  (de stappen voor pytest-bdd), suite/ (de features als pytest-tests)
    vastleggen/   het bewijs: rapport, handtekening, JSON, JUnit en HTML, als één set geschreven
    oordelen/     eindoordeel en exitcode; certificeringsrun of ontwikkelrun
    aansturen/    het doel: driver, begrensd lezen, geheimen verbergen, casus, contractcontrole, voorcontrole
    inlezen/      de suite: contract, zinnen, stappencatalogus, grondslag, persona's, profiel, ontheffingen,
                  eisen, inhoudshash
    kern/         de grond: de uitwisseling en wat een controle oplevert, resultaat, bestanden

    hulpmiddelen/ naast de opdrachten: `pwib steps`, `pwib lint`, `pwib fmt` en de selectie (`--tags`);
                  ze gebruiken alleen inlezen/ en kern/

De gegevens van de suite staan naast de code: zinnen/, schemas/, wetten/, tags.yaml, suitehashes.json.
`tests/test_importregels.py` houdt de lagen zo.
"""
