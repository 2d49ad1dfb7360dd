"""`pwib serve` onder last op 127.0.0.1 met wrk: elk voorbeeld uit het contract om de beurt.

    .venv/bin/python -m bench.last [--seconden 10] [--rondes 3] [--verbindingen 16] [--workers N]

Met en zonder de uitleg (`Prefer: return=minimal`) naast elkaar, tegen dezelfde server: de rondes
wisselen elkaar af, zodat andere last op de machine beide even hard raakt. Drukt per soort de
mediaan en de spreiding (laagste-hoogste) van req/s, p50 en p99 af, en de fouten (niet-2xx,
socketfouten). De last is begrensd in tijd en gaat alleen naar loopback.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from api.contract import contract
from tests.server import pwib_serve


@dataclass(frozen=True)
class Uitslag:
    per_seconde: float
    p50_ms: float
    p99_ms: float
    niet_2xx: int
    socketfouten: int
    verzoeken: int


def lua_script(basis_pad: str, minimaal: bool = False) -> str:
    verzoeken = []
    for pad, operaties in contract()["paths"].items():
        inhoud = operaties.get("post", {}).get("requestBody", {}).get("content", {}).get("application/json", {})
        if "example" in inhoud:
            lichaam = json.dumps(inhoud["example"]).replace("\\", "\\\\").replace('"', '\\"')
            verzoeken.append(f'{{pad = "{basis_pad}{pad}", lichaam = "{lichaam}"}}')
    return (
        "local verzoeken = {" + ",\n".join(verzoeken) + "}\n"
        "local i = 0\n"
        + ('local koppen = {["Content-Type"] = "application/json", ["Prefer"] = "return=minimal"}\n' if minimaal
           else 'local koppen = {["Content-Type"] = "application/json"}\n') +
        "request = function()\n"
        "  i = i % #verzoeken + 1\n"
        '  return wrk.format("POST", verzoeken[i].pad, koppen, verzoeken[i].lichaam)\n'
        "end\n"
    )


def _ms(tekst: str) -> float:
    gevonden = re.fullmatch(r"([\d.]+)(us|ms|s|m)", tekst)
    if gevonden is None:
        raise ValueError(f"onbekende latentie in de uitvoer van wrk: {tekst!r}")
    return float(gevonden.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}[gevonden.group(2)]


def draai_wrk(basis: str, seconden: int, verbindingen: int, draden: int = 2, minimaal: bool = False) -> Uitslag:
    wrk = shutil.which("wrk")
    if wrk is None:
        sys.exit("bench: wrk ontbreekt; installeer het met `apt-get install wrk`")
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(lua_script(urlsplit(basis).path, minimaal))
    uitvoer = subprocess.run(  # noqa: S603 - wrk met argumenten die dit script zelf samenstelt
        [wrk, "-t", str(draden), "-c", str(verbindingen), "-d", f"{seconden}s", "--latency", "-s", script.name,
         basis.rsplit("/v1", 1)[0]],
        capture_output=True, text=True, check=True, timeout=seconden + 60,
    ).stdout
    Path(script.name).unlink()
    socket = re.search(r"connect (\d+), read (\d+), write (\d+), timeout (\d+)", uitvoer)
    return Uitslag(
        per_seconde=float(re.search(r"Requests/sec:\s+([\d.]+)", uitvoer).group(1)),  # type: ignore[union-attr]
        p50_ms=_ms(re.search(r"^\s+50%\s+(\S+)", uitvoer, re.M).group(1)),  # type: ignore[union-attr]
        p99_ms=_ms(re.search(r"^\s+99%\s+(\S+)", uitvoer, re.M).group(1)),  # type: ignore[union-attr]
        niet_2xx=int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", uitvoer)) else 0,
        socketfouten=sum(int(g) for g in socket.groups()) if socket else 0,
        verzoeken=int(re.search(r"(\d+) requests in", uitvoer).group(1)),  # type: ignore[union-attr]
    )


def _regel(soort: str, uitslagen: list[Uitslag]) -> str:
    def reeks(waarden: list[float], opmaak: str) -> str:
        return f"{statistics.median(waarden):{opmaak}} ({min(waarden):{opmaak}}-{max(waarden):{opmaak}})"

    return (f"{soort:<14} {reeks([u.per_seconde for u in uitslagen], '.0f'):>20} "
            f"{reeks([u.p50_ms for u in uitslagen], '.1f'):>20} {reeks([u.p99_ms for u in uitslagen], '.1f'):>20} "
            f"{sum(u.niet_2xx for u in uitslagen):>8} {sum(u.socketfouten for u in uitslagen):>8}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconden", type=int, default=10, help="duur van één ronde")
    parser.add_argument("--rondes", type=int, default=3, help="rondes per soort, om en om")
    parser.add_argument("--verbindingen", type=int, default=16)
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    uitslagen: dict[bool, list[Uitslag]] = {False: [], True: []}
    with pwib_serve(workers=args.workers) as basis:
        draai_wrk(basis, 3, args.verbindingen)  # opwarmen
        for _ in range(args.rondes):
            for minimaal in (False, True):
                uitslagen[minimaal].append(draai_wrk(basis, args.seconden, args.verbindingen, minimaal=minimaal))
    print(f"{args.rondes} rondes van {args.seconden} s per soort, om en om, {args.verbindingen} verbindingen; "
          "mediaan (laagste-hoogste)")
    print(f"{'soort':<14} {'req/s':>20} {'p50 ms':>20} {'p99 ms':>20} {'niet-2xx':>8} {'socket':>8}")
    print(_regel("met uitleg", uitslagen[False]))
    print(_regel("zonder uitleg", uitslagen[True]))
    print("doel: ≥ 1500 req/s en p99 < 25 ms met uitleg (het standaardantwoord), 0 fouten")


if __name__ == "__main__":
    main()
