# language: nl
@M25
Functionaliteit: Categoriale bijzondere bijstand en de drempel
  Het college kan individuele bijzondere bijstand weigeren als de kosten binnen twaalf maanden de drempel
  niet te boven gaan: € 170,00 op 1 juli 2025 en € 176,00 op 1 januari 2026 (art. 35 lid 2 Pw,
  Normenbrief 1 januari 2026, Bijlage I). Zonder na te gaan of de kosten noodzakelijk zijn of gemaakt,
  kan bijzondere bijstand ook worden verleend als collectieve aanvullende zorgverzekering (lid 3) en als
  eenmalige energietoeslag over 2022 (tot en met 30 juni 2023) en 2023 (tot en met 31 augustus 2024;
  lid 4), die laatste niet aan wie 18, 19 of 20 jaar is, in aanmerking komt voor studiefinanciering of
  alleen met een briefadres staat ingeschreven (lid 5). De drempel gaat over de kosten van lid 1 en
  geldt niet voor deze vormen.

  Regel: Het college kan individuele bijzondere bijstand weigeren als de kosten binnen twaalf maanden de drempel niet te boven gaan (art. 35 lid 2 Pw)

    @M25-001 @normenbrief-2026
    Abstract Scenario: Precies op de drempel en een cent erboven
      Gegeven de peildatum is 2026-03-01
      En de aanvraag om bijzondere bijstand betreft individuele bijzondere bijstand
      En de bijzondere kosten bedragen binnen twaalf maanden <kosten>
      Als de categoriale bijzondere bijstand wordt beoordeeld
      Dan is de drempel voor bijzondere bijstand € 176,00
      En kan het college de bijzondere bijstand <weigeren>
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | kosten   | weigeren                                               | grondslag        |
        | € 176,00 | weigeren omdat de kosten de drempel niet te boven gaan | art. 35 lid 2 Pw |
        | € 176,01 | niet weigeren wegens de drempel                        | art. 35 lid 1 Pw |

    @M25-002 @normenbrief-2026
    Abstract Scenario: De drempel van 1 juli 2025 en die van 1 januari 2026
      Gegeven de peildatum is <peildatum>
      En de aanvraag om bijzondere bijstand betreft individuele bijzondere bijstand
      En de bijzondere kosten bedragen binnen twaalf maanden € 173,00
      Als de categoriale bijzondere bijstand wordt beoordeeld
      Dan is de drempel voor bijzondere bijstand <drempel>
      En kan het college de bijzondere bijstand <weigeren>

      Voorbeelden:
        | peildatum  | drempel  | weigeren                                               |
        | 2025-12-31 | € 170,00 | niet weigeren wegens de drempel                        |
        | 2026-01-01 | € 176,00 | weigeren omdat de kosten de drempel niet te boven gaan |

    @M25-003
    Scenario: Een gemeente met een lagere drempel
      Gegeven de peildatum is 2026-03-01
      En de gemeente hanteert als beleid een drempel voor bijzondere bijstand van € 100,00
      En de aanvraag om bijzondere bijstand betreft individuele bijzondere bijstand
      En de bijzondere kosten bedragen binnen twaalf maanden € 150,00
      Als de categoriale bijzondere bijstand wordt beoordeeld
      Dan is de drempel voor bijzondere bijstand € 100,00
      En kan het college de bijzondere bijstand niet weigeren wegens de drempel

    @M25-013 @normenbrief-2026
    Scenario: Individuele bijzondere bijstand vraagt het oordeel over de kosten en wordt niet ambtshalve vastgesteld
      # Lid 1: het college gaat na of de kosten noodzakelijk zijn; ambtshalve vaststellen kan alleen de toeslag
      # van lid 4 (lid 6). Drempel 2026: € 176,00; € 250,00 gaat erboven: niet weigeren, grondslag lid 1.
      Gegeven de peildatum is 2026-03-01
      En de aanvraag om bijzondere bijstand betreft individuele bijzondere bijstand
      En de bijzondere kosten bedragen binnen twaalf maanden € 250,00
      Als de categoriale bijzondere bijstand wordt beoordeeld
      Dan kan de bijzondere bijstand in die vorm worden verleend
      En wordt nagegaan of de kosten noodzakelijk zijn of gemaakt
      En kan de bijzondere bijstand niet ambtshalve worden vastgesteld
      En kan het college de bijzondere bijstand niet weigeren wegens de drempel
      En is de grondslag "art. 35 lid 1 Pw"

    @M25-014 @normenbrief-2026
    Scenario: Een gemeentelijke drempel gelijk aan het bedrag van de wet
      # Lid 2 staat een drempel tot en met € 176,00 toe (nooit hoger); kosten van € 176,00 gaan een
      # drempel van € 176,00 niet te boven: het college kan weigeren.
      Gegeven de peildatum is 2026-03-01
      En de gemeente hanteert als beleid een drempel voor bijzondere bijstand van € 176,00
      En de aanvraag om bijzondere bijstand betreft individuele bijzondere bijstand
      En de bijzondere kosten bedragen binnen twaalf maanden € 176,00
      Als de categoriale bijzondere bijstand wordt beoordeeld
      Dan is de drempel voor bijzondere bijstand € 176,00
      En kan het college de bijzondere bijstand weigeren omdat de kosten de drempel niet te boven gaan
      En is de grondslag "art. 35 lid 2 Pw"

  Regel: Een collectieve aanvullende zorgverzekering kan zonder toetsing van de kosten en zonder drempel (art. 35 lid 3 Pw)

    @M25-004
    Scenario: De collectieve zorgverzekering
      Gegeven de peildatum is 2026-03-01
      En de aanvraag om bijzondere bijstand betreft een collectieve aanvullende zorgverzekering
      Als de categoriale bijzondere bijstand wordt beoordeeld
      Dan kan de bijzondere bijstand in die vorm worden verleend
      En wordt niet nagegaan of de kosten noodzakelijk zijn of gemaakt
      En geldt er geen drempel voor bijzondere bijstand
      En is de grondslag "art. 35 lid 3 Pw"

    @M25-016
    Scenario: De collectieve zorgverzekering wordt niet ambtshalve vastgesteld
      # Ambtshalve vaststellen kan alleen de toeslag van lid 4 (lid 6), niet de vorm van lid 3.
      Gegeven de peildatum is 2026-03-01
      En de aanvraag om bijzondere bijstand betreft een collectieve aanvullende zorgverzekering
      Als de categoriale bijzondere bijstand wordt beoordeeld
      Dan kan de bijzondere bijstand niet ambtshalve worden vastgesteld

  Regel: De energietoeslag kon alleen tot de datum in de wet worden verstrekt (art. 35 lid 4 Pw)

    @M25-005
    Abstract Scenario: In 2026 kan geen energietoeslag meer worden verstrekt
      Gegeven de peildatum is 2026-01-01
      En de aanvraag om bijzondere bijstand betreft <vorm>
      En de aanvrager van bijzondere bijstand is 40 jaar
      Als de categoriale bijzondere bijstand wordt beoordeeld
      Dan kan de bijzondere bijstand in die vorm niet worden verleend
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | vorm                        | grondslag                |
        | de energietoeslag over 2022 | art. 35 lid 4 onder a Pw |
        | de energietoeslag over 2023 | art. 35 lid 4 onder b Pw |

    @M25-017
    Abstract Scenario: Op de eerste dag van pwibs gegevens kan geen energietoeslag meer worden verstrekt, en er is geen drempel
      # Lid 4: over 2022 tot en met 2023-06-30, over 2023 tot en met 2024-08-31; op 2025-07-01 (en tot en
      # met 2025-08-31) beide voorbij. De drempel van lid 2 gaat alleen over de kosten van lid 1.
      Gegeven de peildatum is <peildatum>
      En de aanvraag om bijzondere bijstand betreft <vorm>
      En de aanvrager van bijzondere bijstand is 40 jaar
      Als de categoriale bijzondere bijstand wordt beoordeeld
      Dan kan de bijzondere bijstand in die vorm niet worden verleend
      En geldt er geen drempel voor bijzondere bijstand
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | peildatum  | vorm                        | grondslag                |
        | 2025-07-01 | de energietoeslag over 2022 | art. 35 lid 4 onder a Pw |
        | 2025-07-01 | de energietoeslag over 2023 | art. 35 lid 4 onder b Pw |
        | 2025-08-31 | de energietoeslag over 2023 | art. 35 lid 4 onder b Pw |
    # Lid 4 en 6 beschrijven de vorm: de energietoeslag wordt verleend zonder na te gaan of de energierekening
    # sterk steeg, en de toeslag van lid 4 kan ambtshalve worden vastgesteld. Het besluit noemt die eigenschappen
    # van de vorm ook als de datum van lid 4 voorbij is (openapi.yaml: zonderToetsingKosten en ambtshalve).

    @M25-018
    Abstract Scenario: Een energietoeslag die niet meer kan worden verstrekt, blijft een vorm zonder toetsing die ambtshalve kan worden vastgesteld
      Gegeven de peildatum is 2026-01-01
      En de aanvraag om bijzondere bijstand betreft <vorm>
      En de aanvrager van bijzondere bijstand is 40 jaar
      Als de categoriale bijzondere bijstand wordt beoordeeld
      Dan kan de bijzondere bijstand in die vorm niet worden verleend
      En wordt niet nagegaan of de kosten noodzakelijk zijn of gemaakt
      En kan de toeslag ambtshalve worden vastgesteld
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | vorm                        | grondslag                |
        | de energietoeslag over 2022 | art. 35 lid 4 onder a Pw |
        | de energietoeslag over 2023 | art. 35 lid 4 onder b Pw |

    @M25-006 @voorlopig
    Scenario: Op de laatste dag kon de energietoeslag over 2022 nog worden verstrekt, ambtshalve
      Gegeven de peildatum is 2023-06-30
      En de aanvraag om bijzondere bijstand betreft de energietoeslag over 2022
      Als de categoriale bijzondere bijstand wordt beoordeeld
      Dan kan de bijzondere bijstand in die vorm worden verleend
      En wordt niet nagegaan of de kosten noodzakelijk zijn of gemaakt
      En kan de toeslag ambtshalve worden vastgesteld
      En is de grondslag "art. 35 lid 4 onder a Pw"

    @M25-007 @voorlopig
    Scenario: De dag na de laatste dag van de energietoeslag over 2022
      Gegeven de peildatum is 2023-07-01
      En de aanvraag om bijzondere bijstand betreft de energietoeslag over 2022
      Als de categoriale bijzondere bijstand wordt beoordeeld
      Dan kan de bijzondere bijstand in die vorm niet worden verleend

  Regel: De energietoeslag over 2023 geldt niet voor wie 18, 19 of 20 jaar is, studiefinanciering kan krijgen of alleen een briefadres heeft (art. 35 lid 5 Pw); voorlopig omdat pwib de tekst van 2026 op 2024 toepast

    @M25-008 @voorlopig
    Abstract Scenario: De leeftijdsgrens van de energietoeslag over 2023
      Gegeven de peildatum is 2024-08-31
      En de aanvraag om bijzondere bijstand betreft de energietoeslag over 2023
      En de aanvrager van bijzondere bijstand is <leeftijd> jaar
      Als de categoriale bijzondere bijstand wordt beoordeeld
      Dan is de grondslag "<grondslag>"

      Voorbeelden:
        | leeftijd | grondslag                |
        |       18 | art. 35 lid 5 onder a Pw |
        |       20 | art. 35 lid 5 onder a Pw |
        |       21 | art. 35 lid 4 onder b Pw |

    @M25-009 @voorlopig
    Scenario: Wie studiefinanciering kan krijgen, krijgt geen energietoeslag over 2023
      Gegeven de peildatum is 2024-08-31
      En de aanvraag om bijzondere bijstand betreft de energietoeslag over 2023
      En de aanvrager van bijzondere bijstand is 23 jaar
      En de aanvrager komt in aanmerking voor studiefinanciering
      Als de categoriale bijzondere bijstand wordt beoordeeld
      Dan kan de bijzondere bijstand in die vorm niet worden verleend
      En is de grondslag "art. 35 lid 5 onder b Pw"

    @M25-010 @voorlopig
    Scenario: Wie alleen een briefadres heeft, krijgt geen energietoeslag over 2023
      Gegeven de peildatum is 2024-08-31
      En de aanvraag om bijzondere bijstand betreft de energietoeslag over 2023
      En de aanvrager van bijzondere bijstand is 45 jaar
      En de aanvrager staat alleen met een briefadres ingeschreven
      Als de categoriale bijzondere bijstand wordt beoordeeld
      Dan kan de bijzondere bijstand in die vorm niet worden verleend
      En is de grondslag "art. 35 lid 5 onder c Pw"

  Regel: Een drempel boven het bedrag van de wet, of individuele bijzondere bijstand zonder kosten, wordt geweigerd

    @M25-011
    Scenario: Een gemeentelijke drempel boven het wettelijke bedrag
      Gegeven de peildatum is 2026-03-01
      En de gemeente hanteert als beleid een drempel voor bijzondere bijstand van € 200,00
      En de aanvraag om bijzondere bijstand betreft individuele bijzondere bijstand
      En de bijzondere kosten bedragen binnen twaalf maanden € 150,00
      Als de categoriale bijzondere bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "beleid.bijzondereBijstandDrempel"

    @M25-015
    Scenario: Een gemeentelijke drempel een cent boven het wettelijke bedrag
      # Lid 2: ten hoogste € 176,00 (2026); € 176,01 is hoger en wordt geweigerd.
      Gegeven de peildatum is 2026-03-01
      En de gemeente hanteert als beleid een drempel voor bijzondere bijstand van € 176,01
      En de aanvraag om bijzondere bijstand betreft individuele bijzondere bijstand
      En de bijzondere kosten bedragen binnen twaalf maanden € 150,00
      Als de categoriale bijzondere bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "beleid.bijzondereBijstandDrempel"

    @M25-012
    Scenario: Individuele bijzondere bijstand zonder kosten
      Gegeven de peildatum is 2026-03-01
      En de aanvraag om bijzondere bijstand betreft individuele bijzondere bijstand
      Als de categoriale bijzondere bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "kostenBinnenTwaalfMaanden"
