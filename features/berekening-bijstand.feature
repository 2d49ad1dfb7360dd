# language: nl
@BER
Functionaliteit: Berekening van de bijstand over een maand
  Wat wordt er over een maand betaald? De bijstand is de norm min het inkomen (art. 19 lid 2 Pw). In
  de norm is een vakantietoeslag van 5 % van de norm begrepen (art. 19 lid 3 Pw), die wordt
  gereserveerd en jaarlijks betaald (art. 45 lid 1 Pw); per maand wordt dus de norm zonder
  vakantietoeslag min het inkomen betaald, en inkomen boven dat maanddeel gaat af van de reservering.
  De berekening stelt de regels samen die ook afzonderlijk worden beoordeeld: de norm (art. 20-24a
  Pw), het vermogen (M05), de verrekening van betalingen (M18), vakantiegeld (M19), de
  inkomstenvrijlating (M13; tot 2027 art. 31 lid 2 Pw), giften (M04) en het bufferbudget (M14); met de
  feiten ervoor ook de jongerentoeslag (M03), het inkomen van een partner zonder recht (art. 32 lid 3 en 4
  Pw), een verlaging wegens afstemming of de taaleis (M22) en maatwerk in de norm (M24).
  "Om van te leven" is wat het huishouden in de maand in geld ontvangt: inkomen, bijstand en
  bufferbudget. De kale uitkering is wat zonder inkomen per maand zou worden betaald.

  Regel: Zonder inkomen wordt de norm zonder vakantietoeslag betaald en 5 % van de norm gereserveerd (art. 19 en 45 lid 1 Pw)

    @BER-001 @normenbrief-2026
    Abstract Scenario: De kale uitkering voor verschillende huishoudens
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En het huishouden "<huishouden>"
      Als de bijstand over de maand wordt berekend
      Dan is de norm <norm>
      En is de norm vastgesteld op grond van "<artikel>"
      En wordt <toeslag> vakantietoeslag gereserveerd
      En wordt over de maand <betaald> bijstand betaald
      En is de kale uitkering per maand <betaald>
      En houdt hij niet minder over dan de kale uitkering
      En is de grondslag "art. 19 lid 2 Pw"

      Voorbeelden:
        | huishouden                     | norm       | artikel            | toeslag  | betaald    |
        | alleenstaande-35               | € 1.401,50 | art. 21 onder a Pw | € 70,08  | € 1.331,42 |
        | gehuwden-40-38                 | € 2.002,13 | art. 21 onder b Pw | € 100,11 | € 1.902,02 |
        | alleenstaande-45-met-moeder-70 | € 1.001,07 | art. 22a lid 1 Pw  | € 50,05  | € 951,02   |
        | alleenstaande-pensioen-68      | € 1.564,69 | art. 22 onder a Pw | € 78,23  | € 1.486,46 |

  Regel: De norm van de maand is die van de peildatum: tot en met 31 december 2025 de normen van 1 juli 2025, van 1 januari tot en met 30 juni 2026 die van 1 januari 2026 (Normenbrief 1 januari 2026, Bijlage I)
    # De bedragen staan als gedrukt in Bijlage I (kolommen 1 juli 2025 en 1 januari 2026); 30 juni 2026 is de
    # laatste dag vóór de indexering van 1 juli 2026. Art. 20 lid 1 onder b en c, lid 2 onder b en c, art. 21 onder b.

    @BER-048 @normenbrief-2026
    Abstract Scenario: De norm van gehuwden op de laatste dag van 2025 en op 30 juni 2026
      Gegeven de peildatum is <peildatum>
      En de bijstandsmaand is <maand>
      En de belanghebbende is <leeftijd> jaar
      En de belanghebbende is gehuwd met een partner van <partner> jaar
      En er komen <kinderen> kinderen ten laste van het huishouden
      Als de bijstand over de maand wordt berekend
      Dan is de norm <norm>
      En zijn er geen vrijlatingen

      Voorbeelden:
        | peildatum  | maand   | leeftijd | partner | kinderen | norm       |
        | 2025-12-31 | 2025-12 |       19 |      19 |        0 | € 675,96   |
        | 2026-06-30 | 2026-06 |       19 |      19 |        0 | € 691,98   |
        | 2025-12-31 | 2025-12 |       19 |      19 |        1 | € 1.067,12 |
        | 2026-06-30 | 2026-06 |       19 |      19 |        1 | € 1.092,41 |
        | 2025-12-31 | 2025-12 |       19 |      40 |        0 | € 1.315,88 |
        | 2026-06-30 | 2026-06 |       19 |      40 |        0 | € 1.347,06 |
        | 2025-12-31 | 2025-12 |       19 |      40 |        1 | € 1.707,04 |
        | 2026-06-30 | 2026-06 |       19 |      40 |        1 | € 1.747,49 |
        | 2025-12-31 | 2025-12 |       40 |      38 |        0 | € 1.955,80 |
        | 2026-06-30 | 2026-06 |       40 |      38 |        0 | € 2.002,13 |
    # Art. 20 lid 1 onder a (alleenstaande van 19) en art. 22 onder a (alleenstaande pensioengerechtigde).

    @BER-049 @normenbrief-2026
    Abstract Scenario: De norm van een alleenstaande op de laatste dag van 2025 en op 30 juni 2026
      Gegeven de peildatum is <peildatum>
      En de bijstandsmaand is <maand>
      En het huishouden "<huishouden>"
      Als de bijstand over de maand wordt berekend
      Dan is de norm <norm>

      Voorbeelden:
        | peildatum  | maand   | huishouden                | norm       |
        | 2025-12-31 | 2025-12 | jongere-19                | € 337,98   |
        | 2026-06-30 | 2026-06 | jongere-19                | € 345,99   |
        | 2025-12-31 | 2025-12 | alleenstaande-pensioen-68 | € 1.530,21 |
        | 2026-06-30 | 2026-06 | alleenstaande-pensioen-68 | € 1.564,69 |
    # Art. 22 onder b: gehuwden die beiden de pensioengerechtigde leeftijd hebben bereikt.

    @BER-050 @normenbrief-2026
    Abstract Scenario: De norm van pensioengerechtigde gehuwden op de laatste dag van 2025 en op 30 juni 2026
      Gegeven de peildatum is <peildatum>
      En de bijstandsmaand is <maand>
      En de belanghebbende is 68 jaar
      En de belanghebbende heeft de pensioengerechtigde leeftijd bereikt
      En de belanghebbende is gehuwd met een partner van 67 jaar
      En de partner heeft de pensioengerechtigde leeftijd bereikt
      Als de bijstand over de maand wordt berekend
      Dan is de norm <norm>

      Voorbeelden:
        | peildatum  | maand   | norm       |
        | 2025-12-31 | 2025-12 | € 2.094,98 |
        | 2026-06-30 | 2026-06 | € 2.144,16 |

  Regel: Inkomen gaat eerst af van het maanddeel van de norm en daarna van de reservering; wie niet minder inkomen heeft dan de norm, heeft geen recht (art. 19 lid 1 onder a en lid 2 Pw)

    @BER-002 @normenbrief-2026
    Abstract Scenario: Inkomen rond het maanddeel en de norm
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 35 jaar
      En het huishouden ontvangt in de maand <inkomen> aan een andere uitkering
      Als de bijstand over de maand wordt berekend
      Dan wordt over de maand <betaald> bijstand betaald
      En wordt <toeslag> vakantietoeslag gereserveerd

      Voorbeelden:
        | inkomen    | betaald  | toeslag |
        | € 1.000,00 | € 331,42 | € 70,08 |
        | € 1.331,42 | € 0,00   | € 70,08 |
        | € 1.350,00 | € 0,00   | € 51,50 |
        | € 1.401,49 | € 0,00   | € 0,01  |
        | € 1.401,50 | € 0,00   | € 0,00  |

    @BER-003 @normenbrief-2026
    Scenario: Met een inkomen gelijk aan de norm is er geen recht
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 35 jaar
      En het huishouden ontvangt in de maand € 1.401,50 aan een andere uitkering
      Als de bijstand over de maand wordt berekend
      Dan is er geen recht op algemene bijstand over de maand
      En is de grondslag "art. 19 lid 2 Pw"
    # Maart 2026, alleenstaande van 35: maanddeel € 1.331,42. Inkomen € 1.330,42: betaald € 1.331,42 − € 1.330,42
    # = € 1,00, gereserveerd € 70,08; het huishouden houdt € 1.330,42 + € 1,00 = € 1.331,42 over.

    @BER-054 @normenbrief-2026
    Scenario: Een inkomen dat precies € 1,00 bijstand overlaat
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 35 jaar
      En het huishouden ontvangt in de maand € 1.330,42 aan een andere uitkering
      Als de bijstand over de maand wordt berekend
      Dan is er recht op algemene bijstand over de maand
      En wordt over de maand € 1,00 bijstand betaald
      En wordt € 70,08 vakantietoeslag gereserveerd
      En houdt het huishouden deze maand € 1.331,42 over om van te leven
    # Inkomen € 1.500,00 is hoger dan de norm € 1.401,50: geen recht (art. 19 lid 1 onder a); het huishouden
    # houdt zijn inkomen van € 1.500,00 over, meer dan de kale uitkering € 1.331,42.

    @BER-055 @normenbrief-2026
    Scenario: Met een inkomen boven de norm is er geen recht
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 35 jaar
      En het huishouden ontvangt in de maand € 1.500,00 aan een andere uitkering
      Als de bijstand over de maand wordt berekend
      Dan is er geen recht op algemene bijstand over de maand
      En wordt over de maand € 0,00 bijstand betaald
      En houdt het huishouden deze maand € 1.500,00 over om van te leven
      En houdt hij niet minder over dan de kale uitkering

  Regel: Vermogen boven de vermogensgrens sluit bijstand uit (art. 19 lid 1 onder b en art. 34 Pw, M05)

    @BER-004 @normenbrief-2026
    Abstract Scenario: Precies op en net boven de vermogensgrens van een alleenstaande
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 35 jaar
      En het huishouden heeft <bezittingen> aan bezittingen
      Als de bijstand over de maand wordt berekend
      Dan wordt over de maand <betaald> bijstand betaald

      Voorbeelden:
        | bezittingen | betaald    |
        | € 8.000,00  | € 1.331,42 |
        | € 8.000,01  | € 0,00     |

  Regel: Giften tellen mee voor zover ze de jaargrens overschrijden; voedselpakketten tellen nooit mee (art. 31 lid 2 onder m en art. 18 lid 8 Pw, M04)
    # Voorlopig: het deel boven de giftengrens telt in de maand waarin de grens wordt overschreden
    # (interpretatie M04-maand-boven-giftengrens).

    @BER-005 @normenbrief-2026 @voorlopig
    Scenario: Een gift die de jaargrens overschrijdt en een voedselpakket
      Gegeven de peildatum is 2026-06-01
      En de bijstandsmaand is 2026-06
      En de belanghebbende is 35 jaar
      En het huishouden kreeg eerder dit kalenderjaar € 1.000,00 aan giften en bijdragen
      En het huishouden krijgt in de maand € 300,00 aan giften
      En het huishouden krijgt in de maand € 50,00 aan voedselpakketten
      Als de bijstand over de maand wordt berekend
      Dan is het inkomen dat met de bijstand wordt verrekend € 100,00
      En wordt over de maand € 1.231,42 bijstand betaald
      En houdt het huishouden deze maand € 1.531,42 over om van te leven
      En is als laatste maatregel "M04" toegepast op grond van "art. 31 lid 1 Pw"

  Regel: Van het loon blijft tot 2027 vrij wat art. 31 lid 2 Pw toestaat en vanaf 2027 wat art. 34a Pw toestaat (M13)

    @BER-006 @voorlopig
    Abstract Scenario: Deeltijdwerk de laatste maand vóór en de eerste maand na de inwerkingtreding
      Gegeven de peildatum is <peildatum>
      En de bijstandsmaand is <maand>
      En de belanghebbende is 45 jaar
      En de belanghebbende ontvangt in de maand € 600,00 netto loon
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al <voorbij> maanden voorbij
      Als de bijstand over de maand wordt berekend
      Dan is van de inkomsten uit arbeid samen <vrij> vrijgelaten
      En is het inkomen dat met de bijstand wordt verrekend <inkomen>
      En wordt over de maand <betaald> bijstand betaald
      En wordt <toeslag> vakantietoeslag gereserveerd
      En houdt het huishouden deze maand <leven> over om van te leven
      # 2026-12: norm 1.419,46 met 5 % vakantietoeslag 70,97; de vakantieaanspraak over € 600,00 loon volgens
      # art. 11 schijf 1 van de Regeling (formules voor 2026) is 8,00 % × 600,00 = 48,00; gereserveerd
      # 70,97 − 48,00 = 22,97 (art. 31 lid 4 Pw geldt al in 2026).

      Voorbeelden:
        | peildatum  | maand   | voorbij | vrij    | inkomen  | betaald  | toeslag | leven      |
        | 2026-12-31 | 2026-12 |       8 | € 0,00  | € 600,00 | € 748,49 | € 22,97 | € 1.348,49 |
        | 2027-01-01 | 2027-01 |       0 | € 90,00 | € 510,00 | € 838,49 | € 22,97 | € 1.438,49 |

    @BER-007 @voorlopig
    Scenario: Een pensioengerechtigde die werkt, houdt vanaf 2027 ten hoogste € 226 vrij
      Gegeven de peildatum is 2027-03-01
      En de bijstandsmaand is 2027-03
      En de belanghebbende is 68 jaar
      En de belanghebbende heeft de pensioengerechtigde leeftijd bereikt
      En de belanghebbende ontvangt in de maand € 1.200,00 netto loon
      Als de bijstand over de maand wordt berekend
      Dan is van het loon € 226,00 vrijgelaten op grond van "art. 34a lid 1 onder c Pw"
      En is de norm € 1.587,34
      En wordt over de maand € 533,97 bijstand betaald
      En wordt € 0,00 vakantietoeslag gereserveerd

    @BER-008 @voorlopig
    Scenario: Een echtpaar van wie de partner werkt en medisch urenbeperkt is
      Gegeven de peildatum is 2027-02-01
      En de bijstandsmaand is 2027-02
      En de belanghebbende is 40 jaar
      En de belanghebbende is gehuwd met een partner van 38 jaar
      En de partner ontvangt in de maand € 500,00 netto loon
      En de partner is medisch urenbeperkt
      Als de bijstand over de maand wordt berekend
      Dan is van de inkomsten uit arbeid samen € 75,00 vrijgelaten
      En is het inkomen dat met de bijstand wordt verrekend € 425,00
      En is de norm € 2.027,79
      En wordt over de maand € 1.501,40 bijstand betaald

  Regel: Uitgewerkt voorbeeld naar de casus uit het programmaplan Participatiewet in balans - een man werkt in deeltijd via een uitzendbureau naast zijn bijstand; hij krijgt in mei vakantiegeld en in november twee loonbetalingen. Tot 2027 telt loon in de maand waarop het betrekking heeft (voorlopig) en telt uitbetaald vakantiegeld niet als inkomen van de maand van ontvangst, omdat de aanspraak erop al maandelijks van de vakantietoeslag afgaat (voorlopig); zijn vrijlating van art. 31 lid 2 onder n is na zes maanden voorbij. Daardoor houdt hij in december minder over dan de kale uitkering. De bedragen zijn van pwib.

    @BER-009 @voorlopig
    Abstract Scenario: De maanden van de man onder de regels van 2026
      Gegeven de peildatum is <peildatum>
      En de bijstandsmaand is <maand>
      En de belanghebbende is 45 jaar
      En hij ontvangt in 2026-05 een loonbetaling van € 600,00 over 2026-04
      En hij ontvangt in 2026-06 een loonbetaling van € 600,00 over 2026-05
      En hij ontvangt in 2026-11 een loonbetaling van € 600,00 over 2026-10
      En hij ontvangt in 2026-11 een loonbetaling van € 600,00 over 2026-11
      En hij ontvangt in 2027-01 een loonbetaling van € 600,00 over 2026-12
      En in de maand wordt hem <vakantiegeld> vakantiegeld uitbetaald
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 10 maanden voorbij
      Als de bijstand over de maand wordt berekend
      Dan is van het loon niets vrijgelaten
      En is het inkomen dat met de bijstand wordt verrekend <inkomen>
      En wordt over de maand <betaald> bijstand betaald
      En wordt <toeslag> vakantietoeslag gereserveerd
      En houdt het huishouden deze maand <leven> over om van te leven
      En is de kale uitkering per maand <kaal>
      En houdt hij <vergelijking>
      # Vakantietoeslag: 5 % van de norm (2026-05: 1.401,50 -> 70,08; 2026-11/12: 1.419,46 -> 70,97) min de
      # vakantieaanspraak over het loon van de maand, art. 11 schijf 1 van de Regeling (formules voor 2026):
      # 8,00 % × 600,00 = 48,00. 70,08 − 48,00 = 22,08; 70,97 − 48,00 = 22,97. Het uitbetaalde vakantiegeld is
      # uitgesteld inkomen (art. 32 lid 2 Pw) en telt niet als inkomen van mei (voorlopig, interpretatie
      # M19-uitbetaling-2026): inkomen 600,00 (het loon over mei), betaald 1.331,42 − 600,00 = 731,42; om van te
      # leven 600,00 (het loon over april, ontvangen in mei) + 480,00 + 731,42 = 1.811,42.

      Voorbeelden:
        | peildatum  | maand   | vakantiegeld | inkomen  | betaald  | toeslag | leven      | kaal       | vergelijking                           |
        | 2026-05-01 | 2026-05 | € 480,00     | € 600,00 | € 731,42 | € 22,08 | € 1.811,42 | € 1.331,42 | niet minder over dan de kale uitkering |
        | 2026-11-01 | 2026-11 | € 0,00       | € 600,00 | € 748,49 | € 22,97 | € 1.948,49 | € 1.348,49 | niet minder over dan de kale uitkering |
        | 2026-12-01 | 2026-12 | € 0,00       | € 600,00 | € 748,49 | € 22,97 | € 748,49   | € 1.348,49 | minder over dan de kale uitkering      |

    @BER-010 @voorlopig
    Abstract Scenario: Dezelfde maanden in 2026 bij een gemeente die artikel 34a vervroegd toepast
      Gegeven de peildatum is <peildatum>
      En de gemeente past artikel 34a vervroegd toe vanaf 2026-01-01
      En de bijstandsmaand is <maand>
      En de belanghebbende is 45 jaar
      En hij ontvangt in 2026-05 een loonbetaling van € 600,00 over 2026-04
      En hij ontvangt in 2026-06 een loonbetaling van € 600,00 over 2026-05
      En hij ontvangt in 2026-11 een loonbetaling van € 600,00 over 2026-10
      En hij ontvangt in 2026-11 een loonbetaling van € 600,00 over 2026-11
      En hij ontvangt in 2027-01 een loonbetaling van € 600,00 over 2026-12
      En in de maand wordt hem <vakantiegeld> vakantiegeld uitbetaald
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al <voorbij> maanden voorbij
      Als de bijstand over de maand wordt berekend
      Dan is van het loon <vrij> vrijgelaten op grond van "art. 34a lid 1 onder a Pw"
      En is het inkomen dat met de bijstand wordt verrekend <inkomen>
      En wordt over de maand <betaald> bijstand betaald
      En houdt het huishouden deze maand <leven> over om van te leven
      En houdt hij <vergelijking>
      # Mei 2026: 15 % van het loon over mei (600,00) = 90,00 vrij (art. 34a lid 1 onder a Pw, vervroegd); het
      # uitbetaalde vakantiegeld is uitgesteld inkomen (art. 32 lid 2 Pw) en telt niet (voorlopig, interpretatie
      # M19-uitbetaling-2026): inkomen 510,00, betaald 1.331,42 − 510,00 = 821,42, om van te leven 600,00 (loon
      # over april) + 480,00 + 821,42 = 1.901,42.

      Voorbeelden:
        | peildatum  | maand   | vakantiegeld | voorbij | vrij    | inkomen  | betaald  | leven      | vergelijking                           |
        | 2026-05-01 | 2026-05 | € 480,00     |       4 | € 90,00 | € 510,00 | € 821,42 | € 1.901,42 | niet minder over dan de kale uitkering |
        | 2026-11-01 | 2026-11 | € 0,00       |      10 | € 90,00 | € 510,00 | € 838,49 | € 2.038,49 | niet minder over dan de kale uitkering |
        | 2026-12-01 | 2026-12 | € 0,00       |      11 | € 90,00 | € 510,00 | € 838,49 | € 838,49   | minder over dan de kale uitkering      |

    @BER-011 @voorlopig
    Abstract Scenario: Dezelfde maanden in 2027 - loon telt wanneer het binnenkomt, vakantiegeld via de reservering
      Gegeven de peildatum is <peildatum>
      En de bijstandsmaand is <maand>
      En de belanghebbende is 45 jaar
      En hij ontvangt in 2027-05 een loonbetaling van € 600,00 over 2027-04
      En hij ontvangt in 2027-06 een loonbetaling van € 600,00 over 2027-05
      En hij ontvangt in 2027-11 een loonbetaling van € 600,00 over 2027-10
      En hij ontvangt in 2027-11 een loonbetaling van € 600,00 over 2027-11
      En hij ontvangt in 2028-01 een loonbetaling van € 600,00 over 2027-12
      En in de maand wordt hem <vakantiegeld> vakantiegeld uitbetaald
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al <voorbij> maanden voorbij
      Als de bijstand over de maand wordt berekend
      Dan is van het loon <vrij> vrijgelaten op grond van "art. 34a lid 1 onder a Pw"
      En is het inkomen dat met de bijstand wordt verrekend <inkomen>
      En wordt over de maand <betaald> bijstand betaald
      En wordt <toeslag> vakantietoeslag gereserveerd
      En houdt het huishouden deze maand <leven> over om van te leven
      En houdt hij <vergelijking>

      Voorbeelden:
        | peildatum  | maand   | vakantiegeld | voorbij | vrij     | inkomen    | betaald    | toeslag | leven      | vergelijking                           |
        | 2027-05-01 | 2027-05 | € 480,00     |       4 | € 90,00  | € 510,00   | € 838,49   | € 22,97 | € 1.918,49 | niet minder over dan de kale uitkering |
        | 2027-11-01 | 2027-11 | € 0,00       |      10 | € 180,00 | € 1.020,00 | € 328,49   | € 0,00  | € 1.528,49 | niet minder over dan de kale uitkering |
        | 2027-12-01 | 2027-12 | € 0,00       |      11 | € 0,00   | € 0,00     | € 1.348,49 | € 70,97 | € 1.348,49 | niet minder over dan de kale uitkering |

  Regel: Het bufferbudget past vanaf 2027 bij als de maand onder de norm uitkomt (art. 34b Pw, M14); voorlopig: zonder bedrag van het college het tekort ten opzichte van de norm

    @BER-012 @voorlopig
    Scenario: Het bufferbudget vult de maand aan tot de norm
      Gegeven de peildatum is 2027-03-01
      En de bijstandsmaand is 2027-03
      En de belanghebbende is 45 jaar
      En de belanghebbende ontvangt in de maand € 600,00 netto loon
      En voor het bufferbudget stelt het college vast dat de inkomstenverrekening het inkomen instabiel maakt
      En voor het bufferbudget acht het college de inzet bijdragend aan werken in deeltijd
      En voor het bufferbudget is dit kalenderjaar al € 980,00 gebruikt
      Als de bijstand over de maand wordt berekend
      Dan wordt over de maand € 748,49 bijstand betaald
      En wordt € 20,00 uit het bufferbudget bijgepast
      En houdt het huishouden deze maand € 1.368,49 over om van te leven
      En is als laatste maatregel "M14" toegepast op grond van "art. 34b Pw"

  Regel: Het inkomen van een echtgenoot zonder recht telt alleen voor zover het inkomen van de gehuwden samen, met de bijstand zonder zijn inkomen, de bijstandsnorm voor gehuwden te boven gaat (art. 32 lid 3 Pw)
    # Belanghebbende 45, partner 40 zonder recht, geen kostendelers: norm art. 24 onder a
    # 50 % × € 2.002,13 = € 1.001,065, op centen € 1.001,07 (B); bijstandsnorm voor gehuwden art. 21 onder b
    # € 2.002,13 (G); vakantietoeslag 5 % × € 1.001,07 = € 50,05, maanddeel € 951,02.
    # Zonder eigen inkomen is de bijstand zonder zijn inkomen B, dus telt max(0, P + € 1.001,07 − € 2.002,13)
    # = max(0, P − € 1.001,06). P = € 1.500,00: € 498,94, te betalen € 951,02 − € 498,94 = € 452,08.
    # P = € 2.002,12: € 1.001,06, onder de norm: € 1.001,06 − € 951,02 = € 50,04 gaat af van de reservering,
    # € 50,05 − € 50,04 = € 0,01. P = € 2.002,13: € 1.001,07, niet lager dan de norm: geen recht.

    @BER-015 @normenbrief-2026
    Abstract Scenario: De partner zonder recht heeft een uitkering rond de grenzen van art. 32 lid 3
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 45 jaar
      En de belanghebbende is gehuwd met een partner van 40 jaar
      En de partner heeft geen recht op algemene bijstand
      En de partner ontvangt in de maand <inkomen> aan een andere uitkering
      Als de bijstand over de maand wordt berekend
      Dan is de norm € 1.001,07
      En telt van het inkomen van de partner zonder recht <telt> mee op grond van "art. 32 lid 3 Pw"
      En is het inkomen dat met de bijstand wordt verrekend <telt>
      En wordt over de maand <betaald> bijstand betaald
      En wordt <toeslag> vakantietoeslag gereserveerd

      Voorbeelden:
        | inkomen    | telt       | betaald  | toeslag |
        | € 1.001,06 | € 0,00     | € 951,02 | € 50,05 |
        | € 1.001,07 | € 0,01     | € 951,01 | € 50,05 |
        | € 1.500,00 | € 498,94   | € 452,08 | € 50,05 |
        | € 2.002,12 | € 1.001,06 | € 0,00   | € 0,01  |

    @BER-016 @normenbrief-2026
    Scenario: Met een inkomen van de partner gelijk aan de gehuwdennorm is er geen recht
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 45 jaar
      En de belanghebbende is gehuwd met een partner van 40 jaar
      En de partner heeft geen recht op algemene bijstand
      En de partner ontvangt in de maand € 2.002,13 aan een andere uitkering
      Als de bijstand over de maand wordt berekend
      Dan telt van het inkomen van de partner zonder recht € 1.001,07 mee op grond van "art. 32 lid 3 Pw"
      En is er geen recht op algemene bijstand over de maand
    # Uitgewerkte maand. Eigen uitkering R = € 300,00, uitkering van de partner P = € 1.200,00.
    # Bijstand zonder zijn inkomen: € 1.001,07 − € 300,00 = € 701,07. Samen € 300,00 + € 1.200,00 + € 701,07
    # = € 2.201,07; boven € 2.002,13 uit: € 198,94 telt. Inkomen € 300,00 + € 198,94 = € 498,94; te betalen
    # € 951,02 − € 498,94 = € 452,08; reservering € 50,05. Het huishouden heeft € 300,00 + € 1.200,00 +
    # € 452,08 = € 1.952,08 en met de reservering € 2.002,13: precies de gehuwdennorm.

    @BER-017 @normenbrief-2026
    Scenario: Een maand met een eigen uitkering en een uitkering van de partner zonder recht
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 45 jaar
      En de belanghebbende is gehuwd met een partner van 40 jaar
      En de partner heeft geen recht op algemene bijstand
      En het huishouden ontvangt in de maand € 300,00 aan een andere uitkering
      En de partner ontvangt in de maand € 1.200,00 aan een andere uitkering
      Als de bijstand over de maand wordt berekend
      Dan telt van het inkomen van de partner zonder recht € 198,94 mee op grond van "art. 32 lid 3 Pw"
      En is het inkomen dat met de bijstand wordt verrekend € 498,94
      En wordt over de maand € 452,08 bijstand betaald
      En wordt € 50,05 vakantietoeslag gereserveerd
      En houdt het huishouden deze maand € 1.952,08 over om van te leven
    # De dag vóór en de dag van 1 januari 2027 (M16: 70 %; voorlopig, net als de normen na 1 juli 2026).
    # 2026-12: G = € 2.027,79, B = 50 % = € 1.013,895 -> € 1.013,90; telt € 1.500,00 + € 1.013,90 − € 2.027,79
    # = € 486,11; vakantietoeslag 5 % = € 50,695 -> € 50,70; maanddeel € 963,20; te betalen € 477,09.
    # 2027-01: G = € 2.027,79, B = 70 % = € 1.419,453 -> € 1.419,45; telt € 1.500,00 + € 1.419,45 − € 2.027,79
    # = € 891,66; vakantietoeslag € 70,9725 -> € 70,97; maanddeel € 1.348,48; te betalen € 456,82.

    @BER-018 @voorlopig
    Abstract Scenario: Het inkomen van de partner zonder recht vóór en na de verhoging naar 70 %
      Gegeven de peildatum is <peildatum>
      En de bijstandsmaand is <maand>
      En de belanghebbende is 45 jaar
      En de belanghebbende is gehuwd met een partner van 40 jaar
      En de partner heeft geen recht op algemene bijstand
      En de partner ontvangt in de maand € 1.500,00 aan een andere uitkering
      Als de bijstand over de maand wordt berekend
      Dan is de norm <norm>
      En telt van het inkomen van de partner zonder recht <telt> mee op grond van "art. 32 lid 3 Pw"
      En wordt over de maand <betaald> bijstand betaald

      Voorbeelden:
        | peildatum  | maand   | norm       | telt     | betaald  |
        | 2026-12-31 | 2026-12 | € 1.013,90 | € 486,11 | € 477,09 |
        | 2027-01-01 | 2027-01 | € 1.419,45 | € 891,66 | € 456,82 |

  Regel: Leven de gehuwden gescheiden, maar niet duurzaam, dan telt het inkomen van de echtgenoot zonder recht voor zover het de bijstandsnorm te boven gaat (art. 32 lid 4 Pw)
    # Voorlopig (parameter niet_rechthebbende_partner.bijstandsnorm_gescheiden_levend): "de bijstandsnorm" is
    # de norm van de belanghebbende (art. 5 onder c Pw): € 1.001,07. Telt max(0, P − € 1.001,07).
    # P = € 1.001,07: € 0,00 (onder lid 3 zou € 0,01 tellen); P = € 1.500,00: € 498,93, te betalen
    # € 951,02 − € 498,93 = € 452,09.

    @BER-019 @voorlopig
    Abstract Scenario: De partner zonder recht woont tijdelijk elders en heeft een uitkering
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 45 jaar
      En de belanghebbende is gehuwd met een partner van 40 jaar
      En de partner heeft geen recht op algemene bijstand
      En de gehuwden leven gescheiden, maar niet duurzaam gescheiden
      En de partner ontvangt in de maand <inkomen> aan een andere uitkering
      Als de bijstand over de maand wordt berekend
      Dan telt van het inkomen van de partner zonder recht <telt> mee op grond van "art. 32 lid 4 Pw"
      En wordt over de maand <betaald> bijstand betaald

      Voorbeelden:
        | inkomen    | telt     | betaald  |
        | € 1.001,07 | € 0,00   | € 951,02 |
        | € 1.001,08 | € 0,01   | € 951,01 |
        | € 1.500,00 | € 498,93 | € 452,09 |

  Regel: De jongerentoeslag verhoogt de norm van de maand, tot de norm van art. 21 in een vergelijkbare situatie (art. 20 lid 3 en 4 Pw, M03)
    # Art. 20 lid 1 onder a € 345,99 + lid 3 € 746,45 = € 1.092,44, niet boven art. 21 onder a € 1.401,50.
    # Vakantietoeslag 5 % × € 1.092,44 = € 54,622 -> € 54,62; te betalen € 1.092,44 − € 54,62 = € 1.037,82.
    # Gehuwden van 19 en 19: lid 1 onder b € 691,98 + 2 × € 746,45 = € 2.184,88, boven art. 21 onder b
    # € 2.002,13: de toeslag is € 2.002,13 − € 691,98 = € 1.310,15; te betalen € 2.002,13 − € 100,11 = € 1.902,02.
    # Gehuwden van 19 en 25: lid 1 onder c € 1.347,06 + € 746,45 = € 2.093,51 > € 2.002,13: toeslag € 655,07.

    @BER-020 @normenbrief-2026
    Abstract Scenario: Een maand met de jongerentoeslag, met en zonder het maximum van lid 4
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 19 jaar
      En de belanghebbende is gehuwd met een partner van <partner> jaar
      En voor de jongerentoeslag is de aanvraag om bijstand gedaan op 2026-02-02
      En voor de jongerentoeslag zijn de middelen van de ouders van de belanghebbende niet toereikend
      En voor de jongerentoeslag zijn de middelen van de ouders van de partner niet toereikend
      Als de bijstand over de maand wordt berekend
      Dan is de norm <norm>
      En is de norm verhoogd met een jongerentoeslag van <toeslag>
      En wordt over de maand <betaald> bijstand betaald
      En wordt <reservering> vakantietoeslag gereserveerd
      En is als laatste maatregel "M03" toegepast op grond van "<artikel>"

      Voorbeelden:
        | partner | norm       | toeslag    | betaald    | reservering | artikel          |
        |      19 | € 2.002,13 | € 1.310,15 | € 1.902,02 | € 100,11    | art. 20 lid 4 Pw |
        |      25 | € 2.002,13 | € 655,07   | € 1.902,02 | € 100,11    | art. 20 lid 4 Pw |

    @BER-021 @normenbrief-2026
    Scenario: Een 19-jarige die geen beroep op zijn ouders kan doen, krijgt de verhoogde norm betaald
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 19 jaar
      En voor de jongerentoeslag is de aanvraag om bijstand gedaan op 2026-02-02
      En voor de jongerentoeslag zijn de middelen van de ouders van de belanghebbende niet toereikend
      Als de bijstand over de maand wordt berekend
      Dan is de norm € 1.092,44
      En is de norm verhoogd met een jongerentoeslag van € 746,45
      En wordt over de maand € 1.037,82 bijstand betaald
      En wordt € 54,62 vakantietoeslag gereserveerd
    # Voorlopig (parameter jongerentoeslag.maximum_vergelijkbare_situatie = artikel21): met twee kostendelers
    # is het maximum de norm van art. 21 onder a, € 1.401,50, niet de kostendelersnorm € 867,59 (A = 3:
    # 130/3 % van € 2.002,13); € 1.092,44 blijft eronder, de hele toeslag.

    @BER-022 @voorlopig
    Scenario: Een 19-jarige met kostendelers krijgt de hele verhoging in de letterlijke lezing van lid 4
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 19 jaar
      En in de woning woont ook een medebewoner van 50 jaar
      En in de woning woont ook een medebewoner van 52 jaar
      En voor de jongerentoeslag is de aanvraag om bijstand gedaan op 2026-02-02
      En voor de jongerentoeslag zijn de middelen van de ouders van de belanghebbende niet toereikend
      Als de bijstand over de maand wordt berekend
      Dan is de norm € 1.092,44
      En is de norm verhoogd met een jongerentoeslag van € 746,45
      En wordt over de maand € 1.037,82 bijstand betaald
    # De dag vóór en de dag van 1 januari 2026: in 2025-12 geen verhoging (art. 12 oud; norm juli 2025
    # € 337,98, vakantietoeslag € 16,899 -> € 16,90, te betalen € 321,08); op 2026-01-01 € 1.092,44.

    @BER-023 @normenbrief-2026
    Abstract Scenario: De jongerentoeslag in de maand vóór en de maand van de inwerkingtreding
      Gegeven de peildatum is <peildatum>
      En de bijstandsmaand is <maand>
      En de belanghebbende is 19 jaar
      En voor de jongerentoeslag is de aanvraag om bijstand gedaan op <peildatum>
      En voor de jongerentoeslag zijn de middelen van de ouders van de belanghebbende niet toereikend
      Als de bijstand over de maand wordt berekend
      Dan is de norm verhoogd met een jongerentoeslag van <toeslag>
      En wordt over de maand <betaald> bijstand betaald

      Voorbeelden:
        | peildatum  | maand   | toeslag  | betaald    |
        | 2025-12-31 | 2025-12 | € 0,00   | € 321,08   |
        | 2026-01-01 | 2026-01 | € 746,45 | € 1.037,82 |

  Regel: Een verlaging wegens afstemming of de taaleis gaat af van de betaling van de maand, met de verrekening over maanden (art. 18 en 18b Pw, M22)
    # Voorlopig: de verlaging gaat eerst af van de betaling van de maand en daarna van de gereserveerde
    # vakantietoeslag (zoals inkomen, art. 19 lid 2 en 3); de vakantietoeslag blijft 5 % van de norm.
    # Art. 18 lid 5: 100 % van € 1.401,50 gedurende een maand, verrekend over drie maanden (verordening): de
    # latere maanden € 1.401,50 / 3 = € 467,166 naar beneden € 467,16, de eerste € 1.401,50 − 2 × € 467,16
    # = € 467,18. Te betalen € 1.331,42 − € 467,18 = € 864,24 en € 1.331,42 − € 467,16 = € 864,26; in juni
    # niets meer.

    @BER-024 @voorlopig
    Abstract Scenario: Een verlaging van 100 % verrekend over drie maanden
      Gegeven de peildatum is <peildatum>
      En de bijstandsmaand is <maand>
      En de belanghebbende is 35 jaar
      En in 2026-03 is de bijstand verlaagd omdat de belanghebbende op 2026-02-27 een arbeidsverplichting van artikel 18 lid 4 niet nakwam
      En de afstemmingsverordening laat de verlaging verrekenen over 3 maanden
      Als de bijstand over de maand wordt berekend
      Dan wordt over de maand <betaald> bijstand betaald
      En wordt € 70,08 vakantietoeslag gereserveerd

      Voorbeelden:
        | peildatum  | maand   | betaald    |
        | 2026-03-01 | 2026-03 | € 864,24   |
        | 2026-04-01 | 2026-04 | € 864,26   |
        | 2026-05-31 | 2026-05 | € 864,26   |
        | 2026-06-01 | 2026-06 | € 1.331,42 |
    # Zonder verrekening gaat de hele € 1.401,50 in de maand van oplegging af: € 1.331,42 van de betaling en
    # € 70,08 van de reservering; er blijft niets.

    @BER-025 @voorlopig
    Scenario: Een verlaging van 100 % in één maand laat niets over, ook geen vakantietoeslag
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 35 jaar
      En in 2026-03 is de bijstand verlaagd omdat de belanghebbende op 2026-02-27 een arbeidsverplichting van artikel 18 lid 4 niet nakwam
      Als de bijstand over de maand wordt berekend
      Dan gaat er deze maand € 1.401,50 aan verlaging af op grond van "art. 18 lid 5 Pw"
      En wordt over de maand € 0,00 bijstand betaald
      En wordt € 0,00 vakantietoeslag gereserveerd
      En is als laatste maatregel "M22" toegepast op grond van "art. 18 lid 5 Pw"
    # Taaleis: 20 % van € 1.401,50 = € 280,30 vanaf de kennisgeving (art. 18b lid 4 en 9); de dag ervoor niets.
    # Te betalen € 1.331,42 − € 280,30 = € 1.051,12.

    @BER-026 @voorlopig
    Abstract Scenario: De verlaging wegens de taaleis de dag vóór en de dag van de kennisgeving
      Gegeven de peildatum is <peildatum>
      En de bijstandsmaand is 2026-02
      En de belanghebbende is 35 jaar
      En voor de taaleis is de belanghebbende op 2026-02-15 schriftelijk in kennis gesteld van het vermoeden dat hij de Nederlandse taal onvoldoende beheerst
      Als de bijstand over de maand wordt berekend
      Dan wordt over de maand <betaald> bijstand betaald
      En wordt € 70,08 vakantietoeslag gereserveerd

      Voorbeelden:
        | peildatum  | betaald    |
        | 2026-02-14 | € 1.331,42 |
        | 2026-02-15 | € 1.051,12 |
    # Art. 18 lid 5 Pw: de verordening stelt de verlaging bij een eerste verzuim op drie maanden (ten hoogste drie);
    # een verlaging van 100 % laat van de bijstand van elke maand niets over: geen betaling en geen
    # vakantietoeslag (die is begrepen in de bijstand, art. 19 lid 3), welke volgorde ook geldt. Opgelegd in
    # december 2025: de verlaging geldt in 2025-12, 2026-01 en 2026-02 en is 100 % van de norm van die maand;
    # in 2026: art. 21 onder a € 1.401,50 (Normenbrief 1 januari 2026, Bijlage I). M22 is per 2026-01-01 een
    # maatregel van de wet: toegepast in januari en februari 2026.

    @BER-045 @normenbrief-2026
    Abstract Scenario: Een verlaging van 100 % gedurende drie maanden over de jaargrens heen
      Gegeven de peildatum is <peildatum>
      En de bijstandsmaand is <maand>
      En de belanghebbende is 35 jaar
      En in 2025-12 is de bijstand verlaagd omdat de belanghebbende op 2025-11-27 een arbeidsverplichting van artikel 18 lid 4 niet nakwam
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 3 maanden
      Als de bijstand over de maand wordt berekend
      Dan gaat er deze maand € 1.401,50 aan verlaging af op grond van "art. 18 lid 5 Pw"
      En wordt over de maand € 0,00 bijstand betaald
      En wordt € 0,00 vakantietoeslag gereserveerd
      En houdt het huishouden deze maand € 0,00 over om van te leven
      En houdt hij minder over dan de kale uitkering
      En is als laatste maatregel "M22" toegepast op grond van "art. 18 lid 5 Pw"

      Voorbeelden:
        | peildatum  | maand   |
        | 2026-01-01 | 2026-01 |
        | 2026-02-28 | 2026-02 |
    # Dezelfde verlaging in de maand van oplegging en in de twee maanden na de drie maanden. 2025-12: norm art. 21
    # onder a € 1.369,06 (Normenbrief, 1 juli 2025); vakantietoeslag 5 % = € 68,453 -> € 68,45; kale uitkering
    # € 1.369,06 − € 68,45 = € 1.300,61; de verlaging van 100 % laat niets over. Vóór 2026 is M22 geen maatregel
    # van de wet: geen toegepaste maatregel, ook niet op 2025-12-31, de dag vóór de inwerkingtreding. 2026-03 en 2026-04: de verlaging is voorbij; betaald € 1.401,50 − € 70,08
    # = € 1.331,42 (5 % = € 70,075 -> € 70,08), gelijk aan de kale uitkering.

    @BER-046 @normenbrief-2026
    Abstract Scenario: De maand van oplegging en de maand na de verlaging van drie maanden
      Gegeven de peildatum is <peildatum>
      En de bijstandsmaand is <maand>
      En de belanghebbende is 35 jaar
      En in 2025-12 is de bijstand verlaagd omdat de belanghebbende op 2025-11-27 een arbeidsverplichting van artikel 18 lid 4 niet nakwam
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 3 maanden
      Als de bijstand over de maand wordt berekend
      Dan is de norm <norm>
      En wordt over de maand <betaald> bijstand betaald
      En wordt <toeslag> vakantietoeslag gereserveerd
      En is de kale uitkering per maand <kaal>
      En houdt hij <vergelijking>
      En zijn er geen toegepaste maatregelen

      Voorbeelden:
        | peildatum  | maand   | norm       | betaald    | toeslag | kaal       | vergelijking                           |
        | 2025-12-01 | 2025-12 | € 1.369,06 | € 0,00     | € 0,00  | € 1.300,61 | minder over dan de kale uitkering      |
        | 2025-12-31 | 2025-12 | € 1.369,06 | € 0,00     | € 0,00  | € 1.300,61 | minder over dan de kale uitkering      |
        | 2026-03-01 | 2026-03 | € 1.401,50 | € 1.331,42 | € 70,08 | € 1.331,42 | niet minder over dan de kale uitkering |
        | 2026-04-01 | 2026-04 | € 1.401,50 | € 1.331,42 | € 70,08 | € 1.331,42 | niet minder over dan de kale uitkering |

    @BER-047
    Scenario: Een verlaging die pas na de berekende maand is opgelegd
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 35 jaar
      En in 2026-04 is de bijstand verlaagd omdat de belanghebbende op 2026-02-27 een arbeidsverplichting van artikel 18 lid 4 niet nakwam
      Als de bijstand over de maand wordt berekend
      Dan wordt de invoer geweigerd met een melding over "afstemming.opgelegdIn"
    # Art. 18b lid 9 Pw: de verlaging wegens de taaleis is 20 % van de bijstandsnorm, vanaf de schriftelijke
    # kennisgeving (lid 4): 20 % × € 1.401,50 = € 280,30. Welk deel van de betaling en welk deel van de
    # reservering afgaat, is voorlopig (BER-026, interpretatie M22-verlaging-eerst-van-de-betaling); het bedrag
    # van de verlaging en de grondslag zijn dat niet, maar het antwoord rust erop en beslist daarom niet. Het
    # bedrag beslist bij de beoordeling (M22-010).

    @BER-051 @normenbrief-2026 @voorlopig
    Scenario: De verlaging wegens de taaleis op de dag van de kennisgeving
      Gegeven de peildatum is 2026-02-15
      En de bijstandsmaand is 2026-02
      En de belanghebbende is 35 jaar
      En voor de taaleis is de belanghebbende op 2026-02-15 schriftelijk in kennis gesteld van het vermoeden dat hij de Nederlandse taal onvoldoende beheerst
      Als de bijstand over de maand wordt berekend
      Dan gaat er deze maand € 280,30 aan verlaging af op grond van "art. 18b lid 9 Pw"
      En is als laatste maatregel "M22" toegepast op grond van "art. 18b lid 9 Pw"

  Regel: Maatwerk in de norm geldt voor de hele maand, binnen dezelfde ruimte als bij de vaststelling van de norm (art. 18 lid 1 en 27 Pw, M24)
    # Norm art. 27 lager vastgesteld op € 1.200,00 (zoals M24-001 bij de bijstandsnorm). Vakantietoeslag
    # 5 % × € 1.200,00 = € 60,00; maanddeel € 1.140,00; met € 300,00 andere uitkering te betalen € 840,00.

    @BER-028
    Scenario: Een maand met een lager vastgestelde norm wegens het ontbreken van woonkosten
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 35 jaar
      En het huishouden ontvangt in de maand € 300,00 aan een andere uitkering
      En het college stelt als maatwerk de norm op € 1.200,00
      En het college motiveert het maatwerk met "hij woont kosteloos bij zijn ouders en heeft geen woonkosten"
      En het maatwerk steunt op "art. 27 Pw"
      Als de bijstand over de maand wordt berekend
      Dan is de norm € 1.200,00
      En wordt € 60,00 vakantietoeslag gereserveerd
      En wordt over de maand € 840,00 bijstand betaald
      En is als maatwerk de norm gewijzigd van € 1.401,50 in € 1.200,00
      En is het maatwerk vastgelegd op grond van "art. 27 Pw"

  Regel: Ongeldige invoer wordt geweigerd en elk onjuist gegeven genoemd

    @BER-013
    Scenario: Negatief loon, een maand die niet bestaat en een huishouden zonder belanghebbende
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-13
      En er komen 2 kinderen ten laste van het huishouden
      En de belanghebbende ontvangt in de maand € -10,00 netto loon
      Als de bijstand over de maand wordt berekend
      Dan wordt de invoer geweigerd met een melding over "maand"
      En wordt de invoer geweigerd met een melding over "inkomsten.inkomstenUitArbeid"
      En wordt de invoer geweigerd met een melding over "huishouden.belanghebbende"

    @BER-014
    Scenario: De peildatum ligt niet in de berekende maand
      Gegeven de peildatum is 2026-04-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 35 jaar
      Als de bijstand over de maand wordt berekend
      Dan wordt de invoer geweigerd met een melding over "peildatum"

    @BER-052
    Scenario: De peildatum ligt in de maand vóór de berekende maand
      Gegeven de peildatum is 2026-02-28
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 35 jaar
      Als de bijstand over de maand wordt berekend
      Dan wordt de invoer geweigerd met een melding over "peildatum"
    # Art. 27 Pw laat alleen een lagere norm toe: € 1.500,00 ligt boven de norm € 1.401,50 (art. 21 onder a).

    @BER-053
    Scenario: Maatwerk boven de norm en inkomsten van een partner die er niet is
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 35 jaar
      En de partner ontvangt in de maand € 10,00 aan een andere uitkering
      En het college stelt als maatwerk de norm op € 1.500,00
      En het college motiveert het maatwerk met "hij heeft hogere woonkosten"
      En het maatwerk steunt op "art. 27 Pw"
      Als de bijstand over de maand wordt berekend
      Dan wordt de invoer geweigerd met een melding over "inkomsten.overigeInkomstenPartner"
      En wordt de invoer geweigerd met een melding over "maatwerk.waarde"
    # Alleen de onjuiste gegevens worden genoemd (openapi.yaml, OngeldigeInvoer): de peildatum 2026-03-01 ligt in de
    # maand 2026-03, en de norm lager vaststellen op € 1.200,00 onder de norm € 1.401,50 van art. 21 onder a laat
    # art. 27 Pw toe (M24-001); alleen de uitkering van een partner die er niet is, is onjuist.

    @BER-062
    Scenario: Inkomsten van een partner die er niet is, naast een juiste peildatum en een toegestane lagere norm
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 35 jaar
      En de partner ontvangt in de maand € 10,00 aan een andere uitkering
      En het college stelt als maatwerk de norm op € 1.200,00
      En het college motiveert het maatwerk met "hij woont kosteloos bij zijn ouders en heeft geen woonkosten"
      En het maatwerk steunt op "art. 27 Pw"
      Als de bijstand over de maand wordt berekend
      Dan wordt de invoer geweigerd met een melding over "inkomsten.overigeInkomstenPartner"
      En wordt de invoer geweigerd zonder melding over "peildatum"
      En wordt de invoer geweigerd zonder melding over "maatwerk.waarde"
    # Loon van een partner terwijl het huishouden geen partner heeft: art. 32 lid 1 Pw rekent de middelen van de
    # alleenstaande of het gezin tot het inkomen, en zonder partner is er geen inkomen van een partner. Het contract
    # weigert zo'n verzoek met een melding over het veld (x-ongeldig), zoals de andere inkomsten van een partner,
    # in plaats van het loon stil te laten vallen.

    @BER-066
    Scenario: Loon van een partner die er niet is
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 35 jaar
      En de partner ontvangt in de maand € 500,00 netto loon
      Als de bijstand over de maand wordt berekend
      Dan wordt de invoer geweigerd met een melding over "inkomsten.inkomstenUitArbeidPartner"

    @BER-027
    Scenario: Feiten over een partner in een huishouden zonder partner
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 35 jaar
      En de gehuwden leven gescheiden, maar niet duurzaam gescheiden
      En de partner ontvangt in de maand € 10,00 aan een andere uitkering
      En voor de jongerentoeslag is de aanvraag om bijstand gedaan op 2026-02-02
      En voor de jongerentoeslag zijn de middelen van de ouders van de partner niet toereikend
      Als de bijstand over de maand wordt berekend
      Dan wordt de invoer geweigerd met een melding over "huishouden.partnerGescheidenLevend"
      En wordt de invoer geweigerd met een melding over "inkomsten.overigeInkomstenPartner"
      En wordt de invoer geweigerd met een melding over "jongerentoeslag.partnerMiddelenOudersOntoereikend"

  Regel: In 2026 gaat de vakantieaanspraak over het loon al af van de gereserveerde vakantietoeslag (art. 31 lid 4 Pw, Regeling art. 11, Normenbrief 2026 Bijlage IV)
    # Voorlopig: de aanspraak wordt berekend over het loon vóór de vrijlating (interpretatie
    # M19-aanspraak-voor-vrijlating). Uitgewerkte maand maart 2026, alleenstaande van 45 jaar, € 1.000,00 netto loon:
    # norm art. 21 onder a: 1.401,50; vakantietoeslag 5 % = 70,075 -> 70,08; maanddeel 1.401,50 − 70,08 = 1.331,42.
    # Vrijlating art. 31 lid 2 onder n (eerste maand van de periode): 25 % × 1.000,00 = 250,00 (< maximum 285,00);
    # in aanmerking 1.000,00 − 250,00 = 750,00; betaald 1.331,42 − 750,00 = 581,42.
    # Vakantieaanspraak art. 11 schijf 2 (876,39 <= 1.000,00 < 1.059,26): 8,00 % × 1.000,00 − 20,77 = 59,23;
    # gereserveerd 70,08 − 59,23 = 10,85. Over om van te leven: 1.000,00 + 581,42 = 1.581,42.

    @BER-040 @normenbrief-2026 @voorlopig
    Scenario: Een maand deeltijdwerk in 2026 met de vakantieaanspraak volgens schijf 2
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 45 jaar
      En de belanghebbende ontvangt in de maand € 1.000,00 netto loon
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 0 maanden voorbij
      Als de bijstand over de maand wordt berekend
      Dan is van de inkomsten uit arbeid samen € 250,00 vrijgelaten
      En is het inkomen dat met de bijstand wordt verrekend € 750,00
      En wordt over de maand € 581,42 bijstand betaald
      En wordt € 10,85 vakantietoeslag gereserveerd
      En houdt het huishouden deze maand € 1.581,42 over om van te leven
    # Dezelfde maand zonder vrijlating (de zes maanden van art. 31 lid 2 onder n zijn voorbij): de aanspraak
    # hangt dan van geen voorlopige lezing af. Norm 1.401,50; vakantietoeslag 70,08; maanddeel 1.331,42.
    # In aanmerking 1.000,00; betaald 1.331,42 − 1.000,00 = 331,42. Vakantieaanspraak art. 11 schijf 2:
    # 8,00 % × 1.000,00 − 20,77 = 80,00 − 20,77 = 59,23 (precies, zonder afronding); gereserveerd
    # 70,08 − 59,23 = 10,85. Over om van te leven: 1.000,00 + 331,42 = 1.331,42.

    @BER-041 @normenbrief-2026
    Scenario: Een maand deeltijdwerk in 2026 na de vrijlatingsperiode: de vakantieaanspraak gaat af van de reservering
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 45 jaar
      En de belanghebbende ontvangt in de maand € 1.000,00 netto loon
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 8 maanden voorbij
      Als de bijstand over de maand wordt berekend
      Dan is van de inkomsten uit arbeid samen € 0,00 vrijgelaten
      En is het inkomen dat met de bijstand wordt verrekend € 1.000,00
      En wordt over de maand € 331,42 bijstand betaald
      En wordt € 10,85 vakantietoeslag gereserveerd
      En houdt het huishouden deze maand € 1.331,42 over om van te leven

  Regel: De berekening noemt wat zij vrijlaat en welke maatregelen zij toepast, in de volgorde van de berekening (openapi.yaml)
    # Maart 2026, alleenstaande van 45 jaar: norm art. 21 onder a 1.401,50; vakantietoeslag 5 % = 70,075 -> 70,08;
    # maanddeel 1.331,42. Vrijlatingen, in de volgorde van de berekening:
    # - loon € 1.000,00, eerste maand van de periode van art. 31 lid 2 onder n Pw: 25 % × 1.000,00 = 250,00
    #   (onder het maximum van € 285,00, Normenbrief 2026); vóór 2027 geen maatregel van de wet (M13 is art. 34a);
    # - giften: eerder dit jaar 900,00 plus 300,00 = 1.200,00, niet meer dan € 1.200,00 per kalenderjaar
    #   (art. 31 lid 2 onder m Pw, Normenbrief 2026): de hele 300,00 vrij (M04);
    # - voedselpakketten: bijdragen van voedselbanken geheel niet in aanmerking (art. 18 lid 8, tweede zin, Pw): 50,00
    #   vrij (M04).
    # In aanmerking 1.000,00 − 250,00 = 750,00; betaald 1.331,42 − 750,00 = 581,42.
    # Voorlopig zoals BER-040: de berekening van de maand rust ook op de lezing dat de vakantieaanspraak over het
    # loon vóór de vrijlating wordt berekend (M19-aanspraak-voor-vrijlating); dit scenario toetst de reservering niet.

    @BER-042 @normenbrief-2026 @voorlopig
    Scenario: Loon in de eerste maand van de vrijlating, giften tot precies de jaargrens en een voedselpakket
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 45 jaar
      En de belanghebbende ontvangt in de maand € 1.000,00 netto loon
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 0 maanden voorbij
      En het huishouden kreeg eerder dit kalenderjaar € 900,00 aan giften en bijdragen
      En het huishouden krijgt in de maand € 300,00 aan giften
      En het huishouden krijgt in de maand € 50,00 aan voedselpakketten
      Als de bijstand over de maand wordt berekend
      Dan zijn de vrijlatingen:
        | soort                | bedrag   | artikel                  | maatregel |
        | inkomsten uit arbeid | € 250,00 | art. 31 lid 2 onder n Pw | geen      |
        | giften               | € 300,00 | art. 31 lid 2 onder m Pw | M04       |
        | voedselpakketten     | € 50,00  | art. 18 lid 8 Pw         | M04       |
      En is het inkomen dat met de bijstand wordt verrekend € 750,00
      En wordt over de maand € 581,42 bijstand betaald
    # Maart 2026, alleenstaande van 35 jaar met € 5.000,00 aan bezittingen (onder de vermogensgrens van € 8.000,00:
    # buiten beschouwing, art. 34 lid 2 onder b Pw, M05), € 300,00 aan giften als eerste dit jaar (binnen
    # € 1.200,00: vrij, art. 31 lid 2 onder m Pw, M04) en € 50,00 aan voedselpakketten (geheel niet in aanmerking,
    # art. 18 lid 8, tweede zin, Pw, M04). Eerst het vermogen, dan de giften; van de vrijlatingen eerst de giften,
    # dan de voedselpakketten. Geen inkomen in aanmerking: betaald het maanddeel 1.401,50 − 70,08 = 1.331,42.

    @BER-043 @normenbrief-2026
    Scenario: Vermogen onder de grens, giften binnen de jaargrens en een voedselpakket: twee toegepaste maatregelen
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 35 jaar
      En het huishouden heeft € 5.000,00 aan bezittingen
      En het huishouden krijgt in de maand € 300,00 aan giften
      En het huishouden krijgt in de maand € 50,00 aan voedselpakketten
      Als de bijstand over de maand wordt berekend
      Dan zijn de toegepaste maatregelen:
        | maatregel | artikel                  |
        | M05       | art. 34 lid 2 onder b Pw |
        | M04       | art. 31 lid 2 onder m Pw |
      En zijn de vrijlatingen:
        | soort            | bedrag   | artikel                  | maatregel |
        | giften           | € 300,00 | art. 31 lid 2 onder m Pw | M04       |
        | voedselpakketten | € 50,00  | art. 18 lid 8 Pw         | M04       |
      En wordt over de maand € 1.331,42 bijstand betaald
    # Maart 2026, alleenstaande van 35 jaar met alleen € 500,00 aan een andere uitkering: niets om vrij te laten
    # en geen maatregel van de wet die de berekening toepast. Betaald 1.331,42 − 500,00 = 831,42.

    @BER-044 @normenbrief-2026
    Scenario: Alleen een andere uitkering: geen vrijlatingen en geen toegepaste maatregelen
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 35 jaar
      En het huishouden ontvangt in de maand € 500,00 aan een andere uitkering
      Als de bijstand over de maand wordt berekend
      Dan zijn er geen vrijlatingen
      En zijn er geen toegepaste maatregelen
      En wordt over de maand € 831,42 bijstand betaald
    # Maart 2026, alleenstaande van 35 met alleen € 300,00 aan giften, de eerste dit jaar: binnen de € 1.200,00
    # per kalenderjaar, dus geheel vrij (art. 31 lid 2 onder m Pw, M04). Betaald het maanddeel € 1.331,42; het
    # huishouden heeft € 300,00 + € 1.331,42 = € 1.631,42, meer dan de kale uitkering.

    @BER-056 @normenbrief-2026
    Scenario: Alleen giften binnen de jaargrens
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 35 jaar
      En het huishouden krijgt in de maand € 300,00 aan giften
      Als de bijstand over de maand wordt berekend
      Dan zijn de toegepaste maatregelen:
        | maatregel | artikel                  |
        | M04       | art. 31 lid 2 onder m Pw |
      En zijn de vrijlatingen:
        | soort  | bedrag   | artikel                  | maatregel |
        | giften | € 300,00 | art. 31 lid 2 onder m Pw | M04       |
      En wordt over de maand € 1.331,42 bijstand betaald
      En houdt het huishouden deze maand € 1.631,42 over om van te leven
      En houdt hij niet minder over dan de kale uitkering
    # Alleen € 50,00 aan voedselpakketten: geheel niet in aanmerking (art. 18 lid 8, tweede zin, Pw, M04).

    @BER-057 @normenbrief-2026
    Scenario: Alleen een voedselpakket
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 35 jaar
      En het huishouden krijgt in de maand € 50,00 aan voedselpakketten
      Als de bijstand over de maand wordt berekend
      Dan zijn de vrijlatingen:
        | soort            | bedrag  | artikel          | maatregel |
        | voedselpakketten | € 50,00 | art. 18 lid 8 Pw | M04       |
      En wordt over de maand € 1.331,42 bijstand betaald
    # Maart 2026, alleenstaande van 45: een loonbetaling van € 1.000,00 ontvangen in maart en over maart telt in
    # maart, onder elke lezing van art. 31 en 32 Pw; zonder oordeel van het college blijft niets vrij. Norm
    # € 1.401,50, vakantietoeslag € 70,08, betaald € 1.331,42 − € 1.000,00 = € 331,42. Vakantieaanspraak
    # (art. 31 lid 4 Pw, Regeling art. 11 schijf 2): 8,00 % × € 1.000,00 − € 20,77 = € 59,23; gereserveerd
    # € 70,08 − € 59,23 = € 10,85. Over om van te leven € 1.000,00 + € 331,42 = € 1.331,42.

    @BER-059 @normenbrief-2026
    Scenario: Een loonbetaling ontvangen in de maand waarop zij betrekking heeft
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 45 jaar
      En hij ontvangt in 2026-03 een loonbetaling van € 1.000,00 over 2026-03
      Als de bijstand over de maand wordt berekend
      Dan is het inkomen dat met de bijstand wordt verrekend € 1.000,00
      En tellen de inkomsten uit arbeid na vrijlating mee voor € 1.000,00
      En wordt over de maand € 331,42 bijstand betaald
      En wordt € 10,85 vakantietoeslag gereserveerd
      En houdt het huishouden deze maand € 1.331,42 over om van te leven
    # Maart 2026, gehuwden van 40 en 38, de partner (met recht) verdient € 500,00 netto; zonder oordeel van het
    # college over de vrijlating blijft niets vrij. Norm art. 21 onder b € 2.002,13; vakantietoeslag 5 % =
    # € 100,1065 -> € 100,11; maanddeel € 1.902,02; betaald € 1.902,02 − € 500,00 = € 1.402,02. De
    # vakantieaanspraak over het loon (art. 31 lid 4 Pw, Regeling art. 11 schijf 1, Normenbrief 2026 Bijlage IV):
    # 8,00 % × € 500,00 = € 40,00, af van de reservering: € 100,11 − € 40,00 = € 60,11. Over om van te leven
    # € 500,00 + € 1.402,02 = € 1.902,02. Geen maatregel van de wet van 2025 (M19 geldt vanaf 2027).

    @BER-058 @normenbrief-2026
    Scenario: Het loon van de partner met recht en zijn vakantieaanspraak
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 40 jaar
      En de belanghebbende is gehuwd met een partner van 38 jaar
      En de partner ontvangt in de maand € 500,00 netto loon
      Als de bijstand over de maand wordt berekend
      Dan is het inkomen dat met de bijstand wordt verrekend € 500,00
      En tellen de inkomsten uit arbeid na vrijlating mee voor € 500,00
      En wordt over de maand € 1.402,02 bijstand betaald
      En wordt € 60,11 vakantietoeslag gereserveerd
      En houdt het huishouden deze maand € 1.902,02 over om van te leven
      En zijn er geen toegepaste maatregelen
    # Maart 2026, gehuwden: de belanghebbende heeft de pensioengerechtigde leeftijd bereikt, de partner (60, met
    # recht) verdient € 500,00 netto; zonder oordeel van het college blijft niets vrij. Norm art. 22 onder b en c
    # (een van beiden pensioengerechtigd) € 2.144,16 (Normenbrief 2026, Bijlage I); vakantietoeslag 5 % =
    # € 107,208 -> € 107,21; maanddeel € 2.036,95; betaald € 2.036,95 − € 500,00 = € 1.536,95. De partner is jonger
    # dan de pensioengerechtigde leeftijd en verdient met tegenwoordige arbeid: art. 11 van de Regeling, schijf 1
    # (€ 500,00 < € 876,39, Normenbrief 2026 Bijlage IV): 8,00 % × € 500,00 = € 40,00, af van de reservering:
    # € 107,21 − € 40,00 = € 67,21. Over om van te leven € 500,00 + € 1.536,95 = € 2.036,95.

    @BER-060 @normenbrief-2026
    Scenario: Het loon van de partner onder de pensioengerechtigde leeftijd naast een pensioengerechtigde belanghebbende
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 68 jaar
      En de belanghebbende heeft de pensioengerechtigde leeftijd bereikt
      En de belanghebbende is gehuwd met een partner van 60 jaar
      En de partner ontvangt in de maand € 500,00 netto loon
      Als de bijstand over de maand wordt berekend
      Dan is de norm € 2.144,16
      En is het inkomen dat met de bijstand wordt verrekend € 500,00
      En wordt over de maand € 1.536,95 bijstand betaald
      En wordt € 67,21 vakantietoeslag gereserveerd
      En houdt het huishouden deze maand € 2.036,95 over om van te leven
    # Maart 2026, gehuwden van 40 en 38; de partner is medisch urenbeperkt maar verdient niets, het huishouden
    # ontvangt € 500,00 aan een andere uitkering. Art. 31 lid 2 onder y Pw laat een deel van inkomsten uit arbeid
    # vrij: zonder inkomsten uit arbeid is er niets vrij te laten, en een lege lijst als niets is vrijgelaten
    # (openapi.yaml). Norm art. 21 onder b € 2.002,13; vakantietoeslag € 100,11; maanddeel € 1.902,02; betaald
    # € 1.902,02 − € 500,00 = € 1.402,02; de hele vakantietoeslag € 100,11 gereserveerd.

    @BER-061 @normenbrief-2026
    Scenario: Een medisch urenbeperkte partner zonder inkomsten uit arbeid: niets vrijgelaten
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 40 jaar
      En de belanghebbende is gehuwd met een partner van 38 jaar
      En de partner is medisch urenbeperkt
      En het huishouden ontvangt in de maand € 500,00 aan een andere uitkering
      Als de bijstand over de maand wordt berekend
      Dan zijn er geen vrijlatingen
      En wordt over de maand € 1.402,02 bijstand betaald
      En wordt € 100,11 vakantietoeslag gereserveerd
    # Maart 2026, alleenstaande van 45 zonder inkomsten uit arbeid; het college acht een vrijlating bijdragend aan
    # de arbeidsinschakeling, maar art. 31 lid 2 onder n Pw laat alleen een deel van inkomsten uit arbeid vrij: er is
    # niets vrij te laten, en een lege lijst als niets is vrijgelaten (openapi.yaml, vrijlatingen). € 500,00 aan
    # een andere uitkering. Norm art. 21 onder a € 1.401,50; vakantietoeslag 5 % = € 70,075 -> € 70,08; maanddeel
    # € 1.331,42; betaald € 1.331,42 − € 500,00 = € 831,42; de hele vakantietoeslag € 70,08 gereserveerd.

    @BER-063 @normenbrief-2026
    Scenario: Een oordeel van het college over de vrijlating zonder inkomsten uit arbeid: niets vrijgelaten
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 45 jaar
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 0 maanden voorbij
      En het huishouden ontvangt in de maand € 500,00 aan een andere uitkering
      Als de bijstand over de maand wordt berekend
      Dan zijn er geen vrijlatingen
      En wordt over de maand € 831,42 bijstand betaald
      En wordt € 70,08 vakantietoeslag gereserveerd

  Regel: In 2026 volgt de vakantieaanspraak over het loon de schijven van art. 11 van de Regeling (art. 31 lid 4 Pw; Normenbrief 1 januari 2026, Bijlage IV)
    # Art. 11 van de Regeling Participatiewet, IOAW en IOAZ voor 2026 (Normenbrief 1 januari 2026, Bijlage IV):
    # schijf 1 (tot € 876,39) 8,00 % × ink; schijf 2 (€ 876,39 tot € 1.059,26) 8,00 % × ink − € 20,77; schijf 3
    # (€ 1.059,26 tot € 2.175,48) 8,00 % × ink − € 2,67. De lonen zijn zo gekozen dat 8 % op hele centen uitkomt
    # (geen afrondingslezing) en de aanspraak de reservering niet te boven gaat. Geen vrijlating: de zes maanden
    # van art. 31 lid 2 onder n zijn voorbij. Alleenstaande van 45: norm art. 21 onder a € 1.401,50,
    # vakantietoeslag € 70,08, maanddeel € 1.331,42.
    # - € 876,00 (schijf 1): 8 % × 876,00 = 70,08; gereserveerd 70,08 − 70,08 = 0,00; betaald 1.331,42 − 876,00 = 455,42.
    # - € 876,50 (schijf 2): 8 % × 876,50 = 70,12; − 20,77 = 49,35; gereserveerd 70,08 − 49,35 = 20,73;
    #   betaald 1.331,42 − 876,50 = 454,92.

    @BER-064 @normenbrief-2026
    Abstract Scenario: Het loon van een alleenstaande onder en boven het begin van schijf 2 van art. 11
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 45 jaar
      En de belanghebbende ontvangt in de maand <loon> netto loon
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 8 maanden voorbij
      Als de bijstand over de maand wordt berekend
      Dan is het inkomen dat met de bijstand wordt verrekend <loon>
      En wordt over de maand <betaald> bijstand betaald
      En wordt <gereserveerd> vakantietoeslag gereserveerd

      Voorbeelden:
        | loon     | betaald  | gereserveerd |
        | € 876,00 | € 455,42 | € 0,00       |
        | € 876,50 | € 454,92 | € 20,73      |
    # Gehuwden van 45 en 38 (norm art. 21 onder b € 2.002,13; vakantietoeslag 5 % = € 100,1065 -> € 100,11;
    # maanddeel € 1.902,02); de belanghebbende verdient:
    # - € 1.059,25 (schijf 2): 8 % × 1.059,25 = 84,74; − 20,77 = 63,97; gereserveerd 100,11 − 63,97 = 36,14;
    #   betaald 1.902,02 − 1.059,25 = 842,77.
    # - € 1.059,50 (schijf 3): 8 % × 1.059,50 = 84,76; − 2,67 = 82,09; gereserveerd 100,11 − 82,09 = 18,02;
    #   betaald 1.902,02 − 1.059,50 = 842,52.

    @BER-065 @normenbrief-2026
    Abstract Scenario: Het loon van een gehuwde onder en boven het begin van schijf 3 van art. 11
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 45 jaar
      En de belanghebbende is gehuwd met een partner van 38 jaar
      En de belanghebbende ontvangt in de maand <loon> netto loon
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 8 maanden voorbij
      Als de bijstand over de maand wordt berekend
      Dan is het inkomen dat met de bijstand wordt verrekend <loon>
      En wordt over de maand <betaald> bijstand betaald
      En wordt <gereserveerd> vakantietoeslag gereserveerd

      Voorbeelden:
        | loon       | betaald  | gereserveerd |
        | € 1.059,25 | € 842,77 | € 36,14      |
        | € 1.059,50 | € 842,52 | € 18,02      |
