# language: nl
@M20
Functionaliteit: Individuele inkomenstoeslag
  Het college kan een individuele inkomenstoeslag verlenen aan wie 21 jaar of ouder is maar de
  pensioengerechtigde leeftijd nog niet heeft bereikt, langdurig een laag inkomen heeft, geen in aanmerking
  te nemen vermogen en geen uitzicht op inkomensverbetering (art. 36 lid 1 en 2 Pw). Wie in de 12 maanden
  vóór de aanvraag al een toeslag kreeg, wordt afgewezen (lid 3). Wat "langdurig" is en hoe hoog de
  toeslag is, bepaalt de verordening (art. 8 lid 1 onder b en lid 2 Pw); de wet kent daarvoor geen
  standaard. De scenario's nemen een verordening aan met "langdurig" na 36 maanden en een toeslag van
  € 450,00 (alleenstaande), € 550,00 (alleenstaande ouder) en € 600,00 (gehuwden), en noemen die waarden.
  Tot en met 2026 alleen op aanvraag; vanaf 1 januari 2027 ook ambtshalve. De maatregel is voorlopig: de
  tekst van art. 36 per 2027 staat niet in de bronnen; alle scenario's dragen daarom @voorlopig.

  Regel: Op aanvraag komt in aanmerking wie aan alle voorwaarden van art. 36 lid 1 Pw voldoet, vóór en na 1 januari 2027; voorlopig zoals de hele maatregel

    @M20-001 @voorlopig
    Abstract Scenario: Een alleenstaande met langdurig een laag inkomen, rond de jaarwisselingen
      Gegeven de peildatum is <peildatum>
      En de belanghebbende vraagt op <aanvraag> een individuele inkomenstoeslag aan
      En de belanghebbende is 45 jaar
      En de belanghebbende heeft 40 maanden aaneengesloten een laag inkomen
      En het college ziet voor de belanghebbende geen uitzicht op inkomensverbetering
      En de verordening noemt een laag inkomen langdurig na 36 maanden
      En de verordening kent een alleenstaande een individuele inkomenstoeslag toe van € 450,00
      Als de individuele inkomenstoeslag wordt beoordeeld
      Dan komt de belanghebbende in aanmerking voor een individuele inkomenstoeslag van € 450,00
      En is de grondslag "art. 36 lid 1 Pw"

      Voorbeelden:
        | aanvraag   | peildatum  |
        | 2025-12-01 | 2025-12-31 |
        | 2026-12-15 | 2026-12-31 |
        | 2026-12-15 | 2027-01-01 |

    @M20-002 @voorlopig
    Abstract Scenario: De toeslag volgt de leefvorm zoals de verordening die noemt
      Gegeven de peildatum is 2026-09-01
      En de belanghebbende vraagt op 2026-08-20 een individuele inkomenstoeslag aan
      En de belanghebbende is 50 jaar
      En er komen <kinderen> kinderen ten laste van het huishouden
      En de belanghebbende heeft 60 maanden aaneengesloten een laag inkomen
      En het college ziet voor de belanghebbende geen uitzicht op inkomensverbetering
      En de verordening noemt een laag inkomen langdurig na 36 maanden
      En de verordening kent een alleenstaande een individuele inkomenstoeslag toe van € 450,00
      En de verordening kent een alleenstaande ouder een individuele inkomenstoeslag toe van € 550,00
      Als de individuele inkomenstoeslag wordt beoordeeld
      Dan komt de belanghebbende in aanmerking voor een individuele inkomenstoeslag van <toeslag>

      Voorbeelden:
        | kinderen | toeslag  |
        |        0 | € 450,00 |
        |        2 | € 550,00 |

    @M20-003 @voorlopig
    Scenario: Gehuwden krijgen het bedrag voor gehuwden
      Gegeven de peildatum is 2026-09-01
      En de belanghebbende vraagt op 2026-08-20 een individuele inkomenstoeslag aan
      En de belanghebbende is 50 jaar
      En de belanghebbende is gehuwd met een partner van 52 jaar
      En de belanghebbende heeft 48 maanden aaneengesloten een laag inkomen
      En het college ziet voor de belanghebbende geen uitzicht op inkomensverbetering
      En de verordening noemt een laag inkomen langdurig na 36 maanden
      En de verordening kent gehuwden een individuele inkomenstoeslag toe van € 600,00
      Als de individuele inkomenstoeslag wordt beoordeeld
      Dan komt de belanghebbende in aanmerking voor een individuele inkomenstoeslag van € 600,00

  Regel: Alleen van 21 jaar tot de pensioengerechtigde leeftijd (art. 36 lid 1 Pw); voorlopig zoals de hele maatregel

    @M20-004 @voorlopig
    Scenario: Wie 21 jaar is, komt in aanmerking
      Gegeven de peildatum is 2026-05-01
      En de belanghebbende vraagt op 2026-04-20 een individuele inkomenstoeslag aan
      En de belanghebbende is 21 jaar
      En de belanghebbende heeft 36 maanden aaneengesloten een laag inkomen
      En het college ziet voor de belanghebbende geen uitzicht op inkomensverbetering
      En de verordening noemt een laag inkomen langdurig na 36 maanden
      En de verordening kent een alleenstaande een individuele inkomenstoeslag toe van € 450,00
      Als de individuele inkomenstoeslag wordt beoordeeld
      Dan komt de belanghebbende in aanmerking voor een individuele inkomenstoeslag van € 450,00

    @M20-005 @voorlopig
    Scenario: Wie 20 jaar is, niet
      Gegeven de peildatum is 2026-05-01
      En de belanghebbende vraagt op 2026-04-20 een individuele inkomenstoeslag aan
      En de belanghebbende is 20 jaar
      En de belanghebbende heeft 36 maanden aaneengesloten een laag inkomen
      En het college ziet voor de belanghebbende geen uitzicht op inkomensverbetering
      En de verordening noemt een laag inkomen langdurig na 36 maanden
      En de verordening kent een alleenstaande een individuele inkomenstoeslag toe van € 450,00
      Als de individuele inkomenstoeslag wordt beoordeeld
      Dan komt de belanghebbende niet in aanmerking voor een individuele inkomenstoeslag
      En is de grondslag "art. 36 lid 1 Pw"

    @M20-006 @voorlopig
    Scenario: Wie de pensioengerechtigde leeftijd heeft bereikt, niet
      Gegeven de peildatum is 2026-05-01
      En de belanghebbende vraagt op 2026-04-20 een individuele inkomenstoeslag aan
      En de belanghebbende is 67 jaar
      En de belanghebbende heeft de pensioengerechtigde leeftijd bereikt
      En de belanghebbende heeft 120 maanden aaneengesloten een laag inkomen
      En het college ziet voor de belanghebbende geen uitzicht op inkomensverbetering
      En de verordening noemt een laag inkomen langdurig na 36 maanden
      En de verordening kent een alleenstaande een individuele inkomenstoeslag toe van € 450,00
      Als de individuele inkomenstoeslag wordt beoordeeld
      Dan komt de belanghebbende niet in aanmerking voor een individuele inkomenstoeslag

  Regel: Wat "langdurig" is, bepaalt de verordening (art. 36 lid 1 en art. 8 lid 2 Pw); voorlopig zoals de hele maatregel

    @M20-007 @voorlopig
    Abstract Scenario: Precies zo lang als de verordening vraagt is langdurig
      Gegeven de peildatum is 2026-05-01
      En de belanghebbende vraagt op 2026-04-20 een individuele inkomenstoeslag aan
      En de belanghebbende is 40 jaar
      En de belanghebbende heeft <maanden> maanden aaneengesloten een laag inkomen
      En het college ziet voor de belanghebbende geen uitzicht op inkomensverbetering
      En de verordening noemt een laag inkomen langdurig na <verordening> maanden
      En de verordening kent een alleenstaande een individuele inkomenstoeslag toe van € 450,00
      Als de individuele inkomenstoeslag wordt beoordeeld
      Dan komt de belanghebbende in aanmerking voor een individuele inkomenstoeslag van € 450,00

      Voorbeelden:
        | verordening | maanden |
        |          36 |      36 |
        |          24 |      24 |

    @M20-008 @voorlopig
    Abstract Scenario: Eén maand te kort is niet langdurig
      Gegeven de peildatum is 2026-05-01
      En de belanghebbende vraagt op 2026-04-20 een individuele inkomenstoeslag aan
      En de belanghebbende is 40 jaar
      En de belanghebbende heeft <maanden> maanden aaneengesloten een laag inkomen
      En het college ziet voor de belanghebbende geen uitzicht op inkomensverbetering
      En de verordening noemt een laag inkomen langdurig na <verordening> maanden
      En de verordening kent een alleenstaande een individuele inkomenstoeslag toe van € 450,00
      Als de individuele inkomenstoeslag wordt beoordeeld
      Dan komt de belanghebbende niet in aanmerking voor een individuele inkomenstoeslag

      Voorbeelden:
        | verordening | maanden |
        |          36 |      35 |
        |          24 |      23 |

  Regel: Geen toeslag bij vermogen of uitzicht op inkomensverbetering (art. 36 lid 1 en 2 Pw); voorlopig zoals de hele maatregel

    @M20-009 @voorlopig
    Scenario: In aanmerking te nemen vermogen
      Gegeven de peildatum is 2026-05-01
      En de belanghebbende vraagt op 2026-04-20 een individuele inkomenstoeslag aan
      En de belanghebbende is 40 jaar
      En de belanghebbende heeft 48 maanden aaneengesloten een laag inkomen
      En de belanghebbende heeft vermogen dat in aanmerking wordt genomen
      En het college ziet voor de belanghebbende geen uitzicht op inkomensverbetering
      En de verordening noemt een laag inkomen langdurig na 36 maanden
      En de verordening kent een alleenstaande een individuele inkomenstoeslag toe van € 450,00
      Als de individuele inkomenstoeslag wordt beoordeeld
      Dan komt de belanghebbende niet in aanmerking voor een individuele inkomenstoeslag
      En is de grondslag "art. 36 lid 1 en art. 34 Pw"

    @M20-010 @voorlopig
    Scenario: Het college ziet uitzicht op inkomensverbetering
      Gegeven de peildatum is 2026-05-01
      En de belanghebbende vraagt op 2026-04-20 een individuele inkomenstoeslag aan
      En de belanghebbende is 30 jaar
      En de belanghebbende heeft 48 maanden aaneengesloten een laag inkomen
      En het college ziet voor de belanghebbende uitzicht op inkomensverbetering
      En de verordening noemt een laag inkomen langdurig na 36 maanden
      En de verordening kent een alleenstaande een individuele inkomenstoeslag toe van € 450,00
      Als de individuele inkomenstoeslag wordt beoordeeld
      Dan komt de belanghebbende niet in aanmerking voor een individuele inkomenstoeslag

  Regel: Wie in de 12 maanden vóór de aanvraag al een toeslag kreeg, wordt afgewezen (art. 36 lid 3 Pw); voorlopig: op of na dezelfde dag 12 maanden eerder telt mee

    @M20-011 @voorlopig
    Abstract Scenario: Een eerdere toeslag binnen 12 maanden
      Gegeven de peildatum is 2026-07-01
      En de belanghebbende vraagt op 2026-06-15 een individuele inkomenstoeslag aan
      En de belanghebbende is 40 jaar
      En aan de belanghebbende is op <vorige> een individuele inkomenstoeslag verleend
      En de belanghebbende heeft 48 maanden aaneengesloten een laag inkomen
      En het college ziet voor de belanghebbende geen uitzicht op inkomensverbetering
      En de verordening noemt een laag inkomen langdurig na 36 maanden
      En de verordening kent een alleenstaande een individuele inkomenstoeslag toe van € 450,00
      Als de individuele inkomenstoeslag wordt beoordeeld
      Dan komt de belanghebbende niet in aanmerking voor een individuele inkomenstoeslag
      En is de grondslag "art. 36 lid 3 Pw"

      Voorbeelden:
        | vorige     |
        | 2025-06-15 |
        | 2026-01-10 |

    @M20-012 @voorlopig
    Scenario: Een eerdere toeslag van meer dan 12 maanden vóór de aanvraag
      Gegeven de peildatum is 2026-07-01
      En de belanghebbende vraagt op 2026-06-15 een individuele inkomenstoeslag aan
      En de belanghebbende is 40 jaar
      En aan de belanghebbende is op 2025-06-14 een individuele inkomenstoeslag verleend
      En de belanghebbende heeft 48 maanden aaneengesloten een laag inkomen
      En het college ziet voor de belanghebbende geen uitzicht op inkomensverbetering
      En de verordening noemt een laag inkomen langdurig na 36 maanden
      En de verordening kent een alleenstaande een individuele inkomenstoeslag toe van € 450,00
      Als de individuele inkomenstoeslag wordt beoordeeld
      Dan komt de belanghebbende in aanmerking voor een individuele inkomenstoeslag van € 450,00

  Regel: Tot en met 2026 alleen op aanvraag; vanaf 1 januari 2027 kan het college de toeslag ook ambtshalve verlenen (voorlopig: de tekst van art. 36 per 2027 ontbreekt)

    @M20-013 @voorlopig
    Scenario: Zonder aanvraag op 31 december 2026: geen toeslag
      Gegeven de peildatum is 2026-12-31
      En de belanghebbende is 45 jaar
      En de belanghebbende heeft 48 maanden aaneengesloten een laag inkomen
      En het college ziet voor de belanghebbende geen uitzicht op inkomensverbetering
      En de verordening noemt een laag inkomen langdurig na 36 maanden
      En de verordening kent een alleenstaande een individuele inkomenstoeslag toe van € 450,00
      Als de individuele inkomenstoeslag wordt beoordeeld
      Dan komt de belanghebbende niet in aanmerking voor een individuele inkomenstoeslag
      En is de grondslag "art. 36 lid 1 Pw"

    @M20-014 @voorlopig
    Scenario: Zonder aanvraag op 1 januari 2027: ambtshalve
      Gegeven de peildatum is 2027-01-01
      En de belanghebbende is 45 jaar
      En de belanghebbende heeft 48 maanden aaneengesloten een laag inkomen
      En het college ziet voor de belanghebbende geen uitzicht op inkomensverbetering
      En de verordening noemt een laag inkomen langdurig na 36 maanden
      En de verordening kent een alleenstaande een individuele inkomenstoeslag toe van € 450,00
      Als de individuele inkomenstoeslag wordt beoordeeld
      Dan komt de belanghebbende in aanmerking voor een individuele inkomenstoeslag van € 450,00
      En is de individuele inkomenstoeslag ambtshalve beoordeeld

    @M20-015 @voorlopig
    Scenario: Ambtshalve telt de termijn van 12 maanden terug vanaf de peildatum
      Gegeven de peildatum is 2027-03-01
      En de belanghebbende is 45 jaar
      En aan de belanghebbende is op 2026-03-01 een individuele inkomenstoeslag verleend
      En de belanghebbende heeft 48 maanden aaneengesloten een laag inkomen
      En het college ziet voor de belanghebbende geen uitzicht op inkomensverbetering
      En de verordening noemt een laag inkomen langdurig na 36 maanden
      En de verordening kent een alleenstaande een individuele inkomenstoeslag toe van € 450,00
      Als de individuele inkomenstoeslag wordt beoordeeld
      Dan komt de belanghebbende niet in aanmerking voor een individuele inkomenstoeslag
      En is de grondslag "art. 36 lid 3 Pw"

  Regel: Ongeldige of onvolledige invoer wordt geweigerd en elk onjuist gegeven genoemd

    @M20-016 @voorlopig
    Scenario: Een aanvraag na de peildatum
      Gegeven de peildatum is 2026-05-01
      En de belanghebbende vraagt op 2026-05-02 een individuele inkomenstoeslag aan
      En de belanghebbende is 40 jaar
      En de belanghebbende heeft 48 maanden aaneengesloten een laag inkomen
      En het college ziet voor de belanghebbende geen uitzicht op inkomensverbetering
      Als de individuele inkomenstoeslag wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "aanvraagdatum"

    @M20-017 @voorlopig
    Scenario: Zonder verordening over "langdurig" valt niet te beslissen
      Gegeven de peildatum is 2026-05-01
      En de belanghebbende vraagt op 2026-04-20 een individuele inkomenstoeslag aan
      En de belanghebbende is 40 jaar
      En de belanghebbende heeft 48 maanden aaneengesloten een laag inkomen
      En het college ziet voor de belanghebbende geen uitzicht op inkomensverbetering
      Als de individuele inkomenstoeslag wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "beleid.inkomenstoeslagLangdurigMaanden"
