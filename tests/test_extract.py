"""Stage 2, extract: one-paragraph articles → the exact mentions, role references and quotes the rules find.

Each table row is one paragraph and everything the extractor must find in it,
each mention as (text, name, kind, rule): the rule names the pattern that fired
(``generator/extract/names.py``), so a row fails when a different rule takes the
words over, not only when the words are missed. Names of people, groups and
organisations are invented; places are real because the gazetteer knows them.
"""
from __future__ import annotations

import datetime as dt
import time

import pytest
import yaml

from generator.extract import RuleExtractor
from generator.extract.events import headline
from generator.extract.lexicon import LEXICON_FILE, _unwritten_words
from generator.model import Article, Block, EntityKind, Extraction, Mention, RoleReference

EXTRACTOR = RuleExtractor()

PERSON, STATE, ORG, GROUP = "person", "state", "organisation", "group"
CITY, COUNTRY, SEA, REGION, BUILDING, OTHER = "city", "country", "sea", "region", "building", "other"
LONE = "lone name (kept if a known surname)"


def extract(text: str) -> Extraction:
    article = Article("case", "Case", None, "case.txt", (Block("paragraph", text, 1),))
    return EXTRACTOR.extract(article)


def extract_all(*paragraphs: str) -> Extraction:
    blocks = tuple(Block("paragraph", text, number) for number, text in enumerate(paragraphs, 1))
    return EXTRACTOR.extract(Article("case", "Case", None, "case.txt", blocks))


def named_kinds(text: str) -> list[tuple[str, str]]:
    """Each mention of ``text`` as (name, kind), in order."""
    return [(m.name, m.kind.value) for m in extract(text).mentions]


def found(extraction: Extraction) -> set[tuple[str, str, str, str]]:
    return {(m.text, m.name, m.kind.value, m.rule) for m in extraction.mentions}


# paragraph → every mention: (text, name, kind, rule)
MENTIONS = [
    # titles and honorifics before a name
    pytest.param("Defence Minister Lena Okafor arrived in Nairobi on Monday.",
                 {("Lena Okafor", "Lena Okafor", PERSON, "title before name"),
                  ("Nairobi", "Nairobi", CITY, "gazetteer city")}, id="title-before-name"),
    pytest.param("Vice President KT Brevance spoke. Brevance thanked the leaders.",
                 {("KT Brevance", "KT Brevance", PERSON, "title before name"),
                  ("Brevance", "Brevance", PERSON, LONE)}, id="a-surname-after-initials-is-written-in-full"),
    pytest.param("Five Kenyan Varlo drones hit a depot in Nairobi.",
                 {("Kenyan", "Kenya", STATE, "demonym"), ("Varlo", "Varlo", PERSON, LONE),
                  ("Nairobi", "Nairobi", CITY, "gazetteer city")}, id="a-demonym-before-a-capitalised-word-is-no-name"),
    pytest.param("Crowds marched from the Arc de Varlo to the Champ de Lune and closed the Via Brenna.",
                 {("Arc de Varlo", "Arc de Varlo", BUILDING, "named feature"),
                  ("Champ de Lune", "Champ de Lune", OTHER, "named feature"),
                  ("Via Brenna", "Via Brenna", OTHER, "named feature")}, id="landmarks-by-their-opening-word"),
    pytest.param("Leaders met at Varlo House in Nairobi; the House of Lords sat late, the House of Culture shut and "
                 "the Brenna House think tank said so.",
                 {("Varlo House", "Varlo House", BUILDING, "named feature"),
                  ("House of Culture", "House of Culture", BUILDING, "named feature"),
                  ("Nairobi", "Nairobi", CITY, "gazetteer city"),
                  ("House of Lords", "House of Lords", ORG, "organisation word"),
                  ("Brenna House", "Brenna House", ORG, "house that speaks")},
                 id="a-house-ending-a-name-is-a-building"),
    pytest.param("Nasr-e-Varlo said so.",
                 {("Nasr-e-Varlo", "Nasr-e-Varlo", PERSON, "name before speech verb")},
                 id="a-name-joined-by-a-hyphened-particle-is-one-name"),
    pytest.param("The Directorate of Criminal Investigations and the Diocese of Varlo-Brenna said so.",
                 {("Directorate of Criminal Investigations", "Directorate of Criminal Investigations", ORG,
                   "organisation word"),
                  ("Diocese of Varlo-Brenna", "Diocese of Varlo-Brenna", ORG, "organisation word")},
                 id="a-directorate-and-a-diocese-are-bodies"),
    pytest.param("Their 23-year-old daughter, Ewa, wrote a farewell.",
                 {("Ewa", "Ewa", PERSON, "a relative by a given name")}, id="a-daughter-named-after-her-age"),
    pytest.param("Three bombs hit St Varlo's Shrine, St Brenna's Church and the Arendo cinema; the Varlo Church "
                 "said so.",
                 {("St Varlo's Shrine", "St Varlo's Shrine", BUILDING, "named feature"),
                  ("St Brenna's Church", "St Brenna's Church", BUILDING, "named feature"),
                  ("Arendo cinema", "Arendo cinema", BUILDING, "name with a building noun"),
                  ("Varlo Church", "Varlo Church", ORG, "organisation word")},
                 id="a-saint-s-church-is-a-building-and-a-church-that-speaks-a-body"),
    pytest.param("Protesters closed the Tomas Varlo highway.",
                 {("Tomas Varlo highway", "Tomas Varlo highway", BUILDING, "name with a building noun")},
                 id="a-name-before-highway-is-the-road"),
    pytest.param("On his weekly television show, Con Brenner+, on Monday, the president spoke.", set(),
                 id="a-programme's-title-is-no-one's-name"),
    pytest.param("He answered the Northern Transport Confederation.",
                 {("Northern Transport Confederation", "Northern Transport Confederation", ORG, "organisation word")},
                 id="a-confederation-is-a-body"),
    pytest.param("He quoted Lena King Jr. on Monday.", {("King Jr", "King Jr", PERSON, "name sequence")},
                 id="a-suffix-after-king-is-no-titled-name"),
    pytest.param("He was followed by Jan Varga Okafor, the brother of former president Lena Varga Okafor.",
                 {("Jan Varga Okafor", "Jan Varga Okafor", PERSON, "name sequence"),
                  ("Lena Varga Okafor", "Lena Varga Okafor", PERSON, "role word before name")},
                 id="a-relative-in-apposition-is-a-person-not-a-role"),
    pytest.param("A video appeared to show Jan Kowalski rallying his men.",
                 {("Jan Kowalski", "Jan Kowalski", PERSON, "name sequence")}, id="to-show-is-a-verb-not-a-programme"),
    pytest.param("Crowds poured into the streets of Dar al-Vela and Kan Morro.",
                 {("Dar al-Vela", "Dar al-Vela", OTHER, "place by context"),
                  ("Kan Morro", "Kan Morro", OTHER, "place by context")}, id="streets-of-two-towns"),
    pytest.param("Fighting in Nairobi and Dar al-Vela went on.",
                 {("Nairobi", "Nairobi", CITY, "gazetteer city"),
                  ("Dar al-Vela", "Dar al-Vela", OTHER, "place by context")}, id="a-town-paired-with-a-city-in"),
    pytest.param("She was taken to Varlo Medical Center.",
                 {("Varlo Medical Center", "Varlo Medical Center", BUILDING, "a centre as a building")},
                 id="a-medical-center-is-a-building"),
    pytest.param("He spoke at the Northern Initiative Against Organized Crime.",
                 {("Northern Initiative Against Organized Crime", "Northern Initiative Against Organized Crime", ORG,
                   "organisation word")}, id="a-name-runs-on-after-a-title-case-link"),
    pytest.param("Kenyan Crown Prince Jan Varga and European Commission President Lena Okafor met.",
                 {("Kenyan", "Kenya", STATE, "demonym"), ("Jan Varga", "Jan Varga", PERSON, "title before name"),
                  ("European Commission", "European Commission", ORG, "organisation word"),
                  ("Lena Okafor", "Lena Okafor", PERSON, "title before name")},
                 id="a-demonym-and-a-two-word-title-open-a-person-not-a-body"),
    pytest.param("Kenyan Authority President Jan Varga and Prime Minister Lena Okafor met.",
                 {("Kenyan Authority", "Kenyan Authority", ORG, "organisation word"),
                  ("Jan Varga", "Jan Varga", PERSON, "title before name"),
                  ("Lena Okafor", "Lena Okafor", PERSON, "title before name")},
                 id="a-demonym-and-a-body-before-a-title-stay-the-body"),
    pytest.param("He said gangs have overrun much of the Caribbean country's capital.", set(),
                 id="a-region-describing-a-country-is-no-place"),
    pytest.param("“We changed the face of the Caribbean. It was hard,” Lena Okafor told reporters.",
                 {("Lena Okafor", "Lena Okafor", PERSON, "name before speech verb")},
                 id="a-place-named-only-inside-a-quote-is-no-venue"),
    pytest.param("Officials objected to a line in Article 4 and to words in Chapter VII.", set(),
                 id="a-numbered-text-is-no-place"),
    pytest.param("The leaders meet at the new Bharat Madurai convention centre.",
                 {("Bharat Madurai convention centre", "Bharat Madurai convention centre", BUILDING,
                   "name with a building noun")}, id="a-building-name-opening-with-a-country's"),
    pytest.param("President Tomas Brenner warned of consequences.",
                 {("Tomas Brenner", "Tomas Brenner", PERSON, "title before name")}, id="one-word-title"),
    pytest.param("Former diplomat Jan Kowalski and his daughter Ewa were found unconscious on a bench.",
                 {("Jan Kowalski", "Jan Kowalski", PERSON, "role word before name"),
                  ("Ewa", "Ewa", PERSON, "a relative by a given name")}, id="a-daughter-by-her-given-name"),
    pytest.param("One of Okafor's sons, Mutassim, was also killed.",
                 {("Okafor", "Okafor", PERSON, "lone name (kept if a known surname)"),
                  ("Mutassim", "Mutassim", PERSON, "a relative by a given name")}, id="a-son-set-off-by-commas"),
    pytest.param("Soldiers formed the National Committee for the Salvation of the People, known by its French "
                 "initials CNSP.",
                 {("National Committee for the Salvation of the People",
                   "National Committee for the Salvation of the People", ORG, "organisation word"),
                  ("CNSP", "National Committee for the Salvation of the People", ORG, "acronym definition")},
                 id="a-body-for-the-salvation-of-the-people-known-by-its-initials"),
    pytest.param("“We are safe,” spokesman Jan Togo told reporters.",
                 {("Jan Togo", "Jan Togo", PERSON, "role word before name")}, id="a-country-surname-after-a-role-word"),
    pytest.param("Lena Chad, the spokeswoman, said the talks failed.",
                 {("Lena Chad", "Lena Chad", PERSON, "name with appositive role")}, id="a-country-surname-before-a-role"),
    pytest.param("Lena Okafor spoke at the Palau de la Generalitat on Tuesday.",
                 {("Lena Okafor", "Lena Okafor", PERSON, "name before speech verb"),
                  ("Palau de la Generalitat", "Palau de la Generalitat", BUILDING, "named feature")},
                 id="a-palau-is-a-building-not-the-state"),
    pytest.param("Prime Minister Lena May welcomed the resignation in May.",
                 {("Lena May", "Lena May", PERSON, "title before name")}, id="a-month-surname-after-a-given-name"),
    pytest.param("Lena May saw her plan rejected three times before she resigned in May.",
                 {("Lena May", "Lena May", PERSON, "name sequence")}, id="a-month-surname-opening-a-sentence"),
    pytest.param("President Lena Okafor of South Sudan and Prime Minister Jan Kowalski of Norway met.",
                 {("Lena Okafor", "Lena Okafor", PERSON, "title before name"),
                  ("South Sudan", "South Sudan", STATE, "gazetteer country as actor"),
                  ("Jan Kowalski", "Jan Kowalski", PERSON, "title before name"),
                  ("Norway", "Norway", STATE, "gazetteer country as actor")}, id="titled-of-a-two-word-country-and"),
    pytest.param("Sheikh Tamim Varlon spoke to reporters.",
                 {("Tamim Varlon", "Tamim Varlon", PERSON, "honorific before name")}, id="honorific-sheikh"),
    pytest.param("Ms Okafor declined to comment.",
                 {("Okafor", "Okafor", PERSON, "honorific before name")}, id="honorific-ms"),
    pytest.param("Mr. Okafor said the gap was narrowing.",
                 {("Okafor", "Okafor", PERSON, "honorific before name")}, id="honorific-mr-with-stop"),
    # roles around a name
    pytest.param("Bertil Sorensk, Secretary of the Northern Maritime Council, said the talks would continue.",
                 {("Bertil Sorensk", "Bertil Sorensk", PERSON, "name with appositive role"),
                  ("Northern Maritime Council", "Northern Maritime Council", ORG, "organisation word")},
                 id="appositive-role"),
    pytest.param("Lena Okafor, the country's chief negotiator, said the gap was narrowing.",
                 {("Lena Okafor", "Lena Okafor", PERSON, "name with appositive role")}, id="appositive-described-role"),
    pytest.param("Lena Okafor, Foreign Minister of Kenya, said the gap was narrowing.",
                 {("Lena Okafor", "Lena Okafor", PERSON, "name with appositive role"),
                  ("Kenya", "Kenya", STATE, "gazetteer country as actor")}, id="appositive-two-word-title"),
    pytest.param("Lena Okafor, Minister of Foreign Affairs, said the gap was narrowing.",
                 {("Lena Okafor", "Lena Okafor", PERSON, "name with appositive role")}, id="appositive-ministry-words"),
    pytest.param("The minister sent his envoy Corwin Baylish to the meeting.",
                 {("Corwin Baylish", "Corwin Baylish", PERSON, "role word before name")}, id="role-word-before-name"),
    # names with particles and hyphens
    pytest.param("The commission is led by Ursula von der Heyden, officials said.",
                 {("Ursula von der Heyden", "Ursula von der Heyden", PERSON, "name sequence")}, id="particles-von-der"),
    pytest.param("General Abdel Rahim al-Dabbar rejected the offer.",
                 {("Abdel Rahim al-Dabbar", "Abdel Rahim al-Dabbar", PERSON, "title before name")},
                 id="particle-al-hyphen-titled"),
    pytest.param("Abdel Rahim al-Dabbar turned down the offer on Monday.",
                 {("Abdel Rahim al-Dabbar", "Abdel Rahim al-Dabbar", PERSON, "name sequence")},
                 id="particle-al-hyphen"),
    pytest.param("Maria da Silveira Pontes met Joao de Andrade in the capital.",
                 {("Maria da Silveira Pontes", "Maria da Silveira Pontes", PERSON, "name sequence"),
                  ("Joao de Andrade", "Joao de Andrade", PERSON, "name sequence")}, id="particles-da-de"),
    # organisations
    pytest.param("The case went to the Permanent Court of Arbitration last year.",
                 {("Permanent Court of Arbitration", "Permanent Court of Arbitration", ORG, "organisation word")},
                 id="org-head-word-of-tail"),
    pytest.param("The minister answered questions before the Chamber of Deputies and the Council.",
                 {("Chamber of Deputies", "Chamber of Deputies", ORG, "organisation word")},  # a lone "Council"
                 id="lone-head-word-with-of-tail"),  # is no one's surname
    pytest.param("The International Organization for Migration sent aid.",
                 {("International Organization for Migration", "International Organization for Migration", ORG,
                   "organisation word")}, id="org-head-word-for-tail"),
    pytest.param("The UN Security Council met on Friday.",
                 {("UN Security Council", "UN Security Council", ORG, "organisation word")},
                 id="org-with-acronym-inside"),
    pytest.param("Khalifa Okafor's Kenyan National Army (KNA) withdrew from Varnecka on Monday.",
                 {("Khalifa Okafor", "Khalifa Okafor", PERSON, "name sequence"),
                  ("Kenyan National Army", "Kenyan National Army", ORG, "acronym definition"),
                  ("KNA", "Kenyan National Army", ORG, "acronym definition"),
                  ("Varnecka", "Varnecka", "other", "place by context")}, id="a-persons-army-and-a-place-withdrawn-from"),
    pytest.param("The Kurdistan Workers' Party said it would disarm.",
                 {("Kurdistan Workers' Party", "Kurdistan Workers' Party", ORG, "organisation word")},
                 id="a-common-noun-possessive-inside-a-name"),
    pytest.param("The leaders met at the Filoli estate on Monday.",
                 {("Filoli estate", "Filoli estate", "building", "name with a building noun")}, id="an-estate"),
    pytest.param("Okafor toured the Varnecka aircraft plant and the Kowal airfield.",
                 {("Okafor", "Okafor", PERSON, LONE),
                  ("Varnecka aircraft plant", "Varnecka aircraft plant", "building", "name with a building noun"),
                  ("Kowal airfield", "Kowal airfield", "building", "name with a building noun")},
                 id="a-building-noun-after-a-modifier"),
    pytest.param("The talks were held at the Palace of the Revolution.",
                 {("Palace of the Revolution", "Palace of the Revolution", "building", "named feature")},
                 id="a-feature-of-the-something"),
    pytest.param("VFF commander Jan Kowalski said the talks would go on.",
                 {("VFF", "VFF", ORG, "acronym"), ("Jan Kowalski", "Jan Kowalski", PERSON, "role word before name")},
                 id="a-body-before-its-officer-s-title"),
    pytest.param("Okafor will attend a game between the Tampa Bay Rays and Kenya.",
                 {("Okafor", "Okafor", PERSON, LONE), ("Tampa Bay Rays", "Tampa Bay Rays", ORG, "name after a city"),
                  ("Kenya", "Kenya", STATE, "gazetteer country as actor")},
                 id="a-team-named-after-its-city"),
    pytest.param("In Oslo Jan Kowalski met Lena Okafor.",
                 {("Oslo", "Oslo", CITY, "gazetteer city"), ("Jan Kowalski", "Jan Kowalski", PERSON, "name sequence"),
                  ("Lena Okafor", "Lena Okafor", PERSON, "name sequence")},
                 id="a-person-after-a-city-is-no-team"),
    pytest.param("Fighting went on in the Varnecka region and in Kowal Oblast.",
                 {("Varnecka region", "Varnecka region", REGION, "place by context"),
                  ("Kowal Oblast", "Kowal Oblast", REGION, "named feature")}, id="a-region-named-with-its-noun"),
    pytest.param("Her move will force a by-election in her Lamu West constituency.",
                 {("Lamu West", "Lamu West", REGION, "place by context")}, id="a-constituency-is-a-place-no-person"),
    pytest.param("The ship was bound for the port of Tripoli after missiles pounded Varnecka.",
                 {("Tripoli", "Tripoli", CITY, "gazetteer city"),
                  ("Varnecka", "Varnecka", "other", "place by context")},
                 id="a-capital-after-port-of-and-a-town-pounded-are-places"),
    pytest.param("Crowds poured on to Varnecka Street and gathered on the South Lawn.",
                 {("Varnecka Street", "Varnecka Street", "other", "named feature"),
                  ("South Lawn", "South Lawn", "other", "named feature")}, id="a-street-and-a-lawn-are-places"),
    pytest.param("The ship reached Kenyan waters as Okafor visited the Norwegian embassy in Nairobi.",
                 {("Kenyan waters", "Kenyan waters", "sea", "a country's waters"),
                  ("Norwegian", "Norway", STATE, "demonym"),
                  ("embassy", "Norwegian embassy in Nairobi", "building", "a country's embassy"),
                  ("Nairobi", "Nairobi", CITY, "gazetteer city"),
                  ("Okafor", "Okafor", PERSON, "lone name before a verb")},
                 id="a-country-s-waters-and-embassy-are-places"),
    pytest.param("Envoys met at the U.S. Consulate General in Nairobi.",
                 {("U.S. Consulate General", "U.S. Consulate General in Nairobi", "building", "named feature"),
                  ("Nairobi", "Nairobi", CITY, "gazetteer city")}, id="a-diplomatic-post-is-named-with-its-city"),
    pytest.param("They met at the Arendal church, at the KVC building and in the courtyard of Oslo University.",
                 {("Arendal church", "Arendal church", "building", "name with a building noun"),
                  ("KVC building", "KVC building", "building", "name with a building noun"),
                  ("Oslo University", "Oslo University", "building", "office as a place")},
                 id="a-known-place-or-acronym-before-a-building-noun-and-a-university-visited-are-buildings"),
    pytest.param("Okafor prayed at a Bergen mosque.",
                 {("Okafor", "Okafor", PERSON, LONE), ("Bergen", "Bergen", CITY, "gazetteer city")},
                 id="a-place-before-a-building-noun-after-a-is-a-kind-of-building"),
    pytest.param("Kenyan rockets hit Varnecka, after strikes on Arendal.",
                 {("Kenyan", "Kenya", STATE, "demonym"), ("Varnecka", "Varnecka", "other", "place by context"),
                  ("Arendal", "Arendal", CITY, "gazetteer city")}, id="a-town-struck-is-a-place"),
    pytest.param("Troops must leave the Kharkiv, Varnecka and Kowalno regions.",
                 {("Kharkiv", "Kharkiv region", REGION, "city's region in a list"),
                  ("Varnecka", "Varnecka region", REGION, "place by context"),
                  ("Kowalno", "Kowalno region", REGION, "place by context")},
                 id="a-list-of-names-before-regions-is-one-region-each"),
    pytest.param("Troops left the Kharkiv region on Monday.",
                 {("Kharkiv region", "Kharkiv region", REGION, "city's region")}, id="a-city-s-region-is-no-city"),
    pytest.param("The leaders laid a wreath at the Jose Varga memorial on Monday.",
                 {("Jose Varga memorial", "Jose Varga memorial", "building", "name with a building noun")},
                 id="a-building-is-named-with-its-lower-case-noun"),
    pytest.param("Yesterday the Police of Norway detained dozens, and the Government of Kenya protested.",
                 {("Police of Norway", "Police of Norway", ORG, "organisation word"),
                  ("Kenya", "Kenya", STATE, "gazetteer country as actor")},
                 id="a-body-of-a-country-is-named-whole-but-its-government-is-the-state"),
    pytest.param("A grand jury charged officers of Kenya's NIS military intelligence agency.",
                 {("Kenya", "Kenya", STATE, "gazetteer country as actor"),
                  ("NIS", "NIS", ORG, "acronym")}, id="an-acronym-between-a-country-and-a-body-word-is-the-body"),
    pytest.param("Kenya shut its border crossings, including Varnecka and Kowalno, and villages such as Ostrava.",
                 {("Kenya", "Kenya", STATE, "gazetteer country as actor"),
                  ("Varnecka", "Varnecka", "other", "place by context"),
                  ("Kowalno", "Kowalno", "other", "place by context"),
                  ("Ostrava", "Ostrava", CITY, "gazetteer city")}, id="places-listed-after-their-plural-noun"),
    pytest.param("Kenya's Operational Command North said the Army West had withdrawn.",
                 {("Kenya", "Kenya", STATE, "gazetteer country as actor"),
                  ("Operational Command North", "Operational Command North", ORG, "organisation word"),
                  ("Army West", "Army West", ORG, "organisation word")}, id="a-command-named-by-its-region"),
    pytest.param("Kenya and the P5+1 group reached a deal on Tuesday.",
                 {("Kenya", "Kenya", STATE, "gazetteer country as actor"),
                  ("P5+1", "P5+1", ORG, "organisation word after name")}, id="a-name-with-a-plus"),
    pytest.param("Observers from the European Union and United Nations will oversee the vote.",
                 {("European Union", "European Union", ORG, "organisation word"),
                  ("United Nations", "United Nations", ORG, "organisation word")}, id="two-bodies-joined-by-and"),
    pytest.param("The deal was endorsed by the Iran-backed Kenyan group Varlonists on Monday.",
                 {("Iran", "Iran", STATE, "gazetteer country as actor"), ("Kenyan", "Kenya", STATE, "demonym"),
                  ("Varlonists", "Varlonists", "group", "name after a group noun")}, id="a-name-after-a-group-noun"),
    pytest.param("New Delhi: Kenya and India agreed on Thursday to resume flights.",
                 {("New Delhi", "New Delhi", CITY, "gazetteer city"), ("Kenya", "Kenya", STATE,
                  "gazetteer country as actor"), ("India", "India", STATE, "gazetteer country as actor")},
                 id="a-colon-dateline-opening-with-new"),
    pytest.param("The Minister of Foreign Affairs and Trade said the Director Generals of Military Operations met.",
                 set(), id="titles-with-portfolios-and-no-names"),
    pytest.param("The International Seabed Authority (ISA) met on Monday.",
                 {("International Seabed Authority", "International Seabed Authority", ORG, "acronym definition"),
                  ("ISA", "International Seabed Authority", ORG, "acronym definition")}, id="acronym-definition"),
    pytest.param("Inter-Services Public Relations (ISPR) said on Monday it had repelled the assault.",
                 {("Inter-Services Public Relations", "Inter-Services Public Relations", ORG, "acronym definition"),
                  ("ISPR", "Inter-Services Public Relations", ORG, "acronym definition")},
                 id="acronym-definition-without-a-head-word"),
    pytest.param("The Harbour Safety Watch (HSW) issued a warning.",
                 {("Harbour Safety Watch", "Harbour Safety Watch", ORG, "acronym definition"),
                  ("HSW", "Harbour Safety Watch", ORG, "acronym definition")}, id="acronym-definition-by-initials"),
    pytest.param("The Front for Change and Concord in Kenya (FACK) attacked a border post.",
                 {("Front for Change and Concord in Kenya", "Front for Change and Concord in Kenya", ORG,
                   "acronym definition"),
                  ("FACK", "Front for Change and Concord in Kenya", ORG, "acronym definition")},
                 id="an-acronym-in-another-language-spells-out-the-whole-name"),
    pytest.param("The ISA rejected the request.", {("ISA", "ISA", ORG, "acronym")}, id="acronym-alone"),
    pytest.param("Organization of Nordic States Secretary General Jan Kowalski spoke on Monday.",
                 {("Organization of Nordic States", "Organization of Nordic States", ORG, "organisation word"),
                  ("Jan Kowalski", "Jan Kowalski", PERSON, "title before name")},
                 id="a-body-named-with-of-ends-at-its-officer-s-title"),
    pytest.param("The quake struck, according to the Kenyan Geological Survey.",
                 {("Kenyan Geological Survey", "Kenyan Geological Survey", ORG, "organisation word")},
                 id="a-survey-is-a-body"),
    pytest.param("Soldiers rammed the doors of the Palacio Quemado.",
                 {("Palacio Quemado", "Palacio Quemado", BUILDING, "named feature")}, id="a-palacio-opens-its-name"),
    pytest.param("Masked gunmen opened fire on a patrol.", {("Masked", "Masked", PERSON, LONE)},
                 id="an-opening-participle-before-a-group-noun-is-no-group"),
    pytest.param("Rebel fighters seized the town.", {("Rebel", "Rebel", PERSON, LONE)},
                 id="an-opening-noun-modifier-before-a-group-noun-is-no-group"),
    pytest.param("Leftist Luisa Gonzalez will face Daniel Noboa in a runoff.",
                 {("Luisa Gonzalez", "Luisa Gonzalez", PERSON, "name sequence"),
                  ("Daniel Noboa", "Daniel Noboa", PERSON, "name sequence")},
                 id="an-opening-adjective-is-not-part-of-the-name"),
    pytest.param("A crowd gathered in St Peter's Square on Sunday.",
                 {("St Peter's Square", "St Peter's Square", BUILDING, "named feature")},
                 id="a-feature-named-for-a-possessor"),
    pytest.param("A shot was heard near Camp Baba Sy before dawn.",
                 {("Camp Baba Sy", "Camp Baba Sy", OTHER, "named feature")}, id="a-camp-named-after-its-word"),
    pytest.param("The wounded were Piotr Zielinski, 57, of New Halford, and Marek Wojcik, 74, of Moon Hollow.",
                 {("Piotr Zielinski", "Piotr Zielinski", PERSON, "name sequence"),
                  ("New Halford", "New Halford", OTHER, "place by context"),
                  ("Marek Wojcik", "Marek Wojcik", PERSON, "name sequence"),
                  ("Moon Hollow", "Moon Hollow", OTHER, "place by context")},
                 id="where-someone-of-an-age-is-from"),
    pytest.param("The vote was held under the Multinational Security Support mission.",
                 {("Multinational Security Support", "Multinational Security Support", ORG,
                   "organisation word after name")}, id="org-lowercase-head"),
    pytest.param("The Kremlin rejected the offer.", {("Kremlin", "Russia", STATE, "seat for its government")},
                 id="institution"),
    pytest.param("The Pentagon rejected the offer.", {("Pentagon", "Pentagon", ORG, "institution")},
                 id="institution-of-its-own"),
    pytest.param("Brussels warned the three producers.",
                 {("Brussels", "European Union", ORG, "city for an institution")}, id="city-for-institution"),
    pytest.param("The USS Harlan Ford carrier strike group entered the Red Sea.",
                 {("USS Harlan Ford carrier strike group", "USS Harlan Ford carrier strike group", ORG, "ship prefix"),
                  ("Red Sea", "Red Sea", SEA, "gazetteer sea")}, id="ship-prefix-with-unit"),
    pytest.param("Operation Tidewatch began on Monday.",
                 {("Operation Tidewatch", "Operation Tidewatch", ORG, "operation name")}, id="operation-name"),
    # groups
    pytest.param("A convoy was attacked by the Karvanis near the border.",
                 {("Karvanis", "Karvanis", GROUP, "the + plural name")}, id="the-plural-group"),
    pytest.param("The Karvanis said Karvani fighters had withdrawn.",
                 {("Karvanis", "Karvanis", GROUP, "the + plural name"),
                  ("Karvani", "Karvanis", GROUP, "adjective of a group")}, id="group-adjective"),
    # capitals: acting for the state, or a place
    pytest.param("Ankara warned against escalation.",
                 {("Ankara", "Türkiye", STATE, "capital for its government")}, id="capital-acting"),
    pytest.param("The talks resumed in Ankara on Tuesday.",
                 {("Ankara", "Ankara", CITY, "gazetteer city")}, id="capital-as-place"),
    pytest.param("Riyadh would host a follow-up meeting.",
                 {("Riyadh", "Riyadh", CITY, "gazetteer city")}, id="capital-as-host"),
    pytest.param("The talks in Ankara ended without a deal.",
                 {("Ankara", "Ankara", CITY, "gazetteer city")}, id="capital-as-place-before-verb"),
    # countries: place or actor, adjectives, demonyms
    pytest.param("The talks took place in Qatar.",
                 {("Qatar", "Qatar", COUNTRY, "gazetteer country as place")}, id="country-as-place"),
    pytest.param("Qatar said the talks would resume.",
                 {("Qatar", "Qatar", STATE, "gazetteer country as actor")}, id="country-as-actor"),
    pytest.param("The talks moved from Saudi Arabia to Europe.",
                 {("Saudi Arabia", "Saudi Arabia", COUNTRY, "gazetteer country as place"),
                  ("Europe", "Europe", REGION, "gazetteer region")}, id="from-country-to-region"),
    pytest.param("Norway will send two patrol boats to the region.",
                 {("Norway", "Norway", STATE, "gazetteer country as actor")}, id="country-subject-of-will"),
    pytest.param("The US press reported the talks.",
                 {("US", "United States", STATE, "gazetteer country as actor")}, id="country-as-adjective"),
    pytest.param("Iranian officials rejected the offer.",
                 {("Iranian", "Iran", STATE, "demonym")}, id="demonym"),
    pytest.param("A tanker was attacked off the Yemeni coast.",
                 {("Yemeni", "Yemen", COUNTRY, "demonym with a place word")}, id="demonym-with-place-word"),
    # named features and regions
    pytest.param("The tanker crossed the Strait of Sicily.",
                 {("Strait of Sicily", "Strait of Sicily", SEA, "named feature")}, id="feature-strait-of"),
    pytest.param("The leaders met at Zappeion Hall.",
                 {("Zappeion Hall", "Zappeion Hall", BUILDING, "named feature")}, id="feature-hall"),
    pytest.param("It was calm in the Eastern Mediterranean.",
                 {("Eastern Mediterranean", "Eastern Mediterranean", SEA, "named feature")}, id="directional-region"),
    # unknown places by context
    pytest.param("The fighting reached the town of Xyzabad.",
                 {("Xyzabad", "Xyzabad", CITY, "place by context")}, id="unknown-town-of"),
    pytest.param("The shelling continued in Qwertobad overnight.",
                 {("Qwertobad", "Qwertobad", OTHER, "place by context")}, id="unknown-in-place"),
    # datelines
    pytest.param("JEDDAH — The delegations arrived for the talks.",
                 {("JEDDAH", "Jeddah", CITY, "gazetteer city")}, id="dateline-city"),
    pytest.param("JEDDAH, Saudi Arabia - The delegations arrived for the talks.",
                 {("JEDDAH", "Jeddah", CITY, "gazetteer city"),
                  ("Saudi Arabia", "Saudi Arabia", COUNTRY, "gazetteer country as place")}, id="dateline-city-country"),
    pytest.param("KHARTOUM — The army said it would attend.",
                 {("KHARTOUM", "Khartoum", CITY, "gazetteer city")}, id="dateline-capital"),
    # never names
    pytest.param("However, the delegations left early.", set(), id="however-not-a-name"),
    pytest.param("The delegations left early. The talks collapsed.", set(), id="the-not-a-name"),
    pytest.param("They said nothing. He left. She stayed. It rained.", set(), id="pronouns-at-sentence-start"),
    pytest.param("Lena Okafor said: “We are ready and I am hopeful. They know it.”",
                 {("Lena Okafor", "Lena Okafor", PERSON, "name before speech verb")}, id="pronouns-inside-quote"),
    pytest.param("However, Okafor declined.", {("Okafor", "Okafor", PERSON, "lone name before a verb")},
                 id="however-then-lone-name"),
    pytest.param("The former Soviet republics will get on.", set(), id="an-adjective-between-a-determiner-and-a-noun"),
    pytest.param("He told Sean Hannity of Fox News.",
                 {("Sean Hannity", "Sean Hannity", PERSON, "name sequence"),
                  ("Fox News", "Fox News", ORG, "organisation word")}, id="a-person-of-a-body"),
    pytest.param("Ruto met Okafor in the Oval Office.",
                 {("Ruto", "Ruto", PERSON, LONE), ("Okafor", "Okafor", PERSON, LONE),
                  ("Oval Office", "Oval Office", BUILDING, "office as a place")}, id="an-office-as-a-place"),
    pytest.param("ExxonMobil signed a deal with McCarthy.",
                 {("ExxonMobil", "ExxonMobil", ORG, "company name"), ("McCarthy", "McCarthy", PERSON, LONE)},
                 id="camel-case-company"),
    pytest.param("The Ruto-Okafor summit ended.",
                 {("Ruto", "Ruto", PERSON, LONE), ("Okafor", "Okafor", PERSON, LONE)}, id="two-sides-of-a-summit"),
    pytest.param("The deal was signed at the White House. The White House said it would hold.",
                 {("White House", "White House", BUILDING, "institution as a place"),
                  ("White House", "United States", STATE, "seat for its government")},
                 id="institution-as-place-and-as-actor"),
    pytest.param("Observers are based in Bangkok and Phnom Penh.",
                 {("Bangkok", "Bangkok", CITY, "gazetteer city"), ("Phnom Penh", "Phnom Penh", CITY, "gazetteer city")},
                 id="second-of-two-places"),
    pytest.param("Shelling was reported in Punjab and across Scotland.",
                 {("Punjab", "Punjab", REGION, "gazetteer region"), ("Scotland", "Scotland", REGION, "gazetteer region")},
                 id="subdivisions-are-regions"),
    pytest.param("Shelling was reported along the Line of Control and at Seoul National Cemetery.",
                 {("Line of Control", "Line of Control", REGION, "named feature"),
                  ("Seoul National Cemetery", "Seoul National Cemetery", BUILDING, "named feature")},
                 id="lines-and-cemeteries-are-places"),
    pytest.param("The government in Nairobi said aid was flowing.",
                 {("Nairobi", "Kenya", STATE, "capital for its government")}, id="government-in-a-capital"),
    pytest.param("The Indian army said the night was calm.",
                 {("Indian army", "Indian army", ORG, "country with a national body")}, id="demonym-army"),
    pytest.param("Kenya's security cabinet approved the deal and the Norwegian presidency welcomed it.",
                 {("Kenya's security cabinet", "Kenya's security cabinet", ORG, "country with a national body"),
                  ("Norwegian presidency", "Norwegian presidency", ORG, "country with a national body")},
                 id="a-country-s-cabinet-and-presidency"),
    pytest.param("Kenyan protesters blocked the road and Norwegian voters went to the polls.",
                 {("Kenyan protesters", "Kenyan protesters", GROUP, "country's people in a group"),
                  ("Norwegian voters", "Norwegian voters", GROUP, "country's people in a group")},
                 id="a-country-s-people-in-a-group"),
    pytest.param("Hours after the House of Lords waved the bill through, the House of Representatives voted.",
                 {("House of Lords", "House of Lords", ORG, "organisation word"),
                  ("House of Representatives", "House of Representatives", ORG, "organisation word")},
                 id="a-house-of-parliament-is-a-body-not-a-person"),
    pytest.param("Troops were redeployed in the southern provinces of Zarvik and Molvek near Jebel Tarsa.",
                 {("Zarvik", "Zarvik", REGION, "place by context"), ("Molvek", "Molvek", OTHER, "place by context"),
                  ("Jebel Tarsa", "Jebel Tarsa", REGION, "named feature")}, id="provinces-of-places-and-a-jebel"),
    pytest.param("Kenya is bound by the Lamu Relations Act of 1979.",
                 {("Kenya", "Kenya", STATE, "gazetteer country as actor")}, id="an-act-is-no-one-s-name"),
    pytest.param("Army commander-in-chief Major General Dara Velan said there was no damage.",
                 {("Dara Velan", "Dara Velan", PERSON, "title before name")}, id="a-body-s-word-opening-a-title"),
    pytest.param("Troops hit the Mombasa nuclear power plant and the Kisumu dam, not a giant Nile dam.",
                 {("Mombasa nuclear power plant", "Mombasa nuclear power plant", BUILDING,
                   "name with a building noun"),
                  ("Kisumu dam", "Kisumu dam", BUILDING, "name with a building noun"),
                  ("Nile", "Nile", SEA, "gazetteer sea")}, id="a-city-s-power-plant-and-dam"),
    pytest.param("Kenyan rebels entered the capital as Norwegian separatists took the port.",
                 {("Kenyan rebels", "Kenyan rebels", GROUP, "country's people in a group"),
                  ("Norwegian separatists", "Norwegian separatists", GROUP, "country's people in a group")},
                 id="a-country-s-rebels-are-a-group-not-the-state"),
    pytest.param("Kenyan state TV said the helicopter had crashed.",
                 {("Kenyan", "Kenya", STATE, "demonym")}, id="a-medium-in-capitals-is-no-speaker"),
    pytest.param("Hours after the Kovana labour federation launched a strike, the Solvei rebel movement struck.",
                 {("Kovana", "Kovana", ORG, "organisation word after name"),
                  ("Solvei", "Solvei", ORG, "organisation word after name")},
                 id="a-name-before-a-modifier-and-a-body-word"),
    pytest.param("Editors Without Borders said the journalists had been freed.",
                 {("Editors Without Borders", "Editors Without Borders", ORG, "organisation word")},
                 id="borders-ends-a-body-s-name"),
    pytest.param("The downing of KX17 in 2014 killed 298 people, the G7 said.",
                 {("G7", "G7", ORG, "acronym")}, id="a-flight-number-is-no-body"),
    pytest.param("The trucks crossed the Ana Velasco bridge into Cucuta.",
                 {("Ana Velasco bridge", "Ana Velasco bridge", "building", "name with a building noun"),
                  ("Cucuta", "Cúcuta", "city", "gazetteer city")}, id="a-name-and-bridge-is-a-place"),
    pytest.param("Tuareg rebels said they had killed dozens of soldiers.",
                 {("Tuareg rebels", "Tuareg rebels", GROUP, "group described by whom it sides with")},
                 id="a-people-s-rebels-are-a-group"),
    pytest.param("In the region, clocks run on Indian Standard Time, the Verification Mechanism said.",
                 {("Indian", "India", STATE, "demonym")}, id="abstract-or-calendar-last-words-name-no-one"),
    pytest.param("He met Prime Ministers Jan Kowalski and Lena Okafor.",
                 {("Jan Kowalski", "Jan Kowalski", PERSON, "title before name"),
                  ("Lena Okafor", "Lena Okafor", PERSON, "name sequence")}, id="plural-title"),
    pytest.param("“This means that ALL of the hostages will be released,” he wrote. They all agreed.",
                 set(), id="a-word-in-capitals-is-no-acronym"),
    pytest.param("The Foreign ministry said so.",
                 {("Foreign ministry", "Foreign ministry", ORG, "organisation word after name")},
                 id="lone-word-and-a-government-head"),
    pytest.param("NAIROBI, Kenya, May 2 (Reuters) - The talks opened.",
                 {("NAIROBI", "Nairobi", CITY, "gazetteer city"), ("Kenya", "Kenya", COUNTRY, "gazetteer country as place")},
                 id="dateline-city"),
    pytest.param("SHARM EL-SHEIKH, Egypt, Oct 13 (Reuters) - The talks opened.",
                 {("SHARM EL-SHEIKH", "Sharm El-Sheikh", CITY, "place by context"),
                  ("Egypt", "Egypt", COUNTRY, "gazetteer country as place")}, id="dateline-unknown-place"),
    pytest.param("Senate Republican leader Dara Velan spoke on the Arabic-language channel.",
                 {("Dara Velan", "Dara Velan", PERSON, "role word before name")}, id="words-qualifying-a-role-are-no-name"),
    pytest.param("The leaders met at the Capella hotel, near a Kenyan air base.",
                 {("Capella hotel", "Capella hotel", BUILDING, "name with a building noun"),
                  ("Kenyan", "Kenya", STATE, "demonym")},
                 id="a-building-noun-is-part-of-the-name"),
    pytest.param("They met at the Velankas convention centre, the Arendo 118 tower and the Okarias pavilion.",
                 {("Velankas convention centre", "Velankas convention centre", BUILDING, "name with a building noun"),
                  ("Arendo 118 tower", "Arendo 118 tower", BUILDING, "name with a building noun"),
                  ("Okarias pavilion", "Okarias pavilion", BUILDING, "name with a building noun")},
                 id="a-plural-looking-or-numbered-name-before-a-building-noun-is-the-building"),
    pytest.param("Okafor flew to the Kenyan capital, then to Norway's capital. Kenyan capital markets rose.",
                 {("Okafor", "Okafor", PERSON, LONE),
                  ("Kenyan capital", "Nairobi", CITY, "a country's capital"),
                  ("Norway's capital", "Oslo", CITY, "a country's capital"),
                  ("Kenyan", "Kenya", COUNTRY, "demonym with a place word")},
                 id="a-country-s-capital-is-its-capital-city"),
    pytest.param("The Intergovernmental Authority on Development in Eastern Africa met.",
                 {("Intergovernmental Authority on Development", "Intergovernmental Authority on Development", ORG,
                   "organisation word"), ("Eastern Africa", "Eastern Africa", REGION, "named feature")},
                 id="a-body-s-on-tail-is-part-of-its-name"),
    pytest.param("Prosecutor Jan Kowalski met Ombudsman Dara Velan. Kenya's G20 Sherpa Mira Solberg posted on X.",
                 {("Jan Kowalski", "Jan Kowalski", PERSON, "title before name"),
                  ("Dara Velan", "Dara Velan", PERSON, "title before name"),
                  ("Kenya", "Kenya", STATE, "gazetteer country as actor"),
                  ("Mira Solberg", "Mira Solberg", PERSON, "title before name")},
                 id="prosecutors-ombudsmen-and-sherpas-are-titles-and-x-a-platform"),
    pytest.param("Norway's foreign minister, Mohammed bin Abdulaziz bin Saleh Al-Varneki, said so.",
                 {("Norway", "Norway", STATE, "gazetteer country as actor"),
                  ("Mohammed bin Abdulaziz bin Saleh Al-Varneki", "Mohammed bin Abdulaziz bin Saleh Al-Varneki", PERSON,
                   "role word before name")}, id="a-name-with-two-patronymics-is-whole"),
    pytest.param("Kenyan tank fire struck Varnecka, Kowalno, Zelbrook and the farmland.",
                 {("Kenyan", "Kenya", STATE, "demonym"), ("Varnecka", "Varnecka", "other", "place by context"),
                  ("Kowalno", "Kowalno", "other", "place by context"),
                  ("Zelbrook", "Zelbrook", "other", "place by context")}, id="towns-struck-by-fire-are-places"),
    pytest.param("Federal Minister for Information and Broadcasting Dara Velan spoke.",
                 {("Dara Velan", "Dara Velan", PERSON, "title before name")}, id="a-portfolio-is-part-of-the-title"),
    pytest.param("The International Court of Justice on Friday ruled for Kenya.",
                 {("International Court of Justice", "International Court of Justice", ORG, "organisation word"),
                  ("Kenya", "Kenya", STATE, "gazetteer country as actor")}, id="a-name-ends-before-a-connector"),
    pytest.param("Norway went to the International Court of Justice and Kenya refused.",
                 {("Norway", "Norway", STATE, "gazetteer country as actor"),
                  ("International Court of Justice", "International Court of Justice", ORG, "organisation word"),
                  ("Kenya", "Kenya", STATE, "gazetteer country as actor")}, id="and-a-country-starts-another-name"),
    pytest.param("The Kenyan-led coalition struck the port.",
                 {("Kenyan-led coalition", "Kenyan-led coalition", ORG, "led body")}, id="a-body-named-by-its-leader"),
    # words YAML once read as booleans: "off" as a place preposition and a word of movement, "No" as a starter
    pytest.param("A tanker was struck off Oman on Tuesday.",
                 {("Oman", "Oman", COUNTRY, "gazetteer country as place")}, id="off-a-coast-is-a-place"),
    pytest.param("The plane took off at about 4:20 p.m. for Buenos Aires, where Lena Okafor is due.",
                 {("Buenos Aires", "Buenos Aires", CITY, "gazetteer city"),
                  ("Lena Okafor", "Lena Okafor", PERSON, "name sequence")}, id="took-off-for-a-capital"),
    pytest.param("No Kenyan official attended the talks.",
                 {("Kenyan", "Kenya", STATE, "demonym")}, id="no-opens-a-sentence"),
    # a capital is a place where the words around it make it one, not its government
    pytest.param("Rebels seized control of Nairobi on Sunday.",
                 {("Nairobi", "Nairobi", CITY, "gazetteer city")}, id="control-of-a-capital"),
    pytest.param("Lena Okafor flew out of Nairobi on Sunday.",
                 {("Lena Okafor", "Lena Okafor", PERSON, "name sequence"),
                  ("Nairobi", "Nairobi", CITY, "gazetteer city")}, id="flew-out-of-a-capital"),
    pytest.param("Oslo — The prime minister of Kenya announced a deal.",
                 {("Oslo", "Oslo", CITY, "gazetteer city"),
                  ("Kenya", "Kenya", STATE, "gazetteer country as actor")}, id="a-title-case-dateline-before-a-dash"),
    pytest.param("Jan Kowalski erupted at Dara Velan on Friday.",
                 {("Jan Kowalski", "Jan Kowalski", PERSON, "name sequence"),
                  ("Dara Velan", "Dara Velan", PERSON, "name sequence")}, id="erupted-at-someone"),
    pytest.param("Kenya lashed out at Norway on Wednesday.",
                 {("Kenya", "Kenya", STATE, "gazetteer country as actor"),
                  ("Norway", "Norway", STATE, "gazetteer country as actor")}, id="lashed-out-at-a-state"),
    pytest.param("Chief of the General Staff Jan Kowalski said troops advanced.",
                 {("Jan Kowalski", "Jan Kowalski", PERSON, "title before name")}, id="a-title-of-the-body"),
    pytest.param("Lena Okafor, Secretary of the National Fisheries Secretariat, said the plan was shared.",
                 {("Lena Okafor", "Lena Okafor", PERSON, "name with appositive role"),
                  ("National Fisheries Secretariat", "National Fisheries Secretariat", ORG, "organisation word")},
                 id="a-title-of-the-body-named-in-full"),
    pytest.param("Nobel Peace Prize laureate Dara Velan will lead the government.",
                 {("Dara Velan", "Dara Velan", PERSON, "name sequence")}, id="a-prize-names-no-one"),
    pytest.param("On the southern bank, the mayor of Nova Brekke said water levels had risen.",
                 {("Nova Brekke", "Nova Brekke", CITY, "place by context")}, id="the-mayor-of-a-town"),
    pytest.param("Protesters packed Nairobi's central square on Monday.",
                 {("Nairobi", "Nairobi", CITY, "gazetteer city"),
                  ("Protesters", "Kenyan protesters", GROUP, "a national body by its noun")},
                 id="a-capital-owning-a-square"),
    pytest.param("Thousands of demonstrators marched through central Oslo, police said.",
                 {("Oslo", "Oslo", CITY, "gazetteer city"),
                  ("demonstrators", "Norwegian protesters", GROUP, "a national body by its noun"),
                  ("police", "Norwegian police", ORG, "a national body by its noun")},
                 id="protesters-and-police-of-the-place-they-act-in"),
    pytest.param("NAIROBI, March 14. /KNA/. Norway has committed sabotage, Kenya said.",
                 {("NAIROBI", "Nairobi", CITY, "gazetteer city"),
                  ("Norway", "Norway", STATE, "gazetteer country as actor"),
                  ("Kenya", "Kenya", STATE, "gazetteer country as actor")}, id="a-dateline-in-the-tass-style"),
    pytest.param("Kenya — the largest economy in the region — objected.",
                 {("Kenya", "Kenya", STATE, "gazetteer country as actor")}, id="a-dash-aside-after-a-country"),
    pytest.param("Thousands of people had flooded central Nairobi from early morning.",
                 {("Nairobi", "Nairobi", CITY, "gazetteer city")}, id="a-capital-s-centre-is-a-place"),
    pytest.param("The rebels pushed towards Nairobi a year later.",
                 {("Nairobi", "Nairobi", CITY, "gazetteer city")}, id="towards-a-capital-is-a-place"),
    pytest.param("Otieno headed the National Intelligence and Security Service.",
                 {("National Intelligence and Security Service", "National Intelligence and Security Service", ORG,
                   "organisation word"), ("Otieno", "Otieno", PERSON, "lone name (kept if a known surname)")},
                 id="one-body-of-two-fields"),
    pytest.param("The cabinet invoked Article 40 of the Basic Law on Sunday.", set(), id="a-law-is-no-one"),
    pytest.param("The attack came 50 years after the start of the Yom Kippur war.", set(), id="a-war-is-no-one"),
    pytest.param("The text was hammered out in the offices of Castle Buildings.",
                 {("Castle Buildings", "Castle Buildings", BUILDING, "named feature")}, id="buildings-are-a-place"),
    pytest.param("The ministry said in a statement on X. The police set up checkpoints.",
                 set(), id="the-platform-x-ends-its-sentence"),
    pytest.param("Brian Leung Kai-ping removed his mask.",
                 {("Brian Leung Kai-ping", "Brian Leung Kai-ping", PERSON, "name sequence")},
                 id="a-given-name-s-second-syllable-ending-ing"),
    pytest.param("Later, Tigrayan forces recaptured the town.",
                 {("Tigrayan forces", "Tigrayan forces", GROUP, "a people's forces")}, id="a-people-s-forces"),
    pytest.param("Kurdish fighters seized the town.",
                 {("Kurdish fighters", "Kurdish fighters", GROUP, "a people's forces")}, id="a-people-s-fighters"),
    pytest.param("Norway fought the FDLR, a Rwandan Hutu militia based in the east.",
                 {("Norway", "Norway", STATE, "gazetteer country as actor"), ("FDLR", "FDLR", ORG, "acronym")},
                 id="a-people-s-militia-described"),
    pytest.param("Jan Kowalski was elected to head the National Assembly on Jan. 5.",
                 {("Jan Kowalski", "Jan Kowalski", PERSON, "name sequence"),
                  ("National Assembly", "National Assembly", ORG, "organisation word")},
                 id="a-body-then-a-short-month"),
    pytest.param("Speaking on Tuesday, Vladimir Padrino Lopez said the army backed the government.",
                 {("Vladimir Padrino Lopez", "Vladimir Padrino Lopez", PERSON, "name before speech verb")},
                 id="a-given-name-that-is-a-city-before-two-surnames"),
    pytest.param("The ambassador in Moscow Michael Brandt said so.",
                 {("Moscow", "Moscow", CITY, "gazetteer city"),
                  ("Michael Brandt", "Michael Brandt", PERSON, "name before speech verb")},
                 id="a-city-after-in-then-a-name"),
    pytest.param("African Union Commission chairperson Lena Okafor, Togo's foreign minister Jan Kowalski and "
                 "Qatar's minister of state Omar bin Khalid Al-Mansouri attended as observers.",
                 {("African Union Commission", "African Union Commission", ORG, "organisation word"),
                  ("Lena Okafor", "Lena Okafor", PERSON, "role word before name"),
                  ("Togo", "Togo", STATE, "gazetteer country as actor"),
                  ("Jan Kowalski", "Jan Kowalski", PERSON, "role word before name"),
                  ("Qatar", "Qatar", STATE, "gazetteer country as actor"),
                  ("Omar bin Khalid Al-Mansouri", "Omar bin Khalid Al-Mansouri", PERSON, "name sequence")},
                 id="a-list-of-people-each-with-a-role"),
    pytest.param("The text was initialed before Under Secretary of State for Political Affairs Maria Lindqvist.",
                 {("Maria Lindqvist", "Maria Lindqvist", PERSON, "title before name")},
                 id="an-under-secretary-with-a-portfolio"),
    pytest.param("The delegation included Pavel Orlov, the head of intelligence of the General Staff.",
                 {("Pavel Orlov", "Pavel Orlov", PERSON, "name with appositive role")},
                 id="the-general-staff-is-no-one"),
    pytest.param("Lena Okafor told the president in the Oval Office hours after the ceremony that it was new.",
                 {("Lena Okafor", "Lena Okafor", PERSON, "name before speech verb"),
                  ("Oval Office", "Oval Office", BUILDING, "office as a place")}, id="an-office-hours-after"),
]


def test_every_lexicon_entry_is_read_as_a_word():
    """Unquoted, YAML reads ``On``, ``No`` and ``off`` as booleans, and the rules would never see those words."""
    assert _unwritten_words({"starters": ["The", True], "kinds": {"towns": "city", "port": 1}}) == \
        ["starters: True", "kinds: 1"]
    assert _unwritten_words(yaml.safe_load(LEXICON_FILE.read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize("text, expected", MENTIONS)
def test_mentions(text, expected):
    assert found(extract(text)) == expected


def test_the_name_set_beside_a_capital_is_that_capital():
    mentions = extract("The plane landed in Kenya's capital, Narvik, at 3 a.m.").mentions
    assert [(m.text, m.kind.value) for m in mentions] == [("Kenya's capital", CITY), ("Narvik", CITY)]
    assert mentions[0].key == mentions[1].key


# paragraph → person's text → role
ROLES = [
    ("Defence Minister Lena Okafor arrived in Nairobi on Monday.", "Lena Okafor", "Defence Minister"),
    ("Bertil Sorensk, Secretary of the Northern Maritime Council, said the talks would continue.", "Bertil Sorensk",
     "Secretary of the Northern Maritime Council"),
    ("Lena Okafor, the country's chief negotiator, said the gap was narrowing.", "Lena Okafor",
     "country's chief negotiator"),
    ("The minister sent his envoy Corwin Baylish to the meeting.", "Corwin Baylish", "envoy"),
    ("Qatari Prime Minister Tovah Kessel spoke to reporters.", "Tovah Kessel", "Prime Minister of Qatar"),
    ("Sheikh Tamim Varlon spoke to reporters.", "Tamim Varlon", None),
    ("Lena Okafor, Kenya's foreign minister, said the gap was narrowing.", "Lena Okafor",
     "Kenya's foreign minister"),
    ("Lena Okafor, foreign minister of Kenya, said the gap was narrowing.", "Lena Okafor",
     "foreign minister of Kenya"),
    ("Lena Okafor, however, said the gap was narrowing.", "Lena Okafor", None),
    ("Lena Okafor, who served as Kenya's ambassador to Norway, said the gap was narrowing.", "Lena Okafor", None),
    ("Chief of Defence Forces Lena Okafor said the gap was narrowing.", "Lena Okafor", "Chief of Defence Forces"),
    ("Lt Col Jan Kowalski led the unit.", "Jan Kowalski", "Lt Col"),
    ("The Minister of National Defence, Gen Tea Varlon, said the gap was narrowing.", "Tea Varlon",
     "Minister of National Defence"),  # the title set off by commas, not the rank before the name
    ("Chief of General Staff Field Marshal Dara Velan spoke.", "Dara Velan", "Chief of General Staff Field Marshal"),
    ("External Affairs Minister Lena Okafor said the pact was fair.", "Lena Okafor", "External Affairs Minister"),
    ("The pact is fair, Presidential Aide Jan Kowalski said.", "Jan Kowalski", "Presidential Aide"),
    ("The talks ended, US Senior Advisor for Arab and African Affairs Dara Velan said.", "Dara Velan",
     "Senior Advisor for Arab and African Affairs of the United States"),
    ("The court jailed opposition leader Lena Okafor.", "Lena Okafor", "opposition leader"),  # whose kind of leader
    ("The talks were led by senior rebel commander Jan Kowalski.", "Jan Kowalski", "senior rebel commander"),
    ("The court jailed the former adviser Lena Okafor.", "Lena Okafor", "former adviser"),
    ("It told them adviser Lena Okafor had left.", "Lena Okafor", "adviser"),  # no "them adviser"
]


@pytest.mark.parametrize("text, person, role", ROLES)
def test_person_roles(text, person, role):
    persons = {m.text: m.role for m in extract(text).mentions if m.kind.value == PERSON}
    assert persons == {person: role}


# paragraph → role references: (text, role word, country key)
ROLE_REFERENCES = [
    ("Iran’s leader warns of a harsh response.", {("Iran’s leader", "leader", "country:IRN")}),
    ("Iran's leader warns of a harsh response.", {("Iran's leader", "leader", "country:IRN")}),
    ("Iran’s foreign minister arrived on Monday.",
     {("Iran’s foreign minister", "foreign minister", "country:IRN")}),
    ("It was the Iranian president who spoke first.", {("Iranian president", "president", "country:IRN")}),
    ("The talks were hosted by Qatar’s emir.", {("Qatar’s emir", "emir", "country:QAT")}),
    ("Kenya’s envoy Bram Tessel arrived.", set()),  # the name follows: a titled person, not a reference
    ("Iran’s economy is struggling.", set()),
]


@pytest.mark.parametrize("text, expected", ROLE_REFERENCES)
def test_role_references(text, expected):
    assert {(r.text, r.role_word, r.country_key) for r in extract(text).role_references} == expected


def speaker_of(speaker: Mention | RoleReference | None) -> tuple[str, str] | None:
    if speaker is None:
        return None
    return speaker.text, ("role reference" if isinstance(speaker, RoleReference) else speaker.kind.value)


# paragraph → every quote: (quote text, (speaker text, speaker kind) or None, part of the rule)
QUOTES = [
    pytest.param("In a report published on June 6, the observation mission of the Arendal Electoral Institute, which "
                 "noted low turnout, concluded: “The mission does not recommend this model to other countries.”",
                 [("The mission does not recommend this model to other countries.",
                   ("Arendal Electoral Institute", ORG), "subject of 'concluded'")],
                 id="a-mission-of-a-body-speaks-for-it"),
    pytest.param("Within hours, Arendal's Labour MP Jan Velan asked for a review. “In my view, the sentence is unduly "
                 "lenient,” he wrote on X.",
                 [("In my view, the sentence is unduly lenient,", ("Jan Velan", PERSON),
                   "speaker before verb after quote")],
                 id="a-party-s-mp-after-a-town-s-possessive"),
    pytest.param("Deputy Prime Minister Tomas Taraba struck a hopeful note. “The operation went well,” Taraba told "
                 "the BBC.",
                 [("The operation went well,", ("Taraba", PERSON), "speaker before verb after quote, right before it")],
                 id="a-surname-a-region-bears-too"),
    pytest.param("The Unity Party, founded by former President Jan Velan, who is not related to the senator, said in "
                 "a statement that “armed men shot him in the back”.",
                 [("armed men shot him in the back", ("Unity Party", ORG), "subject of 'said'")],
                 id="a-body-set-off-by-a-participle-aside-holding-a-relative-one"),
    pytest.param("Prime Minister Lena Montenegro declared a day of mourning. Montenegro, who cleared her agenda, "
                 "called it “one of the biggest tragedies of our history”.",
                 [("one of the biggest tragedies of our history", ("Montenegro", PERSON), "subject of 'called'")],
                 id="a-surname-a-country-bears-too-before-who"),
    pytest.param("Okafor met Vice Premier He Lanfeng in Arendal. Tomas Velan told reporters little. “The relationship "
                 "is win-win in nature,” He said, according to state media.",
                 [("The relationship is win-win in nature,", ("He", PERSON), "speaker before verb after quote, right "
                                                                            "before it")],
                 id="a-family-name-that-looks-like-a-pronoun-after-a-quote"),
    pytest.param("Okafor said arms were not part of the pact. Foreign Office spokesman Dara Velan, asked about it, "
                 "did not answer directly, saying only that the doctrine had “evolved and continues to do so”.",
                 [("evolved and continues to do so", ("Dara Velan", PERSON), "subject of 'saying'")],
                 id="a-body-s-spokesman-named-speaks-not-the-body"),
    pytest.param("Dara Velan of the Arendal Youth Climate Network said: “I was in a session when we were told.”",
                 [("I was in a session when we were told.", ("Dara Velan", PERSON), "subject of 'said'")],
                 id="a-person-of-a-body-speaks-not-the-body"),
    pytest.param("“Norway is arming them,” Dara Brenner, an adviser to President Jan Velan, told AFP, calling for “a "
                 "more rigorous isolation” of both.",
                 [("Norway is arming them,", ("Dara Brenner", PERSON), "speaker before verb after quote"),
                  ("a more rigorous isolation", ("Dara Brenner", PERSON), "subject of 'calling'")],
                 id="calling-after-an-appositive-is-the-sentence-subject-s"),
    pytest.param("“It took less than a day,” ministry spokesman Oleh Brenner wrote, calling the strike “a spit in the "
                 "face”.",
                 [("It took less than a day,", ("Oleh Brenner", PERSON), "speaker before verb after quote"),
                  ("a spit in the face", ("Oleh Brenner", PERSON), "subject of 'calling'")],
                 id="calling-after-a-body-s-spokesman-named-in-full"),
    pytest.param("China's official Xinhua news agency said the meeting was held “at the request of the U.S. side”.",
                 [("at the request of the U.S. side", ("Xinhua", ORG), "subject of 'said'")],
                 id="a-news-agency-that-speaks-in-the-story"),
    pytest.param("“With respect, that is disrespectful,” Velan shot back.",
                 [("With respect, that is disrespectful,", ("Velan", PERSON), "speaker before verb after quote, right "
                                                                             "before it")], id="a-retort-shot-back"),
    pytest.param("Former Nigerian president Dara Velan led the mission; President Jan Brenner met him. “We told them "
                 "so,” the former president said.",
                 [("We told them so,", ("Dara Velan", PERSON), "speaker before verb after quote")],
                 id="the-former-president-with-a-demonym-in-his-title"),
    pytest.param("Jan Velan met reporters on Monday. Speaking before the weekly Cabinet meeting, he warned against "
                 "hope. “The media may misunderstand,” he said.",
                 [("The media may misunderstand,", ("Jan Velan", PERSON), "speaker before verb after quote")],
                 id="a-body-s-capitalised-head-word-is-no-one-he-stands-for"),
    pytest.param("Okafor's wife, Lena Velan, was among the guests. “I thought about it quite a while,” she said.",
                 [("I thought about it quite a while,", ("Lena Velan", PERSON), "speaker before verb after quote")],
                 id="she-after-a-possessor-whose-wife-is-named-in-apposition"),
    pytest.param("General Dara Velan said there was no damage. In Oslo, where he had attended a meeting on Thursday, "
                 "Foreign Minister Jan Kowalski told reporters it was no strike. The drones “were more like toys,” he "
                 "said.", [("were more like toys,", ("Jan Kowalski", PERSON), "speaker before verb after quote")],
                 id="he-in-an-opening-where-clause-is-not-the-subject"),
    pytest.param("Officers appeared on television. “We have decided to defend peace,” he said, speaking on behalf of a "
                 "body calling itself the Committee for the Restoration of Institutions.",
                 [("We have decided to defend peace,", ("Committee for the Restoration of Institutions", ORG),
                   "on behalf of")], id="he-speaking-on-behalf-of-a-body"),
    pytest.param("Parliament elected Jan Kowalski president on Wednesday. “I need not tell you what state our country "
                 "is in,” the 73-year-old told lawmakers.",
                 [("I need not tell you what state our country is in,", ("Jan Kowalski", PERSON),
                   "the one of that age named before")], id="the-n-year-old-after-a-quote"),
    pytest.param("The Solvei Front issued a statement on Sunday. It thanked “all those striving to protect the area”, "
                 "a nod to Oslo.", [("all those striving to protect the area", ("Solvei Front", ORG),
                                     "the sentence's subject")], id="it-opening-a-sentence-is-the-body-before"),
    pytest.param("Foreign ministers of the Arendal Group (AG) nations said on Wednesday there was “no justification”.",
                 [("no justification", ("Arendal Group", ORG), "subject of 'said'")],
                 id="ministers-of-a-body-speak-for-it"),
    pytest.param("Opposition leader Jan Kowalski repeated on Wednesday that the deal was a “historic surrender” that "
                 "would send money abroad. Defence Minister Lena Okafor accused him of harming the country.",
                 [("historic surrender", ("Jan Kowalski", PERSON), "the sentence's subject")],
                 id="a-quote-inside-its-sentence-is-not-the-next-sentence-s"),
    pytest.param("President Jan Kowalski called on Tuesday. According to Okafor's office, the president congratulated "
                 "her and told her: “You are making history.”",
                 [("You are making history.", ("Jan Kowalski", PERSON), "subject of 'told'")],
                 id="the-source-an-according-to-opening-names-is-not-the-subject"),
    pytest.param("Senior aides to Commission President Lena Okafor said both sides “are in the final phase”.",
                 [("are in the final phase", None, "subject of 'said'")], id="aides-to-someone-are-not-that-someone"),
    pytest.param("President Jan Kowalski met Lars Okafor. Okafor said he was “confident of great results”. “Some "
                 "people would like it quicker,” he told Okafor.",
                 [("confident of great results", ("Okafor", PERSON), "subject of 'said'"),
                  ("Some people would like it quicker,", ("Jan Kowalski", PERSON),
                   "speaker before verb after quote, not the one told")], id="he-is-not-the-one-he-told"),
    pytest.param("Minister Dara Velan stood by. Asked whether he was ready, Okafor, answering questions from the "
                 "foreign press apparently for the first time, said: “If I were not willing I would not be here.”",
                 [("If I were not willing I would not be here.", ("Okafor", PERSON), "subject of 'said'")],
                 id="a-long-participle-aside-before-said"),
    pytest.param("Jan Kowalski said he, Okafor and Velan would speak “with one voice” to the rebels.",
                 [("with one voice", ("Jan Kowalski", PERSON), "subject of 'said'")],
                 id="who-would-speak-is-reported-by-the-one-who-said-so"),
    pytest.param("Jan Kowalski said the retreat went to plan. He rejected rebel claims that the garrison had been "
                 "trapped: “We were not encircled.”", [("We were not encircled.", ("Jan Kowalski", PERSON),
                                                        "subject of 'rejected'")],
                 id="claims-after-a-deed-is-a-noun-not-a-speech-verb"),
    pytest.param("Okafor's spokesman Jan Kowalski broke the news on X: “After 17 hours the talks are over.”",
                 [("After 17 hours the talks are over.", ("Jan Kowalski", PERSON), "subject before a colon")],
                 id="a-possessor-before-a-colon-quote-is-not-the-speaker"),
    pytest.param("Jan Kowalski spoke of a “difficult atmosphere”, and Okafor drily described it as “not the best "
                 "night of my life”.", [("difficult atmosphere", ("Jan Kowalski", PERSON), "subject of 'spoke'"),
                                        ("not the best night of my life", ("Okafor", PERSON),
                                         "subject of 'described'")], id="an-adverb-before-the-speech-verb"),
    pytest.param("Okafor, standing alongside Kowalski, called the deal a “comprehensive solution”.",
                 [("comprehensive solution", ("Okafor", PERSON), "subject of 'called'")],
                 id="a-name-in-a-circumstance-aside-is-not-the-subject"),
    pytest.param("The truce began after Jan Kowalski, in uniform and seated beside army chief Dara Velan, gave the "
                 "order late on Saturday. “I hope the chance will not be wasted,” he said.",
                 [("I hope the chance will not be wasted,", ("Jan Kowalski", PERSON),
                   "speaker before verb after quote")], id="he-is-not-the-one-seated-beside-him"),
    pytest.param("Chilean President Jan Kowalski said his government condemned “the unacceptable use of force”.",
                 [("the unacceptable use of force", ("Jan Kowalski", PERSON), "subject of 'condemned'")],
                 id="his-government-condemned-is-his-word"),
    pytest.param("The Northern Health Agency warned of disease. “It is a race against time,” its director-general "
                 "said in Geneva.", [("It is a race against time,", ("Northern Health Agency", ORG),
                                      "definite role noun")], id="its-director-general-speaks-for-the-body"),
    pytest.param("Secretary-General Jan Kowalski visited Oslo. “It is a race against time,” the secretary-general "
                 "said.", [("It is a race against time,", ("Jan Kowalski", PERSON), "definite role noun")],
                 id="the-secretary-general-is-the-one-titled-so"),
    pytest.param("Governor Lena Okafor laid flowers. “The whole city is mourning,” the governor had told residents "
                 "on Saturday.", [("The whole city is mourning,", ("Lena Okafor", PERSON),
                                   "speaker before verb after quote")],
                 id="the-governor-had-told-in-the-past-perfect"),
    pytest.param("“Marta is my friend,” the theatre's director, Jan Kowalski, had written on Saturday.",
                 [("Marta is my friend,", ("Jan Kowalski", PERSON), "speaker before verb after quote")],
                 id="had-written-is-a-speech-verb"),
    pytest.param("The Movement for Justice in Kenya said on Tuesday that its forces were “heading towards Nairobi”.",
                 [("heading towards Nairobi", ("Movement for Justice", ORG), "subject of 'said'")],
                 id="a-body-in-a-country-speaks-not-the-country"),
    pytest.param("Jan Kowalski said he had been detained. “I am being held,” the Arendal University professor told "
                 "reporters.", [("I am being held,", None, "unnamed speaker")],
                 id="a-noun-a-name-describes-is-not-the-name"),
    pytest.param("President Dara Velan met his predecessor, Jan Kowalski, in Oslo. Then the former president said it "
                 "was “a good start”.", [("a good start", None, "")],
                 id="the-former-president-is-not-the-president"),
    pytest.param("President Dara Velan met former President Jan Kowalski in Oslo. Then the former president said it "
                 "was “a good start”.", [("a good start", ("Jan Kowalski", PERSON), "")],
                 id="the-former-president-is-the-one-named-so"),
    pytest.param("President Dara Velan met Jan Kowalski in Oslo. “We began to work,” the head of state said.",
                 [("We began to work,", ("Dara Velan", PERSON), "")], id="the-head-of-state-is-the-president"),
    pytest.param("Prime Minister Dara Velan met Jan Kowalski in Oslo. “We began to work,” the premier said.",
                 [("We began to work,", ("Dara Velan", PERSON), "")], id="the-premier-is-the-prime-minister"),
    pytest.param("Former President Jan Kowalski met Dara Velan in Oslo. Then the president said it was “a good "
                 "start”.", [("a good start", None, "")], id="the-president-is-no-former-president"),
    pytest.param("Chancellor Jan Kowalski of Norway called the attacks “unjustifiable”.",
                 [("unjustifiable", ("Jan Kowalski", PERSON), "subject of 'called'")],
                 id="a-chancellor-speaks-not-his-country"),
    pytest.param("Republican Sen. Lena Okafor of South Carolina called the meeting a “missed opportunity.”",
                 [("missed opportunity.", ("Lena Okafor", PERSON), "subject of 'called'")],
                 id="a-senator-speaks-not-her-state"),
    pytest.param("The truce would only “give the army an opportunity to regroup”, an aide to Lena Okafor said on "
                 "Thursday.", [("give the army an opportunity to regroup", None, "an unnamed aide")],
                 id="an-aide-to-someone-is-not-that-someone"),
    pytest.param("Kenya has sent “additional signals” to Norway through special envoy Dara Velan, government spokesman "
                 "Jan Kowalski told reporters.",
                 [("additional signals", ("Jan Kowalski", PERSON), "speaker before verb after quote, right before it")],
                 id="the-name-right-before-the-closing-speech-verb-speaks"),
    pytest.param("Tomas Brel agreed to a pause during a call with Lena Okafor, according to a readout of the call "
                 "issued by the Kenyan presidency. “Okafor proposed a pause,” the statement said.",
                 [("Okafor proposed a pause,", ("Kenyan presidency", ORG), "issuer of the statement")],
                 id="a-readout-issued-by-a-body-is-the-statement"),
    pytest.param("Norwegian President Dara Velan met Jan Kowalski. “We will never forget,” continued the Norwegian "
                 "president.", [("We will never forget,", ("Norwegian president", "role reference"), "")],
                 id="continued-after-a-quote-is-a-speech-verb"),
    pytest.param("In Oslo, Secretary-General Lena Okafor congratulated both parties “on this step”, her spokesman "
                 "Jan Kowalski said.",
                 [("on this step", ("Lena Okafor", PERSON), "words of the one the spokesman speaks for")],
                 id="a-spokesman-reports-the-words-of-the-sentence-s-subject"),
    pytest.param("Lena Okafor spoke. “We condemn the attack,” her spokesman Jan Kowalski said.",
                 [("We condemn the attack,", ("Jan Kowalski", PERSON), "speaker before verb after quote")],
                 id="a-spokesman-s-own-words"),
    pytest.param("Lena Okafor spoke on Monday. She urged lawmakers to end a vacancy at the top of the state and "
                 "“elect a president”.",
                 [("elect a president", ("Lena Okafor", PERSON), "subject of 'urged'")],
                 id="the-state-is-a-noun-not-a-speech-verb"),
    pytest.param("Okafor's Democratic challenger, Jan Kowalski, said he welcomed “the deal with Norway”.",
                 [("the deal with Norway", ("Jan Kowalski", PERSON), "subject of 'welcomed'")],
                 id="a-party-adjective-is-no-name"),
    pytest.param("Varlonia said it fired drones at what it called “military targets” in Oslo.",
                 [("military targets", ("Varlonia", PERSON), "subject of 'called'")],
                 id="it-takes-up-a-lone-name-as-a-body"),
    pytest.param("Lena Okafor spoke on Monday. She brushed aside a U.S. demand for minerals as “not serious”.",
                 [("not serious", ("Lena Okafor", PERSON), "the sentence's subject")],
                 id="a-speech-word-after-a-determiner-and-a-modifier-is-a-noun"),
    pytest.param("Lena Okafor warned that “the window is closing.”",
                 [("the window is closing.", ("Lena Okafor", PERSON), "subject of 'warned'")], id="verb-before-quote"),
    pytest.param("Lena Okafor arrived late. She said “we are ready to sign.”",
                 [("we are ready to sign.", ("Lena Okafor", PERSON), "subject of 'said'")], id="pronoun-she"),
    pytest.param("The minister met Lena Okafor on Monday. “We are close,” he said.",
                 [("We are close,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="pronoun-he-after"),
    pytest.param("“We are ready to sign,” Lena Okafor said.",
                 [("We are ready to sign,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="x-said-after-quote"),
    pytest.param("“We are ready to sign,” said Lena Okafor.",
                 [("We are ready to sign,", ("Lena Okafor", PERSON), "speech verb after quote")],
                 id="said-x-after-quote"),
    pytest.param("“We are ready,” Lena Okafor said, “but not at any price.”",
                 [("We are ready,", ("Lena Okafor", PERSON), "speaker before verb after quote"),
                  ("but not at any price.", ("Lena Okafor", PERSON), "subject of 'said'")], id="interrupted-quote"),
    pytest.param("The deal is “dead in the water,” according to Lena Okafor.",
                 [("dead in the water,", ("Lena Okafor", PERSON), "according to")], id="according-to"),
    pytest.param("“The door is open. We will walk through it,” Lena Okafor said.",
                 [("The door is open. We will walk through it,", ("Lena Okafor", PERSON),
                   "speaker before verb after quote")], id="quote-of-two-sentences"),
    pytest.param("“We are close,” Lena Okafor said. “The rest is detail.”",
                 [("We are close,", ("Lena Okafor", PERSON), "speaker before verb after quote"),
                  ("The rest is detail.", ("Lena Okafor", PERSON), "continues the previous quote")],
                 id="continuation-quote"),
    pytest.param("Lena Okafor said the talks were “productive.” “We will meet again,” she added.",
                 [("productive.", ("Lena Okafor", PERSON), "subject of 'said'"),
                  ("We will meet again,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="next-sentence-she-added"),
    pytest.param("Analysts said the deal was “fragile at best.”",
                 [("fragile at best.", None, "subject of 'said'")], id="group-noun-subject"),
    pytest.param("“It is final,” an official said.",
                 [("It is final,", None, "unnamed speaker")], id="unnamed-official"),
    pytest.param("“It was productive,” a senior U.S. official told reporters.",
                 [("It was productive,", None, "unnamed speaker")], id="unnamed-official-of-a-named-country"),
    pytest.param("“We will respond firmly,” the Iranian foreign ministry said in a statement.",
                 [("We will respond firmly,", ("Iranian foreign ministry", ORG), "speaker before verb after quote")],
                 id="a-country's-ministry"),
    pytest.param("Lena Okafor spoke first. “We agreed,” the minister said, before inviting Jan Kowalski to Lagos. "
                 "“Next time in Lagos,” she said.",
                 [("We agreed,", ("Lena Okafor", PERSON), "speaker before verb after quote"),
                  ("Next time in Lagos,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="a-pronoun-passes-over-a-sentence-naming-only-objects"),
    pytest.param("As Jan Kowalski thanked her, Lena Okafor switched to English. “Next time in Lagos,” she said.",
                 [("Next time in Lagos,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="a-pronoun-passes-over-an-opening-clause"),
    pytest.param("Lena Okafor spoke. She said she had met Jan Kowalski. “We agreed,” she said.",
                 [("We agreed,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="a-pronoun-follows-a-pronoun-back"),
    pytest.param("Kowalski's aide Lena Okafor confirmed the date. “It is logical,” she said.",
                 [("It is logical,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="a-possessor-is-no-subject"),
    pytest.param("Jan Kowalski met Lena Okafor. The Kenyan president said he was confident. “We will sign,” he added.",
                 [("We will sign,", ("Kenyan president", "role reference"), "speaker before verb after quote")],
                 id="a-pronoun-stands-for-an-office"),
    pytest.param("Lena Okafor met Jan Kowalski. Then she delivered her line: “There is no deal until there is a deal.”",
                 [("There is no deal until there is a deal.", ("Lena Okafor", PERSON), "subject before a colon")],
                 id="a-quote-after-a-colon"),
    pytest.param("Jan Kowalski rejected it. He likened the offer to Lena Okafor's pre-war demands: “It is what they "
                 "used to do.”",
                 [("It is what they used to do.", ("Jan Kowalski", PERSON), "subject before a colon")],
                 id="a-hyphenated-word-after-a-possessive-makes-demands-a-noun"),
    pytest.param("Senator Lena Okafor of Nebraska, who quit the race on Tuesday, wrote before the trip that it "
                 "promised to be “a disgraceful trip.”",
                 [("a disgraceful trip.", ("Lena Okafor", PERSON), "subject of 'wrote'")],
                 id="a-thing-that-promises-reports-the-writer's-words"),
    pytest.param("Senator Lena Okafor of Florida wrote that “it is a disgraceful trip.”",
                 [("it is a disgraceful trip.", ("Lena Okafor", PERSON), "subject of 'wrote'")],
                 id="a-lone-word-after-of-is-the-senator's-state"),
    pytest.param("His foreign policy adviser, Jan Kowalski, spoke first. Lena Okafor would be joined by Tomas Brenner. "
                 "“The delegation will be small,” the aide was quoted as saying by a news agency.",
                 [("The delegation will be small,", ("Jan Kowalski", PERSON), "quoted as saying")],
                 id="the-aide-is-the-adviser-named-before"),
    pytest.param("Kenya's government said before the call that Lena Okafor would tell her counterparts that “nobody "
                 "wants peace more”.",
                 [("nobody wants peace more", ("Lena Okafor", PERSON), "subject of 'tell'")],
                 id="a-speech-verb-far-before-that-is-not-the-reporter-of-a-modal"),
    pytest.param("Lena Okafor, Brenner's former minister, who was elected governor on Sunday by defeating Jan "
                 "Kowalski, told reporters: “The result is sovereign.”",
                 [("The result is sovereign.", ("Lena Okafor", PERSON), "subject of 'told'")],
                 id="a-relative-clause-after-an-appositive-is-about-the-name-before-both"),
    pytest.param("Kim Jae-won spoke. There was a kim on the table. “The end is in sight,” Kim said.",
                 [("The end is in sight,", ("Kim", PERSON), "speaker before verb after quote, right before it")],
                 id="a-family-name-first-is-a-surname-though-written-as-a-word"),
    pytest.param("On Thursday, the head of the commission, Lena Okafor, issued a statement that said: “We welcome it.”",
                 [("We welcome it.", ("Lena Okafor", PERSON), "subject of 'said'")],
                 id="a-statement-that-said-is-its-issuer's"),
    pytest.param("A video appeared to show Jan Kowalski rallying his men. “Shoot!” he chanted.",
                 [("Shoot!", ("Jan Kowalski", PERSON), "speaker before verb after quote")],
                 id="a-chanted-slogan-is-the-chanter's"),
    pytest.param("“The talks will resume,” the state-run VENTA news agency said.",
                 [("The talks will resume,", ("VENTA", ORG), "definite role noun")],
                 id="a-news-agency-named-before-its-noun-speaks"),
    pytest.param("The refugee agency CORVA said 500 people crossed. “The return began,” the agency said.",
                 [("The return began,", ("CORVA", ORG), "definite role noun")],
                 id="the-agency-is-the-agency-named-before"),
    pytest.param("“We are ready,” Lena Okafor, an adviser to President Jan Kowalski, told reporters.",
                 [("We are ready,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="the-first-name-after-a-quote-not-the-one-in-its-appositive"),
    pytest.param("Alan Brody, director of the Regional Studies Center, a think tank in Nairobi, said: “It is new.”",
                 [("It is new.", ("Alan Brody", PERSON), "subject of 'said'")],
                 id="a-lower-case-role-appositive"),
    pytest.param("“It is historic,” the Kenyan Foreign Ministry said, pledging to support “our brothers”.",
                 [("It is historic,", ("Kenyan Foreign Ministry", ORG), "speaker before verb after quote"),
                  ("our brothers", ("Kenyan Foreign Ministry", ORG), "subject of 'pledging'")],
                 id="the-speaker-after-an-opening-quote-is-the-subject"),
    pytest.param("“Oh, that is an interesting one,” Jan Kowalski answered.",
                 [("Oh, that is an interesting one,", ("Jan Kowalski", PERSON), "speaker before verb after quote")],
                 id="answered-is-a-speech-verb"),
    pytest.param("Kenya's foreign ministry welcomed the deal but expressed “concern”.",
                 [("concern", ("Kenya's foreign ministry", ORG), "subject of 'expressed'")],
                 id="a-country's-ministry-with-a-possessive"),
    pytest.param("Moscow said the sanctions were illegal and accused the West of “economic warfare.”",
                 [("economic warfare.", ("Moscow", STATE), "subject of 'accused'")], id="capital-subject-and-verb"),
    pytest.param("Iran’s leader warned that “any attack will be answered.”",
                 [("any attack will be answered.", ("Iran’s leader", "role reference"), "subject of 'warned'")],
                 id="role-reference-speaker"),
    pytest.param("The offer came from Ms Okafor, who said “it is final.”",
                 [("it is final.", ("Okafor", PERSON), "subject of 'said'")], id="relative-who"),
    pytest.param('Mr. Okafor told reporters that the United States wanted "verifiable steps" first.',
                 [("verifiable steps", ("Okafor", PERSON), "subject of 'told'")], id="states-is-no-speech-verb"),
    pytest.param("Lena Okafor welcomed the deal, while Kenya’s trade minister, Joel Mutua, said it was “a start.”",
                 [("a start.", ("Joel Mutua", PERSON), "subject of 'said'")], id="name-closing-an-appositive"),
    pytest.param("The navy chief, Admiral Farhad Nouri, spoke first. “We will not tolerate this,” the navy chief said.",
                 [("We will not tolerate this,", ("Farhad Nouri", PERSON), "speaker before verb")],
                 id="definite-role-noun-after-quote"),
    pytest.param("“Our borders are closed,” added the country’s interior minister, Leila Haddad.",
                 [("Our borders are closed,", ("Leila Haddad", PERSON), "speech verb after quote")],
                 id="verb-first-then-role-then-name"),
    pytest.param("Kofi Mensah, the UN envoy, who said “dialogue is the only way”, met the president.",
                 [("dialogue is the only way", ("Kofi Mensah", PERSON), "subject of 'said'")],
                 id="who-after-an-appositive-naming-a-body"),
    pytest.param("Lena Okafor met Jan Kowalski on Monday. “We are close,” she said.",
                 [("We are close,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="pronoun-takes-the-subject-not-the-last-name"),
    pytest.param("Zelenskiy, who said he would come only if Putin did, was in Tirana. “If only Putin had come,” he said.",
                 [("If only Putin had come,", ("Zelenskiy", PERSON), "speaker before verb after quote")],
                 id="pronoun-never-takes-a-name-inside-the-quote"),
    pytest.param("“They have agreed to meet!” Lena Okafor wrote on her account.",
                 [("They have agreed to meet!", ("Lena Okafor", PERSON), "speaker in the next sentence")],
                 id="quote-closing-its-sentence"),
    pytest.param("Hun Manet, the prime minister, wrote that “the front line has become calmer”.",
                 [("the front line has become calmer", ("Hun Manet", PERSON), "subject of 'wrote'")],
                 id="appositive-before-the-verb"),
    pytest.param("Prime Minister Jan Kowalski expressed “deep concern” over the strikes.",
                 [("deep concern", ("Jan Kowalski", PERSON), "subject of 'expressed'")],
                 id="expressed-is-a-speech-verb"),
    pytest.param("Lena Okafor opened the talks. “We are close,” she said, adding: “Let us finish.”",
                 [("We are close,", ("Lena Okafor", PERSON), "speaker before verb after quote"),
                  ("Let us finish.", ("Lena Okafor", PERSON), "subject of 'adding'")],
                 id="pronoun-subject-of-a-participle"),
    pytest.param("Jan Kowalski arrived. The president praised the deal and said it was “a new page”.",
                 [("a new page", ("Jan Kowalski", PERSON), "subject of 'said'")],
                 id="role-noun-subject-of-a-second-verb"),
    pytest.param("The Okafor Movement said it had signed. “We keep our word,” the movement said.",
                 [("We keep our word,", ("Okafor Movement", ORG), "speaker before verb after quote")],
                 id="the-movement-is-the-body-named-before"),
    pytest.param("Kowalski's office said the deal would stand. “Our commitment is firm. It will not change,” it said.",
                 [("Our commitment is firm. It will not change,", ("Kowalski", PERSON),
                   "speaker before verb after quote")],
                 id="it-said-after-a-persons-office"),
    pytest.param("The Peruvian army reported a quiet night. “No incidents were reported,” it said.",
                 [("No incidents were reported,", ("Peruvian army", ORG),
                   "speaker before verb after quote")],
                 id="it-said-after-an-army"),
    pytest.param("Jan Kowalski struck a similar note on X. “We are ready,” the minister wrote.",
                 [("We are ready,", ("Jan Kowalski", PERSON), "speaker before verb after quote")],
                 id="a-note-is-no-speech-verb"),
    pytest.param("“Instructions have been given,” Lena Okafor went on.",
                 [("Instructions have been given,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="went-on"),
    pytest.param("The plan is part of President Jan Kowalski's “total peace” policy.",
                 [("total peace", ("Jan Kowalski", PERSON), "possessive before quote")],
                 id="phrase-after-a-possessive"),
    pytest.param("Flanked by Jan Kowalski, Lena Okafor read the text. “This is a first step,” she said.",
                 [("This is a first step,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="opening-participle-is-no-name"),
    pytest.param("Lena Okafor, the chief spokesman of the government, spoke in Nairobi. Nine soldiers were killed, "
                 "she said. “We will answer,” the spokesman told reporters.",
                 [("We will answer,", ("Lena Okafor", PERSON), "definite role noun")], id="the-spokesman"),
    pytest.param("“We will answer,” a spokesman told reporters.",
                 [("We will answer,", None, "unnamed speaker")], id="a-spokesman-is-unnamed"),
    pytest.param("Lena Okafor promised retaliation. “We will answer,” her office quoted her as saying.",
                 [("We will answer,", ("Lena Okafor", PERSON), "quoted as saying")], id="quoted-her-as-saying"),
    pytest.param("The visit was announced when a Ministry of Defence spokesperson said: “The ship will sail.”",
                 [("The ship will sail.", ("Ministry of Defence", ORG), "subject of 'said'")],
                 id="a-body's-unnamed-spokesperson-speaks-for-the-body"),
    pytest.param("Prime Minister Lena Okafor was blunter: “That is all you need to know.” Kenya says no.",
                 [("That is all you need to know.", ("Lena Okafor", PERSON), "subject before a colon")],
                 id="the-subject-of-a-sentence-ending-in-a-colon-speaks"),
    pytest.param("Jan Kowalski signed. Norway's leader, Lena Okafor, spoke. “We had to,” she said.",
                 [("We had to,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="a-role-before-an-appositive-name-is-that-person's-title"),
    pytest.param("Press secretary Lena Okafor spoke first. “We believe this is a repositioning,” she said.",
                 [("We believe this is a repositioning,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="a-capitalised-word-before-a-role-noun-is-no-one"),
    pytest.param("Lena Okafor thanked the government for “engaging positively” in the talks.",
                 [("engaging positively", ("Lena Okafor", PERSON), "the sentence's subject")],
                 id="a-phrase-quoted-without-a-speech-verb-is-the-subject's"),
    pytest.param("Days later, Lena Okafor used her first speech to claim a “great victory”.",
                 [("great victory", ("Lena Okafor", PERSON), "subject of 'claim'")], id="to-claim"),
    pytest.param("Late on Thursday, Kaval spokesman Lena Okafor issued a statement. “We thank Qatar,” it said.",
                 [("We thank Qatar,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="it-said-after-a-person-issued-a-statement"),
    pytest.param("In an interview with Jan Kowalski, Lena Okafor argued for talks. “We are ready,” she said.",
                 [("We are ready,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="an-opening-prepositional-phrase-holds-no-subject"),
    pytest.param("The ambassador to Kenya, Jan Kowalski, wrote: “Outrageous.” Secretary of State Lena Okafor "
                 "condemned the attack, which she said undermined “the credibility of the deal.”",
                 [("Outrageous.", ("Jan Kowalski", PERSON), "subject of 'wrote'"),
                  ("the credibility of the deal.", ("Lena Okafor", PERSON), "subject of 'said'")],
                 id="the-of-in-a-title-is-no-preposition"),
    pytest.param("CAMP DAVID, Md., May 19 (UPI) -- The summit ended with a pledge to “promote growth.”",
                 [("promote growth.", None, "the sentence's subject")], id="a-dateline-is-no-subject"),
    pytest.param("Jan Kowalski will leave early, the Kenyan Foreign Ministry said Monday, declaring that talks had "
                 "moved “more quickly than expected.”",
                 [("more quickly than expected.", ("Kenyan Foreign Ministry", ORG), "subject of 'declaring'")],
                 id="a-participle-after-a-reporting-clause-is-its-speaker's"),
    pytest.param("Lena Okafor, who hosted the talks with envoy Jan Kowalski, told reporters that “no further "
                 "discussions” were needed.",
                 [("no further discussions", ("Lena Okafor", PERSON), "subject of 'told'")], id="who-clause-head"),
    pytest.param("On Sunday she thanked Jan Kowalski, Dara Velan and Tomas Brenner on Twitter, writing: “We came "
                 "in good faith.”",
                 [("We came in good faith.", None, "subject of 'writing'")], id="a-list-is-no-appositive"),
    pytest.param("Lena Okafor declined to give a date. “This is a historic step,” the NATO chief wrote.",
                 [("This is a historic step,", ("Lena Okafor", PERSON),
                   "the one holding the office of the body named")],
                 id="the-acronym-chief"),
    pytest.param("Jan Kowalski spoke in Vilnius. “We will not waver,” he said. Dara Velan, he said, had bet on "
                 "division. “But he thought wrong.”",
                 [("We will not waver,", ("Jan Kowalski", PERSON), "speaker before verb after quote"),
                  ("But he thought wrong.", ("Jan Kowalski", PERSON), "continues the previous quote")],
                 id="a-name-before-a-parenthetical-he-said-is-not-he"),
    pytest.param("“We hope talks begin soon,” Xinhua quoted Lena Okafor as telling reporters.",
                 [("We hope talks begin soon,", ("Lena Okafor", PERSON), "quoted as saying")],
                 id="quoted-x-as-telling"),
    pytest.param("The Kenyan government said the talks were “very positive”.",
                 [("very positive", ("Kenyan", STATE), "subject of 'said'")], id="a-government-is-its-state"),
    pytest.param("“It is over,” Norway's authorities said.",
                 [("It is over,", ("Norway", STATE), "speaker before verb after quote")],
                 id="authorities-after-a-possessive"),
    pytest.param("The Kenyan government, which trailed the plan on Tuesday, said it “will set out the support”.",
                 [("will set out the support", ("Kenyan", STATE), "subject of 'said'")],
                 id="a-government-before-a-which-clause"),
    pytest.param("The Kenyan government announced on Monday that it had signed what it called a “historic deal”.",
                 [("historic deal", ("Kenyan", STATE), "subject of 'called'")],
                 id="it-is-the-body-opening-its-sentence"),
    pytest.param("Kenya's foreign ministry issued a statement. “We agreed,” it said. Kenya and Oman, it added, "
                 "“are ready to help”.",
                 [("We agreed,", ("Kenya's foreign ministry", ORG), "speaker before verb after quote"),
                  ("are ready to help", ("Kenya's foreign ministry", ORG), "subject of 'added'")],
                 id="a-parenthetical-it-is-not-the-subject-before-it"),
    pytest.param("Lena Okafor flew in on Thursday, while Jan Kowalski had phoned to urge them to “seize the moment”.",
                 [("seize the moment", ("Jan Kowalski", PERSON), "subject of 'urge'")],
                 id="an-infinitive's-subject-is-the-nearest"),
    pytest.param("Kenya's President Lena Okafor said the talks would resume, adding: “We are patient.”",
                 [("We are patient.", ("Lena Okafor", PERSON), "subject of 'adding'")],
                 id="a-title-after-a-possessive-is-no-lone-role-noun"),
    pytest.param("“This is the end,” Lena Okafor said, before adding that “we will see”.",
                 [("This is the end,", ("Lena Okafor", PERSON), "speaker before verb after quote"),
                  ("we will see", ("Lena Okafor", PERSON), "subject of 'adding'")],
                 id="before-adding"),
    pytest.param("Lena Okafor told Jan Kowalski in opening remarks that they will be “looking for solutions”.",
                 [("looking for solutions", ("Lena Okafor", PERSON), "subject of 'told'")],
                 id="remarks-after-an-adjective-is-a-noun"),
    pytest.param("Lena Okafor in her speech spoke about the accord saying “this peace is ours”.",
                 [("this peace is ours", ("Lena Okafor", PERSON), "subject of 'saying'")],
                 id="a-participle-without-a-comma-is-the-clause-subject's"),
    pytest.param("Lena Okafor launched a call to Jan Kowalski saying “we are waiting for you”.",
                 [("we are waiting for you", ("Lena Okafor", PERSON), "subject of 'saying'")],
                 id="a-participle-after-an-object-name"),
    pytest.param("The talks ended, with Lena Okafor saying “we are done”.",
                 [("we are done", ("Lena Okafor", PERSON), "subject of 'saying'")],
                 id="with-x-saying"),
    pytest.param("The military's media wing, Inter-Services Public Relations (ISPR), said it killed “affiliated "
                 "terrorists” in the raid.",
                 [("affiliated terrorists", ("Inter-Services Public Relations", ORG), "subject of 'said'")],
                 id="a-body-closing-an-appositive"),
    pytest.param("Lena Okafor, spokeswoman for the Kenyan Defence Ministry, said it was “a lie”.",
                 [("a lie", ("Lena Okafor", PERSON), "subject of 'said'")], id="a-person-before-the-body"),
    pytest.param("Under a joint statement released by the African Union on behalf of both sides, Kenya will act. "
                 "“Kenya will support the mission,” the statement said.",
                 [("Kenya will support the mission,", ("African Union", ORG), "issuer of the statement")],
                 id="the-statement-is-its-issuer's"),
    pytest.param("Interior Minister Jan Kowalski issued a statement. Lena Okafor spoke too. “We condemn the raid,” "
                 "the African Union statement said.",
                 [("We condemn the raid,", ("African Union", ORG), "issuer the statement names")],
                 id="a-statement-named-by-its-issuer"),
    pytest.param("Interior Minister Jan Kowalski issued a statement. President Lena Okafor spoke later. “Armed men "
                 "attacked the convoy,” the statement from the minister’s office said.",
                 [("Armed men attacked the convoy,", ("Jan Kowalski", PERSON), "issuer the statement names")],
                 id="the-statement-from-an-office"),
    pytest.param("Lena Okafor issued a statement. Jan Kowalski vowed to punish those responsible. “They will pay,” "
                 "the statement on his website said.",
                 [("They will pay,", ("Jan Kowalski", PERSON), "issuer the statement names")],
                 id="the-statement-on-his-website"),
    pytest.param("In a letter to the council, Lena Okafor warned of famine. “Time is running out,” the letter said.",
                 [("Time is running out,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="the-letter-is-its-writer's"),
    pytest.param("The Ocean Rescue Alliance, a charity, pulled 40 people from the sea. “The boat was sinking,” the "
                 "charity said.",
                 [("The boat was sinking,", ("Ocean Rescue Alliance", ORG), "speaker before verb after quote")],
                 id="the-charity-named-before"),
    pytest.param("At a news conference, Tarnvik prefectural police chief Marc Dubois admitted lapses. “I cannot deny "
                 "there were problems,” he said.",
                 [("I cannot deny there were problems,", ("Marc Dubois", PERSON), "speaker before verb after quote")],
                 id="an-unknown-place-in-a-title-is-not-the-subject"),
    pytest.param("Prime Minister Jan Kowalski received the freed envoy. “I knew that day would come,” the prime "
                 "minister was heard saying.",
                 [("I knew that day would come,", ("Jan Kowalski", PERSON), "heard saying")],
                 id="was-heard-saying"),
    pytest.param("The Kestrel, a bulk carrier, was boarded off Cyprus on Sunday, Halvorsen Shipping Ltd said in a "
                 "statement. “All communications were lost,” the statement said.",
                 [("All communications were lost,", ("Halvorsen Shipping Ltd", ORG), "issuer of the statement")],
                 id="the-issuer-is-who-said-it-in-a-statement"),
    pytest.param("Late on Thursday, Kenyan government spokesman Jan Kowalski issued a statement on the talks. "
                 "“The talks concluded,” the statement said. Norway, it added, “will host the next round”.",
                 [("The talks concluded,", ("Jan Kowalski", PERSON), "issuer of the statement"),
                  ("will host the next round", ("Jan Kowalski", PERSON), "subject of 'added'")],
                 id="a-spokesman's-statement-is-his"),
    pytest.param("Kenya's Secretary of State Lena Okafor arrived. “We will stay,” the secretary of state added.",
                 [("We will stay,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="the-secretary-of-state"),
    pytest.param("Jan Kowalski and Lena O'Brien flew in. O'Brien said more would follow. “We believe so,” he said.",
                 [("We believe so,", ("O'Brien", PERSON), "speaker before verb after quote")],
                 id="a-lone-name-with-an-apostrophe"),
    pytest.param("National security adviser Jan Kowalski arrived. “We believe so,” he said.",
                 [("We believe so,", ("Jan Kowalski", PERSON), "speaker before verb after quote")],
                 id="a-role-opening-a-sentence-names-nobody"),
    pytest.param("“We are shocked,” Kenya Wire President and CEO Lena Okafor said in a statement.",
                 [("We are shocked,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="a-ceo-after-and"),
    pytest.param("Shortly afterwards President Lena Okafor spoke. “We agreed,” she said.",
                 [("We agreed,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="an-opening-adverb-is-no-name"),
    pytest.param("Lena Okafor met Jan Kowalski. Okafor's office said he thanked her for the “unreserved support”.",
                 [("unreserved support", ("Okafor", PERSON), "subject of 'said'")],
                 id="a-person's-office-speaks-for-her"),
    pytest.param("Jan Kowalski thanked President Lena Okafor, with whom he had spoken that day, saying: “We are grateful.”",
                 [("We are grateful.", ("Jan Kowalski", PERSON), "subject of 'saying'")],
                 id="a-participle-after-a-relative-clause-is-the-subject's"),
    pytest.param("Foreign Secretary Lena Okafor, speaking in Oslo, said Kowalski's comments were “not in the spirit”.",
                 [("not in the spirit", ("Lena Okafor", PERSON), "subject of 'said'")],
                 id="comments-after-a-possessive-is-a-noun"),
    pytest.param("Lena Okafor spoke. “We have hope,” the president said, before adding: “I have no illusions.”",
                 [("We have hope,", ("Lena Okafor", PERSON), "speaker before verb after quote"),
                  ("I have no illusions.", ("Lena Okafor", PERSON), "subject of 'adding'")],
                 id="before-adding-after-a-colon"),
    pytest.param("First Lieutenant Jan Kowalski said so. “We walked out,” he said.",
                 [("We walked out,", ("Jan Kowalski", PERSON), "speaker before verb after quote")], id="a-lieutenant"),
    pytest.param("Lena Okafor and Jan Kowalski met in Oslo. “We agreed,” they said.",
                 [("We agreed,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="they-is-the-first-of-the-people-named-together"),
    pytest.param("Lena Okafor met officials in Oslo. “We agreed,” they said.",
                 [("We agreed,", None, "speaker before verb after quote")], id="they-after-one-person-is-nobody"),
    pytest.param("Jan Kowalski met the envoy. “It went well,” the statement said.",
                 [("It went well,", None, "a statement no one was said to issue")],
                 id="a-statement-nobody-issued-is-nobody's"),
    pytest.param("“We accept the plan,” Lena Okafor's office said. “The army will decide,” the statement "
                 "added.",
                 [("We accept the plan,", ("Lena Okafor", PERSON), "speaker before verb after quote"),
                  ("The army will decide,", ("Lena Okafor", PERSON), "the statement of the speaker before")],
                 id="the-statement-after-a-quote-is-its-speaker's"),
    pytest.param("Lena Okafor met them. She described the levy, which Kenya calls a tax, as “the main obstacle”.",
                 [("the main obstacle", ("Lena Okafor", PERSON), "subject of 'described'")],
                 id="a-speech-verb-inside-an-aside-is-not-the-quote's"),
    pytest.param("“We met,” Okafor told reporters in Oslo. “I thank Kowalski.” Oslo says the talks went well.",
                 [("We met,", ("Okafor", PERSON), "speaker before verb after quote"),
                  ("I thank Kowalski.", ("Okafor", PERSON), "continues the previous quote")],
                 id="a-quote-right-after-a-credited-one-continues-it-before-the-next-sentence-speaks"),
    pytest.param("According to Jan Kowalski, Lena Okafor refused. “It is fine,” Kowalski quoted her as saying.",
                 [("It is fine,", ("Lena Okafor", PERSON), "quoted as saying")],
                 id="quoted-her-as-saying-is-the-one-spoken-of-not-the-quoter"),
    pytest.param("In a joint communique, Lena Okafor and Jan Kowalski “agreed to restore ties” and told envoys to "
                 "meet. “Peace is near,” the document said.",
                 [("agreed to restore ties", ("Lena Okafor", PERSON), "the sentence's subject"),
                  ("Peace is near,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="a-communique-opening-the-sentence-is-its-subjects"),
    pytest.param("Senator Lena Okafor spoke. “We are ready,” the veteran Democrat said.",
                 [("We are ready,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="the-party-member-is-the-person-named-before"),
    pytest.param("Kenya's ambassador to the United States, Lena Okafor, spoke in Oslo. “We are ready,” she said.",
                 [("We are ready,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="a-role-with-its-posting-before-a-name-titles-that-name"),
    pytest.param("Council President Lena Okafor and Commission President Jan Kowalski said: “We agree.”",
                 [("We agree.", ("Lena Okafor", PERSON), "subject of 'said'")],
                 id="people-named-together-before-the-verb-the-first-speaks"),
    pytest.param("Lena Okafor arrived. Over breakfast with Jan Kowalski in Oslo, she was asked about Kenya. “We will "
                 "do fine,” she said.",
                 [("We will do fine,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="an-opening-phrase-with-a-name-is-not-the-subject"),
    pytest.param("Varnecka lawmaker Lena Okafor accused Norway of firing. “They are attacking villages,” she told "
                 "reporters.",
                 [("They are attacking villages,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="the-body-before-an-officers-title-is-not-the-subject"),
    pytest.param("The Kenyan army said its units were moving. “We are deploying,” the military said in a statement.",
                 [("We are deploying,", ("Kenyan army", ORG), "speaker before verb after quote")],
                 id="the-military-is-the-army-named-before"),
    pytest.param("Seated before the cameras, Okafor thanked her host. “We will get along,” she said.",
                 [("We will get along,", ("Okafor", PERSON), "speaker before verb after quote")],
                 id="an-opening-participle-is-no-name"),
    pytest.param("Ahmed Varga of the Varnecka Freedom Front, the coalition of protest groups, signed. The coalition "
                 "left the talks for “further consultations”.",
                 [("further consultations", ("Varnecka Freedom Front", ORG), "the sentence's subject")],
                 id="a-phrase-quoted-with-no-speech-verb-is-the-subject-body-s"),
    pytest.param("In an interview with ABC News anchor Jan Kowalski, Lena Okafor said talks would go on. “We will "
                 "keep at it,” she said.",
                 [("We will keep at it,", ("Lena Okafor", PERSON), "speaker before verb after quote")],
                 id="an-outlet-s-anchor-after-with-is-no-subject"),
    pytest.param("Reporter Jan Kowalski asked President Lena Okafor whether Kenya would sign. “Not yet,” she replied.",
                 [("Not yet,", ("Lena Okafor", PERSON), "the one asked, answering")],
                 id="who-replies-is-the-one-asked"),
    pytest.param("After talks with Lena Okafor and her Norwegian counterpart, Jan Kowalski, Ahmed Varga said they "
                 "agreed. “We are united,” he said.",
                 [("We are united,", ("Ahmed Varga", PERSON), "speaker before verb after quote")],
                 id="the-name-of-a-counterpart-between-commas-is-no-subject"),
    pytest.param("Lena Okafor said the talks went well. His spokesman Jan Kowalski, asked on the same channel whether "
                 "Kenya could lift sanctions, said: “That is for the government.”",
                 [("That is for the government.", ("Jan Kowalski", PERSON), "subject of 'said'")],
                 id="a-spokesman-named-after-his-title-is-the-speaker"),
    pytest.param("The meeting is held “in partnership” with the African Union, according to Oslo.",
                 [("in partnership", ("Oslo", STATE), "according to")], id="according-to-at-the-sentence-end"),
    pytest.param("In a statement, Lena Okafor said talks would go on. The efforts are “in line with earlier talks,” "
                 "the statement read.",
                 [("in line with earlier talks,", ("Lena Okafor", PERSON), "issuer of the statement")],
                 id="a-statement-reads"),
    pytest.param("Lena Okafor met Jan Kowalski on Tuesday. According to statements by Jan Kowalski after the meeting "
                 "with Okafor, “Norway sees Kenya as an ally.” He said: “We will talk.”",
                 [("Norway sees Kenya as an ally.", ("Jan Kowalski", PERSON), "speaker in the next sentence"),
                  ("We will talk.", ("Jan Kowalski", PERSON), "subject of 'said'")],
                 id="according-to-opening-names-the-speaker-and-he-after-it"),
]


def test_he_after_a_sentence_whose_subject_is_an_office_is_that_office_s_holder():
    blocks = (Block("paragraph", "Cardinal Lena Okafor met students in Arendal on Wednesday.", 1),
              Block("paragraph", "After a private meeting with President Jan Kowalski at the palace, the cardinal "
                                 "addressed diplomats in the garden. “No more war,” he said.", 2))
    quotes = EXTRACTOR.extract(Article("case", "Case", dt.date(2025, 3, 14), "case.txt", blocks)).quotes
    assert [speaker_of(q.speaker) for q in quotes] == [("Lena Okafor", PERSON)]


def test_a_paragraph_of_quotation_goes_on_with_the_speaker_of_the_quote_ending_the_paragraph_before():
    paragraphs = ("Kenya and Norway signed a fisheries accord in Arendal on Tuesday.",
                  "“Both countries have reached a common understanding,” said Lena Okafor at a press conference.",
                  "“This is a vital first step towards a lasting settlement.”",
                  "“The accord can be renewed beyond the first year.”",
                  "Jan Kowalski spoke next. He praised the accord.",
                  "“We are glad.”")
    blocks = tuple(Block("paragraph", text, number) for number, text in enumerate(paragraphs, 1))
    quotes = EXTRACTOR.extract(Article("case", "Case", None, "case.txt", blocks)).quotes
    assert [speaker_of(q.speaker) for q in quotes] == [("Lena Okafor", PERSON)] * 3 + [None]
    assert "a paragraph of quotation" in quotes[1].rule


def test_a_paragraph_of_quotation_goes_on_after_a_question_its_speaker_asked_in_the_sentence_after():
    assert quotes_of("Jan Kowalski praised Kenyan President Lena Okafor at the summit in Arendal.",
                     "“So doesn't she deserve some praise?” Kowalski asked, also noting Okafor's decision.",
                     "“And when it comes to Norway, I think she deserves all the praise.”") == \
        [("Kowalski", PERSON)] * 2


def test_a_speaker_after_said_behind_a_stack_of_titles_is_the_person():
    text = ("“We will fully dedicate ourselves to the accord,” said Kenya Defence Forces Chief of General Staff "
            "Field Marshal Dara Velan, one of the government representatives at the talks.")
    extraction = extract(text)
    assert [speaker_of(q.speaker) for q in extraction.quotes] == [("Dara Velan", PERSON)]
    assert [e.participants[0].name for e in extraction.events] == ["Dara Velan"]


def quotes_of(*paragraphs: str) -> list[tuple[str, str] | None]:
    blocks = tuple(Block("paragraph", text, number) for number, text in enumerate(paragraphs, 1))
    return [speaker_of(q.speaker) for q in EXTRACTOR.extract(Article("case", "Case", None, "case.txt", blocks)).quotes]


def test_the_president_is_not_the_diplomat_named_last():
    assert quotes_of("Kenyan President Jan Kowalski said on Monday that Kenya would sue.",
                     "On Tuesday Kowalski played footage showing officers pointing a gun at Dara Velan, the most "
                     "senior Kenyan diplomat left at the embassy. “Kenya is respected,” the president said.") == \
        [("Jan Kowalski", PERSON)]


def test_a_name_in_the_opening_phrase_is_not_the_office_holder_named_before():
    assert quotes_of("Kenyan President Lena Okafor arrived in Oslo.", "“A new era begins,” Okafor said.",
                     "At a news conference with Jan Kowalski afterwards, the president said: “It is a great day.”") == \
        [("Okafor", PERSON), ("Lena Okafor", PERSON)]


def test_the_day_someone_did_something_is_part_of_the_opening_not_the_subject():
    assert quotes_of("Kremlin spokesman Tomas Brenner spoke on Wednesday.",
                     "On Tuesday, the day Foreign Minister Jan Varga handed the papers to U.S. envoy Lena Okafor, "
                     "Brenner had said Moscow would act. But he also drew a line. “We have no dispute,” he said.") == \
        [("Brenner", PERSON)]


def test_the_chief_of_a_body_is_the_one_titled_with_its_name():
    assert quotes_of("VENTA Secretary-General Lena Okafor welcomed Kenya.",
                     "Jan Kowalski had “wanted to slam the door shut,” the VENTA chief added.") == \
        [("Lena Okafor", PERSON)]


def test_the_statement_he_issued_speaks_for_him_a_paragraph_later():
    assert quotes_of("Foreign Minister Pavel Novak responded late on Wednesday that Lithuania would not comply. "
                     "“Lithuania does not recognize the Kowalski government as the government of Poland. Accordingly "
                     "Lithuania does not consider former president Jan Kowalski to have the legal authority to expel "
                     "our diplomats,” he said in a statement.",
                     "“We will hold to account anyone who endangers our mission,” the statement added.") == \
        [("Pavel Novak", PERSON), ("Pavel Novak", PERSON)]


def test_the_army_chief_is_the_general_who_heads_the_army():
    assert quotes_of("Field Marshal Marek Novak, chief of staff of the Polish army, signed the declaration in "
                     "Nairobi on Wednesday.", "Mediator Lena Okafor told reporters it would take effect at once.",
                     "“We will fully dedicate our service to this declaration,” the army chief said.") == \
        [("Marek Novak", PERSON)]


def test_the_nationalist_leader_is_not_the_opposition_leader():
    assert quotes_of("President Jan Kowalski said on Wednesday he was breaking relations with Lithuania, hours after "
                     "Lithuania recognized opposition leader Lena Okafor as interim president.",
                     "“They intend to govern us from Vilnius,” the nationalist leader shouted.") == \
        [("Jan Kowalski", PERSON)]


def test_he_after_the_president_elect_is_the_president_elect_not_the_president():
    assert quotes_of("President-elect Jan Kowalski spoke on Monday. President Marek Nowak refused to concede.",
                     "Speaking from a theatre in Bergen, the president-elect called on Marek Nowak to end the siege. "
                     "“What we are seeing is an insurrection,” he said.") == [("Jan Kowalski", PERSON)]


def test_a_surname_that_looks_like_a_common_word_opens_a_sentence_as_its_bearer():
    assert quotes_of("Deputy Prime Minister Marek Shilling released a letter on Wednesday.",
                     "Senate leader Jan Kowalski said lawmakers would not be intimidated.",
                     "Shilling, opening the late-night sitting, addressed the rioters. “Violence never wins,” he "
                     "said.") == [("Shilling", PERSON)]


def test_the_statement_after_the_group_said_in_a_statement_is_the_group_s():
    assert quotes_of("The Northern Front said on Tuesday that its forces were “heading towards Nairobi”, hours "
                     "after the army announced the president's death.",
                     "“Kenya is not a kingdom. There can be no hereditary transfer of power,” the group said in "
                     "a statement.",
                     "“We call on all Kenyans to join this fight,” the statement said.") == [
        ("Northern Front", ORG), ("Northern Front", ORG), ("Northern Front", ORG)]


def test_the_group_is_no_state_s_army():
    assert quotes_of("The Northern Front said on Tuesday it would fight on, hours after the army announced the "
                     "president's death.",
                     "“Kenya is not a kingdom,” the group said in a statement.") == [("Northern Front", ORG)]


def test_the_statement_after_a_sentence_of_the_office_is_the_office_s_not_one_paragraphs_up():
    assert quotes_of("Halvorsen Shipping Ltd said in a statement that the ship was lost.",
                     "Prime Minister Jan Kowalski's office blamed smugglers. “We condemn the attack,” the statement "
                     "said.")[-1] == ("Jan Kowalski", PERSON)


def test_delegations_from_a_name_are_of_a_body_not_from_a_place():
    kinds = named_kinds("Norway brought delegations from Meklat and Qirat together in March.")
    assert not any(kind in ("city", "region", "other") for _, kind in kinds)


def test_a_name_the_article_makes_a_body_is_that_body_where_context_alone_made_it_a_place():
    extraction = EXTRACTOR.extract(Article("case", "Case", None, "case.txt", (
        Block("paragraph", "The Meklat movement signed a unity pledge in Geneva on Tuesday.", 1),
        Block("paragraph", "Norway first held talks in Meklat in March.", 2))))
    assert {(m.name, m.kind.value) for m in extraction.mentions if m.name == "Meklat"} == {("Meklat", ORG)}


def test_a_word_opening_the_sentence_before_a_modifier_and_a_body_word_names_no_body():
    assert ("State", ORG) not in named_kinds("State news agency KCNA said the test had succeeded.")


def test_a_statement_is_not_the_words_of_one_it_names():
    assert quotes_of("On Thursday, the Vandari rebels said for the first time that they had no knowledge of Tomas "
                     "Brenner's presence. “The council has no information about Tomas Brenner's arrival,” the "
                     "statement said.") == [None]


def test_the_statement_issued_by_someone_is_theirs_and_so_is_it():
    assert quotes_of("A statement released by the Vandari Council said it was ready. “We are ready,” the statement "
                     "said.", "The statement, issued by chief spokesman Karim Haddad, condemned the strike. “If such "
                     "action is repeated, the responsibility will be on France,” it said.") == \
        [("Vandari Council", ORG), ("Karim Haddad", PERSON)]


def test_a_bare_ministry_is_the_one_country_its_sentence_names_before_it():
    extraction = EXTRACTOR.extract(Article("case", "Case", None, "case.txt", (
        Block("paragraph", "Kenyan engineer Jan Kowalski was among the dead. Kenya said it would send a team. "
                           "Kenya's president spoke to his family.", 1),
        Block("paragraph", "At least 12 people were killed when insurgents stormed the northern Ugandan town of "
                           "Arua last week, the defence ministry said on Sunday.", 2))))
    assert [m.name for m in extraction.mentions if "ministry" in m.name] == ["Ugandan defence ministry"]


@pytest.mark.parametrize("paragraphs, expected", [
    (("Kenya's caretaker government on Saturday approved a plan to rebuild Arua. The cabinet also agreed on a draft "
      "law, Prime Minister Lena Okafor said.", "The truce came into force after Uganda's cabinet approved it and "
      "Uganda pulled back."),
     ["Kenyan cabinet", "Uganda's cabinet"]),
    (("Ugandan strikes on Monday killed 11 people in southern Kenya, according to the health ministry.",),
     ["Kenyan health ministry"]),

    (("Russia and Kenya traded blame. Russia warned Kenya. Russia said so. About 2,500 people marched through "
      "central Nairobi on Sunday, according to police.",), ["Kenyan police"]),
    (("Norway and Kenya traded blame again on Sunday. Norway accused Kenya. Norway said so. Kenya denied it.",
      "Hours before the plane landed, police broke up a march at Santa Rita church in Nairobi."), ["Kenyan police"]),
    (("Israel struck Kenya again. The war has killed 3,800 people in Kenya, according to the country's Health "
      "Ministry.", "Israel's Health Ministry said two soldiers were wounded."),
     ["Kenyan Health Ministry", "Israel's Health Ministry"]),
])
def test_a_bare_body_is_the_governing_state_s_a_toll_s_country_s_or_police_the_place_s(paragraphs, expected):
    blocks = tuple(Block("paragraph", text, number) for number, text in enumerate(paragraphs, 1))
    extraction = EXTRACTOR.extract(Article("case", "Case", None, "case.txt", blocks))
    assert [m.name for m in extraction.mentions if m.kind is EntityKind.ORGANISATION] == expected


def test_a_health_ministry_counting_the_dead_in_a_city_is_the_city_s_country_s():
    extraction = EXTRACTOR.extract(Article("case", "Case", None, "case.txt", (
        Block("paragraph", "Ugandan jets struck Nairobi on Sunday, the military said.", 1),
        Block("paragraph", "In Nairobi, the health ministry said Ugandan strikes had killed 90 people.", 2))))
    assert [m.name for m in extraction.mentions if "ministry" in m.name] == ["Kenyan health ministry"]


def test_the_group_is_not_the_body_that_only_reported_the_sentence_before():
    assert quotes_of("The Northern Front claimed the attack on Monday through its news outlet, the Delta Monitoring "
                     "Group said. The group said its fighters had killed 55 “foreigners” in the town.") == \
        [("Northern Front", ORG)]


def test_the_spokesperson_of_a_body_just_named_speaks_for_it():
    assert quotes_of("The Kenyan Foreign Ministry said it was monitoring the drills. “We remain confident,” the "
                     "spokesperson said.") == [("Kenyan Foreign Ministry", ORG)]


def test_she_said_after_a_paragraph_ending_on_her_quote_is_hers_not_the_last_named():
    assert quotes_of("President Lena Okafor met the freed sailors at Arendal airport on Thursday. The first to "
                     "disembark was Jan Kowalski, whom Okafor embraced.",
                     "“I want to congratulate you all on your return,” the president told them.",
                     "“I want to thank you for your loyalty,” she said.")[-1] == ("Lena Okafor", PERSON)


def test_he_after_a_clause_whose_subject_is_an_office_is_its_holder_not_the_last_named():
    assert quotes_of("President Lena Okafor landed in Arendal on Sunday.",
                     "Jan Kowalski, her deputy national security adviser, said a greeting had been “never planned”.",
                     "From the airport, a limousine carried the family to the hotel, where the president thanked "
                     "the embassy staff.",
                     "“This is a historic visit,” he told them.")[-1] == ("Lena Okafor", PERSON)


def test_a_role_noun_paragraphs_later_is_the_one_person_named_with_that_role():
    assert quotes_of("Kenyan Trade Minister Lena Okafor and Norwegian envoy Jan Kowalski met in Arendal on Friday.",
                     "The envoy said the talks were “useful but hard”.") == [("Jan Kowalski", PERSON)]
    # two people named as presidents: "the president" is the one the text is about, as before
    assert quotes_of("President Lena Okafor met President Jan Kowalski on Friday.", "Okafor spoke first.",
                     "“We agreed,” the president said.") == [("Okafor", PERSON)]


def test_the_group_is_the_body_opening_a_sentence_and_the_organisation_one_named_paragraphs_before():
    assert quotes_of("The Northern Liberation Front said on Tuesday it had taken Varnecka after capturing the "
                     "army's Second Brigade base. The armed group called the victory “a turning point”.") == [
        ("Northern Liberation Front", ORG)]
    assert quotes_of("The World Food Programme said its warehouse in Varnecka had been looted.",
                     "The warehouse was hit “for the third time this year”, the organisation said.") == [
        ("World Food Programme", ORG)]


def test_it_said_after_a_body_s_statement_is_the_body_s():
    assert quotes_of("“Our forces hit camps in Varnecka,” a statement from the Kenyan government said.",
                     "The statement came shortly after midnight.",
                     "“Our actions have been measured,” it said.") == [("Kenyan", STATE)] * 2


def test_a_participle_opening_a_sentence_is_not_part_of_the_name_after_it():
    blocks = (Block("paragraph", "Lena Okafor met Jan Kowalski in Arendal on Friday.", 1),
              Block("paragraph", "Greeting Okafor warmly, Kowalski said the talks were useful.", 2))
    mentions = EXTRACTOR.extract(Article("case", "Case", None, "case.txt", blocks)).mentions
    assert [m.text for m in mentions if m.source.paragraph == 2] == ["Okafor", "Kowalski"]


@pytest.mark.parametrize("text, expected", [
    ("The media centre moved from the Hotel Solvik.", [("Hotel Solvik", BUILDING)]),
    ("Lena Okafor checked into the Grand Hotel Solvik.", [("Lena Okafor", PERSON), ("Grand Hotel Solvik", BUILDING)]),
    ("The talks begin at 3:30 p.m. Washington, D.C. time (or 9:30 p.m. Nairobi time).", []),
    ("The delegation is ready, Kremlin spokesman Jan Kowalski said.", [("Russia", STATE), ("Jan Kowalski", PERSON)]),
    ("It was decided by the President of the Russian Federation.", [("Russia", STATE)]),
    ("The Norwegian Friendship Hospital was shelled.", [("Norwegian Friendship Hospital", BUILDING)]),
    ("The Front stormed the 4th Armoured Brigade.", [("4th Armoured Brigade", ORG)]),
    ("The strike angered Gulf Arab countries.", []),
    ("Kenya is ready for an invasion of Kowalno City.", [("Kenya", STATE), ("Kowalno City", CITY)]),
    ("Qatar and the United Arab Emirates (UAE) welcomed it.", [("Qatar", STATE), ("United Arab Emirates", STATE),
                                                                ("United Arab Emirates", STATE)]),
    ("Ten died, said the London-based Varnecka Observatory for Human Rights.",
     [("Varnecka Observatory for Human Rights", ORG)]),
    ("The Kenyan transport ministry said the emergency situations ministry of Norway had left.",
     [("Kenyan transport ministry", ORG), ("Norway", STATE)]),
    ("The defence ministry in Oslo said so.", [("Norwegian defence ministry", ORG), ("Oslo", CITY)]),
    ("Crowds marched to the Plaza de Varnecka and the Palacio de Arendal.",
     [("Plaza de Varnecka", EntityKind.OTHER), ("Palacio de Arendal", EntityKind.BUILDING)]),
    ("Lena Okafor, a resident of Nairobi, said so.", [("Lena Okafor", PERSON), ("Nairobi", CITY)]),
    ("Speaking from Nairobi, Okafor said so.", [("Nairobi", CITY), ("Okafor", PERSON)]),
    ("Okafor flew in from Nairobi.", [("Okafor", PERSON), ("Nairobi", CITY)]),
    ("A message from Nairobi warned Norway.", [("Kenya", STATE), ("Norway", STATE)]),
    ("The Velkari seized Arendal in 2021.", [("Velkari", ORG), ("Arendal", CITY)]),
    ("Lena Okafor told reporters in English that Norway spoke in French and Lingala.",
     [("Lena Okafor", PERSON), ("Norway", STATE)]),
    ("The town fell into Kenyan hands.", [("Kenya", STATE)]),
    ("Okafor is due to be sworn in on Jan. 10, Kenya said.", [("Okafor", PERSON), ("Kenya", STATE)]),
    ("On New Year's Eve, supporters of Kenya stormed the embassy.", [("Kenya", STATE)]),
    ("Among those freed were Britons Jan Kowalski and Tomas Brandt.", [("Jan Kowalski", PERSON),
                                                                       ("Tomas Brandt", PERSON)]),
])
def test_hotels_clocks_and_seats_of_government(text, expected):
    assert named_kinds(text) == expected


def event_sentences(*paragraphs: str) -> list[str]:
    blocks = tuple(Block("paragraph", text, number) for number, text in enumerate(paragraphs, 1))
    return [e.sentence for e in EXTRACTOR.extract(Article("case", "Case", dt.date(2025, 3, 14), "case.txt",
                                                          blocks)).events]


def test_questions_list_items_and_bullets_are_no_events():
    sentences = event_sentences(
        "Kenya and Norway met in Arendal on Friday.", "What does Norway say?",
        "Diplomats said the plan included Kenyan vessels guiding boats; Norway agreeing to a truce while boats "
        "move; and Kenya – supported by the United Nations – inspecting boats.",
        "→ the Kenyan side invited direct talks between Lena Okafor and Dara Velan.")
    assert not any(s.startswith(("What does", "Norway agreeing", "And Kenya", "→")) for s in sentences), sentences
    assert "The Kenyan side invited direct talks between Lena Okafor and Dara Velan." in sentences


def test_a_pronoun_subject_later_in_a_paragraph_goes_on_to_its_second_verb():
    sentences = event_sentences("Norwegian envoy Jan Kowalski said the deal would be signed soon. He also expressed "
                                "satisfaction with the talks and confirmed that Norway is ready to go on.")
    assert "Jan Kowalski confirmed that Norway is ready to go on." in sentences, sentences


def test_he_goes_back_to_the_subject_not_to_a_name_in_a_by_phrase():
    blocks = (Block("paragraph", "Kenyan Foreign Minister Jan Kowalski said on Friday that talks made progress.", 1),
              Block("paragraph", "But he offered little information. He also downplayed a deadline set by "
                                 "Norwegian Prime Minister Dara Velan for Kenya. He said that officials may have to "
                                 "get involved.", 2))
    events = EXTRACTOR.extract(Article("case", "Case", dt.date(2025, 3, 14), "case.txt", blocks)).events
    said = next(e for e in events if "officials may" in e.sentence)
    assert [m.name for m in said.participants if m.kind.value == PERSON] == ["Jan Kowalski"]


def test_a_second_verb_inside_a_told_clause_is_not_the_teller_s():
    sentences = event_sentences("Spokeswoman Lena Okafor said President Jan Kowalski had been briefed on the raid "
                                "and directed envoy Dara Velan to alert Norwegian officials.")
    assert not any(s.startswith("Directed") for s in sentences), sentences
    assert len(sentences) == 1


def test_the_verbs_of_a_relative_list_are_no_events_of_the_main_subject():
    sentences = event_sentences("Kenya and Norway agreed on Wednesday to end hostilities, two years into a dispute "
                                "that has ruined thousands, displaced millions and left many facing hunger.")
    assert not any(s.startswith("Kenya left") for s in sentences), sentences


def test_credit_lines_name_no_one_and_tell_nothing():
    extraction = EXTRACTOR.extract(Article("case", "Case", dt.date(2025, 3, 14), "case.txt", (
        Block("paragraph", "Lena Okafor met Jan Kowalski in Arendal on Friday.", 1),
        Block("paragraph", "Associated Press writers Dara Velan in Arendal and Tomas Berg in Nairobi contributed.", 2),
        Block("paragraph", "(Reporting by Ingrid Solberg; Editing by Tomas Mwangi)", 3))))
    assert {m.source.paragraph for m in extraction.mentions} == {1}
    assert len(extraction.events) == 1


def test_a_byline_names_no_one_and_the_paragraph_after_it_leads():
    extraction = EXTRACTOR.extract(Article("case", "Case", dt.date(2025, 5, 15), "case.txt", (
        Block("paragraph", "Dara Velan in Arendal", 1),
        Block("paragraph", "Kenya and Norway on Wednesday sealed deals worth billions.", 2),
        Block("paragraph", "Kenyan President Lena Okafor arrived in Arendal on the second stop of her tour.", 3))))
    assert "Dara Velan" not in {m.name for m in extraction.mentions}
    assert [e.date.iso() for e in extraction.events] == ["2025-05-14", "2025-05-14"]


def test_a_second_verb_of_a_subject_that_names_no_one_is_told_of_that_subject():
    blocks = (Block("paragraph", "Lena Okafor and Jan Kowalski arrived in Arendal.", 1),
              Block("paragraph", "The two men met in Oslo in December and signed the Arendal Declaration.", 2))
    events = EXTRACTOR.extract(Article("case", "Case", dt.date(2025, 3, 14), "case.txt", blocks)).events
    signed = next(e for e in events if "Declaration" in e.sentence)
    assert signed.sentence == "The two men signed the Arendal Declaration."
    assert {"Lena Okafor", "Jan Kowalski"} <= {m.name for m in signed.participants}


def test_the_two_before_a_verb_are_the_story_s_two_leaders():
    blocks = (Block("paragraph", "Kenyan President Lena Okafor and Norwegian Prime Minister Jan Kowalski arrived in "
                                 "Arendal on Monday.", 1),
              Block("paragraph", "The Kenyan presidency said the two would hold a one-on-one meeting on Thursday.", 2))
    events = EXTRACTOR.extract(Article("case", "Case", dt.date(2025, 3, 14), "case.txt", blocks)).events
    meeting = next(e for e in events if "one-on-one" in e.sentence)
    assert {"Lena Okafor", "Jan Kowalski"} <= {m.name for m in meeting.participants}


def test_the_body_before_its_officer_s_title_is_an_organisation_even_at_a_paragraph_s_start():
    blocks = (Block("paragraph", "Lena Okafor spoke on Monday.", 1),
              Block("paragraph", "IAEA Director General Dara Velan and UNHCR Administrator Jan Kowalski visited "
                                 "Arendal on Tuesday.", 2))
    mentions = EXTRACTOR.extract(Article("case", "Case", dt.date(2025, 3, 14), "case.txt", blocks)).mentions
    assert {(m.name, m.kind.value) for m in mentions if m.source.paragraph == 2} >= {
        ("IAEA", ORG), ("Dara Velan", PERSON), ("UNHCR", ORG), ("Jan Kowalski", PERSON)}


def test_while_and_a_gerund_tell_one_happening_with_its_place():
    sentences = event_sentences("Kenyan President Lena Okafor wept while leading prayers at Arendal University on "
                                "Monday.")
    assert sentences == ["Kenyan President Lena Okafor wept while leading prayers at Arendal University on Monday."]


def test_roads_parks_and_lodges_are_places_not_people():
    blocks = (Block("paragraph", "Lena Okafor spoke on Monday.", 1),
              Block("paragraph", "Protesters marched down Marlow Road, camped in Arendo Park and occupied Cedar "
                                 "Lodge, the official residence of Jan Kowalski.", 2))
    mentions = EXTRACTOR.extract(Article("case", "Case", dt.date(2025, 3, 14), "case.txt", blocks)).mentions
    kinds = {m.name: m.kind.value for m in mentions if m.source.paragraph == 2}
    assert kinds == {"Marlow Road": OTHER, "Arendo Park": OTHER, "Cedar Lodge": BUILDING, "Jan Kowalski": PERSON}


def test_capitals_before_a_spaced_hyphen_inside_a_sentence_are_no_dateline():
    sentences = event_sentences("Kenya and Norway agreed on a spending goal of 5% of GDP - a response to the threat - "
                                "in Arendal on Friday.")
    assert any("5% of GDP" in s for s in sentences), sentences


@pytest.mark.parametrize("text, speaker", [
    pytest.param("Lena Okafor met Jan Kowalski. Tensions peaked in 2021 when Okafor slammed Kowalski as “the "
                 "fisherman”.", ("Okafor", PERSON), id="a-when-clause-s-own-subject"),
    pytest.param("Lena Okafor met Jan Kowalski. Okafor dangled the prospect of trade, at one point saying the "
                 "potential was “awesome”.", ("Okafor", PERSON), id="a-participle-after-an-adverbial"),
    pytest.param("“It is very bad,” Norway's NTB news agency quoted Kenyan Deputy Prime Minister Lena Okafor as "
                 "saying.", ("Lena Okafor", PERSON), id="quoted-as-saying-after-a-long-title"),
    pytest.param("Government spokesman Jan Kowalski declined to comment, telling state media: “I have nothing to "
                 "say.”", ("Jan Kowalski", PERSON), id="state-media-is-no-stating"),
    pytest.param("Kenyan President Lena Okafor's decision marks a “turning point,” the country's foreign minister "
                 "has said.", None, id="a-minister-is-not-the-president-named-before"),
    pytest.param("Kenyan President Lena Okafor spoke on Tuesday. “We have the sun too,” said the 62-year-old "
                 "leader.", ("Lena Okafor", PERSON), id="an-age-before-a-role-noun"),
    pytest.param("“We welcome the step,” the Ministry of Foreign Affairs of the Kingdom of Norway posted on X.",
                 ("Ministry of Foreign Affairs", ORG), id="a-ministry-of-a-country"),
    pytest.param("Norway's Foreign Ministry on Wednesday night called the meeting “a new chapter”.",
                 ("Foreign Ministry", ORG), id="a-time-between-subject-and-verb"),
    pytest.param("Jan Kowalski was freed. “We are so grateful,” said Kowalski's aunt, Dara Velan.",
                 ("Dara Velan", PERSON), id="one-named-by-her-tie-then-her-name"),
    pytest.param("Cardinal Lena Okafor met students in Arendal. “Keep your hands clean,” the cardinal told them.",
                 ("Lena Okafor", PERSON), id="a-church-title-as-a-role-noun"),
    pytest.param("On Sunday, Pope Orlan arrived in Arendal. “Your pain is my pain,” the pontiff told them.",
                 ("Pope Orlan", PERSON), id="the-pontiff-is-the-pope"),
])
def test_speakers_found_through_titles_clauses_and_times(text, speaker):
    assert [speaker_of(q.speaker) for q in extract(text).quotes] == [speaker]


@pytest.mark.parametrize("dateline", ["Arendal, Nov. 12, (dpa/GNA) – ", "Arendal, May 14 (IANS) ",
                                      "Arendal, Norway (NTB) – ", "Dec. 7 (UPI) -- ", "Arendal, KNA – "])
def test_a_mixed_case_dateline_with_an_agency_is_no_actor_and_no_summary(dateline):
    extraction = EXTRACTOR.extract(Article("case", "Case", dt.date(2024, 12, 7), "case.txt", (
        Block("paragraph", f"{dateline}Kenyan President Dara Velan arrived in Nairobi on Saturday.", 1),)))
    assert [e.sentence for e in extraction.events] == ["Kenyan President Dara Velan arrived in Nairobi on Saturday."]
    assert not any(m.kind.value == ORG or m.name == "Norway" and m.kind.value == STATE
                   for m in extraction.mentions), extraction.mentions


def test_the_word_after_a_dateline_opens_the_sentence():
    extraction = EXTRACTOR.extract(Article("case", "Case", dt.date(2024, 12, 7), "case.txt", (
        Block("paragraph", "Kampala: The Northern Liberation Front said on Saturday it had taken Varnecka.", 1),)))
    assert "Northern Liberation Front" in {m.name for m in extraction.mentions}


def test_a_clock_time_zone_does_not_end_the_sentence():
    text = ("The statement came around 8:30 p.m. GMT on Tuesday, though it was already morning in Arendal when "
            "Lena Okafor conceded. The vote closed at 6 p.m. local time on Monday.")
    article = Article("case", "Case", None, "case.txt", (Block("paragraph", text, 1),))
    sentences = [event.sentence for event in EXTRACTOR.extract(article).events]
    assert not any(s.startswith(("GMT", "Local")) for s in sentences), sentences


def test_a_body_s_it_in_a_told_plan_is_the_body():
    text = "Norway said on Tuesday it would reopen its embassy in Nairobi on Friday."
    article = Article("case", "Case", dt.date(2025, 3, 12), "case.txt", (Block("paragraph", "Kenya met Norway.", 1),
                                                                         Block("paragraph", text, 2)))
    sentences = [event.sentence for event in EXTRACTOR.extract(article).events]
    assert "Norway would reopen its embassy in Nairobi on Friday" in sentences, sentences


@pytest.mark.parametrize("text, expected", QUOTES)
def test_quotes(text, expected):
    quotes = extract(text).quotes
    got = [(q.text, speaker_of(q.speaker)) for q in quotes]
    assert got == [(quote, speaker) for quote, speaker, _ in expected]
    for quote, (_, _, rule) in zip(quotes, expected):
        assert rule in quote.rule, (quote.text, quote.rule)


def test_whole_table_timing(record_property):
    """Every paragraph of the tables above, once, timed; recorded, not asserted."""
    paragraphs = [p.values[0] for p in MENTIONS + QUOTES] + [row[0] for row in ROLES + ROLE_REFERENCES]
    extract("Warm-up: the word lists and the gazetteer load on first use.")
    started = time.perf_counter()
    for text in paragraphs:
        extract(text)
    seconds = time.perf_counter() - started
    record_property("extract_table_seconds", round(seconds, 4))
    record_property("extract_table_paragraphs", len(paragraphs))
    print(f"\n{len(paragraphs)} paragraphs extracted in {seconds * 1000:.1f} ms")


def test_role_in_an_appositive_before_the_name_keeps_its_wording():
    found = extract("Kenya’s trade minister, Joel Mutua, said the talks would resume.")
    assert [(m.text, m.role) for m in found.mentions if m.kind.value == "person"] == [
        ("Joel Mutua", "Kenya’s trade minister")]


def test_a_hyphenated_role_in_an_appositive_stays_whole():
    found = extract("The bloc welcomed the contact. Its secretary-general, Albert Mensah, urged both sides to talk.")
    assert [(m.text, m.role) for m in found.mentions if m.kind.value == "person"] == [
        ("Albert Mensah", "secretary-general")]


def test_the_country_after_a_city_is_where_the_city_is():
    found = extract("The ministers met in Bridgetown, Barbados, on Monday.")
    assert {(m.text, m.kind.value) for m in found.mentions} == {("Bridgetown", "city"), ("Barbados", "country")}


@pytest.mark.parametrize("text, status", [
    ("Kenya said on Sunday that it will not negotiate under threat.", "happened"),
    ("Kenya will host the next round of talks in Nairobi.", "planned"),
    ("Kenya and Norway gave the clearest outline yet of a possible end to the war.", "happened"),
    ("The two leaders weighed two or three possible venues, Kenya said.", "proposed"),
    ("Lena Okafor snapped at a reporter over whether Jan Kowalski would change.", "happened"),
    ("Lena Okafor died late on Tuesday at the Arendal hospital.", "happened"),
    ("The Popular Will party said its leader was detained in Arendal on Tuesday.", "happened"),
    ("Kenya's curfew took effect in Arendal on Thursday and will last 12 days.", "happened"),
    ("Okafor appointed Kowalski prime minister in May in the hope that he would calm the protests.", "happened"),
    ("Kenya and Norway clashed in April after disputes over plans to merge their armies.", "happened"),
])
def test_a_future_inside_reported_speech_does_not_make_the_saying_planned(text, status):
    assert [e.status.value for e in extract(text).events] == [status]


def test_the_agency_credited_in_a_dateline_is_no_actor():
    found = extract("KYIV, July 8 (AP) — Drones struck the port overnight, officials said.")
    assert ("KYIV", "city") in {(m.text, m.kind.value) for m in found.mentions}
    assert not [m for m in found.mentions if m.text == "AP"]


@pytest.mark.parametrize("text", ["NAIROBI, May 2 (Reuters) - Kenya and Norway signed a truce on Friday.",
                                  "NAIROBI (Reuters) - Kenya and Norway signed a truce on Friday."])
def test_an_event_summary_leaves_out_the_dateline(text):
    event, = extract(text).events
    assert event.sentence == "Kenya and Norway signed a truce on Friday."


@pytest.mark.parametrize("text, person, role", [
    ("U.N. Secretary-General António Guterres warned of famine.", "António Guterres", "U.N. Secretary-General"),
    ("Vice President J.D. Vance said the talks would go on.", "J.D. Vance", "Vice President"),
    ("Minister of State for Foreign Affairs Lena Okafor said so.", "Lena Okafor", "Minister of State for Foreign Affairs"),
    ("Chief Executive Jan Kowalski said so.", "Jan Kowalski", "Chief Executive"),
    ("Kenyan Foreign Ministry spokeswoman Lena Okafor said so.", "Lena Okafor", "Kenyan Foreign Ministry spokeswoman"),
])
def test_dotted_abbreviations_and_hyphenated_titles(text, person, role):
    assert [(m.text, m.role) for m in extract(text).mentions if m.kind.value == "person"] == [(person, role)]


def test_a_name_before_a_group_word_is_a_group_and_an_adjective_is_not():
    found = extract("Israeli and Hamas negotiators met, and European diplomats watched.")
    assert [(m.text, m.kind.value) for m in found.mentions if m.kind.value == "group"] == [("Hamas", "group")]


def test_a_place_inside_a_document_name_is_no_venue_or_actor():
    names = {m.name for m in extract("Leaders signed the Charter of Paris and the Athens Declaration "
                                     "in Rome on Monday. They discussed the Oslo agreement and the Nairobi "
                                     "declaration.").mentions}
    assert "Rome" in names
    assert not names & {"Paris", "France", "Athens", "Greece", "Oslo", "Norway", "Nairobi", "Kenya"}, names


def test_a_ship_name_keeps_its_of_and_a_call_sign_is_no_actor():
    names = {m.name for m in extract("The carrier HMS Prince of Wales sailed as Air Force One landed.").mentions}
    assert "HMS Prince of Wales" in names
    assert not any(name.startswith("Air Force") for name in names), names


def test_a_pronoun_opening_a_paragraph_takes_the_subject_of_the_paragraph_before():
    blocks = (Block("paragraph", "Lena Okafor met Jan Kowalski in Geneva on Monday.", 1),
              Block("paragraph", "“We are close,” she said.", 2))
    quotes = EXTRACTOR.extract(Article("case", "Case", None, "case.txt", blocks)).quotes
    assert [(q.text, speaker_of(q.speaker)) for q in quotes] == [("We are close,", ("Lena Okafor", PERSON))]


@pytest.mark.parametrize("text, expected", [
    ("It said strikes hit Lagos and Davis.", [("Lagos", CITY), ("Davis", CITY)]),
    ("It said sirens sounded in the coastal cities of Davis and Nelson.", [("Davis", CITY), ("Nelson", CITY)]),
    ("It said blackouts were ordered in Davis.", [("Davis", CITY)]),
    ("Davis said the talks had failed.", [("Davis", PERSON)]),
    ("Envoy Lena Davis arrived. Davis said the talks had failed.", [("Lena Davis", PERSON), ("Davis", PERSON)]),
])
def test_a_small_town_is_a_place_only_where_the_text_places_something_there(text, expected):
    assert named_kinds(text) == expected


def test_a_town_that_is_the_surname_of_a_person_named_in_full_is_that_person():
    blocks = (Block("paragraph", "Senator Lena Nelson arrived in Nairobi.", 1),
              Block("paragraph", "The deal, Nelson said in Davis, was close.", 2))
    mentions = EXTRACTOR.extract(Article("case", "Case", None, "case.txt", blocks)).mentions
    assert [(m.text, m.kind.value) for m in mentions] == [("Lena Nelson", PERSON), ("Nairobi", CITY),
                                                          ("Nelson", PERSON), ("Davis", CITY)]


@pytest.mark.parametrize("ending", ["Mr.", "Mrs", "Dr.", "Sheikh", "President", "al-"])
def test_a_sentence_ending_on_a_title_or_honorific_is_read_without_error(ending):
    extraction = extract(f"“I told {ending}” he said. Lena Okafor spoke of {ending}")
    assert [m.name for m in extraction.mentions if m.kind is EntityKind.PERSON] == ["Lena Okafor"]


def test_a_capital_named_after_capital_is_the_city():
    mentions = [(m.name, m.kind.value) for m in extract("He was in the Albanian capital Tirana on Friday.").mentions]
    assert mentions == [("Tirana", "city")]


@pytest.mark.parametrize("text, names", [
    ("A strike brought down al-Nour tower in the north.", [("al-Nour tower", "building")]),
    ("The father spoke outside Okafor hospital.", [("Okafor hospital", "building")]),
    ("Then al-Okafor said so.", [("al-Okafor", "person")]),
    ("The heads of the Shin Bet, the Mossad and the army met.", [("Shin Bet", "organisation"), ("Mossad", "organisation")]),
])
def test_names_with_an_article_a_building_noun_or_after_the(text, names):
    assert [(m.name, m.kind.value) for m in extract(text).mentions] == names


def test_a_title_opening_a_sentence_stays_a_title_where_the_word_is_also_written_in_lower_case():
    blocks = (Block("paragraph", "The press secretary spoke.", 1),
              Block("paragraph", "Secretary of State Lena Okafor, speaking in Nairobi, said so.", 2))
    mentions = EXTRACTOR.extract(Article("case", "Case", None, "case.txt", blocks)).mentions
    assert [(m.name, m.role) for m in mentions if m.kind is EntityKind.PERSON] == [("Lena Okafor", "Secretary of State")]


@pytest.mark.parametrize("paragraphs, body, reference", [
    (["The Arendo Law Society went to court.", "“We are aggrieved,” the society said."], "Arendo Law Society",
     "the society"),
    (["Troops seized Okafor at the Arendal High Court.", "Judges of the high court met; the supreme court did not."],
     "Arendal High Court", "the high court"),
])
def test_a_body_named_again_by_its_noun(paragraphs, body, reference):
    blocks = tuple(Block("paragraph", text, n) for n, text in enumerate(paragraphs, 1))
    extraction = EXTRACTOR.extract(Article("case", "Case", None, "case.txt", blocks))
    assert [(m.text, m.source.paragraph) for m in extraction.mentions if m.name == body] == [(body, 1), (reference, 2)]
    assert all(q.speaker.name == body for q in extraction.quotes)


def test_he_is_not_the_one_named_in_his_sentence_s_opening_clause():
    blocks = (Block("paragraph", "Jan Velan left the palace on Friday.", 1),
              Block("paragraph", "Interviewed by host Dara Brenner that evening, he refused to apologise. “I respect "
                                 "the president,” he said.", 2))
    quote, = EXTRACTOR.extract(Article("case", "Case", None, "case.txt", blocks)).quotes
    assert quote.speaker.name == "Jan Velan"


def test_the_palace_is_the_palace_named_before():
    blocks = (Block("paragraph", "Envoys met at the Palace of Independence in Oslo.", 1),
              Block("paragraph", "Lena Okafor received them at the palace on Monday; the hotel was shut.", 2))
    mentions = EXTRACTOR.extract(Article("case", "Case", None, "case.txt", blocks)).mentions
    assert [(m.text, m.name, m.source.paragraph) for m in mentions if m.name == "Palace of Independence"] == [
        ("Palace of Independence", "Palace of Independence", 1), ("the palace", "Palace of Independence", 2)]


def test_the_mausoleum_is_the_mausoleum_named_before():
    blocks = (Block("paragraph", "Lena Okafor laid a wreath at the Arendo Mausoleum on Saturday.", 1),
              Block("paragraph", "She will celebrate a mass at the mausoleum on Sunday.", 2))
    events = EXTRACTOR.extract(Article("case", "Case", dt.date(2025, 3, 14), "case.txt", blocks)).events
    mass = next(e for e in events if "mass" in e.sentence)
    assert "Arendo Mausoleum" in {m.name for m in mass.participants}


@pytest.mark.parametrize("paragraphs, place, reference", [
    (["Two coast guard ships blocked a supply boat near Arendo Shoal.",
      "Manila grounded a warship on the shoal in 1999."],
     "Arendo Shoal", "the shoal"),
    (["Engineers inspected the Velan dam on Monday.", "Lena Okafor said the dam had been mined."], "Velan dam",
     "the dam"),
    (["Troops entered Mombasa at dawn.", "By noon the town was quiet, Lena Okafor said."], "Mombasa", "the town"),
])
def test_a_place_named_again_by_its_noun(paragraphs, place, reference):
    blocks = tuple(Block("paragraph", text, n) for n, text in enumerate(paragraphs, 1))
    mentions = EXTRACTOR.extract(Article("case", "Case", None, "case.txt", blocks)).mentions
    assert (reference, place, 2) in {(m.text, m.name, m.source.paragraph) for m in mentions}


def test_the_city_of_a_named_city_is_not_the_city_named_before():
    blocks = (Block("paragraph", "Troops entered Mombasa at dawn.", 1),
              Block("paragraph", "Fighting went on in the city of Arendo, Lena Okafor said.", 2))
    mentions = EXTRACTOR.extract(Article("case", "Case", None, "case.txt", blocks)).mentions
    assert [m.text for m in mentions if m.name == "Mombasa"] == ["Mombasa"]


@pytest.mark.parametrize("paragraphs, expected", [
    (["Kenya pulled out of Lamu, handing Norwegian-backed separatists the town.", "The rebels raised their flag."],
     [("Norwegian-backed separatists", "Norwegian-backed separatists", 1), ("The rebels", "Norwegian-backed separatists", 2)]),
    (["Pro-Kenyan militants shelled Lamu.", "Kenya said the militants withdrew; the rebels did not."],
     [("Pro-Kenyan militants", "Pro-Kenyan militants", 1), ("the militants", "Pro-Kenyan militants", 2)]),
    (["The rebels raised their flag."], []),
])
def test_a_group_described_by_its_side_and_then_by_its_noun(paragraphs, expected):
    blocks = tuple(Block("paragraph", text, n) for n, text in enumerate(paragraphs, 1))
    mentions = EXTRACTOR.extract(Article("case", "Case", None, "case.txt", blocks)).mentions
    assert [(m.text, m.name, m.source.paragraph) for m in mentions if m.kind is EntityKind.GROUP] == expected


def test_a_place_or_a_head_noun_after_the_is_no_body():
    mentions = extract("They stayed north of the Litani and in the Hague, the Council said.").mentions
    assert not [m.name for m in mentions if m.kind is EntityKind.ORGANISATION]


def test_a_sentence_opening_gerund_is_no_name():
    assert [m.name for m in extract("Fighting continued near Kaziba.").mentions] == ["Kaziba"]


@pytest.mark.parametrize("text, names", [
    ("The Democratic Forces for the Liberation of Rwanda denied it.", ["Democratic Forces for the Liberation of Rwanda"]),
    ("William Yang of the International Crisis Group said so.", ["William Yang", "International Crisis Group"]),
    ("The International Court of Justice and the Organization for Migration met.",
     ["International Court of Justice", "Organization for Migration"]),
    ("They met the Intergovernmental Authority on Development (IGAD) there.",
     ["Intergovernmental Authority on Development", "Intergovernmental Authority on Development"]),
    ("Kenya sanctioned the Ministry of Intelligence and Security and Lena Okafor over security.",
     ["Kenya", "Ministry of Intelligence and Security", "Lena Okafor"]),
    ("The Ministry of Defence and Jan Kowalski spoke.", ["Ministry of Defence", "Jan Kowalski"]),
    ("The monitors from the Organization for Security and Co-operation in Europe and the United Nations Mission in "
     "South Sudan left.", ["Organization for Security and Co-operation in Europe",
                           "United Nations Mission in South Sudan"]),
])
def test_an_armed_group_s_long_name_is_kept_whole(text, names):
    assert [m.name for m in extract(text).mentions] == names


def test_a_quote_paragraph_after_a_colon_takes_the_speaker_it_announces():
    blocks = (Block("paragraph", "Lena Okafor met Jan Kowalski. Okafor told reporters:", 1),
              Block("paragraph", "“We are close to a deal.”", 2))
    quotes = EXTRACTOR.extract(Article("case", "Case", None, "case.txt", blocks)).quotes
    assert [(q.text, speaker_of(q.speaker), q.rule) for q in quotes] == \
        [("We are close to a deal.", ("Okafor", PERSON), "announced by the paragraph before")]


def test_he_in_a_new_paragraph_is_the_office_named_as_the_subject_of_the_one_before():
    blocks = (Block("paragraph", "Kenyan President Lena Okafor thanked Norway on Friday.", 1),
              Block("paragraph", "The Kenyan leader, who spoke on the anniversary of Liberation, said the deal would "
                                 "hold.", 2),
              Block("paragraph", "“We will keep our word,” he said.", 3))
    quotes = EXTRACTOR.extract(Article("case", "Case", None, "case.txt", blocks)).quotes
    assert [speaker_of(q.speaker) for q in quotes] == [("Kenyan leader", "role reference")]


def test_an_event_whose_subject_is_a_role_noun_has_the_office_holder_among_its_participants():
    events = extract("Defence Minister Rustem Umerov led the team. The Ukrainian minister proposed new talks "
                     "in Geneva.").events
    proposal = next(e for e in events if "proposed" in e.sentence)
    assert "Rustem Umerov" in [m.name for m in proposal.participants]


def test_an_event_whose_subject_is_a_body_noun_has_the_body_named_before():
    article = Article("a", "A", None, "a.txt", (
        Block("paragraph", "A Kenyan-led coalition intervened in the war in March 2015.", 1),
        Block("paragraph", "The coalition responded with air strikes on the port.", 2)))
    strikes = next(e for e in EXTRACTOR.extract(article).events if "air strikes" in e.sentence)
    assert [m.name for m in strikes.participants] == ["Kenyan-led coalition"]


@pytest.mark.parametrize("described", [
    "Ahmed Varga signed for the Varnecka Freedom Front (VFF), the coalition of protest groups.",
    "Ahmed Varga signed for the protest coalition, the Varnecka Freedom Front.",
])
def test_a_body_described_by_what_it_is_is_whom_that_noun_later_means(described):
    article = Article("a", "A", None, "a.txt", (
        Block("paragraph", described, 1),
        Block("paragraph", "The Northern Maritime Council said on Monday it would study the text.", 2),
        Block("paragraph", "The coalition welcomed the accord on Saturday.", 3)))
    welcome = next(e for e in EXTRACTOR.extract(article).events if "welcomed" in e.sentence)
    assert welcome.participants[0].name == "Varnecka Freedom Front"


def test_two_titled_subjects_joined_by_and_are_one_clause():
    events = extract("General Jan Kowalski, deputy head of the Northern Maritime Council, and Ahmed Varga of the "
                     "Varnecka Freedom Front put their initials to the document.").events
    assert len(events) == 1
    assert {"Jan Kowalski", "Ahmed Varga"} <= {m.name for m in events[0].participants}


def test_the_two_sides_are_found_in_the_paragraph_after_a_lead_that_names_one():
    article = Article("a", "A", dt.date(2019, 8, 4), "a.txt", (
        Block("paragraph", "Kenya's generals and the protest leaders initialled a declaration on Sunday.", 1),
        Block("paragraph", "The Northern Maritime Council and the Varnecka Freedom Front signed it in Nairobi.", 2),
        Block("paragraph", "The text builds on the accord the two sides signed on July 17.", 3)))
    accord = next(e for e in EXTRACTOR.extract(article).events if "July 17" in e.sentence)
    assert {"Northern Maritime Council", "Varnecka Freedom Front"} <= {m.name for m in accord.participants}


def test_a_countrys_troops_are_its_military_where_the_article_names_it():
    troops = next(m for m in extract("The Kenyan army said on Monday that Kenyan troops had crossed into "
                                     "Norway.").mentions if m.text == "Kenyan" and m.start > 20)
    assert (troops.key, troops.kind.value) == ("org:country:KEN:military", ORG)
    alone = next(m for m in extract("Kenyan troops crossed into Norway on Monday.").mentions if m.text == "Kenyan")
    assert (alone.key, alone.kind.value) == ("country:KEN", STATE)


def test_a_capitalised_phrase_only_a_quote_uses_is_no_name():
    article = Article("a", "A", None, "a.txt", (
        Block("paragraph", "“Relations with Norway have NEVER been worse, thanks to the Rigged Witch Hunt!” Lena "
                           "Okafor wrote.", 1),
        Block("paragraph", "“I spoke to Jan Kowalski,” she said. Jan Kowalski declined to comment.", 2)))
    names = {m.name for m in EXTRACTOR.extract(article).mentions}
    assert {"Norway", "Lena Okafor", "Jan Kowalski"} <= names
    assert not names & {"NEVER", "Rigged Witch Hunt"}


def test_a_part_of_a_country_named_again_and_again_is_a_region_and_once_is_the_country():
    article = Article("a", "A", None, "a.txt", (
        Block("paragraph", "Kenyan troops will withdraw from southern Somalia, where fighting went on in "
                           "northern Norway too.", 1),
        Block("paragraph", "Residents returned to southern Somalia on Monday.", 2)))
    named = {(m.text, m.name, m.kind.value) for m in EXTRACTOR.extract(article).mentions if m.kind is not
             EntityKind.STATE}
    assert ("southern Somalia", "Southern Somalia", REGION) in named
    assert ("northern Norway", "Norway", COUNTRY) in named


def test_a_second_verb_after_an_opening_phrase_is_told_of_the_subject():
    events = extract("The same day, Kenyan President Lena Okafor said she was optimistic and invited Jan Kowalski to "
                     "attend a signing.").events
    invited = next(e for e in events if "invited" in e.sentence)
    assert invited.sentence == "Lena Okafor invited Jan Kowalski to attend a signing."
    assert {"Lena Okafor", "Jan Kowalski"} <= {m.name for m in invited.participants}


def test_it_opening_a_sentence_is_the_body_that_opens_the_one_before():
    events = extract("Kenya trains Somalia's army and keeps a base in Mogadishu. It has also sold drones to "
                     "Norway.").events
    drones = next(e for e in events if "drones" in e.sentence)
    assert drones.sentence.startswith("Kenya has also sold drones")
    assert {m.name for m in drones.participants} == {"Kenya", "Norway"}


def test_a_colon_dateline_stays_out_of_the_summary():
    events = extract("New Delhi: In a big development, Kenya and India agreed on Thursday to resume flights.").events
    assert events[0].sentence.startswith("In a big development")


def test_a_clock_time_before_brackets_ends_no_sentence():
    events = extract("On Sunday gunmen attacked a Kenyan patrol at about 3 a.m. (01:00 GMT) in Lodwar.").events
    assert [e.sentence for e in events] == ["On Sunday gunmen attacked a Kenyan patrol at about 3 a.m. (01:00 GMT) "
                                            "in Lodwar."]


def test_a_quote_with_its_speaker_is_no_event_but_reported_speech_is():
    extraction = extract("Lena Okafor said the talks had failed. “We will not return,” she said.")
    assert [e.sentence for e in extraction.events] == ["Lena Okafor said the talks had failed."]
    assert [q.text for q in extraction.quotes] == ["We will not return,"]


def test_a_quote_whose_speaker_is_named_opens_a_statement_headed_by_the_speaker():
    blocks = (Block("paragraph", "Lena Okafor met Jan Kowalski on Monday.", 1),
              Block("paragraph", "“Kenya sees Norway as a partner,” Jan Kowalski told reporters. “We agree,” he said.", 2))
    events = EXTRACTOR.extract(Article("case", "Case", dt.date(2026, 3, 4), "case.txt", blocks)).events
    statement, = [e for e in events if e.source.paragraph == 2]
    assert [m.name for m in statement.participants][:1] == ["Jan Kowalski"]
    assert headline(statement.sentence, None, "Jan Kowalski") == "Jan Kowalski: “Kenya sees Norway as a partner”"


def test_an_event_concerns_the_states_its_sentence_names():
    event, *_ = extract("Lena Okafor was detained in 2015 while visiting her family in Nairobi, "
                        "on charges that Norway called “baseless”.").events
    assert [m.name for m in event.participants] == ["Lena Okafor", "Nairobi", "Norway"]  # detained there


def test_reported_speech_partly_in_the_speakers_words_is_an_event():
    extraction = extract("Lena Okafor said the accord was “a potentially significant step toward peace”.")
    assert [e.sentence for e in extraction.events] == [
        "Lena Okafor said the accord was “a potentially significant step toward peace”."]
    assert [q.text for q in extraction.quotes] == ["a potentially significant step toward peace"]


def test_a_headline_leaves_out_a_closed_aside_and_keeps_who_did_what():
    assert headline("Lena Okafor's armoured train, which left Oslo on Saturday, pulled into Nairobi on Tuesday.") \
        == "Lena Okafor's armoured train pulled into Nairobi on Tuesday"


def test_the_second_verb_of_an_aside_stays_in_the_aside():
    paragraphs = ["Lena Okafor arrived in Nairobi on Tuesday for the summit.",
                  "Okafor's green armoured train, which left Oslo on Saturday afternoon and crossed into Kenya that "
                  "night, pulled into the border station of Varnecka on Tuesday."]
    blocks = tuple(Block("paragraph", text, number) for number, text in enumerate(paragraphs, 1))
    events = EXTRACTOR.extract(Article("case", "Case", dt.date(2026, 3, 4), "case.txt", blocks)).events
    dates = {event.sentence.split(" on ")[0]: event.date.iso() for event in events}
    assert dates["Okafor's green armoured train left Oslo"] == "2026-02-28"
    assert dates["Okafor's green armoured train pulled into the border station of Varnecka"] == "2026-03-03"


def test_a_platform_where_something_was_posted_is_no_place_or_actor():
    mentions = extract("Lena Okafor wrote on Telegram and on Truth Social that the talks had failed.").mentions
    assert [(m.name, m.kind.value) for m in mentions] == [("Lena Okafor", PERSON)]


def test_a_surname_where_a_place_could_stand_is_the_person_named_in_full():
    blocks = (Block("paragraph", "President Lena Okafor met the envoy.", 1),
              Block("paragraph", "The envoy came to the summit standing next to Okafor in Nairobi.", 2))
    mentions = EXTRACTOR.extract(Article("case", "Case", None, "case.txt", blocks)).mentions
    assert [(m.text, m.kind.value) for m in mentions] == [("Lena Okafor", PERSON), ("Okafor", PERSON),
                                                          ("Nairobi", CITY)]


@pytest.mark.parametrize("text", ["They spoke of ending the Kenyan War.", "A boat crossed Lake Varnecka.",
                                  "It said guests gathered in the Rose Garden."])
def test_a_war_a_lake_or_a_garden_is_no_person(text):
    assert [m.name for m in extract(text).mentions if m.kind is EntityKind.PERSON] == []


def test_a_quote_repeated_from_a_subheading_takes_the_speaker_it_has_below():
    blocks = (Block("paragraph", "Lena Okafor spoke in Nairobi on Monday.", 1),
              Block("paragraph", "“We did what we came to do”", 2),
              Block("paragraph", "“We did what we came to do,” Okafor said.", 3))
    quotes = EXTRACTOR.extract(Article("case", "Case", None, "case.txt", blocks)).quotes
    assert [q.speaker.name for q in quotes] == ["Okafor", "Okafor"]


@pytest.mark.parametrize("verb", ["snapped", "quipped", "scoffed"])
def test_less_common_speech_verbs_name_the_speaker(verb):
    quotes = extract(f"“I am not confident,” Lena Okafor {verb}.").quotes
    assert [q.speaker.name for q in quotes] == ["Lena Okafor"]


@pytest.mark.parametrize("text, expected", [
    ("It said the third Arab state and other Arab countries would follow.", []),
    ("The word was written in Arabic, English and Hebrew.", []),
    ("It said crowds filled the streets of the Azeri capital.", [("Baku", CITY)]),
    ("It said missiles fell between the Korean peninsula and Japan.", [("Korean Peninsula", REGION),
                                                                      ("Japan", COUNTRY)]),
    ("It said Kurdish and Western officials had met.", []),
])
def test_peoples_languages_and_adjectives_name_no_place_or_actor(text, expected):
    assert [(m.name, m.kind.value) for m in extract(text).mentions if m.rule != LONE] == expected


def test_airports_lakes_mounts_mausoleums_and_complexes_are_named_whole():
    text = ("It landed at Nairobi airport and then at Varnecka airport, near Lake Victoria. He laid a wreath at the "
            "Lena Okafor Mausoleum and visited the Varnecka Industrial Complex and Mount Kenya.")
    assert sorted((m.name, m.kind.value) for m in extract(text).mentions if m.rule != LONE) == [
        ("Lake Victoria", SEA), ("Lena Okafor Mausoleum", BUILDING), ("Mount Kenya", REGION),
        ("Nairobi airport", BUILDING), ("Varnecka Industrial Complex", BUILDING), ("Varnecka airport", BUILDING)]


@pytest.mark.parametrize("text, expected", [
    ("It said ships will sail from Nairobi, Varnecka and Tamsin.", ["Nairobi", "Varnecka", "Tamsin"]),
    ("It said flights resumed at Nairobi's airport.", ["Nairobi airport"]),
    ("Okafor touched down at Nairobi-Varnecka airport late.", ["Nairobi-Varnecka airport"]),
    ("In Nairobi, Okafor said no.", ["Nairobi"]),
])
def test_a_name_listed_with_places_is_a_place_and_a_citys_airport_a_building(text, expected):
    assert [m.name for m in extract(text).mentions if not m.kind.is_actor] == expected


def test_a_seat_of_government_that_acts_stands_for_its_state():
    extraction = extract("“We will not comment,” the Kremlin said. Kremlin spokesman Lena Okafor spoke at the Kremlin.")
    assert [(m.text, m.name, m.kind.value) for m in extraction.mentions] == [
        ("Kremlin", "Russia", STATE), ("Kremlin", "Russia", STATE), ("Lena Okafor", "Lena Okafor", PERSON),
        ("Kremlin", "Kremlin", BUILDING)]  # "Kremlin spokesman": the spokesman of the state's government
    assert [q.speaker.name for q in extraction.quotes] == ["Russia"]


@pytest.mark.parametrize("text", ["Inside Okafor's camp, aides worried.", "“While I am here, we talk,” she said.",
                                  "Hostages were freed on Monday."])
def test_an_opening_preposition_a_pronoun_or_a_plural_noun_is_no_name(text):
    assert [m.name for m in extract(text).mentions if m.kind is EntityKind.PERSON and " " in m.name] == []
    assert "Hostages" not in [m.name for m in extract(text).mentions]


def test_a_clause_about_him_by_pronoun_has_him_among_its_participants_and_in_its_headline():
    blocks = (Block("paragraph", "Lena Okafor spoke at a news conference on Monday.", 1),
              Block("paragraph", "Before boarding her plane, she walked it back. Her motorcade left at 3 p.m.", 2))
    events = EXTRACTOR.extract(Article("case", "Case", dt.date(2026, 3, 4), "case.txt", blocks)).events
    assert [[m.name for m in e.participants][:1] for e in events] == [["Lena Okafor"]] * 3
    assert headline(events[2].sentence, "Lena Okafor") == "Lena Okafor's motorcade left at 3 p.m"


def test_a_possessive_pronoun_before_the_named_subject_is_not_the_subject_s():
    assert headline("His main challenger Jan Okafor said civilians were shot at.", "Jan Okafor") == \
        "His main challenger Jan Okafor said civilians were shot at"


@pytest.mark.parametrize("sentence, expected", [
    ("The truce takes effect on Thursday, Kenya's foreign ministry said.",
     "The truce takes effect on Thursday, Kenya's foreign ministry said"),
    ("On Thursday, Kenya signed the deal.", "Kenya signed the deal"),
    ("Late on Monday night, Norwegian jets struck.", "Norwegian jets struck"),
    ("Thursday, Kenya signed.", "Kenya signed"),
    ("In Nairobi, the talks ended.", "In Nairobi, the talks ended"),
    ("A war that began on October 7, 2023", "A war that began on October 7, 2023"),
])
def test_a_headline_drops_a_lead_in_time_but_not_a_clause_ending_on_a_day(sentence, expected):
    assert headline(sentence) == expected


def test_a_short_name_is_the_country_the_article_names_in_full_after_of_only():
    mentions = extract("The Democratic Republic of Congo signed the deal. Millions have fled in eastern Congo. "
                       "Kenya named an envoy to South Sudan and Sudan.").mentions
    assert [m.name for m in mentions if m.key.startswith("country:")] == [
        "Democratic Republic of the Congo", "Democratic Republic of the Congo", "Kenya", "South Sudan", "Sudan"]


def test_a_name_fighters_belong_to_is_an_armed_group():
    assert named_kinds("Militants loyal to Ansar Kowal shelled the town. Tanzim Velan fighters fled.") == [
        ("Ansar Kowal", GROUP), ("Tanzim Velan", GROUP)]


def test_two_directions_sharing_a_name_are_two_places():
    assert named_kinds("Rebels pushed into North and South Varnecka. North and South Korea met.") == [
        ("North Varnecka", REGION), ("South Varnecka", REGION), ("North Korea", STATE), ("South Korea", STATE)]


def test_the_holder_of_a_role_is_named_after_the_place_it_is_of():
    mentions = extract("She was met by the mayor of Arendal Tomas Brenner at the station.").mentions
    assert [(m.name, m.kind.value, m.role) for m in mentions] == [
        ("Arendal", CITY, None), ("Tomas Brenner", PERSON, "mayor of Arendal")]


def test_a_name_after_an_institution_is_a_person_of_its_own():
    mentions = extract("He was met by the commandant of the Kremlin Jan Kowalski.").mentions
    assert [(m.name, m.kind.value) for m in mentions] == [("Kremlin", ORG), ("Jan Kowalski", PERSON)]


def test_a_name_before_state_visit_is_no_region_and_a_numbered_airport_is_named_whole():
    mentions = extract("Kenyan President Okafor landed at the Arendo-2 airport during Okafor's state visit.").mentions
    assert [(m.name, m.kind.value) for m in mentions] == [
        ("Kenya", STATE), ("Okafor", PERSON), ("Arendo-2 airport", BUILDING), ("Okafor", PERSON)]


def test_an_institution_opening_a_longer_name_leaves_the_name_whole():
    text = ("The White House Correspondents' Association objected. White House Press Secretary Lena Okafor "
            "spoke. She spoke in the White House Rose Garden.")
    assert [m.name for m in extract(text).mentions] == [
        "White House Correspondents' Association", "White House", "Lena Okafor", "White House Rose Garden"]


@pytest.mark.parametrize("text, expected", [
    ("The families in Sheikh Jarrah face eviction.", [("Sheikh Jarrah", REGION)]),
    ("Sheikh Tamim met them in Doha.", [("Tamim", PERSON), ("Doha", CITY)]),
])
def test_an_honorific_after_in_names_a_place_and_before_a_verb_a_person(text, expected):
    assert named_kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Director of National Intelligence Lena Okafor warned Kenya.", [("Lena Okafor", PERSON), ("Kenya", STATE)]),
    ("Special Counsel Jan Kowalski said so.", [("Jan Kowalski", PERSON)]),
    ("Okafor invited Kowalski to the World Cup in Kenya.", [("Okafor", PERSON), ("Kowalski", PERSON),
                                                            ("Kenya", COUNTRY)]),
    ("They sat down at the Summit of the Americas in Kenya.", [("Kenya", COUNTRY)]),
])
def test_an_office_named_with_of_is_a_title_and_an_occasion_is_no_one(text, expected):
    assert named_kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Okafor will visit Nairobi in May.", [("Okafor", PERSON), ("Nairobi", CITY)]),
    ("Okafor left Nairobi on Tuesday.", [("Okafor", PERSON), ("Nairobi", CITY)]),
    ("Okafor carried the plan to Nairobi.", [("Okafor", PERSON), ("Nairobi", CITY)]),
    ("Nairobi said the talks failed.", [("Kenya", STATE)]),
])
def test_a_capital_visited_or_left_is_the_city_and_one_that_speaks_is_its_state(text, expected):
    assert named_kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Norway's entry into Nato was approved.", [("Norway", STATE), ("NATO", ORG)]),
    ("Fighting stopped at Easter.", []),
    ("Leaders met at the G20 in Nairobi.", [("G20", ORG), ("Nairobi", CITY)]),
])
def test_a_body_written_as_a_word_a_holiday_and_a_numbered_forum_are_no_place(text, expected):
    assert named_kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Karim Nadir al-Cairo said so.", [("Karim Nadir al-Cairo", PERSON)]),
    ("Mombasa Sheikh Okafor and Jan Kowalski agreed to meet.", [("Mombasa Sheikh Okafor", PERSON),
                                                               ("Jan Kowalski", PERSON)]),
])
def test_a_place_inside_a_name_after_a_particle_or_before_an_honorific_is_part_of_the_name(text, expected):
    assert named_kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kenyan Council President Lena Okafor and Norway's Commission President Jan Kowalski met.",
     [("Kenyan Council", ORG), ("Lena Okafor", PERSON), ("Norway", STATE), ("Jan Kowalski", PERSON)]),
    ("Senators Lena Okafor and Jan Kowalski arrived.", [("Lena Okafor", PERSON), ("Jan Kowalski", PERSON)]),
    ("The Nairobi Republican said so.", []),
    ("Pope Lena met Patriarch Jan in Nairobi.", [("Pope Lena", PERSON), ("Patriarch Jan", PERSON),
                                                ("Nairobi", CITY)]),
    ("The two Koreas agreed, and Europeans cheered.", []),
])
def test_titles_inside_and_before_names_and_peoples_plural(text, expected):
    assert named_kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Okafor left for Nairobi on Monday.", [("Okafor", PERSON), ("Nairobi", CITY)]),
    ("They met at the Nairobi summit in 2008.", [("Nairobi", CITY)]),
    ("The troops must leave Varnecka by Friday.", [("Varnecka", OTHER)]),
])
def test_a_capital_left_for_or_naming_a_summit_and_an_unknown_place_left_are_places(text, expected):
    assert named_kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Indian PM Jan Kowalski met Lena Okafor.", [("India", STATE), ("Jan Kowalski", PERSON), ("Lena Okafor", PERSON)]),
    ("“We agreed,” PM Kowalski told reporters.", [("Kowalski", PERSON)]),
    ("Kenyan President @DaraVelan and @SecKowalski agreed, #peace.", [("Kenya", STATE)]),
    ("The clashes drew in the Islamist-led government.", []),
    ("Later, Okafor's delegation arrived.", [("Okafor", PERSON)]),
    ("At least 12 members of Okafor's People Power Party joined.", [("Okafor", PERSON), ("People Power Party", ORG)]),
    ("Enough lawmakers managed to enter.", []),
])
def test_short_titles_handles_qualifiers_and_possessors_of_groups(text, expected):
    """"PM" is a title; a handle is no name; "Islamist-led" qualifies a noun and is no place; the owner of a
    delegation or party is a person, not a group of that name; "Enough" opens a sentence."""
    assert named_kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Lena King, an analyst at the University of Arendal, spoke.",
     [("Lena King", PERSON), ("University of Arendal", ORG)]),
    ("It could have escalated into World War Three, said Middle East envoy Tomas Brel.", [("Tomas Brel", PERSON)]),
    ("The buses were escorted by Kenya Red Crescent vehicles.", [("Kenya Red Crescent", ORG)]),
    ("Rights activists and Security sources disagreed.", []),
])
def test_a_title_word_as_surname_an_institution_of_a_city_and_no_place_in_a_war_or_a_role(text, expected):
    assert named_kinds(text) == expected


def test_a_full_name_after_to_is_the_person_named_so_elsewhere_not_a_place():
    article = Article("case", "Case", dt.date(2025, 3, 12), "case.txt", (
        Block("paragraph", "Kenya's envoy will travel to Oslo to propose the truce to Lena Okafor.", 1),
        Block("paragraph", "In Norway, Lena Okafor will decide whether to accept it.", 2)))
    kinds = {(m.name, m.kind.value) for m in EXTRACTOR.extract(article).mentions}
    assert ("Lena Okafor", PERSON) in kinds and ("Lena Okafor", OTHER) not in kinds


@pytest.mark.parametrize("text, expected", [
    ("ARENDAL, March 5 (Xinhua) -- Kenya's parliament voted on Wednesday to lift a curfew.",
     [("Arendal", CITY), ("Kenya's parliament", ORG)]),
    ("Republican Sen. Lena Okafor of South Carolina spoke, and Democrat Dara Velan answered.",
     [("Lena Okafor", PERSON), ("South Carolina", REGION), ("Dara Velan", PERSON)]),
])
def test_an_agency_in_a_dateline_and_a_party_before_a_name_are_no_one(text, expected):
    assert named_kinds(text) == expected


def test_an_agency_dateline_with_a_colon_is_no_part_of_the_lead_and_its_date_is_not_the_news():
    article = Article("case", "Case", dt.date(2025, 10, 24), "case.txt", (Block(
        "paragraph", "Washington DC [US], October 24 (ANI): Norwegian Prime Minister Lena Okafor on Thursday "
                     "(local time) responded to Kenya's criticism.", 1),))
    events = EXTRACTOR.extract(article).events
    assert [(e.date.iso(), e.sentence[:24]) for e in events] == [("2025-10-23", "Norwegian Prime Minister")]


def test_a_dateline_standing_as_a_paragraph_of_its_own_leaves_the_next_one_the_lead():
    article = Article("case", "Case", dt.date(2025, 3, 12), "case.txt", (
        Block("paragraph", "BERGEN", 1),
        Block("paragraph", "Norwegian Prime Minister Jan Kowalski criticised Kenya on Tuesday.", 2),
        Block("paragraph", "Speaking at his residence, Kowalski said the dispute was senseless.", 3)))
    events = EXTRACTOR.extract(article).events
    assert [e.date.iso() for e in events] == ["2025-03-11", "2025-03-11"]


@pytest.mark.parametrize("text, role", [
    ("Kenya's Telecoms Minister, Johnny Corm, told reporters it was foul play.", "Telecoms Minister"),
    ("Kenya's Defence Minister, General Tomas Brel, said the truce held.", "Defence Minister"),
    ("Secretary of the Treasury Lena Okafor said sanctions would follow.", "Secretary of the Treasury"),
])
def test_a_title_set_off_from_its_holder_by_commas_and_a_long_us_title_name_their_holder(text, role):
    people = [m for m in extract(text).mentions if m.kind.value == PERSON]
    assert len(people) == 1 and role in (people[0].role or "")


def test_a_name_before_strongholds_or_positions_is_whose_they_are_not_a_place():
    kinds = named_kinds("Norwegian jets bombarded Tavrani strongholds in southern Arendal.")
    assert ("Tavrani", OTHER) not in kinds and ("Arendal", CITY) in kinds


@pytest.mark.parametrize("sentence, word", [
    ("The deal is built on Resolution 1701 of the Security Council.", "Resolution"),
    ("Kenya invoked Article 5 on Monday.", "Article"),
])
def test_a_numbered_text_is_no_name(sentence, word):
    assert word not in [name for name, _ in named_kinds(sentence)]


@pytest.mark.parametrize("sentence, seas", [
    ("The emir of Oman received Gulf leaders in Muscat on Tuesday.", []),
    ("Iranian boats harassed a tanker in the Gulf on Monday.", [("Persian Gulf", "sea")]),
    ("Kenya sent ships to the Atlantic coast.", [("Atlantic Ocean", "sea")]),
])
def test_a_sea_s_one_word_alias_as_an_adjective_is_no_place(sentence, seas):
    assert [(name, kind) for name, kind in named_kinds(sentence) if kind == "sea"] == seas


def test_the_statement_of_an_office_no_name_stands_for_is_not_the_speaker_before():
    assert quotes_of("Security adviser Dara Velan told reporters that Oslo would \"review every option\".",
                     "The presidential office welcomed the deal in a statement.",
                     "\"It is absurd to claim this treaty weakens our defences,\" the statement said.") == \
        [("Dara Velan", "person"), None]


def test_the_words_of_an_agreement_are_no_one_s_in_its_sentence():
    assert quotes_of("Kenya and Norway signed a river-sharing deal in Oslo on Thursday.",
                     "Kenya \"will be paid\" by the operator of the dam \"for its rights to any water\", the agreement "
                     "says.") == [None, None]


def test_he_added_after_a_quote_an_office_was_credited_with_is_the_office_holder():
    assert quotes_of("Kenyan Prime Minister Jan Kowalski was met at the airport by Norwegian President Dara Velan on "
                     "Tuesday. He was then driven to the concert hall.",
                     "\"These talks helped us reach the agreement,\" the president told the meeting. \"There is a "
                     "desperate need to unite our efforts,\" he added.") == [("Dara Velan", "person")] * 2


@pytest.mark.parametrize("sentence, name, kind", [
    ("Norvale, the Oslo-listed company that operates the field, began producing gas.", "Norvale", "organisation"),
    ("Kenya's flag carrier Chilea said it would resume flights on Monday.", "Chilea", "organisation"),
    ("A separate license covers state gold miner Aurelia Mining.", "Aurelia Mining", "organisation"),
    ("The Treasury allowed Kestrel Oil to resume pumping oil.", "Kestrel Oil", "organisation"),
    ("Drones flew toward the Orlik gas platform on Saturday.", "Orlik gas platform", "building"),
])
def test_a_company_by_its_trade_and_a_named_site(sentence, name, kind):
    assert (name, kind) in named_kinds(sentence)


@pytest.mark.parametrize("sentence, place", [
    ("The truce covered only the area between Velika Dobra and Stari Most.", "Stari Most"),
    ("The truce covered only the area between Velika Dobra and Stari Most.", "Velika Dobra"),
    ("Okafor landed in Vladivostok after a stop in Khabarovsk in Russia's Far East.", "Russian Far East"),
])
def test_the_two_ends_of_a_stretch_and_the_far_east_are_places(sentence, place):
    assert dict(named_kinds(sentence))[place] in ("other", "region", "city")


@pytest.mark.parametrize("sentence, kind", [
    ("He was detained in an Oslo hotel in March.", "city"),
    ("Okafor signed a similar letter in her Nairobi office.", "city"),
    ("The Nairobi government denied it.", "state"),
])
def test_a_capital_naming_a_site_is_the_city(sentence, kind):
    assert [k for _, k in named_kinds(sentence)][-1] == kind


def test_the_speaker_is_the_head_of_an_appositive_that_ends_on_another_name():
    assert quotes_of("Dara Velan, an adviser to President Lena Okafor, wrote on Twitter that the blast was "
                     "\"the beginning\".") == [("Dara Velan", "person")]


def test_a_joint_text_with_no_issuer_speaks_for_the_first_of_the_lead_s_parties():
    lead = "Kenyan President Jan Kowalski and Norwegian Prime Minister Lena Okafor signed a declaration on Friday."
    assert quotes_of(lead, "“There will be no more war,” the document said.") == [("Jan Kowalski", PERSON)]
    assert quotes_of("Kenya and Norway ended their talks in Oslo on Friday.",
                     "“We have asked one day more,” the two delegations said in a joint statement.") == \
        [("Kenya", STATE)]
    assert quotes_of(lead, "“The talks went well,” a diplomat said.") == [None]


def test_a_nickname_is_no_quote():
    assert quotes_of("Jan Kowalski, dubbed the \"Merchant of Death\", was freed on Thursday.") == []


def test_an_operation_s_name_is_no_quote_but_what_one_calls_a_thing_is():
    assert quotes_of("The Kenyan army struck on Saturday in an operation it called “Iron Swords”.") == []
    assert quotes_of("Jan Kowalski called the deal “a disaster”.") == [("Jan Kowalski", "person")]


def test_a_statement_after_a_sentence_about_someone_is_theirs():
    assert quotes_of("Kenyan trade minister Jan Kowalski signed the port deal in Accra on Thursday. \"We encourage "
                     "our partners to follow,\" Kowalski said.",
                     "In Accra, President Kofi Mensah welcomed the deal. \"Together we will build a stronger "
                     "economy,\" the statement said.") == [("Kowalski", PERSON), ("Kofi Mensah", PERSON)]


@pytest.mark.parametrize("paragraphs, speakers", [
    (("Prime Minister Jan Kowalski of Norway welcomed the accord. \"We pay our compliments to both leaders,\" his "
      "statement said.",), [("Jan Kowalski", PERSON)]),
    (("President Lena Okafor said on Saturday that talks would go on. \"The best way is a full agreement,\" her "
      "post on social media said.",), [("Lena Okafor", PERSON)]),
    (("Former spy chief Jan Kowalski has been arrested, the State Security Bureau said on Saturday.",
      "\"The bureau opened an investigation into treason,\" the statement said."), [("State Security Bureau", ORG)]),
    (("\"We were told nothing,\" Jan Kowalski, the Kenyan transport minister, said in a statement.",
      "Lena Okafor condemned the strike, her deputy spokesman Tomas Lind said. \"These ferries are needed,\" the "
      "statement said."), [("Jan Kowalski", PERSON), ("Tomas Lind", PERSON)]),
])
def test_a_statement_is_its_possessor_s_or_the_one_who_said_the_sentence_before(paragraphs, speakers):
    assert quotes_of(*paragraphs) == speakers


def test_a_statement_introduced_paragraphs_before_the_one_before_is_no_longer_the_statement():
    assert quotes_of("Prime Minister Jan Kowalski issued a statement on Tuesday condemning the coup.",
                     "Soldiers detained the president at his residence in Bamako.",
                     "The United Nations also condemned the takeover.",
                     "“The Secretary-General strongly condemns these actions,” the statement said.") == [None]


def test_he_after_the_president_opening_a_paragraph_is_the_president_titled_without_a_country():
    assert quotes_of("President Jan Kowalski spoke by phone with French President Marek Dolan on Saturday. The French "
                     "leader backed a summit.",
                     "A day earlier, the president authorised troops to open fire. “I have given the order,” he said "
                     "in a televised address.") == [("Jan Kowalski", PERSON)]


def test_a_month_s_name_alone_is_the_surname_the_article_wrote_in_full():
    assert quotes_of("Prime Minister Lena May resigned in May. “We welcome it,” May said on Friday.") == \
        [("May", PERSON)]


def test_a_statement_an_office_opens_with_is_the_office_holder_s():
    assert quotes_of("Hours later, President Jan Kowalski spoke in Mombasa. In a written statement, the president "
                     "recalled that he had proposed the plan months ago. \"My team worked night and day to get "
                     "this done,\" the statement said.") == [("Jan Kowalski", PERSON)]


def test_words_quoted_after_a_modal_in_a_reported_clause_are_the_reporter_s():
    assert quotes_of("Lena Okafor, the president of Norway, met Jan Kowalski in Vienna on Thursday.",
                     "The Norwegian president warned that Oslo would respond \"with all its might\" to any new "
                     "attack.") == [("Norwegian president", "role reference")]  # Okafor, once resolved


@pytest.mark.parametrize("sentence, expected", [
    ("Addressing the U.N. Security Council the same day, the Kenyan leader said the vote changed nothing.",
     [("U.N. Security Council", ORG)]),
    ("Addressing the African Union summit on Friday, Okafor said no.", [("African Union", ORG)]),
])
def test_an_opening_participle_is_no_part_of_the_body_it_addresses(sentence, expected):
    assert [(n, k) for n, k in named_kinds(sentence) if k == ORG] == expected


@pytest.mark.parametrize("sentence", [
    "Kenya's Ambassador to the U.N. Lena Okafor told reporters after the vote.",
    "Kenya's Ambassador to the UN Lena Okafor told reporters after the vote.",
])
def test_a_name_right_after_an_acronym_is_a_person_of_its_own(sentence):
    assert ("Lena Okafor", PERSON) in named_kinds(sentence)


@pytest.mark.parametrize("sentence, kind", [
    ("Thirty-five states abstained, among them Kenya, Norway and South Africa.", STATE),
    ("South Sudan rejected the plan on Friday.", STATE),
    ("The talks were held in South Africa.", "country"),
])
def test_a_country_whose_name_opens_with_a_direction_acts_like_any_other(sentence, kind):
    assert [k for n, k in named_kinds(sentence) if n.startswith("South")] == [kind]


def test_a_description_ending_on_a_role_noun_is_the_one_person_named_before():
    assert quotes_of("Secretary of State Jan Kowalski said Oslo had known the two countries were at odds. \"It's no "
                     "surprise that we got a defensive response,\" the top Norwegian diplomat said.",
                     "Amara Wanjiru, a member of Kenya's Politburo, spoke for 20 minutes. \"Oslo does not speak for "
                     "the world,\" the Politburo member added.") == [("Jan Kowalski", PERSON),
                                                                     ("Amara Wanjiru", PERSON)]


@pytest.mark.parametrize("paragraphs, expected", [
    (("Norwegian Deputy Foreign Minister Jan Kowalski said on Thursday that Oslo would bolster its forces. \"We will "
      "strengthen our military potential in the west,\" he was quoted as saying by the NTB news agency.",),
     [("Jan Kowalski", PERSON)]),
    (("Kenyan Prime Minister Lena Okafor last week called the poll \"a sham\".",), [("Lena Okafor", PERSON)]),
    (("Explosions were heard near the border town of Kars, Tomas Berg, the province's deputy governor, told state "
      "television.", "\"Three women were killed in this incident,\" he said."), [("Tomas Berg", PERSON)]),
])
def test_speakers_behind_a_passive_a_time_or_a_plural_opening_the_sentence_before(paragraphs, expected):
    assert quotes_of(*paragraphs) == expected


def test_a_people_and_a_comma_before_a_body_s_noun_make_no_national_body():
    assert [n for n, k in named_kinds("The commando was made up of 28 attackers, including 26 Colombians, police "
                                      "chief Lena Okafor said.") if k == ORG] == []


def test_a_seat_of_government_followed_by_alongside_is_the_building():
    assert ("White House", "building") in named_kinds(
        "Kowalski announced the alliance on Wednesday at the White House alongside Kenyan President Lena Okafor.")


@pytest.mark.parametrize("sentence, expected", [
    ("Armed Forces Minister Jan Kowalski said there were no plans for more strikes.", [("Jan Kowalski", PERSON)]),
    ("Eleven members voted in favour, none against.", []),
    ("Ninety people were killed in the raids.", []),
])
def test_a_portfolio_before_minister_and_a_number_opening_a_sentence_name_no_one(sentence, expected):
    assert [(n, k) for n, k in named_kinds(sentence)] == expected


def test_the_movement_said_after_a_quote_about_its_dead_leader_is_not_the_leader():
    assert quotes_of("Solidarity Front leader Lena Okafor was killed on Tuesday.",
                     "Okafor \"will be given an official funeral tomorrow,\" the movement said on Wednesday.") == \
        [("Solidarity Front", ORG)]


def test_a_long_name_opening_the_sentence_after_a_question_is_the_speaker():
    assert quotes_of("\"How can mediation succeed when one party kills the negotiator?\" Sheikh Omar bin Khalid Al "
                     "Mansour wrote on X.") == [("Omar bin Khalid Al Mansour", PERSON)]


@pytest.mark.parametrize("sentence, expected", [
    ("The spokesman told Al Jazeera on Friday that talks would resume.", []),
    ("Jan Kowalski told France Info radio that it was a stab in the back.", [("Jan Kowalski", PERSON)]),
    ("Al Jazeera called the strike an attack on journalists.", [("Al Jazeera", ORG)]),
])
def test_a_known_outlet_that_carries_the_news_is_no_actor_and_one_that_acts_is_a_body(sentence, expected):
    assert named_kinds(sentence) == expected


def test_a_plural_noun_opening_a_sentence_is_no_one_a_pronoun_could_mean():
    assert quotes_of("Police chief Jan Kowalski spoke on Friday. Authorities had said late on Wednesday that four "
                     "suspects were killed; Kowalski did not explain the discrepancy. \"We are pursuing them,\" he "
                     "said.") == [("Kowalski", "person")]


def test_a_speech_verb_in_the_passive_names_no_speaker_and_the_one_before_it_does():
    assert quotes_of("Foreign Minister Jan Kowalski had said earlier in the day that if sabotage were confirmed, it "
                     "was \"certainly not in anyone's interest\", and he offered help.") == [("Jan Kowalski", "person")]


def test_an_office_opening_a_clause_after_a_name_is_its_holder_not_that_name():
    assert quotes_of("President Jan Kowalski flew home.",
                     "Hours earlier, after landing in Arendal to visit relatives with his son Tomas, the president had "
                     "answered a shouted question with four words: \"We will handle it.\"") == \
        [("Jan Kowalski", "person")]


def test_the_prime_minister_is_no_president_but_the_prime_minister_named_last():
    assert quotes_of("Kenyan Prime Minister Dara Velan spoke on Monday.",
                     "Norwegian Prime Minister Lena Okafor met President Jan Kowalski on Thursday. Kowalski read the "
                     "letter and replied: \"It would be an honour.\"",
                     "At a news conference later, the prime minister said history \"must side with the peacemaker\"."
                     )[-1] == ("Lena Okafor", "person")


def test_the_supreme_leader_is_the_one_titled_so_not_another_group_s_leader():
    assert quotes_of("The president met Arendal's Supreme Leader, Ayatollah Tomas Berg.",
                     "\"It is a cowardly act,\" Solidarity Front leader Lena Okafor said.",
                     "\"We consider it our duty to respond,\" the supreme leader said.")[-1] == ("Tomas Berg", PERSON)


@pytest.mark.parametrize("sentence, expected", [
    ("The U.S. embassy in Conakry said on Friday that the army should \"immediately restore democracy\".",
     "U.S. embassy in Conakry"),
    ("Kenya's embassy warned citizens to \"leave at once\".", "Kenya's embassy"),
    ("The Kenyan embassy had issued a statement \"firmly denying any involvement\".", "Kenyan embassy"),
])
def test_an_embassy_that_speaks_is_the_country_s_mission(sentence, expected):
    speaker = extract(sentence).quotes[0].speaker
    assert (speaker.name, speaker.kind) == (expected, EntityKind.ORGANISATION)


def test_an_embassy_where_something_happens_is_a_building():
    mentions = extract("Protesters gathered outside the U.S. embassy in Baghdad on Tuesday.").mentions
    assert ("U.S. embassy in Baghdad", EntityKind.BUILDING) in [(m.name, m.kind) for m in mentions]


@pytest.mark.parametrize("sentence, name", [
    ("Members of the Rally of the Arendal People (RAP) met on Monday.", "Rally of the Arendal People"),
    ("The Rally of the Democratic Forces (RDF) met on Monday.", "Rally of the Democratic Forces"),
    ("Troops fought the Front for Change and Concord in Arendal (Fact) on Monday.",
     "Front for Change and Concord in Arendal"),
])
def test_a_name_whose_initials_in_any_order_follow_in_brackets_is_a_body(sentence, name):
    assert (name, ORG) in named_kinds(sentence)


@pytest.mark.parametrize("text", [
    "Kowalski's body was to be flown to Oslo later on Thursday.",
    "Under the accord, a national committee of Kenya is to be formed by late July.",
    "Kowalski's body is then to be flown to Oslo for a private burial.",
])
def test_what_is_or_was_to_be_done_is_planned(text):
    assert [e.status.value for e in extract(text).events] == ["planned"]


@pytest.mark.parametrize("paragraphs, opening, bodies", [
    (("The Union of Coastal States (UCS) suspended Arendal on Wednesday.", "Leaders of the 15-member bloc, meeting "
      "by video, also agreed to send a delegation to Oslo."), "Leaders", {"Union of Coastal States"}),
    (("The Union of Coastal States (UCS) suspended Arendal on Wednesday.", "The junta, which calls itself the "
      "National Committee for Renewal (NCR), freed 80 prisoners on Tuesday. The junta also lifted the curfew."),
     "The junta also", {"National Committee for Renewal"}),
    (("The Union of Coastal States (UCS) suspended Arendal on Wednesday.", "The junta, which calls itself the "
      "National Committee for Renewal (NCR), freed 80 prisoners on Tuesday."), "The junta,",
     {"National Committee for Renewal"}),
])
def test_a_body_described_by_its_kind_is_the_one_named_before_or_in_its_aside(paragraphs, opening, bodies):
    blocks = tuple(Block("paragraph", text, number) for number, text in enumerate(paragraphs, 1))
    events = EXTRACTOR.extract(Article("case", "Case", dt.date(2025, 3, 12), "case.txt", blocks)).events
    event = next(e for e in events if e.sentence.startswith(opening))
    assert {m.name for m in event.participants if m.kind.value == ORG} == bodies


def test_a_city_named_counts_for_its_country_in_finding_whose_ministry_speaks():
    found = extract_all("Special forces seized President Jan Kowalski in Conakry on Sunday, and Guinea's borders were "
                        "closed.",
                        "France condemned the coup. Gunfire was heard across Conakry, and residents of Conakry stayed "
                        "home.",
                        "France and Guinea have close ties.",
                        "In the afternoon the defence ministry said the guard had repelled the attack.")
    assert [(m.name, m.key) for m in found.mentions if "ministry" in m.key] == \
        [("Guinean defence ministry", "org:country:GIN:defence ministry")]


def test_parliament_without_an_article_after_a_verb_addressing_it_is_the_country_s():
    found = extract_all("Iraq's parliament met on Sunday.", "Prime Minister Jan Kowalski asked parliament to convene "
                        "in an extraordinary session.")
    assert [m.key for m in found.mentions if m.source.paragraph == 2 and m.kind.value == ORG] == \
        ["org:country:IRQ:parliament"]


@pytest.mark.parametrize("sentence, name, role", [
    ("U.S. Deputy Secretary of State for Management Richard Verma said the episode showed it.", "Richard Verma",
     "Deputy Secretary of State for Management of the United States"),
    ("The Commissioner for Human Rights Lena Okafor spoke on Monday.", "Lena Okafor", "Commissioner for Human Rights"),
])
def test_a_portfolio_no_list_knows_after_for_is_part_of_the_title(sentence, name, role):
    assert [(m.name, m.role) for m in extract(sentence).mentions if m.kind.value == PERSON] == [(name, role)]


@pytest.mark.parametrize("sentence, place, kind", [
    ("His remains will be taken to Qom before burial.", "Qom", CITY),
    ("He will be taken to Tehran, where the leader is to lead prayers.", "Tehran", CITY),
    ("The coffins were taken to Kabul on Sunday.", "Kabul", CITY),
])
def test_a_big_city_with_a_short_name_and_a_capital_somewhere_things_happen_are_places(sentence, place, kind):
    assert (place, kind) in named_kinds(sentence)


def test_the_military_council_is_no_peace_and_security_council_named_before():
    found = extract_all("The Union's Peace and Security Council urged the soldiers to respect the constitution.",
                        "The military council has promised elections at the end of an 18-month transition.")
    promised = next(e for e in found.events if e.sentence.startswith("The military council"))
    assert "Peace and Security Council" not in {m.name for m in promised.participants}


@pytest.mark.parametrize("paragraphs, expected", [
    (("Protesters gathered in Nairobi on Monday.", "Riot police blocked a caravan in a district of the capital."),
     ["Nairobi"]),
    (("Protesters gathered in Nairobi on Monday.", "Soldiers took up positions in the capital, Oslo."), ["Oslo"]),
])
def test_the_capital_is_the_capital_named_before_unless_named_there(paragraphs, expected):
    found = extract_all(*paragraphs)
    assert [m.name for m in found.mentions if m.source.paragraph == 2 and m.kind.value == CITY] == expected


def test_a_name_one_speaks_from_is_a_place_not_a_person():
    assert ("Grand Foyer", OTHER) in named_kinds("Speaking from the Grand Foyer on Wednesday, Kowalski said it was "
                                                 "over.")


# (paragraphs, each quote's speaker as (text, kind))
SPEAKER_CASES = [
    pytest.param(("Kenya's rebels said they would hold. \"Any violation will be met with fire,\" said the military's "
                  "chief of staff, Lieutenant General Dara Velan.",),
                 [("Dara Velan", PERSON)], id="a-name-set-off-after-a-long-role-after-said"),
    pytest.param(("The deal follows weeks of diplomacy by Okafor, who held talks with Speaker Dara Velan, the rebels' "
                  "negotiator, in Arendal last Tuesday. \"We have a real opportunity to end this,\" he told "
                  "reporters.",),
                 [("Okafor", PERSON)], id="he-is-not-one-named-in-a-relative-clause-before"),
    pytest.param(("Pope Leo held his first Mass on Sunday. \"I was chosen without merit,\" Leo said.",
                  "At the Regina Caeli prayer that closed the service he turned to the wars. \"In Varnia, the children "
                  "are reduced to starvation,\" the pope said."),
                 [("Leo", PERSON), ("Leo", PERSON)], id="a-name-said-of-a-thing-is-no-one-he-stands-for"),
    pytest.param(("Kenya and Norway met in Oslo. Secretary of State Jan Kowalski said the visit \"offers cover\" to "
                  "Oslo.", "\"The world should not be fooled,\" the top U.S. diplomat told reporters."),
                 [("Jan Kowalski", PERSON), ("Jan Kowalski", PERSON)], id="a-description-is-whoever-was-quoted-last"),
    pytest.param(("\"The operation was carried out with a projectile,\" the Solidarity Front said in a statement "
                  "carried by the Velora news agency. \"The action was designed abroad,\" the statement said.",),
                 [("Solidarity Front", ORG), ("Solidarity Front", ORG)], id="carried-by-an-agency-is-the-issuer-s"),
    pytest.param(("As Kowalski's trip began, Kenya's defence ministry said two bombers had flown over the sea on "
                  "what it called a \"planned flight\".",),
                 [("Kenya's defence ministry", ORG)], id="it-after-an-opening-clause-is-the-main-clause-s-body"),
    pytest.param(("Kowalski, who also denounced the drone attack as \"bestial savagery\", spent the day with "
                  "troops near the front, his office said.",),
                 [("Kowalski", PERSON)], id="one-who-denounced-something-in-a-relative-clause"),
    pytest.param(("Velan \"acted on his own accord,\" Kowalski told a news conference in Arendal. He said "
                  "everything \"had returned to normal.\"",),
                 [("Kowalski", PERSON), ("Kowalski", PERSON)], id="he-after-x-quoted-y-told-is-y"),
    pytest.param(("\"The department continues to take steps,\" Deputy Pentagon Press Secretary Lena Okafor said.",),
                 [("Lena Okafor", PERSON)], id="an-institution-between-titles-is-the-title-s"),
    pytest.param(("Kowalski's party, the Rally of the Arendal People (RAP), said in a statement that it \"noted "
                  "the advent of new authorities\".",),
                 [("Rally of the Arendal People", ORG)], id="an-appositive-naming-what-someone-has-speaks"),
    pytest.param(("Dara Velan, head of Kenya's aviation watchdog Kenavia, said on Friday that \"the situation was "
                  "very complicated\".",),
                 [("Dara Velan", PERSON)], id="the-one-named-in-full-before-an-appositive"),
    pytest.param(("Six armed men raided the offices of her Solidarity Front party and took documents. \"We "
                  "denounce the attacks,\" the party said on X.",),
                 [("Solidarity Front", ORG)], id="the-party-said"),
    pytest.param(("Kowalski said the demands had been handed to Oslo the day before Lena Okafor telephoned him. "
                  "\"We have clearly conveyed our demands. What were they?\"",),
                 [("Kowalski", PERSON)], id="a-quote-alone-after-someone-reports"),
    pytest.param(("The Arendal Centre, which sent 17 experts, said late on Tuesday that \"the vote did not meet "
                  "standards.\" The Solidarity Front's failure to publish results \"constitutes a serious "
                  "breach,\" it said.",),
                 [("Arendal Centre", ORG), ("Arendal Centre", ORG)], id="it-is-no-body-named-only-as-an-owner"),
    pytest.param(("President Jan Kowalski spoke on Tuesday.",
                  "Speaking from the Grand Foyer of the palace on Wednesday, flanked by Vice President Lena Okafor, "
                  "Secretary of State Dara Velan and Defense Secretary Tomas Berg, the president said: \"No one "
                  "was harmed.\""),
                 [("Jan Kowalski", PERSON)], id="the-president-among-people-titled-otherwise"),
    pytest.param(("Spokesman Dara Velan told state-run Kenyan television that the attack \"did not happen in "
                  "Kenya\".",),
                 [("Dara Velan", PERSON)], id="state-run-is-no-stating"),
    pytest.param(("The Solidarity Front first confirmed that pagers \"in the possession of workers\" had "
                  "exploded.",),
                 [("Solidarity Front", ORG)], id="an-adverb-between-the-subject-and-its-verb"),
    pytest.param(("President Jan Kowalski spoke.", "Prime Minister Dara Velan convened the cabinet.",
                  "In Oslo, where he was attending a summit, Kowalski convened a meeting of leaders. Asked whether "
                  "the missile came from Kenya, he told reporters: \"There is information that contests that.\""),
                 [("Kowalski", PERSON)], id="he-in-a-where-clause-before-a-lone-name-is-that-name"),
    pytest.param(("Dara Velan ran without a party. Short, slickly produced videos did the work instead.",
                  "\"We are strong and brave,\" he said on Sunday evening."),
                 [("Dara Velan", PERSON)], id="a-word-capitalised-as-it-opens-a-sentence-is-no-one-he-stands-for"),
    pytest.param(("Kenya's first reaction muddied the picture. Hours later the kingdom condemned \"the terrorist "
                  "attack\".",),
                 [("Kenya", "state")], id="the-kingdom-is-the-state-named-before"),
    pytest.param(("At a press conference in the Kenyan capital, Jan Kowalski, the government's chief spokesman, said "
                  "58 soldiers had been killed. \"Nine soldiers were also wounded,\" he said.",),
                 [("Jan Kowalski", PERSON)], id="a-name-after-a-known-capital-and-a-comma-opens-the-clause"),
    pytest.param(("Shortly before Okafor began, the Kenyan military announced it was striking targets. It later "
                  "said warplanes had hit launchers. \"The army will continue its operations,\" it said.",),
                 [("Kenyan military", ORG)], id="it-opening-the-sentence-before-goes-back-to-its-body"),
    pytest.param(("\"I congratulate President Jan Okafor,\" Dara Velan said in a statement.",
                  "\"The people have spoken,\" the former premier told a briefing."),
                 [("Dara Velan", PERSON), ("Dara Velan", PERSON)], id="the-former-premier-quoted-last"),
    pytest.param(("Jan Okafor won. \"I will govern with humility,\" he told journalists.",
                  "\"I pledge to rebuild our institutions,\" the president-elect said."),
                 [("Jan Okafor", PERSON), ("Jan Okafor", PERSON)], id="the-president-elect-quoted-last"),
    pytest.param(("President Jan Okafor spoke.", "Okafor declared a 60-day state of emergency on Monday, and signed "
                  "the decree recognising an \"internal armed conflict\" on Tuesday."),
                 [("Okafor", PERSON)], id="a-state-of-emergency-is-no-stating"),
    pytest.param(("On Monday Dara Velan told local television the \"most likely\" scenario was that Jan Kowalski had "
                  "slipped out before the police went in, apparently after a tip-off. \"The full force of the state "
                  "is deployed,\" he said.",),
                 [("Dara Velan", PERSON), ("Dara Velan", PERSON)], id="an-opening-phrase-holds-no-saying"),
    pytest.param(("Minutes before the vote, the Kenyan military said it had halted training. \"We have paused these "
                  "activities,\" it said in a statement.",),
                 [("Kenyan military", ORG)], id="minutes-before-a-thing-opens-the-sentence"),
    pytest.param(("Earlier on Wednesday President Velan used a meeting of his cabinet to pour cold water on a summit "
                  "with Jan Okafor. \"The regime does not need peace at all,\" he said.",),
                 [("Velan", PERSON)], id="a-weekday-before-a-name-leaves-it-the-subject"),
    pytest.param(("The first reaction was guarded. \"The country will be freed from its shackles,\" Dara Velan, the "
                  "party's deputy chairman, was quoted as saying by the state news agency.",),
                 [("Dara Velan", PERSON)], id="an-apposed-name-was-quoted-as-saying"),
    pytest.param(("The committee set out conditions. It said it was ready to convene a congress, as Okafor had "
                  "asked, but that \"a secure environment must be created\".",),
                 [None], id="as-someone-had-asked-is-an-aside"),
    pytest.param(("\"The risk is going way up,\" Jan Okafor said. In his view, \"when you attack a triad, your risk "
                  "level goes up\".",),
                 [("Jan Okafor", PERSON), ("Jan Okafor", PERSON)], id="in-his-view-is-the-one-named-before"),
    pytest.param(("The Kessaba Alliance, which groups the Arendal Democratic Alliance Army, the Velora Liberation "
                  "Army and the Tosh Army, declared a ceasefire on Tuesday, saying it wanted aid groups \"to work "
                  "with peace of mind\".", "\"We will not attack,\" the alliance said in a statement."),
                 [("Kessaba Alliance", ORG), ("Kessaba Alliance", ORG)], id="the-alliance-is-the-one-its-name-ends"),
    pytest.param(("Jan Velan, the U.N. special rapporteur, said it was \"incredible\".",
                  "Lena Okafor, the U.N. envoy on Kenya, urged all parties to lay down their arms. \"This will make it "
                  "worse,\" the former Norwegian foreign minister said on Saturday."),
                 [("Jan Velan", PERSON), ("Lena Okafor", PERSON)], id="a-former-office-describes-the-one-named"),
    pytest.param(("The U.S. Embassy in Nairobi said on X: \"We extend our deepest sympathies.\"",),
                 [("U.S. Embassy", ORG)], id="a-capitalised-embassy-that-speaks-is-a-body"),
    pytest.param(("The Velora Families Forum welcomed the killing. \"It is a milestone,\" the forum said.",),
                 [("Velora Families Forum", ORG)], id="the-forum-is-the-forum-named-before"),
    pytest.param(("Kenya's mission to the United Nations made the same point. \"He begged them,\" the mission wrote "
                  "on X.", "Nairobi's mission to the United Nations said \"resistance will be strengthened\"."),
                 [("Kenya's mission to the United Nations", ORG), ("Nairobi's mission to the United Nations", ORG)],
                 id="the-mission-and-a-capital-s-mission-are-the-country-s"),
    pytest.param(("Hours earlier the Kenyan army and the Velcom security agency said in a joint statement that they "
                  "were \"checking the possibility\" that Okafor was killed.",),
                 [("Kenyan army", ORG)], id="bodies-named-together-speak-by-the-first"),
    pytest.param(("The militant group Kessaba confirmed the death on Friday. A separate Kessaba statement praised "
                  "Okafor as a hero for \"not retreating\".",),
                 [("Kessaba", GROUP)], id="a-group-s-statement-speaks-for-the-group"),
    pytest.param(("Prime Minister Jan Okafor said on Wednesday that a curfew had not been ruled out. \"Any measure "
                  "must be proportional,\" the head of the cabinet told state television.",),
                 [("Jan Okafor", PERSON)], id="the-head-of-the-cabinet-is-the-prime-minister"),
    pytest.param(("Kenya's prosecutor's office said Velan died after being shot, and that it had ordered the "
                  "\"collection of ballistic evidence\".",),
                 [("Kenya's prosecutor's office", ORG)], id="a-country-s-prosecutor-s-office-is-a-body"),
    pytest.param(("NAIROBI, Oct 14 (Reuters) - Kenya's parliament voted to impeach President Jan Okafor on Tuesday.",
                  "The presidency denounced \"a clear act of attempted coup\" and said Okafor \"remains in office\"."),
                 [("presidency", ORG), ("presidency", ORG)], id="the-presidency-that-speaks-is-the-country-s"),
    pytest.param(("The Kenyan court invited Jan Okafor to lead the country.",
                  "Velan, who has refused to step down, confirmed that he had left. His camp has \"strongly\" "
                  "denounced the court's ruling as \"unfounded\"."),
                 [None, ("Velan", PERSON)], id="a-word-quoted-between-has-and-the-verb-is-no-inversion"),
    pytest.param(("Okafor arrived in Kenya late on Thursday, Norway's foreign ministry said.",
                  "\"A plane was chartered. This allowed for the safe arrival of Okafor,\" the ministry said in a "
                  "statement. It did not say how his release had been secured.",
                  "Oslo, it added, stood ready to support \"the rapid restoration of constitutional order\"."),
                 [("Norway's foreign ministry", ORG), ("Norway's foreign ministry", ORG)],
                 id="it-added-after-a-statement-whose-quote-the-body-closed"),
    pytest.param(("The judges threw out eight petitions. Okafor filed none, saying the judges were biased, and "
                  "instead proclaimed himself the \"legal and legitimate president\".",),
                 [("Okafor", PERSON)], id="instead-between-the-subject-and-its-verb"),
    pytest.param(("Jan Okafor says his count gives him 54 percent. On Wednesday he called on voters to protest if "
                  "the council announced \"falsified results\".",),
                 [("Jan Okafor", PERSON)], id="words-feared-in-a-condition-are-the-speaker-s"),
    pytest.param(("Shortly afterwards, public broadcaster Velcom reported that National Security Adviser Jan Okafor "
                  "had told ministers not to comment. \"The election is an internal event,\" Velcom quoted him as "
                  "saying.",),
                 [("Jan Okafor", PERSON)], id="the-one-quoted-is-not-the-one-quoting-him"),
    pytest.param(("OSLO, Sept 28 (Reuters) - Kessaba confirmed on Saturday that its leader had been killed, hours "
                  "after the Kenyan military said it had eliminated him.",
                  "\"He has joined his comrades,\" the group said in a statement."),
                 [("Kessaba", ORG)], id="the-group-is-no-state-s-army"),
    pytest.param(("Kenyan senator Jan Okafor Velani was shot on Saturday.", "Okafor, 39, a senator from the Democratic "
                  "Centre party, was addressing supporters when a man opened fire. Paramedics said he was hit three "
                  "times.", "\"Armed individuals shot him in the back,\" the party said in a statement."),
                 [("Democratic Centre", ORG)], id="the-party-is-the-party-not-its-senator"),
    pytest.param(("The Mass was led by Cardinal Jan Velani, the dean of the college. With Okafor seated in the front "
                  "row, Velani repeated one of the sharpest rebukes of his policies, urging the world to \"build "
                  "bridges, not walls\".",),
                 [("Velani", PERSON)], id="one-named-in-an-opening-with-phrase-is-not-the-subject"),
    pytest.param(("Lena Velani, a far-right activist close to President Jan Okafor, had posted \"RIP Kenya\" on X.",),
                 [("Lena Velani", PERSON)], id="one-described-by-an-indefinite-appositive-naming-another"),
    pytest.param(("Norway's embassy in Kenya said on X that the attack would \"bring its perpetrator punishment\".",),
                 [("Norway's embassy", ORG)], id="an-embassy-in-a-country-speaking"),
    pytest.param(("His mother, Lena, who goes by one name, said her son had not been protesting. \"I want the "
                  "harshest sanction,\" "
                  "the 41-year-old housemaid told The Star.",),
                 [("Lena", PERSON)], id="the-aged-with-a-noun-after-the-quote"),
    pytest.param(("Pope Leo spoke to the cardinals.", "In it, the 69-year-old Chicago native lamented that people "
                  "prefer \"power or pleasure\" to faith."),
                 [("Pope Leo", PERSON)], id="the-aged-with-a-noun-before-the-verb"),
    pytest.param(("In Thursday's message, the 75-year-old Velani told the party to disband: \"All groups must lay "
                  "down their arms.\"",),
                 [("Velani", PERSON)], id="the-aged-before-a-name-is-the-name"),
    pytest.param(("Kenya's Patriotic Electoral Bloc registered on Friday.", "The bloc, built around former president "
                  "Jan Okafor's Socialists and the party of former prime minister Lena Velani, says it wants "
                  "\"friendship with Russia\"."),
                 [("Patriotic Electoral Bloc", ORG)], id="a-subject-before-a-participle-aside"),
    pytest.param(("Governor Jan Okafor was close to tears.", "Velani was \"first and foremost a husband and a dad,\" "
                  "Okafor said. Then he addressed the killer: \"We will find you.\""),
                 [("Okafor", PERSON), ("Okafor", PERSON)], id="he-after-a-sentence-whose-quote-someone-else-said"),
    pytest.param(("Okafor conceded. His brother, the NewsNation host Jan Okafor, was blunter: \"he's not what voters "
                  "want.\"",),
                 [("Jan Okafor", PERSON)], id="a-body-s-host-before-a-colon"),
    pytest.param(("Governor Jan Okafor declared a disaster on Friday at a news conference with Sheriff Lena Velani.",
                  "The governor's declaration covers 15 counties, among them Lamu and Kilifi. \"I am signing a "
                  "disaster declaration,\" he said."),
                 [("Jan Okafor", PERSON)], id="he-after-an-office-s-possessive-opening-the-sentence"),
    pytest.param(("Okafor proclaimed a day of prayer.", "A day earlier, at a news conference in Lamu alongside Velani "
                  "and U.S. Senator Jan Brenner, Okafor added six counties. \"We will be relentless,\" he said."),
                 [("Okafor", PERSON)], id="he-after-a-day-earlier-and-a-place-is-not-one-named-beside"),
    pytest.param(("The preliminary report by the Kenyan Accident Investigation Bureau, released on Saturday, found "
                  "no fault.", "\"One of the pilots is heard asking the other why,\" the report said."),
                 [("Kenyan Accident Investigation Bureau", ORG)], id="the-report-is-its-author-s"),
    pytest.param(("\"Persistent challenges remain in Mali,\" the Kenyan embassy in Mali said in a statement.",
                  "The airport remains open, the embassy said, urging citizens to avoid \"attacks along national "
                  "highways.\""),
                 [("Kenyan embassy", ORG), ("Kenyan embassy", ORG)], id="an-embassy-in-a-country-not-the-country"),
    pytest.param(("Jan Okafor met Lena Velani.", "Minutes before the meeting Okafor had endorsed Velani on Truth "
                  "Social, writing: \"We have had a tremendous relationship with Kenya.\""),
                 [("Okafor", PERSON)], id="a-gerund-after-a-determiner-is-a-noun-before-the-subject"),
    pytest.param(("The Velanis remain in hospital. In a text message that U.S. Senator Lena Brenner shared on Sunday, "
                  "Ada Velani wrote that her husband was enduring many surgeries. \"He took 9 bullet hits,\" she "
                  "wrote.",),
                 [("Ada Velani", PERSON)], id="she-is-not-the-one-an-opening-phrase-with-initials-names"),
    pytest.param(("\"The case is strong,\" Acting U.S. Attorney Jan Okafor told a news conference.",
                  "\"He stalked his victims,\" Okafor said. Tomas Velan faces two counts of stalking. Asked whether "
                  "the department would seek his execution, the prosecutor said: \"It's too early to tell.\""),
                 [("Jan Okafor", PERSON), ("Okafor", PERSON), ("Jan Okafor", PERSON)],
                 id="the-prosecutor-after-an-opening-clause-is-the-attorney-named-again-by-surname"),
    pytest.param(("President Jan Okafor said the country had lost \"a great leader\". Former President Tomas Velan "
                  "died at 100.", "On Monday Okafor declared a day of mourning from the day of Velan's death. \"I call "
                  "on the people to honour the memory of President Tomas Velan,\" the president said."),
                 [("Jan Okafor", PERSON), ("Jan Okafor", PERSON)],
                 id="the-president-is-not-a-former-one-named-only-as-an-object"),
    pytest.param(("Committee chair Jan Okafor announced the prize. \"This committee sits in a room filled with "
                  "portraits,\" the chair said.",),
                 [("Jan Okafor", PERSON)], id="the-chair-is-the-one-titled-chair"),
    pytest.param(("Jan Okafor said a truce was not coming. Lena Velani struck a more upbeat note: \"I think we have "
                  "made more progress than in three years.\"",),
                 [("Lena Velani", PERSON)], id="a-noun-like-a-speech-verb-before-a-colon"),
    pytest.param(("Within hours the deal was fraying. \"What just happened to the ceasefire? Explosions heard!!!\" "
                  "Jan Okafor, chief minister of the Lamu province, wrote on X.",),
                 [("Jan Okafor", PERSON)], id="the-next-sentence-s-speaker-before-an-appositive"),
    pytest.param(("The helicopter went down at noon, the Lamu Forest Service said. \"A witness saw it fall,\" the "
                  "forest service said.", "In May the Okaro Monetary Fund ended the loan. \"Discipline has proven "
                  "hard to keep,\" the fund said at the time."),
                 [("Lamu Forest Service", ORG), ("Okaro Monetary Fund", ORG)], id="the-service-and-the-fund"),
    pytest.param(("At the palace, President Jan Okafor claimed the outcome as a win. He said he could talk to "
                  "Kenyan President Tomas Velan soon. \"The talks were very friendly,\" the president said.",),
                 [("Jan Okafor", PERSON)], id="the-president-is-the-one-titled-by-the-bare-office"),
    pytest.param(("Kenya's emir Sheikh Jan bin Okafor Al Velani opened the summit on Monday.", "The emir said Prime "
                  "Minister Tomas Brenner wanted war. He accused Norway of caring little for its hostages. \"Why "
                  "then do they kill all the negotiators?\" he asked."),
                 [("Jan bin Okafor Al Velani", PERSON)], id="an-office-before-an-honorific-titles-the-name"),
    pytest.param(("\"A huge majority chose to boycott the charade,\" the National Front for the Defence of the Solvei, "
                  "a citizens' movement campaigning for a return to civilian rule, said in a statement on Monday.",),
                 [("National Front for the Defence of the Solvei", ORG)], id="a-body-set-off-from-its-description"),
    pytest.param(("\"We will not bow,\" Kenya, which chairs the bloc, said in a statement.",),
                 [("Kenya", STATE)], id="a-state-set-off-from-an-aside"),
    pytest.param(("The Solvei Front said on Friday it had registered a trust. The trust will be \"dedicated to the "
                  "victims of the accident\", the regulator said in a statement.",),
                 [("Solvei Front", ORG)], id="the-regulator-is-the-body-named-before"),
    pytest.param(("Flanked by lawmakers, among them Speaker Jan Okafor, President Tomas Velan blamed the rebels. "
                  "\"They did it for politics,\" he said.",),
                 [("Tomas Velan", PERSON)], id="a-name-listed-in-an-opening-phrase-is-not-its-subject"),
    pytest.param(("Arendal County Sheriff Jan Okafor asked evacuees to be patient. \"We are working as fast as we "
                  "can,\" the sheriff said.",), [("Jan Okafor", PERSON)], id="the-sheriff-is-the-one-titled-so"),
    pytest.param(("Velkoring said it was supporting the inquiry. \"We are supporting the investigation fully,\" the "
                  "planemaker said.",), [("Velkoring", PERSON)], id="a-name-in-ing-before-said-speaks"),
    pytest.param(("Soon after the lunch, Foreign Minister Jan Okafor announced the outcome on X. \"Kenya has been "
                  "granted a full exemption,\" he wrote.",), [("Jan Okafor", PERSON)], id="soon-opens-no-name"),
    pytest.param(("Okafor said President Tomas Velan's decision had several parts. The oil pipelines were given a "
                  "one-year extension, he said, but the United States would not stand in the way of the plant. \"We "
                  "want them to be energy independent,\" the chief U.S. diplomat said.",),
                 [("Okafor", PERSON)], id="a-description-is-the-one-reporting-before"),
    pytest.param(("Kenyan Prime Minister Tomas Velan won a one-year exemption at the White House on Friday.",
                  "Kenyan Foreign Minister Jan Okafor announced the outcome on X.",
                  "Okafor, who accompanied Velan to Washington, pressed the point with reporters on the flight home. "
                  "\"Those who claim otherwise were not present at the negotiations,\" the minister said."),
                 [("Jan Okafor", PERSON)], id="the-minister-is-no-prime-minister"),
    pytest.param(("The Interior Ministry, which had declared on Saturday that the rally had \"exceeded the norms set "
                  "by law\", said on Sunday that it would act.",), [("Interior Ministry", ORG)],
                 id="a-body-before-which-is-the-subject"),
    pytest.param(("President Jan Okafor did not face the cameras.", "Journalists waited for him at a hotel in nearby "
                  "Velamar, but he never arrived. Instead he posted a message on X. \"We respect the will of the "
                  "people,\" he wrote."), [("Jan Okafor", PERSON)], id="a-town-in-nearby-is-no-one"),
    pytest.param(("Jan Okafor, 70, who was taken into custody on Sunday, said he had tried to stop the violence. \"They "
                  "want to show that there are terrorists sitting here,\" said the singer, who once performed "
                  "alongside Tomas Velan.",), [("Jan Okafor", PERSON)], id="the-singer-is-the-one-reporting-before"),
    pytest.param(("Mayor-elect Jan Okafor thanked his supporters on Tuesday night.", "The Kenya-born mayor-elect, who "
                  "became a citizen in 2018, saved his sharpest words for President Tomas Velan. \"Velan, I have four "
                  "words for you,\" he said."), [("Jan Okafor", PERSON)], id="he-is-the-mayor-elect-opening-before"),
    pytest.param(("Kenya declared Lamu free on Wednesday. The government addressed the regions still under rebel "
                  "control: \"Your turn will come soon.\"",), [("Kenya", STATE)], id="the-government-before-a-colon"),
    pytest.param(("The funeral Mass was led by Cardinal Jan Kowalski, the 91-year-old dean of the College of "
                  "Cardinals, who described him as “a pope among the people, with an open heart”.",),
                 [("Jan Kowalski", PERSON)], id="who-after-a-long-appositive"),
    pytest.param(("Speaker Jan Wetang'ula read out the nomination.",
                  "“The vote is overwhelmingly yes, and so the nomination is declared passed,” Wetang'ula said."),
                 [("Wetang'ula", PERSON)], id="a-surname-with-an-apostrophe"),
    pytest.param(("Senate president Tomas Velan took about 8%. Outgoing President Jan Kowalski, who did not seek "
                  "re-election, recognised the outcome in a post on X. “Democracy has triumphed,” he wrote.",),
                 [("Jan Kowalski", PERSON)], id="outgoing-president-x"),
    pytest.param(("The Union Commission chairperson, Jan Kowalski, congratulated Okafor on his victory, but said he "
                  "was “gravely concerned about the reported violence and arrests”.",),
                 [("Jan Kowalski", PERSON)], id="a-body-s-chairperson-x"),
    pytest.param(("Relatives said Lena Okafor had gone out to check on her sister. “Her death makes me keep a bad "
                  "memory of this regime,” said her uncle, Tomas Velan.",),
                 [("Tomas Velan", PERSON)], id="said-her-uncle-x"),
    pytest.param(("Kenya's Foreign Office said the pause would run from 6 p.m. “A temporary ceasefire has been "
                  "decided between the two sides,” the ministry said in a statement.",),
                 [("Foreign Office", ORG)], id="the-ministry-is-the-foreign-office"),
    pytest.param(("“Our sovereignty is in danger,” Lena Okafor said. Her national security adviser, Tomas Velan, "
                  "went further. “Moscow is also training and directing violence,” he said.",),
                 [("Lena Okafor", PERSON), ("Tomas Velan", PERSON)], id="he-is-her-adviser-x"),
    pytest.param(("Lawmakers voted Prime Minister Jan Kowalski's government out on Wednesday. Booed as he rose to "
                  "speak, Kowalski had to call for respect. “It will remain an honor for me,” he said.",),
                 [("Kowalski", PERSON)], id="a-participle-opening-the-sentence-is-no-name"),
    pytest.param(("President Dara Velan toured the valley on Friday. Lena Velan addressed the families. “We are "
                  "grieving with you,” the first lady said.",),
                 [("Lena Velan", PERSON)], id="the-first-lady-is-the-woman-named-last"),
    pytest.param(("Kenya's aviation regulator met on Monday. “Strict adherence to the timeline is essential,” the "
                  "KCAA order said.",),
                 [("KCAA", ORG)], id="an-order-speaks-for-its-issuer"),
    pytest.param(("“Nine sites have been targeted,” the Ministry of Defence in Addis Ababa said in a "
                  "statement.",),
                 [("Ministry of Defence", ORG)], id="the-place-the-speaker-is-in-is-not-the-speaker"),
    pytest.param(("Kenya's Foreign Office rejected the accusation. “Kenya remains committed to the faithful "
                  "implementation of a ceasefire,” a spokesperson said in a statement late on Saturday.",),
                 [("Foreign Office", ORG)], id="a-spokesperson-speaks-for-the-body-before"),
    pytest.param(("Okafor spoke of Jan Velan, the director of the Federal Intelligence Office (BNV), who briefed "
                  "reporters on Tuesday.",
                  "The BNV chief said radicals had prepared the attack. “We know who trained them,” he said."),
                 [("Jan Velan", PERSON)], id="the-chief-of-a-body-named-by-its-acronym"),
    pytest.param(("Jan Okafor, the secretary of the Kenyan Security Council, was blunter still. Asked by a reporter "
                  "whether the rebels were behind it, the 72-year-old former BNV director answered: “Of course "
                  "they were.”",),
                 [("Jan Okafor", PERSON)], id="a-former-office-no-one-holds-describes-the-one-named-last"),
    pytest.param(("KFP leader Dara Velan spoke on Sunday.",
                  "NPA leader Jan Okafor has said he is ready to negotiate, while Velan has ruled out a unity "
                  "government. “We are not like them,” the KFP leader told journalists."),
                 [("Dara Velan", PERSON)], id="the-leader-of-the-body-named-not-the-leader-reporting-last"),
    pytest.param(("Jan Okafor became Kenya's prime minister on Friday after King Tomas asked him to form a "
                  "government, promising to put “country first, party second” hours after his party won.",),
                 [("Jan Okafor", PERSON)], id="one-asked-to-act-is-not-the-one-promising-after-the-comma"),
    pytest.param(("Speaking outside his office, Jan Okafor said the country had voted for change.",
                  "The former chief prosecutor paid tribute to Velan, saying “his achievement” should not be "
                  "underestimated."),
                 [("Jan Okafor", PERSON)], id="the-former-office-opening-the-sentence-is-the-one-named-before"),
    pytest.param(("In his first remarks on Saturday, Jan Okafor thanked his supporters. “I hope,” the 69-year-old "
                  "said in a video on the website of the newspaper Velnews. He has campaigned for “constructive "
                  "relations” with the West.",),
                 [("Jan Okafor", PERSON), ("Jan Okafor", PERSON)], id="a-newspaper-named-last-is-no-one-he-stands-for"),
    pytest.param(("King Tomas IV chaired a meeting on the disaster on Saturday.",
                  "At the September 14 meeting, Tomas IV stressed “the need to rebuild with respect for the region's "
                  "heritage.”"),
                 [("Tomas IV", PERSON)], id="a-monarch-s-name-and-number-without-the-title"),
    pytest.param(("Late on Sunday the Kenyan Interior Ministry said the authorities had responded favourably, “at "
                  "this stage”, to offers of rescue teams from Norway.",),
                 [("Kenyan Interior Ministry", ORG)], id="words-of-a-reporter-for-a-subject-that-names-no-one"),
    pytest.param(("The Kenyan Hope (KH) ticket of Lamu Mayor Jan Okafor won 33 percent.",
                  "Both opposition candidates conceded. Okafor took the stage at a stadium and bowed to supporters. "
                  "“I am sorry I disappointed my supporters,” the KH candidate told the media."),
                 [("Okafor", PERSON)], id="the-candidate-of-a-party-named-before"),
    pytest.param(("Jan Okafor had “gratefully accepted” Dara Velan's invitation to visit Kenya, the Kenyan Foreign "
                  "Ministry said, with the dates to be agreed.",),
                 [("Kenyan Foreign Ministry", ORG)], id="a-body-after-the-comma-not-a-person-in-the-clause-before"),
    pytest.param(("Lena Okafor was sworn in on Tuesday as Kenya's first female president. She received the sash from "
                  "the outgoing president, Jan Kowalski.", "“It is time for women,” Okafor told the chamber.",
                  "The new president used her first speech to address the unease left by an overhaul that her "
                  "predecessor forced through in his final weeks. She spoke directly to investors: “Rest assured "
                  "that your investments will be safe.”"),
                 [("Okafor", PERSON), ("Okafor", PERSON)], id="the-new-president-is-not-the-outgoing-one"),
    pytest.param(("Moscow shrugged. \"Doesn't Oslo realize that sanctions won't take us down?\" Kenya's ambassador to "
                  "the United States, Dara Velan, said on his embassy's Telegram channel.",),
                 [("Dara Velan", PERSON)], id="a-name-between-commas-after-a-role-opening-the-next-sentence"),
    pytest.param(("At the same briefing Rear Admiral Jan Okafor, the First Coast Guard District commander who led the "
                  "search, said searchers had combed some 13,000 square miles. \"I am very proud of the team,\" he "
                  "said.",),
                 [("Jan Okafor", PERSON)], id="a-capitalised-place-noun-is-no-one-s-surname"),
    pytest.param(("The Kenyan Coast Guard, which is coordinating the operation from Lamu, posted on Tuesday that "
                  "searchers had heard noises. Robots had been shifted \"in an attempt to explore the origin of the "
                  "noises,\" the service wrote.",),
                 [("Kenyan Coast Guard", ORG)], id="the-service-is-the-body-named-last"),
    pytest.param(("The Federal Penitentiary Service for the Lamu region said in a statement that Okafor, 47, felt "
                  "unwell after a walk and \"lost consciousness almost immediately\".",),
                 [("Federal Penitentiary Service", ORG)], id="a-body-for-a-region-speaks-not-the-region"),
    pytest.param(("Former President Jan Okafor backed Dara Velan.", "On Sunday night Okafor, whom Velan thanked from "
                  "the stage along with Kowalski, said: \"I congratulate Dara Velan.\""),
                 [("Okafor", PERSON)], id="a-whom-clause-before-said-is-passed-over"),
    pytest.param(("Supreme Court Justice Jan Okafor ordered the arrest on Tuesday.", "Speaking at the swearing-in of "
                  "the new head of the Federal Police, Dara Velan, Okafor vowed to combat the coup plotters. "
                  "\"Democracy will prevail,\" he said."),
                 [("Okafor", PERSON)], id="a-name-apposed-to-an-opening-phrase-is-not-the-subject"),
    pytest.param(("Dara Velan, a libertarian economist, won Kenya's presidential runoff on Sunday.", "Velan took the "
                  "stage at a hotel in Nairobi shortly after 10 p.m.", "\"Today begins the reconstruction of "
                  "Kenya,\" the president-elect said."),
                 [("Dara Velan", PERSON)], id="the-president-elect-is-who-won-the-vote"),
    pytest.param(("On Tuesday, Kenyan Electric confirmed it had turned to the investment bank Velan Securities for "
                  "advice. \"We are seeking advice from various experts,\" the company said in a statement.",),
                 [("Kenyan Electric", ORG)], id="the-company-is-the-one-opening-the-sentence-after-its-time"),
    pytest.param(("\"A civilian died,\" the Arendal prosecutor's office said.",),
                 [("Arendal prosecutor's office", ORG)], id="a-town-s-prosecutor-s-office-speaks"),
    pytest.param(("The Kenyan Storm Prediction Center said the storm had strengthened.", "\"A nightmare scenario is "
                  "unfolding,\" the prediction center warned on Tuesday night."),
                 [("Kenyan Storm Prediction Center", ORG)], id="a-body-by-the-lower-case-words-of-its-name"),
    pytest.param(("Protesters stormed Congress a week after Jan Okafor was sworn in as president.", "Interim Senate "
                  "President Dara Velan told reporters that the intruders had reached the chamber.", "\"There is no "
                  "precedent for this,\" Okafor told reporters.", "\"We believe there was a lack of security,\" the "
                  "president said."),
                 [("Okafor", PERSON), ("Okafor", PERSON)], id="a-body-s-president-is-not-the-president"),
]


@pytest.mark.parametrize("paragraphs, speakers", SPEAKER_CASES)
def test_the_speaker_of_each_quote(paragraphs, speakers):
    assert quotes_of(*paragraphs) == speakers


@pytest.mark.parametrize("paragraph, name", [
    ("The Arendal Cricket Board said three players died. \"Three players were martyred,\" the board said.",
     "Arendal Cricket Board"),
    ("Kenyan Central Command said the drone hit a base in Lamu. \"Eight personnel were evacuated,\" the command "
     "said.", "Kenyan Central Command"),
])
def test_a_body_named_before_speaks_by_its_noun(paragraph, name):
    blocks = (Block("paragraph", paragraph, 1),)
    quote, = EXTRACTOR.extract(Article("case", "Case", None, "case.txt", blocks)).quotes
    assert (quote.speaker.name, quote.speaker.kind) == (name, EntityKind.ORGANISATION)


@pytest.mark.parametrize("paragraphs, speakers", [
    (("Kessaba confirmed that pagers had exploded. \"We hold the enemy responsible,\" it said.",), ["Kessaba"]),
    (("Kessaba confirmed that pagers had exploded.", "\"We hold the enemy responsible,\" the group said."),
     ["Kessaba"]),
    (("Jan Kessaba met envoys.", "Kessaba confirmed that pagers had exploded.",
      "\"We hold the enemy responsible,\" the group said."), [None]),
])
def test_a_lone_name_never_named_in_full_is_the_body_it_and_the_group_take_up(paragraphs, speakers):
    blocks = tuple(Block("paragraph", text, number) for number, text in enumerate(paragraphs, 1))
    quotes = EXTRACTOR.extract(Article("case", "Case", None, "case.txt", blocks)).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == speakers


@pytest.mark.parametrize("sentence, name, kind", [
    ("Kataib Velora said it would suspend its attacks.", "Kataib Velora", GROUP),
    ("Jaish al-Kessab claimed the attack on a border post.", "Jaish al-Kessab", GROUP),
    ("The Tehreek-e-Velora Arendal claimed the attack.", "Tehreek-e-Velora Arendal", ORG),
])
def test_a_name_opening_with_a_body_word_of_another_tongue_is_a_body(sentence, name, kind):
    assert (name, kind) in named_kinds(sentence)


@pytest.mark.parametrize("sentence, name, kind", [
    ("Kenya's Velcom said on Monday the radios were fakes.", "Velcom", ORG),
    ("President Jan Kowalski spoke. Norway's Kowalski said no.", "Kowalski", PERSON),
    ("The Directorate General of Civil Aviation banned pagers on all flights.",
     "Directorate General of Civil Aviation", ORG),
    ("Kenya's mission to the United Nations said in a statement that it had no role.",
     "Kenya's mission to the United Nations", ORG),
    ("Norway's permanent mission to NATO was closed.", "Norway's permanent mission to NATO", ORG),
    ("The Islamic Resistance in Kenya, an umbrella group of factions, said its drones hit three bases.",
     "Islamic Resistance in Kenya", ORG),
    ("The Attorney General's office said on Monday it had opened an investigation.", "Attorney General's office", ORG),
])
def test_a_country_s_company_or_mission_and_a_directorate_general_are_bodies(sentence, name, kind):
    assert (name, kind) in named_kinds(sentence)


@pytest.mark.parametrize("sentence, name, kind", [
    ("Protests forced K.P. Velani Tosh from office on Tuesday.", "K.P. Velani Tosh", PERSON),
    ("Lawmakers of the Partido Verde walked out on Monday.", "Partido Verde", ORG),
])
def test_initials_open_a_person_s_name_and_a_party_word_of_another_tongue_a_body(sentence, name, kind):
    assert (name, kind) in named_kinds(sentence)


def test_a_name_after_a_group_noun_and_before_the_verb_of_a_relative_is_no_group():
    kinds = named_kinds("Velcar was a commander of the Arendal Front, the group Kessaba led until it seized the city.")
    assert not any(name == "Kessaba" and kind == GROUP for name, kind in kinds)


@pytest.mark.parametrize("sentence, names", [
    ("Kurdish militias, including the U.S.-allied Kessaba Democratic Forces, must also disarm.",
     ["Kurdish militias", "Kessaba Democratic Forces"]),
    ("Addressing Velani, whom he called the former president, Okafor said it was over.", ["Velani", "Okafor"]),
    ("District Officer Tokraj Velani said a curfew was imposed.", ["Tokraj Velani"]),
    ("Protests led by Gen Z Arendal began on Monday.", []),
])
def test_a_backer_a_participle_an_officer_s_title_and_a_generation_are_no_part_of_a_name(sentence, names):
    assert [name for name, _ in named_kinds(sentence) if name != "Protests"] == names


@pytest.mark.parametrize("sentence, name", [
    ("Okafor was born in the Velora refugee camp in 1962.", "Velora refugee camp"),
    ("The tower near Kessaba market collapsed.", "Kessaba market"),
    ("Soldiers returned to the Arendal barracks.", "Arendal barracks"),
])
def test_a_name_before_a_camp_a_market_or_barracks_is_a_building(sentence, name):
    assert (name, BUILDING) in named_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "Hungary took over the rotating presidency of the European Union.",
    "Kenya holds the presidency of the council this month.",
])
def test_a_presidency_that_does_not_speak_is_no_body(sentence):
    assert not any("presidency" in name.lower() for name, _ in named_kinds(sentence))


@pytest.mark.parametrize("sentence", ["Paramedics said he was hit three times.", "Witnesses said they heard shots."])
def test_a_plural_of_a_trade_opening_a_sentence_is_no_one_s_name(sentence):
    assert named_kinds(sentence) == []


def test_a_possessive_surname_opening_a_sentence_before_a_role_is_the_person():
    mentions = extract_all("President Jan Okafor spoke.", "Okafor's campaign spokesman Lena Velani told reporters "
                           "the president had won.").mentions
    assert [m.name for m in mentions if m.source.paragraph == 2] == ["Okafor", "Lena Velani"]


def test_the_junta_is_the_military_council_named_before():
    mentions = extract_all("Calling themselves the \"High Military Command for the Restoration of Order\", the "
                           "officers read a statement.", "Minutes later, the junta reopened the borders.").mentions
    assert [m.name for m in mentions if m.source.paragraph == 2] == ["High Military Command for the Restoration of "
                                                                      "Order"]


def test_an_inspector_general_of_police_is_a_title():
    assert named_kinds("Inspector General of Police Tomas Velani said so.") == [("Tomas Velani", PERSON)]


@pytest.mark.parametrize("sentence", [
    "It gave 22% to the pro-Russian Patriotic Electoral Bloc on Friday.",
    "Kenya barred a party in the Russia-friendly Patriotic Electoral Bloc on Friday.",
])
def test_the_side_a_body_takes_is_no_part_of_its_name(sentence):
    assert ("Patriotic Electoral Bloc", ORG) in named_kinds(sentence)


@pytest.mark.parametrize("text, key", [
    ('Paz won, defeating former President Jorge "Tuto" Quiroga on Sunday.', "person:jorge quiroga"),
    ("Drug lord Ismael “El Mayo” Zambada was arrested in Texas.", "person:ismael zambada"),
    ('Senator Dario "Kiko" dela Cruz moved to dismiss the complaint.', "person:dario dela cruz"),
    ("Mayor Ana de los Reyes moved to dismiss the complaint.", "person:ana de los reyes"),
])
def test_a_quoted_nickname_inside_a_name_is_part_of_it_and_no_quote(text, key):
    extraction = extract(text)
    assert key in {m.key for m in extraction.mentions if m.kind is EntityKind.PERSON}
    assert extraction.quotes == ()


def test_the_people_named_in_a_descriptive_opening_are_not_its_subject():
    extraction = extract("A protege of the late Jan Kowalski and an admirer of Lena Okafor, Dara Velan was first "
                         "elected to parliament in 1993 and joined the Unity Party in 1996. She lost the 2024 "
                         "leadership runoff to Aurel Dunmore.")
    joined = next(e for e in extraction.events if "joined the Unity Party" in e.sentence)
    runoff = next(e for e in extraction.events if "leadership runoff" in e.sentence)
    assert "Dara Velan" in {m.name for m in joined.participants}
    assert "Jan Kowalski" not in {m.name for m in runoff.participants}


@pytest.mark.parametrize("sentence, name", [
    ("Boeing Chief Executive Jan Okafor said he had cancelled his trip.", "Jan Okafor"),
    ("Lamu District Councillor Mui Siu-fung told reporters the blocks were under repair.", "Mui Siu-fung"),
])
def test_a_title_of_two_words_after_a_body_s_name_is_the_title_whole(sentence, name):
    assert (name, "person") in named_kinds(sentence)


def test_a_currency_s_letters_are_no_body():
    assert named_kinds("The estate was under a HK$330 million renovation.") == []


def test_a_participle_opening_a_sentence_before_on_is_no_speaker():
    assert quotes_of("Kenyan President Jan Okafor spoke on Tuesday.", "Pressed on whether he should resign, Okafor "
                     "did not answer directly. \"It is a tragedy,\" he said.") == [("Okafor", PERSON)]


@pytest.mark.parametrize("sentence, expected", [
    ("Air Kenya said all 242 aboard had died.", [("Air Kenya", "organisation")]),
    ("A Nairobi-bound jet crashed.", [("Nairobi", "city")]),
    ("The Nairobi-based group said it would appeal.", []),
    ("A fire broke out at Wang Fuk Court on Wednesday.", [("Wang Fuk Court", "building")]),
    ("Police raided the offices of Velani Construction & Engineering.", [("Velani Construction & Engineering",
                                                                          "organisation")]),
    ("The Lamu High Court ruled.", [("Lamu High Court", "organisation")]),
], ids=["an-airline-is-no-country", "a-city-a-jet-is-bound-for", "a-city-a-body-is-based-in-is-no-place-of-the-story",
        "a-court-no-jurisdiction-names-is-a-building", "an-ampersand-joins-a-firm-s-name", "a-high-court-is-a-body"])
def test_names_made_of_a_place_s_name(sentence, expected):
    assert named_kinds(sentence) == expected


def test_parliament_named_after_a_verb_dissolving_it_is_the_country_s():
    assert ("Kenyan parliament", "organisation") in named_kinds(
        "Kenya voted. Okafor asked President Lena Velani to dissolve Parliament.")


def test_he_after_a_count_of_days_later_is_the_one_named_before():
    extraction = extract_all("Okafor won the leadership on March 9 and was sworn in on March 10. Nine days later he "
                             "visited Governor General Lena Velani.")
    visit = next(e for e in extraction.events if "visited" in e.sentence)
    assert "Okafor" in {m.name for m in visit.participants}


@pytest.mark.parametrize("paragraph, names", [
    ("The museum's director, Laurence des Velan, warned in January. \"It is a weakness,\" des Velan said.",
     ["Laurence des Velan", "Velan"]),
    ("Relations between Okafor and Kowalski were at a low. Negotiations resumed on Monday.", ["Okafor", "Kowalski"]),
    ("\"Please explain why you helped,\" Okafor said. \"Yes, it is a tragedy,\" Kowalski said.",
     ["Okafor", "Kowalski"]),
], ids=["a-french-particle-opens-a-surname", "a-plural-abstract-noun-opening-a-sentence-is-no-name",
        "a-word-of-courtesy-opening-a-quote-is-no-name"])
def test_the_people_a_paragraph_names(paragraph, names):
    assert [m.text for m in extract(paragraph).mentions if m.kind is EntityKind.PERSON] == names


def test_a_sheriff_s_title_after_a_county_is_no_part_of_the_name():
    assert ("Lena Velani", "person") in named_kinds("Lamu County Sheriff Lena Velani gave the toll late on Friday.")


def test_the_flotilla_is_the_flotilla_named_before():
    assert named_kinds("The Kenya Freedom Flotilla set sail. The flotilla left Lamu on Monday.") == [
        ("Kenya Freedom Flotilla", "organisation"), ("Kenya Freedom Flotilla", "organisation"), ("Lamu", "city")]


def test_the_generals_are_the_military_council_named_before():
    kinds = named_kinds("General Jan Okafor, deputy head of the Transitional Military Council, signed. Talks between "
                        "the ruling generals and the protest movement broke down.")
    assert kinds == [("Jan Okafor", "person"), ("Transitional Military Council", "organisation"),
                     ("Transitional Military Council", "organisation")]


@pytest.mark.parametrize("sentence", ["The Islamist group said it had seized the town.",
                                      "The Maoist rebels fled into the hills."])
def test_a_belief_before_a_group_s_noun_is_no_name(sentence):
    assert named_kinds(sentence) == []


def test_names_joined_to_a_later_time_leave_the_first_happening():
    events = extract_dated("Kenya's army seized Kisumu in January and Eldoret in February.")
    assert events == {"Kenya's army seized Kisumu in January": ("2025-01-01", ["Kenya's army", "Kisumu"]),
                      "Kenya's army seized Eldoret in February": ("2025-02-01", ["Kenya's army", "Eldoret"])}


def test_an_aside_s_second_verb_with_a_time_of_its_own_is_a_happening_of_its_own():
    events = extract_dated("Lena Okafor, who brokered the ceasefire on July 28 and hosted the talks in Nairobi on "
                           "August 4, spoke on Monday.")
    assert events["Lena Okafor brokered the ceasefire on July 28"] == ("2024-07-28", ["Lena Okafor"])
    assert events["Lena Okafor hosted the talks in Nairobi on August 4"] == ("2024-08-04", ["Lena Okafor", "Nairobi"])


def test_an_aside_on_a_verb_s_object_opens_with_the_object():
    events = extract_dated("Kenya's envoy met Jan Okafor, who won the vote in 2019 and lost it in 2024.")
    assert events["Jan Okafor won the vote in 2019"][0] == "2019-01-01"
    assert events["Jan Okafor lost it in 2024."][0] == "2024-01-01"


@pytest.mark.parametrize("sentence, expected", [
    pytest.param("The crash was the worst since a Korean Air jet crashed in 1997.",
                 [("Korean Air", "organisation")], id="a-demonym-s-air-is-an-airline"),
    pytest.param("Velani Air said it would cooperate.",
                 [("Velani Air", "organisation")], id="a-name-s-air-is-an-airline"),
    pytest.param("The Community of Latin American and Caribbean States met.",
                 [("Community of Latin American and Caribbean States", "organisation")],
                 id="an-of-list-ending-in-states-is-one-name"),
    pytest.param("Staff Sgt. Lena Okafor was flying.",
                 [("Lena Okafor", "person")], id="a-staff-sergeant-s-abbreviated-rank-is-a-title"),
    pytest.param("The jet hit the 14th Street Bridge.",
                 [("14th Street Bridge", "building")], id="an-ordinal-opens-a-place-s-name"),
    pytest.param("He appeared in court in St. Paul on Monday.",
                 [("Saint Paul", "city")], id="st-is-saint-in-a-city-s-name"),
    pytest.param("The water rose along the Tawa, Velan and Okaro rivers.",
                 [("Tawa", "sea"), ("Velan", "sea"), ("Okaro", "sea")], id="names-listed-before-rivers-are-rivers"),
    pytest.param("Acting U.S. Attorney Lena Okafor said the charges were filed.",
                 [("Lena Okafor", "person")], id="a-us-attorney-is-a-title"),
    pytest.param("She led the Nakuru House of Representatives for six years.",
                 [("Nakuru House of Representatives", "organisation")],
                 id="a-state-s-house-of-representatives-is-one-body"),
    pytest.param("The casket was flown to Velani Army Airfield.",
                 [("Velani Army Airfield", "building")], id="an-army-airfield-is-a-place"),
    pytest.param("The motorcade paused outside the Nakuru State Capitol.",
                 [("Nakuru State Capitol", "building")], id="a-state-capitol-is-a-building"),
    pytest.param("The casket was received by the Rt. Rev. Lena Okafor.",
                 [("Lena Okafor", "person")], id="rt-rev-is-an-honorific"),
    pytest.param("The last eulogy came from Tomas Velan, the 92-year-old civil rights leader.",
                 [("Tomas Velan", "person")], id="someone-of-an-age-is-no-place-come-from"),
    pytest.param("Okafor stayed at his Mar-a-Velan club.",
                 [("Okafor", "person"), ("Mar-a-Velan", "building")],
                 id="a-name-hyphened-with-a-and-a-club-after-it-is-a-place"),
    pytest.param("The storm flooded Nakuru County and the Gulf Coast.",
                 [("Nakuru County", "region"), ("Gulf Coast", "region")], id="a-county-and-a-coast-are-regions"),
    pytest.param("Appearing on Velan News, Okafor attacked the plan.",
                 [("Velan News", "organisation"), ("Okafor", "person")],
                 id="an-opening-participle-before-a-preposition-is-no-name"),
    pytest.param("Police said the Islamist Jan Okafor drove the truck.",
                 [("Jan Okafor", "person")], id="a-belief-before-a-person-s-name-is-no-part-of-it"),
    pytest.param("County Manager Lena Okafor said the roads were closed.",
                 [("Lena Okafor", "person")], id="a-county-manager-is-a-title"),
    pytest.param("The triathlon swim in the Seine was called off.", [("Seine", "sea")], id="a-major-river-is-known"),
    pytest.param("The storm made landfall in Florida's Big Bend region.",
                 [("Florida", "region"), ("Big Bend region", "region")], id="florida-is-the-state"),
    pytest.param("The Nairobi prosecutor's office said the man was no suspect.",
                 [("Nairobi prosecutor's office", "organisation")], id="a-capital-s-own-office-is-not-the-government"),
    pytest.param("The line cancelled a quarter of its trains between Nairobi and Kampala.",
                 [("Nairobi", "city"), ("Kampala", "city")], id="capitals-a-route-runs-between-are-places"),
    pytest.param("Jan Okafor postponed a visit to Bangladesh planned for next week.",
                 [("Jan Okafor", "person"), ("Bangladesh", "country")], id="a-visit-planned-is-to-a-place"),
    pytest.param("Okafor called off a tour of Croatia, Norway and the Netherlands.",
                 [("Okafor", "person"), ("Croatia", "country"), ("Norway", "country"), ("Netherlands", "country")],
                 id="the-countries-of-a-tour-are-places"),
    pytest.param("Okaro International said the Department of International Relations was wrong.",
                 [("Okaro International", "organisation"), ("Department of International Relations", "organisation")],
                 id="international-closes-a-body-s-name"),
    pytest.param("Okaro International Kenya said so.", [("Okaro International Kenya", "organisation")],
                 id="a-body-s-branch-in-a-country"),
    pytest.param("Laura Lavalleja said her son was shot.", [("Laura Lavalleja", "person")],
                 id="a-given-name-before-a-region-s-name-is-someone"),
    pytest.param("Mayor Lena Okafor was blunter still: \"The city of Arendal was hit by a terrorist attack.\"",
                 [("Lena Okafor", "person"), ("Arendal", "city")], id="a-quote-s-first-word-is-no-place"),
    pytest.param("On New Year's Day he sent a signed letter to supporters.", [], id="new-year-s-day-is-no-one"),
    pytest.param("Christmas Day passed quietly in Arendal.", [("Arendal", "city")], id="christmas-day-is-no-one"),
    pytest.param("Police Superintendent Lena Okafor defended the deployment.", [("Lena Okafor", "person")],
                 id="a-police-superintendent-is-a-title"),
])
def test_names_of_carriers_places_titles_and_people(sentence, expected):
    assert named_kinds(sentence) == expected


@pytest.mark.parametrize("sentence, told, iso", [
    ("The crash is the country's worst air disaster since a Velani Air jet crashed in Lamu in 1997.",
     "A Velani Air jet crashed in Lamu in 1997", "1997-01-01"),
    ("Turnout was the lowest in a national election since Kenya's return to democracy in 1983.",
     "Kenya's return to democracy in 1983", "1983-01-01"),
    ("It backs the region's claim, which no country has granted since the territory broke away from Kenya in 1991.",
     "The territory broke away from Kenya in 1991", "1991-01-01"),
    ("The fighting has grown since the army recaptured Nakuru last month.", "The army recaptured Nakuru last month",
     "2025-02-01"),
    ("Lamu had enjoyed relative calm since war erupted between the army and the militia in April 2023.",
     "War erupted between the army and the militia in April 2023", "2023-04-01"),
], ids=["a-superlative-since-a-happening-told", "a-superlative-since-a-happening-named-by-whose",
        "a-happening-told-after-since-in-an-aside", "a-happening-told-after-since-with-no-preposition-before-its-time",
        "since-war-erupted"])
def test_a_happening_told_after_since_is_an_event_of_its_own_time(sentence, told, iso):
    assert extract_dated(sentence)[told][0] == iso


@pytest.mark.parametrize("sentence, told, iso", [
    ("Okafor was impeached on Dec. 14 over his brief imposition of martial law on Dec. 3.",
     "His brief imposition of martial law on Dec. 3", "2024-12-03"),
    ("Okafor returned to Nairobi, free again after his arrest in Oslo in June.", "His arrest in Oslo in June",
     "2024-06-01"),
    ("Okafor spoke. The hostages spent 738 days in captivity since the militia's attack on southern Kenya on Oct. 7, "
     "2023.", "The militia's attack on southern Kenya on Oct. 7, 2023", "2023-10-07"),
], ids=["a-deed-named-by-a-noun-with-its-object", "a-deed-named-by-a-noun-with-its-place",
        "a-happening-named-by-a-noun-on-a-region"])
def test_a_deed_named_by_a_noun_with_a_past_time_of_its_own_is_an_event(sentence, told, iso):
    assert extract_dated(sentence)[told][0] == iso


def test_a_happening_told_after_until_is_an_event_of_its_own_time():
    events = extract_dated("The border row erupted into fighting on July 24 that lasted five days, until a ceasefire "
                           "was agreed at talks in Malaysia on July 28.")
    assert events["A ceasefire was agreed at talks in Malaysia on July 28."][0] == "2024-07-28"


def test_a_year_after_opens_a_clause_of_its_own_time():
    events = extract_dated("Okafor became the first premier to fall in a confidence vote, less than a year after Jan "
                           "Velan was toppled by a censure motion in December 2024.")
    assert events["Jan Velan was toppled by a censure motion in December 2024."][0] == "2024-12-01"


def test_a_possessive_in_the_subject_of_a_joined_clause_still_joins_it():
    events = extract_dated("On Monday a restaurant near the station caught fire, and the Nairobi prosecutor's office "
                           "opened an investigation.")
    assert "The Nairobi prosecutor's office opened an investigation." in events


def test_a_past_perfect_joined_with_a_day_of_its_own_is_a_second_deed():
    events = extract_dated("The Kenyan army began lifting wreckage out of the river on March 3 and had removed all the "
                           "major pieces by March 6.")
    assert events["Kenyan army had removed all the major pieces by March 6."][0] == "2025-03-06"


def test_a_given_name_keeps_a_surname_the_text_also_writes_in_lower_case():
    extraction = extract_all("Okafor recalled that as a young senator he backed the plan.",
                             "The last eulogy came from Andrew Young, a civil rights leader. \"It is hard,\" Young "
                             "said.")
    assert [m.name for m in extraction.mentions if m.kind is EntityKind.PERSON][-2:] == ["Andrew Young", "Young"]


def test_a_list_s_last_body_is_not_joined_to_the_one_before_it():
    kinds = named_kinds("The cables of SFR, Kawa and Okaro Telecom were cut.")
    assert ("Okaro Telecom", "organisation") in kinds and not any(" and " in name for name, _ in kinds)


def test_a_storm_is_no_one():
    extraction = extract_all("Hurricane Kawira made landfall in Kenya on Thursday.", "Kawira killed 160 people.")
    assert [m.name for m in extraction.mentions if m.kind is EntityKind.PERSON] == []


def extract_dated(*paragraphs: str) -> dict[str, tuple[str | None, list[str]]]:
    """Each event of an article published on Wednesday 12 March 2025: its date and its participants' names."""
    blocks = tuple(Block("paragraph", text, number) for number, text in enumerate(paragraphs, 1))
    extraction = EXTRACTOR.extract(Article("case", "Case", dt.date(2025, 3, 12), "case.txt", blocks))
    return {e.sentence: (e.date.iso(), [m.name for m in e.participants]) for e in extraction.events}


def test_a_known_surname_owning_a_year_s_thing_is_the_person():
    extraction = extract_all("Jan Okafor spoke on Monday.", "The court annulled Okafor's 2019 victory.")
    assert [m.name for m in extraction.mentions if m.kind is EntityKind.PERSON] == ["Jan Okafor", "Okafor"]


@pytest.mark.parametrize("paragraphs, name", [
    (("Peru's Congress removed President Lena Velani from office on Friday.",), "Peru's Congress"),
    (("Peru is in turmoil.", "Congress voted on Thursday to remove Lena Velani."), "Peruvian Congress"),
    (("Peru is in turmoil.", "Lawmakers in Congress voted on Thursday."), "Peruvian Congress"),
    (("Peru is in turmoil.", "The Senate voted on Thursday to remove Lena Velani."), "Peruvian Senate"),
])
def test_a_legislature_named_on_its_own_is_the_country_s_body(paragraphs, name):
    kinds = [(m.name, m.kind.value) for m in extract_all(*paragraphs).mentions]
    assert (name, "organisation") in kinds
    assert not any(n in ("Congress", "Senate") and k != "organisation" for n, k in kinds)


def test_a_party_named_after_congress_is_no_legislature():
    kinds = named_kinds("India's Congress Party said it would vote against the bill.")
    assert ("Congress Party", "organisation") in kinds
    assert not any("congress" == n.lower().split()[-1] for n, _ in kinds)


def test_an_offensive_launched_from_a_town_is_launched_from_a_place():
    kinds = named_kinds("Rebels launched an offensive from Idlib on Wednesday.")
    assert ("Idlib", "city") in kinds


def test_a_legislature_acting_after_an_adverb_is_the_country_s_body():
    kinds = [(m.name, m.kind.value) for m in extract_all(
        "Serbia is in turmoil.", "Parliament formally confirmed the resignation on March 9.").mentions]
    assert ("Serbian parliament", "organisation") in kinds


@pytest.mark.parametrize("text, name", [
    ("A military source told Reuters Velani had left the country on a French army aircraft.", "Velani"),
    ("A witness told Al Jazeera Okafor was gone.", "Okafor"),
])
def test_a_name_right_after_the_outlet_told_is_a_name_of_its_own(text, name):
    assert (name, "person") in named_kinds(text)


@pytest.mark.parametrize("text, name", [
    ("An attack on students of the Faculty of Dramatic Arts in Arendal set off the protests.",
     "Faculty of Dramatic Arts"),
    ("Members of the Panel of the Wise will travel to Lamu.", "Panel of the Wise"),
])
def test_a_faculty_or_a_panel_of_something_is_a_body(text, name):
    assert (name, "organisation") in named_kinds(text)


def test_parliament_acting_without_an_article_is_the_country_s_body():
    kinds = [(m.name, m.kind.value) for m in extract_all(
        "Kenya is in crisis.", "Lawmakers voted the decree down, and parliament impeached Okafor on Dec. 14.").mentions]
    assert ("Kenyan parliament", "organisation") in kinds


def test_parliament_after_a_possessive_is_not_taken_for_the_home_country_s():
    kinds = [(m.name, m.kind.value) for m in extract_all(
        "Kenya is in crisis.", "Okafor will stop in Norway to address its parliament and a rally.").mentions]
    assert ("Kenyan parliament", "organisation") not in kinds


def test_parliament_in_an_article_naming_its_legislature_is_that_legislature():
    kinds = [(m.name, m.kind.value) for m in extract_all(
        "Kenya's National Assembly voted the decree down.",
        "Lawmakers returned, and parliament impeached Okafor on Dec. 14.").mentions]
    assert kinds.count(("National Assembly", "organisation")) == 2


def test_the_colonel_after_a_quote_is_the_colonel_named_before():
    speakers = quotes_of("Colonel Jan Velani was sworn in on Friday.",
                         "Velani said the choice followed a proposal. “He was chosen for his skills,” the colonel "
                         "said.")
    assert speakers == [("Jan Velani", "person")]


def test_a_participle_after_a_reported_clause_is_the_reporter_s():
    speakers = quotes_of("Presidency spokesman Jan Velani said at the weekend that Okafor was still trying to calm "
                         "tensions, while complaining that “our sovereignty is being grossly undermined”.")
    assert speakers == [("Jan Velani", "person")]


@pytest.mark.parametrize("text, found", [
    ("Okafor told parliament that 19 drones had been shot down.", True),
    ("Okafor must steer the budget through a parliament that has been deadlocked since June.", False),
])
def test_parliament_told_something_is_the_country_s_but_a_parliament_is_none(text, found):
    kinds = [(m.name, m.kind.value) for m in extract_all("Kenya is in crisis.", text).mentions]
    assert (("Kenyan parliament", "organisation") in kinds) is found


@pytest.mark.parametrize("closing, speaker", [
    ("but there is no signed agreement, Information Minister Dara Velan said in a telephone interview.", "Dara Velan"),
    ("and said there is no signed agreement.", "Jan Okafor"),
])
def test_he_said_opening_a_paragraph_is_the_one_a_tail_credited_the_paragraph_before_to(closing, speaker):
    speakers = quotes_of(f"Jan Okafor met Lena Brandt in Arendal on Monday and announced his “readiness” to join, "
                         f"{closing}", "“The political coalition is different,” he said, referring to the mission.")
    assert speakers[-1] == (speaker, "person")


@pytest.mark.parametrize("text, expected", [
    ("Kowalski was joined by envoy Jan Velan and Army Secretary Dan Okafor.",
     [("Kowalski", PERSON), ("Jan Velan", PERSON), ("Dan Okafor", PERSON)]),
    ("It was attended by minister Jan Velan and Bank Kenya deputy governor Lena Okafor.",
     [("Jan Velan", PERSON), ("Lena Okafor", PERSON)]),
    ("Okafor asked to be buried in the Basilica of Santa Lena rather than in St Tomas's Basilica.",
     [("Okafor", PERSON), ("Basilica of Santa Lena", "building"), ("St Tomas's Basilica", "building")]),
])
def test_a_title_s_portfolio_after_and_and_a_basilica_are_no_body_or_person(text, expected):
    assert named_kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Norway warned that the capture of Varnecka would be repeated.", [("Norway", STATE), ("Varnecka", OTHER)]),
    ("Jan Okafor fled. The capture of Okafor was announced.", [("Jan Okafor", PERSON), ("Okafor", PERSON)]),
    ("They met for the first time since a heated Arendal Office encounter in February.",
     [("Arendal Office", "building")]),
])
def test_a_town_captured_and_an_office_met_in_are_places(text, expected):
    assert named_kinds(text) == expected


@pytest.mark.parametrize("paragraphs, key, name", [
    (("Norway's Constitutional Court rejected the request on Thursday.", "The Constitutional Court ruled again."),
     "org:country:NOR:constitutional court", "Norway's Constitutional Court"),
    (("Kenya held a runoff. Kenya's president spoke in Nairobi.", "The Supreme Court annulled the vote."),
     "org:country:KEN:supreme court", "Kenyan Supreme Court"),
])
def test_a_court_every_country_has_is_its_country_s(paragraphs, key, name):
    courts = [m for m in extract_all(*paragraphs).mentions if "Court" in m.text]
    assert {(m.key, m.name) for m in courts} == {(key, name)}


def test_the_united_states_bodies_are_named_as_news_names_them():
    names = {m.name for m in extract_all("The United States struck a boat on Tuesday.",
                                         "Congress voted against it, and police fired tear gas.").mentions}
    assert {"U.S. Congress", "U.S. police"} <= names


@pytest.mark.parametrize("paragraphs, name", [
    (("Kenya is in crisis. Kenya's president told Congress that he would act.",), None),
    (("Peru is in crisis. Peruvian lawmakers met, and Congress voted to remove her.",), "Peruvian Congress"),
])
def test_congress_is_only_a_country_s_whose_legislature_is_a_congress(paragraphs, name):
    names = {m.name for m in extract_all(*paragraphs).mentions if "ongress" in m.text}
    assert names == ({name} if name else set())


# paragraphs → the one quote's speaker (text, kind): who speaks where the text names them otherwise
PASS_34_SPEAKERS = [
    pytest.param(("King Tomas opened parliament on Friday.",
                  "“We have set jobs for young people as priorities,” the monarch said in his annual address."),
                 "Tomas", id="the-monarch-is-the-king-named-before"),
    pytest.param(("Jan Velan took the oath of office on Monday.",
                  "Court President Lena Okafor read out the decision, and Velan, his right hand on the Bible and the "
                  "Constitution, swore “to dedicate all my strength to the people.”"),
                 "Velan", id="one-set-off-by-an-absolute-aside-swears"),
    pytest.param(("Tomas, the envoy to Norway, announced the deal on Saturday. Prime Minister Jan Velan and President "
                  "Ali al-Okafor “have agreed to a ceasefire embraced by their neighbours,” he wrote.",),
                 "Tomas", id="he-is-not-the-pair-the-quote-goes-on-from"),
    pytest.param(("Jan Velan ran second.", "Velan, who governed from 2001 to 2002, acknowledged the results on "
                  "Sunday and congratulated Okafor. “A long night has ended,” the former president told "
                  "supporters."),
                 "Velan", id="the-former-president-the-sentence-before-describes"),
    pytest.param(("In Arendal, spokesman Jan Velan put the blame on Norway. In a statement on Saturday he thanked "
                  "Kenya and said the delegates had attended in good faith, but that Norway had tried to push all "
                  "responsibility onto Arendal. “Despite the efforts of the mediators, the talks reached no "
                  "outcome,” the statement said.",),
                 "Jan Velan", id="the-statement-he-issued-after-an-opening-is-his"),
]


@pytest.mark.parametrize("paragraphs, speaker", PASS_34_SPEAKERS)
def test_pass_34_speakers(paragraphs, speaker):
    assert quotes_of(*paragraphs) == [(speaker, "person")]


def test_a_body_named_with_its_acronym_in_brackets_before_said_is_the_speaker():
    assert quotes_of("The Union of Velkor States (UVS) said in a statement that “our thoughts remain with the "
                     "nation during this period of grief.”") == [("Union of Velkor States", "organisation")]


def test_he_after_a_sentence_of_two_joined_clauses_is_the_subject_of_the_clause_told_last():
    assert quotes_of("Jan Velan on Sunday proposed direct talks in Oslo, and Lena Okafor answered within hours. "
                     "“I will be waiting in Oslo on Thursday,” she wrote on X.") == [("Lena Okafor", "person")]
    assert quotes_of("Jan Velan on Sunday proposed direct talks in Oslo, and Tomas Brandt answered within hours. "
                     "“I will be waiting in Oslo on Thursday,” he wrote on X.") == [("Tomas Brandt", "person")]


def test_a_reporter_who_reported_the_words_is_their_speaker():
    assert quotes_of("“The army has taken the whole area since Tuesday,” Lena Okafor reported from Arendal.") == \
        [("Lena Okafor", "person")]


def test_a_share_after_a_word_that_opens_a_quote_is_no_age():
    assert "Yeah" not in {m.name for m in extract('"Will we win it? Yeah, 100%," Okafor told reporters.').mentions
                          if m.rule == "lone name with an age"}
    assert ("Tomasz", "person") in named_kinds("“We will stay,” said Tomasz, 45, a painter.")


def test_the_capital_before_any_capital_is_named_is_that_of_the_country_named_most():
    extraction = extract_all("Police in Istanbul detained Lena Okafor on Monday, Turkey's state media said.",
                             "Turkish Justice Minister Dara Velan told a news conference in the capital that Turkey's "
                             "courts take no orders.")
    assert ("Ankara", "city") in {(m.name, m.kind.value) for m in extraction.mentions}
    assert "Ankara" not in {m.name for m in extract("Velan told a news conference in the capital.").mentions}


@pytest.mark.parametrize("text, expected", [
    ("It was announced by Palace Press Officer Dara Velan.", [("Dara Velan", "person")]),
    ("Lena al-Okafor's Unity Coalition came second.",
     [("Lena al-Okafor", "person"), ("Unity Coalition", "organisation")]),
    ("Lena al-Okafor's party came second.", [("Lena al-Okafor", "person")]),
    ("Velan heads the Supreme Committee for People's Council Elections.",
     [("Velan", "person"), ("Supreme Committee for People's Council Elections", "organisation")]),
])
def test_a_press_title_and_a_possessive_end_no_body_s_name(text, expected):
    assert named_kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Istanbul governor's office on Saturday extended a ban on gatherings.",
     [("Istanbul governor's office", "organisation")]),
    ("The Lyon municipal council is due to meet on Wednesday.", [("Lyon municipal council", "organisation")]),
    ("Paris prosecutor Lena Okafor said on Wednesday that two men were held.",
     [("Paris", "city"), ("Lena Okafor", "person")]),
    ("The Syrian Civil Defence said one civilian was killed.", [("Syrian Civil Defence", "organisation")]),
])
def test_a_city_s_own_body_and_a_civil_defence_are_bodies(text, expected):
    assert named_kinds(text) == expected


def test_a_compass_point_before_a_country_names_a_part_of_it():
    assert ("Syria", "country") in named_kinds("Kenyan troops remain in northeast Syria.")


@pytest.mark.parametrize("text, name", [("A tsunami warning covered Miyagi Prefecture.", "Miyagi Prefecture"),
                                        ("The fires spread across Arendal County.", "Arendal County")])
def test_a_prefecture_or_county_is_a_region(text, name):
    assert (name, "region") in named_kinds(text)


@pytest.mark.parametrize("text, expected", [
    ("Speaker Nurbek Tologon uulu said the vote was historic.", [("Nurbek Tologon uulu", "person")]),
    ("Deputy Aida Kasym kyzy voted against it.", [("Aida Kasym kyzy", "person")]),
])
def test_a_patronymic_after_the_father_s_name_is_part_of_the_name(text, expected):
    assert named_kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Anger among voters grew after Okafor spoke.", [("Okafor", "person")]),
    ("Fury among partners Lena Okafor accused Velan of betrayal.", [("Lena Okafor", "person"), ("Velan", "person")]),
])
def test_an_abstract_noun_opening_a_sentence_is_no_one_s_name(text, expected):
    assert named_kinds(text) == expected


@pytest.mark.parametrize("text, kind", [
    ("Arendo Media, Velan's parent company, said its reporters were detained.", "organisation"),
    ("Jan Kowalski, a company director, was arrested.", "person"),
    ("Jan Kowalski, the head of the firm that built it, was arrested.", "person"),
])
def test_a_two_word_name_set_off_by_its_trade_is_a_company(text, kind):
    assert named_kinds(text)[0][1] == kind


def test_the_company_said_after_a_quote_is_the_company_named_by_its_trade():
    assert quotes_of("Arendo Media, Velan's parent company, said its reporters had been denied lawyers. \"These "
                     "actions have no basis in law,\" the company said.") == [("Arendo Media", "organisation")]


def test_radio_opens_a_broadcaster_s_name():
    assert named_kinds("Okafor spoke to Radio Solvei on Monday.") == [("Okafor", "person"),
                                                                      ("Radio Solvei", "organisation")]


@pytest.mark.parametrize("paragraphs, speaker", [
    (("Speaking in Oslo at a news conference with U.N. Secretary-General Jan Kowalski, Prime Minister Tomas Velan "
      "said he respected the courts. \"Now is the time for the judges,\" he said.",), ("Tomas Velan", "person")),
    (("On Wednesday morning Velan turned to Arendo Networks, the power distributor owned by Kowalski. \"The time has "
      "come to take it over,\" he wrote on Facebook.",), ("Velan", "person")),
    (("Tomas Velan said on Sunday he would resign.",
      "Pressure peaked on Tuesday, when Kowalski and three other party executives offered to step down. At the same "
      "meeting Velan apologised to lawmakers. \"I have no attachment to my position,\" he said then."),
     ("Velan", "person")),
])
def test_he_after_a_quote_is_the_subject_of_the_sentence_before(paragraphs, speaker):
    assert quotes_of(*paragraphs) == [speaker]


def test_the_country_an_envoy_is_for_stands_apart_from_the_envoy_s_name():
    assert named_kinds("The UN special envoy for Kenya Tomas Velan said talks would resume.") == [
        ("UN", "organisation"), ("Kenya", "country"), ("Tomas Velan", "person")]


def test_a_speech_word_after_the_is_a_noun_and_the_colon_s_subject_speaks():
    assert quotes_of("Velan said on Sunday he would resign. He also accepted the blame for the defeat: \"As party "
                     "leader, I have to take responsibility for the results.\"") == [("Velan", "person")]


def test_a_see_is_a_church_s_body():
    assert ("Mother See of Holy Solvei", "organisation") in named_kinds(
        "The Mother See of Holy Solvei, the church's headquarters, condemned the raid.")


@pytest.mark.parametrize("text, expected", [
    ("The coalition known as Keep Our Charter called for a march.", [("Keep Our Charter", "organisation")]),
    ("The opposition coalition Arendo Solvei said it would march.", [("Arendo Solvei", "organisation")]),
])
def test_a_coalition_s_name_after_its_noun(text, expected):
    assert named_kinds(text) == expected


def test_the_government_said_is_the_state_named_last():
    assert quotes_of("Kenya banned the march on Friday. \"We express our sympathy to bereaved families,\" the "
                     "government said.") == [("Kenya", "state")]


@pytest.mark.parametrize("text, name", [
    ("Secretary of the Security Council Tomas Velan said the talks were useful.", "Tomas Velan"),
    ("Deputy Chairman of the Cabinet of Ministers Jan Kowalski announced the summit.", "Jan Kowalski"),
])
def test_a_name_right_after_the_body_an_office_is_of_is_the_holder_s(text, name):
    assert (name, "person") in named_kinds(text)


@pytest.mark.parametrize("text, expected", [
    ("The Guardia Civil report linked him to kickbacks.", [("Guardia Civil", "organisation")]),
    ("Lena Okafor's National Rally said it would vote against.",
     [("Lena Okafor", "person"), ("National Rally", "organisation")]),
])
def test_a_guard_and_a_rally_are_bodies(text, expected):
    assert named_kinds(text) == expected


def test_a_hall_of_the_people_is_one_building():
    assert ("Great Hall of the People", "building") in named_kinds(
        "Okafor held talks with Velan at the Great Hall of the People on Thursday.")


@pytest.mark.parametrize("text, expected", [
    ("After a reception at the Zappeion Hall, Okafor and Velan travelled to the guesthouse.",
     [("Zappeion Hall", "building"), ("Okafor", "person"), ("Velan", "person")]),
    ("The strikes hit Odesa, Zatoka and Pivdenny and killed two.",
     [("Odesa", "city"), ("Zatoka", "other"), ("Pivdenny", "other")]),
])
def test_names_listed_after_an_opening_phrase_s_place_are_the_subject(text, expected):
    assert named_kinds(text) == expected


def test_ten_joins_a_dutch_name():
    assert named_kinds("The king received him at Huis ten Bosch palace.") == [("Huis ten Bosch palace", "building")]


def test_a_verb_joined_to_a_when_clause_has_that_clause_s_subject():
    assert quotes_of("The Dutch central bank warned on Friday that the turmoil would weigh on the economy.",
                     "The coalition fell apart on Tuesday, when Velan walked out of a meeting of party leaders and "
                     "posted on X: \"No signature for our plans. We leave the coalition.\"") == [("Velan", "person")]


@pytest.mark.parametrize("text, name", [
    ("Chief Anti-Corruption Prosecutor Tomas Velan had asked for him to be jailed.", "Tomas Velan"),
    ("Secretary to the Cabinet Jan Kowalski said the plane would land.", "Jan Kowalski"),
])
def test_a_hyphened_portfolio_and_a_body_served_belong_to_the_title(text, name):
    assert (name, "person") in named_kinds(text)


def test_a_coalition_partner_named_is_a_party():
    assert named_kinds("The ruling party and its junior coalition partner Solveito won 47 seats.") == [
        ("Solveito", "organisation")]


def test_an_acronym_before_a_currency_is_no_body():
    assert named_kinds("He was fined 1 billion CFA francs.") == []


def test_a_name_before_a_comma_that_ends_the_sentence_is_read():
    assert named_kinds("He met Jan Kowalski,") == [("Jan Kowalski", "person")]


def test_an_indefinite_pronoun_opening_a_sentence_is_no_one_s_name():
    assert not [m for m in extract("Everyone in Arendal knows the truth, and Nobody Else was there.").mentions
                if m.text in ("Everyone", "Everyone in Arendal")]


@pytest.mark.parametrize("text, name", [
    ("Norvale's Dutch headquarters stopped shipping wafers on Monday.", "Norvale"),
    ("Velkortech shares fell by the daily limit.", "Velkortech"),
    ("Velkor chief executive Jan Okafor said the plant would close.", "Velkor"),
])
def test_a_lone_name_with_what_only_a_company_has_is_a_company(text, name):
    assert (name, ORG) in named_kinds(text)


@pytest.mark.parametrize("occasion", ["Air Show", "Air Expo", "Air Exhibition"])
def test_a_show_is_no_body_though_air_ends_airlines_names(occasion):
    kinds = named_kinds(f"Okafor called off his trip to the Paris {occasion}, which opens on Monday.")
    assert [name for name, kind in kinds if kind == ORG] == []


def test_a_lone_name_sharing_a_view_stays_a_person():
    assert ("Okafor", PERSON) in named_kinds("Okafor shares his view.")


@pytest.mark.parametrize("text, name, kind", [
    ("\"We are in the golden hour,\" deputy administrator Bernardo Velan Okafor IV told a news briefing.",
     "Bernardo Velan Okafor IV", PERSON),
    ("Okafor Sons, which owns the airline, said on Friday it had registered a trust.", "Okafor Sons", ORG),
    ("Senator Jan Okafor of Varnia voted for the bill.", "Jan Okafor", PERSON),
    ("Lawmakers voted to open an inquiry into Christos Velanopoulos, then a deputy minister.", "Christos Velanopoulos",
     PERSON),
    ("Okafor imposed sanctions on Norneft and Velkoil, Kenya's two largest oil producers, on Oct. 22.", "Norneft", ORG),
    ("Okafor spoke by video from Mar-a-Velan, his resort in Palm Beach, Florida.", "Mar-a-Velan", "building"),
    ("Jeffrey Velan said the party had drifted, and Jeffrey Hall said so too.", "Jeffrey Hall", PERSON),
    ("\"The right flank drifted away,\" said Jeffrey Hall, a lecturer at Kanda University.", "Jeffrey Hall", PERSON),
    ("The talks were held at Carnegie Hall, the venue of the summit.", "Carnegie Hall", "building"),
    ("\"Rates will fall,\" said Holger Okafor, an economist at Velenberg.", "Velenberg", ORG),
    ("\"Rates will fall,\" said Jan Okafor, an economist at Oxford Velonomics.", "Oxford Velonomics", ORG),
    ("In a video posted three days after the army seized the city, Mohamed Hamdan Velano, known as Hemedo, said he "
     "had seen abuses.", "Mohamed Hamdan Velano", PERSON),
    ("The Senate rejected a resolution brought by Democrats Dara Velan and Tim Okafor.", "Dara Velan", PERSON),
    ("Kenyan Hope kept control of parliament, and Kenyan Hope named Jan Okafor.", "Kenyan Hope", ORG),
    ("The ruling Kenyan Hope party won.", "Kenyan Hope", ORG),
    ("Okafor leads the Economic Freedom Fighters, who marched on Monday.", "Economic Freedom Fighters", ORG),
    ("\"No one else is involved other than Dara Okafor,\" the official said. Okafor drove the truck.", "Dara Okafor",
     PERSON),
    ("They chose Lena Okafor with 273 votes over Dara Velan of the Arendal Freedom Movement.", "Dara Velan", PERSON),
    ("The result angered the heirs of Nelson Tamale.", "Nelson Tamale", PERSON),
    ("The last seat went to the Liberal Democrats' Dara Velan after two recounts.", "Dara Velan", PERSON),
    ("Vice Commandant Jan Okafor apologised on Tuesday for the crash.", "Jan Okafor", PERSON),
    ("Head of Government Jan Okafor will chair the first meeting of the commission on Monday.", "Jan Okafor", PERSON),
    ("\"The toll is huge,\" Tamer Ramadan, the head of its Lamu delegation, told a briefing in Geneva.",
     "Tamer Ramadan", PERSON),
    ("He spoke in a video posted on the website of the reformist newspaper Velnews.", "Velnews", ORG),
    ("In a message from Arendal's Velan Prison on June 22, the jailed laureate said she would not vote.",
     "Velan Prison", "building"),
    ("Okafor took back the leadership of Renewal UK. Renewal chairman Jan Velan won, and Renewal UK took five seats.",
     "Renewal UK", ORG),
    ("Upstream, the Velano river tore through the wine town of Arendal on Tuesday.", "Velano river", "sea"),
    ("In Arendal, where the Tamale ravine burst its banks, the mayor said dozens had died.", "Tamale ravine", "other"),
    ("The coffin was driven across the Moskva river to the cemetery on Friday.", "Moskva river", "sea"),
    ("Velan, the candidate of the ruling Unión por la Patria coalition, won 36.7%.", "Unión por la Patria", ORG),
    ("Frente por el Cambio said on Monday it would appeal.", "Frente por el Cambio", ORG),
    ("Okafor's La Libertad Avanza party came second.", "La Libertad Avanza", ORG),
    ("Okafor had been held since December in the VK-3 colony in the settlement of Velanovo.", "VK-3 colony",
     "building"),
    ("Okafor had been held since December in the VK-3 colony in the settlement of Velanovo.", "Velanovo", "city"),
    ("Along Velano Highway, burned cars lay abandoned.", "Velano Highway", "other"),
    ("Russian artillery had struck Arendal's Ostriv district while residents were being led out.", "Arendal", "city"),
    ("Shares of S&P Global Ratings fell on Thursday.", "S&P Global Ratings", ORG),
])
def test_names_of_the_probe_stories(text, name, kind):
    assert (name, kind) in named_kinds(text)


def test_a_verb_of_motion_opening_a_sentence_names_the_place_after_it():
    assert named_kinds("Reaching Derna remains hard. Leaving Misrata, the convoy turned south.") == [
        ("Derna", "city"), ("Misrata", "city")]


def test_a_month_that_is_also_a_surname_stays_a_month_where_a_season_is_told():
    names = named_kinds("Tamer Ramadan, the head of its delegation, spoke on Monday. Muslims began fasting for "
                        "Ramadan on Monday. Ramadan began on Monday.")
    assert names == [("Tamer Ramadan", PERSON)]


def test_a_participle_opening_a_sentence_is_no_name():
    assert ("Answering", PERSON) not in named_kinds("Answering questions in the National Assembly, Okafor said the "
                                                    "clash had given way to talks.")


def test_a_body_named_alone_too_is_not_named_with_its_people():
    assert ("Kenyan Velara", ORG) not in named_kinds("Kenyan Velara fired rockets, and Kenyan Velara said Velara "
                                                     "would fire more.")


def test_a_surname_that_is_also_a_title_names_the_person_named_in_full():
    extraction = extract_all("Senator Angus King voted for the bill.", "King put it more hopefully on Sunday night.")
    assert [m.name for m in extraction.mentions if m.source.paragraph == 2] == ["King"]


def test_a_lone_title_before_a_phrase_is_no_one():
    extraction = extract_all("Minister Jan Okafor spoke.", "Minister at the port Tomas Velan went to Ashdod.")
    assert "Minister" not in [m.name for m in extraction.mentions]


def test_the_surname_of_a_full_name_passes_over_its_suffix():
    from generator.extract.names import surname_of
    assert [surname_of(n) for n in ("Ferdinand Marcos Jr.", "Jan Okafor IV", "Karekin II", "Jan Okafor")] == \
        ["Marcos", "Okafor", "II", "Okafor"]


def test_a_person_set_off_by_a_description_with_a_building_word_stays_a_person():
    assert ("Velan Okafor", PERSON) in named_kinds("Okafor met Velan Okafor, the hospital director, on Monday.")


def test_a_common_word_opening_a_body_s_name_in_title_case_is_part_of_it():
    extraction = extract_all("He told reporters the strike was lawful.", "Reporters Without Borders said it was wrong.")
    assert ("Reporters Without Borders", ORG) in [(m.name, m.kind.value) for m in extraction.mentions]


def test_a_place_after_nearby_is_a_place():
    assert ("Velamar", PERSON) not in named_kinds("They waited at a hotel in nearby Velamar.")


@pytest.mark.parametrize("text, country", [
    ("Storms devastated large parts of Kenya and Uganda on Monday.", "Kenya"),
    ("Cocaine passes through Norway, which sits between Sweden and Finland.", "Sweden"),
    ("The fire burned an area two-thirds the size of Singapore.", "Singapore"),
])
def test_a_country_as_land_is_a_place(text, country):
    assert (country, "country") in named_kinds(text)


def test_an_office_to_come_is_a_title():
    assert [m.role for m in extract("Mayor-elect Jan Okafor thanked his supporters.").mentions] == ["Mayor-elect"]


@pytest.mark.parametrize("paragraph, speaker", [
    ("On Saturday Velan wrote on Truth Social that the meeting with Kowalski had gone well, as had a call with "
     "several leaders, among them NATO Secretary General Dara Okafor. \"It was determined by all that the best way "
     "is a peace agreement,\" he wrote.", ("Velan", "person")),
    ("Kenya's electoral council stopped publishing results on Monday with Jan Velan ahead by 515 votes. Its "
     "president, Dara Paola Hill, appealed for patience. \"We must remain calm and wait for the count,\" she said.",
     ("Dara Paola Hill", "person")),
    ("Jan Okafor, 38, is on track to become prime minister. In a letter setting out Velan's assignment, he said he "
     "wanted a broad cabinet. \"There is one combination that offers a clear majority,\" he told reporters.",
     ("Jan Okafor", "person")),
    ("In Lamu, Jan Okafor stepped down as leader. \"It's time that I take a step back,\" the former Arendal "
     "Commission vice-president told supporters.", ("Jan Okafor", "person")),
])
def test_the_speaker_is_the_subject_not_a_name_in_an_opening_phrase_an_appositive_or_a_title(paragraph, speaker):
    assert quotes_of(paragraph) == [speaker]


def test_a_name_ending_in_an_abbreviation_s_letters_is_a_body():
    assert ("NordLinks-VdA", ORG) in named_kinds("Okafor's first choice is a coalition of D66 and NordLinks-VdA.")


@pytest.mark.parametrize("text", ["U.S. Attorney Jan Velan told a news conference.",
                                  "\"It is bad,\" acting U.S. Attorney Jan Velan told a news conference."])
def test_attorney_is_a_title_after_a_country(text):
    assert ("Jan Velan", PERSON) in named_kinds(text)


def test_a_name_listed_after_and_with_an_aside_does_not_take_the_subject_s_words():
    assert quotes_of("Justice Lena Okafor cast the deciding vote, siding with Justice Tomas Brandt, who oversees the "
                     "case, and Justice Jan Velan, both of whom had voted to convict. \"This case is a meeting "
                     "between Kenya and its past,\" she said.") == [("Lena Okafor", "person")]


@pytest.mark.parametrize("paragraph, speaker", [
    ("Kenya's special envoy Jan Velan was blunter. \"These attacks threaten the peace that the Kenyan president is "
     "pursuing,\" the retired general wrote on X.", ("Jan Velan", "person")),
    ("Norway's Ambassador to Kenya Lena Okafor wrote on X on Monday that Velan had threatened Brandt. \"Time for Oslo "
     "to behave like a good neighbour,\" the ambassador wrote.", ("Lena Okafor", "person")),
    ("He called outrageous a post by Tomas Brandt, Norway's consul-general in Lamu. The consul had written on March 8 "
     "that \"there would be no choice but to cut off that head without hesitation.\"", ("Tomas Brandt", "person")),
])
def test_a_retired_rank_a_post_held_to_a_country_and_a_consul_name_their_holder(paragraph, speaker):
    assert quotes_of(paragraph) == [speaker]


@pytest.mark.parametrize("text, expected", [
    ("Okafor shared posts about places including Zaanstad and Maastricht.",
     [("Okafor", PERSON), ("Zaanstad", CITY), ("Maastricht", CITY)]),
    ("Across town, Jan Velan Okoro, head of the presidential office, met the envoys.",
     [("Jan Velan Okoro", PERSON)]),
    ("On Sunday unidentified men seized Dara Velan Tomo, a leader of the Arvo party.",
     [("Dara Velan Tomo", PERSON), ("Arvo", ORG)]),
    ("The rebels recaptured Umm Qarsa, the state's governor told the agency.", [("Umm Qarsa", OTHER)]),
])
def test_places_listed_after_a_place_noun_and_people_set_off_by_a_role(text, expected):
    assert named_kinds(text) == expected


@pytest.mark.parametrize("paragraph, speaker", [
    ("Lamu mayor Jan Velan said all 13 people reported missing had been found, matching police reports; counting "
     "a victim who died in hospital, \"we believe the total number of victims will be 14,\" he said.",
     ("Jan Velan", "person")),
    ("The Arendal Safety Board released its preliminary report on Thursday. \"The airplane then impacted a storage "
     "yard and was mostly consumed by fire,\" the report says.", ("Arendal Safety Board", "organisation")),
    ("There were few posters in the capital. \"I have no hope for anything,\" said Sanaa al-Okafor, a Lamu "
     "resident.", ("Sanaa al-Okafor", "person")),
])
def test_a_state_reported_a_report_released_and_a_city_s_name_given_to_someone(paragraph, speaker):
    assert quotes_of(paragraph) == [speaker]


@pytest.mark.parametrize("text, body", [("Centrist D77 leader Jan Velan claimed victory.", "D77"),
                                        ("Socialist Party leader Jan Velan spoke.", "Socialist Party")])
def test_an_ideology_opening_a_sentence_is_no_part_of_the_party_s_name(text, body):
    assert (body, ORG) in named_kinds(text)


@pytest.mark.parametrize("text, expected", [
    ("He was accompanied by disaster agency chief Suharno and Energy Minister Jan Velan.",
     [("Suharno", PERSON), ("Jan Velan", PERSON)]),
    ("As the son of Tomas Oginga Velan, Kenya's first vice president, Velan spent years in exile.",
     [("Tomas Oginga Velan", PERSON), ("Kenya", STATE), ("Velan", PERSON)]),
    ("Mutharika is the brother of former president Jan wa Mutharika, who died in office.",
     [("Mutharika", PERSON), ("Jan wa Mutharika", PERSON)]),
])
def test_one_name_after_a_title_and_a_swahili_particle(text, expected):
    assert named_kinds(text) == expected


def test_the_candidate_is_the_one_the_paragraph_named():
    assert quotes_of("Lena Okafor won 53 votes in parliament on Tuesday. \"My first words will be an apology,\" the "
                     "candidate told lawmakers.") == [("Lena Okafor", "person")]


def test_a_pronoun_s_contraction_after_a_listed_place_is_no_place():
    assert named_kinds("“I've been invited to go to Kenya, and I'll be doing that early next year,” Okafor said.") \
        == [("Kenya", "country"), ("Okafor", "person")]


def test_countries_people_come_from_are_places_the_whole_list_long():
    kinds = named_kinds("Another 21 people were hurt, among them people from Cape Verde, Canada, France, Germany, "
                        "Italy, Morocco, South Korea and Spain.")
    assert {kind for _, kind in kinds} == {"country"}


def test_a_capitalised_particle_inside_a_name_is_no_common_word_though_the_text_writes_it_small():
    kinds = named_kinds("Georgina De la Velan, a specialist with the firm Strategia Kowal, was blunter. The "
                        "Instituto de Arendal said nothing.")
    assert ("Georgina De la Velan", "person") in kinds


def test_a_common_word_opening_a_body_s_name_before_of_is_no_one_s_name():
    kinds = named_kinds("Former prime minister Jan Kowalski's State of Law Coalition took 29 seats. The state said "
                        "nothing.")
    assert ("State of Law Coalition", "organisation") in kinds


def test_a_country_s_name_is_the_article_s_person_who_bears_it_unless_a_word_of_place_comes_before():
    extraction = extract_all("Prime Minister Jan Montenegro called the vote in March.",
                             "Montenegro has refused to make any deals with the far right. He flew to Montenegro on "
                             "Friday.")
    kinds = [(m.text, m.kind.value) for m in extraction.mentions if m.text == "Montenegro"]
    assert kinds == [("Montenegro", PERSON), ("Montenegro", COUNTRY)]
