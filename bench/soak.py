"""Een begrensde soak van 60 s tegen `pwib serve`, met het geheugen (RSS) van de server bij begin en eind.

    .venv/bin/python -m bench.soak [--seconden 60]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from urllib.parse import urlsplit

from bench.last import draai_wrk
from tests.server import pwib_serve


def _luisteraar(poort: int) -> int:
    """Het pid van de master van `pwib serve`: het proces dat op de poort luistert en wiens ouder dat niet doet
    (de workers delen de luisterende socket van de master)."""
    doel = f":{poort:04X}"
    inodes = {regel.split()[9] for regel in Path("/proc/net/tcp").read_text().splitlines()[1:]
              if regel.split()[1].endswith(doel) and regel.split()[3] == "0A"}
    luisteraars: dict[int, int] = {}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if any(fd.readlink().name.removeprefix("socket:[").removesuffix("]") in inodes
                   for fd in (proc / "fd").iterdir()):
                ouder = (proc / "status").read_text().split("PPid:", 1)[1].split()[0]
                luisteraars[int(proc.name)] = int(ouder)
        except OSError:
            continue
    master = [pid for pid, ouder in luisteraars.items() if ouder not in luisteraars]
    if not master:
        raise RuntimeError(f"geen proces luistert op poort {poort}")
    return master[0]


def _rss_kib(pid: int) -> int:
    """RSS van de master en al zijn workers samen, in KiB."""
    totaal = 0
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            status = (proc / "status").read_text()
        except OSError:
            continue
        velden = dict(regel.split(":", 1) for regel in status.splitlines() if ":" in regel)
        if int(proc.name) == pid or velden.get("PPid", "").strip() == str(pid):
            totaal += int(velden.get("VmRSS", "0 kB").split()[0])
    return totaal


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconden", type=int, default=60)
    args = parser.parse_args()
    with pwib_serve(workers=None) as basis:
        master = _luisteraar(urlsplit(basis).port or 80)
        draai_wrk(basis, 3, 16)
        begin = _rss_kib(master)
        uitslag = draai_wrk(basis, args.seconden, 16)
        einde = _rss_kib(master)
    print(f"soak: {uitslag.verzoeken} verzoeken in {args.seconden} s, {uitslag.per_seconde:.0f} req/s, "
          f"p99 {uitslag.p99_ms:.2f} ms, {uitslag.niet_2xx + uitslag.socketfouten} fouten")
    print(f"geheugen van de server (master + workers, RSS): begin {begin / 1024:.1f} MiB, "
          f"eind {einde / 1024:.1f} MiB, verschil {(einde - begin) / 1024:+.1f} MiB")


if __name__ == "__main__":
    main()
