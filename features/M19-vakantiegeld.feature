# language: nl
@M19 @voorlopig
Functionaliteit: Vakantiegeld en IKB bij de verrekening
  De aanspraak op vakantietoeslag over een inkomen volgt uit art. 11-14 van de Regeling (art. 31 lid 4
  Pw); de Normenbrief 1 januari 2026, Bijlage IV, geeft de formules "voor het jaar 2026", dus geldt de
  verrekening van die aanspraak met de gereserveerde vakantietoeslag al in 2026. Na 2026 gelden de
  formules voor 2026 voorlopig tot de nieuwe bijlage (art. 38 lid 5 Pw).
  Voorlopig: de regeling per 2027 staat nog niet in de bronnen. Vanaf 1 januari 2027 geldt een
  standaardwijze (art. 31 lid 4 Pw en de Regeling Participatiewet, IOAW en IOAZ): het netto inkomen
  van een maand wordt verrekend met de bijstand zonder vakantietoeslag, en de aanspraak op
  vakantietoeslag over dat inkomen met de vakantietoeslag die in de bijstand wordt gereserveerd.
  Uitbetaald vakantiegeld of het vakantiedeel van een individueel keuzebudget telt dan niet nog eens
  als inkomen. De aanspraak volgt uit de formules van art. 11-14 van de Regeling (2026: Normenbrief
  1 januari 2026, Bijlage IV; de aftrek in art. 11 schijf 3 en 4 is € 2,67 en € 1,68, zoals de
  afbeelding van pagina 7 ze toont). In 2026 telt uitbetaald vakantiegeld evenmin als inkomen in de maand
  waarin het wordt ontvangen: het is uitgesteld inkomen dat telt naar de maanden waarin het is verworven
  (art. 32 lid 2 Pw), en over die maanden is de aanspraak al verrekend (voorlopig, interpretatie
  M19-uitbetaling-2026: de tekst van paragraaf 6 van de Regeling staat niet in de bronnen).

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
      # 2026-12-31: art. 11 schijf 1 (€ 600,00 < € 876,39): 8,00 % × 600,00 = 48,00 met de vakantietoeslag;
      # het uitbetaalde vakantiegeld is uitgesteld inkomen (art. 32 lid 2 Pw) waarvan de aanspraak al is
      # verrekend: alleen 600,00 met de bijstand, 0,00 als inkomen.
      # 2027-01-01: dezelfde aanspraak (formules voor 2026, voorlopig); 480,00 telt niet nog eens (art. 31 lid 4).

      Voorbeelden:
        | peildatum  | bijstand | toeslag | als_inkomen |
        | 2026-12-31 | € 600,00 | € 48,00 | € 0,00      |
        | 2027-01-01 | € 600,00 | € 48,00 | € 0,00      |

    @M19-002
    Scenario: Vóór 2027 is er nog geen standaardwijze
      Gegeven de peildatum is 2026-05-01
      En het netto inkomen in de maand zonder vakantiegeld is € 600,00
      Als de verrekening van vakantiegeld wordt beoordeeld
      Dan geldt de standaardwijze van verrekening nog niet
      En is de grondslag "art. 31 lid 4 en art. 32 lid 2 Pw"

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
        | € 0,00     | € 0,00    |         8.00 % × inkomen |
        | € 876,38   | € 70,11   |         8.00 % × inkomen |
        | € 876,39   | € 49,34   | 8.00 % × inkomen − 20.77 |
        | € 1.059,26 | € 82,07   |  8.00 % × inkomen − 2.67 |
        | € 2.175,48 | € 107,53  |  5.02 % × inkomen − 1.68 |

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
        |      60 | € 1.500,00 | € 101,70  |
        |      60 | € 1.507,16 | € 81,71   |
        |      60 | € 1.600,00 | € 88,00   |

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

  Regel: In 2026 gelden de formules voor het jaar 2026 al: de aanspraak gaat af van de gereserveerde vakantietoeslag (art. 31 lid 4 Pw, Normenbrief 2026 Bijlage IV)
    # Art. 11 (tegenwoordige arbeid), op en naast elke schijfgrens; op hele centen, de helft naar boven:
    # 876,38 × 8,00 % = 70,1104 -> 70,11 (schijf 1)
    # 876,39 × 8,00 % − 20,77 = 70,1112 − 20,77 = 49,3412 -> 49,34 (schijf 2)
    # 1.059,25 × 8,00 % − 20,77 = 84,74 − 20,77 = 63,97 (schijf 2)
    # 1.059,26 × 8,00 % − 2,67 = 84,7408 − 2,67 = 82,0708 -> 82,07 (schijf 3)
    # 2.175,47 × 8,00 % − 2,67 = 174,0376 − 2,67 = 171,3676 -> 171,37 (schijf 3)
    # 2.175,48 × 5,02 % − 1,68 = 109,209096 − 1,68 = 107,529096 -> 107,53 (schijf 4)

    @M19-011 @normenbrief-2026
    Abstract Scenario: Inkomen uit tegenwoordige arbeid in 2026, de cent vóór en op elke schijfgrens (art. 11)
      Gegeven de peildatum is 2026-03-01
      En het netto inkomen in de maand zonder vakantiegeld is <inkomen>
      Als de verrekening van vakantiegeld wordt beoordeeld
      Dan geldt de standaardwijze van verrekening nog niet
      En is de vakantieaanspraak over het inkomen <aanspraak>
      En wordt <aanspraak> met de gereserveerde vakantietoeslag verrekend
      En is de formule "<formule>"

      Voorbeelden:
        | inkomen    | aanspraak | formule                  |
        | € 876,38   | € 70,11   |         8.00 % × inkomen |
        | € 876,39   | € 49,34   | 8.00 % × inkomen − 20.77 |
        | € 1.059,25 | € 63,97   | 8.00 % × inkomen − 20.77 |
        | € 1.059,26 | € 82,07   |  8.00 % × inkomen − 2.67 |
        | € 2.175,47 | € 171,37  |  8.00 % × inkomen − 2.67 |
        | € 2.175,48 | € 107,53  |  5.02 % × inkomen − 1.68 |
    # Art. 12 (vroegere arbeid):
    # 672,37 × 8,00 % = 53,7896 -> 53,79 (schijf 1); 672,38 × 5,14 % = 34,560332 -> 34,56 (schijf 2)
    # 726,15 × 8,00 % − 20,77 = 58,092 − 20,77 = 37,322 -> 37,32 (schijf 3)
    # 1.733,81 × 7,20 % − 18,70 = 124,83432 − 18,70 = 106,13432 -> 106,13 (schijf 4)
    # 1.851,75 × 8,00 % − 33,46 = 148,14 − 33,46 = 114,68 (schijf 5)
    # Art. 13 (zonder algemene heffingskorting): 1.000,00 × 8,00 % = 80,00

    @M19-012 @normenbrief-2026
    Abstract Scenario: Inkomen uit vroegere arbeid en inkomen zonder algemene heffingskorting in 2026 (art. 12 en 13)
      Gegeven de peildatum is 2026-03-01
      En het netto inkomen in de maand zonder vakantiegeld is <inkomen>
      En het inkomen is <soort>
      Als de verrekening van vakantiegeld wordt beoordeeld
      Dan is de vakantieaanspraak over het inkomen <aanspraak>

      Voorbeelden:
        | soort                                   | inkomen    | aanspraak |
        | vroegere arbeid                         | € 672,37   | € 53,79   |
        | vroegere arbeid                         | € 672,38   | € 34,56   |
        | vroegere arbeid                         | € 726,15   | € 37,32   |
        | vroegere arbeid                         | € 1.733,81 | € 106,13  |
        | vroegere arbeid                         | € 1.851,75 | € 114,68  |
        | inkomen zonder algemene heffingskorting | € 1.000,00 | € 80,00   |
    # Art. 14 lid 1 onder c (één echtgenoot pensioengerechtigd):
    # 1.507,15 × 6,78 % = 102,18477 -> 102,18 (inkomen lager dan 1.507,16)
    # 1.507,16 × 6,78 % − 20,48 = 102,185448 − 20,48 = 81,705448 -> 81,71 (inkomen 1.507,16 of meer)

    @M19-013 @normenbrief-2026
    Abstract Scenario: Gekorte AOW van gehuwden van wie één de pensioengerechtigde leeftijd heeft, in 2026 (art. 14 lid 1 onder c)
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 68 jaar
      En de belanghebbende heeft de pensioengerechtigde leeftijd bereikt
      En de belanghebbende is gehuwd met een partner van 60 jaar
      En het netto inkomen in de maand zonder vakantiegeld is <inkomen>
      En het inkomen is gekorte AOW
      Als de verrekening van vakantiegeld wordt beoordeeld
      Dan is de vakantieaanspraak over het inkomen <aanspraak>

      Voorbeelden:
        | inkomen    | aanspraak |
        | € 1.507,15 | € 102,18  |
        | € 1.507,16 | € 81,71   |
    # Art. 14 lid 1 onder a: 1.000,00 × 6,51 % = 65,10; art. 14 lid 2: 500,00 × 8,00 % = 40,00

    @M19-014 @normenbrief-2026
    Abstract Scenario: Gekorte AOW van een alleenstaande en ander inkomen naast een gekorte AOW, in 2026 (art. 14)
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 68 jaar
      En de belanghebbende heeft de pensioengerechtigde leeftijd bereikt
      En het netto inkomen in de maand zonder vakantiegeld is <inkomen>
      En het inkomen is <soort>
      Als de verrekening van vakantiegeld wordt beoordeeld
      Dan is de vakantieaanspraak over het inkomen <aanspraak>

      Voorbeelden:
        | soort                               | inkomen    | aanspraak |
        | gekorte AOW                         | € 1.000,00 | € 65,10   |
        | ander inkomen naast een gekorte AOW | € 500,00   | € 40,00   |

  Regel: Ongeldige invoer wordt geweigerd en elk onjuist gegeven genoemd

    @M19-009
    Scenario: Gekorte AOW zonder de pensioengerechtigde leeftijd
      Gegeven de peildatum is 2027-03-01
      En de belanghebbende is 45 jaar
      En het netto inkomen in de maand zonder vakantiegeld is € 1.000,00
      En het inkomen is gekorte AOW
      Als de verrekening van vakantiegeld wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "soortInkomen"
