"""rapport.html: het rapport voor mensen, in één bestand zonder externe bronnen (geen CDN; een Content-Security-
Policy verbiedt elke externe bron, alleen de eigen inline stijl en het eigen filterscript mogen).

Bovenaan het eindoordeel en direct daaronder de afwijkingen per oorzaak (maatregel, veld, soort
verschil), elk met scenariotekst, Regel en artikel, features/…:regel, URL, een `curl` van het
verzoek en verwacht naast werkelijk, te filteren op maatregel en oordeel zonder server; dan suite
(versie en inhoudshash), doel, profiel en tijden; per maatregel de oordelen; de voorcontrole
(ADR); per scenario het oordeel; per gefaalde stap het verzoek en het antwoord; en de
herleidbaarheidsmatrix. Alle tekst gaat door `html.escape`.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

from conformance.vastleggen import afwijkingen as af
from conformance.vastleggen.rapport import schrijf_atomair

BESTAND = "rapport.html"

_CSS = """
:root { --groen:#1b7f3b; --rood:#b3261e; --oranje:#a05a00; --grijs:#5f6368; --blauw:#1a4f8b; --rand:#d9dde3; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:#1f2328; margin:0;
       background:#f6f7f9; }
main { max-width: 1180px; margin: 0 auto; padding: 12px 28px 64px; }
header { background: var(--blauw); color: white; padding: 14px 28px; }
header h1 { margin: 0; font-size: 24px; font-weight: 600; }
header p { margin: 4px 0 0; opacity: .85; }
h2 { font-size: 19px; margin: 34px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--rand); }
h3 { font-size: 16px; margin: 18px 0 6px; }
table { border-collapse: collapse; width: 100%; background: white; border: 1px solid var(--rand); }
th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid var(--rand); }
th { background: #eef1f5; font-weight: 600; font-size: 13px; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td:first-child code { white-space: nowrap; }
.paar { display: inline-block; white-space: nowrap; margin: 0 6px 3px 0; }
code, pre { font: 12.5px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre { background: #0f1720; color: #e6edf3; padding: 10px 12px; border-radius: 6px; overflow-x: auto;
      white-space: pre-wrap; word-break: break-word; max-height: 420px; }
.uitslag { display: flex; gap: 22px; align-items: center; background: white; border: 1px solid var(--rand);
           border-radius: 10px; padding: 12px 22px; margin-top: 8px; }
.stempel { font-size: 26px; font-weight: 700; padding: 10px 22px; border-radius: 8px; color: white;
           text-transform: uppercase; letter-spacing: .04em; white-space: nowrap; }
.stempel.conform { background: var(--groen); } .stempel.niet-conform { background: var(--rood); }
.stempel.onvolledig, .stempel.onderbroken { background: var(--oranje); }
.uitslag details { margin-top: 2px; } .uitslag summary { cursor: pointer; }
.certificering { margin: 8px 0 0; padding: 8px 12px; border-radius: 6px; background: #fff1dc; color: var(--oranje);
                 font-weight: 600; }
.tellers { display: flex; flex-wrap: wrap; gap: 10px; margin-top: 14px; }
.teller { background: white; border: 1px solid var(--rand); border-radius: 8px; padding: 4px 14px; min-width: 120px; }
.teller b { display: block; font-size: 22px; }
.o { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12.5px; font-weight: 600;
     white-space: nowrap; border: 1px solid transparent; }
.o-geslaagd, .o-conform { background: #e3f4e8; color: var(--groen); }
.o-gefaald, .o-niet-conform { background: #fbe4e2; color: var(--rood); }
.o-fout, .o-onvolledig { background: #fff1dc; color: var(--oranje); }
.o-overgeslagen { background: #fff1dc; color: var(--oranje); border-color: #f0c27a; }
.o-voorlopig { background: #e8eefb; color: var(--blauw); }
.o-niet-van-toepassing, .o-niet-getoetst, .o-niet-gedraaid { background: #eceff3; color: var(--grijs); }
.klein { font-size: 12.5px; color: var(--grijs); }
.meta td:first-child { width: 210px; color: var(--grijs); }
.afwijking { background: white; border: 1px solid var(--rand); border-left: 5px solid var(--rood); border-radius: 6px;
             padding: 10px 16px 14px; margin: 14px 0; }
.afwijking.fout { border-left-color: var(--oranje); }
.twee { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; }
@media (max-width: 820px) { .twee { grid-template-columns: 1fr; } }
nav { margin-top: 14px; } nav a { color: var(--blauw); }
footer { margin-top: 40px; color: var(--grijs); font-size: 13px; }
#oorzaken h2 { margin-top: 22px; }
.filters { display: flex; flex-wrap: wrap; gap: 14px; align-items: center; margin: 6px 0 10px; }
.filters select { font: inherit; padding: 2px 6px; }
.oorzaak { background: white; border: 1px solid var(--rand); border-left: 5px solid var(--rood); border-radius: 6px;
           margin: 10px 0; padding: 6px 14px 10px; }
.oorzaak.fout { border-left-color: var(--oranje); }
.oorzaak > summary { cursor: pointer; font-weight: 600; padding: 4px 0; }
.geval { border-top: 1px solid var(--rand); padding: 8px 0 4px; }
.geval h3 { margin: 4px 0; }
.vergelijk td:first-child { width: 230px; } .vergelijk td { font-family: ui-monospace, monospace; font-size: 13px; }
.vergelijk td.verwacht { background: #e3f4e8; } .vergelijk td.werkelijk { background: #fbe4e2; }
pre.scenario { background: #f3f5f8; color: #1f2328; max-height: 260px; }
[hidden] { display: none !important; }
"""

_FILTERSCRIPT = """
(function () {
  var maatregel = document.getElementById('filter-maatregel'), oordeel = document.getElementById('filter-oordeel');
  function past(el) {
    var m = maatregel.value, o = oordeel.value;
    return (!m || el.getAttribute('data-maatregel') === m) &&
           (!o || (' ' + el.getAttribute('data-oordeel') + ' ').indexOf(' ' + o + ' ') >= 0);
  }
  function filter() {
    var zichtbaar = 0, totaal = 0;
    document.querySelectorAll('.geval, tr[data-maatregel]').forEach(function (el) { el.hidden = !past(el); });
    document.querySelectorAll('.oorzaak').forEach(function (groep) {
      var gevallen = groep.querySelectorAll('.geval'), over = 0;
      gevallen.forEach(function (g) { if (!g.hidden) { over++; } });
      groep.hidden = over === 0; zichtbaar += over; totaal += gevallen.length;
    });
    document.getElementById('filter-telling').textContent = zichtbaar + ' van ' + totaal + ' afwijkingen getoond';
  }
  maatregel.addEventListener('change', filter); oordeel.addEventListener('change', filter); filter();
})();
"""


_INSPRINGEN = 16  # dieper springt niet verder in: een lichaam van 10.000 haken blijft lineair in grootte
_JSON_STUKKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|[{}\[\],:]|[^"{}\[\],:]+', re.DOTALL)


def _e(waarde: Any) -> str:
    return html.escape("" if waarde is None else str(waarde))


def _o(oordeel: str) -> str:
    return f'<span class="o o-{_e(oordeel.replace(" ", "-"))}">{_e(oordeel)}</span>'


def _mooi(tekst: str | None) -> str:
    """JSON ingesprongen zonder haar opnieuw te lezen: de tekst is verborgen en een `\\u`-escape blijft er een."""
    if not tekst:
        return "(leeg)"
    if not tekst.lstrip().startswith(("{", "[")):
        return tekst
    uit: list[str] = []
    diepte = 0
    for stuk in _JSON_STUKKEN.finditer(tekst):
        teken = stuk.group()
        if teken in ("}", "]"):
            diepte = max(diepte - 1, 0)
            uit.append("\n" + "  " * min(diepte, _INSPRINGEN) + teken)
        elif teken in ("{", "["):
            diepte += 1
            uit.append(teken + "\n" + "  " * min(diepte, _INSPRINGEN))
        elif teken == ",":
            uit.append(",\n" + "  " * min(diepte, _INSPRINGEN))
        elif teken == ":":
            uit.append(": ")
        else:
            uit.append(teken.strip())
    return "".join(uit)


def _meta(rapport: dict[str, Any]) -> str:
    suite, profiel = rapport["suite"], rapport["profiel"]
    handtekening = rapport.get("handtekening")
    profieltekst = (f"{_e(profiel['naam'])} <span class='klein'>({_e(profiel['bestand'])}, sha256 "
                    f"<code>{_e(profiel['sha256'][:16])}…</code>)</span>" if profiel
                    else "geen (elk scenario van toepassing)")
    tags = rapport["opdracht"].get("tags")
    rijen = [
        ("Doel", _e(rapport["doel"])),
        ("Product", f"{_e(rapport['product'].get('naam'))} {_e(rapport['product'].get('versie'))}"
                    f"<br><span class='klein'>openapi.json sha256 <code>{_e(rapport['product'].get('openapiSha256'))}"
                    "</code></span>"),
        ("Profiel", profieltekst),
        ("Selectie", f"<code>{_e(tags)}</code>" if tags else "alle scenario's"),
        ("Begin", _e(rapport["begin"])),
        ("Einde", _e(rapport["einde"])),
        ("Suite", f"{_e(suite['naam'])} {_e(suite['versie'])}, contract {_e(suite['contractversie'])}"),
        ("Inhoud van de suite (sha256)", f"<code>{_e(suite['sha256'])}</code> <span class='klein'>over "
                                         f"{_e(suite['bestanden'])} bestanden: features, contract, fixtures, "
                                         "zinnen</span>"),
        ("Rapport (sha256)", f"<code>{_e(rapport.get('integriteit', {}).get('waarde'))}</code>"),
        ("Handtekening", f"Ed25519, sleutel <code>{_e(handtekening['vingerafdruk'])}</code>" if handtekening
                         else "niet ondertekend"),
    ]
    return "<table class='meta'>" + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rijen) + "</table>"


def _tellers(rapport: dict[str, Any]) -> str:
    voorcontrole: dict[str, int] = {}
    for regel in rapport["voorcontrole"]:
        voorcontrole[regel["oordeel"]] = voorcontrole.get(regel["oordeel"], 0) + 1
    adr = ", ".join(f"{n} {o}" for o, n in voorcontrole.items())
    beslissend: dict[str, int] = {}
    for scenario in rapport["scenarios"]:
        if scenario["beslissend"]:
            beslissend[scenario["oordeel"]] = beslissend.get(scenario["oordeel"], 0) + 1

    def deel(oordeel: str, aantal: int) -> str:
        """Hoeveel ervan beslissen, als dat er minder zijn: zo klopt de teller met de toelichting van het oordeel."""
        n = beslissend.get(oordeel, 0)
        return f"<br><span class='klein'>waarvan {n} beslissend</span>" if aantal and n != aantal else ""

    totaal = sum(rapport["telling"].values())
    return (f"<div class='tellers'><div class='teller'><b>{totaal}</b>scenario's</div>" + "".join(
        f"<div class='teller'><b>{_e(aantal)}</b>{_o(oordeel)}{deel(oordeel, aantal)}</div>"
        for oordeel, aantal in rapport["telling"].items()
    ) + f"<div class='teller'><b>{len(rapport['voorcontrole'])}</b>ADR-regels<br><span class='klein'>{_e(adr)}"
        "</span></div></div>")


def _geval(rapport: dict[str, Any], scenario: dict[str, Any], per_id: dict[str, list[str]]) -> str:
    stap = scenario.get("falendeStap") or {}
    artikel = af.artikel(scenario, per_id)
    plek = [f"<code>{_e(scenario['plaats'])}</code>" if scenario.get("plaats") else _e(scenario["feature"])]
    if scenario.get("regelTitel"):
        plek.append(f"Regel: {_e(scenario['regelTitel'])}")
    if stap.get("regel"):
        plek.append(f"ADR-regel {_e(stap['regel'])}")
    plek.append(f"Artikel: <b>{_e(artikel)}</b>" if artikel else "Artikel: zie de Regel")
    rijen = "".join(f"<tr><td>{_e(veld)}</td><td class='verwacht'>{_e(v)}</td><td class='werkelijk'>{_e(w)}</td></tr>"
                    for veld, v, w in af.vergelijking(scenario))
    delen = [
        f"<h3><code>{_e(scenario['id'])}</code> {_e(scenario['titel'])} {_o(scenario['oordeel'])}"
        f"{'' if scenario['beslissend'] else ' <span class=klein>(beslist niet)</span>'}</h3>",
        f"<p class='klein'>{' · '.join(plek)}</p>",
    ]
    if rijen:
        delen.append("<table class='vergelijk'><tr><th>Veld</th><th>Verwacht</th><th>Werkelijk</th></tr>"
                     f"{rijen}</table>")
    else:
        delen.append(f"<p>{_e(stap.get('melding') or scenario.get('reden'))}</p>")
    if scenario.get("stappen"):
        delen.append(f"<pre class='scenario'>{_e(chr(10).join(scenario['stappen']))}</pre>")
    adres, opdracht = af.url(rapport, scenario), af.curl(rapport, scenario)
    if adres:
        delen.append(f"<p class='klein'>URL: <code>{_e(adres)}</code></p>")
    if opdracht:
        delen.append(f"<pre class='curl'>{_e(opdracht)}</pre>")
    kenmerken = f"data-maatregel='{_e(af.maatregel(scenario))}' data-oordeel='{_e(scenario['oordeel'])}'"
    return f"<div class='geval' {kenmerken}>" + "".join(delen) + "</div>"


def _oorzaken(rapport: dict[str, Any]) -> str:
    """De afwijkingen direct onder het oordeel: per oorzaak, met filters op maatregel en oordeel."""
    groepen = af.oorzaken(rapport)
    if not groepen:
        return "<section id='oorzaken'><h2>Afwijkingen</h2><p>Geen afwijkingen: elk scenario en elke ADR-regel " \
               "is geslaagd of niet van toepassing.</p></section>"
    per_id = af.artikelen(rapport)
    aantal = sum(len(g.scenarios) for g in groepen)
    maatregelen = sorted({g.maatregel for g in groepen})
    keuzes = "".join(f"<option value='{_e(m)}'>{_e(m)}</option>" for m in maatregelen)
    blokken = []
    for groep in groepen:
        oordelen = " ".join(sorted({s["oordeel"] for s in groep.scenarios}))
        klasse = "oorzaak fout" if oordelen == "fout" else "oorzaak"
        blokken.append(
            f"<details class='{klasse}' open data-oorzaak='{_e(groep.sleutel)}'><summary>{_e(groep.maatregel)} · "
            f"{_e(groep.veld)} · {_e(groep.soort)} — {len(groep.scenarios)} "
            f"{'scenario' if len(groep.scenarios) == 1 else 'scenarios'}</summary>"
            + "".join(_geval(rapport, s, per_id) for s in groep.scenarios) + "</details>")
    return (f"<section id='oorzaken'><h2>Afwijkingen per oorzaak: {aantal} in {len(groepen)} "
            f"{'oorzaak' if len(groepen) == 1 else 'oorzaken'}</h2>"
            "<div class='filters klein'><label>Maatregel <select id='filter-maatregel'><option value=''>alle</option>"
            f"{keuzes}</select></label><label>Oordeel <select id='filter-oordeel'><option value=''>alle</option>"
            "<option value='gefaald'>gefaald</option><option value='fout'>fout</option></select></label>"
            "<span id='filter-telling'></span></div>" + "".join(blokken) + "</section>")


def _maatregelen(rapport: dict[str, Any]) -> str:
    oordelen = list(rapport["telling"])
    kop = "".join(f"<th>{_e(o)}</th>" for o in oordelen)
    rijen = "".join(
        f"<tr><td><b>{_e(m)}</b></td><td>{_o(str(w['uitslag']))}</td>"
        + "".join(f"<td class='num'>{_e(w['telling'].get(o, 0) or '')}</td>" for o in oordelen)
        + f"<td class='klein'>{_e(w['toelichting'])}</td></tr>"
        for m, w in rapport["maatregelen"].items()
    )
    return f"<table><tr><th>Maatregel</th><th>Uitslag</th>{kop}<th>Toelichting</th></tr>{rijen}</table>"


def _scenariotabel(scenarios: list[dict[str, Any]], met_niveau: bool = False) -> str:
    rijen = []
    for s in scenarios:
        kenmerken = []
        if s.get("voorlopig"):
            kenmerken.append("voorlopig")
        if not s["beslissend"]:
            kenmerken.append("beslist niet")
        if s.get("ontheffing"):
            kenmerken.append(f"<a href='{_e(s['ontheffing']['link'])}'>ontheffing</a>: {_e(s['ontheffing']['reden'])}")
        if s.get("beleid"):
            kenmerken.append("beleid: " + ", ".join(f"{_e(k)} = {_e(v)}" for k, v in s["beleid"].items()))
        reden = s.get("reden") or (s.get("falendeStap") or {}).get("melding") or ""
        rijen.append(
            f"<tr id='s-{_e(s['id'])}' data-maatregel='{_e(af.maatregel(s))}' data-oordeel='{_e(s['oordeel'])}'>"
            f"<td><code>{_e(s['id'])}</code></td><td>{_e(s['maatregel'])}</td>"
            f"<td>{_e(s['titel'])}</td><td>{_o(s['oordeel'])}</td>"
            f"<td class='klein'>{'<br>'.join(kenmerken)}{'<br>' if kenmerken and reden else ''}{_e(reden)}</td></tr>"
        )
    return ("<table><tr><th>Id</th><th>Maatregel</th><th>" + ("Regel" if met_niveau else "Scenario")
            + "</th><th>Oordeel</th><th>Toelichting</th></tr>" + "".join(rijen) + "</table>")


def _afwijkingen(rapport: dict[str, Any]) -> str:
    blokken = []
    for s in [*rapport["voorcontrole"], *rapport["scenarios"]]:
        if s["oordeel"] not in ("gefaald", "fout"):
            continue
        stap = s["falendeStap"]
        uitwisseling = stap.get("uitwisseling")
        onderdelen = [
            f"<h3><code>{_e(s['id'])}</code> {_e(s['titel'])} {_o(s['oordeel'])}</h3>",
            f"<p class='klein'>{_e(s['feature'])}{' · ontheven' if s.get('ontheffing') else ''}</p>",
            "<table class='meta'>",
            f"<tr><td>Stap</td><td>{_e(stap.get('stap'))}</td></tr>",
            f"<tr><td>Controle</td><td>{_e(stap.get('controle'))}"
            f"{' (' + _e(stap['regel']) + ')' if stap.get('regel') else ''}</td></tr>",
            f"<tr><td>Verwacht</td><td><code>{_e(stap.get('verwacht'))}</code></td></tr>",
            f"<tr><td>Werkelijk</td><td><code>{_e(stap.get('werkelijk'))}</code></td></tr>",
            f"<tr><td>Melding</td><td>{_e(stap.get('melding'))}</td></tr>",
            "</table>",
        ]
        if uitwisseling:
            verzoek, antwoord = uitwisseling["verzoek"], uitwisseling["antwoord"]
            onderdelen.append(
                "<div class='twee'>"
                f"<div><h3>Verzoek</h3><p><code>{_e(verzoek['methode'])} {_e(verzoek['pad'])}</code></p>"
                f"<pre>{_e(_mooi(verzoek.get('lichaam')))}</pre></div>"
                f"<div><h3>Antwoord</h3><p><code>{_e(antwoord['status'])} {_e(antwoord['contentType'])}</code> "
                f"<span class='klein'>API-Version: {_e(antwoord.get('apiVersion'))} · {_e(uitwisseling['duurMs'])} ms"
                f"</span></p><pre>{_e(_mooi(antwoord.get('lichaam')))}</pre></div>"
                "</div>"
            )
        klasse = "afwijking fout" if s["oordeel"] == "fout" else "afwijking"
        blokken.append(f"<div class='{klasse}'>{''.join(onderdelen)}</div>")
    return "".join(blokken) or "<p>Geen gefaalde stappen.</p>"


def _herleidbaarheid(rapport: dict[str, Any]) -> str:
    rijen = []
    for eis in rapport["herleidbaarheid"]["eisen"]:
        scenarios = " ".join(f"<span class='paar'><code>{_e(s['id'])}</code> {_o(s['oordeel'])}</span>"
                             for s in eis["scenarios"])
        rijen.append(
            f"<tr><td><code>{_e(eis['eis'])}</code></td><td>{_e(eis['vindplaats'])}</td><td>{_e(eis['soort'])}</td>"
            f"<td>{_e(eis['omschrijving'])}</td><td>{scenarios}</td><td>{_o(eis['status'])}</td>"
            f"<td class='klein'>{_e(eis.get('reden'))}</td></tr>"
        )
    tabel = ("<table><tr><th>Eis</th><th>Vindplaats</th><th>Soort</th><th>Omschrijving</th><th>Scenario's</th>"
             "<th>Status</th><th>Waarom (niet) getoetst</th></tr>" + "".join(rijen) + "</table>")
    zonder = rapport["herleidbaarheid"]["scenariosZonderEis"]
    if zonder:
        tabel += ("<p class='klein'>Scenario's zonder eis in de tabel: "
                  + ", ".join(f"<code>{_e(s)}</code>" for s in zonder) + "</p>")
    return tabel if rijen else "<p>Geen eisentabel voor de maatregelen in deze run.</p>"


def _profiel(rapport: dict[str, Any]) -> str:
    profiel = rapport["profiel"]
    uitleg = f"<p class='klein'>{_e(rapport['uitleg']['profiel'])}</p>"
    if not profiel:
        return "<p>Geen profiel gedeclareerd.</p>" + uitleg
    beleid = "".join(f"<tr><td><code>{_e(k)}</code></td><td><code>{_e(json.dumps(v, ensure_ascii=False))}</code>"
                     "</td></tr>" for k, v in profiel["beleid"].items()) \
        or "<tr><td colspan='2'>geen eigen keuzes: de wettelijke standaard</td></tr>"
    maatregelen = profiel["maatregelen"]
    geclaimd = ", ".join(maatregelen) if isinstance(maatregelen, list) else str(maatregelen)
    return (f"<p><b>{_e(profiel['naam'])}</b> — {_e(profiel['beschrijving'])}</p>"
            f"<p>Geclaimde maatregelen: {_e(geclaimd)}</p>"
            f"<table><tr><th>Beleid</th><th>Waarde</th></tr>{beleid}</table>{uitleg}")


def _lijst(kop: str, items: list[str]) -> str:
    if not items:
        return ""
    return f"<h2>{_e(kop)}</h2><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def _certificering(rapport: dict[str, Any]) -> str:
    certificering, product = rapport["certificering"], rapport["product"]
    wat = (f"{_e(product['naam'])} {_e(product.get('versie') or '')} op " if product.get("naam") else ""
           ) + _e(rapport["doel"])
    if certificering["certificeerbaar"]:
        return f"<br><span class='klein'>Certificeringsrun: de volledige gepubliceerde suite tegen {wat}</span>"
    redenen = "; ".join(_e(r) for r in certificering["redenen"])
    return (f"<div class='certificering'><b>Ontwikkelrun: NIET CERTIFICEERBAAR</b> ({wat}): "
            f"<span class='klein'>{redenen}</span></div>")


def opmaak(rapport: dict[str, Any]) -> str:
    uitslag = rapport["uitslag"]
    ontheffingen = [f"<code>{_e(o['scenario'])}</code>: {_e(o['reden'])} "
                    f"(<a href='{_e(o['link'])}'>{_e(o['link'])}</a>)" for o in rapport["ontheffingen"]]
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy"
      content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>pwib conformiteitsrapport: {_e(uitslag)} — {_e(rapport['doel'])}</title>
<style>{_CSS}</style>
</head>
<body>
<header><h1>Conformiteitsrapport Participatiewet in balans</h1>
<p>{_e(rapport['suite']['naam'])} {_e(rapport['suite']['versie'])} ·
rapportschema {_e(rapport['schemaVersion'])}</p></header>
<main>
<section class="uitslag" id="uitslag">
  <div class="stempel {_e(uitslag.replace(' ', '-'))}">{_e(uitslag)}</div>
  <div><b>{_e(rapport['toelichting'])}</b>
  <details class="klein"><summary>Hoe het oordeel tot stand komt</summary>{_e(rapport['uitleg']['uitslag'])}</details>
  {_certificering(rapport)}</div>
</section>
{_tellers(rapport)}
{_oorzaken(rapport)}
<nav class="klein"><a href="#run">Run</a> · <a href="#maatregelen">Per maatregel</a> ·
<a href="#voorcontrole">Voorcontrole</a> · <a href="#afwijkingen">Gefaalde stappen</a> ·
<a href="#scenarios">Scenario's</a> · <a href="#herleidbaarheid">Herleidbaarheid</a> ·
<a href="#profiel">Profiel</a></nav>
<h2 id="run">Run</h2>
{_meta(rapport)}
<h2 id="maatregelen">Per maatregel</h2>
{_maatregelen(rapport)}
<h2 id="voorcontrole">Voorcontrole: API Design Rules</h2>
{_scenariotabel(rapport['voorcontrole'], met_niveau=True)}
<h2 id="afwijkingen">Gefaalde stappen: verzoek en antwoord</h2>
{_afwijkingen(rapport)}
<h2 id="scenarios">Scenario's</h2>
{_scenariotabel(rapport['scenarios'])}
<h2 id="herleidbaarheid">Herleidbaarheid: eisen uit de wet en hun scenario's</h2>
{_herleidbaarheid(rapport)}
<h2 id="profiel">Profiel</h2>
{_profiel(rapport)}
{_lijst("Ontheffingen", ontheffingen)}
{_lijst("Waarschuwingen (beslissen niet)", [_e(w) for w in rapport['waarschuwingen']])}
<footer>Het JSON-rapport (resultaat.json) is het bewijsstuk; controleer het met
<code>pwib rapport verifieer resultaat.json</code>. Dit HTML-bestand is een weergave ervan.</footer>
</main>
<script>{_FILTERSCRIPT}</script>
</body>
</html>
"""


def schrijf(rapport: dict[str, Any], map_: Path) -> Path:
    pad = map_ / BESTAND
    schrijf_atomair(pad, opmaak(rapport))
    return pad
