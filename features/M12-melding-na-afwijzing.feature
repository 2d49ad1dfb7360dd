# language: nl
@M12
Functionaliteit: Melding na afwijzing van een Bbz-, IOAW- of IOAZ-aanvraag
  Meldt de belanghebbende zich onverwijld na de afwijzing van een aanvraag voor een uitkering
  op grond van de Bbz (art. 78f Pw), de IOAW of de IOAZ voor algemene bijstand, dan geldt de
  datum van melding voor die eerdere aanvraag ook als melding voor de algemene bijstand
  (art. 43 lid 6 Pw, sinds 1 januari 2026). Anders telt de eigen melding (art. 44 lid 1 Pw).
  "Onverwijld" is een open norm zonder termijn: het college beoordeelt het.

  Regel: Wie zich onverwijld na de afwijzing meldt, behoudt de eerdere meldingsdatum (art. 43 lid 6 Pw)

    @M12-001
    Scenario: Na een afgewezen IOAW-aanvraag telt de melding van december
      Gegeven de peildatum is 2026-03-01
      En eerder meldde de belanghebbende zich op 2025-12-01 voor een aanvraag voor de IOAW
      En die aanvraag is afgewezen op 2026-02-05
      En de belanghebbende meldt zich voor algemene bijstand op 2026-02-10
      En het college acht de melding onverwijld na de afwijzing
      Als de datum van melding voor algemene bijstand wordt bepaald
      Dan geldt 2025-12-01 als datum van melding
      En is de melding van de afgewezen aanvraag overgenomen
      En is de grondslag "art. 43 lid 6 Pw"

    @M12-002
    Abstract Scenario: Alleen een afgewezen aanvraag voor de Bbz, de IOAW of de IOAZ telt
      Gegeven de peildatum is 2026-05-01
      En eerder meldde de belanghebbende zich op 2026-01-15 voor een aanvraag voor <regeling>
      En die aanvraag is afgewezen op 2026-04-01
      En de belanghebbende meldt zich voor algemene bijstand op 2026-04-03
      En het college acht de melding onverwijld na de afwijzing
      Als de datum van melding voor algemene bijstand wordt bepaald
      Dan geldt <melding> als datum van melding
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | regeling | melding    | grondslag        |
        | de Bbz   | 2026-01-15 | art. 43 lid 6 Pw |
        | de IOAW  | 2026-01-15 | art. 43 lid 6 Pw |
        | de IOAZ  | 2026-01-15 | art. 43 lid 6 Pw |
        | de WW    | 2026-04-03 | art. 44 lid 1 Pw |

    @M12-003 @voorlopig
    Abstract Scenario: Een melding op de dag van de afwijzing is na de afwijzing, een dag eerder niet
      # Voorlopig: de wet regelt niet of een melding op dezelfde dag als de afwijzing "na" de
      # afwijzing ligt; pwib neemt aan van wel, omdat het besluit dan al kan zijn ontvangen.
      Gegeven de peildatum is 2026-03-01
      En eerder meldde de belanghebbende zich op 2025-11-20 voor een aanvraag voor de IOAZ
      En die aanvraag is afgewezen op 2026-01-20
      En de belanghebbende meldt zich voor algemene bijstand op <melding>
      En het college acht de melding onverwijld na de afwijzing
      Als de datum van melding voor algemene bijstand wordt bepaald
      Dan geldt <geldt> als datum van melding

      Voorbeelden:
        | melding    | geldt      |
        | 2026-01-20 | 2025-11-20 |
        | 2026-01-19 | 2026-01-19 |
    # Art. 43 lid 6 Pw geldt voor een melding "na afwijzing": een melding tien dagen vóór de afwijzing is dat niet,
    # dus telt de eigen melding (art. 44 lid 1 Pw). Een afwijzing op de dag van de eerdere melding kan: de
    # melding van 2026-01-20 wordt dan overgenomen.

    @M12-009
    Scenario: Een melding ruim vóór de afwijzing is geen melding na afwijzing
      Gegeven de peildatum is 2026-03-01
      En eerder meldde de belanghebbende zich op 2025-11-20 voor een aanvraag voor de IOAZ
      En die aanvraag is afgewezen op 2026-01-20
      En de belanghebbende meldt zich voor algemene bijstand op 2026-01-10
      En het college acht de melding onverwijld na de afwijzing
      Als de datum van melding voor algemene bijstand wordt bepaald
      Dan geldt 2026-01-10 als datum van melding
      En is de melding van de afgewezen aanvraag niet overgenomen

    @M12-010
    Scenario: Een aanvraag die is afgewezen op de dag van de melding ervoor
      Gegeven de peildatum is 2026-03-01
      En eerder meldde de belanghebbende zich op 2026-01-20 voor een aanvraag voor de IOAW
      En die aanvraag is afgewezen op 2026-01-20
      En de belanghebbende meldt zich voor algemene bijstand op 2026-01-25
      En het college acht de melding onverwijld na de afwijzing
      Als de datum van melding voor algemene bijstand wordt bepaald
      Dan geldt 2026-01-20 als datum van melding
      En is de melding van de afgewezen aanvraag overgenomen

  Regel: Zonder onverwijlde melding telt de eigen melding (art. 44 lid 1 Pw)

    @M12-004
    Scenario: Het college acht de melding niet onverwijld
      Gegeven de peildatum is 2026-06-01
      En eerder meldde de belanghebbende zich op 2026-01-05 voor een aanvraag voor de Bbz
      En die aanvraag is afgewezen op 2026-02-01
      En de belanghebbende meldt zich voor algemene bijstand op 2026-05-15
      En het college acht de melding niet onverwijld na de afwijzing
      Als de datum van melding voor algemene bijstand wordt bepaald
      Dan geldt 2026-05-15 als datum van melding
      En is de melding van de afgewezen aanvraag niet overgenomen
      En is de grondslag "art. 44 lid 1 Pw"

    @M12-005
    Scenario: Zonder eerdere aanvraag telt de eigen melding
      Gegeven de peildatum is 2026-02-01
      En de belanghebbende meldt zich voor algemene bijstand op 2026-01-12
      Als de datum van melding voor algemene bijstand wordt bepaald
      Dan geldt 2026-01-12 als datum van melding
      En is de melding van de afgewezen aanvraag niet overgenomen

  Regel: Vóór 1 januari 2026 bestond art. 43 lid 6 niet; dan telt de eigen melding (art. 44 lid 1 Pw)

    @M12-006
    Abstract Scenario: Dezelfde feiten de dag vóór en de dag van de inwerkingtreding
      Gegeven de peildatum is <peildatum>
      En eerder meldde de belanghebbende zich op 2025-10-01 voor een aanvraag voor de IOAW
      En die aanvraag is afgewezen op 2025-12-15
      En de belanghebbende meldt zich voor algemene bijstand op 2025-12-18
      En het college acht de melding onverwijld na de afwijzing
      Als de datum van melding voor algemene bijstand wordt bepaald
      Dan geldt <melding> als datum van melding
      En geldt de overname van de melding vanaf 2026-01-01
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | peildatum  | melding    | grondslag        |
        | 2025-12-31 | 2025-12-18 | art. 44 lid 1 Pw |
        | 2026-01-01 | 2025-10-01 | art. 43 lid 6 Pw |

  Regel: Ongeldige invoer wordt geweigerd en elk onjuist gegeven genoemd

    @M12-007
    Scenario: Een aanvraag kan niet zijn afgewezen vóór de melding ervoor
      Gegeven de peildatum is 2026-03-01
      En eerder meldde de belanghebbende zich op 2026-02-01 voor een aanvraag voor de IOAW
      En die aanvraag is afgewezen op 2026-01-20
      En de belanghebbende meldt zich voor algemene bijstand op 2026-02-20
      En het college acht de melding onverwijld na de afwijzing
      Als de datum van melding voor algemene bijstand wordt bepaald
      Dan wordt de invoer geweigerd met een melding over "afgewezenAanvraag.afwijzingsdatum"

    @M12-008
    Scenario: Zonder oordeel over het onverwijld melden kan het college niet beslissen
      Gegeven de peildatum is 2026-03-01
      En eerder meldde de belanghebbende zich op 2025-12-01 voor een aanvraag voor de IOAW
      En die aanvraag is afgewezen op 2026-02-05
      En de belanghebbende meldt zich voor algemene bijstand op 2026-02-10
      Als de datum van melding voor algemene bijstand wordt bepaald
      Dan wordt de invoer geweigerd met een melding over "onverwijldNaAfwijzing"
