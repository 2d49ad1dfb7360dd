"""Oordelen over de run als geheel.

    oordeel.py        het eindoordeel (conform, niet conform, onvolledig, onderbroken) en de exitcode
    certificering.py  certificeringsrun of ontwikkelrun, en de gepubliceerde inhoudshashes

Importeert alleen de lagen eronder: `kern`, `inlezen`, `aansturen`.
"""
