# language: nl
@M02
Functionaliteit: Rechtsvermoeden gezamenlijke huishouding
  Wie met een ander het hoofdverblijf in dezelfde woning heeft, voert in ieder geval een
  gezamenlijke huishouding als zij in de periode van twee jaar vóór de aanvraag van bijstand
  met elkaar gehuwd zijn geweest of voor de bijstand als gehuwden waren aangemerkt, als uit hun
  relatie een kind is geboren of de een een kind van de ander heeft erkend, als zij een geldend
  samenlevingscontract met een wederzijdse bijdrageplicht hebben, of als een registratie hen als
  gezamenlijke huishouding aanmerkt (art. 3 lid 4 Pw). Vóór 2026 telde een eerder huwelijk met
  elkaar zonder termijn.

  Regel: Sinds 2026 telt een eerder huwelijk met elkaar alleen in de twee jaar vóór de aanvraag (art. 3 lid 4 onder a Pw)

    @M02-001 @voorlopig
    Abstract Scenario: Een huwelijk dat precies twee jaar vóór de aanvraag eindigde, telt nog mee
      # Voorlopig: de wet zegt niet op welke dag de periode begint. Aangenomen is dezelfde
      # kalenderdag twee jaar vóór de aanvraagdatum, en dat de laatste huwelijksdag meetelt.
      Gegeven de peildatum is 2026-03-15
      En de belanghebbende en de ander hebben hun hoofdverblijf in dezelfde woning
      En de aanvraag van bijstand is gedaan op 2026-03-01
      En hun huwelijk met elkaar is geëindigd op <einde>
      Als het rechtsvermoeden van een gezamenlijke huishouding wordt beoordeeld
      Dan <uitkomst>
      En begint de periode vóór de aanvraag op 2024-03-01
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | einde      | uitkomst                                    | grondslag               |
        | 2025-11-30 | wordt een gezamenlijke huishouding vermoed  | art. 3 lid 4 onder a Pw |
        | 2024-03-02 | wordt een gezamenlijke huishouding vermoed  | art. 3 lid 4 onder a Pw |
        | 2024-03-01 | wordt een gezamenlijke huishouding vermoed  | art. 3 lid 4 onder a Pw |
        | 2024-02-29 | wordt geen gezamenlijke huishouding vermoed | art. 3 lid 3 Pw         |

    @M02-002
    Scenario: Een lang geleden beëindigd huwelijk wekt sinds 2026 geen vermoeden meer
      Gegeven de peildatum is 2026-05-01
      En de belanghebbende en de ander hebben hun hoofdverblijf in dezelfde woning
      En de aanvraag van bijstand is gedaan op 2026-04-20
      En hun huwelijk met elkaar is geëindigd op 2015-06-01
      Als het rechtsvermoeden van een gezamenlijke huishouding wordt beoordeeld
      Dan wordt geen gezamenlijke huishouding vermoed
      En is de grondslag "art. 3 lid 3 Pw"

    @M02-010
    Abstract Scenario: Een huwelijk dat ruim binnen of ruim vóór de twee jaar vóór de aanvraag eindigde
      # Aanvraag 2026-03-01: de periode van twee jaar ervoor begint rond 2024-03-01 (welke dag precies, is
      # voorlopig, M02-001). 2025-11-30 en 2024-04-15 liggen er in elke telling binnen: vermoed, onder a.
      # 2024-01-15 ligt er in elke telling vóór: geen vermoeden, de hoofdregel van lid 3.
      Gegeven de peildatum is 2026-03-15
      En de belanghebbende en de ander hebben hun hoofdverblijf in dezelfde woning
      En de aanvraag van bijstand is gedaan op 2026-03-01
      En hun huwelijk met elkaar is geëindigd op <einde>
      Als het rechtsvermoeden van een gezamenlijke huishouding wordt beoordeeld
      Dan <uitkomst>
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | einde      | uitkomst                                    | grondslag               |
        | 2025-11-30 | wordt een gezamenlijke huishouding vermoed  | art. 3 lid 4 onder a Pw |
        | 2024-04-15 | wordt een gezamenlijke huishouding vermoed  | art. 3 lid 4 onder a Pw |
        | 2024-01-15 | wordt geen gezamenlijke huishouding vermoed | art. 3 lid 3 Pw         |

    @M02-011
    Scenario: Een huwelijk dat op de dag van de aanvraag en de peildatum eindigde
      # Zij waren in de twee jaar vóór de aanvraag met elkaar gehuwd: vermoed, onder a. Een einde op de
      # peildatum ligt niet na de peildatum.
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende en de ander hebben hun hoofdverblijf in dezelfde woning
      En de aanvraag van bijstand is gedaan op 2026-03-01
      En hun huwelijk met elkaar is geëindigd op 2026-03-01
      Als het rechtsvermoeden van een gezamenlijke huishouding wordt beoordeeld
      Dan wordt een gezamenlijke huishouding vermoed
      En berust het vermoeden alleen op een eerder huwelijk met elkaar
      En is de grondslag "art. 3 lid 4 onder a Pw"

  Regel: Vóór 2026 telde een eerder huwelijk met elkaar zonder termijn; voorlopig, want de oude tekst van art. 3 lid 4 Pw staat niet in de bronnen

    @M02-003 @voorlopig
    Abstract Scenario: Hetzelfde oude huwelijk de dag vóór en de dag van de inwerkingtreding
      Gegeven de peildatum is <peildatum>
      En de belanghebbende en de ander hebben hun hoofdverblijf in dezelfde woning
      En de aanvraag van bijstand is gedaan op 2025-12-15
      En hun huwelijk met elkaar is geëindigd op 2015-06-01
      Als het rechtsvermoeden van een gezamenlijke huishouding wordt beoordeeld
      Dan <uitkomst>
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | peildatum  | uitkomst                                    | grondslag                                          |
        | 2025-12-31 | wordt een gezamenlijke huishouding vermoed  | art. 3 lid 4 onder a Pw (tekst tot 1 januari 2026) |
        | 2026-01-01 | wordt geen gezamenlijke huishouding vermoed | art. 3 lid 3 Pw                                    |

  Regel: Wie in de twee jaar vóór de aanvraag voor de bijstand als gehuwden gold, voert een gezamenlijke huishouding (art. 3 lid 4 onder a Pw)

    @M02-004
    Scenario: Een stel dat tot vorig jaar samen bijstand had als gehuwden
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende en de ander hebben hun hoofdverblijf in dezelfde woning
      En de aanvraag van bijstand is gedaan op 2026-03-01
      En zij waren voor de bijstand als gehuwden aangemerkt tot en met 2025-05-31
      Als het rechtsvermoeden van een gezamenlijke huishouding wordt beoordeeld
      Dan wordt een gezamenlijke huishouding vermoed
      En berust het vermoeden alleen op het eerder als gehuwden aangemerkt zijn
      En is de grondslag "art. 3 lid 4 onder a Pw"

  Regel: Een kind, een samenlevingscontract of een registratie doet een gezamenlijke huishouding vermoeden (art. 3 lid 4 onder b, c en d Pw)

    @M02-005
    Abstract Scenario: Elk van de andere gevallen van het rechtsvermoeden
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende en de ander hebben hun hoofdverblijf in dezelfde woning
      En <feit>
      Als het rechtsvermoeden van een gezamenlijke huishouding wordt beoordeeld
      Dan wordt een gezamenlijke huishouding vermoed
      En berust het vermoeden alleen op <grond>
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | feit                                                                                                         | grond                     | grondslag               |
        | uit hun relatie is een kind geboren                                                                          | een kind uit hun relatie  | art. 3 lid 4 onder b Pw |
        | de een heeft een kind van de ander erkend                                                                    | de erkenning van een kind | art. 3 lid 4 onder b Pw |
        | zij hebben zich in een geldend samenlevingscontract wederzijds verplicht tot een bijdrage aan de huishouding | een samenlevingscontract  | art. 3 lid 4 onder c Pw |
        | zij worden op grond van een registratie aangemerkt als gezamenlijke huishouding                              | een registratie           | art. 3 lid 4 onder d Pw |

    @M02-006
    Scenario: Meer gevallen tegelijk worden allemaal genoemd
      Gegeven de peildatum is 2026-02-01
      En de belanghebbende en de ander hebben hun hoofdverblijf in dezelfde woning
      En uit hun relatie is een kind geboren
      En zij hebben zich in een geldend samenlevingscontract wederzijds verplicht tot een bijdrage aan de huishouding
      Als het rechtsvermoeden van een gezamenlijke huishouding wordt beoordeeld
      Dan wordt een gezamenlijke huishouding vermoed
      En is de grondslag "art. 3 lid 4 onder b en c Pw"

    @M02-012
    Scenario: Drie gevallen tegelijk worden alle drie genoemd
      # Art. 3 lid 4 Pw: de erkenning van een kind (onder b), het samenlevingscontract (onder c) en de registratie
      # (onder d) doen zich alle drie voor; de gronden staan in de volgorde van de opsomming in de wet: b, c, d.
      Gegeven de peildatum is 2026-02-01
      En de belanghebbende en de ander hebben hun hoofdverblijf in dezelfde woning
      En de een heeft een kind van de ander erkend
      En zij hebben zich in een geldend samenlevingscontract wederzijds verplicht tot een bijdrage aan de huishouding
      En zij worden op grond van een registratie aangemerkt als gezamenlijke huishouding
      Als het rechtsvermoeden van een gezamenlijke huishouding wordt beoordeeld
      Dan wordt een gezamenlijke huishouding vermoed
      En berust het vermoeden op de gronden:
        | grond                     |
        | de erkenning van een kind |
        | een samenlevingscontract  |
        | een registratie           |
      En is de grondslag "art. 3 lid 4 onder b, c en d Pw"

  Regel: Zonder hoofdverblijf in dezelfde woning is er geen rechtsvermoeden (art. 3 lid 4 aanhef Pw)

    @M02-007
    Scenario: Ouders van een gezamenlijk kind die elk in een eigen woning wonen
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende en de ander hebben hun hoofdverblijf niet in dezelfde woning
      En uit hun relatie is een kind geboren
      Als het rechtsvermoeden van een gezamenlijke huishouding wordt beoordeeld
      Dan wordt geen gezamenlijke huishouding vermoed
      En is de grondslag "art. 3 lid 4 Pw"

  Regel: Ongeldige invoer wordt geweigerd en elk onjuist gegeven genoemd

    @M02-008
    Scenario: Een huwelijk dat pas na de peildatum eindigt, bestaat op de peildatum nog
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende en de ander hebben hun hoofdverblijf in dezelfde woning
      En de aanvraag van bijstand is gedaan op 2026-02-01
      En hun huwelijk met elkaar is geëindigd op 2026-04-01
      Als het rechtsvermoeden van een gezamenlijke huishouding wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "huwelijkGeeindigdOp"

    @M02-009
    Scenario: Zonder aanvraagdatum is de periode vóór de aanvraag niet te bepalen
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende en de ander hebben hun hoofdverblijf in dezelfde woning
      En hun huwelijk met elkaar is geëindigd op 2025-04-01
      Als het rechtsvermoeden van een gezamenlijke huishouding wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "aanvraagdatum"
