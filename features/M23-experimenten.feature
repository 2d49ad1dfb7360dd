# language: nl
@M23
Functionaliteit: Experimenten met de Participatiewet
  Bij algemene maatregel van bestuur kan bij wijze van experiment worden afgeweken van de artikelen 6 tot
  en met 10, art. 31 lid 2 en paragraaf 7.1 (financiering), om te onderzoeken hoe de wet wat betreft
  arbeidsinschakeling en financiering doeltreffender kan worden uitgevoerd (art. 83 lid 1 Pw). Een
  experiment duurt sinds 1 januari 2026 ten hoogste vijf jaar, daarvoor drie; is vóór het einde een
  wetsvoorstel ingediend om het structureel te maken, dan kan het worden verlengd tot dat in werking
  treedt (art. 83 lid 2 Pw).

  Regel: Een experiment mag afwijken van de artikelen 6 tot en met 10, art. 31 lid 2 en paragraaf 7.1 (art. 83 lid 1 Pw)

    @M23-001
    Scenario: Een experiment met de arbeidsplicht en de vrijlating van inkomsten
      Gegeven de peildatum is 2026-03-01
      En het experiment wijkt af van artikel "9"
      En het experiment wijkt af van artikel "31" lid 2
      En het experiment onderzoekt een doeltreffender uitvoering wat betreft arbeidsinschakeling
      En het experiment loopt van 2026-04-01 tot en met 2031-03-31
      Als het experiment wordt getoetst aan artikel 83
      Dan past het experiment binnen artikel 83
      En mag het experiment duren tot en met 2031-03-31
      En is de grondslag "art. 83 Pw"

    @M23-002
    Abstract Scenario: Welke artikelen binnen en buiten artikel 83 vallen
      Gegeven de peildatum is 2026-03-01
      En het experiment wijkt af van artikel "<artikel>" lid <lid>
      En het experiment onderzoekt een doeltreffender uitvoering wat betreft financiering
      En het experiment loopt van 2026-04-01 tot en met 2028-03-31
      Als het experiment wordt getoetst aan artikel 83
      Dan valt de laatste afwijking <bereik> artikel 83
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | artikel | lid | bereik | grondslag        |
        |     74a |   1 | binnen | art. 83 Pw       |
        |      8a |   2 | binnen | art. 83 Pw       |
        |      31 |   1 | buiten | art. 83 lid 1 Pw |
        |      18 |   5 | buiten | art. 83 lid 1 Pw |
        |      35 |   2 | buiten | art. 83 lid 1 Pw |

    @M23-003 @voorlopig
    Scenario: Art. 10a komt na artikel 10 en valt er letterlijk buiten
      Gegeven de peildatum is 2026-03-01
      En het experiment wijkt af van artikel "10a"
      En het experiment onderzoekt een doeltreffender uitvoering wat betreft arbeidsinschakeling
      En het experiment loopt van 2026-04-01 tot en met 2028-03-31
      Als het experiment wordt getoetst aan artikel 83
      Dan valt de laatste afwijking buiten artikel 83
      En past het experiment niet binnen artikel 83

    @M23-004
    Scenario: Een experiment met een ander doel
      Gegeven de peildatum is 2026-03-01
      En het experiment wijkt af van artikel "9"
      En het experiment onderzoekt een doeltreffender uitvoering wat betreft iets anders
      En het experiment loopt van 2026-04-01 tot en met 2028-03-31
      Als het experiment wordt getoetst aan artikel 83
      Dan past het experiment niet binnen artikel 83
      En is de grondslag "art. 83 lid 1 Pw"

    @M23-009
    Abstract Scenario: Van art. 31 alleen het tweede lid, en een ander artikel ook niet met lid 2
      # Lid 1 noemt "artikel 31, tweede lid": lid 3 van art. 31 valt erbuiten; art. 18 lid 2 is niet genoemd.
      # Een afwijking buiten art. 83 lid 1 maakt het hele experiment ontoelaatbaar.
      Gegeven de peildatum is 2026-03-01
      En het experiment wijkt af van artikel "<artikel>" lid <lid>
      En het experiment onderzoekt een doeltreffender uitvoering wat betreft arbeidsinschakeling
      En het experiment loopt van 2026-04-01 tot en met 2028-03-31
      Als het experiment wordt getoetst aan artikel 83
      Dan valt de laatste afwijking buiten artikel 83
      En past het experiment niet binnen artikel 83
      En is de grondslag "art. 83 lid 1 Pw"

      Voorbeelden:
        | artikel | lid |
        |      31 |   3 |
        |      18 |   2 |

    @M23-013
    Scenario: Elke afwijking wordt apart beoordeeld, in de volgorde van het experiment
      # Art. 83 lid 1 Pw noemt "de artikelen 6 tot en met 10, 31, tweede lid, en paragraaf 7.1": art. 9 als geheel
      # valt erbinnen (6 <= 9 <= 10), art. 31 lid 3 niet (van art. 31 alleen het tweede lid), art. 31 lid 2 wel.
      # Eén afwijking erbuiten maakt het hele experiment ontoelaatbaar (lid 1).
      Gegeven de peildatum is 2026-03-01
      En het experiment wijkt af van artikel "9"
      En het experiment wijkt af van artikel "31" lid 3
      En het experiment wijkt af van artikel "31" lid 2
      En het experiment onderzoekt een doeltreffender uitvoering wat betreft arbeidsinschakeling
      En het experiment loopt van 2026-04-01 tot en met 2028-03-31
      Als het experiment wordt getoetst aan artikel 83
      Dan zijn de oordelen over de afwijkingen:
        | artikel | lid  | toegestaan |
        |       9 | geen | ja         |
        |      31 |    3 | nee        |
        |      31 |    2 | ja         |
      En past het experiment niet binnen artikel 83
      En is de grondslag "art. 83 lid 1 Pw"

  Regel: Een experiment duurt ten hoogste vijf jaar, tot 2026 drie, tenzij vóór het einde een wetsvoorstel is ingediend (art. 83 lid 2 Pw)

    @M23-005
    Abstract Scenario: Vijf jaar tot en met de dag vóór dezelfde dagdatum
      Gegeven de peildatum is 2026-03-01
      En het experiment wijkt af van artikel "9"
      En het experiment onderzoekt een doeltreffender uitvoering wat betreft arbeidsinschakeling
      En het experiment loopt van 2026-04-01 tot en met <einde>
      Als het experiment wordt getoetst aan artikel 83
      Dan past het experiment <past> artikel 83
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | einde      | past        | grondslag        |
        | 2031-03-31 | binnen      | art. 83 Pw       |
        | 2031-04-01 | niet binnen | art. 83 lid 2 Pw |

    @M23-006 @voorlopig
    Abstract Scenario: De dag vóór en de dag van de inwerkingtreding
      Gegeven de peildatum is <peildatum>
      En het experiment wijkt af van artikel "9"
      En het experiment onderzoekt een doeltreffender uitvoering wat betreft arbeidsinschakeling
      En het experiment loopt van 2026-04-01 tot en met 2030-03-31
      Als het experiment wordt getoetst aan artikel 83
      Dan mag het experiment duren tot en met <grens>
      En past het experiment <past> artikel 83

      Voorbeelden:
        | peildatum  | grens      | past        |
        | 2025-12-31 | 2029-03-31 | niet binnen |
        | 2026-01-01 | 2031-03-31 | binnen      |

    @M23-010 @voorlopig
    Abstract Scenario: Begonnen op 29 februari: vijf jaar eindigt eind februari 2033
      # 2028-02-29 + 5 jaar: 2033 kent geen 29 februari. De laatste dag is 2033-02-28 (de dag vóór 1 maart) of,
      # als de dagdatum 28 februari zou zijn, 2033-02-27; in beide lezingen past 2033-02-27 en 2033-03-01 niet.
      Gegeven de peildatum is 2026-03-01
      En het experiment wijkt af van artikel "9"
      En het experiment onderzoekt een doeltreffender uitvoering wat betreft arbeidsinschakeling
      En het experiment loopt van 2028-02-29 tot en met <einde>
      Als het experiment wordt getoetst aan artikel 83
      Dan past het experiment <past> artikel 83
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | einde      | past        | grondslag        |
        | 2033-02-27 | binnen      | art. 83 Pw       |
        | 2033-03-01 | niet binnen | art. 83 lid 2 Pw |

    @M23-011
    Scenario: Op de dag van de inwerkingtreding geldt de duur van vijf jaar
      # Peildatum 2026-01-01: lid 2 zoals het sinds die dag luidt, vijf jaar: 2026-04-01 tot en met 2031-03-31;
      # een einde op 2030-03-31 past.
      Gegeven de peildatum is 2026-01-01
      En het experiment wijkt af van artikel "9"
      En het experiment onderzoekt een doeltreffender uitvoering wat betreft arbeidsinschakeling
      En het experiment loopt van 2026-04-01 tot en met 2030-03-31
      Als het experiment wordt getoetst aan artikel 83
      Dan mag het experiment duren tot en met 2031-03-31
      En past het experiment binnen artikel 83

    @M23-007
    Scenario: Verlengd tot de inwerkingtreding van een ingediend wetsvoorstel
      Gegeven de peildatum is 2026-03-01
      En het experiment wijkt af van artikel "70"
      En het experiment onderzoekt een doeltreffender uitvoering wat betreft financiering
      En het experiment loopt van 2026-04-01 tot en met 2032-12-31
      En vóór het einde is een wetsvoorstel ingediend om het experiment structureel te maken
      Als het experiment wordt getoetst aan artikel 83
      Dan past het experiment binnen artikel 83
      En mag het experiment duren tot het wetsvoorstel in werking treedt

  Regel: Een experiment dat eindigt voor het begint, bestaat niet

    @M23-008
    Scenario: Een einddatum vóór de begindatum wordt geweigerd
      Gegeven de peildatum is 2026-03-01
      En het experiment wijkt af van artikel "9"
      En het experiment onderzoekt een doeltreffender uitvoering wat betreft arbeidsinschakeling
      En het experiment loopt van 2026-04-01 tot en met 2026-03-31
      Als het experiment wordt getoetst aan artikel 83
      Dan wordt de invoer geweigerd met een melding over "einddatum"

    @M23-012
    Scenario: Een experiment van één dag
      # Begin en einde op dezelfde dag: het experiment eindigt niet vóór het begint.
      Gegeven de peildatum is 2026-03-01
      En het experiment wijkt af van artikel "9"
      En het experiment onderzoekt een doeltreffender uitvoering wat betreft arbeidsinschakeling
      En het experiment loopt van 2026-04-01 tot en met 2026-04-01
      Als het experiment wordt getoetst aan artikel 83
      Dan past het experiment binnen artikel 83
      En is de grondslag "art. 83 Pw"
