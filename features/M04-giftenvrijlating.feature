# language: nl
@M04
Functionaliteit: Giftenvrijlating
  Sinds 1 januari 2026 tellen giften en kostenbesparende bijdragen niet mee als middelen
  zolang hun som per kalenderjaar de grens niet overstijgt (2026: € 1.200,00, Normenbrief
  1 januari 2026, Bijlage I, art. 31 lid 2 onder m). Bijdragen van voedselbanken tellen nooit mee.
  Voorlopig (de wet regelt het niet): wat de jaarsom boven de grens brengt, telt mee in de
  maand waarin het wordt ontvangen.

  Regel: Giften en kostenbesparende bijdragen tot de jaargrens tellen niet mee (art. 31 lid 2 onder m en art. 18 lid 8 Pw)

    @M04-001 @normenbrief-2026
    Scenario: Een gift ruim onder de jaargrens blijft helemaal buiten beschouwing
      Gegeven de peildatum is 2026-03-15
      En de belanghebbende ontvangt in de maand € 300,00 aan giften
      Als de giftenvrijlating wordt beoordeeld
      Dan is € 300,00 vrijgelaten
      En telt € 0,00 mee als middelen
      En is de resterende ruimte dit kalenderjaar € 900,00
      En is de grondslag "art. 31 lid 2 onder m Pw"

    @M04-002 @normenbrief-2026
    Abstract Scenario: Precies tot de grens
      Gegeven de peildatum is 2026-10-01
      En de belanghebbende ontving eerder dit kalenderjaar <eerder> aan giften en kostenbesparende bijdragen
      En de belanghebbende ontvangt in de maand <gift> aan giften
      Als de giftenvrijlating wordt beoordeeld
      Dan is <vrij> vrijgelaten
      En telt <mee> mee als middelen
      En is de resterende ruimte dit kalenderjaar <rest>

      Voorbeelden:
        | eerder     | gift     | vrij     | mee    | rest   |
        | € 900,00   | € 300,00 | € 300,00 | € 0,00 | € 0,00 |
        | € 1.199,99 | € 0,01   | € 0,01   | € 0,00 | € 0,00 |
    # De ruimte is de grens min wat eerder dit kalenderjaar binnenkwam: 1.200,00 − 900,00 = 300,00 en
    # 1.200,00 − 1.199,99 = 0,01; de gift vult haar precies, dus resteert 0,00.
    # Voorlopig: art. 31 lid 2 onder m noemt een grens per kalenderjaar, niet de maand waarin het meerdere
    # telt; pwib leest de maand waarin de som de grens overschrijdt (interpretatie M04-maand-boven-giftengrens).
    # 900,00 + 300,01 = 1.200,01: 0,01 boven de grens van € 1.200,00; 1.200,00 + 50,00: 50,00 erboven;
    # 0,00 + 1.500,00: 300,00 erboven.

    @M04-009 @normenbrief-2026 @voorlopig
    Abstract Scenario: Eén cent of meer boven de grens telt mee in de maand waarin de grens wordt overschreden
      Gegeven de peildatum is 2026-10-01
      En de belanghebbende ontving eerder dit kalenderjaar <eerder> aan giften en kostenbesparende bijdragen
      En de belanghebbende ontvangt in de maand <gift> aan giften
      Als de giftenvrijlating wordt beoordeeld
      Dan is <vrij> vrijgelaten
      En telt <mee> mee als middelen

      Voorbeelden:
        | eerder     | gift       | vrij       | mee      |
        | € 900,00   | € 300,01   | € 300,00   | € 0,01   |
        | € 1.200,00 | € 50,00    | € 0,00     | € 50,00  |
        | € 0,00     | € 1.500,00 | € 1.200,00 | € 300,00 |
    # Voorlopig: 1.000,00 + 250,00 = 1.250,00; de 50,00 boven de grens telt in deze maand
    # (interpretatie M04-maand-boven-giftengrens).

    @M04-003 @voorlopig
    Scenario: Giften en kostenbesparende bijdragen tellen samen op tot de grens
      Gegeven de peildatum is 2026-06-01
      En de belanghebbende ontvangt in de maand € 1.000,00 aan giften
      En de belanghebbende ontvangt in de maand € 250,00 aan kostenbesparende bijdragen
      Als de giftenvrijlating wordt beoordeeld
      Dan is € 1.200,00 vrijgelaten
      En telt € 50,00 mee als middelen
      En is de resterende ruimte dit kalenderjaar € 0,00
      En is de grondslag "art. 31 lid 1 Pw"
    # Art. 31 lid 2 onder m en art. 18 lid 8 Pw: giften en kostenbesparende bijdragen samen binnen de grens
    # van € 1.200,00 per kalenderjaar (Normenbrief 2026). 1.000,00 + 200,00 = 1.200,00, precies de grens:
    # ruimte 1.200,00 − 0,00 = 1.200,00; alles vrij, niets telt mee, resterende ruimte 0,00. Geen lezing nodig.

    @M04-011 @normenbrief-2026
    Scenario: Giften en kostenbesparende bijdragen samen precies tot de grens
      Gegeven de peildatum is 2026-06-01
      En de belanghebbende ontvangt in de maand € 1.000,00 aan giften
      En de belanghebbende ontvangt in de maand € 200,00 aan kostenbesparende bijdragen
      Als de giftenvrijlating wordt beoordeeld
      Dan is € 1.200,00 vrijgelaten
      En telt € 0,00 mee als middelen
      En is de resterende ruimte dit kalenderjaar € 0,00
      En is de grondslag "art. 31 lid 2 onder m Pw"

  Regel: Bijdragen van voedselbanken tellen nooit mee (art. 18 lid 8, tweede zin, Pw)

    @M04-004
    Scenario: Voedselpakketten tellen niet mee en gebruiken geen ruimte onder de grens
      Gegeven de peildatum is 2026-02-01
      En de belanghebbende ontvangt in de maand € 400,00 aan bijdragen van een voedselbank
      En de belanghebbende ontvangt in de maand € 0,00 aan giften
      Als de giftenvrijlating wordt beoordeeld
      Dan telt € 0,00 mee als middelen
      En is de resterende ruimte dit kalenderjaar € 1.200,00

  Regel: Vóór 2026 tellen giften mee, tenzij het college ze verantwoord acht (art. 31 lid 2 onder m Pw, oude tekst)

    @M04-005
    Abstract Scenario: De dag vóór en de dag van de inwerkingtreding
      Gegeven de peildatum is <peildatum>
      En de belanghebbende ontvangt in de maand € 100,00 aan giften
      Als de giftenvrijlating wordt beoordeeld
      Dan is <vrij> vrijgelaten
      En telt <mee> mee als middelen
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | peildatum  | vrij     | mee      | grondslag                |
        | 2025-12-31 | € 0,00   | € 100,00 | art. 31 lid 1 Pw         |
        | 2026-01-01 | € 100,00 | € 0,00   | art. 31 lid 2 onder m Pw |

    @M04-006
    Scenario: Vóór 2026 acht het college de gift verantwoord
      Gegeven de peildatum is 2025-12-31
      En de belanghebbende ontvangt in de maand € 100,00 aan giften
      En het college acht de giften uit een oogpunt van bijstandsverlening verantwoord
      Als de giftenvrijlating wordt beoordeeld
      Dan is € 100,00 vrijgelaten
      En telt € 0,00 mee als middelen

  Regel: Ongeldige invoer wordt geweigerd en elk onjuist gegeven genoemd

    @M04-007
    Scenario: Een negatief giftenbedrag bestaat niet
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende ontvangt in de maand € -10,00 aan giften
      Als de giftenvrijlating wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "giftenInDeMaand"

    @M04-008
    Scenario: Een peildatum die niet bestaat
      Gegeven de peildatum is 2026-02-30
      En de belanghebbende ontvangt in de maand € 10,00 aan giften
      Als de giftenvrijlating wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "peildatum"

  Regel: Vóór 2026 tellen ook kostenbesparende bijdragen mee, tenzij het college ze verantwoord acht (art. 31 lid 1 en lid 2 onder m Pw, oude tekst)
    # Art. 31 lid 1 Pw: alle middelen tellen mee. Vóór 2026 liet lid 2 onder m (oude tekst) giften en
    # kostenbesparende bijdragen alleen vrij als het college ze uit een oogpunt van bijstandsverlening
    # verantwoord achtte (zoals M04-005 en M04-006). Zonder dat oordeel tellen beide mee:
    # € 100,00 + € 50,00 = € 150,00 telt mee, € 0,00 is vrijgelaten.

    @M04-010
    Scenario: Vóór 2026 tellen giften en kostenbesparende bijdragen samen mee
      Gegeven de peildatum is 2025-12-31
      En de belanghebbende ontvangt in de maand € 100,00 aan giften
      En de belanghebbende ontvangt in de maand € 50,00 aan kostenbesparende bijdragen
      Als de giftenvrijlating wordt beoordeeld
      Dan is € 0,00 vrijgelaten
      En telt € 150,00 mee als middelen
      En is de grondslag "art. 31 lid 1 Pw"

  Regel: In de berekening van de maand tellen giften vóór 2026 volledig mee; de berekening kent geen oordeel van het college (art. 31 lid 1 en lid 2 onder m Pw)
    # Vóór 2026 (oude tekst van lid 2 onder m) blijft een gift alleen buiten beschouwing als het college haar
    # verantwoord acht; de berekening krijgt dat oordeel niet (het contract noemt dat bij `giften`), dus telt
    # de gift van € 100,00 in december 2025 volledig mee (art. 31 lid 1 Pw). Vanaf 2026 ligt € 100,00 onder
    # de jaargrens van € 1.200,00 (lid 2 onder m, nieuwe tekst): er telt € 0,00 mee.

    @M04-012
    Abstract Scenario: Een gift in de berekening de maand vóór en de maand van de inwerkingtreding
      Gegeven de peildatum is <peildatum>
      En de bijstandsmaand is <maand>
      En de belanghebbende is 35 jaar
      En het huishouden krijgt in de maand € 100,00 aan giften
      Als de bijstand over de maand wordt berekend
      Dan is het inkomen dat met de bijstand wordt verrekend <inkomen>

      Voorbeelden:
        | peildatum  | maand   | inkomen  |
        | 2025-12-01 | 2025-12 | € 100,00 |
        | 2026-01-01 | 2026-01 | € 0,00   |
