"""Het bewijs vastleggen: het rapport als gegevens en elk formaat ervan, als één set geschreven.

    rapport.py       het rapport van een run als één gegevensstructuur
    handtekening.py  integriteit (RFC 8785) en Ed25519-handtekening; `pwib rapport verifieer`
    schrijvers.py    de rapporten als één set, atomair op hun plaats gezet
    jsonrapport.py   resultaat.json, het bewijsstuk
    junit.py         junit.xml voor de CI van een leverancier
    htmlrapport.py   rapport.html voor mensen
    afwijkingen.py   de afwijkingen per oorzaak, zoals HTML en JUnit ze tonen

Importeert alleen de lagen eronder: `kern`, `inlezen`, `aansturen`, `oordelen`.
"""
