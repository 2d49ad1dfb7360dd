# language: nl
@M17
Functionaliteit: Maatschappelijke participatie in plaats van de tegenprestatie
  Tot 2027 is de bijstandsgerechtigde van 18 jaar tot de pensioengerechtigde leeftijd verplicht naar
  vermogen de onbeloonde maatschappelijk nuttige werkzaamheden te verrichten die het college hem
  opdraagt: de tegenprestatie (art. 9 lid 1 onder c Pw, met art. 7 lid 1 onder c en art. 8a lid 1
  onder b). Vanaf 1 januari 2027 vervangt een plicht tot maatschappelijke participatie de tegenprestatie
  en de sociale activering; de bijstandsgerechtigde vult die zelf in (vrijwilligerswerk, mantelzorg,
  opleiding), zolang dat de arbeidsinschakeling niet belemmert. Een gemeente mag daar in 2026 op
  vooruitlopen (gedoogjaar).
  De maatregel is voorlopig: de tekst van art. 6-9 per 2027 staat niet in de bronnen. Alle scenario's
  dragen daarom @voorlopig.

  Regel: Tot 2027 geldt de tegenprestatie: het college draagt de werkzaamheden op en eigen activiteiten vervullen die niet (art. 9 lid 1 onder c Pw); voorlopig omdat de maatregel voorlopig is

    @M17-001 @voorlopig
    Scenario: Zonder opgedragen tegenprestatie is er niets te verrichten, maar het college mag die opdragen
      Gegeven de peildatum is 2026-06-01
      En de bijstandsgerechtigde kiest zelf voor vrijwilligerswerk
      Als de participatieplicht wordt beoordeeld
      Dan geldt het regime van de tegenprestatie
      En geldt de participatieplicht
      En voldoet de bijstandsgerechtigde aan de participatieplicht
      En mag het college de participatie nader invullen
      En is de grondslag "art. 9 lid 1 onder c Pw"

    @M17-002 @voorlopig
    Scenario: Een opgedragen tegenprestatie die niet wordt verricht, wordt niet vervuld door eigen mantelzorg
      Gegeven de peildatum is 2026-06-01
      En het college heeft de bijstandsgerechtigde een tegenprestatie opgedragen
      En de bijstandsgerechtigde kiest zelf voor mantelzorg
      Als de participatieplicht wordt beoordeeld
      Dan voldoet de bijstandsgerechtigde niet aan de participatieplicht
      En is de grondslag "art. 9 lid 1 onder c Pw"

    @M17-003 @voorlopig
    Scenario: Een opgedragen tegenprestatie die wordt verricht
      Gegeven de peildatum is 2026-06-01
      En het college heeft de bijstandsgerechtigde een tegenprestatie opgedragen
      En de bijstandsgerechtigde verricht de opgedragen tegenprestatie
      Als de participatieplicht wordt beoordeeld
      Dan voldoet de bijstandsgerechtigde aan de participatieplicht

  Regel: Vanaf 2027 vervult de bijstandsgerechtigde die (nog) niet kan werken de plicht met een eigen activiteit die de arbeidsinschakeling niet belemmert; anders mag het college de participatie nader invullen (art. 9 Pw, tekst 2027, voorlopig)

    @M17-004 @voorlopig
    Abstract Scenario: Een eigen invulling vervult de plicht
      Gegeven de peildatum is 2027-03-01
      En het college oordeelt dat arbeidsinschakeling voor de bijstandsgerechtigde nog niet mogelijk is
      En de bijstandsgerechtigde kiest zelf voor <activiteit>
      Als de participatieplicht wordt beoordeeld
      Dan geldt het regime van de maatschappelijke participatie
      En voldoet de bijstandsgerechtigde aan de participatieplicht
      En mag het college de participatie niet nader invullen
      En is de grondslag "art. 9 lid 1 Pw (tekst 2027, voorlopig)"

      Voorbeelden:
        | activiteit        |
        | vrijwilligerswerk |
        | mantelzorg        |
        | een opleiding     |

    @M17-005 @voorlopig
    Scenario: Zonder eigen invulling mag het college de participatie nader invullen
      Gegeven de peildatum is 2027-03-01
      En het college oordeelt dat arbeidsinschakeling voor de bijstandsgerechtigde nog niet mogelijk is
      Als de participatieplicht wordt beoordeeld
      Dan geldt de participatieplicht
      En voldoet de bijstandsgerechtigde niet aan de participatieplicht
      En mag het college de participatie nader invullen

    @M17-006 @voorlopig
    Scenario: Een eigen activiteit die de arbeidsinschakeling belemmert, vervult de plicht niet
      Gegeven de peildatum is 2027-03-01
      En het college oordeelt dat arbeidsinschakeling voor de bijstandsgerechtigde nog niet mogelijk is
      En de bijstandsgerechtigde kiest zelf voor vrijwilligerswerk
      En het college oordeelt dat die eigen activiteiten de arbeidsinschakeling belemmeren
      Als de participatieplicht wordt beoordeeld
      Dan voldoet de bijstandsgerechtigde niet aan de participatieplicht
      En mag het college de participatie nader invullen

    @M17-007 @voorlopig
    Scenario: Wie kan werken, heeft de arbeidsplichten en niet de participatieplicht
      Gegeven de peildatum is 2027-03-01
      En de bijstandsgerechtigde kiest zelf voor vrijwilligerswerk
      Als de participatieplicht wordt beoordeeld
      Dan geldt de participatieplicht niet
      En is de grondslag "art. 9 lid 1 onder a Pw"

    @M17-008 @voorlopig
    Abstract Scenario: De dag vóór en de dag van de inwerkingtreding
      Gegeven de peildatum is <peildatum>
      En het college oordeelt dat arbeidsinschakeling voor de bijstandsgerechtigde nog niet mogelijk is
      En de bijstandsgerechtigde kiest zelf voor vrijwilligerswerk
      Als de participatieplicht wordt beoordeeld
      Dan geldt het regime van de <regime>
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | peildatum  | regime                        | grondslag                               |
        | 2026-12-31 | tegenprestatie                | art. 9 lid 1 onder c Pw                 |
        | 2027-01-01 | maatschappelijke participatie | art. 9 lid 1 Pw (tekst 2027, voorlopig) |

    @M17-009 @voorlopig
    Abstract Scenario: Een gemeente die in het gedoogjaar vooruitloopt
      Gegeven de peildatum is <peildatum>
      En de gemeente loopt vooruit en past de maatschappelijke participatie toe vanaf 2026-07-01
      En het college oordeelt dat arbeidsinschakeling voor de bijstandsgerechtigde nog niet mogelijk is
      Als de participatieplicht wordt beoordeeld
      Dan geldt het regime van de <regime>

      Voorbeelden:
        | peildatum  | regime                        |
        | 2026-06-30 | tegenprestatie                |
        | 2026-07-01 | maatschappelijke participatie |

  Regel: De plicht geldt niet na de pensioengerechtigde leeftijd, bij volledige en duurzame arbeidsongeschiktheid of bij ontheffing (art. 9 lid 1, 2 en 5 Pw)

    @M17-010 @voorlopig
    Abstract Scenario: Wanneer de participatieplicht niet geldt
      Gegeven de peildatum is <peildatum>
      En het college oordeelt dat arbeidsinschakeling voor de bijstandsgerechtigde nog niet mogelijk is
      En <omstandigheid>
      Als de participatieplicht wordt beoordeeld
      Dan geldt de participatieplicht niet
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | peildatum  | omstandigheid                                                            | grondslag       |
        | 2026-06-01 | de bijstandsgerechtigde is volledig en duurzaam arbeidsongeschikt        | art. 9 lid 5 Pw |
        | 2027-03-01 | de bijstandsgerechtigde heeft de pensioengerechtigde leeftijd al bereikt | art. 9 lid 1 Pw |
        | 2027-03-01 | de bijstandsgerechtigde heeft ontheffing van de participatieplicht       | art. 9 lid 2 Pw |

  Regel: Vooruitlopen kan alleen binnen het gedoogjaar 2026

    @M17-011 @voorlopig
    Scenario: Vooruitlopen vóór 2026 bestaat niet
      Gegeven de peildatum is 2026-06-01
      En de gemeente loopt vooruit en past de maatschappelijke participatie toe vanaf 2025-07-01
      Als de participatieplicht wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "beleid.maatschappelijkeParticipatieVanaf"
