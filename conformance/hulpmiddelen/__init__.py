"""De hulpmiddelen van wie scenario's schrijft, naast de opdrachten van een run.

    opdrachtregel.py  `pwib steps`, `pwib lint` en `pwib fmt`
    lint.py           features controleren vóór een run
    opmaak.py         features opmaken (`pwib fmt`)
    stappendoc.py     de stappencatalogus als tekst en als Markdown (`docs/stappen.md`)
    selectie.py       welke scenario's een run draait (`--tags`) en de controle van hun features

Ze draaien niets tegen een doel en importeren alleen `conformance.kern` en `conformance.inlezen`.
"""
