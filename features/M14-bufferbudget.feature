# language: nl
@M14
Functionaliteit: Bufferbudget
  Vanaf 1 januari 2027 kan het college ambtshalve een bufferbudget van ten hoogste € 1.000 per
  kalenderjaar inzetten voor wie inkomen uit arbeid en algemene bijstand ontvangt (art. 34b Pw), als
  de inkomstenverrekening het inkomen zo instabiel maakt dat het huishouden in een of meer maanden
  minder dan de bijstandsnorm heeft, en het college vindt dat het bufferbudget bijdraagt aan werken
  in deeltijd of volledige arbeidsinschakeling. Het college betaalt eruit aan de belanghebbende of
  vereffent er onverschuldigd betaalde bijstand door inkomsten uit arbeid mee. Gehuwden krijgen
  ieder de helft (art. 34b lid 3 met art. 45 lid 4 Pw). Vóór 2027 bestaat het niet.

  Regel: Het bufferbudget bestaat vanaf 1 januari 2027 (art. 34b Pw)
    # De bijstandsnorm is in de scenario's van M14 gegeven, omdat de normen van 2027 nog niet zijn gepubliceerd
    # (art. 38 lid 1 Pw): € 1.401,50 (alleenstaande van 21 jaar tot de pensioengerechtigde leeftijd, art. 21 Pw) en
    # voor gehuwden € 2.002,13, de normen per 1 januari 2026 (Normenbrief, Bijlage I). Zo rust het antwoord op art. 34b.
    # 2026-12-31: art. 34b is nog niet in werking, € 0,00; 2027-01-01: min(€ 300,00; € 1.000,00 - € 0,00) = € 300,00.

    @M14-001
    Abstract Scenario: De dag vóór en de dag van de inwerkingtreding
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is 45 jaar
      En het huishouden heeft deze maand € 1.000,00 tot zijn beschikking
      En de bijstandsnorm van het huishouden is deze maand € 1.401,50
      En de belanghebbende ontvangt inkomen uit arbeid naast algemene bijstand
      En door de inkomstenverrekening is het inkomen zo instabiel dat het huishouden soms minder dan de bijstandsnorm heeft
      En het college acht het bufferbudget bijdragend aan werken in deeltijd
      En het college acht een betaling van € 300,00 uit het bufferbudget bijdragend aan de stabiliteit
      Als het bufferbudget wordt beoordeeld
      Dan wordt <betaald> uit het bufferbudget betaald
      En is de grondslag "art. 34b Pw"

      Voorbeelden:
        | peildatum  | betaald  |
        | 2026-12-31 | € 0,00   |
        | 2027-01-01 | € 300,00 |
    # 2026-11-01 ligt vóór 2027-01-01 (art. 34b Pw, inwerking 2027-01-01): niets ingezet, € 0,00 betaald.

    @M14-002
    Scenario: Vóór 2027 is het bufferbudget niet van toepassing, met de datum waarop het begint
      Gegeven de peildatum is 2026-11-01
      En de belanghebbende is 45 jaar
      En het huishouden heeft deze maand € 1.000,00 tot zijn beschikking
      En de bijstandsnorm van het huishouden is deze maand € 1.401,50
      En de belanghebbende ontvangt inkomen uit arbeid naast algemene bijstand
      En door de inkomstenverrekening is het inkomen zo instabiel dat het huishouden soms minder dan de bijstandsnorm heeft
      En het college acht het bufferbudget bijdragend aan werken in deeltijd
      Als het bufferbudget wordt beoordeeld
      Dan bestaat het bufferbudget pas vanaf 2027-01-01
      En wordt het bufferbudget niet ingezet

  Regel: Ten hoogste € 1.000 per kalenderjaar, min wat dit kalenderjaar al is ingezet (art. 34b lid 1 Pw)
    # Art. 34b lid 1 Pw: € 1.000 per kalenderjaar (een bedrag uit de wet, niet geïndexeerd). Ruimte = € 1.000,00 - gebruikt;
    # betaald = min(€ 300,00; ruimte); rest = ruimte - betaald.
    # € 0,00: ruimte € 1.000,00, betaald € 300,00, rest € 700,00. € 700,00: ruimte € 300,00, betaald € 300,00, rest € 0,00.
    # € 800,00: ruimte € 200,00, betaald € 200,00, rest € 0,00. € 1.000,00: ruimte € 0,00, betaald € 0,00, rest € 0,00.

    @M14-003
    Abstract Scenario: Het jaarmaximum begrenst de betaling
      Gegeven de peildatum is 2027-11-01
      En de belanghebbende is 45 jaar
      En het huishouden heeft deze maand € 1.000,00 tot zijn beschikking
      En de bijstandsnorm van het huishouden is deze maand € 1.401,50
      En de belanghebbende ontvangt inkomen uit arbeid naast algemene bijstand
      En door de inkomstenverrekening is het inkomen zo instabiel dat het huishouden soms minder dan de bijstandsnorm heeft
      En het college acht het bufferbudget bijdragend aan werken in deeltijd
      En het college acht een betaling van € 300,00 uit het bufferbudget bijdragend aan de stabiliteit
      En dit kalenderjaar is al <gebruikt> bufferbudget ingezet
      Als het bufferbudget wordt beoordeeld
      Dan wordt het bufferbudget ingezet
      En wordt <betaald> uit het bufferbudget betaald
      En resteert dit kalenderjaar nog <rest> bufferbudget

      Voorbeelden:
        | gebruikt   | betaald  | rest     |
        | € 0,00     | € 300,00 | € 700,00 |
        | € 700,00   | € 300,00 | € 0,00   |
        | € 800,00   | € 200,00 | € 0,00   |
        | € 1.000,00 | € 0,00   | € 0,00   |
    # Art. 34b lid 1 Pw: minder dan € 1.000 mag. Ruimte = € 500,00 - € 400,00 = € 100,00;
    # betaald = min(€ 300,00; € 100,00) = € 100,00; rest € 100,00 - € 100,00 = € 0,00.

    @M14-004
    Scenario: Een gemeente die minder inzet dan de wet toestaat
      Gegeven de peildatum is 2027-11-01
      En de gemeente zet als beleid ten hoogste € 500,00 bufferbudget per kalenderjaar in
      En de belanghebbende is 45 jaar
      En het huishouden heeft deze maand € 1.000,00 tot zijn beschikking
      En de bijstandsnorm van het huishouden is deze maand € 1.401,50
      En de belanghebbende ontvangt inkomen uit arbeid naast algemene bijstand
      En door de inkomstenverrekening is het inkomen zo instabiel dat het huishouden soms minder dan de bijstandsnorm heeft
      En het college acht het bufferbudget bijdragend aan werken in deeltijd
      En het college acht een betaling van € 300,00 uit het bufferbudget bijdragend aan de stabiliteit
      En dit kalenderjaar is al € 400,00 bufferbudget ingezet
      Als het bufferbudget wordt beoordeeld
      Dan wordt € 100,00 uit het bufferbudget betaald
      En resteert dit kalenderjaar nog € 0,00 bufferbudget
    # Precies tot het jaarmaximum en één cent erover (art. 34b lid 1 Pw): al gebruikt € 700,00, ruimte
    # € 1.000,00 - € 700,00 = € 300,00. Gevraagd € 300,00: betaald min(€ 300,00; € 300,00) = € 300,00, rest € 0,00.
    # Gevraagd € 300,01 (één cent boven het maximum): betaald min(€ 300,01; € 300,00) = € 300,00, rest € 0,00.

    @M14-016
    Abstract Scenario: Precies tot het jaarmaximum en één cent erover
      Gegeven de peildatum is 2027-11-01
      En de belanghebbende is 45 jaar
      En het huishouden heeft deze maand € 1.000,00 tot zijn beschikking
      En de bijstandsnorm van het huishouden is deze maand € 1.401,50
      En de belanghebbende ontvangt inkomen uit arbeid naast algemene bijstand
      En door de inkomstenverrekening is het inkomen zo instabiel dat het huishouden soms minder dan de bijstandsnorm heeft
      En het college acht het bufferbudget bijdragend aan werken in deeltijd
      En het college acht een betaling van <gevraagd> uit het bufferbudget bijdragend aan de stabiliteit
      En dit kalenderjaar is al € 700,00 bufferbudget ingezet
      Als het bufferbudget wordt beoordeeld
      Dan wordt het bufferbudget ingezet
      En wordt <betaald> uit het bufferbudget betaald
      En resteert dit kalenderjaar nog € 0,00 bufferbudget

      Voorbeelden:
        | gevraagd | betaald  |
        | € 300,00 | € 300,00 |
        | € 300,01 | € 300,00 |

  Regel: Alleen bij inkomen uit arbeid naast bijstand, instabiliteit door verrekening en het oordeel van het college (art. 34b lid 1 onder a en b Pw)
    # Elk van de drie scenario's laat één voorwaarde van art. 34b lid 1 weg en geeft de andere twee: het college kan
    # het bufferbudget dan niet inzetten, er wordt € 0,00 betaald (aan niemand een betaling, lid 3 met art. 45 lid 4)
    # en het hele jaarmaximum (€ 1.000,00) resteert.

    @M14-005
    Scenario: Zonder instabiliteit door de inkomstenverrekening geen bufferbudget
      Gegeven de peildatum is 2027-11-01
      En de belanghebbende is 45 jaar
      En het huishouden heeft deze maand € 1.000,00 tot zijn beschikking
      En de bijstandsnorm van het huishouden is deze maand € 1.401,50
      En de belanghebbende ontvangt inkomen uit arbeid naast algemene bijstand
      En het college acht het bufferbudget bijdragend aan werken in deeltijd
      Als het bufferbudget wordt beoordeeld
      Dan wordt het bufferbudget niet ingezet
      En zijn er geen betalingen uit het bufferbudget per echtgenoot
      En resteert dit kalenderjaar nog € 1.000,00 bufferbudget

    @M14-006
    Scenario: Zonder het oordeel van het college geen bufferbudget
      Gegeven de peildatum is 2027-11-01
      En de belanghebbende is 45 jaar
      En het huishouden heeft deze maand € 1.000,00 tot zijn beschikking
      En de bijstandsnorm van het huishouden is deze maand € 1.401,50
      En de belanghebbende ontvangt inkomen uit arbeid naast algemene bijstand
      En door de inkomstenverrekening is het inkomen zo instabiel dat het huishouden soms minder dan de bijstandsnorm heeft
      Als het bufferbudget wordt beoordeeld
      Dan wordt het bufferbudget niet ingezet
      En resteert dit kalenderjaar nog € 1.000,00 bufferbudget

    @M14-007
    Scenario: Wie geen inkomen uit arbeid heeft, krijgt geen bufferbudget
      Gegeven de peildatum is 2027-11-01
      En de belanghebbende is 45 jaar
      En het huishouden heeft deze maand € 1.000,00 tot zijn beschikking
      En de bijstandsnorm van het huishouden is deze maand € 1.401,50
      En door de inkomstenverrekening is het inkomen zo instabiel dat het huishouden soms minder dan de bijstandsnorm heeft
      En het college acht het bufferbudget bijdragend aan werken in deeltijd
      Als het bufferbudget wordt beoordeeld
      Dan wordt het bufferbudget niet ingezet
      En resteert dit kalenderjaar nog € 1.000,00 bufferbudget
    # Art. 34b lid 1 onder a Pw: minder dan de bijstandsnorm. Tekort = € 1.401,50 - beschikbaar, niet onder € 0,00:
    # € 1.000,00 geeft € 401,50; € 1.401,50 geeft € 0,00; € 1.500,00 geeft € 0,00. De instabiliteit in een of meer
    # maanden is een oordeel (invoer); het college acht € 300,00 bijdragend, betaald min(€ 300,00; € 1.000,00) = € 300,00.

    @M14-019
    Abstract Scenario: Het tekort van de maand ten opzichte van de gegeven bijstandsnorm
      Gegeven de peildatum is 2027-11-01
      En de belanghebbende is 45 jaar
      En het huishouden heeft deze maand <beschikbaar> tot zijn beschikking
      En de bijstandsnorm van het huishouden is deze maand € 1.401,50
      En de belanghebbende ontvangt inkomen uit arbeid naast algemene bijstand
      En door de inkomstenverrekening is het inkomen zo instabiel dat het huishouden soms minder dan de bijstandsnorm heeft
      En het college acht het bufferbudget bijdragend aan werken in deeltijd
      En het college acht een betaling van € 300,00 uit het bufferbudget bijdragend aan de stabiliteit
      Als het bufferbudget wordt beoordeeld
      Dan is de norm € 1.401,50
      En is het tekort in de maand ten opzichte van de norm <tekort>
      En wordt € 300,00 uit het bufferbudget betaald

      Voorbeelden:
        | beschikbaar | tekort   |
        | € 1.000,00  | € 401,50 |
        | € 1.401,50  | € 0,00   |
        | € 1.500,00  | € 0,00   |

  Regel: Gehuwden krijgen het bufferbudget gezamenlijk, ieder de helft (art. 34b lid 3, art. 11 lid 4 en art. 45 lid 4 Pw)
    # Betaald min(€ 300,00; € 1.000,00) = € 300,00; ieder van de echtgenoten € 300,00 / 2 = € 150,00 (art. 45 lid 4 Pw):
    # twee betalingen, eerst aan de belanghebbende, dan aan de partner.

    @M14-008
    Scenario: Een echtpaar krijgt ieder de helft van de betaling
      Gegeven de peildatum is 2027-11-01
      En de belanghebbende is 40 jaar
      En de belanghebbende is gehuwd met een partner van 38 jaar
      En het huishouden heeft deze maand € 1.500,00 tot zijn beschikking
      En de bijstandsnorm van het huishouden is deze maand € 2.002,13
      En de belanghebbende ontvangt inkomen uit arbeid naast algemene bijstand
      En door de inkomstenverrekening is het inkomen zo instabiel dat het huishouden soms minder dan de bijstandsnorm heeft
      En het college acht het bufferbudget bijdragend aan werken in deeltijd
      En het college acht een betaling van € 300,00 uit het bufferbudget bijdragend aan de stabiliteit
      Als het bufferbudget wordt beoordeeld
      Dan wordt € 300,00 uit het bufferbudget betaald
      En zijn de betalingen uit het bufferbudget per echtgenoot:
        | bedrag   |
        | € 150,00 |
        | € 150,00 |

  Regel: Het college betaalt uit het bufferbudget of vereffent er onverschuldigd betaalde bijstand mee (art. 34b lid 2 Pw); voorlopig: zonder bedrag van het college betaalt pwib het tekort van de maand ten opzichte van de norm, en het budget gaat eerst naar betalingen

    @M14-009 @voorlopig
    Scenario: Zonder bedrag van het college wordt het tekort van de maand bijgepast
      Gegeven de peildatum is 2027-11-01
      En de belanghebbende is 45 jaar
      En het huishouden heeft deze maand € 1.000,00 tot zijn beschikking
      En de belanghebbende ontvangt inkomen uit arbeid naast algemene bijstand
      En door de inkomstenverrekening is het inkomen zo instabiel dat het huishouden soms minder dan de bijstandsnorm heeft
      En het college acht het bufferbudget bijdragend aan werken in deeltijd
      Als het bufferbudget wordt beoordeeld
      Dan is de norm € 1.419,46
      En is het tekort in de maand ten opzichte van de norm € 419,46
      En wordt € 419,46 uit het bufferbudget betaald
      En resteert dit kalenderjaar nog € 580,54 bufferbudget

    @M14-010 @voorlopig
    Scenario: Vereffenen van onverschuldigd betaalde bijstand met wat na de betaling overblijft
      Gegeven de peildatum is 2027-11-01
      En de belanghebbende is 45 jaar
      En het huishouden heeft deze maand € 1.000,00 tot zijn beschikking
      En de belanghebbende ontvangt inkomen uit arbeid naast algemene bijstand
      En door de inkomstenverrekening is het inkomen zo instabiel dat het huishouden soms minder dan de bijstandsnorm heeft
      En het college acht het bufferbudget bijdragend aan werken in deeltijd
      En het college acht een betaling van € 300,00 uit het bufferbudget bijdragend aan de stabiliteit
      En het college vereffent met het bufferbudget € 250,00 onverschuldigd betaalde bijstand door inkomsten uit arbeid
      En dit kalenderjaar is al € 500,00 bufferbudget ingezet
      Als het bufferbudget wordt beoordeeld
      Dan wordt € 300,00 uit het bufferbudget betaald
      En wordt met het bufferbudget € 200,00 vereffend
      En resteert dit kalenderjaar nog € 0,00 bufferbudget

  Regel: Ongeldige invoer wordt geweigerd en elk onjuist gegeven genoemd

    @M14-011
    Scenario: Een gemeente kan niet meer inzetten dan de wet toestaat
      Gegeven de peildatum is 2027-11-01
      En de gemeente zet als beleid ten hoogste € 1.500,00 bufferbudget per kalenderjaar in
      En de belanghebbende is 45 jaar
      En het huishouden heeft deze maand € 1.000,00 tot zijn beschikking
      Als het bufferbudget wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "beleid.bufferbudgetMaximumPerKalenderjaar"

    @M14-012
    Scenario: Een negatief beschikbaar bedrag bestaat niet
      Gegeven de peildatum is 2027-11-01
      En de belanghebbende is 45 jaar
      En het huishouden heeft deze maand € -1,00 tot zijn beschikking
      Als het bufferbudget wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "beschikbaarInDeMaand"
    # Art. 34b lid 1 Pw: ten hoogste € 1.000; één cent meer als beleid is meer dan de wet toestaat (M14-015: € 1.000,00 mag).

    @M14-017
    Scenario: Een gemeente kan niet één cent meer inzetten dan de wet toestaat
      Gegeven de peildatum is 2027-11-01
      En de gemeente zet als beleid ten hoogste € 1.000,01 bufferbudget per kalenderjaar in
      En de belanghebbende is 45 jaar
      En het huishouden heeft deze maand € 1.000,00 tot zijn beschikking
      En de bijstandsnorm van het huishouden is deze maand € 1.401,50
      Als het bufferbudget wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "beleid.bufferbudgetMaximumPerKalenderjaar"

    @M14-018
    Scenario: Een negatieve bijstandsnorm bestaat niet
      Gegeven de peildatum is 2027-11-01
      En de belanghebbende is 45 jaar
      En het huishouden heeft deze maand € 1.000,00 tot zijn beschikking
      En de bijstandsnorm van het huishouden is deze maand € -1,00
      Als het bufferbudget wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "bijstandsnorm"

  Regel: Betalen en vereffenen samen binnen het jaarmaximum, en gehuwden ieder de helft (art. 34b lid 1 tot en met 3 Pw)
    # Art. 34b lid 3 met art. 45 lid 4 Pw: gehuwden krijgen ieder de helft van de betaling.
    # € 201,50 / 2 = € 100,75 voor ieder (een even aantal centen: geen afronding nodig).

    @M14-013
    Scenario: Een echtpaar krijgt ieder de helft van een betaling met centen
      Gegeven de peildatum is 2027-11-01
      En de belanghebbende is 40 jaar
      En de belanghebbende is gehuwd met een partner van 38 jaar
      En het huishouden heeft deze maand € 1.500,00 tot zijn beschikking
      En de bijstandsnorm van het huishouden is deze maand € 2.002,13
      En de belanghebbende ontvangt inkomen uit arbeid naast algemene bijstand
      En door de inkomstenverrekening is het inkomen zo instabiel dat het huishouden soms minder dan de bijstandsnorm heeft
      En het college acht het bufferbudget bijdragend aan werken in deeltijd
      En het college acht een betaling van € 201,50 uit het bufferbudget bijdragend aan de stabiliteit
      Als het bufferbudget wordt beoordeeld
      Dan wordt € 201,50 uit het bufferbudget betaald
      En krijgt ieder van de echtgenoten € 100,75 uit het bufferbudget
    # Alleen gehuwden die beiden recht hebben, krijgen ieder de helft (art. 45 lid 4 Pw: "ieder van de rechthebbende
    # echtgenoten"; art. 11 lid 4: het recht komt hun gezamenlijk toe, tenzij een van hen geen recht heeft). Een
    # alleenstaande, of een belanghebbende wiens partner geen recht op algemene bijstand heeft, krijgt de hele
    # betaling: min(€ 300,00; € 1.000,00) = € 300,00. De norm doet hier niet ter zake (het college bepaalt de betaling).

    @M14-020
    Scenario: Een alleenstaande krijgt de hele betaling
      Gegeven de peildatum is 2027-11-01
      En de belanghebbende is 45 jaar
      En het huishouden heeft deze maand € 1.000,00 tot zijn beschikking
      En de bijstandsnorm van het huishouden is deze maand € 1.401,50
      En de belanghebbende ontvangt inkomen uit arbeid naast algemene bijstand
      En door de inkomstenverrekening is het inkomen zo instabiel dat het huishouden soms minder dan de bijstandsnorm heeft
      En het college acht het bufferbudget bijdragend aan werken in deeltijd
      En het college acht een betaling van € 300,00 uit het bufferbudget bijdragend aan de stabiliteit
      Als het bufferbudget wordt beoordeeld
      Dan wordt € 300,00 uit het bufferbudget betaald
      En krijgt alleen de belanghebbende € 300,00 uit het bufferbudget

    @M14-021
    Scenario: Is de partner zonder recht op algemene bijstand, dan krijgt de belanghebbende de hele betaling
      Gegeven de peildatum is 2027-11-01
      En de belanghebbende is 40 jaar
      En de belanghebbende is gehuwd met een partner van 38 jaar
      En de partner heeft geen recht op algemene bijstand
      En het huishouden heeft deze maand € 1.000,00 tot zijn beschikking
      En de bijstandsnorm van het huishouden is deze maand € 1.401,50
      En de belanghebbende ontvangt inkomen uit arbeid naast algemene bijstand
      En door de inkomstenverrekening is het inkomen zo instabiel dat het huishouden soms minder dan de bijstandsnorm heeft
      En het college acht het bufferbudget bijdragend aan werken in deeltijd
      En het college acht een betaling van € 300,00 uit het bufferbudget bijdragend aan de stabiliteit
      Als het bufferbudget wordt beoordeeld
      Dan wordt € 300,00 uit het bufferbudget betaald
      En krijgt alleen de belanghebbende € 300,00 uit het bufferbudget
    # Art. 34b lid 1 Pw: ten hoogste € 1.000 per kalenderjaar;
    # lid 2: het college betaalt eruit en vereffent er onverschuldigd betaalde bijstand mee. Beide passen hier
    # binnen het maximum, dus de volgorde (M14-010, voorlopig) doet niet ter zake:
    # betaald € 300,00, vereffend € 250,00; rest € 1.000,00 - € 0,00 - € 300,00 - € 250,00 = € 450,00.

    @M14-014
    Scenario: Betalen en vereffenen in dezelfde maand gaan samen van het jaarmaximum af
      Gegeven de peildatum is 2027-11-01
      En de belanghebbende is 45 jaar
      En het huishouden heeft deze maand € 1.000,00 tot zijn beschikking
      En de bijstandsnorm van het huishouden is deze maand € 1.401,50
      En de belanghebbende ontvangt inkomen uit arbeid naast algemene bijstand
      En door de inkomstenverrekening is het inkomen zo instabiel dat het huishouden soms minder dan de bijstandsnorm heeft
      En het college acht het bufferbudget bijdragend aan werken in deeltijd
      En het college acht een betaling van € 300,00 uit het bufferbudget bijdragend aan de stabiliteit
      En het college vereffent met het bufferbudget € 250,00 onverschuldigd betaalde bijstand door inkomsten uit arbeid
      Als het bufferbudget wordt beoordeeld
      Dan wordt € 300,00 uit het bufferbudget betaald
      En wordt met het bufferbudget € 250,00 vereffend
      En resteert dit kalenderjaar nog € 450,00 bufferbudget
    # Art. 34b lid 1 Pw: ten hoogste € 1.000 per kalenderjaar. Beleid van precies € 1.000,00 is het wettelijke
    # maximum zelf en dus toegestaan (M14-011: € 1.500,00 wordt geweigerd). Betaald € 300,00;
    # rest € 1.000,00 - € 300,00 = € 700,00.

    @M14-015
    Scenario: Beleid van precies het wettelijke maximum is toegestaan
      Gegeven de peildatum is 2027-11-01
      En de gemeente zet als beleid ten hoogste € 1.000,00 bufferbudget per kalenderjaar in
      En de belanghebbende is 45 jaar
      En het huishouden heeft deze maand € 1.000,00 tot zijn beschikking
      En de bijstandsnorm van het huishouden is deze maand € 1.401,50
      En de belanghebbende ontvangt inkomen uit arbeid naast algemene bijstand
      En door de inkomstenverrekening is het inkomen zo instabiel dat het huishouden soms minder dan de bijstandsnorm heeft
      En het college acht het bufferbudget bijdragend aan werken in deeltijd
      En het college acht een betaling van € 300,00 uit het bufferbudget bijdragend aan de stabiliteit
      Als het bufferbudget wordt beoordeeld
      Dan wordt € 300,00 uit het bufferbudget betaald
      En resteert dit kalenderjaar nog € 700,00 bufferbudget
