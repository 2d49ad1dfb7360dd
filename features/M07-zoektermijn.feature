# language: nl
@M07
Functionaliteit: Zoektermijn jongeren
  Een jongere onder de 27 jaar dient de aanvraag niet eerder in dan vier weken na de melding,
  en het college neemt haar niet eerder in behandeling (art. 41 lid 4 Pw). Dat geldt niet voor
  wie het laatste jaar op het praktijkonderwijs of het voortgezet speciaal onderwijs zat, en niet
  voor wie medisch urenbeperkt is of tot de doelgroep loonkostensubsidie behoort. Wie 27 jaar of
  ouder is, kan direct na de melding aanvragen (lid 12). Sinds 1 januari 2026 kan het college de
  aanvraag eerder in behandeling nemen als de omstandigheden daartoe aanleiding geven (lid 11).

  Regel: Jongeren onder de 27 jaar wachten vier weken na de melding (art. 41 lid 4 Pw)

    @M07-001
    Scenario: Een alleenstaande van 21 jaar meldt zich
      Gegeven de peildatum is 2026-03-02
      En de belanghebbende heeft zich gemeld op 2026-03-02
      En de belanghebbende is geboren op 2004-06-15
      Als de zoektermijn wordt beoordeeld
      Dan kan de aanvraag worden ingediend vanaf 2026-03-30
      En geldt de zoektermijn
      En is de grondslag "art. 41 lid 4 Pw"

    @M07-002
    Abstract Scenario: Bij gehuwden geldt de zoektermijn alleen als beide echtgenoten jonger zijn dan 27 jaar
      Gegeven de peildatum is 2026-03-02
      En de belanghebbende heeft zich gemeld op 2026-03-02
      En de belanghebbende is geboren op 2003-01-10
      En de belanghebbende is gehuwd met een partner geboren op <partner geboren>
      Als de zoektermijn wordt beoordeeld
      Dan kan de aanvraag worden ingediend vanaf <vanaf>
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | partner geboren | vanaf      | grondslag         |
        |      1998-05-01 | 2026-03-02 | art. 41 lid 12 Pw |
        |      2000-05-01 | 2026-03-30 | art. 41 lid 4 Pw  |

  Regel: Wie 27 jaar of ouder is, kan direct na de melding aanvragen (art. 41 lid 12 Pw)

    @M07-003
    Abstract Scenario: Op de dag van de melding 27 jaar of ouder
      Gegeven de peildatum is 2026-03-02
      En de belanghebbende heeft zich gemeld op 2026-03-02
      En de belanghebbende is geboren op <geboren>
      Als de zoektermijn wordt beoordeeld
      Dan kan de aanvraag worden ingediend vanaf 2026-03-02
      En geldt de zoektermijn niet
      En is de grondslag "art. 41 lid 12 Pw"

      Voorbeelden:
        | geboren    |
        | 1999-03-02 |
        | 1986-07-01 |

    @M07-013
    Abstract Scenario: De 27e verjaardag ligt ver van de zoektermijn: vóór de melding of na de vier weken
      # 1999-06-01: op 2026-03-02 26 jaar, 27 op 2026-06-01, na het einde van de termijn (2026-03-02 + 28 dagen
      # = 2026-03-30): lid 4, vanaf 2026-03-30. 1999-01-10: 27 sinds 2026-01-10, vóór de melding op 2026-01-20:
      # lid 12, vanaf de melding. Beide lezingen van de dag waarop de leeftijd telt geven hetzelfde.
      Gegeven de peildatum is <gemeld>
      En de belanghebbende heeft zich gemeld op <gemeld>
      En de belanghebbende is geboren op <geboren>
      Als de zoektermijn wordt beoordeeld
      Dan kan de aanvraag worden ingediend vanaf <vanaf>
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | geboren    | gemeld     | vanaf      | grondslag         |
        | 1999-06-01 | 2026-03-02 | 2026-03-30 | art. 41 lid 4 Pw  |
        | 1999-01-10 | 2026-01-20 | 2026-01-20 | art. 41 lid 12 Pw |

    @M07-014
    Abstract Scenario: Geboren op 29 februari: de 27e verjaardag in een gewoon jaar
      # 2000-02-29: 27 in 2027, geen schrikkeljaar; de verjaardag is 28 februari of 1 maart 2027.
      # Gemeld 2027-03-01: op die dag 27 in beide lezingen: lid 12, vanaf de melding.
      # Gemeld 2027-01-15: de termijn eindigt op 2027-01-15 + 28 dagen = 2027-02-12, vóór de verjaardag
      # in beide lezingen: lid 4, vanaf 2027-02-12.
      Gegeven de peildatum is <gemeld>
      En de belanghebbende heeft zich gemeld op <gemeld>
      En de belanghebbende is geboren op 2000-02-29
      Als de zoektermijn wordt beoordeeld
      Dan kan de aanvraag worden ingediend vanaf <vanaf>
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | gemeld     | vanaf      | grondslag         |
        | 2027-03-01 | 2027-03-01 | art. 41 lid 12 Pw |
        | 2027-01-15 | 2027-02-12 | art. 41 lid 4 Pw  |

    @M07-015
    Scenario: Op de dag van de melding 27 geworden en medisch urenbeperkt
      # Wie op de dag van de melding 27 wordt, valt niet onder lid 4 ("jonger dan 27 jaar"); de uitzondering
      # van lid 4 onder b is dan niet nodig: lid 12, vanaf de melding.
      Gegeven de peildatum is 2026-03-02
      En de belanghebbende heeft zich gemeld op 2026-03-02
      En de belanghebbende is geboren op 1999-03-02
      En een van de personen is medisch urenbeperkt
      Als de zoektermijn wordt beoordeeld
      Dan kan de aanvraag worden ingediend vanaf 2026-03-02
      En geldt de zoektermijn niet
      En is de grondslag "art. 41 lid 12 Pw"

  Regel: Voorlopig: wie binnen de vier weken 27 wordt, kan vanaf die verjaardag aanvragen (art. 41 lid 4 en 12 Pw)
    De wet zegt niet op welke dag de leeftijd telt. pwib neemt de dag van de aanvraag: een
    aanvraag vanaf de 27e verjaardag ziet niet meer alleen op een jongere.

    @M07-004 @voorlopig
    Abstract Scenario: De 27e verjaardag valt binnen de zoektermijn of op de laatste dag
      Gegeven de peildatum is 2026-03-02
      En de belanghebbende heeft zich gemeld op 2026-03-02
      En de belanghebbende is geboren op <geboren>
      Als de zoektermijn wordt beoordeeld
      Dan kan de aanvraag worden ingediend vanaf <vanaf>
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | geboren    | vanaf      | grondslag         |
        | 1999-03-03 | 2026-03-03 | art. 41 lid 12 Pw |
        | 1999-03-30 | 2026-03-30 | art. 41 lid 4 Pw  |

  Regel: Geen zoektermijn binnen een jaar na praktijkonderwijs of voortgezet speciaal onderwijs (art. 41 lid 4 onder a Pw)

    @M07-005
    Abstract Scenario: Precies een jaar na de laatste dag van inschrijving, en een dag later
      Gegeven de peildatum is 2026-03-02
      En de belanghebbende heeft zich gemeld op 2026-03-02
      En de belanghebbende is geboren op 2007-05-20
      En een van de personen stond tot en met <ingeschreven tot> ingeschreven bij het praktijkonderwijs
      Als de zoektermijn wordt beoordeeld
      Dan kan de aanvraag worden ingediend vanaf <vanaf>
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | ingeschreven tot | vanaf      | grondslag                |
        |       2025-03-02 | 2026-03-02 | art. 41 lid 4 onder a Pw |
        |       2025-03-01 | 2026-03-30 | art. 41 lid 4 Pw         |

    @M07-006
    Scenario: Nog ingeschreven bij het voortgezet speciaal onderwijs
      Gegeven de peildatum is 2026-05-04
      En de belanghebbende heeft zich gemeld op 2026-05-04
      En de belanghebbende is geboren op 2007-09-01
      En een van de personen stond tot en met 2026-07-17 ingeschreven bij het voortgezet speciaal onderwijs
      Als de zoektermijn wordt beoordeeld
      Dan kan de aanvraag worden ingediend vanaf 2026-05-04
      En geldt de zoektermijn niet
      En is de grondslag "art. 41 lid 4 onder a Pw"

  Regel: Geen zoektermijn bij een medische urenbeperking of de doelgroep loonkostensubsidie (art. 41 lid 4 onder b Pw)

    @M07-007
    Scenario: De belanghebbende is medisch urenbeperkt
      Gegeven de peildatum is 2026-03-02
      En de belanghebbende heeft zich gemeld op 2026-03-02
      En de belanghebbende is geboren op 2004-06-15
      En een van de personen is medisch urenbeperkt
      Als de zoektermijn wordt beoordeeld
      Dan kan de aanvraag worden ingediend vanaf 2026-03-02
      En geldt de zoektermijn niet
      En is de grondslag "art. 41 lid 4 onder b Pw"

    @M07-008
    Scenario: Een van de jonge echtgenoten behoort tot de doelgroep loonkostensubsidie
      Gegeven de peildatum is 2026-03-02
      En de belanghebbende heeft zich gemeld op 2026-03-02
      En de belanghebbende is geboren op 2004-06-15
      En de belanghebbende is gehuwd met een partner geboren op 2005-02-11
      En een van de personen behoort tot de doelgroep loonkostensubsidie
      Als de zoektermijn wordt beoordeeld
      Dan kan de aanvraag worden ingediend vanaf 2026-03-02
      En is de grondslag "art. 41 lid 4 onder b Pw"

  Regel: Sinds 2026 kan het college de aanvraag eerder in behandeling nemen (art. 41 lid 11 Pw)
    Het oordeel dat de omstandigheden van de belanghebbende of het gezin daartoe aanleiding
    geven, is van het college. Lid 11 wijkt af van het hele vierde lid: de aanvraag kan dan ook
    eerder worden ingediend, maar niet vóór 1 januari 2026.

    @M07-009
    Abstract Scenario: De dag vóór en de dag van de inwerkingtreding
      Gegeven de peildatum is <peildatum>
      En de belanghebbende heeft zich gemeld op <peildatum>
      En de belanghebbende is geboren op 2004-06-15
      En naar het oordeel van het college geven de omstandigheden aanleiding de aanvraag eerder in behandeling te nemen
      Als de zoektermijn wordt beoordeeld
      Dan kan de aanvraag worden ingediend vanaf <vanaf>
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | peildatum  | vanaf      | grondslag         |
        | 2025-12-31 | 2026-01-28 | art. 41 lid 4 Pw  |
        | 2026-01-01 | 2026-01-01 | art. 41 lid 11 Pw |

    @M07-010
    Scenario: Gemeld in december 2025, het college oordeelt in januari 2026
      Gegeven de peildatum is 2026-01-05
      En de belanghebbende heeft zich gemeld op 2025-12-15
      En de belanghebbende is geboren op 2004-06-15
      En naar het oordeel van het college geven de omstandigheden aanleiding de aanvraag eerder in behandeling te nemen
      Als de zoektermijn wordt beoordeeld
      Dan kan de aanvraag worden ingediend vanaf 2026-01-01
      En geldt de zoektermijn niet
      En is de grondslag "art. 41 lid 11 Pw"

    @M07-016
    Abstract Scenario: Gemeld in 2025: lid 11 brengt de datum niet vóór 1 januari 2026 en niet later dan de termijn
      # Peildatum 2026-01-05, lid 11 geldt. De termijn eindigt vier weken (28 dagen) na de melding.
      # 2025-11-01 + 28 = 2025-11-29, vóór 2026-01-01: lid 11 brengt niets, lid 4, vanaf 2025-11-29.
      # 2025-12-04 + 28 = 2026-01-01: lid 11 kan niet eerder dan 2026-01-01: lid 4, vanaf 2026-01-01.
      # 2025-12-05 + 28 = 2026-01-02: lid 11 brengt de datum naar 2026-01-01.
      Gegeven de peildatum is 2026-01-05
      En de belanghebbende heeft zich gemeld op <gemeld>
      En de belanghebbende is geboren op 2004-06-15
      En naar het oordeel van het college geven de omstandigheden aanleiding de aanvraag eerder in behandeling te nemen
      Als de zoektermijn wordt beoordeeld
      Dan kan de aanvraag worden ingediend vanaf <vanaf>
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | gemeld     | vanaf      | grondslag         |
        | 2025-11-01 | 2025-11-29 | art. 41 lid 4 Pw  |
        | 2025-12-04 | 2026-01-01 | art. 41 lid 4 Pw  |
        | 2025-12-05 | 2026-01-01 | art. 41 lid 11 Pw |

  Regel: Ongeldige invoer wordt geweigerd en elk onjuist gegeven genoemd

    @M07-011
    Scenario: Een melding na de peildatum kan nog niet beoordeeld worden
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende heeft zich gemeld op 2026-03-02
      En de belanghebbende is geboren op 2004-06-15
      Als de zoektermijn wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "datumMelding"

    @M07-012
    Scenario: Een geboortedatum die niet bestaat
      Gegeven de peildatum is 2026-03-02
      En de belanghebbende heeft zich gemeld op 2026-03-02
      En de belanghebbende is geboren op 2004-02-30
      Als de zoektermijn wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "geboortedatum"

    @M07-017
    Abstract Scenario: Een geboortedatum op of na de dag van de melding
      # Wie zich meldt, is al geboren: een geboortedatum op of na de melding kan niet.
      Gegeven de peildatum is 2026-03-10
      En de belanghebbende heeft zich gemeld op 2026-03-02
      En de belanghebbende is geboren op <geboren>
      Als de zoektermijn wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "geboortedatum"

      Voorbeelden:
        | geboren    |
        | 2026-03-02 |
        | 2026-03-03 |

    @M07-018
    Scenario: De geboortedatum van de partner ligt op de dag van de melding
      Gegeven de peildatum is 2026-03-02
      En de belanghebbende heeft zich gemeld op 2026-03-02
      En de belanghebbende is geboren op 2004-06-15
      En de belanghebbende is gehuwd met een partner geboren op 2026-03-02
      Als de zoektermijn wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "geboortedatumPartner"
