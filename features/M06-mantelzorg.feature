# language: nl
@M06
Functionaliteit: Geen kostendelersnorm bij tijdelijk verblijf elders voor mantelzorg
  Sinds 1 januari 2026 is de kostendelersnorm niet van toepassing op de belanghebbende die
  voor het leveren van mantelzorg bij een intensieve zorgbehoefte tijdelijk elders zijn
  hoofdverblijf heeft (art. 22a lid 4 Pw). Daarvóór gold de kostendelersnorm ook dan.
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

  Regel: Ongeldige invoer wordt geweigerd en elk onjuist gegeven genoemd

    @M06-009
    Scenario: Een belanghebbende van 17 jaar heeft geen bijstandsnorm
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is 17 jaar
      En de belanghebbende verblijft tijdelijk elders om mantelzorg te geven bij een intensieve zorgbehoefte
      Als de kostendelersnorm wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "huishouden.belanghebbende.leeftijd"
