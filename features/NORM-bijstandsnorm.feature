# language: nl
@NORM
Functionaliteit: Bijstandsnorm en kostendelersnorm
  De norm per kalendermaand volgt uit leefvorm en leeftijd (art. 20, 21 en 22 Pw) en, bij
  kostendelende medebewoners, uit de kostendelersnorm (art. 19a en 22a Pw).
  Alle bedragen komen uit de Normenbrief 1 januari 2026 (Bijlage I en II); die van
  1 juli 2026 uit een secundaire bron en zijn daarom voorlopig.

  Regel: De norm hangt af van leefvorm en leeftijd (art. 20, 21 en 22 Pw)

    @NORM-001 @normenbrief-2026
    Abstract Scenario: Normen voor een alleenstaande van 21 jaar tot de pensioengerechtigde leeftijd
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is 35 jaar
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm <norm>
      En is de leefvorm alleenstaande
      En is de grondslag "art. 21 onder a Pw"

      Voorbeelden:
        | peildatum  | norm       |
        | 2025-07-01 | € 1.369,06 |
        | 2025-12-31 | € 1.369,06 |
        | 2026-01-01 | € 1.401,50 |
        | 2026-06-30 | € 1.401,50 |

    @NORM-002 @voorlopig
    Scenario: De alleenstaandennorm na de indexering van 1 juli 2026
      Gegeven de peildatum is 2026-07-01
      En de belanghebbende is 35 jaar
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm € 1.419,46

    @NORM-003 @normenbrief-2026
    Scenario: Gehuwden van 21 jaar of ouder
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is 40 jaar
      En de belanghebbende is gehuwd met een partner van 38 jaar
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm € 2.002,13
      En is de leefvorm gehuwden
      En is de grondslag "art. 21 onder b Pw"

    @NORM-004 @normenbrief-2026
    Abstract Scenario: Jongerennormen (art. 20 lid 1 en 2 Pw)
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is <leeftijd> jaar
      En de belanghebbende is gehuwd met een partner van <partner> jaar
      En er komen <kinderen> kinderen ten laste van het huishouden
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm <norm>
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | leeftijd | partner | kinderen | norm       | grondslag                |
        |       19 |      20 |        0 | € 691,98   | art. 20 lid 1 onder b Pw |
        |       19 |      20 |        1 | € 1.092,41 | art. 20 lid 2 onder b Pw |
        |       20 |      25 |        0 | € 1.347,06 | art. 20 lid 1 onder c Pw |
        |       20 |      25 |        2 | € 1.747,49 | art. 20 lid 2 onder c Pw |

    @NORM-005 @normenbrief-2026
    Abstract Scenario: Alleenstaande van 18, 19 of 20 jaar, en de grens van 21 jaar
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is <leeftijd> jaar
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm <norm>

      Voorbeelden:
        | leeftijd | norm       |
        |       18 | € 345,99   |
        |       20 | € 345,99   |
        |       21 | € 1.401,50 |

    @NORM-006 @normenbrief-2026
    Abstract Scenario: Normen na het bereiken van de pensioengerechtigde leeftijd
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is 68 jaar
      En de belanghebbende heeft de pensioengerechtigde leeftijd bereikt
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm <norm>
      En is de grondslag "art. 22 onder a Pw"

      Voorbeelden:
        | peildatum  | norm       |
        | 2025-12-31 | € 1.530,21 |
        | 2026-01-01 | € 1.564,69 |

    @NORM-007 @normenbrief-2026
    Scenario: Een alleenstaande ouder
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is 30 jaar
      En er komen 2 kinderen ten laste van het huishouden
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm € 1.401,50
      En is de leefvorm alleenstaande ouder
    # Art. 20 Pw, tekst per 1 januari 2026: een alleenstaande van 18, 19 of 20 jaar zonder ten laste komende kinderen
    # valt onder lid 1 onder a, een alleenstaande ouder van die leeftijd onder lid 2 onder a. Beide normen zijn
    # € 345,99 (Normenbrief 1 januari 2026, Bijlage I); de leefvorm en de grondslag verschillen.

    @NORM-024 @normenbrief-2026
    Abstract Scenario: Een alleenstaande van 19 jaar zonder of met een kind: art. 20 lid 1 of lid 2 onder a
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is 19 jaar
      En er komen <kinderen> kinderen ten laste van het huishouden
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm € 345,99
      En is de leefvorm <leefvorm>
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | kinderen | leefvorm            | grondslag                |
        |        0 | alleenstaande       | art. 20 lid 1 onder a Pw |
        |        1 | alleenstaande ouder | art. 20 lid 2 onder a Pw |

  Regel: Met kostendelende medebewoners is de norm ((40 + 30 × A) / A) % van de gehuwdennorm (art. 22a lid 1 Pw)

    @NORM-008 @normenbrief-2026
    Abstract Scenario: De kostendelersnorm naar het aantal personen A
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is 40 jaar
      En in de woning woont ook een medebewoner van 30 jaar
      En in de woning woont ook een medebewoner van <tweede> jaar
      Als de kostendelersnorm wordt beoordeeld
      Dan is de norm <norm>
      En zijn er <aantal> kostendelende medebewoners

      Voorbeelden:
        | peildatum  | tweede | aantal | norm       |
        | 2025-12-31 |     20 |      1 | € 977,90   |
        | 2026-01-01 |     20 |      1 | € 1.001,07 |
        | 2026-01-01 |     27 |      2 | € 867,59   |

    @NORM-009 @normenbrief-2026
    Scenario: Gehuwden met één kostendelende medebewoner krijgen de som van hun normen
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is 40 jaar
      En de belanghebbende is gehuwd met een partner van 38 jaar
      En in de woning woont ook een medebewoner van 65 jaar
      Als de kostendelersnorm wordt beoordeeld
      Dan is de norm € 1.735,18
      En is de grondslag "art. 22a lid 2 Pw"

    @NORM-010 @normenbrief-2026
    Scenario: Een echtgenoot van 18-20 jaar naast een echtgenoot van 21 jaar of ouder, met een kostendeler
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is 19 jaar
      En de belanghebbende is gehuwd met een partner van 30 jaar
      En in de woning woont ook een medebewoner van 50 jaar
      Als de kostendelersnorm wordt beoordeeld
      Dan is de norm € 1.347,06
      En is de grondslag "art. 22a lid 3 onder b Pw"
    # Art. 22a lid 1 Pw: de kostendelersnorm geldt voor wie 21 jaar of ouder is; daaronder geldt de jongerennorm van
    # art. 20 lid 1, ook met een kostendelende medebewoner. Normenbrief 1 januari 2026, Bijlage I: alleenstaande van
    # 18, 19 of 20 jaar € 345,99; gehuwden die beiden 18, 19 of 20 jaar zijn € 691,98.

    @NORM-020 @normenbrief-2026
    Scenario: Een alleenstaande van 19 jaar met een kostendelende medebewoner houdt de jongerennorm
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is 19 jaar
      En in de woning woont ook een medebewoner van 30 jaar
      Als de kostendelersnorm wordt beoordeeld
      Dan is de norm € 345,99
      En is de kostendelersnorm niet van toepassing

    @NORM-021 @normenbrief-2026
    Scenario: Gehuwden die beiden 19 jaar zijn, met een kostendelende medebewoner, houden de jongerennorm
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is 19 jaar
      En de belanghebbende is gehuwd met een partner van 19 jaar
      En in de woning woont ook een medebewoner van 30 jaar
      Als de kostendelersnorm wordt beoordeeld
      Dan is de norm € 691,98
      En is de kostendelersnorm niet van toepassing
    # Art. 22a lid 3 Pw: bij een echtgenoot van 18-20 naast een echtgenoot van 21+ met kostendelers is de norm het
    # deel van de oudere (art. 22a lid 1, A = 2: 50 % van de gehuwdennorm) plus het vaste deel voor de jongere
    # (Normenbrief 1 januari 2026, Bijlage I). Met een kind (onder a): 1 juli 2025 50 % × 1.955,80 = 977,90 + 729,14 =
    # 1.707,04; 1 januari 2026 50 % × 2.002,13 = 1.001,065, op centen 1.001,07, + 746,42 = 1.747,49. Zonder kind
    # (onder b) op 2025-12-31: 977,90 + 337,98 = 1.315,88 (op 2026-01-01 is dat 1.347,06, NORM-010).

    @NORM-022 @normenbrief-2026
    Abstract Scenario: Een echtgenoot van 19 met een kind naast een echtgenoot van 30, met een kostendeler, rond de jaarwisseling
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is 19 jaar
      En de belanghebbende is gehuwd met een partner van 30 jaar
      En er komen 1 kinderen ten laste van het huishouden
      En in de woning woont ook een medebewoner van 50 jaar
      Als de kostendelersnorm wordt beoordeeld
      Dan is de norm <norm>
      En is de grondslag "art. 22a lid 3 onder a Pw"

      Voorbeelden:
        | peildatum  | norm       |
        | 2025-12-31 | € 1.707,04 |
        | 2026-01-01 | € 1.747,49 |

    @NORM-023 @normenbrief-2026
    Scenario: Een echtgenoot van 19 zonder kind naast een echtgenoot van 30, met een kostendeler, op 31 december 2025
      Gegeven de peildatum is 2025-12-31
      En de belanghebbende is 19 jaar
      En de belanghebbende is gehuwd met een partner van 30 jaar
      En in de woning woont ook een medebewoner van 50 jaar
      Als de kostendelersnorm wordt beoordeeld
      Dan is de norm € 1.315,88
      En is de grondslag "art. 22a lid 3 onder b Pw"

    @NORM-011 @normenbrief-2026
    Scenario: Een kostendeler die de pensioengerechtigde leeftijd heeft bereikt
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is 70 jaar
      En de belanghebbende heeft de pensioengerechtigde leeftijd bereikt
      En in de woning woont ook een medebewoner van 40 jaar
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm € 1.072,08
    # De grens van 21 jaar in art. 22a lid 1 Pw ("de belanghebbende van 21 jaar of ouder"), met één kostendelende
    # medebewoner van 30 jaar, op 1 januari 2026. Op 20 jaar geldt de jongerennorm van art. 20 lid 1 onder a:
    # € 345,99. Op 21 jaar A = 2 (de belanghebbende en de kostendeler): (40 + 30 × 2) / 2 = 50 % van B = € 2.002,13
    # (art. 21 onder b) = 1.001,065, op hele centen € 1.001,07 (Normenbrief 1 januari 2026, Bijlage I).

    @NORM-025 @normenbrief-2026
    Abstract Scenario: De kostendelersnorm geldt vanaf 21 jaar
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is <leeftijd> jaar
      En in de woning woont ook een medebewoner van 30 jaar
      Als de kostendelersnorm wordt beoordeeld
      Dan zijn er 1 kostendelende medebewoners
      En is de norm <norm>

      Voorbeelden:
        | leeftijd | norm       |
        |       20 | € 345,99   |
        |       21 | € 1.001,07 |
    # Een echtgenoot zonder recht op algemene bijstand en een kostendelende medebewoner van 30 jaar, op 1 januari
    # 2026. Art. 24 onder a Pw geldt alleen voor een rechthebbende van 21 jaar of ouder zonder kostendelende
    # medebewoners, dus art. 22a. A telt de kostendelende medebewoners plus de belanghebbende en zijn echtgenoot van
    # 21 jaar of ouder (lid 1); de norm voor gehuwden is de som van de normen van de rechthebbende echtgenoten
    # (lid 2), hier alleen die van de belanghebbende van 40. B = € 2.002,13 (art. 21 onder b; Normenbrief 1 januari
    # 2026, Bijlage I).
    # Partner van 38: A = 3, (40 + 30 × 3) / 3 = 130/3 % van 2.002,13 = 867,5896..., op hele centen € 867,59.
    # Partner van 19: telt niet mee voor A, dus A = 2, 50 % van 2.002,13 = 1.001,065, op hele centen € 1.001,07.
    # (Art. 24 onder a zou 50 % van de gehuwdennorm geven, € 1.001,07, zonder kostendelersnorm.)

    @NORM-026 @normenbrief-2026
    Abstract Scenario: Met een partner zonder recht en een kostendeler is de norm het deel van de rechthebbende
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is 40 jaar
      En de belanghebbende is gehuwd met een partner van <partner> jaar
      En de partner heeft geen recht op algemene bijstand
      En in de woning woont ook een medebewoner van 30 jaar
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm <norm>
      En is de kostendelersnorm van toepassing
      En geldt de norm bij een partner zonder recht op algemene bijstand niet
      En is de grondslag "art. 22a lid 2 Pw"

      Voorbeelden:
        | partner | norm       |
        |      38 | € 867,59   |
        |      19 | € 1.001,07 |

  Regel: Wie niet kostendelend is (art. 19a lid 1 Pw)

    @NORM-012
    Abstract Scenario: Een medebewoner jonger dan 27 jaar telt niet mee
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is 50 jaar
      En in de woning woont ook een medebewoner van <leeftijd> jaar
      Als de kostendelersnorm wordt beoordeeld
      Dan zijn er <aantal> kostendelende medebewoners
      En is de norm <norm>

      Voorbeelden:
        | leeftijd | aantal | norm       |
        |       26 |      0 | € 1.401,50 |
        |       27 |      1 | € 1.001,07 |

    @NORM-013
    Scenario: Een commerciële huurder met een schriftelijke overeenkomst is geen kostendeler
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is 50 jaar
      En in de woning woont ook een medebewoner van 35 jaar
      En die medebewoner huurt van de belanghebbende met een schriftelijke overeenkomst tegen een commerciële prijs
      Als de kostendelersnorm wordt beoordeeld
      Dan is die medebewoner geen kostendeler op grond van "art. 19a lid 1 onder b Pw"
      En is de kostendelersnorm niet van toepassing

    @NORM-014
    Scenario: Een huurder die familie in de eerste of tweede graad is, blijft kostendeler
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is 50 jaar
      En in de woning woont ook een medebewoner van 35 jaar
      En die medebewoner huurt van de belanghebbende met een schriftelijke overeenkomst tegen een commerciële prijs
      En die medebewoner is een bloed- of aanverwant in de eerste of tweede graad van de belanghebbende
      Als de kostendelersnorm wordt beoordeeld
      Dan is die medebewoner een kostendeler
      En is de norm € 1.001,07

    @NORM-015
    Scenario: Een medehuurder van dezelfde verhuurder is geen kostendeler
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is 50 jaar
      En in de woning woont ook een medebewoner van 35 jaar
      En die medebewoner huurt met een schriftelijke overeenkomst tegen een commerciële prijs van dezelfde verhuurder als de belanghebbende
      Als de kostendelersnorm wordt beoordeeld
      Dan is die medebewoner geen kostendeler op grond van "art. 19a lid 1 onder c Pw"

    @NORM-016
    Scenario: Een student met aanspraak op studiefinanciering is geen kostendeler
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is 50 jaar
      En in de woning woont ook een medebewoner van 28 jaar
      En die medebewoner volgt onderwijs waarvoor aanspraak op studiefinanciering kan bestaan
      Als de kostendelersnorm wordt beoordeeld
      Dan is die medebewoner geen kostendeler op grond van "art. 19a lid 1 onder d Pw"
      En is de norm € 1.401,50

  Regel: Het oordeel over de medebewoners noemt elke medebewoner, in de volgorde van de aanvraag (art. 19a lid 1 Pw)
    # Vier medebewoners van een belanghebbende van 50 jaar, op 1 januari 2026:
    # 1. 30 jaar, niets bijzonders: 27 jaar of ouder, hoofdverblijf in de woning: kostendeler (art. 19a lid 1 Pw);
    # 2. 22 jaar: niet "van 27 jaar of ouder", dus geen kostendeler (art. 19a lid 1 Pw);
    # 3. 35 jaar, huurt met een schriftelijke overeenkomst tegen een commerciële prijs van de belanghebbende en is
    #    geen familie: uitgezonderd door art. 19a lid 1 onder b Pw;
    # 4. 28 jaar, volgt onderwijs waarvoor aanspraak op studiefinanciering kan bestaan: art. 19a lid 1 onder d Pw.
    # Eén kostendeler, dus A = 2 (de belanghebbende en de kostendeler): (40 + 30 × 2) / 2 = 50 % van de
    # gehuwdennorm van art. 21 onder b (Normenbrief 2026: € 2.002,13) = 1.001,065, op hele centen € 1.001,07.

    @NORM-018 @normenbrief-2026
    Scenario: Vier medebewoners, van wie er één kostendeler is
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is 50 jaar
      En in de woning woont ook een medebewoner van 30 jaar
      En in de woning woont ook een medebewoner van 22 jaar
      En in de woning woont ook een medebewoner van 35 jaar
      En die medebewoner huurt van de belanghebbende met een schriftelijke overeenkomst tegen een commerciële prijs
      En in de woning woont ook een medebewoner van 28 jaar
      En die medebewoner volgt onderwijs waarvoor aanspraak op studiefinanciering kan bestaan
      Als de kostendelersnorm wordt beoordeeld
      Dan zijn de oordelen over de medebewoners:
        | kostendeler | artikel                   |
        | ja          | art. 19a lid 1 Pw         |
        | nee         | art. 19a lid 1 Pw         |
        | nee         | art. 19a lid 1 onder b Pw |
        | nee         | art. 19a lid 1 onder d Pw |
      En zijn er 1 kostendelende medebewoners
      En is de norm € 1.001,07
    # Zonder medebewoners is er niemand te beoordelen; de norm is die van art. 21 onder a (Normenbrief 2026:
    # € 1.401,50).

    @NORM-019 @normenbrief-2026
    Scenario: Zonder medebewoners is er geen oordeel over een medebewoner
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is 50 jaar
      Als de kostendelersnorm wordt beoordeeld
      Dan zijn er geen medebewoners beoordeeld
      En is de kostendelersnorm niet van toepassing
      En is de norm € 1.401,50

  Regel: Ongeldige invoer wordt geweigerd en elk onjuist gegeven genoemd

    @NORM-017
    Scenario: Een onmogelijke peildatum
      Gegeven de peildatum is 2026-13-01
      En de belanghebbende is 40 jaar
      Als de bijstandsnorm wordt vastgesteld
      Dan wordt de invoer geweigerd met een melding over "peildatum"
