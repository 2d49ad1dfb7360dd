# language: nl
@M10
Functionaliteit: Identificatie met rijbewijs of eID
  Het college stelt de identiteit van de belanghebbende vast aan de hand van een document van
  art. 1 lid 1 onder 1° tot en met 4° van de Wet op de identificatieplicht: een Nederlands
  paspoort of identiteitskaart, een verblijfsdocument voor vreemdelingen, een paspoort van een
  andere EU- of EER-staat, of (nieuw) een rijbewijs. Een aanvraag gedaan met een elektronisch
  identificatiemiddel van ten minste niveau substantieel (art. 1 onder j Pw) geldt ook als
  identificatie (art. 17 lid 3 Pw). Vóór de nieuwe tekst telden alleen de documenten onder 1°
  tot en met 3°.
  Voorlopig: de nieuwe tekst van art. 17 lid 3 staat niet in de bronnen van pwib en de datum
  waarop hij geldt hangt af van de Verzamelwet SZW 2026 (terugwerkend tot 1 januari 2026, lage
  zekerheid). pwib past hem toe vanaf 1 januari 2026, de datum van de catalogus.

  Regel: De documenten onder 1° tot en met 3° van de Wet op de identificatieplicht tellen altijd (art. 17 lid 3 Pw)

    @M10-001
    Abstract Scenario: Paspoort, identiteitskaart of verblijfsdocument
      Gegeven de peildatum is 2026-02-01
      En de belanghebbende toont <document>
      Als de identiteit van de belanghebbende wordt vastgesteld
      Dan is de identiteit vastgesteld met een document

      Voorbeelden:
        | document                                     |
        | een Nederlands paspoort                      |
        | een Nederlandse identiteitskaart             |
        | een verblijfsdocument voor vreemdelingen     |
        | een paspoort van een andere EU- of EER-staat |

    @M10-002
    Scenario: Een ander document, zoals een bankpas, is geen identiteitsbewijs
      Gegeven de peildatum is 2026-02-01
      En de belanghebbende toont een ander document
      Als de identiteit van de belanghebbende wordt vastgesteld
      Dan is de identiteit niet vastgesteld
      En is de grondslag "art. 17 lid 3 Pw"
    # Art. 17 lid 3 Pw zoals het op 31 december 2025 gold (en in de geconsolideerde tekst van 1 januari 2026 nog
    # staat): de identiteit wordt vastgesteld met een document van art. 1 lid 1 onder 1° tot en met 3° Wid, zoals
    # een paspoort; een ander document volstaat niet.

    @M10-009
    Abstract Scenario: Op 31 december 2025 een paspoort of een ander document
      Gegeven de peildatum is 2025-12-31
      En de belanghebbende toont <document>
      Als de identiteit van de belanghebbende wordt vastgesteld
      Dan <uitkomst>

      Voorbeelden:
        | document                | uitkomst                                      |
        | een Nederlands paspoort | is de identiteit vastgesteld met een document |
        | een ander document      | is de identiteit niet vastgesteld             |

  Regel: Met de nieuwe tekst telt ook het rijbewijs (art. 17 lid 3 Pw, art. 1 lid 1 onder 4° Wid); voorlopig, want de datum hangt af van de Verzamelwet SZW 2026

    @M10-003 @voorlopig
    Abstract Scenario: Een rijbewijs de dag vóór en de dag van de inwerkingtreding
      Gegeven de peildatum is <peildatum>
      En de belanghebbende toont een rijbewijs
      Als de identiteit van de belanghebbende wordt vastgesteld
      Dan <uitkomst>
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | peildatum  | uitkomst                                      | grondslag                                   |
        | 2025-12-31 | is de identiteit niet vastgesteld             | art. 17 lid 3 Pw (tekst tot 1 januari 2026) |
        | 2026-01-01 | is de identiteit vastgesteld met een document | art. 17 lid 3 Pw                            |

  Regel: Een aanvraag met een eID van ten minste niveau substantieel geldt als identificatie (art. 17 lid 3 en art. 1 onder j Pw); voorlopig, want de datum hangt af van de Verzamelwet SZW 2026

    @M10-004 @voorlopig
    Abstract Scenario: Het betrouwbaarheidsniveau van een Nederlands eID beslist
      Gegeven de peildatum is 2026-03-01
      En de aanvraag is gedaan met een in Nederland uitgegeven elektronisch identificatiemiddel van niveau <niveau>
      Als de identiteit van de belanghebbende wordt vastgesteld
      Dan <uitkomst>
      En is de grondslag "art. 17 lid 3 en art. 1 onder j Pw"

      Voorbeelden:
        | niveau       | uitkomst                                                              |
        | laag         | is de identiteit niet vastgesteld                                     |
        | substantieel | is de identiteit vastgesteld met een elektronisch identificatiemiddel |
        | hoog         | is de identiteit vastgesteld met een elektronisch identificatiemiddel |

    @M10-005 @voorlopig
    Scenario: Vóór de nieuwe tekst telt een aanvraag met DigiD Substantieel niet als identificatie
      Gegeven de peildatum is 2025-12-31
      En de aanvraag is gedaan met een in Nederland uitgegeven elektronisch identificatiemiddel van niveau substantieel
      Als de identiteit van de belanghebbende wordt vastgesteld
      Dan is de identiteit niet vastgesteld
      En is de grondslag "art. 17 lid 3 Pw (tekst tot 1 januari 2026)"

    @M10-006 @voorlopig
    Scenario: Een erkend eID uit een andere lidstaat telt
      Gegeven de peildatum is 2026-04-01
      En de aanvraag is gedaan met een in een andere EU- of EER-staat uitgegeven elektronisch identificatiemiddel van niveau hoog
      En dat middel is erkend voor grensoverschrijdende authenticatie
      Als de identiteit van de belanghebbende wordt vastgesteld
      Dan is de identiteit vastgesteld met een elektronisch identificatiemiddel
      En is de grondslag "art. 17 lid 3 en art. 1 onder j Pw"

    @M10-007 @voorlopig
    Scenario: Een niet erkend eID uit een andere lidstaat telt niet
      Gegeven de peildatum is 2026-04-01
      En de aanvraag is gedaan met een in een andere EU- of EER-staat uitgegeven elektronisch identificatiemiddel van niveau hoog
      Als de identiteit van de belanghebbende wordt vastgesteld
      Dan is de identiteit niet vastgesteld

  Regel: Ongeldige invoer wordt geweigerd en elk onjuist gegeven genoemd
    # Art. 1 onder j, 2°, Pw en art. 6 lid 1 eIDAS: erkenning voor grensoverschrijdende authenticatie bestaat alleen
    # voor een middel uit een andere staat; een Nederlands middel met die erkenning is onjuiste invoer.

    @M10-010
    Scenario: Een Nederlands eID kan niet erkend zijn voor grensoverschrijdende authenticatie
      Gegeven de peildatum is 2026-03-01
      En de aanvraag is gedaan met een in Nederland uitgegeven elektronisch identificatiemiddel van niveau substantieel
      En dat middel is erkend voor grensoverschrijdende authenticatie
      Als de identiteit van de belanghebbende wordt vastgesteld
      Dan wordt de invoer geweigerd met een melding over "elektronischIdentificatiemiddel.erkendVoorGrensoverschrijdendeAuthenticatie"

    @M10-008
    Scenario: Een eID zonder betrouwbaarheidsniveau
      Gegeven de peildatum is 2026-03-01
      En de aanvraag is gedaan met een in Nederland uitgegeven elektronisch identificatiemiddel van onbekend niveau
      Als de identiteit van de belanghebbende wordt vastgesteld
      Dan wordt de invoer geweigerd met een melding over "elektronischIdentificatiemiddel.niveau"
