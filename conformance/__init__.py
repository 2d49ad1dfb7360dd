"""pwib conformance: de suite die een implementatie van `openapi.yaml` alleen over HTTP beoordeelt.

Dit pakket kent `openapi.yaml`, `features/` en `fixtures/`; het importeert niets van
`reference` of `api`. De vorm:

    laden        profiel.py, ontheffingen.py, eisen.py, handtekening.py (sleutel), laden.py (strenge YAML)
    draaien      runner.py (of pytest met plugin.py), sessie.py; voorcontrole.py (ADR) vóór de scenario's;
                 doel.py (de driver), stappen.py + woordenboek.py (de scenario's), contractcontrole.py
    controles    één vorm (`afwijking.Controle`), één getypeerde fout (`afwijking.Afwijking`)
    gebeurtenissen  de plugin meldt elk scenarioresultaat aan de sessie (`Sessie.meld`, luisteraars)
    oordeel      resultaat.py (per scenario), oordeel.py (eindoordeel en exitcode), certificering.py
                 (certificeringsrun of ontwikkelrun; de gepubliceerde suitehashes)
    schrijvers   rapport.py (het rapport als gegevens), schrijvers/ (JSON, JUnit, HTML), samen als één set
    opdrachtregel.py  `pwib conformance` en `pwib rapport verifieer`; api/cli.py hangt ze in en geeft het doel
"""
