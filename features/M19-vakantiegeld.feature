# language: nl
@M19 @voorlopig
Functionaliteit: Vakantiegeld en IKB bij de verrekening
  Voorlopig: de regeling per 2027 staat nog niet in de bronnen. Vanaf 1 januari 2027 geldt een
  standaardwijze (art. 31 lid 4 Pw en de Regeling Participatiewet, IOAW en IOAZ): het netto inkomen
  van een maand wordt verrekend met de bijstand zonder vakantietoeslag, en de aanspraak op
  vakantietoeslag over dat inkomen met de vakantietoeslag die in de bijstand wordt gereserveerd.
  Uitbetaald vakantiegeld of het vakantiedeel van een individueel keuzebudget telt dan niet nog eens
  als inkomen. De aanspraak volgt uit de formules van art. 11-14 van de Regeling (2026: Normenbrief
  1 januari 2026, Bijlage IV; pwib neemt de aftrek van "€ 02,67" en "€ 01,68" letterlijk over).
  Tot 2027 telt uitbetaald vakantiegeld als inkomen in de maand waarin het wordt ontvangen.

  Regel: Vanaf 2027 gaat de vakantieaanspraak af van de gereserveerde vakantietoeslag en telt uitbetaald vakantiegeld niet nog eens (art. 31 lid 4 Pw)

    @M19-001
    Abstract Scenario: Vakantiegeld in de maand van uitbetaling, de dag vóór en de dag van de inwerkingtreding
      Gegeven de peildatum is <peildatum>
      En het netto inkomen in de maand zonder vakantiegeld is € 600,00
      En de werkgever betaalt in de maand € 480,00 vakantiegeld of vakantiedeel van het keuzebudget uit
      Als de verrekening van vakantiegeld wordt beoordeeld
      Dan wordt <bijstand> met de bijstand verrekend
      En wordt <toeslag> met de gereserveerde vakantietoeslag verrekend
      En telt <als_inkomen> van het uitbetaalde vakantiegeld als inkomen in de maand

      Voorbeelden:
        | peildatum  | bijstand   | toeslag | als_inkomen |
        | 2026-12-31 | € 1.080,00 | € 0,00  | € 480,00    |
        | 2027-01-01 | € 600,00   | € 48,00 | € 0,00      |

    @M19-002
    Scenario: Vóór 2027 is er nog geen standaardwijze
      Gegeven de peildatum is 2026-05-01
      En het netto inkomen in de maand zonder vakantiegeld is € 600,00
      Als de verrekening van vakantiegeld wordt beoordeeld
      Dan geldt de standaardwijze van verrekening nog niet
      En is de grondslag "art. 31 lid 1 Pw"

    @M19-003
    Scenario: Een maandelijks uitbetaald keuzebudget telt niet als inkomen
      Gegeven de peildatum is 2027-06-01
      En het netto inkomen in de maand zonder vakantiegeld is € 1.000,00
      En de werkgever betaalt in de maand € 80,00 vakantiegeld of vakantiedeel van het keuzebudget uit
      Als de verrekening van vakantiegeld wordt beoordeeld
      Dan geldt de standaardwijze van verrekening
      En is de vakantieaanspraak over het inkomen € 59,23
      En wordt € 1.000,00 met de bijstand verrekend
      En telt € 0,00 van het uitbetaalde vakantiegeld als inkomen in de maand
      En is de grondslag "art. 31 lid 4 Pw"

  Regel: De vakantieaanspraak volgt uit de schijven van art. 11-14 van de Regeling: een percentage van het netto inkomen per maand min een vast bedrag

    @M19-004 @normenbrief-2026
    Abstract Scenario: Inkomen uit tegenwoordige arbeid, op de grenzen van de schijven (art. 11)
      Gegeven de peildatum is 2027-03-01
      En het netto inkomen in de maand zonder vakantiegeld is <inkomen>
      Als de verrekening van vakantiegeld wordt beoordeeld
      Dan is de vakantieaanspraak over het inkomen <aanspraak>
      En is de formule "<formule>"

      Voorbeelden:
        | inkomen    | aanspraak | formule                  |
        | € 0,00     | € 0,00    | 8.00 % × inkomen         |
        | € 876,38   | € 70,11   | 8.00 % × inkomen         |
        | € 876,39   | € 49,34   | 8.00 % × inkomen − 20.77 |
        | € 1.059,26 | € 82,07   | 8.00 % × inkomen − 2.67  |
        | € 2.175,48 | € 107,53  | 5.02 % × inkomen − 1.68  |

    @M19-005 @normenbrief-2026
    Abstract Scenario: Inkomen uit vroegere arbeid en inkomen zonder algemene heffingskorting (art. 12 en 13)
      Gegeven de peildatum is 2027-03-01
      En het netto inkomen in de maand zonder vakantiegeld is <inkomen>
      En het inkomen is <soort>
      Als de verrekening van vakantiegeld wordt beoordeeld
      Dan is de vakantieaanspraak over het inkomen <aanspraak>

      Voorbeelden:
        | soort                                   | inkomen    | aanspraak |
        | vroegere arbeid                         | € 700,00   | € 35,98   |
        | vroegere arbeid                         | € 1.800,00 | € 110,90  |
        | vroegere arbeid                         | € 2.000,00 | € 126,54  |
        | inkomen zonder algemene heffingskorting | € 1.000,00 | € 80,00   |

    @M19-006 @normenbrief-2026
    Abstract Scenario: Gekorte AOW van een alleenstaande en van gehuwden (art. 14 lid 1)
      Gegeven de peildatum is 2027-03-01
      En de belanghebbende is 68 jaar
      En de belanghebbende heeft de pensioengerechtigde leeftijd bereikt
      En de belanghebbende is gehuwd met een partner van <partner> jaar
      En het netto inkomen in de maand zonder vakantiegeld is <inkomen>
      En het inkomen is gekorte AOW
      Als de verrekening van vakantiegeld wordt beoordeeld
      Dan is de vakantieaanspraak over het inkomen <aanspraak>

      Voorbeelden:
        | partner | inkomen    | aanspraak |
        | 60      | € 1.500,00 | € 101,70  |
        | 60      | € 1.507,16 | € 81,71   |
        | 60      | € 1.600,00 | € 88,00   |

    @M19-007 @normenbrief-2026
    Scenario: Gekorte AOW van een alleenstaande
      Gegeven de peildatum is 2027-03-01
      En de belanghebbende is 68 jaar
      En de belanghebbende heeft de pensioengerechtigde leeftijd bereikt
      En het netto inkomen in de maand zonder vakantiegeld is € 1.000,00
      En het inkomen is gekorte AOW
      Als de verrekening van vakantiegeld wordt beoordeeld
      Dan is de vakantieaanspraak over het inkomen € 65,10

    @M19-010 @normenbrief-2026
    Abstract Scenario: Gekorte AOW van gehuwden die allebei de pensioengerechtigde leeftijd hebben (art. 14 lid 1 onder b)
      Gegeven de peildatum is 2027-03-01
      En de belanghebbende is 68 jaar
      En de belanghebbende heeft de pensioengerechtigde leeftijd bereikt
      En de belanghebbende is gehuwd met een partner van 67 jaar
      En de partner heeft de pensioengerechtigde leeftijd bereikt
      En het netto inkomen in de maand zonder vakantiegeld is <inkomen>
      En het inkomen is gekorte AOW
      Als de verrekening van vakantiegeld wordt beoordeeld
      Dan is de vakantieaanspraak over het inkomen <aanspraak>
      En is de formule "6.78 % × inkomen"

      Voorbeelden:
        | inkomen    | aanspraak |
        | € 1.500,00 | € 101,70  |
        | € 1.507,16 | € 102,19  |
        | € 1.600,00 | € 108,48  |

    @M19-008 @normenbrief-2026
    Scenario: Ander inkomen naast een gekorte AOW (art. 14 lid 2)
      Gegeven de peildatum is 2027-03-01
      En de belanghebbende is 68 jaar
      En de belanghebbende heeft de pensioengerechtigde leeftijd bereikt
      En het netto inkomen in de maand zonder vakantiegeld is € 500,00
      En het inkomen is ander inkomen naast een gekorte AOW
      Als de verrekening van vakantiegeld wordt beoordeeld
      Dan is de vakantieaanspraak over het inkomen € 40,00

  Regel: Ongeldige invoer wordt geweigerd en elk onjuist gegeven genoemd

    @M19-009
    Scenario: Gekorte AOW zonder de pensioengerechtigde leeftijd
      Gegeven de peildatum is 2027-03-01
      En de belanghebbende is 45 jaar
      En het netto inkomen in de maand zonder vakantiegeld is € 1.000,00
      En het inkomen is gekorte AOW
      Als de verrekening van vakantiegeld wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "soortInkomen"
