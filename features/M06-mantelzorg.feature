# language: nl
@M06
Functionaliteit: Mantelzorg: geen kostendelersnorm, geen opschorting en geen inkomen
  Sinds 1 januari 2026 is de kostendelersnorm niet van toepassing op de belanghebbende die
  voor het leveren van mantelzorg bij een intensieve zorgbehoefte tijdelijk elders zijn
  hoofdverblijf heeft (art. 22a lid 4 Pw). Daarvóór gold de kostendelersnorm ook dan. In die
  situatie schort het college de betaling ook niet op omdat zijn adres afwijkt van de
  basisregistratie personen (art. 40 lid 3 onder d Pw). Alle drie de feiten moeten vaststaan:
  intensieve zorgbehoefte, hoofdverblijf elders, tijdelijk. Onbetaalde mantelzorg is geen op loon
  te waarderen arbeid en telt dus niet als inkomen (art. 33 lid 6 Pw).
  Bedragen: Normenbrief 1 januari 2026, Bijlage I en II.

  Regel: De kostendelersnorm geldt niet bij tijdelijk verblijf elders voor intensieve mantelzorg (art. 22a lid 4 Pw)

    @M06-001 @normenbrief-2026
    Scenario: Mantelzorger bij een ouder met een kostendelende medebewoner houdt de alleenstaandennorm
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is 45 jaar
      En in de woning woont ook een medebewoner van 70 jaar
      En de belanghebbende verblijft tijdelijk elders om mantelzorg te geven bij een intensieve zorgbehoefte
      Als de kostendelersnorm wordt beoordeeld
      Dan is de kostendelersnorm niet van toepassing
      En is de norm € 1.401,50
      En is de grondslag "art. 21 onder a Pw"

    @M06-002 @normenbrief-2026
    Abstract Scenario: De dag vóór en de dag van de inwerkingtreding
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is 45 jaar
      En in de woning woont ook een medebewoner van 70 jaar
      En de belanghebbende verblijft tijdelijk elders om mantelzorg te geven bij een intensieve zorgbehoefte
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm <norm>

      Voorbeelden:
        | peildatum  | norm       |
        | 2025-12-31 | € 977,90   |
        | 2026-01-01 | € 1.401,50 |

    @M06-003 @normenbrief-2026
    Abstract Scenario: Met meer medebewoners geldt vóór 2026 een lagere kostendelersnorm, daarna geen
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is 50 jaar
      En in de woning woont ook een medebewoner van 75 jaar
      En in de woning woont ook een medebewoner van 48 jaar
      En de belanghebbende verblijft tijdelijk elders om mantelzorg te geven bij een intensieve zorgbehoefte
      Als de kostendelersnorm wordt beoordeeld
      Dan is de norm <norm>
      En zijn er 2 kostendelende medebewoners

      Voorbeelden:
        | peildatum  | norm       |
        | 2025-12-31 | € 847,51   |
        | 2026-01-01 | € 1.401,50 |

    @M06-004 @normenbrief-2026
    Scenario: Een gehuwde mantelzorger houdt de gehuwdennorm
      Gegeven de peildatum is 2026-02-01
      En de belanghebbende is 60 jaar
      En de belanghebbende is gehuwd met een partner van 58 jaar
      En in de woning woont ook een medebewoner van 85 jaar
      En de belanghebbende verblijft tijdelijk elders om mantelzorg te geven bij een intensieve zorgbehoefte
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm € 2.002,13
      En is de kostendelersnorm niet van toepassing

    @M06-005 @normenbrief-2026
    Scenario: Een mantelzorger met de pensioengerechtigde leeftijd houdt de AOW-norm
      Gegeven de peildatum is 2026-04-01
      En de belanghebbende is 68 jaar
      En de belanghebbende heeft de pensioengerechtigde leeftijd bereikt
      En in de woning woont ook een medebewoner van 92 jaar
      En de belanghebbende verblijft tijdelijk elders om mantelzorg te geven bij een intensieve zorgbehoefte
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm € 1.564,69
      En is de grondslag "art. 22 onder a Pw"

    @M06-006 @voorlopig
    Scenario: De uitzondering geldt ook na de indexering van 1 juli 2026
      Gegeven de peildatum is 2026-07-01
      En de belanghebbende is 45 jaar
      En in de woning woont ook een medebewoner van 70 jaar
      En de belanghebbende verblijft tijdelijk elders om mantelzorg te geven bij een intensieve zorgbehoefte
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm € 1.419,46

  Regel: Zonder mantelzorg elders geldt de kostendelersnorm gewoon (art. 22a lid 1 Pw)

    @M06-007 @normenbrief-2026
    Scenario: Wie thuis woont met een kostendelende medebewoner krijgt de kostendelersnorm
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is 45 jaar
      En in de woning woont ook een medebewoner van 70 jaar
      Als de kostendelersnorm wordt beoordeeld
      Dan is de kostendelersnorm van toepassing
      En is de norm € 1.001,07
      En is de grondslag "art. 22a lid 1 Pw"

    @M06-008
    Scenario: Mantelzorg elders zonder medebewoners verandert niets
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is 30 jaar
      En de belanghebbende verblijft tijdelijk elders om mantelzorg te geven bij een intensieve zorgbehoefte
      Als de kostendelersnorm wordt beoordeeld
      Dan is de norm € 1.401,50
      En zijn er 0 kostendelende medebewoners
    # Niet tijdelijk: art. 22a lid 4 Pw geldt niet, dus art. 22a lid 1: A = 2 (belanghebbende en
    # medebewoner), (40 + 30 × 2) / 2 = 50 % van B = € 2.002,13 (art. 21 onder b) = € 1.001,065
    # -> € 1.001,07 (Normenbrief 2026, Bijlage II).

    @M06-018 @normenbrief-2026
    Scenario: Wie blijvend elders woont voor de mantelzorg, valt niet onder de uitzondering
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 45 jaar
      En in de woning woont ook een medebewoner van 70 jaar
      En de belanghebbende verleent mantelzorg bij een intensieve zorgbehoefte
      En hij maakt voor die mantelzorg gebruik van een hoofdverblijf elders
      En dat hoofdverblijf elders is blijvend
      Als de kostendelersnorm wordt beoordeeld
      Dan is de kostendelersnorm van toepassing
      En is de norm € 1.001,07
      En is de grondslag "art. 22a lid 1 Pw"
    # Geen intensieve zorgbehoefte: art. 22a lid 4 Pw geldt niet; zelfde berekening als M06-018: € 1.001,07.

    @M06-019 @normenbrief-2026
    Scenario: Zonder intensieve zorgbehoefte geldt de kostendelersnorm ook bij tijdelijk verblijf elders
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 45 jaar
      En in de woning woont ook een medebewoner van 70 jaar
      En de belanghebbende verleent mantelzorg zonder dat er een intensieve zorgbehoefte is
      En hij maakt voor die mantelzorg gebruik van een hoofdverblijf elders
      En dat hoofdverblijf elders is tijdelijk
      Als de kostendelersnorm wordt beoordeeld
      Dan is de kostendelersnorm van toepassing
      En is de norm € 1.001,07

  Regel: Geen opschorting wegens een afwijkend BRP-adres bij tijdelijk verblijf elders voor intensieve mantelzorg (art. 40 lid 2 en 3 onder d Pw)
    # Art. 40 lid 2: het adres wijkt af, dus opschorten, tenzij lid 3; onder d geldt: alle drie de
    # feiten staan vast, en het is de dag van de inwerkingtreding (Stb. 2025, 312: 1 januari 2026).

    @M06-010
    Scenario: Mantelzorger die tijdelijk elders woont, houdt zijn betaling
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is 52 jaar
      En het adres dat de belanghebbende opgeeft wijkt af van zijn adres in de basisregistratie personen
      En de belanghebbende verblijft tijdelijk elders om mantelzorg te geven bij een intensieve zorgbehoefte
      Als de opschorting van de betaling wordt beoordeeld
      Dan schort het college de betaling van de bijstand niet op
      En geldt de uitzondering voor mantelzorg elders
      En is de grondslag "art. 40 lid 3 onder d Pw"
    # Voorlopig: de tekst van art. 40 vóór 2026 staat niet in de bronnen; aangenomen is dat lid 2 en
    # lid 3 onder a-c gelijk waren en onder d nieuw is (M06). Dan: afwijking, geen a-c -> opschorten.

    @M06-011 @voorlopig
    Scenario: De dag vóór de inwerkingtreding bestaat de uitzondering voor mantelzorg nog niet
      Gegeven de peildatum is 2025-12-31
      En de belanghebbende is 52 jaar
      En het adres dat de belanghebbende opgeeft wijkt af van zijn adres in de basisregistratie personen
      En de belanghebbende verblijft tijdelijk elders om mantelzorg te geven bij een intensieve zorgbehoefte
      Als de opschorting van de betaling wordt beoordeeld
      Dan schort het college de betaling van de bijstand op
      En is de grondslag "art. 40 lid 2 Pw (tekst tot 1 januari 2026)"
    # Niet tijdelijk: onder d geldt niet, a-c zijn niet vastgesteld: opschorten (art. 40 lid 2).

    @M06-012
    Scenario: Wie blijvend elders woont voor de mantelzorg, valt niet onder onder d
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 52 jaar
      En het adres dat de belanghebbende opgeeft wijkt af van zijn adres in de basisregistratie personen
      En de belanghebbende verleent mantelzorg bij een intensieve zorgbehoefte
      En hij maakt voor die mantelzorg gebruik van een hoofdverblijf elders
      En dat hoofdverblijf elders is blijvend
      Als de opschorting van de betaling wordt beoordeeld
      Dan schort het college de betaling van de bijstand op
      En geldt geen uitzondering op de opschorting
      En is de grondslag "art. 40 lid 2 Pw"

    @M06-013
    Scenario: Zonder intensieve zorgbehoefte valt tijdelijk verblijf elders niet onder onder d
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 52 jaar
      En het adres dat de belanghebbende opgeeft wijkt af van zijn adres in de basisregistratie personen
      En de belanghebbende verleent mantelzorg zonder dat er een intensieve zorgbehoefte is
      En hij maakt voor die mantelzorg gebruik van een hoofdverblijf elders
      En dat hoofdverblijf elders is tijdelijk
      Als de opschorting van de betaling wordt beoordeeld
      Dan schort het college de betaling van de bijstand op
      En is de grondslag "art. 40 lid 2 Pw"

    @M06-014
    Scenario: Een afwijkend adres zonder uitzondering: de betaling wordt opgeschort
      Gegeven de peildatum is 2026-03-01
      En het adres dat de belanghebbende opgeeft wijkt af van zijn adres in de basisregistratie personen
      Als de opschorting van de betaling wordt beoordeeld
      Dan schort het college de betaling van de bijstand op
      En geldt geen uitzondering op de opschorting
      En is de grondslag "art. 40 lid 2 Pw"

    @M06-015
    Scenario: Zonder afwijkend adres is er niets op te schorten
      Gegeven de peildatum is 2026-03-01
      En het adres dat de belanghebbende opgeeft is zijn adres in de basisregistratie personen
      Als de opschorting van de betaling wordt beoordeeld
      Dan schort het college de betaling van de bijstand niet op
      En geldt geen uitzondering op de opschorting
      En is de grondslag "art. 40 lid 2 Pw"

    @M06-016
    Abstract Scenario: De andere uitzonderingen van lid 3
      Gegeven de peildatum is 2026-03-01
      En het adres dat de belanghebbende opgeeft wijkt af van zijn adres in de basisregistratie personen
      En <omstandigheid>
      Als de opschorting van de betaling wordt beoordeeld
      Dan schort het college de betaling van de bijstand niet op
      En geldt de uitzondering voor <uitzondering>
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | omstandigheid                                                                                       | uitzondering                          | grondslag                |
        | de afwijking kan redelijkerwijs geen gevolgen hebben voor het recht op of de hoogte van de bijstand | een afwijking zonder gevolgen         | art. 40 lid 3 onder a Pw |
        | de belanghebbende kan van de afwijking redelijkerwijs geen verwijt worden gemaakt                   | een afwijking die niet verwijtbaar is | art. 40 lid 3 onder b Pw |
        | naar het oordeel van het college zijn er dringende redenen om niet op te schorten                   | dringende redenen                     | art. 40 lid 3 onder c Pw |
    # Onder c en onder d gelden allebei; het contract noemt de eerste in de volgorde van lid 3: c.

    @M06-017
    Scenario: Gelden er twee uitzonderingen, dan noemt het besluit de eerste in de volgorde van de wet
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 52 jaar
      En het adres dat de belanghebbende opgeeft wijkt af van zijn adres in de basisregistratie personen
      En naar het oordeel van het college zijn er dringende redenen om niet op te schorten
      En de belanghebbende verblijft tijdelijk elders om mantelzorg te geven bij een intensieve zorgbehoefte
      Als de opschorting van de betaling wordt beoordeeld
      Dan schort het college de betaling van de bijstand niet op
      En geldt de uitzondering voor dringende redenen
      En is de grondslag "art. 40 lid 3 onder c Pw"

  Regel: Onbetaalde mantelzorg is geen op loon te waarderen arbeid en telt niet als inkomen (art. 33 lid 6 Pw)
    # Norm alleenstaande 21+: € 1.401,50 (art. 21 onder a; Normenbrief 2026, Bijlage I), waarvan 5 %
    # vakantietoeslag gereserveerd: € 70,075 -> € 70,08; maanddeel € 1.331,42. Inkomen: alleen de
    # uitkering van € 1.000,00; de mantelzorg heeft geen waarde als inkomen (art. 33 lid 6).
    # Betaald: € 1.331,42 - € 1.000,00 = € 331,42.

    @M06-020 @normenbrief-2026
    Scenario: De waarde van de mantelzorg wordt niet als inkomen verrekend
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 45 jaar
      En de belanghebbende verleent mantelzorg bij een intensieve zorgbehoefte
      En het huishouden ontvangt in de maand € 1.000,00 aan een andere uitkering
      Als de bijstand over de maand wordt berekend
      Dan is het inkomen dat met de bijstand wordt verrekend € 1.000,00
      En wordt over de maand € 331,42 bijstand betaald
    # Art. 22a lid 4 in de maand: geen kostendelersnorm, dus norm € 1.401,50 (art. 21 onder a),
    # vakantietoeslag € 70,08, geen inkomen (ook niet voor de mantelzorg): betaald € 1.331,42.

    @M06-021 @normenbrief-2026
    Scenario: Tijdelijk elders voor intensieve mantelzorg: de maand wordt berekend zonder kostendelersnorm en zonder inkomen uit de zorg
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 45 jaar
      En in de woning woont ook een medebewoner van 70 jaar
      En de belanghebbende verblijft tijdelijk elders om mantelzorg te geven bij een intensieve zorgbehoefte
      Als de bijstand over de maand wordt berekend
      Dan is de norm € 1.401,50
      En is het inkomen dat met de bijstand wordt verrekend € 0,00
      En wordt over de maand € 1.331,42 bijstand betaald

  Regel: Ongeldige invoer wordt geweigerd en elk onjuist gegeven genoemd

    @M06-009
    Scenario: Een belanghebbende van 17 jaar heeft geen bijstandsnorm
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is 17 jaar
      En de belanghebbende verblijft tijdelijk elders om mantelzorg te geven bij een intensieve zorgbehoefte
      Als de kostendelersnorm wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "huishouden.belanghebbende.leeftijd"
