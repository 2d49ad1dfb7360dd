# language: nl
@M21
Functionaliteit: Tijdelijke ontheffing van de arbeidsplichten
  Zijn er dringende redenen, dan kan het college in individuele gevallen tijdelijk ontheffing verlenen van
  de plichten van art. 9 lid 1 onder a (werk) en onder c (tegenprestatie). Zorgtaken kunnen dringende
  redenen zijn, voor zover een voorziening gericht op arbeidsinschakeling er geen rekening mee kan houden
  (art. 9 lid 2 Pw). Wie volledig en duurzaam arbeidsongeschikt is, heeft de plichten onder a, b en c van
  rechtswege niet (art. 9 lid 5 Pw). Dringende redenen en de voorziening zijn oordelen van het college;
  de einddatum kiest het college, een gemeente kan een maximum als beleid stellen.
  De maatregel is voorlopig: de tekst van art. 9 per 2027 staat niet in de bronnen; pwib past ook in 2027
  de tekst van 2026 toe. Alle scenario's dragen daarom @voorlopig.

  Regel: Bij dringende redenen kan het college tijdelijk ontheffen van art. 9 lid 1 onder a en c (art. 9 lid 2 Pw); voorlopig omdat de maatregel voorlopig is

    @M21-001 @voorlopig
    Scenario: Dringende redenen geven een tijdelijke ontheffing tot de gekozen datum
      Gegeven de peildatum is 2026-03-01
      En het college acht dringende redenen voor ontheffing aanwezig
      En het college wil de ontheffing laten lopen tot en met 2026-12-31
      Als de ontheffing van de arbeidsplichten wordt beoordeeld
      Dan kan het college tijdelijk ontheffing verlenen
      En is de grond van de ontheffing dringende redenen
      En betreft de ontheffing de plichten onder a en c van artikel 9 lid 1
      En loopt de ontheffing tot en met 2026-12-31
      En is de grondslag "art. 9 lid 2 Pw"

    @M21-002 @voorlopig
    Scenario: Zonder dringende redenen geen ontheffing
      # Art. 9 lid 2 Pw: zonder dringende redenen geen ontheffing, dus van geen van de plichten van lid 1.
      Gegeven de peildatum is 2026-03-01
      Als de ontheffing van de arbeidsplichten wordt beoordeeld
      Dan kan het college geen ontheffing verlenen
      En betreft de ontheffing geen van de plichten van artikel 9 lid 1
      En is de grondslag "art. 9 lid 2 Pw"

    @M21-003 @voorlopig
    Abstract Scenario: De dag vóór en de dag van de inwerkingtreding
      Gegeven de peildatum is <peildatum>
      En het college acht dringende redenen voor ontheffing aanwezig
      En het college wil de ontheffing laten lopen tot en met 2027-06-30
      Als de ontheffing van de arbeidsplichten wordt beoordeeld
      Dan kan het college tijdelijk ontheffing verlenen
      En loopt de ontheffing tot en met 2027-06-30
      En is de grondslag "art. 9 lid 2 Pw"

      Voorbeelden:
        | peildatum  |
        | 2026-12-31 |
        | 2027-01-01 |

  Regel: Zorgtaken zijn dringende redenen voor zover een voorziening gericht op arbeidsinschakeling er geen rekening mee kan houden (art. 9 lid 2, tweede zin, Pw)

    @M21-004 @voorlopig
    Scenario: Zorgtaken die een voorziening niet kan opvangen
      # Art. 9 lid 2 Pw: zorgtaken zijn hier dringende redenen; de ontheffing ziet op de plichten van lid 1
      # onderdelen a en c (niet op b), in de volgorde van de wet.
      Gegeven de peildatum is 2026-03-01
      En de bijstandsgerechtigde heeft zorgtaken
      En het college wil de ontheffing laten lopen tot en met 2026-08-31
      Als de ontheffing van de arbeidsplichten wordt beoordeeld
      Dan kan het college tijdelijk ontheffing verlenen
      En is de grond van de ontheffing zorgtaken
      En betreft de ontheffing de plichten van artikel 9 lid 1 onder:
        | onderdeel |
        | a         |
        | c         |

    @M21-005 @voorlopig
    Scenario: Zorgtaken waarmee een voorziening rekening kan houden
      Gegeven de peildatum is 2026-03-01
      En de bijstandsgerechtigde heeft zorgtaken
      En het college oordeelt dat een voorziening gericht op arbeidsinschakeling met die zorgtaken rekening kan houden
      En het college wil de ontheffing laten lopen tot en met 2026-08-31
      Als de ontheffing van de arbeidsplichten wordt beoordeeld
      Dan kan het college geen ontheffing verlenen

  Regel: Een gemeentelijk maximum begrenst de duur vanaf de peildatum (beleid; de wet noemt geen maximum)

    @M21-006 @voorlopig
    Abstract Scenario: Een ontheffing van ten hoogste zes maanden
      Gegeven de peildatum is 2026-03-01
      En de gemeente verleent als beleid een ontheffing voor ten hoogste 6 maanden
      En het college acht dringende redenen voor ontheffing aanwezig
      En het college wil de ontheffing laten lopen tot en met <gekozen>
      Als de ontheffing van de arbeidsplichten wordt beoordeeld
      Dan loopt de ontheffing tot en met <einde>

      Voorbeelden:
        | gekozen    | einde      |
        | 2026-08-31 | 2026-08-31 |
        | 2026-09-01 | 2026-08-31 |
        | 2026-12-31 | 2026-08-31 |

  Regel: Bij volledige en duurzame arbeidsongeschiktheid gelden de plichten onder a, b en c van rechtswege niet, voor onbepaalde tijd (art. 9 lid 5 Pw)

    @M21-007 @voorlopig
    Scenario: Volledig en duurzaam arbeidsongeschikt
      Gegeven de peildatum is 2026-03-01
      En de bijstandsgerechtigde is volledig en duurzaam arbeidsongeschikt
      Als de ontheffing van de arbeidsplichten wordt beoordeeld
      Dan gelden de arbeidsplichten van rechtswege voor onbepaalde tijd niet
      En is de grond van de ontheffing volledige en duurzame arbeidsongeschiktheid
      En betreft de ontheffing de plichten onder a, b en c van artikel 9 lid 1
      En is de grondslag "art. 9 lid 5 Pw"

    @M21-008 @voorlopig
    Scenario: Na de pensioengerechtigde leeftijd is er niets om van te ontheffen
      Gegeven de peildatum is 2026-03-01
      En de bijstandsgerechtigde heeft de pensioengerechtigde leeftijd al bereikt
      En het college acht dringende redenen voor ontheffing aanwezig
      Als de ontheffing van de arbeidsplichten wordt beoordeeld
      Dan kan het college geen ontheffing verlenen
      En is de grondslag "art. 9 lid 1 Pw"

  Regel: Een ontheffing op grond van art. 9 lid 2 is tijdelijk en heeft dus een einddatum

    @M21-009 @voorlopig
    Scenario: Een ontheffing zonder einddatum wordt geweigerd
      Gegeven de peildatum is 2026-03-01
      En het college acht dringende redenen voor ontheffing aanwezig
      Als de ontheffing van de arbeidsplichten wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "ontheffingTotEnMet"
