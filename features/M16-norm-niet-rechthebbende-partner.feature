# language: nl
@M16
Functionaliteit: Norm bij een partner zonder recht op algemene bijstand
  Heeft een van de echtgenoten geen recht op algemene bijstand (bijvoorbeeld omdat hij is uitgesloten
  door art. 13 Pw), dan krijgt de rechthebbende echtgenoot een deel van de norm die voor hem zou gelden
  als hij gehuwd was met een rechthebbende echtgenoot van zijn eigen leeftijd (art. 24 Pw). Tot en met
  2026 is dat 50 %; vanaf 1 januari 2027 70 % (Participatiewet in balans, M16).
  De maatregel is voorlopig: de tekst van art. 24 per 2027 staat nog niet in de bronnen. Alle scenario's
  dragen daarom @voorlopig, ook die van vóór 2027. pwib neemt aan dat in 2027 alleen het percentage
  verandert. Bedragen: Normenbrief 1 januari 2026, Bijlage I; die van 1 juli 2026 (ook gebruikt op
  1 januari 2027, zolang de indexering per 2027 onbekend is) uit een secundaire bron.

  Regel: Een rechthebbende van 21 jaar of ouder zonder kostendelende medebewoners krijgt 50 % (vanaf 2027 70 %, voorlopig) van de gehuwdennorm voor zijn eigen leeftijd (art. 24 onder a Pw); alle scenario's van deze voorlopige maatregel zijn @voorlopig

    @M16-001 @voorlopig @normenbrief-2026
    Abstract Scenario: Van 50 % naar 70 % van de gehuwdennorm op 1 januari 2027
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is 40 jaar
      En de belanghebbende is gehuwd met een partner van 38 jaar
      En de partner heeft geen recht op algemene bijstand
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm <norm>
      En is de norm <percentage> van de gehuwdennorm voor de leeftijd van de belanghebbende
      En is de leefvorm gehuwden
      En is de grondslag "art. 24 onder a Pw"

      Voorbeelden:
        | peildatum  | norm       | percentage |
        | 2025-12-31 | € 977,90   |       50 % |
        | 2026-01-01 | € 1.001,07 |       50 % |
        | 2026-12-31 | € 1.013,90 |       50 % |
        | 2027-01-01 | € 1.419,45 |       70 % |

    @M16-002 @voorlopig @normenbrief-2026
    Scenario: De leeftijd van de partner zonder recht telt niet mee
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 40 jaar
      En de belanghebbende is gehuwd met een partner van 70 jaar
      En de partner heeft de pensioengerechtigde leeftijd bereikt
      En de partner heeft geen recht op algemene bijstand
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm € 1.001,07
      En is de grondslag "art. 24 onder a Pw"

    @M16-003 @voorlopig @normenbrief-2026
    Abstract Scenario: Een rechthebbende met de pensioengerechtigde leeftijd krijgt een deel van de AOW-gehuwdennorm
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is 68 jaar
      En de belanghebbende heeft de pensioengerechtigde leeftijd bereikt
      En de belanghebbende is gehuwd met een partner van 60 jaar
      En de partner heeft geen recht op algemene bijstand
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm <norm>
      En is de norm <percentage> van de gehuwdennorm voor de leeftijd van de belanghebbende

      Voorbeelden:
        | peildatum  | norm       | percentage |
        | 2026-01-01 | € 1.072,08 |       50 % |
        | 2027-01-01 | € 1.523,27 |       70 % |

    @M16-004 @voorlopig @normenbrief-2026
    Scenario: Een partner van 17 jaar heeft zelf geen recht (art. 13 lid 1 onder f Pw)
      Gegeven de peildatum is 2026-02-01
      En de belanghebbende is 22 jaar
      En de belanghebbende is gehuwd met een partner van 17 jaar
      En de partner heeft geen recht op algemene bijstand
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm € 1.001,07
      En is de grondslag "art. 24 onder a Pw"

  Regel: Een rechthebbende jonger dan 21 jaar krijgt 50 % (vanaf 2027 70 %, voorlopig) van de jongerennorm voor gehuwden van zijn leeftijd, met of zonder kinderen (art. 24 onder b Pw)

    @M16-005 @voorlopig @normenbrief-2026
    Abstract Scenario: De jongerennorm voor gehuwden die beiden 18, 19 of 20 jaar zijn als maatstaf
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is 19 jaar
      En de belanghebbende is gehuwd met een partner van 25 jaar
      En de partner heeft geen recht op algemene bijstand
      En er komen <kinderen> kinderen ten laste van het huishouden
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm <norm>
      En is de norm <percentage> van de gehuwdennorm voor de leeftijd van de belanghebbende
      En is de grondslag "art. 24 onder b Pw"

      Voorbeelden:
        | peildatum  | kinderen | norm     | percentage |
        | 2026-01-01 |        0 | € 345,99 |       50 % |
        | 2026-01-01 |        1 | € 546,21 |       50 % |
        | 2027-01-01 |        1 | € 774,48 |       70 % |

  Regel: Met kostendelende medebewoners geldt niet art. 24 maar art. 22a: de partner zonder recht van 21 jaar of ouder telt mee voor A, en de norm is alleen het deel van de rechthebbende echtgenoot (art. 22a lid 1 en 2 Pw); voorlopig zoals de hele maatregel
    # Vóór 2027 (art. 22a en 24 Pw, tekst per 1 januari 2026) beslist NORM-026 dezelfde regel.

    @M16-006 @voorlopig @normenbrief-2026
    Abstract Scenario: Het deel van de rechthebbende in de kostendelersnorm
      Gegeven de peildatum is <peildatum>
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
        | peildatum  | partner | norm     |
        | 2027-01-01 |      38 | € 878,71 |

    @M16-007 @voorlopig @normenbrief-2026
    Scenario: Tijdelijk elders voor mantelzorg: art. 24 alsof er geen kostendelende medebewoners zijn
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende is 45 jaar
      En de belanghebbende is gehuwd met een partner van 44 jaar
      En de partner heeft geen recht op algemene bijstand
      En in de woning woont ook een medebewoner van 70 jaar
      En de belanghebbende verblijft tijdelijk elders om mantelzorg te geven bij een intensieve zorgbehoefte
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm € 1.001,07
      En is de kostendelersnorm niet van toepassing
      En is de grondslag "art. 24 onder a Pw"

  Regel: Met een rechthebbende partner geldt de gewone gehuwdennorm, ook na 1 januari 2027 (art. 21 onder b Pw); voorlopig zoals de hele maatregel

    @M16-008 @voorlopig
    Abstract Scenario: Gehuwden die allebei recht hebben merken niets van de maatregel
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is 40 jaar
      En de belanghebbende is gehuwd met een partner van 38 jaar
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm € 2.027,79
      En geldt de norm bij een partner zonder recht op algemene bijstand niet
      En is de grondslag "art. 21 onder b Pw"

      Voorbeelden:
        | peildatum  |
        | 2026-12-31 |
        | 2027-01-01 |

  Regel: Ongeldige invoer wordt geweigerd en elk onjuist gegeven genoemd

    @M16-009 @voorlopig
    Scenario: Zonder partner kan de partner geen recht missen
      Gegeven de peildatum is 2027-01-01
      En de belanghebbende is 40 jaar
      En de partner heeft geen recht op algemene bijstand
      Als de bijstandsnorm wordt vastgesteld
      Dan wordt de invoer geweigerd met een melding over "huishouden.partnerHeeftRecht"
