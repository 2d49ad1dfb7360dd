# language: nl
@M08
Functionaliteit: Bijstand met terugwerkende kracht
  Sinds 1 januari 2026 mag het college de bijstand in individuele omstandigheden
  laten ingaan vóór de dag van de melding, ten hoogste drie maanden eerder (art. 44 lid 5 Pw).
  Zonder dat oordeel gaat de bijstand in op de dag waarop het recht ontstond, maar niet vóór
  de melding (lid 1). Een gemeente kan als beleid minder ver teruggaan, nooit verder.

  Regel: Zonder besluit van het college gaat de bijstand niet in vóór de melding (art. 44 lid 1 Pw)

    @M08-001
    Scenario: Het recht ontstond vóór de melding
      Gegeven de peildatum is 2026-04-15
      En de belanghebbende heeft zich gemeld op 2026-04-01
      En het recht op bijstand is ontstaan op 2026-01-10
      En het college past de bevoegdheid tot terugwerkende kracht niet toe
      Als de ingangsdatum van de bijstand wordt bepaald
      Dan is de ingangsdatum 2026-04-01
      En gaat de bijstand in zonder terugwerkende kracht
      En is de grondslag "art. 44 lid 1 Pw"

    @M08-002
    Scenario: Het recht ontstond na de melding, dan helpt terugwerkende kracht niet
      Gegeven de peildatum is 2026-04-15
      En de belanghebbende heeft zich gemeld op 2026-04-01
      En het recht op bijstand is ontstaan op 2026-04-08
      En het college acht individuele omstandigheden aanwezig die terugwerkende kracht noodzakelijk maken
      Als de ingangsdatum van de bijstand wordt bepaald
      Dan is de ingangsdatum 2026-04-08
      En gaat de bijstand in zonder terugwerkende kracht
      En is de grondslag "art. 44 lid 1 Pw"

  Regel: Het college kan tot drie maanden vóór de melding teruggaan (art. 44 lid 5 Pw)
    Ook dan gaat de bijstand niet in vóór de dag waarop het recht ontstond.

    @M08-003
    Abstract Scenario: Terugwerkende kracht begrensd op drie maanden
      Gegeven de peildatum is 2026-04-15
      En de belanghebbende heeft zich gemeld op 2026-04-01
      En het recht op bijstand is ontstaan op <ontstaan>
      En het college acht individuele omstandigheden aanwezig die terugwerkende kracht noodzakelijk maken
      Als de ingangsdatum van de bijstand wordt bepaald
      Dan is de ingangsdatum <ingangsdatum>
      En gaat de bijstand in met terugwerkende kracht
      En ligt de grens voor terugwerkende kracht op 2026-01-01
      En is de grondslag "art. 44 lid 5 Pw"

      Voorbeelden:
        | ontstaan   | ingangsdatum |
        | 2026-01-10 |   2026-01-10 |
        | 2026-01-01 |   2026-01-01 |
        | 2025-12-01 |   2026-01-01 |

  Regel: Voorlopig: drie maanden vóór een dag die in die maand niet bestaat, is de laatste dag van die maand (art. 44 lid 5 Pw)
    De wet zegt niet hoe de maanden worden geteld. pwib neemt dezelfde dagdatum drie maanden
    eerder; heeft die maand zo'n dag niet, dan de laatste dag van die maand.

    @M08-004 @voorlopig
    Abstract Scenario: Drie maanden vóór 31 mei
      Gegeven de peildatum is <peildatum>
      En de belanghebbende heeft zich gemeld op <melding>
      En het recht op bijstand is ontstaan op <ontstaan>
      En het college acht individuele omstandigheden aanwezig die terugwerkende kracht noodzakelijk maken
      Als de ingangsdatum van de bijstand wordt bepaald
      Dan is de ingangsdatum <ingangsdatum>
      En ligt de grens voor terugwerkende kracht op <ingangsdatum>

      Voorbeelden:
        | peildatum  | melding    | ontstaan   | ingangsdatum |
        | 2026-06-10 | 2026-05-31 | 2026-01-15 |   2026-02-28 |
        | 2028-06-10 | 2028-05-31 | 2028-01-15 |   2028-02-29 |

  Regel: Een gemeente kan als beleid minder ver teruggaan dan de wet toelaat (art. 44 lid 5 Pw)

    @M08-005
    Abstract Scenario: Beleid van een of nul maanden
      Gegeven de peildatum is 2026-04-15
      En de belanghebbende heeft zich gemeld op 2026-04-01
      En het recht op bijstand is ontstaan op 2025-12-01
      En de gemeente gaat als beleid ten hoogste <maanden> maanden terug vóór de melding
      En het college acht individuele omstandigheden aanwezig die terugwerkende kracht noodzakelijk maken
      Als de ingangsdatum van de bijstand wordt bepaald
      Dan is de ingangsdatum <ingangsdatum>
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | maanden | ingangsdatum | grondslag        |
        |       1 |   2026-03-01 | art. 44 lid 5 Pw |
        |       0 |   2026-04-01 | art. 44 lid 1 Pw |

  Regel: Bij een verwijtbaar late aanvraag kan de bijstand ingaan op de dag van de aanvraag (art. 44 lid 3 Pw)

    @M08-006
    Scenario: De aanvraag kwam zeven weken na de melding
      Gegeven de peildatum is 2026-05-01
      En de belanghebbende heeft zich gemeld op 2026-03-02
      En het recht op bijstand is ontstaan op 2026-02-15
      En de belanghebbende heeft de aanvraag ingediend op 2026-04-20
      En het college besluit de bijstand te laten ingaan op de dag van de aanvraag, omdat die verwijtbaar niet zo spoedig mogelijk na de melding is ingediend
      Als de ingangsdatum van de bijstand wordt bepaald
      Dan is de ingangsdatum 2026-04-20
      En is de grondslag "art. 44 lid 3 Pw"

  Regel: Vóór 2026 ging de bijstand nooit in vóór de melding (art. 44 lid 1 Pw, tekst tot 1 januari 2026)
    Beslist het college op of na 1 januari 2026, dan geldt lid 5, ook voor een melding uit 2025.

    @M08-007
    Abstract Scenario: De dag vóór en de dag van de inwerkingtreding
      Gegeven de peildatum is <peildatum>
      En de belanghebbende heeft zich gemeld op 2025-12-15
      En het recht op bijstand is ontstaan op 2025-10-01
      En het college acht individuele omstandigheden aanwezig die terugwerkende kracht noodzakelijk maken
      Als de ingangsdatum van de bijstand wordt bepaald
      Dan is de ingangsdatum <ingangsdatum>
      En <grens>
      En is de grondslag "<grondslag>"
      # Vóór 2026 kent art. 44 geen terugwerkende kracht en dus geen grens; vanaf 1 januari 2026 ligt die op
      # drie maanden vóór de melding (lid 5): 15 december 2025 − 3 maanden = 15 september 2025.

      Voorbeelden:
        | peildatum  | ingangsdatum | grens                                                 | grondslag        |
        | 2025-12-31 |   2025-12-15 | is er geen grens voor terugwerkende kracht            | art. 44 lid 1 Pw |
        | 2026-01-01 |   2025-10-01 | ligt de grens voor terugwerkende kracht op 2025-09-15 | art. 44 lid 5 Pw |

  Regel: Ongeldige invoer wordt geweigerd en elk onjuist gegeven genoemd

    @M08-008
    Scenario: Beleid dat verder teruggaat dan de wet toelaat
      Gegeven de peildatum is 2026-04-15
      En de belanghebbende heeft zich gemeld op 2026-04-01
      En het recht op bijstand is ontstaan op 2025-12-01
      En de gemeente gaat als beleid ten hoogste 4 maanden terug vóór de melding
      En het college acht individuele omstandigheden aanwezig die terugwerkende kracht noodzakelijk maken
      Als de ingangsdatum van de bijstand wordt bepaald
      Dan wordt de invoer geweigerd met een melding over "beleid.maximumTerugwerkendeKrachtMaanden"

    @M08-009
    Scenario: Een melding na de peildatum
      Gegeven de peildatum is 2026-04-15
      En de belanghebbende heeft zich gemeld op 2026-04-16
      En het recht op bijstand is ontstaan op 2026-04-01
      Als de ingangsdatum van de bijstand wordt bepaald
      Dan wordt de invoer geweigerd met een melding over "datumMelding"

    @M08-010
    Scenario: 29 februari 2026 bestaat niet
      Gegeven de peildatum is 2026-04-15
      En de belanghebbende heeft zich gemeld op 2026-04-01
      En het recht op bijstand is ontstaan op 2026-02-29
      Als de ingangsdatum van de bijstand wordt bepaald
      Dan wordt de invoer geweigerd met een melding over "datumRechtOntstaan"

  Regel: Grensgevallen: beleid gelijk aan het wettelijke maximum, en melding en aanvraag op de peildatum zelf (art. 44 lid 1, 3 en 5 Pw)
    # Art. 44 lid 5 Pw: ten hoogste drie maanden vóór de melding; beleid van precies drie maanden is het wettelijke
    # maximum zelf en dus toegestaan (M08-008: vier maanden wordt geweigerd). Grens: 2026-04-01 min drie maanden
    # = 2026-01-01; het recht ontstond eerder (2025-12-01), dus ingangsdatum 2026-01-01, op grond van lid 5.

    @M08-011
    Scenario: Beleid van precies drie maanden is toegestaan
      Gegeven de peildatum is 2026-04-15
      En de belanghebbende heeft zich gemeld op 2026-04-01
      En het recht op bijstand is ontstaan op 2025-12-01
      En de gemeente gaat als beleid ten hoogste 3 maanden terug vóór de melding
      En het college acht individuele omstandigheden aanwezig die terugwerkende kracht noodzakelijk maken
      Als de ingangsdatum van de bijstand wordt bepaald
      Dan is de ingangsdatum 2026-01-01
      En is de grondslag "art. 44 lid 5 Pw"
    # Een melding en een aanvraag op de peildatum liggen er niet na (M08-009: een dag later wordt geweigerd).
    # Zonder besluit van het college over een late aanvraag (lid 3) en zonder terugwerkende kracht (lid 5) geldt
    # lid 1: het recht ontstond op 2026-04-10, vóór de melding, dus ingangsdatum de dag van de melding, 2026-04-15.

    @M08-012
    Scenario: Melding en aanvraag op de peildatum, zonder besluit over een late aanvraag
      Gegeven de peildatum is 2026-04-15
      En de belanghebbende heeft zich gemeld op 2026-04-15
      En het recht op bijstand is ontstaan op 2026-04-10
      En de belanghebbende heeft de aanvraag ingediend op 2026-04-15
      En het college past de bevoegdheid tot terugwerkende kracht niet toe
      Als de ingangsdatum van de bijstand wordt bepaald
      Dan is de ingangsdatum 2026-04-15
      En gaat de bijstand in zonder terugwerkende kracht
      En is de grondslag "art. 44 lid 1 Pw"
    # Een aanvraag kan niet vóór de melding liggen en niet na de peildatum (M08-012: op de peildatum wel).

    @M08-013
    Abstract Scenario: Een aanvraag vóór de melding of na de peildatum
      Gegeven de peildatum is 2026-04-15
      En de belanghebbende heeft zich gemeld op 2026-04-01
      En het recht op bijstand is ontstaan op 2026-03-20
      En de belanghebbende heeft de aanvraag ingediend op <aanvraag>
      Als de ingangsdatum van de bijstand wordt bepaald
      Dan wordt de invoer geweigerd met een melding over "datumAanvraag"

      Voorbeelden:
        | aanvraag   |
        | 2026-03-31 |
        | 2026-04-16 |
