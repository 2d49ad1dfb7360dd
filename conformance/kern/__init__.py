"""De grond onder elke stap van de suite; importeert niets anders van `conformance`.

    afwijking.py   een uitwisseling met het doel en wat een controle erop kan opleveren (Afwijking, Storing, ...)
    resultaat.py   het oordeel per scenario en de run als geheel
    bestanden.py   waar de suite haar inhoud vindt (contract, features, fixtures, zinnen, schema's)
"""
