"""Quotes and who said them.

A quote's speaker is the subject of the nearest speech verb: after the quote
("…,” he said", "…,” said X", "according to X", or the next sentence: "…!” Okafor
wrote") or before it in the same sentence ("X warned that “…”"). A pronoun
takes the subject of the nearest sentence before it that names a person
(names inside quotes and after prepositions are not subjects); a definite role
noun ("the president wrote", "the ministry said") takes the last person or
body named with that word; a common noun ("an official", "Israeli media")
leaves the speaker unnamed; "it said" takes the body the sentence before opens
with ("Abiy's office said …. “…,” it said"). A quote right after a person's
possessive ("Petro's “total peace” policy") is that person's phrase, and a phrase
quoted in a sentence with no speech verb is the words of the person the sentence
is about ("Grundberg thanked the government for “engaging positively”").
"""
from __future__ import annotations

import bisect
import calendar
import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from generator.extract.anaphora import BODY_QUALIFIERS
from generator.extract.genders import agrees, pronoun_gender
from generator.extract.lexicon import Lexicon, load_lexicon
from generator.extract.names import KNOWN_SURNAME
from generator.extract.places import BARE_BODY
from generator.extract.text import (DATELINE, DESCRIPTIVE_OPENING, Sentence, Token, by_start, in_span, inside_spans,
                                   quote_spans)
from generator.model import EntityKind, Mention, QuoteFinding, RoleReference, SourceRef

Speaker = Mention | RoleReference | None
ROLE_REACH = 200  # mentions back in which "the minister" looks for whoever was named so
REPEAT_REACH = 4  # quotes either side among which a subheading's quote is quoted again
REPEATED_QUOTE_WORDS = 3  # fewer words quoted twice ("killer") may be anyone's
# Offices one holder at a time is named by: "the foreign minister" is not a person named as president.
OFFICES = frozenset("minister president premier chancellor secretary envoy ambassador spokesman spokeswoman "
                    "spokesperson governor mayor king queen emir".split())
TIME_WORDS = frozenset("on late early last this night morning afternoon evening today yesterday week weekend monday "
                       "tuesday wednesday thursday friday saturday sunday".split())  # "X on Wednesday night called …"
INNER_OPENERS = frozenset("when after while because".split())  # a clause inside the sentence, its own subject
QUOTED_AS_REACH = 10  # "quoted Kenyan Deputy Prime Minister Lena Okafor as saying"
AGE = re.compile(r"\b[0-9]{1,3}-year-old\b")
SUBORDINATE_BEFORE = re.compile(r"\b(?:where|when|while|after|before|as|since|because|although|if)\s+\Z", re.I)
THE_AGED = re.compile(r"[Tt]he\s+[0-9]{1,3}-year-old(?:\s+[\w-]+){0,3}")  # "the 73-year-old told …", "the
# 41-year-old housemaid told …": the person named last
THE_AGED_BEFORE = re.compile(r"\b" + THE_AGED.pattern + r"\Z")
AGED_REACH = 60  # characters back from a verb in which "the 41-year-old housemaid" is read
STATE_NOUNS = frozenset("media television tv news radio broadcaster agency newspaper".split())
ROLE_WORDS = 8  # words after "said" a role noun may stand in: "said the 62-year-old leader"
SPEAKER_WORDS = 7  # words after "said" that name the speaker: "said the country's interior minister, Leila Haddad"
TITLED_SPEAKER_WORDS = 14  # and where titles stack up to a comma: "said Kenya Defence Forces Chief of General Staff …"
SET_OFF_REACH = 4  # characters before a speech verb after a quote where its comma stands: ",” said"
AFTER_QUOTE_WORDS = 24  # "…,” Emily Kilcrease, a senior fellow at the Center for …, told NBC"
# A name right after one of these words is an object, not the subject of its sentence.
QUANTIFIERS = frozenset({"both", "either", "neither"})  # "with both Okafor and Velan": passed over to "with"
OBJECT_WORDS = frozenset(
    "to with by for from of at on in about against between among toward towards including like than whom "
    "met meeting meet meets told telling tell urged urging asked asking called calling thanked invited "
    "and_not via under over behind after before replacing succeeding visited visiting hosted hosting "
    "joined joining congratulated criticised criticized accused accusing inviting invite invites thanking "
    "thank thanks praised praising blamed blaming alongside beside besides".split())
# Role nouns that, after "the" or a possessive, name someone the text has already named.
PERSON_ROLES = frozenset("president minister premier chancellor envoy ambassador king queen emir prince chief "
                         "spokesman spokeswoman spokesperson commander leader secretary governor mayor general "
                         "senator democrat republican lawmaker legislator congressman congresswoman pope pontiff "
                         "archbishop bishop cardinal patriarch diplomat negotiator mediator prosecutor judge "
                         "ombudsman adviser advisor aide director administrator chairman chairwoman chair "
                         "speaker colonel admiral marshal brigadier lieutenant captain commissioner "
                         "superintendent monarch sheriff coordinator inspector detective coroner magistrate "
                         "ceo candidate nominee vice-president vice-chancellor vice-chairman vice-premier co-chair "
                         "consul consul-general".split())
ROLE_NOUNS = PERSON_ROLES | frozenset(
    "ministry department office agency council government presidency kremlin army navy military movement group "
    "militia alliance coalition bloc committee commission organisation organization company firm charity operator "
    "director-general secretary-general party junta forum mission embassy consulate service fund bank court "
    "tribunal authority union board regulator watchdog airline carmaker automaker planemaker chipmaker bureau "
    "association federation foundation".split())
# "X said at the weekend that": a speech verb, then the clause it reports, which the next name opens.
REPORTED_THAT = re.compile(r"\b(?:said|says|told\s+[\w.]+|added|warned|insisted)\s+(?:[^,.;“”\"]{0,40}?\s)?"
                           r"that\s+\Z")
# "the head of state": the office that is
HEADS_OF = {"state": "president", "government": "premier", "cabinet": "premier"}
# One office, two words for it: "the Lebanese premier" is the prime minister, "the Kenyan envoy" its ambassador.
OFFICE_SYNONYMS = {"premier": ("premier", "prime minister"), "envoy": ("envoy", "ambassador"),
                   "ambassador": ("ambassador", "envoy"), "prosecutor": ("prosecutor", "attorney"),
                   "chair": ("chair", "chairman", "chairwoman", "chairperson")} | \
    dict.fromkeys(("aide", "adviser", "advisor"), ("aide", "adviser", "advisor"))  # "his adviser X … the aide"
# "the military said" after "the Lebanese army": a country's armed forces, by any of their names; "the pontiff"
# after "Pope Francis".
ROLE_SYNONYMS = dict.fromkeys(("military", "army"),
                              ("military", "army", "armed forces", "defence forces", "defense forces")) | \
    {"pontiff": ("pontiff", "pope"), "monarch": ("monarch", "king", "queen", "emir", "sultan"),
     "ministry": ("ministry", "foreign office", "home office", "department")} | OFFICE_SYNONYMS  # "the ministry
# said" after "Pakistan's Foreign Office said"
# Bodies named by what they are: "the movement said" after "Hamas said …".
BODY_NOUNS = frozenset("movement group militia alliance coalition bloc junta organisation organization party "
                       "company firm charity operator forum mission embassy consulate union regulator watchdog "
                       "airline carmaker automaker planemaker chipmaker bureau association federation "
                       "foundation network broadcaster".split())
WON_A_VOTE = re.compile(r"\b(?:won|wins|clinched|secured)\b[^.;“”\"]{0,60}?\b(?:election|vote|runoff|run-off|"
                        r"presidency|premiership|race|ballot)\b")
OPENING_TIME_OR_PLACE = re.compile(r"(?:(?:On|In|At|Late|Early|Earlier|Later)\b[^,;.“”\"]{1,40},\s*)?")  # "On
# Tuesday, ", "In Lahaina, ": what the sentence opens with before its subject
DESCRIBED_BODY = re.compile(r"\b(?:the|its|their)\s+(?P<words>(?:[a-z]+\s+){0,3})\Z")  # "the hurricane "
PERSONAL_RELATIVES = frozenset({"who", "whom", "whose"})
AGENCY_NOUNS = frozenset({"agency", "service"})  # "the service said" after "the Federal Penitentiary Service"
STATE_DESCRIPTIONS = frozenset("country kingdom republic emirate sultanate".split())  # "the kingdom said": a state
BLOC_NOUNS = frozenset("alliance coalition bloc junta".split())  # bodies of states or officers, never a lone name
NON_STATE_BODIES = frozenset("movement group militia party".split())  # never a state's army or ministry
STATE_BODY = "org:country:"  # a state's own body's key: "the Israeli military", "Kenya's foreign ministry"
# "Abiy's office said": the body of a person speaks for that person.
# "X issued a statement …. “…,” it said": the statement is that person's.
STATEMENT_NOUNS = frozenset("statement communique communiqué message post".split())
NEWS_BEFORE = re.compile(r"(?:\s+(?:news|security|intelligence|spy))?\s*\Z", re.I)  # "the WAM news agency", "the
# Shin Bet security agency": the words before "agency"
PERSONAL_BODIES = frozenset("office spokesman spokeswoman spokesperson aides camp ministry".split())
PERSONAL_BODY_AFTER = re.compile(r"['’]s\s+(?:" + "|".join(sorted(PERSONAL_BODIES)) + r")\b")
# "the statement said": the statement the text introduced last ("X said in a statement", "a statement released
# by X", "X issued a joint statement") speaks for whoever issued it.
RELATIVE_REACH = 200  # characters back from a name to the ", who" of the clause it may lie in
RELATIVE_AFTER_A_NAME = re.compile(r",\s(?:who|whose)\b")  # "Xi, whose absence …": a relative clause on the name
IN_ONES_VIEW = re.compile(r"\W*(?:In|To)\s+(?:his|her)\s+(?:view|mind|opinion|words),\s*[“\"]")
CLOSED_ASIDE = re.compile(r",\s(?:(?:which|who|whom|whose)\b|as\s(?=[^,;“”\"]*\b(?:asked|said|demanded|urged|"
                          r"requested|promised)\s*,))[^,;“”\"]*,")  # ", as Ocalan had asked,": no speaker of
# what follows
# Nouns a description of someone named before ends on: "the top U.S. diplomat", "the Politburo member".
DESCRIBED_ROLES = frozenset("diplomat member envoy negotiator veteran politician leader lawmaker singer activist "
                            "campaigner lawyer journalist actor actress author writer artist economist businessman "
                            "businesswoman tycoon billionaire cleric monk priest teenager student widow survivor "
                            "footballer candidate nominee".split())
REPORTER_WORDS = 8  # words opening a sentence in which its reporting verb comes: "Foreign Minister X said"
REPORTING_SENTENCES = 4  # sentences back in which "the chief U.S. diplomat" may be the one reporting
APPOSITIVE_WORDS = 8  # the words of a title between commas after a name: ", chief minister of Jammu and Kashmir,"
NEXT_SPEAKER_WORDS = 8  # "…?” Sheikh Omar bin Khalid Al Mansour wrote on X": the speaker opening the next sentence
REPORTED_MODALS = frozenset("would will could might".split())
OPENING_STATEMENT = re.compile(r"\W*(?:In|Under|Through|With)\s[^,;]*\Z")  # "In a joint communique issued …"
COORDINATED = re.compile(r"\s+and\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,4}")  # "… and European Commission President "
NO_ISSUER = "a statement no one was said to issue"
JOINT_TEXT = re.compile(r"\b(?:joint\s+(?:statement|declaration|communiqu[eé])|(?:the\s+two|both)\s+(?:sides|parties|"
                        r"governments|countries|leaders|delegations)\s+(?:said|say|says|added|declared|stated)|"
                        r"the\s+(?:document|declaration|communiqu[eé])\s+(?:said|says|states|reads|read))\b",
                        re.I)  # "the two sides said in a joint statement", "“…,” the document said" (but the
# terms of an agreement are no one's words: "Kenya “will be paid …”, the agreement says")
BODIES_SPEAKING = re.compile(r"\b(?:governments|countries|delegations|states|sides)\b", re.I)
# "…, the bureau said", "…, her deputy spokesman Tomas Lind said": who said what the sentence reports
SAYER_AFTER_A_COMMA = re.compile(r",\s+(?:[\w'’-]+\s+){0,4}\Z")
SAYER_REACH = 60  # characters back from the sayer to the comma before their title
ISSUED_NOUNS = frozenset("statement communique communiqué document text readout letter post report notification notice "
                         "bulletin order".split())
ISSUER_LINKS = frozenset("from by on of".split())  # "the statement from the minister's office said"
DOCUMENT_SAYS = re.compile(r"[,”\"]\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:agreement|treaty|accord|deal|"
                           r"declaration|memorandum|charter|resolution|constitution|document|text|law|decree)\s+"
                           r"(?:says|said|"
                           r"states|stated|reads|read|stipulates|provides)\b[^“”\"]*\Z")
DOCUMENT_WORDS = "the words of a document"
NAMED_AS = re.compile(r"\b(?:dubbed|nicknamed|known\s+as|so-called)\s+(?:the\s+|a\s+|an\s+)?[“\"]?\Z", re.I)
NICKNAME_WORDS = 5  # "the “Merchant of Death”"; a longer quote after "known as" is someone's words
CALLED_JUST_BEFORE = re.compile(r"\b(?:called|named|codenamed|code-named|titled|entitled)\s+[“\"]?\Z")
QUOTE_BEFORE = "“…,” he added: the speaker of the quote before"
PRONOUN_ATTRIBUTION = re.compile(r"[,”\"\s]*(?:he|she)\s+(?:added|said|continued|went\s+on)\b")
STATEMENT_INTRODUCED = re.compile(r"\b(?:[Aa]|[Aa]n|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?"
                                  r"(?:statement|communiqu[eé]|text|readout|letter|notification|notice|bulletin)\b"
                                  r"|\b[Tt]he\s+(?:statement|communiqu[eé]|letter)"
                                  r"(?=,\s+(?:issued|released|signed|sent)\s+by\b)"  # "The statement, issued by X,"
                                  r"|\b(?:[Tt]he|[Aa])\s+(?:[\w-]+\s+){0,3}?report(?=\s+(?:by|from)\s)"  # "The
                                  # preliminary report by the investigation bureau"
                                  r"|\b(?:[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?report\b")  # "The board released its
# preliminary report"
SAID_IN_A_STATEMENT = re.compile(r"\s(?:said|says|announced|added)\s+(?:late\s+|early\s+)?(?:on\s+\w+\s+)?in\s+"
                                 r"(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+\Z")
OPENING_A_QUOTE = re.compile(r"\s*[“\"]")  # a name the quote right after it speaks of
ROLE_AFTER_A_BODY = re.compile(r"\s[a-z][\w-]*\s(?:[A-Z]|[a-z][\w-]*\s[A-Z])")  # "NewsNation host X": a role, a name
SPEAKING_PRONOUN = re.compile(r"(?:[Hh]e|[Ss]he)\s+(?:said|says|added|told|wrote)\b")  # "“…,” he said"
QUOTE_AFTER_ITS_SUBJECT = re.compile(r"(?:\s+and\s+(?:(?:[A-Z]|al-|el-|bin\s|de\s|da\s)[\w'’.-]*\s+){1,6}?)?"
                                     r"\s*[“\"]")  # "X and President Y “have agreed …”"
AFTER_A_QUOTE = re.compile(r"[,.?!][”\"]\s+\Z")  # "…,” Y said": the one named right after a quote closes
CARRIED_BY = re.compile(r",?\s+(?:carried|published|broadcast|aired|relayed|reported|quoted|cited|run)\s+"
                        r"(?:by|in|on)\b")
# "said in a statement carried by the Tasnim news agency": the medium, not the issuer
PRONOUN_AFTER_AN_OPENING = re.compile(r"[^,;.“”\"]{0,40}?(?:,\s*|\s)(he|she)\s")  # "… statement on Saturday he"
PERSONAL_PRONOUN_BEFORE = re.compile(r"\b(?:he|she)\Z")
# "a readout of the call issued by", "a statement released by the chief spokesman"
ISSUED_BY = re.compile(r",?\s+(?:[\w-]+\s+){0,4}?(?:by|from)\s+(?:[a-z][\w-]*\s+){0,3}\Z")
# "The Kenyan government said", "Norway's authorities said": the state speaks.
GOVERNMENT_NOUNS = frozenset("government administration authorities regime".split())
GOVERNMENT_WORD = re.compile(r"\b(?:" + "|".join(sorted(GOVERNMENT_NOUNS)) + r")\b")
PRONOUN_REACH = 3  # sentences back that "he" or "she" looks for a person named as a subject
# "Kowalski's aunt, Dara Velan": one named by her tie to another, then by her name.
KIN_THEN_NAME = re.compile(r"\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+\S")
SUBJECT_PRONOUNS = ("he", "she")
OBJECT_PRONOUNS = ("him", "her")
SOURCE_OPENING = re.compile(r"\W*According\s+to\b[^,;“”\"]{0,120},\s*")  # "According to Lapid's office, the …"
ACCORDING_TO = re.compile(r"\W*According\s+to\b[^,“”\"]{0,200},\s*[“\"]")  # "According to X, “…”": X's words
PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
# A sentence opening with a participle, a subordinate clause or a prepositional phrase, or two ("After the news
# conference, in an interview with X, Y said"): its subject comes after the comma (a phrase holds no saying: "On
# Monday X told television that …, apparently …": X is the subject).
# "With X seated in the front row,", "As X looked on,": an opening phrase whose names are not the sentence's subject.
ABSOLUTE_OPENING = re.compile(r"\W*(?:With|Without|As|When|While|Although|Though|Despite)\s[^,;.:“”\"]{0,120},")
# "On Wednesday morning Okafor turned …": a time or place phrase, then a subject and its verb with no comma between.
PLACE_OR_TIME_OPENING = re.compile(r"\W*(?:In|At|On|During|Late|Early)\s")
VERB_AFTER_A_SUBJECT = re.compile(r"\s+(?:\w+ly\s+)?(?:[a-z]{2,}ed|said|told|met|went|wrote|spoke|gave|took|made|"
                                  r"sent|flew|came|left|held|won|lost|saw|led|sought|brought|began|broke|fled|struck|"
                                  r"is|are|was|were|has|had|will|would)\b")
BARE_PLACE_OR_TIME = re.compile(r"\W*(?:In|At|On|During|Late|Early)\s+(?:(?:[A-Z][\w.]*|[0-9]{1,4},?)\s+){1,3}")  # "On
# Saturday ", "In Paris " (not "On the day ")
APPOSITIVE_NEXT = re.compile(r"\s*(?:the|a|an|its|his|her|their)\s+[a-z]")  # (not "On the day X arrived, Y said")
CLAUSE_WORD = re.compile(r"\b(?:where|which|that|who|whom|when|while|as|after|before)\b")
def _a_role(words: str) -> bool:
    """A role noun or a one-word title: "spokesman", "chairperson"."""
    return words.lower() in ROLE_NOUNS or words.capitalize() in TITLE_WORDS


POSSESSED_ROLE_OPENING = re.compile(r"\W*(?:His|Her|Their|Its)\s+(?:[a-z-]+\s+){0,4}?[a-z-]+,\s+")  # "Her adviser, "
PARTICIPLE_BEFORE_A_TITLE = re.compile(r"\W*[A-Z][a-z]+(?:ed|ing)\s+(?P<title>[A-Z][a-z]+)\b")  # "Outgoing President"
TITLE_WORDS = frozenset(title for title in load_lexicon().titles if " " not in title)
OPENING_CLAUSE = re.compile(r"\W*(?:(?:[A-Z][a-z]+(?:ed|ing)|As|When|While|After|Before|Although|Though|If|Once|"
                            r"Because|Until|Unlike|Like|Despite|Following|"
                            r"(?:Shortly|Soon|Just|Immediately)\s+(?:after|before))\b(?:[^,;.]|(?<=\b[A-Z])\.){0,160},"
                            r"|(?:Minutes|Hours|Moments|Days)\s+(?:after|before)\s[^,;.A-Z]{0,60},"  # "Minutes before
                            # the vote, X said" (not "Hours after the strikes Biden, visiting …, was asked")
                            r"|(?:In|At|During|Amid|Under|Late|Early|Over|With|Without|On|Inside|Outside|Across|"
                            r"Throughout|Ahead|Alongside|Beside|Near)\b"
                            r"(?:(?!\b(?:said|says|told|tells)\b)(?:[^,;.]|(?<=\b[A-Z])\.)){0,160},"  # ("U.S.")
                            r"|(?:An?|One|Two|Three|Four|Five|Six|Seven|Several)\s+(?:day|week|month|year)s?\s+"
                            r"(?:earlier|later|before|after)\b[^,;.]{0,40},)"  # "A day earlier, at a news conference
                            # with X, Y added …"
                            r"(?:\s*(?:in|at|on|during|after|before|amid|despite|following|under)\b"
                            r"(?:[^,;.]|(?<=\b[A-Z])\.){0,160},"
                            r"|\s*the\s+(?:same\s+)?day\b(?:[^,;.]|(?<=\b[A-Z])\.){0,160},)?")  # "On Tuesday, the day X
# handed Y the papers, Z said": Z is the subject
NAMED_MODIFIER = re.compile(r"\b(?!(?:The|A|An|His|Her|Its|Their|This|That)\b)[A-Z][\w.-]*\s+\Z")  # "the NATO chief"
LOOK_BACK = 30  # characters before a role noun where its modifier is ("the NATO chief")
RECENT_BODIES = 20  # bodies named in earlier paragraphs that "the army said" may still refer to
VERBS_ONLY = frozenset("says tells adds states notes writes reads argues insists warns stresses".split())  # no
# plural nouns: "The ruling says"
PRONOUN_LOOK_BACK = 1500  # characters before a quote in which another person for its pronoun is looked for
MEMBERS_OF = re.compile(r"\b(?:[Mm]inisters|[Ll]eaders|[Hh]eads\s+of\s+state)\s+(?P<of>of)\s+(?:the\s+)?[^,;.“”\"]*\Z")
SENT_BY = re.compile(r"(?:^|[,.]\s+|\b[Tt]he\s+)(?:[\w-]+\s+){0,3}(?:mission|delegation|team|observers|monitors|panel|"
                     r"envoys)\s+(?:of|from)\s+(?:the\s+)?\Z")  # what a body sent speaks for it
SENT_BY_REACH = 80
MEMBERS_REACH = 80  # characters back from the word before a speech verb in which "ministers of …" is looked for
REPORTED_SUBJECT_TOKENS = 8  # "said he, X and Y would …": the subject between a speech verb and a modal verb
APPOSITIVE_TOKENS = 9  # ", the country's deputy foreign minister," and shorter
SUBJECT_TOKENS = 4  # "The opposition bloc" and shorter: a subject before an aside that opens the sentence
RELATIVE_CLAUSE_TOKENS = 30  # ", who hosted the talks with EU special envoy X," may run this long
COVER_WINDOW = 8  # names starting before a token that may still cover it (names do not nest deeper)
# A sentence whose subject is a person's office: "The cardinal addressed …", "the 62-year-old pontiff told …".
BODY_SAYING = re.compile(r"\b[Tt]he\s+(" + "|".join(sorted(BODY_NOUNS)) + r")\s*\Z")  # "… the group" said in a …
ANY_PERSON_ROLE = "|".join(sorted(PERSON_ROLES))  # one alternation for every pattern that names an office
# What an office's possessive may own and still leave the office the sentence's subject ("The governor's
# declaration covers …": his), not another person ("The president's spokesman said …").
OWNED_BY_AN_OFFICE = r"['’]s\s+(?!(?:" + ANY_PERSON_ROLE + r"|wife|husband|son|daughter|brother|sister|mother|" \
    r"father|family|office|spokesman|spokeswoman|spokesperson)\b)[a-z]+"
ROLE_OPENING = re.compile(r"\W*(?:[Tt]he|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,2}?((?:" + ANY_PERSON_ROLE +
                          r")(?:-elect|-designate)?)(?:" + OWNED_BY_AN_OFFICE + r")?"
                          r"(?:,\s+who\s[^,;]{1,100},)?"  # "The mayor-elect, who became a citizen in 2018, saved …"
                          r"\s+(?!of\b|and\b|[A-Z])[a-z]+")  # "the president-elect called"
REPORTER_TAIL = re.compile(r"\s+(?:said|says|reported|reports)\s*[.;]")
ROLE_IN_A_CLAUSE = re.compile(r",\s+(?:where|when|as|while|and)\s+(?:the|his|her)\s+(?:[\w-]+\s+){0,2}?(" +
                              ANY_PERSON_ROLE + r")\s+(?!of\b|and\b|[A-Z])[a-z]+ed\b")
# Characters back in which "the spokesperson" looks for the body it speaks for, and "he" for an office that was
# a clause's subject (bounded: a paragraph may be long).
BACK_REACH = 400
SPOKESPERSON_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
SPOKESPERSONS = SPOKESPERSON_NOUNS | {"office", "director-general", "secretary-general"}  # "its director-general
# said": the body's head, for the body
NOUN_LIKE_VERBS = frozenset("note call post comment remark question claim tweet pledge promise demand vow reply state "
                            "counter welcome praise label brand term".split())
ANSWER_VERBS = frozenset("replied answered responded retorted".split())
ASKED = re.compile(r"\basked\s+")
ASKED_TO_DO = re.compile(r"(?:asked|urged|told|invited)\s+(?:him|her|them|[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)\s+to\s")
# "an interview with ABC News anchor David Muir": the outlet's people are titled by it, lower case between.
OUTLET_ROLES = frozenset("anchor correspondent host reporter journalist presenter editor columnist".split())
REPORTED_AS = re.compile(r"\s+(?:missing|dead|killed|injured|wounded|captured|detained|arrested|kidnapped)\b")
FORMER_BEFORE = re.compile(r"\b(?:former|ex|retired)(?:\s+|-)(?:[A-Za-z-]+\s+)?\Z", re.I)  # "the former (Kenyan)
# president", "the retired general"
FORMER = re.compile(r"\bformer\b|\bex-", re.I)  # a role once held: "former President", "ex-minister"
TITLE_MODIFIERS = frozenset("acting former deputy interim then outgoing incoming".split())
WEEKDAYS = frozenset(calendar.day_name)
RELATIVE_PRONOUNS = frozenset("who whom whose which".split())
DETERMINERS = frozenset("a an the this that his her its their our my your another".split())
# Words before a noun: "in opening remarks", "the call", "during a post on X".
NOUN_OPENERS = DETERMINERS | frozenset("in of during with after before from".split())
NEXT_SENTENCE = "speaker in the next sentence"  # "“… praise?” Kowalski asked.": the quote closed its sentence
MODIFIER = re.compile(r"[A-Z][a-z]*(?:\.[A-Z])*\.?")  # "U.S.", "Kenyan": a word before a noun
PREVIOUS_WORD = re.compile(r"([\w'’]+)\W*\Z")


@dataclass(frozen=True)
class Discourse:
    """What the paragraphs before leave for this one: the person they were about, the bodies they named
    (for "the army said" a paragraph later) and the speaker a paragraph ending "X told reporters:" announced."""

    last_person: Mention | None = None
    bodies: tuple[Mention, ...] = ()
    announced: Speaker = None
    issuer: Speaker = None  # who issued the statement the text last introduced: "the statement said" is theirs
    said_last: Speaker = None  # who the last quote credited to anyone was credited to
    quoted_last: Speaker = None  # who spoke the quote that ended the paragraph before, if one did
    holders: tuple[Mention, ...] = ()  # people named with a role so far: whom "the envoy said" is
    genders: Mapping[str, str] = field(default_factory=dict)  # the gender the text gives each person (genders.py)
    last_of_gender: Mapping[str, Mention] = field(default_factory=dict)  # whom "she" or "he" after them may be
    parties: tuple[Mention, ...] = ()  # whom the lead is about: whose words a document with no issuer gives
    name_words: frozenset[str] = frozenset()  # the words of the names of the people the article names in full
    reported_by: Mention | None = None  # the person a tail credited the paragraph before's last sentence to
    winner: Mention | None = None  # the person the text last said won a vote: whom "the president-elect said" is


    def after(self, names: Names, sentences: list[Sentence], lexicon: Lexicon,
              quotes: list[QuoteFinding] = ()) -> Discourse:
        """The discourse the next paragraph reads, once this one (indexed as ``names``, its quotes ``quotes``)
        is read."""
        bodies = self.bodies + tuple(m for m in names.mentions if m.kind.is_actor and
                                     (m.kind is not EntityKind.PERSON or self._lone_name(names.text, m)))
        issuers = names.statement_issuers(sentences, lexicon, self.bodies)
        said_last = next((q.speaker for q in reversed(quotes) if q.speaker is not None), self.said_last)
        sayer = names.sayer_after_a_comma(sentences[-1], lexicon) if sentences else None
        if sayer is not None and not (quotes and quotes[-1].end > sentences[-1].start):
            said_last = sayer  # "X has been arrested, the bureau said. ¶ “…,” the statement said": the bureau's
        reported_by = sayer if sayer is not None and sayer.kind is EntityKind.PERSON and \
            not (quotes and quotes[-1].end > sayer.start) else None  # (a phrase quoted before the tail is its)
        if issuers and issuers[-1][1] is None:  # "The presidential office said in a statement": an issuer not named,
            said_last = next((q.speaker for q in reversed(quotes)  # so "the statement said" is no one's before it
                              if q.speaker is not None and q.end > issuers[-1][0]), None)  # (but a quote it closes is)
        last_told = len(sentences) > 1 and quotes and quotes[-1].rule == NEXT_SENTENCE and \
            quotes[-1].end >= sentences[-2].start  # "“… praise?” Kowalski asked, also noting …": still the quote's
        ends_quoting = bool(quotes) and sentences and (quotes[-1].end >= sentences[-1].start or last_told)
        holders = self.holders + tuple(m for m in names.mentions if m.kind is EntityKind.PERSON and m.role)
        speaking = quotes[-1].speaker if ends_quoting else None  # "“…,” the president told them. ¶ “…,” she said":
        last_person = speaking if isinstance(speaking, Mention) and speaking.kind is EntityKind.PERSON \
            else names.previous_person(len(names.text), self.last_person)  # the one who spoke last
        last_of_gender = {gender: last_person if agrees(self.genders, last_person, gender)  # (one more look back,
                          else names.previous_person(len(names.text), last_person, gender=gender)  # only for the
                          for gender in ("f", "m")} if isinstance(last_person, Mention) else {}  # other gender)
        return Discourse(last_person, bodies[-RECENT_BODIES:],
                         names.announced_speaker(sentences, lexicon), issuers[-1][1] if issuers else None,
                         said_last, quotes[-1].speaker if ends_quoting else None, holders[-RECENT_BODIES:],
                         self.genders, {g: m for g, m in last_of_gender.items() if isinstance(m, Mention)},
                         self.parties or _lead_parties(names.mentions), self.name_words, reported_by,
                         names.winner_before(len(names.text)) or self.winner)

    def _lone_name(self, text: str, mention: Mention) -> bool:
        """A lone name, untitled, of no one the article names in full, as a subject: likely a body ("Hezbollah
        said …"), which "the group said" a paragraph later may take up."""
        return mention.key.startswith("surname:") and not mention.role and mention.name not in self.name_words \
            and is_subject(text, mention)


def _lead_parties(mentions: list[Mention]) -> tuple[Mention, ...]:
    """The actors the lead names, people named in full and states or bodies: whose words "the declaration said"
    gives when the text names no issuer (the first of them, as a reader takes a joint text to speak for them)."""
    return tuple(m for m in mentions if m.kind.is_actor and (m.kind is not EntityKind.PERSON or " " in m.name))


OPENING_ENDS_ON_A_ROLE = re.compile(r"\b(?:the|his|her|its|their)\s+(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+,\s*\Z")
LISTED_IN_AN_OPENING = re.compile(r"\s*(?:among\s+them|among\s+whom|including|such\s+as|notably)\s[^,;:.“”\"]{1,80},")
JOINING_SUBORDINATORS = frozenset("when after as while because".split())
NOUN_AFTER_A_DETERMINER = re.compile(r"\b(?:a|an)\s+(?:(?!that\b|which\b|who\b)[a-z-]+\s+){0,2}\Z"
                                     r"|\b(?:the|his|her|their|its)\s+\Z")  # "accepted the blame for …:"
NOUN_REACH = 30  # characters before a speech word in which "a" or "an" makes it a noun


def _party_speaking(parties: tuple[Mention, ...], words: str) -> Mention | None:
    """The first of the lead's actors a joint text speaks for: a state or body where ``words`` say "the two
    governments" or "delegations", else a person ("the two leaders", "the declaration said")."""
    bodies = [m for m in parties if m.kind is not EntityKind.PERSON]
    people = [m for m in parties if m.kind is EntityKind.PERSON]
    first = (bodies + people) if BODIES_SPEAKING.search(words) else (people + bodies)
    return first[0] if first else None


def find_quotes(text: str, sentences: list[Sentence], source: SourceRef, mentions: list[Mention],
                roles: list[RoleReference], discourse: Discourse, lexicon: Lexicon) -> list[QuoteFinding]:
    spans, starts = quote_spans(text), [s.start for s in sentences]
    finder = _SpeakerFinder(text, outside_quotes(mentions, spans), roles, discourse, lexicon, sentences, spans)
    introduced_by = discourse.announced
    quotes: list[QuoteFinding] = []
    for start, end in spans:
        quoted = text[start:end].strip()
        if not any(c.isalnum() for c in quoted) or _a_nickname(text, start, quoted):
            continue
        sentence = _sentence_at(sentences, starts, start - 1) or sentences[-1]
        closing = _sentence_at(sentences, starts, end) or sentence
        speaker, rule = finder.speaker(sentence, closing, start - 1, end + 1)
        if speaker is None and rule == "no speech verb":  # "Kallas was blunter: “…”", before the next sentence
            speaker, rule = finder.introducer(sentence, start - 1) or (speaker, rule)
        if speaker is None and rule == "no speech verb" and _opens_sentence(text, sentence, start) and \
                _follows_a_credited_quote(quotes, sentences, starts, sentence):  # "“…,” Abe said. “Thanks.”"
            speaker, rule = quotes[-1].speaker, "continues the previous quote"
        if speaker is None and rule == "no speech verb" and _closes_its_sentence(text, sentences, starts, end):
            following = next((s for s in sentences if s.start > end), None)
            found = finder.next_sentence_speaker(following) if following else None
            speaker, rule = found if found is not None else (speaker, rule)
        if speaker is None and rule == "no speech verb":
            speaker, rule = finder.possessor(start - 1) or (speaker, rule)
        if speaker is None and rule == "no speech verb" and quotes and _opens_sentence(text, sentence, start):
            speaker, rule = quotes[-1].speaker, "continues the previous quote"
        elif speaker is None and rule == "no speech verb" and DOCUMENT_SAYS.search(text, start, sentence.end):
            rule = DOCUMENT_WORDS  # "Kenya “will be paid” by the operator “for …”, the agreement says"
        elif speaker is None and rule == "no speech verb" and not _opens_sentence(text, sentence, start):
            speaker, rule = finder.subject_of(sentence, start), "the sentence's subject"
        elif speaker is None and rule == "no speech verb" and introduced_by is not None and not quotes:
            speaker, rule = introduced_by, "announced by the paragraph before"
        elif speaker is None and rule == "no speech verb" and not quotes and \
                (reporter := finder.reporter_of(_sentence_at(sentences, starts, sentence.start - 1))) is not None:
            speaker, rule = reporter, "the one reporting in the sentence before"  # "X said the demands had been
            # handed over. “We have clearly conveyed …”": X's
        elif speaker is None and rule == "no speech verb" and discourse.quoted_last is not None and not quotes \
                and _all_quoted(text, spans):
            speaker, rule = discourse.quoted_last, "a paragraph of quotation after the speaker's quote"
        if speaker is None and rule == NO_ISSUER and not finder.unnamed_issuer_before(start) and \
                (acting := finder.subject_without_quotes(_sentence_at(sentences, starts, sentence.start - 1))):
            speaker, rule = acting, "the statement of the subject of the sentence before"  # "X welcomed the deal.
            # “…,” the statement said": X's
        if speaker is None and rule == NO_ISSUER and not finder.unnamed_issuer_before(start):
            # "X's office said. “…,” the statement added": theirs
            said_before = quotes[-1].speaker if quotes and quotes[-1].speaker is not None else discourse.said_last
            speaker, rule = (said_before, "the statement of the speaker before") if said_before else (speaker, rule)
        if _goes_on_the_quote_before(text, quotes, speaker, end) and not finder.person_between(
                (_sentence_at(sentences, starts, quotes[-1].start - 1) or sentence).start, start):
            speaker, rule = quotes[-1].speaker, QUOTE_BEFORE  # "“…,” the president told the meeting. “…,”
            # he added": the president, though another man was named last
        if speaker is None and quotes and quotes[-1].speaker is not None and rule != DOCUMENT_WORDS and \
                _sentence_at(sentences, starts, quotes[-1].start - 1) == sentence:
            speaker, rule = quotes[-1].speaker, "the speaker of the quote before it in its sentence"
        if speaker is None and discourse.parties and JOINT_TEXT.search(text, sentence.start, sentence.end):
            speaker = _party_speaking(discourse.parties, text[sentence.start:sentence.end])  # "“…,” the document
            rule = "a joint text of the story's parties"  # said": the first of those the lead is about
        quotes.append(QuoteFinding(source, quoted, start, end, speaker, rule))
    return quotes


NAME_BEFORE_A_NICKNAME = re.compile(r"\b[A-Z][\w'’.-]*\s[“\"]\Z")
NAME_AFTER_A_NICKNAME = re.compile(r"[”\"]\s(?:(?:" + "|".join(sorted(load_lexicon().name_particles)) + r")\s)*"
                                   r"[A-Z]")  # 'Ronald "Bato" dela Rosa': the lexicon's name particles



def _a_nickname(text: str, start: int, quoted: str) -> bool:
    """"X, dubbed the “Merchant of Death”", "an operation it called “Iron Swords”": a name given, no one's
    words (but "called the deal “a disaster”" is the caller's)."""
    words = quoted.split()
    if len(words) > NICKNAME_WORDS:
        return False
    if all(w[:1].isupper() for w in words) and NAME_BEFORE_A_NICKNAME.search(text, max(0, start - 40), start) and \
            NAME_AFTER_A_NICKNAME.match(text, start + len(quoted)):
        return True  # 'Jorge "Tuto" Quiroga': a nickname inside a name
    return NAMED_AS.search(text, max(0, start - 40), start) is not None or \
        CALLED_JUST_BEFORE.search(text, max(0, start - 40), start) is not None and all(w[:1].isupper() for w in words)


def _goes_on_the_quote_before(text: str, quotes: list[QuoteFinding], speaker: Speaker, end: int) -> bool:
    """"“…,” he added" right after a quote credited to a person by other words: "he" may be that person."""
    return bool(quotes) and isinstance(speaker, Mention) and speaker.kind is EntityKind.PERSON and \
        isinstance(quotes[-1].speaker, Mention) and quotes[-1].speaker.kind is EntityKind.PERSON and \
        quotes[-1].speaker.key != speaker.key and PRONOUN_ATTRIBUTION.match(text, end + 1) is not None


def _follows_a_credited_quote(quotes: list[QuoteFinding], sentences: list[Sentence], starts: list[int],
                              sentence: Sentence) -> bool:
    """The quote before, credited to someone, ends in the sentence right before ``sentence``."""
    if not quotes or quotes[-1].speaker is None:
        return False
    index = sentences.index(sentence)
    return index > 0 and _sentence_at(sentences, starts, quotes[-1].end) == sentences[index - 1]


def _speaker_words(words: list[Token]) -> list[Token]:
    """The words after "said" that name the speaker: seven, or up to the first comma when a stack of titles
    runs longer ("said Kenya Defence Forces Chief of General Staff Field Marshal Dara Velan, one of …")."""
    comma = next((k for k, w in enumerate(words[:SPEAKER_WORDS]) if w.text == ","), None)
    if comma is not None and comma + 1 < len(words) and words[comma + 1].text[:1].isupper():
        end = next((k for k, w in enumerate(words[comma + 1:comma + 1 + TITLED_SPEAKER_WORDS], comma + 1)
                    if w.text in (",", ".")), comma + 1 + TITLED_SPEAKER_WORDS)
        return words[:end]  # "said the military's chief of staff, Lieutenant General Dara Velan": the name set off
    if comma is not None:
        return words[:SPEAKER_WORDS]
    comma = next((k for k, w in enumerate(words[:TITLED_SPEAKER_WORDS]) if w.text in (",", ".")), None)
    return words[:comma] if comma is not None else words[:SPEAKER_WORDS]


def _all_quoted(text: str, spans: list[tuple[int, int]]) -> bool:
    """The paragraph is quotation only: "“This is a first step.”" under "“…,” said Okafor"."""
    outside, position = [], 0
    for start, end in spans:
        outside.append(text[position:max(position, start - 1)])
        position = end + 1
    outside.append(text[position:])
    return not any(c.isalnum() for c in "".join(outside))


def _sentence_at(sentences: list[Sentence], starts: list[int], position: int) -> Sentence | None:
    index = bisect.bisect_right(starts, position) - 1
    return sentences[index] if index >= 0 and position < sentences[index].end else None


def repeated_quotes_credited(quotes: list[QuoteFinding]) -> list[QuoteFinding]:
    """Words quoted without a speaker (a subheading, a pull quote) that the article quotes again with one,
    among the quotes near them, are that speaker's: "“I did what I came to do”" above "“I did what I came
    to do,” he said"."""
    keys = [_quote_key(q.text) for q in quotes]
    result = []
    for index, quote in enumerate(quotes):
        key = keys[index]
        if quote.speaker is None and len(key.split()) >= REPEATED_QUOTE_WORDS:
            near = range(max(0, index - REPEAT_REACH), min(len(quotes), index + REPEAT_REACH + 1))
            same = next((quotes[k] for k in near if quotes[k].speaker is not None and
                         (key in keys[k] or keys[k] in key and len(keys[k]) * 2 >= len(key))), None)
            if same is not None:
                quote = replace(quote, speaker=same.speaker, rule="the same words quoted with their speaker")
        result.append(quote)
    return result


def _quote_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def outside_quotes(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions not inside any of ``spans`` (sorted, not overlapping), found by bisection."""
    starts = [start for start, _ in spans]
    return [mention for mention in mentions if not inside_spans(spans, starts, mention.start)]


def _words_before(words: list[Token], i: int) -> list[str]:
    """The words before ``words[i]`` (up to four tokens back), a hyphenated compound as one word ("pre-war")."""
    joined: list[str] = []
    for token in words[max(0, i - 4):i]:
        if token.text == "-" and joined or joined and joined[-1].endswith("-"):
            joined[-1] += token.text
        elif token.is_word:
            joined.append(token.text)
        else:
            joined = []
    return joined


def _after_determiner(words: list[Token], i: int) -> bool:
    """"struck a similar note", "in a post on X", "the call", "in opening remarks", "the secretary of state":
    a noun, not a speech verb."""
    if i > 0 and words[i].text == "state" and words[i - 1].text == "of":
        return True
    if i > 0 and words[i].text.endswith("ed") and words[i - 1].text.lower() in ("a", "an", "the"):
        return True  # "answered a shouted question": a participle before its noun
    if words[i].text.rstrip("s") not in NOUN_LIKE_VERBS:
        return False
    if i > 0 and words[i - 1].text.endswith(("'s", "’s")):
        return True  # "Putin's comments"
    written = _words_before(words, i)[-2:]
    previous = [w.lower() for w in written]
    return bool(previous) and (previous[-1] in NOUN_OPENERS or len(previous) == 2 and
                               (previous[0] in NOUN_OPENERS or written[0].endswith(("'s", "’s")))  # "X's pre-war
                               and previous[1].replace("-", "").isalpha() and previous[1].islower()  # demands
                               or len(previous) == 2 and previous[0] in DETERMINERS and MODIFIER.fullmatch(written[1])
                               is not None)  # "a U.S. demand", "the Kenyan call"


def _may_be_the_same(one: Mention, other: Mention) -> bool:
    """The two mentions may name one person: the same key, or one name a word of the other ("Kim", "Kim Jong Un")."""
    return one.key == other.key or one.name in other.name.split() or other.name in one.name.split()


def _participle_aside_opening(tokens: tuple[Token, ...], comma: int) -> int | None:
    """The comma that opens an aside of a past participle ("built around …", "backed by …") closing at ``comma``,
    when only the sentence's subject stands before it."""
    opening = _opening_comma(tokens, comma, RELATIVE_CLAUSE_TOKENS)
    if opening is not None and tokens[opening + 1].text in ("who", "which"):
        opening = _opening_comma(tokens, opening, RELATIVE_CLAUSE_TOKENS)  # "The party, founded by X, who is no
        # kin of Y, said": the participle's aside holds a relative one
    if opening is None or not 0 < opening <= SUBJECT_TOKENS:
        return None
    word = tokens[opening + 1].text
    return opening if word.islower() and (word.endswith("ed") or word in ASIDE_PARTICIPLES) else None


ASIDE_PARTICIPLES = frozenset("built led made known born held run chosen founded set".split())


def _opening_comma(tokens: tuple[Token, ...], comma: int, reach: int) -> int | None:
    """The comma that opens the aside closing at ``comma`` ("X, the prime minister,"), within ``reach`` tokens."""
    return next((i for i in range(comma - 1, max(-1, comma - reach), -1) if tokens[i].text == ","), None)


JOINED_CLAUSE_BEFORE = re.compile(r",\s(?:and|but)\s(?:[A-Z][a-z]+\s+){0,2}\Z")  # ", and (President) …"


def _before_acronym(tokens: tuple[Token, ...], index: int) -> int:
    """The token before a parenthesised acronym that ends at ``index`` ("… Relations (ISPR)"), else ``index``."""
    if index >= 3 and tokens[index].text == ")" and tokens[index - 2].text == "(" and tokens[index - 1].text.isupper():
        return index - 3
    return index


def _closes_its_sentence(text: str, sentences: list[Sentence], starts: list[int], quote_end: int) -> bool:
    """Nothing but punctuation follows the quote in its sentence (“…!”), so the next one may name its speaker;
    not "… was a “historic surrender” that would send money …"."""
    sentence = _sentence_at(sentences, starts, quote_end - 1)
    return sentence is None or not text[quote_end:sentence.end].strip(" .!?,;:”\"'’)")


def _opens_sentence(text: str, sentence: Sentence, quote_start: int) -> bool:
    """A quote that is a sentence of its own continues the quote before it."""
    return not text[sentence.start:quote_start - 1].strip()


JUST_BEFORE_A_SUBJECT = re.compile(r",\s+(?:the\s+)?")  # "… his son Hunter, the president": a phrase closes, a
# subject opens
HEAD_OFFICE = re.compile(r"\b(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir)\b", re.I)
PASSIVE_BE = frozenset({"was", "were", "is", "are", "be", "been", "being"})
CONDITION_SUBJECT_TOKENS = 4  # "if the electoral council announced": the words between "if" and its verb


class _SpeakerFinder:
    def __init__(self, text: str, mentions: list[Mention], roles: list[RoleReference], discourse: Discourse,
                 lexicon: Lexicon, sentences: list[Sentence], spans: list[tuple[int, int]]):
        self.text, self.mentions, self.roles = text, mentions, roles
        self.last_person, self.bodies, self.holders = discourse.last_person, discourse.bodies, discourse.holders
        self.quoted_last, self.reported_by, self.winner = discourse.quoted_last, discourse.reported_by, discourse.winner
        said_last = discourse.said_last
        self._body_said_last = said_last if isinstance(said_last, Mention) and said_last.kind.is_actor and \
            said_last.kind is not EntityKind.PERSON else None
        self.lexicon, self.sentences = lexicon, sentences
        self._sentence_ends = [sentence.end for sentence in sentences]
        self.names = Names(text, sentences, mentions, roles, discourse.holders, discourse.genders,
                           discourse.last_of_gender, discourse.name_words, discourse.bodies)
        self.issuer, self.issuers = discourse.issuer, self.names.statement_issuers(sentences, lexicon, discourse.bodies)
        self.spans, self._span_starts = spans, [start for start, _ in spans]
        self._roles_index, self._mentions_index = by_start(roles), by_start(mentions)

    def _mentions_in(self, start: int, end: int) -> list[Mention]:
        """The mentions starting in [start, end), in text order, found by bisection."""
        return in_span(self.mentions, *self._mentions_index, start, end)

    def next_sentence_speaker(self, sentence: Sentence) -> tuple[Speaker, str] | None:
        """"…!” Okafor wrote on her platform": the quote closed its sentence; the next one names the speaker."""
        words = [t for t in sentence.tokens if t.is_word][:NEXT_SPEAKER_WORDS + APPOSITIVE_WORDS]
        if (apposed := self._apposed_speaker(sentence, words) or self._named_after_a_role(sentence, words)) \
                is not None:
            return apposed, NEXT_SENTENCE  # "…!!!” Jan Okafor, chief minister of the province, wrote on X."
        words = words[:NEXT_SPEAKER_WORDS]
        verb = next((i for i, w in enumerate(words) if self._speaks(words, i)), None)
        if verb is not None and verb >= 4 and not isinstance(self._covering(words[verb - 1]), Mention):
            return None  # a long run before the verb is a name only if it is one ("Sheikh Omar bin Khalid Al X")
        subject = verb - 1 if verb else -1
        while subject >= 0 and self.lexicon.is_skippable(words[subject].text):
            subject -= 1  # "He also told Fox News …"
        found = self._resolve_token(words[subject]) if subject >= 0 else None
        return (found, NEXT_SENTENCE) if found is not None else None

    def _apposed_speaker(self, sentence: Sentence, words: list[Token]) -> Mention | None:
        """The person opening ``sentence`` when an appositive between commas follows the name and a speech verb
        follows the appositive: "Jan Okafor, chief minister of the province, wrote on X"."""
        first = self._covering(words[0]) if words else None
        if not (isinstance(first, Mention) and first.kind is EntityKind.PERSON and first.start == words[0].start
                and self.text.startswith(",", first.end)):
            return None
        closing = self.text.find(",", first.end + 1, sentence.end)
        after = [k for k, w in enumerate(words) if w.start > closing] if closing > 0 else []
        return first if after and self._speaks(words, after[0]) else None

    def _named_after_a_role(self, sentence: Sentence, words: list[Token]) -> Mention | None:
        """The person named between commas after the role opening ``sentence``, when a speech verb follows:
        "Russia's ambassador to the United States, Jan Okafor, said"."""
        comma = self.text.find(",", sentence.start, sentence.end)
        named = next((w for w in words if w.start > comma), None) if comma > 0 else None
        person = self._covering(named) if named is not None else None
        if not (isinstance(person, Mention) and person.kind is EntityKind.PERSON and person.start == named.start
                and self.text.startswith(",", person.end)):
            return None
        after = [k for k, w in enumerate(words) if w.start > person.end]
        return person if after and self._speaks(words, after[0]) else None

    def speaker(self, sentence: Sentence, closing: Sentence, quote_start: int,
                quote_end: int) -> tuple[Speaker, str]:
        """``sentence`` holds the opening quote mark, ``closing`` the closing one (a quote may hold full stops)."""
        tokens = sentence.tokens
        before = [t for t in tokens if t.end <= quote_start]
        after = [t for t in closing.tokens if t.start >= quote_end]
        asides = [m.span() for m in CLOSED_ASIDE.finditer(self.text, sentence.start, quote_start)]
        verb = next((t for k, t in reversed(list(enumerate(before))) if self._speaks(before, k)
                     and not any(a <= t.start < b for a, b in asides)  # "…, which Havana calls a blockade,"
                     and not (k and before[k - 1].text.lower() in PASSIVE_BE)  # "if sabotage were confirmed, it
                     # was “…”": a passive names no speaker
                     and not NOUN_AFTER_A_DETERMINER.search(self.text, max(0, t.start - NOUN_REACH), t.start)
                     and not REPORTED_AS.match(self.text, t.end)),  # "13 people reported missing": a state
                    None)  # "X struck a more upbeat note: “…”": a noun, no speech verb
        if verb is not None and any(b.text == ";" for b in before[before.index(verb) + 1:]) and \
                (told_after := self._after_quote(after, quote_start)) is not None:
            return told_after  # "… said all were found; counting one who died, “…,” he said": the clause's own
        if verb is not None:
            verb = self._reporting_verb(before, verb)
            verb = self._speech_verb_before_a_condition(before, verb) or verb
            found = self._subject(tokens, verb, quote_start)
            k = before.index(verb)
            if found is None and k > 0 and before[k - 1].text.lower() == "it" and \
                    (reporting := self._speech_verb_before_that(before, k)) is not None:
                verb, found = reporting, self._subject(tokens, reporting, quote_start)  # "X wrote that it promised
                # to be “…”": a thing, not a speaker, promises
            if found is None and (reporting := self._reporting_an_unnamed_subject(before, k)) is not None:
                verb, found = reporting, self._subject(tokens, reporting, quote_start)  # "X said the authorities had
                # responded “at this stage” to offers": X's words for what they did
            return found, f"subject of '{verb.text}'"
        found = self._after_quote(after, quote_start) or self._according_to(after)
        return found if found is not None else (None, "no speech verb")

    def _reporting_an_unnamed_subject(self, before: list[Token], k: int) -> Token | None:
        """The speech verb before the clause of ``before[k]``, whose subject names no one: the reporter's (not
        across a comma: "…, the agency reported, while insisting that claims were “…”": the insisting one's)."""
        for j in range(k - 1, -1, -1):
            if before[j].text in (",", ";", ":"):
                return None
            if self._speaks(before, j):
                return before[j]
        return None

    def _speech_verb_before_a_condition(self, before: list[Token], verb: Token) -> Token | None:
        """"He called on people to protest if the council announced “falsified results”": the words are his, a
        saying feared or foreseen, not the council's: the speech verb before the "if" or "unless"."""
        k = before.index(verb)
        condition = next((j for j in range(k - 1, max(-1, k - 1 - CONDITION_SUBJECT_TOKENS), -1)
                          if before[j].text.lower() in ("if", "unless")), None)
        if condition is None:
            return None
        return next((before[i] for i in range(condition - 1, -1, -1) if self._speaks(before, i)), None)

    def _reporting_verb(self, before: list[Token], verb: Token) -> Token:
        """"X warned that Warsaw would respond “with all its might”": the words are X's, who reports what the
        subject of the modal verb would say, so the speech verb before "that" is the quote's."""
        k = before.index(verb)
        if k == 0 or before[k - 1].text.lower() not in REPORTED_MODALS:
            return verb
        return self._speech_verb_before_that(before, k, reach=1) or self._speech_verb_before_a_subject(before, k) \
            or verb

    def _speech_verb_before_a_subject(self, before: list[Token], k: int) -> Token | None:
        """"The president said he, X and Y would speak “with one voice”": the speech verb right before the
        subject of the modal verb, with no "that" between."""
        for j in range(k - 2, max(0, k - 2 - REPORTED_SUBJECT_TOKENS), -1):
            if before[j].text.lower() == "that" or not before[j].is_word and before[j].text != ",":
                return None
            if self._speaks(before, j):
                return before[j] if j < k - 2 else None
        return None

    def _speech_verb_before_that(self, before: list[Token], k: int, reach: int = 4) -> Token | None:
        """The speech verb up to ``reach`` words before the "that" that opens the clause of ``before[k]`` ("X wrote
        before the trip that …"; but "said before the call that Y would tell": Y's words)."""
        that = next((j for j in range(k - 1, 0, -1) if before[j].text.lower() == "that"), None)
        for j in range(that - 1, max(0, that - 1 - reach), -1) if that is not None else ():
            if not before[j].is_word:
                break
            if self._speaks(before, j):
                return before[j]
        return None

    def _set_off(self, word: Token) -> bool:
        """A comma or a stop between the quote and ``word`` (",” said X", "…” — said X"), in or out of it."""
        return re.search(r"[,.!?;—–]", self.text[max(0, word.start - SET_OFF_REACH):word.start]) is not None

    def _according_to(self, after: list[Token]) -> tuple[Speaker, str] | None:
        """"… “in partnership” with the African Union, according to Oslo": the source the sentence ends on."""
        words = [t for t in after if t.is_word and not self._in_quote(t.start)]
        at = next((k for k in range(len(words) - 1) if words[k].text.lower() == "according"
                   and words[k + 1].text.lower() == "to"), None)
        found = self._mention_at(words[at + 2:]) if at is not None else None
        return (found, "according to") if found is not None else None

    def _after_quote(self, after: list[Token], quote_start: int) -> tuple[Speaker, str] | None:
        """"…,” he said", "…,” said Dara Velan", "…,” Kenya’s minister, X, told …", "according to X"."""
        words = [t for t in after if t.text not in "”\""][:AFTER_QUOTE_WORDS]
        while words and words[0].text == ",":
            words = words[1:]
        if not words:
            return None
        if [w.text.lower() for w in words[:2]] == ["according", "to"]:
            return self._mention_at(words[2:]), "according to"
        quoted = next((i for i, w in enumerate(words[:ROLE_WORDS]) if w.text.lower() == "quoted"), None)
        if quoted is not None and words[quoted + 1:quoted + 2] and words[quoted + 1].text != "as" \
                and any(w.text.lower() in ("saying", "telling", "stating")
                        for w in words[quoted + 1:quoted + QUOTED_AS_REACH]):
            # "his office quoted him as saying", "Xinhua quoted X as telling reporters"
            if words[quoted + 1].text.lower() in OBJECT_PRONOUNS:  # "“…,” Yoon quoted him as saying": not Yoon
                quoting = self._covering(words[quoted - 1]) if quoted else None
                return self._previous_person_but(quote_start, quoting), "quoted as saying"
            return self._mention_at(words[quoted + 1:quoted + QUOTED_AS_REACH]), "quoted as saying"
        passive = next((i for i, w in enumerate(words[2:], 2) if w.text.lower() == "quoted"
                        and words[i - 1].text in ("was", "were") and words[i + 1:i + 2] and words[i + 1].text == "as"),
                       None)
        if passive is not None and words[passive - 2].text == ",":  # "…,” X, the party's deputy chairman, was
            return self._mention_at(words[:passive - 2]), "quoted as saying"  # quoted as saying"
        if passive is not None:
            return self._resolve_token(words[passive - 2]), "quoted as saying"  # "…,” he was quoted as saying"
        heard = next((i for i, w in enumerate(words[2:ROLE_WORDS], 2) if w.text == "heard"
                      and words[i - 1].text in ("was", "were") and words[i + 1:i + 2]
                      and words[i + 1].text in ("saying", "telling")), None)
        if heard is not None:  # "…,” the Polish leader was heard saying"
            return self._resolve_token(words[heard - 2]), "heard saying"
        verb = next((i for i, w in enumerate(words) if self._speaks(words, i) and not w.text.endswith("ing")), None)
        if verb is None:
            return None
        if verb == 0 and not self._set_off(words[0]):
            return None  # "His camp has “strongly” denounced the ruling": a word quoted in the clause, no inversion
        if verb == 0:
            return self._mention_at(_speaker_words(words[1:])), "speech verb after quote"
        between = words[:verb]
        while len(between) > 1 and self.lexicon.is_skippable(between[-1].text):
            between = between[:-1]  # "…,” the governor had told residents": the governor
        if len(between) >= 3 and between[-2].text == "-" and between[-1].text.islower():
            between = between[:-3] + [replace(between[-3], text=f"{between[-3].text}-{between[-1].text}",
                                              end=between[-1].end)]  # "its director-general said": one noun
        between = self._without_its_place(between)  # "…,” the Ministry of Defence in New Delhi said": the ministry
        if [w.text.lower() for w in between] in (["and"], ["but"]):
            return None  # "X and Y “agreed to …” and told …": the sentence's subject, not one after the quote
        if self._reported_for_the_subject(between, quote_start):  # "Guterres “strongly condemned” the strikes, his
            return self._previous_person(quote_start), "words of the one the spokesman speaks for"  # spokesman said"
        persons = [found for w in between if isinstance(found := self._covering(w), Mention)
                   and found.kind is EntityKind.PERSON]
        comma = max((k for k, w in enumerate(between[:-1]) if w.text == ","), default=None)
        if persons and comma is not None and persons[-1].end <= between[comma].start and \
                (body := self._body_named_alone(between[comma + 1:])) is not None:
            return body, "body before verb after quote"  # "Putin had “gratefully accepted” Kim's invitation, the
            # Kremlin said": the body after the comma, not a person named in the clause before it
        if persons and _right_before(self.text, persons[-1], words[verb]):
            if SERVES_BEFORE.search(self.text, max(0, persons[-1].start - LOOK_BACK * 2), persons[-1].start):
                return None, "an unnamed aide of the one named"  # "…,” an aide to Lena Okafor said"
            if is_subject(self.text, persons[-1]):  # "… through envoy X, spokesman Y told reporters"
                return persons[-1], "speaker before verb after quote, right before it"
        if THE_AGED.fullmatch(self.text, between[0].start, between[-1].end) and \
                between[-1].text.lower() not in self.lexicon.role_nouns:  # "“…,” the 73-year-old told lawmakers"
            return self._previous_person(quote_start), "the one of that age named before"
        if persons:  # "…,” Dara Velan, an adviser to President Jan Kowalski, told …": the first subject
            return next((p for p in persons if is_subject(self.text, p)), persons[-1]), "speaker before verb after quote"
        if len(between) == 3 and between[0].text.lower() == "the" and self._names_a_body(between[1]) and \
                between[2].text.lower() in ROLE_NOUNS and isinstance(holder := self._role_holder(between[2]), Mention):
            return holder, "the one holding the office of the body named"  # "“…,” the EFF leader told journalists"
        if [w.text.lower() for w in between[-3:]] == ["the", "first", "lady"]:  # "“…,” the first lady said": the
            return self.names.previous_person(quote_start, self.last_person, gender="f"), "the first lady"  # woman
            # named last
        if (self._describes_someone(between[-1]) or _formerly_held(between)) and between[0].text.lower() == "the" and \
                (described := self._only_person_before(quote_start) or
                 (self._quoted_last_described(quote_start) if self._resolve_token(between[-1]) is None else None)
                 or (None if _formerly_held(between) else self._person_reporting_before(quote_start))):
            return described, "the one person the description stands for"  # "Secretary of State X said …. “…,”
            # the top U.S. diplomat said"
        if _formerly_held(between) and between[0].text.lower() == "the" and \
                self._resolve_token(between[-1]) is None and \
                isinstance(subject := self._previous_person(quote_start), Mention):
            return subject, "the one of the sentence before, who once held the office"  # "X, who governed from
            # 2001 to 2002, conceded. “…,” the former president told supporters"
        issued = next((k for k, w in enumerate(between) if w.text.lower() in ISSUED_NOUNS), None)
        if issued is not None and (issuer := self._issuer_named_with(between, issued)) is not None:
            return issuer, "issuer the statement names"
        named_whole = self._covering(between[-1])
        if isinstance(named_whole, Mention) and named_whole.kind in (EntityKind.ORGANISATION, EntityKind.GROUP) and \
                named_whole.rule != BARE_BODY and named_whole.start <= between[min(1, len(between) - 1)].start:
            return named_whole, "speaker before verb after quote"  # "…,” the Kherson prosecutor's office said"
        if between[-1].text.lower() in self.lexicon.group_nouns or between[-1].text in SPOKESPERSONS:
            named = self._agency(between[-1]) or self._named_by_noun(between[-1])  # "…,” the spokesman told
            # reporters": the one named before
            issued = between[-1].text.lower() in ISSUED_NOUNS
            rule = "issuer of the statement" if issued else "definite role noun"
            return (named, rule) if named is not None else (None, NO_ISSUER if issued else "unnamed speaker")
        if len(between) > 3 and _described_by_a_name(between) and self._resolve_token(between[-1]) is None:
            return None, "unnamed speaker"  # "…,” the Arendal University professor told": not the university
        if len(between) > 3:  # "…” to its countermeasures against U.S. tariffs, the ministry said": the words before
            found = self._body_of_a_country(between) or \
                next((f for w in reversed(between[-3:]) if (f := self._resolve_token(w)) is not None
                      and not (isinstance(f, Mention) and not f.kind.is_actor)), None)  # ("the U.S. embassy in
            # Mali said": the embassy; a place does not speak)
            return (found, "speaker before verb after quote") if found is not None else None
        if between[-1].text.lower() in SUBJECT_PRONOUNS and (body := self._on_behalf_of(words[verb:])) is not None:
            return body, "on behalf of"  # "“…,” he said, speaking on behalf of a body calling itself the CTRI"
        if words[verb].text.lower() in ANSWER_VERBS and between[-1].text.lower() in SUBJECT_PRONOUNS and \
                (asked := self._person_asked(quote_start)) is not None:
            return asked, "the one asked, answering"  # "X asked Trump whether … “No,” he replied"
        found = self._resolve_token(between[-1])
        if between[-1].text.lower() in SUBJECT_PRONOUNS and (other := self._not_the_addressee(
                found, words[verb + 1:verb + 1 + ROLE_WORDS], quote_start, between[-1].start)) is not None:
            return other, "speaker before verb after quote, not the one told"  # "“…,” he told Kim": not Kim
        return found, "speaker before verb after quote"

    def _body_named_alone(self, words: list[Token]) -> Mention | None:
        """The organisation or state that ``words`` ("the Kremlin", "Moscow") name and nothing else."""
        words = words[1:] if words and words[0].text.lower() == "the" else words
        found = self._covering(words[-1]) if words else None
        if not isinstance(found, Mention) or found.kind not in (EntityKind.ORGANISATION, EntityKind.STATE) or \
                any(not found.start <= w.start < found.end for w in words):
            return None
        return found

    def _without_its_place(self, words: list[Token]) -> list[Token]:
        """The words before a speech verb without a closing "in <place>" that says where the speaker is."""
        cut = next((k for k in range(2, len(words) - 1) if words[k].text in ("in", "from")), None)
        if cut is None:
            return words
        places = {id(found) for w in words[cut + 1:] if isinstance(found := self._covering(w), Mention)
                  and not found.kind.is_actor}
        return words[:cut] if places and all(isinstance(f := self._covering(w), Mention) and id(f) in places
                                             for w in words[cut + 1:]) else words

    def _names_a_body(self, word: Token) -> bool:
        found = self._covering(word)
        return isinstance(found, Mention) and found.kind in (EntityKind.ORGANISATION, EntityKind.GROUP) and \
            found.rule != "demonym"

    def _on_behalf_of(self, words: list[Token]) -> Mention | None:
        """The body the words after a speech verb say the speaker spoke for ("speaking on behalf of X")."""
        behalf = next((k for k in range(len(words) - 2) if words[k].text.lower() == "on"
                       and words[k + 1].text.lower() == "behalf" and words[k + 2].text.lower() == "of"), None)
        if behalf is None:
            return None
        return next((m for w in words[behalf + 3:] if isinstance(m := self._covering(w), Mention)
                     and m.kind in (EntityKind.ORGANISATION, EntityKind.GROUP)), None)

    def _not_the_addressee(self, found: Speaker, told: list[Token], quote_start: int,
                           pronoun: int) -> Mention | None:
        """Another person for a pronoun that resolved to the one it speaks to ("“…,” he told Kim"): the last
        person named before the quote who is not them and agrees with the pronoun."""
        addressee = next((m for w in told if isinstance(m := self._covering(w), Mention)), None) if told else None
        if not isinstance(found, Mention) or addressee is None or addressee.key != found.key:
            return None
        gender = pronoun_gender(self.text, pronoun)
        named = [*reversed(self._mentions_in(max(0, quote_start - PRONOUN_LOOK_BACK), quote_start)),
                 *reversed(self.holders)]  # (in this paragraph, else among those named with a role before)
        return next((m for m in named if m.kind is EntityKind.PERSON and not _may_be_the_same(m, found)
                     and agrees(self.names.genders, m, gender)), None)

    def _reported_for_the_subject(self, between: list[Token], quote_start: int) -> bool:
        """The quote sits inside a sentence already under way ("X congratulated both parties “…”") and "his
        spokesman" or "her office" says so after it: the words are the sentence's subject's."""
        opening = [w.text.lower() for w in between[:2]]
        if len(opening) < 2 or opening[0] not in ("his", "her") or opening[1] not in SPOKESPERSONS:
            return False
        return bool(re.search(r"\w", self.text[self._sentence_start(quote_start):quote_start]))

    def _person_asked(self, position: int) -> Mention | None:
        """The person the sentence before ``position`` says was asked ("Vega asked Trump whether …")."""
        start = self._sentence_start(position)
        previous = self._sentence_start(max(0, start - 1))
        asked = ASKED.search(self.text, previous, start)
        if asked is None:
            return None
        person = next((m for m in self.mentions if m.start >= asked.end() and m.kind.is_actor), None)
        if person is None or person.kind is not EntityKind.PERSON:
            return None
        title = self.text[asked.end():person.start].split()  # "asked President Trump": his title between
        return person if all(w[:1].isupper() for w in title) else None

    def _issuer_named_with(self, phrase: list[Token], noun_at: int) -> Speaker:
        """The issuer a statement's own phrase names: before the noun ("the White House statement", "Okafor's
        letter") or after "from", "by", "on" ("the statement from the minister's office", "… on his website")."""
        noun = phrase[noun_at]
        named = self._body_before(noun) or self._owner(noun) or self._possessed(phrase[:noun_at])
        rest = phrase[noun_at + 1:]
        if named is not None or not rest or rest[0].text.lower() not in ISSUER_LINKS:
            return named
        for word in rest[1:]:
            if word.text.lower() in ("his", "her"):
                return self._previous_person(word.start)
            found = self._resolve_token(replace(word, text=word.bare) if word.possessive else word)
            if found is not None:
                return found
        return None

    def _possessed(self, before: list[Token]) -> Speaker:
        """Whose statement "his statement", "her post", "its statement" is (up to two modifiers between): the
        person or body the possessive stands for."""
        for word in reversed(before[-3:]):
            lower = word.text.lower()
            if lower in ("his", "her"):
                return self._previous_person(word.start)
            if lower in ("its", "their"):
                return self._previous_body(word.start) or self._body_before_in_paragraph(word.start)
            if not word.is_word or lower == "the":
                return None
        return None

    def _named_by_noun(self, noun: Token) -> Speaker:
        """"the spokesman", "the agency": someone named before with that word; "the statement": whoever
        issued it; "a spokesman": nobody."""
        if noun.text.lower() in ISSUED_NOUNS and self._definite(noun):
            return self._statement_issuer(noun.start)
        holder = self._role_holder(noun) if noun.text.lower() in ROLE_NOUNS else None
        if holder is None and noun.text.lower() in SPOKESPERSONS and self._definite(noun):
            return self._body_before_in_paragraph(noun.start)  # "The State Department said …. “…,” the
            # spokesperson said": the department's
        if holder is None and noun.text.lower() in SPOKESPERSON_NOUNS:  # "The Foreign Office rejected it. “…,” a
            return self._body_subject_before(noun.start)  # spokesperson said": the office's
        return holder

    def _body_subject_before(self, position: int) -> Mention | None:
        """The organisation or state that is the subject of the sentence before the one at ``position``."""
        index = bisect.bisect_right(self.names.sentence_starts, position) - 1
        if index < 1:
            return None
        previous = self.sentences[index - 1]
        return next((m for m in self._mentions_in(previous.start, previous.end) if m.rule != "demonym"
                     and m.kind in (EntityKind.ORGANISATION, EntityKind.STATE) and not self._in_quote(m.start)
                     and is_subject(self.text, m)), None)

    def _body_before_in_paragraph(self, position: int) -> Mention | None:
        """The organisation or state named last before ``position`` in the paragraph."""
        before = self._mentions_in(max(0, position - BACK_REACH), position)
        return next((m for m in reversed(before) if m.kind in (EntityKind.ORGANISATION, EntityKind.STATE)
                     and m.rule != "demonym" and m.end <= position), None)

    def _speaks(self, words: list[Token], i: int) -> bool:
        """A speech verb at ``words[i]``; "went on" (“…,” Misri went on) and a statement's "read" count as one."""
        word = words[i].text
        following = words[i + 1].text if i + 1 < len(words) else ""
        if word in ("went", "goes", "go") and following == "on" or word in ("continued", "continues") and i == 0:
            return True  # "“…,” Misri went on", "“…,” continued the Norwegian president"
        if following == "back" and word in RETORTS or following == "in" and word in ("chimed", "cut", "chipped"):
            return True  # "“…,” Vance shot back", "“…,” Okafor chimed in"
        if word in ("read", "reads") and i > 0 and words[i - 1].text.lower() in ISSUED_NOUNS:
            return True  # "“…,” the statement read"
        if word in ("written", "spoken") and i > 0 and words[i - 1].text.lower() in ("had", "has", "have"):
            return True  # "“…,” the director, X, had written" (not "in a written statement")
        if self.text[words[i].end:words[i].end + 1] == "-":
            return False  # "told state-run television": half of a compound, no verb
        if word.lower() == "state" and (following.lower() in STATE_NOUNS or following == "of"):
            return False  # "telling state media: “…”": the state's media, no stating; "a state of emergency"
        if word.endswith("s") and not word.endswith("ss") and i >= 2 and words[i - 2].text.islower() and \
                words[i - 2].text.endswith("ed") and words[i - 1].text.isalpha() and words[i - 1].text.islower() \
                and not self.lexicon.is_skippable(words[i - 1].text):
            return False  # "He rejected rebel claims that …": the object of a deed, a noun
        if word.endswith("s") and word not in VERBS_ONLY and i >= 1 and words[i - 1].text.islower() and \
                words[i - 1].text.endswith("ing"):
            return False  # "Kim, answering questions, said": what he was answering
        return self.lexicon.is_speech_verb(word) and not _after_determiner(words, i)

    def possessor(self, quote_start: int) -> tuple[Speaker, str] | None:
        """“Petro's “total peace” policy”: a quoted phrase right after a person's possessive is theirs."""
        before = self.text[max(0, quote_start - 3):quote_start]
        if not before.rstrip().endswith(("'s", "’s")):
            return None
        end = quote_start - (len(before) - len(before.rstrip()))
        found = next((m for m in reversed(self.mentions) if m.start < end <= m.end + 2), None)
        if isinstance(found, Mention) and found.kind is EntityKind.PERSON:
            return found, "possessive before quote"
        return None

    def introducer(self, sentence: Sentence, quote_start: int) -> tuple[Speaker, str] | None:
        """"Then he delivered the line: “There's no deal until there's a deal.”": a quote after a colon is
        said by the subject of the words that introduce it."""
        if not self.text[sentence.start:quote_start].rstrip().endswith(":"):
            return None
        opening = self.names.opening_clause_end(sentence.start)  # "Shortly after the session ended, the …"
        words = [t for t in sentence.tokens if t.is_word and opening <= t.start < quote_start
                 and not self._in_quote(t.start)]
        for word in words[:6]:
            if word.text.lower() in SUBJECT_PRONOUNS:
                return self._previous_person(word.start), "subject before a colon"
            found = self._covering(word)
            if isinstance(found, Mention) and self.text.startswith(("'s ", "’s "), found.end) and \
                    (owned := self._person_owned(found, words[:6])) is not None:
                return owned, "subject before a colon"  # "Merkel's spokesman Steffen Seibert broke the news: “…”"
            if isinstance(found, Mention) and found.kind.is_actor and found.rule != "demonym":
                if found.kind is not EntityKind.PERSON and ROLE_AFTER_A_BODY.match(self.text, found.end) and \
                        (holder := self._person_owned(found, words[:8])) is not None:
                    return holder, "subject before a colon"  # "His brother, the NewsNation host X, was blunter:"
                return found, "subject before a colon"
            if found is None and word.text.lower() in ROLE_NOUNS and self._definite(word):
                return self._role_holder(word) or self._government_s_state(word), "subject before a colon"  # "the
                # Serbian president summed up …:", "The government addressed the regions …:" (the state's)
        return None

    def _person_owned(self, possessor: Mention, words: list[Token]) -> Mention | None:
        """The person named among ``words`` after a possessor: "Merkel's spokesman Steffen Seibert"."""
        for word in words:
            owned = self._covering(word) if word.start > possessor.end else None
            if isinstance(owned, Mention) and owned.kind is EntityKind.PERSON:
                return owned
        return None

    def reporter_of(self, sentence: Sentence | None) -> Mention | None:
        """The person or body a sentence with no quote in it opens by reporting ("X said the demands …")."""
        if sentence is None or any(sentence.start <= start < sentence.end for start in self._span_starts):
            return None
        words = [t for t in sentence.tokens if t.is_word]
        verb = next((t for k, t in enumerate(words[:REPORTER_WORDS]) if self._speaks(words, k)), None)
        found = self._subject(sentence.tokens, verb, sentence.end) if verb is not None else None
        return found if isinstance(found, Mention) and found.kind.is_actor and is_subject(self.text, found) else None

    def subject_of(self, sentence: Sentence, quote_start: int) -> Speaker:
        """"Grundberg thanked the government for “engaging positively”": a phrase quoted in a sentence with
        no speech verb is the words of the person or body the sentence is about, if it opens with one."""
        quote_mark = next((t for t in sentence.tokens if t.start >= quote_start - 1), None)
        if quote_mark is None:
            return None
        dateline = DATELINE.match(self.text, sentence.start)  # "CAMP DAVID, Md., May 19 (UPI) --": no subject
        tokens = tuple(t for t in sentence.tokens if not dateline or t.start >= dateline.end())
        words = [t for t in tokens if t.is_word and t.start < quote_start]
        if [w.text.lower() for w in words[:2]] == ["according", "to"]:
            return self._mention_at(words[2:])  # "According to statements by X after meeting Y, “…”": X's
        if IN_ONES_VIEW.fullmatch(self.text, sentence.start, quote_start):
            return self._previous_person(sentence.start)  # "X said …. In his view, “…”": X's
        inner = next((k for k in range(len(words) - 1, 0, -1) if words[k].text.lower() in INNER_OPENERS), None)
        if inner is not None:  # "Tensions peaked in 2021 when Okafor slammed Kowalski as “the fisherman”": hers
            tokens = tuple(t for t in tokens if t.start > words[inner].start)
        found = self._sentence_subject(tokens, quote_mark) if tokens else None
        if found is None and words and words[0].text in ("It", "They") and inner is None:
            found = self._resolve_token(words[0])  # "It thanked “all those striving …”": the body named before
        here = isinstance(found, Mention) and found.start >= tokens[0].start  # else "the coalition" named before
        if isinstance(found, Mention) and found.kind.is_actor and found.rule != "demonym" and \
                (not here or self._is_subject(found)):
            return found  # "The coalition welcomed the accord as a “first step”": the coalition's words
        return found if isinstance(found, RoleReference) else None

    def subject_without_quotes(self, sentence: Sentence | None) -> Mention | None:
        """The actor a sentence that quotes no one speaks through ("In Accra, President X welcomed the deal.");
        nobody's when it tells no speaking ("X met the envoy.")."""
        if sentence is None or not sentence.tokens or any(start < sentence.end and end > sentence.start
                                                          for start, end in self.spans):
            return None
        if not any(self.lexicon.is_speech_verb(t.text) for t in sentence.tokens):
            return None
        if (sayer := self.names.sayer_after_a_comma(sentence, self.lexicon)) is not None:
            return sayer  # "X has been arrested, the State Security Bureau said on Saturday.": the bureau
        found = self._sentence_subject(sentence.tokens, sentence.tokens[-1])
        if isinstance(found, Mention) and found.kind is EntityKind.PERSON and not self._is_subject(found) and \
                not PERSONAL_BODY_AFTER.match(self.text, found.end):
            return None  # "X said they knew nothing of Y's presence": Y is no one's subject (but "Y's office …")
        return found if isinstance(found, Mention) and found.kind.is_actor else None

    def _in_quote(self, position: int) -> bool:
        return inside_spans(self.spans, self._span_starts, position)

    def _mention_at(self, words: list[Token]) -> Speaker:
        """"said X", "added the country's interior minister, Leila Haddad": a person named in the next
        words first, then a pronoun or a role noun, then any name (a body)."""
        named = [found for word in words if (found := self._covering(word)) is not None]
        persons = [m for m in named if isinstance(m, Mention) and m.kind is EntityKind.PERSON]
        if words and words[0].text.lower() in ("his", "her", "their") and persons:
            return persons[0]  # "said her uncle, Amadou Adji": the uncle named, not the one "her" stands for
        if words and (words[0].text in self.lexicon.person_pronouns or words[0].text.lower() in OBJECT_PRONOUNS):
            return self._previous_person(words[0].start)
        if len(persons) > 1 and self.text.startswith(("'s", "’s"), persons[0].end) and \
                KIN_THEN_NAME.match(self.text, persons[0].end + 2, persons[1].start + 1):
            return persons[1]  # "said Kowalski's aunt, Dara Velan": the aunt
        if persons:
            return persons[0]
        for k, word in enumerate(words[:ROLE_WORDS]):
            if word.text in self.lexicon.person_pronouns:
                return self._previous_person(word.start)
            found = self._covering(word)
            if found is not None:
                return found
            if word.text.lower() in ROLE_NOUNS:
                return self._role_holder(word)
            if word.text.lower() in DESCRIBED_ROLES and k and words[k - 1].text.lower() == "the":
                return self._only_person_before(word.start) or self._person_reporting_before(word.start)  # "said
                # the singer": the one the paragraph is about
            if word.text == "old" and [w.text for w in words[max(0, k - 2):k]] == ["year", "-"] and \
                    (k + 1 == len(words) or not words[k + 1].text.isalpha()):
                return self._previous_person(word.start)  # "said the 62-year-old": someone named before
        return None

    def _subject(self, tokens: tuple[Token, ...], verb: Token, quote_start: int) -> Speaker:
        index = _before_a_quoted_adverb(tokens, verb.index - 1, self.lexicon)
        while index >= 0 and (self.lexicon.is_skippable(tokens[index].text)
                              or tokens[index].text.lower() in TIME_WORDS):
            index -= 1  # "Norway's Foreign Ministry on Wednesday night called …": the ministry
        if index < 0:
            return None
        index = _before_acronym(tokens, index)  # "The Economic Community of West African States (ECOWAS) said"
        token = tokens[index]
        aged = THE_AGED_BEFORE.search(self.text, max(0, token.end - AGED_REACH), token.end)
        if aged is not None and token.text.lower() not in self.lexicon.role_nouns and self._covering(token) is None:
            return self._previous_person(aged.start())  # "the 69-year-old Chicago native lamented that “…”"
        if index > 0 and tokens[index - 1].text.lower() in ("his", "her") and \
                token.text.lower() in GOVERNMENT_NOUNS | {"office", "camp"}:
            return self._previous_person(tokens[index - 1].start)  # "X said his government condemned “…”": X's
        if token.text.lower() == "to":  # "X used his first speech to claim a “victory”": the nearest subject
            return self._nearest_subject(tokens, verb) or self._sentence_subject(tokens, verb)
        if verb.text.endswith("ing") and token.text.lower() in ("before", "after", "while", "when", "by") and \
                (nearest := self._nearest_subject(tokens, verb)) is not None:
            if REPORTED_THAT.search(self.text, tokens[0].start, nearest.start):
                return self._sentence_subject(tokens, verb)  # "X said Y was trying …, while complaining that
                # “…”": the one who said it, not the one it told of
            return nearest  # "“…,” Okafor said, before adding that “…”"
        if verb.text.endswith("ing") and token.is_word and (subject := self._participle_subject(tokens, verb)):
            return subject  # "Okafor spoke about the accord saying “…”": the one who spoke, not the accord
        if token.text.lower() == "who" or token.text.lower() == "which" and index > 0 and tokens[index - 1].text == ",":
            return self._antecedent(tokens, index)  # "… from Ms Okafor, who said “…”", "The ministry, which had
            # declared that the rally had “…”"
        if token.text.lower() in ("that", "which") and index > 0 and \
                tokens[index - 1].text.lower() in ISSUED_NOUNS | STATEMENT_NOUNS:
            return self._sentence_subject(tokens, verb)  # "X issued a statement that said: “…”": X's
        if token.text == "," and verb.text.endswith("ing") and self._closes_a_relative_clause(tokens, index):
            return self._sentence_subject(tokens, verb)  # "He thanked X, with whom he had spoken, saying: “…”"
        if token.text == "," and (aside := _participle_aside_opening(tokens, index)) is not None:
            return self._resolve_token(tokens[aside - 1])  # "The bloc, built around X's party and Y's, says …"
        if token.text == "," and (relative := self._relative_clause_head(tokens, index)) is not None:
            return relative  # "Borrell, who hosted the talks with envoy Lajcak, told …": Borrell
        if token.text == "," and index > 0 and not verb.text.endswith("ing"):
            bracketed = tokens[index - 1].text == ")"  # "…, the Rally of the People (RP), said": an acronym more
            opening = _opening_comma(tokens, index, APPOSITIVE_TOKENS + 3 * bracketed)
            if opening and tokens[opening + 1].text.lower() in ("a", "an", "the") and \
                    (head := self._before_appositive(tokens, index)) is not None:
                return head  # "X, an adviser to President Y, wrote": X, not the name the appositive ends on
            absolute = _opening_comma(tokens, index, APPOSITIVE_TOKENS * 2)
            if absolute and tokens[absolute + 1].text.lower() in ("his", "her") and \
                    isinstance(head := self._covering(tokens[absolute - 1]), Mention) and \
                    head.kind is EntityKind.PERSON:
                return head  # "Dan, his right hand on the Bible and the Constitution, swore": Dan
            named = self._covering(tokens[_before_acronym(tokens, index - 1)])
            if isinstance(named, Mention) and _in_a_circumstance_aside(self.text, named.start) and \
                    isinstance(head := self._covering(tokens[opening - 1]) if opening else None, Mention) and \
                    head.kind is EntityKind.PERSON:
                return head  # "Hollande, standing alongside Merkel, called …": Hollande
            head = self._covering(tokens[opening - 1]) if opening else None
            if isinstance(named, Mention) and named.kind is EntityKind.PERSON and isinstance(head, Mention) and \
                    head.kind is EntityKind.PERSON and " " in head.name and " " not in named.name:
                return head  # "Dmitry Yadrov, head of the watchdog Rosaviatsia, said": the one named in full
            described = _opening_comma(tokens, index, APPOSITIVE_TOKENS * 2)
            head = self._covering(tokens[described - 1]) if described and tokens[described + 1].text in ("a", "an") \
                else None
            if isinstance(head, Mention) and head.kind is EntityKind.PERSON:
                return head  # "X, a far-right activist close to President Y, had posted": X, whom "a …" describes
            if isinstance(named, Mention) and named.kind is EntityKind.PERSON:
                return named  # "…, Yemane Gebremeskel, said": the name the appositive closes
            if isinstance(named, Mention) and named.kind is EntityKind.ORGANISATION and \
                    (not self.person_between(tokens[0].start, named.start) or
                     opening and self._possessed_before(tokens[opening + 1].start)):
                return named  # "The military's media wing, Inter-Services Public Relations (ISPR), said", "X's
                # party, the Rally of the People (RP), said": the party, not X
        if token.text == "," and verb.text.endswith("ing") and \
                (reporting := self._reporting_verb_before(tokens, index)) is not None and \
                (reporter := self._subject(tokens, reporting, quote_start)) is not None:
            return reporter  # "X, an adviser to Y, told AFP, calling for “…”"
        if token.text == ",":
            named = self._before_appositive(tokens, index)
            if named is not None:
                return named  # "Hun Manet, the prime minister, wrote …"
        if token.text.lower() in ("and", "but") and (inner := self._subject_of_a_clause_joined(tokens, verb)):
            return inner  # "The coalition fell apart when X walked out and posted: “…”": X
        if token.text in (",", "and", "but", "—", "–") or token.text.lower() in ("and", "but", "yet"):
            return self._sentence_subject(tokens, verb)
        found = self._resolve_token(token)
        if isinstance(found, Mention) and found.kind is EntityKind.PERSON and \
                SERVES_BEFORE.search(self.text, max(0, found.start - LOOK_BACK * 3), found.start):
            return None  # "senior aides to President X said …": the aides', whom the text does not name
        if found is None and (members := MEMBERS_OF.search(self.text, max(0, token.end - MEMBERS_REACH), token.end)):
            body = next((m for m in self._mentions_in(members.end("of"), token.end)
                         if m.kind in (EntityKind.ORGANISATION, EntityKind.GROUP)), None)
            if body is not None:
                return body  # "Foreign ministers of the Group of Seven (G7) nations said": the G7's statement
        return self._person_from(found, tokens) or self._first_coordinated(found, tokens[0].start)

    def _reporting_verb_before(self, tokens: tuple[Token, ...], index: int) -> Token | None:
        """The speech verb of the clause that ends at ``tokens[index]`` ("… told AFP," / "… said Monday,")."""
        words = list(tokens[:index])
        start = next((k + 1 for k in range(len(words) - 1, -1, -1) if words[k].text in ("”", "\"", ";")), 0)
        return next((words[k] for k in range(len(words) - 1, start - 1, -1) if words[k].is_word
                     and self._speaks(words, k) and not words[k].text.endswith("ing")
                     and not ASKED_TO_DO.match(self.text, words[k].start)), None)  # (not "… after the king asked
        # him to form a government, promising “…”": a request, no speaking the quote goes on from)

    def _person_from(self, place: Speaker, tokens: tuple[Token, ...]) -> Mention | None:
        """"Sen. Lena Okafor of South Carolina called …", "Chancellor X of Germany called …": the person, not the
        place or body named as hers; "The Movement for Justice in Niger said", "the Penitentiary Service for the
        Lamu region said": the body, not the place; "Senator X of Florida": a lone word after "of" is her state, not
        a second person."""
        if not isinstance(place, Mention) or place.kind is EntityKind.PERSON and place.rule != KNOWN_SURNAME:
            return None
        the = 1 if self.text[max(0, place.start - 4):place.start].lower() == "the " else 0  # "X of the Y Network"
        link = self.text[max(0, place.start - 4 - 4 * the):place.start - 4 * the]
        link = self.text[max(0, place.start - 5 - 4 * the):place.start - 4 * the] if link == "for " else link
        if link not in (" of ", " in ", " for "):
            return None
        first = next(k for k, t in enumerate(tokens) if t.start >= place.start)
        named = self._covering(tokens[first - 2 - the]) if first >= 2 + the else None
        kinds = (EntityKind.PERSON,) if link == " of " else (EntityKind.ORGANISATION, EntityKind.GROUP)
        return named if isinstance(named, Mention) and named.kind in kinds and named.rule != BARE_BODY else None

    def _first_coordinated(self, found: Speaker, sentence_start: int) -> Speaker:
        """"Council President Okafor and Commission President Kowalski said": the first of people named together
        as the subject speaks first."""
        if not isinstance(found, Mention) or found.kind not in (EntityKind.PERSON, EntityKind.ORGANISATION):
            return found  # ("The army and the Shin Bet security agency said": the army, too)
        before = [m for m in self._mentions_in(sentence_start, found.start)
                  if m.end <= found.start and m.kind is found.kind]
        while before and COORDINATED.fullmatch(self.text[before[-1].end:found.start]):
            found, before = before[-1], before[:-1]
        return found

    def person_between(self, start: int, end: int) -> bool:
        return any(m.kind is EntityKind.PERSON and start <= m.start < end for m in self.mentions)

    def _subject_of_a_clause_joined(self, tokens: tuple[Token, ...], verb: Token) -> Mention | None:
        """The person subject of the "when" or "after" clause a verb after "and" is joined to."""
        opened = [t for t in tokens if t.start < verb.start and t.text.lower() in JOINING_SUBORDINATORS]
        if not opened:
            return None
        named = [m for m in self.mentions if opened[-1].end < m.start < verb.start and m.kind is EntityKind.PERSON]
        return named[0] if named and self._is_subject(named[0]) else None

    def _nearest_subject(self, tokens: tuple[Token, ...], verb: Token) -> Mention | None:
        """The last person named as a subject before ``verb`` in its sentence."""
        nearest = [m for m in self.mentions if tokens[0].start <= m.start < verb.start
                   and m.kind is EntityKind.PERSON and self._is_subject(m)]
        return nearest[-1] if nearest else None

    def _body_of_a_country(self, words: list[Token]) -> Mention | None:
        """"the Ministry of Foreign Affairs of the Kingdom of Norway": the body, not the country that ends it;
        "Human Rights Watch, a monitoring group,": the body its description is set off from."""
        while words and words[0].text.lower() in DETERMINERS:
            words = words[1:]
        body = self._covering(words[0]) if words else None
        if not isinstance(body, Mention) or not body.kind.is_actor or body.kind is EntityKind.PERSON:
            return None
        after = self.text[body.end:body.end + 4]
        return body if after.startswith(",") or body.kind is EntityKind.ORGANISATION and re.match(r"\s+of\s", after) \
            else None

    def _participle_subject(self, tokens: tuple[Token, ...], verb: Token) -> Speaker:
        """Who "saying" or "writing" with no comma before it is: the subject of its clause ("Okafor launched a
        call to Velan saying …"), unless the name before it has its own "with" ("with Velan saying …")."""
        named = self._covering(tokens[verb.index - 1]) if verb.index else None
        if isinstance(named, Mention) and self.text[max(0, named.start - 5):named.start].lower().endswith("with "):
            return None
        subject = self._sentence_subject(tokens, verb)
        if not isinstance(subject, Mention):
            return None
        between = self.text[subject.end:verb.start]
        after_comma = between.rsplit(",", 1)[-1]
        if "," not in between or not re.search(r"[A-Z0-9]", after_comma):
            return subject  # "…, at one point saying the potential was “awesome”": the subject's words
        return None

    def _closes_a_relative_clause(self, tokens: tuple[Token, ...], comma: int) -> bool:
        """``comma`` closes ", who …," or ", with whom …,"."""
        opening = _opening_comma(tokens, comma, RELATIVE_CLAUSE_TOKENS)
        if opening is None or opening + 2 >= comma:
            return False
        first, second = tokens[opening + 1].text.lower(), tokens[opening + 2].text.lower()
        return first in RELATIVE_PRONOUNS or second in RELATIVE_PRONOUNS and first.isalpha() and first.islower()

    def _relative_clause_head(self, tokens: tuple[Token, ...], comma: int) -> Mention | None:
        """The person a ", who …," clause ending at ``comma`` is about: the name before "who"; or the body a
        ", which …," clause is about, though it lists names between commas ("The Kessaba Alliance, which groups
        A, B and C, declared …")."""
        opening = _opening_comma(tokens, comma, RELATIVE_CLAUSE_TOKENS)
        personal = opening is not None and any(t.text.lower() in PERSONAL_RELATIVES  # ", whom …", ", to whom …"
                                               for t in tokens[opening + 1:opening + 3])
        if opening is not None and opening > 0 and not personal and \
                (body := self._body_before_which(tokens, comma)) is not None:
            return body
        if opening is None or opening == 0 or not personal:
            return None
        named = self._covering(tokens[opening - 1])
        if not (isinstance(named, Mention) and named.kind is EntityKind.PERSON):
            named = self._before_appositive(tokens, opening)  # "X, the former minister, who …, told"
        return named if isinstance(named, Mention) and named.kind is EntityKind.PERSON else None

    def _body_before_which(self, tokens: tuple[Token, ...], comma: int) -> Mention | None:
        which = next((i for i in range(comma - 1, max(0, comma - RELATIVE_CLAUSE_TOKENS), -1)
                      if tokens[i].text == "," and tokens[i + 1].text.lower() == "which"), None)
        named = self._covering(tokens[which - 1]) if which else None
        if not (isinstance(named, Mention) and named.kind in (EntityKind.ORGANISATION, EntityKind.GROUP)):
            return None
        opening = self.text[tokens[0].start:named.start].strip().lower()
        return named if opening in ("", "the") else None  # the sentence's subject (not "X, leader of the Y
        # Alliance, which …, said")

    def _before_appositive(self, tokens: tuple[Token, ...], comma: int) -> Speaker:
        """The person named just before an appositive that ends at ``comma`` ("X, the prime minister,"), or
        the speaker of a reporting clause that ends there ("…, the White House said Monday, declaring …")."""
        opening = _opening_comma(tokens, comma, APPOSITIVE_TOKENS)
        if opening is None and comma > 0 and _in_a_circumstance_aside(self.text, tokens[comma - 1].start):
            opening = _opening_comma(tokens, comma, RELATIVE_CLAUSE_TOKENS)  # "X, answering questions from the
            # foreign press apparently for the first time, said"
        if opening is None or opening == 0:
            return None
        inside = list(tokens[opening + 1:comma])
        said = next((k for k in range(1, len(inside)) if self._speaks(inside, k)), None)  # not "X, asked …, said"
        if said is not None:  # "…, the White House said Monday, declaring …": a reporting clause, its subject
            return next((f for t in reversed(inside[:said]) if (f := self._resolve_token(t)) is not None), None)
        if tokens[opening + 1].text[:1].isupper() and not tokens[opening + 1].text.endswith(("'s", "’s")):
            return None  # "thanked Borrell, Lajčák and Escobar on Twitter, writing …": a list, not an appositive
            # (but "X, Bolsonaro's former minister,")
        named = self._covering(tokens[opening - 1])
        if named is None and tokens[opening + 1].text.lower() in ("which", "that"):
            government = tokens[opening - 1]  # "The British government, which …, said"
            return self._state_governed(government.text, government.start)
        return named if isinstance(named, Mention) and named.kind is EntityKind.PERSON else None

    def _antecedent(self, tokens: tuple[Token, ...], who: int) -> Speaker:
        """"… Ms Okafor, who said": the name before "who"; "X, the UN envoy, who said": the name the
        appositive follows, not the body named inside it."""
        before = who - 1 if who > 0 and tokens[who - 1].text == "," else who
        if before <= 0:
            return None
        found = self._covering(tokens[before - 1])
        if isinstance(found, Mention) and found.kind is EntityKind.PERSON:
            return found
        return self._before_appositive(tokens, before) or self._described_before(tokens, before) or found

    def _described_before(self, tokens: tuple[Token, ...], comma: int) -> Mention | None:
        """The person a long appositive opened by an article describes: "Cardinal X, the 91-year-old dean of the
        College of Cardinals, who …": X, not the body the appositive ends on."""
        opening = _opening_comma(tokens, comma, APPOSITIVE_TOKENS * 2)
        if not opening or tokens[opening + 1].text.lower() not in ("a", "an", "the"):
            return None
        head = self._covering(tokens[opening - 1])
        return head if isinstance(head, Mention) and head.kind is EntityKind.PERSON else None

    def _resolve_token(self, token: Token) -> Speaker:
        if token.text in self.lexicon.person_pronouns or token.text.lower() in SUBJECT_PRONOUNS:
            if self.text[max(0, token.start - 2):token.start].startswith(","):
                # "Vladimir Putin, he said, had bet …": the name before the aside is what he said, not who he is
                return self._previous_person(self._sentence_start(token.start))
            return self._previous_person(token.start)
        if token.text.lower() == "they":
            return self._first_of_several(token.start)
        if token.text.lower() == "it":
            parenthetical = self.text[max(0, token.start - 2):token.start] == ", "  # "Kenya and Oman, it added,"
            return (None if parenthetical else self._opening_body(token)) or self._previous_body(token.start) \
                or self._statement_issuer(token.start) or self._body_said_last  # "“…,” it said" of the statement
            # introduced before, or of the body quoted last
        found = self._covering(token)
        if isinstance(found, Mention) and found.rule == "demonym":
            return None  # "Israeli media", "Iranian officials": a group, not a named speaker
        if isinstance(found, Mention) and found.rule == BARE_BODY:
            return self._unnamed(token) or found  # "the army said" after "the Israel Defense Forces": that body
        return found if found is not None else self._unnamed(token)

    def _unnamed(self, token: Token) -> Speaker:
        """Whom a word that is no name stands for: a government, an office, a role, a statement."""
        if (state := self._state_governed(token.text, token.start)) is not None:
            return state
        if token.text.lower() in PERSONAL_BODIES and (owner := self._owner(token)) is not None:
            return owner  # "Netanyahu's office said": the office speaks for him
        if token.text.lower() in PERSONAL_BODIES and (body := self._body_before(token)) is not None:
            return body  # "a Ministry of Defence spokesperson said": the ministry speaks
        if token.text.lower() in STATE_DESCRIPTIONS and self._definite(token) and not token.possessive:
            return self._state_before(token.start)  # "Jordan's first reaction …. Later the kingdom condemned …"
        if token.text.lower() in ROLE_NOUNS:
            return self._agency_named(token) or self._role_holder(token) or self._government_s_state(token) or \
                self._once_holding(token) or self._agency(token)
        if (agency := self._agency(token)) is not None:
            return agency
        if token.text.lower() in ISSUED_NOUNS and (body := self._body_before(token)) is not None:
            return body  # "“…,” the NLF statement read": the NLF's
        if token.text.lower() in ISSUED_NOUNS and self._definite(token):
            return self._statement_issuer(token.start)
        if (role := self._role_of(token)) is not None:
            return self._role_holder(role)  # "the secretary of state added": the secretary
        if (body := self._body_by_its_words(token)) is not None:
            return body  # "the hurricane center warned" after "the National Hurricane Center said"
        if token.text.lower().endswith("-elect") and self._definite(token):
            return self.names.winner_before(token.start) or self.winner  # "the president-elect said": who won
        return None

    def _body_by_its_words(self, token: Token) -> Mention | None:
        """The body named before whose name ends in ``token`` and holds the lower-case words before it: "the
        hurricane center" for "the National Hurricane Center"."""
        described = DESCRIBED_BODY.search(self.text, max(0, token.start - LOOK_BACK * 2), token.start)
        if described is None or not token.text.islower():
            return None
        words = {*described.group("words").split(), token.text}
        candidates = [*reversed(self._mentions_in(max(0, token.start - BACK_REACH), token.start)),
                      *reversed(self.bodies)]
        return next((m for m in candidates if m.kind in (EntityKind.ORGANISATION, EntityKind.GROUP)
                     and m.end <= token.start and m.name.split()[-1].lower() == token.text
                     and words <= {w.lower() for w in m.name.split()}), None)

    def _owner(self, token: Token) -> Mention | None:
        """The person whose possessive stands right before ``token`` ("Netanyahu's office")."""
        possessive_end = len(self.text[:token.start].rstrip())
        if not self.text.endswith(("'s", "’s"), 0, possessive_end) or possessive_end < 3:
            return None
        found = self._covering_at(possessive_end - 3)  # the name's last letter
        return found if isinstance(found, Mention) and found.kind is EntityKind.PERSON else None

    def _agency_named(self, token: Token) -> Mention | None:
        """"the North's official Korean Central News Agency said", "the state-run WAM news agency said": the
        agency named."""
        if token.text.lower() != "agency":
            return None
        found = self._covering(token)
        if isinstance(found, Mention) and found.kind is EntityKind.ORGANISATION:
            return found
        named = self._covering_at(len(NEWS_BEFORE.sub("", self.text[:token.start])) - 1)
        return named if isinstance(named, Mention) and named.kind is EntityKind.ORGANISATION else None

    def _agency(self, token: Token) -> Mention | None:
        """The agency named with "agency" (``_agency_named``); "the agency said", "the service wrote" alone: the
        organisation named last in the paragraph."""
        if token.text.lower() not in AGENCY_NOUNS:
            return None
        if (named := self._agency_named(token)) is not None:
            return named
        if not self._definite(token):
            return None
        return next((m for m in reversed(self._mentions_in(max(0, token.start - BACK_REACH), token.start))
                     if m.kind is EntityKind.ORGANISATION and m.end <= token.start), None)

    def _government_s_state(self, token: Token) -> Mention | None:
        """"… in Lome. “…,” the government said": the state named last, where no body was named a government."""
        if token.text.lower() != "government" or not self._definite(token) or token.possessive:
            return None
        return self._state_before(token.start)

    def _state_before(self, position: int) -> Mention | None:
        """The state named last before ``position``: in the paragraph, else among the bodies named before."""
        before = self._mentions_in(max(0, position - BACK_REACH), position)
        return next((m for m in reversed([*self.bodies, *before]) if m.kind in (EntityKind.STATE, EntityKind.COUNTRY)
                     and m.rule != "demonym"), None)

    def _body_before(self, token: Token) -> Mention | None:
        """The organisation, group or state named right before ``token`` ("a Ministry of Defence spokesperson", "a
        separate Hamas statement")."""
        end = len(self.text[:token.start].rstrip())
        found = self._covering_at(end - 1) if end > 0 else None
        return found if isinstance(found, Mention) and found.kind in (
            EntityKind.ORGANISATION, EntityKind.GROUP, EntityKind.STATE) and found.end == end else None

    def _statement_issuer(self, position: int) -> Speaker:
        """Who issued "the statement" at ``position``: the last statement introduced before its sentence."""
        sentence_start = self._sentence_start(position)
        introduced = [issuer for start, issuer in self.issuers if start < sentence_start]
        if introduced:
            return introduced[-1]
        index = bisect.bisect_right(self.names.sentence_starts, position) - 1
        previous = self.sentences[index - 1] if self.issuer is not None and index > 0 else None
        acting = previous and (self.names.sayer_after_a_comma(previous, self.lexicon)  # "…, X said. “…,” the
                               or self.subject_without_quotes(previous))  # statement said": X's; "X's office
        # blamed smugglers. “…,” the statement said": X's, not a statement paragraphs up
        return acting or self.issuer

    def unnamed_issuer_before(self, position: int) -> bool:
        """A statement the paragraph introduced before ``position`` has no issuer it names ("The presidential
        office said in a statement")."""
        return any(start < position and issuer is None for start, issuer in self.issuers)

    def _role_of(self, token: Token) -> Token | None:
        """The role noun of "the secretary of state", "the minister of defence" when ``token`` ends one."""
        before = [t for t in self.sentences[bisect.bisect_right(self.names.sentence_starts, token.start) - 1].tokens
                  if t.end <= token.start][-3:]
        before = before[:-1] if before and before[-1].text == "the" else before[-2:]  # "the head of the cabinet"
        if len(before) == 2 and before[1].text == "of" and before[0].text.lower() in PERSON_ROLES | {"secretary"}:
            return before[0]
        if len(before) == 2 and before[1].text == "of" and before[0].text.lower() == "head" and \
                token.text.lower() in HEADS_OF:
            return replace(token, text=HEADS_OF[token.text.lower()])  # "the head of state said": the president
        return None

    def _first_of_several(self, position: int) -> Mention | None:
        """"Putin, Poroshenko, Merkel and Hollande endorsed it … in which they reaffirmed “…”": the first of the
        people named together as the subject of "they"'s sentence or the one before; nobody if none were."""
        start = self._sentence_start(position)
        index = bisect.bisect_right(self.names.sentence_starts, start) - 1
        previous = self.names.sentence_starts[index - 1] if index > 0 else start
        for begin in (start, previous):
            persons = [m for m in self.mentions if begin <= m.start < position and m.kind is EntityKind.PERSON]
            together = persons[:2]
            if len(together) == 2 and is_subject(self.text, together[0]) and \
                    re.fullmatch(r"(?:,|\s|and|[A-Z][\w.'’-]*)*", self.text[together[0].end:together[1].start]):
                return together[0]
            if persons:
                return None
        return None

    def _opening_body(self, token: Token) -> Speaker:
        """The body that opens the sentence "it" is in: "The Kenyan government announced that it had signed
        what it called “…”"."""
        start = self._sentence_start(token.start)
        opened = self.names.opening_clause_end(start)
        start = opened if opened < token.start else start  # "As X's trip began, the ministry said … what it called"
        opening = self.text[start:token.start]
        for mention in self._mentions_in(start, token.start):
            if mention.kind.is_actor and self.text.startswith(("'s", "’s"), mention.end) and \
                    not PERSONAL_BODY_AFTER.match(self.text, mention.end):
                continue  # "The CNE's failure to publish … “…,” it said": the failure is no one's saying
            if mention.kind.is_actor:
                if mention.kind is EntityKind.PERSON and not self._lone_body(mention, token.start):
                    return None  # "Okafor said it …": "it" is not her
                if mention.rule != "demonym":
                    return mention
        government = GOVERNMENT_WORD.search(opening)
        return self._state_governed(government.group(), start + government.start()) if government else None

    def _lone_body(self, mention: Mention, position: int) -> bool:
        """A lone name that "it" (at ``position``) takes up again, with no one else between: a body ("Hamas said
        it fired …")."""
        if not mention.key.startswith("surname:") or not is_subject(self.text, mention) or \
                mention.text in self.names.surnames:
            return False  # "Vladimir Putin … Putin said it": a person
        if PRONOUN.search(self.text, mention.end, position):
            return False
        following = bisect.bisect_left(self.names.person_starts, mention.end)  # another person before "it"
        return following == len(self.names.persons) or self.names.persons[following].start >= position

    def _state_governed(self, word: str, start: int) -> Mention | None:
        """"The Kenyan government", "Norway's authorities": the state whose government ``word`` (at ``start``) is."""
        previous = PREVIOUS_WORD.search(self.text, max(0, start - 40), start)
        if word.lower() not in GOVERNMENT_NOUNS or previous is None:
            return None
        found = self._covering_at(previous.start())
        return found if isinstance(found, Mention) and found.kind is EntityKind.STATE else None

    def _definite(self, token: Token) -> bool:
        """"the navy chief", "the country's interior minister", "its spokesman": a definite role noun
        (up to two modifiers between the determiner and the noun)."""
        before = AGE.sub(" ", self.text[max(0, token.start - 60):token.start])  # "the 62-year-old leader"
        words = re.findall(r"[\w'’]+", before)[-3:]
        for word in reversed(words):
            lower = word.lower()
            if lower in ("the", "its", "his", "her", "their") or lower.endswith(("'s", "’s")):
                return True
            if not (word.islower() or word.isupper() or word[:1].isupper() and word[1:].islower()):
                return False  # "the NATO chief", "the Serbian president": a modifier of any case
        return False

    def _describes_someone(self, word: Token) -> bool:
        """A noun describing someone named before rather than an office held now: "the top U.S. diplomat", "the
        president-elect", "the former premier"."""
        noun = word.text.lower()
        return noun in DESCRIBED_ROLES or noun.endswith("-elect") or noun in ROLE_NOUNS and \
            FORMER_BEFORE.search(self.text, max(0, word.start - LOOK_BACK), word.start) is not None

    def _person_reporting_before(self, position: int) -> Mention | None:
        """The person the last sentence before ``position`` that opens by reporting does so through ("Rubio said
        the decision had several parts. … “…,” the chief U.S. diplomat said": Rubio)."""
        before = bisect.bisect_right(self._sentence_ends, position)
        for sentence in reversed(self.sentences[max(0, before - REPORTING_SENTENCES):before]):
            found = self.reporter_of(sentence)
            if found is not None:
                return found if found.kind is EntityKind.PERSON else None
        return None

    def _quoted_last_described(self, position: int) -> Mention | None:
        """The person whose quote closed the paragraph before, when this one names no person before
        ``position`` ("“…,” X told reporters. ¶ “…,” the top U.S. diplomat said": X)."""
        if any(m.start < position and m.kind is EntityKind.PERSON for m in self.mentions):
            return None
        last = self.quoted_last
        return last if isinstance(last, Mention) and last.kind is EntityKind.PERSON else None

    def _only_person_before(self, position: int) -> Mention | None:
        """The one person the paragraph names in full before ``position``, if it names only one (a lone word
        may be that person's surname, or a word no surname list knows: "Kenya's Politburo")."""
        persons = [m for m in self.mentions if m.start < position and m.kind is EntityKind.PERSON]
        full = {m.key: m for m in persons if " " in m.name}
        if len(full) != 1:
            return None
        person = next(iter(full.values()))
        surname = person.name.split()[-1]
        lone = [m for m in persons if " " not in m.name and m.name != surname and m.rule != KNOWN_SURNAME]
        return None if lone else person

    def _role_holder(self, token: Token) -> Speaker:
        """"the president wrote": the last person (or body, for "the ministry") named with that word, if
        the noun is definite ("the", "its", a possessive); "a minister said" names nobody."""
        if not self._definite(token):
            return None
        if FORMER_BEFORE.search(self.text, max(0, token.start - LOOK_BACK), token.start):
            return self.names.former_holder(token.text.lower(), token.start)
        return self.names.role_holder(token.text.lower(), token.start, self.last_person, self.bodies, self.holders)

    def _covering(self, token: Token) -> Speaker:
        """The role reference or name that ``token`` is part of (found by bisection: a paragraph may be long)."""
        return self._covering_at(token.start)

    def _covering_at(self, position: int) -> Speaker:
        for items, (starts, order) in ((self.roles, self._roles_index), (self.mentions, self._mentions_index)):
            end = bisect.bisect_right(starts, position)
            earlier = [items[i] for i in sorted(order[max(0, end - COVER_WINDOW):end])]
            found = next((m for m in earlier if m.start <= position < m.end), None)
            if found is not None:
                return found
        return None

    def _sentence_subject(self, tokens: tuple[Token, ...], verb: Token) -> Speaker:
        """After a comma or conjunction the subject is the first person the sentence names as a subject
        (or a pronoun or definite role noun standing for one: "“…,” he said, adding: “…”", "The president
        described … and said “…”"), or the actor that opens it ("Moscow said … and accused …"); not the source
        an opening "According to X's office," names, nor one an opening phrase names ("With X seated in the front
        row, Y repeated …")."""
        opening = SOURCE_OPENING.match(self.text, tokens[0].start) or ABSOLUTE_OPENING.match(self.text, tokens[0].start)
        if opening is not None:
            tokens = tuple(t for t in tokens if t.start >= opening.end()) or tokens
        before = [m for m in self.mentions if tokens[0].start <= m.start < verb.start]
        persons = [m for m in before if m.kind is EntityKind.PERSON]
        sent = next((m for m in before if m.kind in (EntityKind.ORGANISATION, EntityKind.GROUP)
                     and SENT_BY.search(self.text, max(0, m.start - SENT_BY_REACH), m.start)), None)
        if sent is not None and not persons:
            return sent  # "the electoral observation mission of the Organization of American States … concluded"
        standing_in = self._pronoun_subject(tokens, verb)
        if standing_in is not None and standing_in[1] is None and persons and \
                not PRONOUN.match(self.text, standing_in[0]):
            standing_in = None  # "Kenya's President Lena Okafor said …": the title of a name, not a role noun alone
        if persons and (standing_in is None or persons[0].start < standing_in[0]):
            return next((m for m in persons if self._is_subject(m)), persons[0])
        if standing_in is not None:
            return standing_in[1]
        opening = [t for t in tokens if t.is_word and not self._in_quote(t.start)][:4]
        first = before[0] if before else None
        if first and first.kind.is_actor and first.rule != "demonym" and opening and first.start <= opening[-1].start:
            return first
        return None

    def _pronoun_subject(self, tokens: tuple[Token, ...], verb: Token) -> tuple[int, Speaker] | None:
        """The first "he"/"she" outside quotes before ``verb``, or a definite role noun opening the
        sentence ("The president"), with what it stands for."""
        words = [t for t in tokens if t.is_word and t.start < verb.start and not self._in_quote(t.start)]
        opening = self.names.opening_clause_end(tokens[0].start) if tokens else 0  # "Asked whether …, the
        opened = next((k for k, word in enumerate(words) if word.start >= opening), 0)  # prosecutor said": its start
        for k, word in enumerate(words):
            if word.text.lower() in SUBJECT_PRONOUNS:
                return word.start, self._previous_person(word.start)
            if (k < 3 or opened <= k < opened + 3) and word.text.lower() in ROLE_NOUNS and self._definite(word):
                named = self._covering(word)  # "Iran's foreign ministry": a named body, not a role noun
                titled = next((found for w in words[k + 1:k + 5] if isinstance(found := self._covering(w), Mention)
                               and found.kind is EntityKind.PERSON), None)  # "His spokesman Jan X", "ministry
                if named is not None and titled is not None and named.end <= titled.start and \
                        _a_role(self.text[named.end:titled.start].strip(" ,")):
                    named = titled  # "Foreign Office spokesman X", "The Union Commission chairperson, X,": the
                    # spokesman, the chairperson, not the office
                named = named if named is not None else titled  # spokesman Oleh X"
                return word.start, named if named is not None else self._role_holder(word) or \
                    self._once_holding(word)  # "The former chief prosecutor paid tribute to X, saying “…”"
        return None

    def _once_holding(self, word: Token) -> Mention | None:
        """The person named last before a role they once held and no one holds now ("X was blunter. …, the
        72-year-old former FSB director answered"): a description of them."""
        if FORMER_BEFORE.search(self.text, max(0, word.start - LOOK_BACK), word.start) is None:
            return None
        found = self._previous_person(word.start)
        holds_it = isinstance(found, Mention) and word.text.lower() in (found.role or "").lower()
        return found if isinstance(found, Mention) and not holds_it else None  # ("President X met his
        # predecessor. Then the former president said …": not X)

    def _sentence_start(self, position: int) -> int:
        index = bisect.bisect_right(self.names.sentence_starts, position) - 1
        return self.names.sentence_starts[index] if index >= 0 else 0

    def _previous_person(self, position: int) -> Mention | None:
        reporter = self.reported_by
        if reporter is not None and SPEAKING_PRONOUN.match(self.text, position) and \
                agrees(self.names.genders, reporter, pronoun_gender(self.text, position)) and \
                not any(m.kind is EntityKind.PERSON for m in self._mentions_in(0, position)):
            return reporter  # "X met Y, Minister Z said in an interview. ¶ “…,” he said": Z, who told it
        return self.names.previous_person(position, self.last_person)

    def _previous_person_but(self, position: int, other: Speaker) -> Speaker:
        """Whom "him" in "X quoted him" stands for: the one "he" would be, unless that is X, who quoted him;
        then the person named last before ``position`` who is not X."""
        found = self._previous_person(position)
        if not (isinstance(found, Mention) and isinstance(other, Mention) and found.key == other.key):
            return found
        return next((m for m in reversed(self._mentions_in(0, position))
                     if m.kind is EntityKind.PERSON and m.key != other.key), None)

    def _possessed_before(self, position: int) -> bool:
        """An appositive at ``position`` names what someone has ("Okafor's party, the …")."""
        start = self._sentence_start(position)
        return any(m.end() == position for m in POSSESSED_APPOSITION.finditer(self.text, start, position))

    def _previous_body(self, position: int, depth: int = 0) -> Speaker:
        """What "it" in "“…,” it said" stands for: the body that opens the sentence before ("The army had
        reported …", "Hamas said …"), or that an "It" opening it stands for in turn ("The army announced …. It
        later said …"); "Abiy's office said …" speaks for Abiy."""
        index = bisect.bisect_right(self.names.sentence_starts, position) - 1
        # quoted sentences are passed over: "“Our commitment … steadfast. And …,” it said"
        previous = next((words for s in reversed(self.sentences[max(0, index - 4):index])
                         if (words := [t for t in s.tokens if t.is_word]) and not self._in_quote(words[0].start)),
                        None)
        if previous is None:
            return None
        unquoted = [t for t in previous if not self._in_quote(t.start)]
        opening = self.names.opening_clause_end(unquoted[0].start) if unquoted else 0
        unquoted = [t for t in unquoted if t.start >= opening] or unquoted  # "Late on Thursday, X issued …"
        words = unquoted[:4]
        if words and words[0].text == "It" and depth < PRONOUN_REACH:
            return self._previous_body(words[0].start, depth + 1)
        for k, word in enumerate(words):
            found = self._covering(word)
            if isinstance(found, Mention) and found.kind.is_actor and found.rule != "demonym":
                after = next((w for w in unquoted[k + 1:] if w.start >= found.end), None)
                if after is not None and after.text.lower() in self.lexicon.role_nouns:
                    continue  # "Taliban spokesman Zabiullah Mujahid issued a statement": the spokesman
                if found.kind is EntityKind.PERSON:  # "Abiy's office said …", "X issued a statement …"
                    issued = after is not None and after.text.lower() in PERSONAL_BODIES or \
                        any(w.text.lower() in STATEMENT_NOUNS for w in previous)
                    lone = self._lone_body(found, position)  # "Hamas confirmed …. “…,” it said"
                    return found if issued or lone else None
                return found
            if word.text.lower() in ROLE_NOUNS and word.text.lower() not in PERSON_ROLES and self._definite(word):
                return self._role_holder(word)
            if word.text.lower() in ISSUED_NOUNS and self._definite(word):
                return self._statement_issuer(position)  # "“…,” the statement said. … , it added,"; "The
                # statement, issued by X, condemned …. “…,” it said": X's
        return None

    def _is_subject(self, mention: Mention) -> bool:
        return is_subject(self.text, mention)


def _before_a_quoted_adverb(tokens: tuple[Token, ...], index: int, lexicon: Lexicon) -> int:
    """Where the words before a verb resume past a one-word quote after an auxiliary ("His camp has “strongly”
    denounced": before "has"), else ``index``."""
    if index < 2 or tokens[index].text not in QUOTE_CLOSERS or tokens[index - 2].text not in QUOTE_OPENERS:
        return index
    return index - 3 if index >= 3 and lexicon.is_skippable(tokens[index - 3].text) else index


QUOTE_OPENERS = frozenset({"“", '"'})
QUOTE_CLOSERS = frozenset({"”", '"'})


def _formerly_held(words: list[Token]) -> bool:
    """"the former Australian foreign minister": an office once held, which describes someone named before."""
    return words[-1].text.lower() in ROLE_NOUNS and any(w.text.lower() in ("former", "retired") for w in words[:-1])


def _named_again(before: list[Mention], holders: list[Mention]) -> Mention | None:
    """The holder of a role (paragraphs above) whom ``before`` (subjects) names last, by surname."""
    surnames = {h.name.split()[-1]: h for h in reversed(holders)}  # (the last named wins a shared surname)
    return next((surnames[m.name.split()[-1]] for m in reversed(before)
                 if m.kind is EntityKind.PERSON and m.name.split()[-1] in surnames), None)


def _headed_by(word: str, found: list[Mention]) -> Mention | None:
    """The first of ``found``, or, for a body's noun, the first whose name it ends: "the alliance" after "the
    Three Brotherhood Alliance, which groups the Myanmar National Democratic Alliance Army, …" is the first."""
    headed = (m for m in found if word in BODY_NOUNS and m.name.lower().endswith(word))
    return next(headed, found[0] if found else None)


def _sole_holder(holding: dict[str, Mention], word: str) -> Mention | None:
    """The one person holding the office ``word`` among ``holding``; of several, the one titled by the bare
    office, if one alone ("the president" where "President X" and "President Y of France" were named: X, the
    story's own)."""
    if len(holding) == 1:
        return next(iter(holding.values()))
    bare = [m for m in holding.values() if (m.role or "").lower() == word and m.role[:1].isupper()]  # a title,
    # not "secretary" cut from "press secretary X"
    return bare[0] if len(bare) == 1 else None


def _titled_with(word: str, former: bool = False,
                 qualifier: str | None = None) -> tuple[re.Pattern, Callable[[Mention], bool]]:
    """The office ``word`` (or its synonyms) as a whole word, and whether a mention's name or role holds it
    ("the Democrat" is no "Democratic Party"); held now, or, ``former``, once ("former President X"); not
    by one whose role qualifies it otherwise than ``qualifier`` ("the nationalist leader" is no "opposition
    leader", "his Chadian counterpart" no "Nigerien counterpart")."""
    whole = re.compile(rf"\b(?:{'|'.join(map(re.escape, ROLE_SYNONYMS.get(word, (word,))))})\b")

    def named(mention: Mention) -> bool:
        role = (mention.role or "").lower()
        if whole.search(mention.text.lower()) is not None:
            return not former and not (qualifier and qualifier.lower() in BODY_QUALIFIERS
                                       and qualifier.lower() not in mention.text.lower())  # "the military
            # council" is no "Peace and Security Council"
        office = whole.search(role)
        return office is not None and (FORMER.search(role) is not None) == former and \
            not _qualified_otherwise(mention.role or "", whole, qualifier) and \
            not (LESSER_BEFORE.search(role, 0, office.start()) and (qualifier or "").lower() not in LESSER_OFFICES) \
            and not (not qualifier and not former and PREMIER_ROLE.search(role)) \
            and not (not qualifier and not former and _of_a_body((mention.role or "")[:office.start()]))
        # "the minister" is no "Prime Minister X": a premier is called so (but a deputy prime minister is a minister
        # too); "the president" is no "Senate President X": a body's president is called by the body
    return whole, named


def _of_a_body(before_the_office: str) -> bool:
    """The word before an office in a role is a body's head ("Senate", "Council"): the office of that body."""
    words = before_the_office.split()
    return bool(words) and words[-1] in load_lexicon().organisation_heads


NEW_BEFORE = re.compile(r"\b(?:new|incoming)\s+\Z", re.I)  # "the new president": not the one leaving office
LEAVING_ROLE = re.compile(r"\b(?:outgoing|previous|departing)\b", re.I)  # as FORMER, an office being left
PRIME_BEFORE = re.compile(r"\bprime\s+\Z", re.I)
PREMIER_ROLE = re.compile(r"(?<!deputy\s)(?<!vice\s)(?<!vice-)\bprime\s+minister\b")

LESSER_OFFICES = frozenset({"vice", "deputy", "assistant", "under"})
LESSER_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(LESSER_OFFICES)) + r")[\s-]\Z")  # "Vice President X" is no
# "the president", "Deputy Foreign Minister Y" no "the foreign minister"


def _qualified_otherwise(role: str, whole: re.Pattern, qualifier: str | None) -> bool:
    """The role's word before its office is another description of the same kind as ``qualifier``: both in
    lower case ("opposition" for "nationalist"), or both capitalised names that are no titles ("Nigerien" for
    "Chadian"; "Foreign Minister" says nothing of a "Chadian minister")."""
    office = whole.search(role.lower())
    words = role[:office.start()].split() if qualifier and office else []
    theirs = words[-1] if words else ""
    if office and qualifier and qualifier.lower() not in role.lower() and _a_title(f"{qualifier} {office.group()}"):
        return True  # "the supreme leader" is no "Hamas leader": the qualifier makes a title of its own
    if not theirs.isalpha() or qualifier.lower() in role.lower():
        return False
    if theirs.islower() and qualifier.islower():
        return True
    return theirs[:1].isupper() and qualifier[:1].isupper() and not \
        {theirs, qualifier} & load_lexicon().portfolio_words


def _a_title(words: str) -> bool:
    """"Supreme Leader", "Prime Minister": an office the lexicon knows by these words, in any case."""
    return words.lower() in _titles_folded()


@functools.cache
def _titles_folded() -> frozenset[str]:
    return frozenset(title.lower() for title in load_lexicon().titles)


def office_qualifier(text: str, position: int) -> str | None:
    """``qualifier_before``, or "prime" where the office is a prime minister's ("the former prime minister")."""
    return qualifier_before(text, position) or \
        ("prime" if PRIME_BEFORE.search(text, max(0, position - len("prime ")), position) else None)


def qualifier_before(text: str, position: int) -> str | None:
    """The word that qualifies an office named at ``position`` after a determiner ("the nationalist leader",
    "His Chadian counterpart"), if any."""
    found = QUALIFIER.search(text, max(0, position - LOOK_BACK), position)
    return found.group(1) if found and found.group(1).lower() not in NOT_QUALIFIERS else None


HEAD_WORDS = frozenset({"chief", "head", "boss"})  # "the NATO chief": the head of whatever the qualifier names
QUALIFIER = re.compile(r"\b(?:the|The|his|His|her|Her|its|their)\s+([A-Za-z]+)\s+\Z")
NOT_QUALIFIERS = frozenset({"former", "new", "then", "current", "late", "outgoing", "incoming", "acting", "top",
                            "same", "other", "first", "second", "two", "three", "country", "group", "movement"})


ATTRIBUTIVE_NAME = re.compile(r" [a-z]+\b(?<!\bwho)(?<!\bwhose)")  # "the Okafor era": a name said of a thing


class Names:
    """The names of one paragraph outside its quotes, indexed once: what "he", "she" or "the president"
    at a position stands for is then found without rescanning the paragraph (a paragraph of
    100,000 sentences stays linear)."""

    def __init__(self, text: str, sentences: list[Sentence], mentions: list[Mention],
                 roles: list[RoleReference] = (), holders: tuple[Mention, ...] = (),
                 genders: Mapping[str, str] | None = None, earlier: Mapping[str, Mention] | None = None,
                 name_words: frozenset[str] | None = None, bodies: tuple[Mention, ...] = ()):
        self.text, self.mentions, self.holders = text, mentions, holders  # holders: people with roles named before
        self.bodies = bodies  # the actors the paragraphs before named
        self.genders = genders or {}  # what the text says each person is: whom "she" may stand for
        self.earlier = earlier or {}  # the last person of each gender the paragraphs before spoke of
        self.mention_starts = [m.start for m in mentions]
        self.persons = sorted((m for m in mentions if m.kind is EntityKind.PERSON), key=lambda m: m.start)
        self.person_starts = [m.start for m in self.persons]
        self.surnames = {m.name.rsplit(" ", 1)[1] for m in self.persons if " " in m.name}  # "Putin" of "Vladimir Putin"
        self.sentence_starts = [s.start for s in sentences]
        self.spans = spans = quote_spans(text)
        self.span_starts = span_starts = [start for start, _ in spans]
        pronouns = [_Pronoun(m.start(), m.end()) for m in PRONOUN.finditer(text)
                    if not inside_spans(spans, span_starts, m.start())]
        offices = [r for r in roles if r.role_word.split()[-1] in PERSON_ROLES]
        # Who a later "he" may stand for: people named, people named by office ("the Russian leader"), and
        # earlier pronouns (which stand for someone in turn).
        starts = set(self.sentence_starts)
        persons = [m for m in self.persons
                   if not (ATTRIBUTIVE_NAME.match(text, m.end) and text[max(0, m.start - 4):m.start].lower() == "the ")
                   and (name_words is None or not _capitalised_by_its_place(text, m, starts, name_words))]  # (not
        # "at the Lena Okafor prayer he …": a name said of a thing)
        self.candidates = sorted([*persons, *offices, *pronouns], key=lambda c: c.start)
        self.candidate_starts = [c.start for c in self.candidates]

    def winner_before(self, position: int) -> Mention | None:
        """The person the text last says, before ``position``, won a vote: "Okafor won Sunday's runoff"."""
        for won in reversed(list(WON_A_VOTE.finditer(self.text, 0, position))):
            start = self.sentence_starts[bisect.bisect_right(self.sentence_starts, won.start()) - 1] \
                if self.sentence_starts and self.sentence_starts[0] <= won.start() else 0
            winner = next((m for m in self.mentions if start <= m.start < won.start()
                           and m.kind is EntityKind.PERSON), None)
            if winner is not None:
                return winner
        return None

    def last_person(self, position: int) -> Mention | None:
        """The last person named before ``position``."""
        index = self._last_person_index(position)
        return self.persons[index] if index >= 0 else None

    def _last_person_index(self, position: int) -> int:
        index = bisect.bisect_left(self.person_starts, position) - 1
        while index >= 0 and self.persons[index].end > position:
            index -= 1
        return index

    def previous_person(self, position: int, fallback: Speaker, depth: int = 0, gender: str | None = None) -> Speaker:
        """What "he" or "she" at ``position`` refers to: the subject of the nearest sentence before it (or of
        its own sentence, before it) that has one: a person, an office ("the Russian leader said …") or a
        pronoun, which is followed back in turn ("He said he had greeted Okafor"). Names in a sentence's
        opening clause ("As Okafor thanked him, Velan …", "Asked whether Kowalski …, Okafor …") and objects
        are passed over, and so is a sentence naming only those; else the last person named, or ``fallback``.
        One the text gives the other gender is passed over ("she" is not Mr Kowalski); ``gender``: the
        pronoun's, where ``position`` is not at one."""
        end = bisect.bisect_left(self.candidate_starts, position)
        while end > 0 and self.candidates[end - 1].end > position:
            end -= 1
        gender = (gender or pronoun_gender(self.text, position)) if self.genders else None  # (a text that shows
        # no one's gender: every candidate agrees)
        if isinstance(fallback, Mention) and not agrees(self.genders, fallback, gender):
            fallback = self.earlier.get(gender)  # "… her director, Jan Kowalski, said …. ¶ “…,” he said": not her
        here = self.sentence_starts[bisect.bisect_right(self.sentence_starts, position) - 1] \
            if self.sentence_starts and self.sentence_starts[0] <= position else 0
        opening = self.opening_clause_end(here)  # "Interviewed by host X on Friday, he refused …": not X
        named = [c for c in self.candidates[max(0, end - COVER_WINDOW * 4):end] if not isinstance(c, _Pronoun)
                 and (gender is None or self._agrees(c, gender)) and not (
                     self.text.startswith(",", c.end) and _in_a_circumstance_aside(self.text, c.start))
                 and not here <= c.start < opening and not self._told_in_a_relative_before(c, here)]
        if named and (antecedent := self._relative_antecedent(named[-1], position)) is not None:
            return antecedent  # "Xi, whose absence is the first since he took power": Xi
        last = named[-1] if named else fallback
        if end == 0 and PRONOUN.match(self.text, position) and \
                (holder := self._office_opening_before(position)) is not None:
            return holder  # "A day earlier, the president authorised …. “…,” he said": no one named here before
        for _ in range(PRONOUN_REACH):
            if end == 0:
                break
            sentence = bisect.bisect_right(self.sentence_starts, self.candidates[end - 1].start) - 1
            sentence_start = self.sentence_starts[sentence] if sentence >= 0 else 0
            first = bisect.bisect_left(self.candidate_starts, sentence_start)
            opening = self.opening_clause_end(sentence_start)
            role = self._role_opening(sentence_start, opening, position)
            if role is not None and (national := self._national_office(role.start(1))) is not None:
                return national  # "the Chilean leader demanded …. “…,” he said": Chile's, whom resolving finds
            if role is not None and (holder := self._office_holder(role.group(1).lower(), role.start(1))) is not None:
                return holder  # "…, the cardinal addressed diplomats. “No more war,” he said": the cardinal
            subjects = [c for c in self.candidates[first:end] if c.start >= opening and is_subject(self.text, c)
                        and (gender is None or self._agrees(c, gender))]
            if bisect.bisect_right(self.sentence_starts, position) - 1 == sentence:
                subjects = [c for c in subjects if not self._subject_of_a_quote_before(c, position)]  # "X and Y
                # “have agreed to a truce,” he wrote": not X, of whom he wrote
            subjects = [c for c in subjects if not OPENING_A_QUOTE.match(self.text, c.end)] or subjects  # "X “acted
            # alone,” Y told reporters. He said …": Y, who spoke, not X, of whom he spoke
            subjects = [c for c in subjects if AFTER_A_QUOTE.search(self.text, max(0, c.start - LOOK_BACK), c.start)] \
                or subjects  # "X was “a husband and a dad,” Y said. Then he addressed …": Y
            joined = [c for c in subjects if JOINED_CLAUSE_BEFORE.search(self.text, max(0, c.start - LOOK_BACK),
                                                                        c.start)
                      and not self.text.startswith(",", c.end)]  # (not "…, and Justice X, both of whom …": listed)
            subjects = [joined[-1]] if joined and isinstance(joined[-1], Mention) else subjects  # "X proposed talks,
            # and Y answered within hours. “…,” he wrote": Y, the subject of the clause told last
            named_in_full = [c for c in subjects if isinstance(c, Mention) and " " in c.name]
            if any(isinstance(c, Mention) for c in subjects):  # "In New York, where he had attended …, Foreign
                # Minister X told …", "In Bali, where he was attending …, Biden convened": X, Biden
                subjects = [c for c in subjects if not (isinstance(c, _Pronoun) and SUBORDINATE_BEFORE.search(
                    self.text, max(0, c.start - LOOK_BACK), c.start))]
            subjects = subjects or [c for c in self.candidates[first:end] if isinstance(c, Mention) and (
                gender is None or self._agrees(c, gender)) and self.text.startswith(",", c.end)
                and POSSESSED_ROLE_OPENING.fullmatch(self.text, sentence_start, c.start)]  # "Her national security
            # adviser, X, went further. “…,” he said": X
            subject = next((c for c in subjects if not (named_in_full and (
                _lone_candidate(c, sentence_start) or _modifies_a_name(self.text, c, named_in_full)))), None) \
                or next((self._apposed_to_the_possessed(c, end) or c for c in self.candidates[first:end]
                         if self._possessor_opening(c, opening)), None)  # "Kowalski's appearance marked his first
            # encounter …. He arrived …" (but "Okafor's wife, Lena Velan, was among the guests. She …": his wife)
            if subject is None and (holder := self._role_in_a_clause(sentence_start, position)) is not None:
                return holder  # "…, where the president thanked staff. “…,” he told them": the president
            if ACCORDING_TO.match(self.text, sentence_start):  # "According to statements by X after meeting Y, …"
                subject = next((c for c in self.candidates[first:end] if isinstance(c, Mention)), subject)
            if isinstance(subject, _Pronoun):
                return self.previous_person(subject.start, fallback, depth + 1) if depth < PRONOUN_REACH else last
            if subject is not None:
                return subject
            end = first
        return self._role_in_a_clause(named[-1].end if named else 0, position) or last

    def _subject_of_a_quote_before(self, candidate: Mention | _Pronoun, position: int) -> bool:
        """The candidate, alone or with others named with it, is the subject a quote goes on from, and the quote
        closes before ``position``."""
        opening = QUOTE_AFTER_ITS_SUBJECT.match(self.text, candidate.end)
        return opening is not None and any(mark in self.text[opening.end():position] for mark in "”\"")

    def _told_in_a_relative_before(self, candidate: Speaker, here: int) -> bool:
        """``candidate`` lies in a ", who …" clause about a person, in a sentence before the one at ``here``:
        "… by Okafor, who held talks with Velan in Arendal. “…,” he said" is Okafor's."""
        if not isinstance(candidate, Mention) or candidate.start >= here:
            return False
        index = bisect.bisect_right(self.sentence_starts, candidate.start) - 1
        start = self.sentence_starts[index] if index >= 0 else 0
        relative = self.text.rfind(", who", max(start, candidate.start - RELATIVE_REACH), candidate.start)
        named = bisect.bisect_left(self.person_starts, relative) - 1
        return relative > 0 and named >= 0 and self.persons[named].end == relative

    def _relative_antecedent(self, last: Speaker, position: int) -> Mention | None:
        """The person a relative clause holding ``position`` describes, when it is the last one named: "X, who
        said he …", "X, whose absence is the first since he took power" (no comma between)."""
        relative = RELATIVE_AFTER_A_NAME.match(self.text, last.end) if isinstance(last, Mention) else None
        if relative is None or last.kind is not EntityKind.PERSON or relative.end() > position:
            return None
        return last if not re.search(r"[,;.:“”\"—–]", self.text[relative.end():position]) else None

    def _office_opening_before(self, position: int) -> Mention | None:
        """The holder of the office that opens the sentence of ``position`` or the one before it, in a
        paragraph that names no one before ``position``."""
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        for sentence_start in self.sentence_starts[max(0, index - 1):index + 1][::-1]:
            role = self._role_opening(sentence_start, self.opening_clause_end(sentence_start), position)
            if role is not None:
                return self._office_holder(role.group(1).lower(), role.start(1))
        return None

    def _agrees(self, candidate, gender: str | None) -> bool:
        """The candidate may stand for a pronoun of ``gender``: a person the text gives no other gender, an
        office, or a pronoun of the same gender."""
        if isinstance(candidate, _Pronoun):
            own = pronoun_gender(self.text, candidate.start)
            return gender is None or own is None or own == gender
        return not isinstance(candidate, Mention) or agrees(self.genders, candidate, gender)

    def _role_in_a_clause(self, start: int, end: int) -> Mention | None:
        """The holder of an office that is the subject of a clause between ``start`` and ``end`` (", where the
        president thanked …"), if the office has one holder."""
        inner = ROLE_IN_A_CLAUSE.search(self.text, max(start, end - BACK_REACH), end)
        return self._office_holder(inner.group(1).lower(), inner.start(1)) if inner is not None else None

    def _national_office(self, position: int) -> RoleReference | None:
        """The office of a country named at ``position`` ("the Chilean leader"), found by bisection."""
        index = bisect.bisect_right(self.candidate_starts, position) - 1
        found = self.candidates[index] if index >= 0 else None
        return found if isinstance(found, RoleReference) and found.end > position and found.country_key else None

    def former_holder(self, word: str, position: int, holders: tuple[Mention, ...] = ()) -> Mention | None:
        """"the former president said": the one person named as a former holder of the office (in this
        paragraph before ``position``, or among the people with roles named before, or ``holders``); not the one in
        office."""
        _, named = _titled_with(word, former=True)
        formerly = [m for m in [*self.holders, *holders, *self._mentions_before(position)]
                    if m.kind is EntityKind.PERSON and named(m)]
        return {m.key: m for m in formerly}.popitem()[1] if len({m.key for m in formerly}) == 1 else None

    def _head_of(self, body: str, people: list[Mention]) -> Mention | None:
        """The first of ``people`` whose role names the body ``body`` names, by that name or another the text gives
        it ("the FSB chief": "X, the director of the Federal Security Service (FSB)")."""
        named = [*self.bodies, *self.mentions]
        keys = {m.key for m in named if m.text == body and m.kind is EntityKind.ORGANISATION}
        names = {body} | {m.name for m in named if m.key in keys}
        return next((m for m in people if m.kind is EntityKind.PERSON
                     and any(re.search(rf"\b{re.escape(name)}\b", m.role or "") for name in names)), None)

    def _office_holder(self, word: str, position: int) -> Mention | None:
        """The person named with the office ``word`` last before ``position`` in this paragraph, else the one
        person holding it in the paragraphs before; no one else."""
        qualifier = office_qualifier(self.text, position)
        _, titled = _titled_with(word, qualifier=qualifier)
        new = NEW_BEFORE.search(self.text, max(0, position - LOOK_BACK), position) is not None

        def named(mention: Mention) -> bool:  # "the new president" is not the outgoing one
            role = mention.role or ""
            return titled(mention) and not (new and (LEAVING_ROLE.search(role) or FORMER.search(role)))
        found = next((m for m in reversed(self._mentions_before(position))
                      if m.kind is EntityKind.PERSON and named(m)), None)
        if found is None and word in HEAD_WORDS and qualifier and qualifier[:1].isupper():
            found = self._head_of(qualifier, [*reversed(self._mentions_before(position)), *reversed(self.holders)])
        return found or _sole_holder({m.key: m for m in self.holders if named(m)}, word)

    def _role_opening(self, sentence_start: int, opening: int, position: int) -> re.Match | None:
        """An office as the subject of the sentence, at its start or after an opening phrase and its comma
        ("After a meeting with President X, the cardinal addressed …")."""
        comma = self.text.find(", ", opening, position)
        for start in (opening, comma + 1) if comma >= 0 else (opening,):
            role = ROLE_OPENING.match(self.text, start)
            if role is not None and role.end() <= position:
                return role
        return None

    def _possessor_opening(self, candidate, opening: int) -> bool:
        """A person whose possessive opens the sentence: the one the sentence is about."""
        return isinstance(candidate, Mention) and candidate.kind is EntityKind.PERSON and \
            candidate.start >= opening and self.text[opening:candidate.start].strip() == "" and \
            self.text.startswith(("'s", "’s"), candidate.end)

    def _apposed_to_the_possessed(self, possessor: Mention, end: int) -> Mention | None:
        """The person named in apposition to what the possessor has: "Okafor's wife, Lena Velan," → Lena Velan."""
        possessed = POSSESSED_APPOSITION.match(self.text, possessor.end)
        index = bisect.bisect_left(self.candidate_starts, possessed.end()) if possessed else end
        apposed = self.candidates[index] if index < end else None
        return apposed if isinstance(apposed, Mention) and apposed.start == possessed.end() and \
            apposed.kind is EntityKind.PERSON and self.text.startswith(",", apposed.end) else None

    def opening_clause_end(self, sentence_start: int) -> int:
        """Where a sentence's opening participle or subordinate clause ends ("Asked whether …,", "As Okafor
        thanked him …,"), or its start when it opens with its subject."""
        opening = OPENING_CLAUSE.match(self.text, sentence_start) or \
            DESCRIPTIVE_OPENING.match(self.text, sentence_start)  # "A protege of X, Okafor …": not X
        if opening is None:
            return sentence_start
        index = bisect.bisect_left(self.candidate_starts, sentence_start)
        if index < len(self.candidates) and self.candidates[index].start == sentence_start:
            return sentence_start  # "Ahmed said …": a name, not a participle
        if (titled := PARTICIPLE_BEFORE_A_TITLE.match(self.text, sentence_start)) and \
                titled.group("title") in TITLE_WORDS:
            return sentence_start  # "Outgoing President X, who …, recognised …": X's deed, no opening phrase
        if PLACE_OR_TIME_OPENING.match(self.text, sentence_start) and any(
                isinstance(c, Mention) and c.start < opening.end() and VERB_AFTER_A_SUBJECT.match(self.text, c.end)
                and not CLAUSE_WORD.search(self.text, sentence_start, c.start)
                and (APPOSITIVE_NEXT.match(self.text, opening.end())
                     or BARE_PLACE_OR_TIME.fullmatch(self.text, sentence_start, c.start))
                for c in self.candidates[index:index + 4]):
            return sentence_start  # "On Wednesday morning Okafor turned to X, the …", "On Saturday Okafor is due to
            # visit the mosque, known as …": her deed, no opening phrase
        listed = LISTED_IN_AN_OPENING.match(self.text, opening.end())  # "Flanked by lawmakers, among them X, Y
        end = listed.end() if listed else opening.end()  # blamed …": Y's deed
        return self._past_a_name_apposed(end)

    def _past_a_name_apposed(self, end: int) -> int:
        """Past a name set off by commas right after an opening phrase that ended on its role, when another name
        follows: "Speaking at the swearing-in of the new police chief, Jan Okafor, Velan vowed …": Velan's."""
        index = bisect.bisect_left(self.candidate_starts, end)
        if index + 1 >= len(self.candidates):
            return end
        apposed, subject = self.candidates[index], self.candidates[index + 1]
        if not (isinstance(apposed, Mention) and isinstance(subject, Mention)) or self.text[end:apposed.start].strip():
            return end
        comma = apposed.end + 1
        return comma if self.text.startswith(",", apposed.end) and not self.text[comma:subject.start].strip() \
            and OPENING_ENDS_ON_A_ROLE.search(self.text, max(0, end - LOOK_BACK), end) else end

    def role_holder(self, word: str, position: int, fallback: Mention | None,
                    bodies: tuple[Mention, ...] = (), holders: tuple[Mention, ...] = ()) -> Speaker:
        """Who "the <word>" at ``position`` is: the last actor named with that word (in the name or the
        role, in this paragraph or among the bodies and the people with roles named before it); for a
        person's office, else the person the text is about ("Zelenskyy confirmed … the president wrote")."""
        before = self._mentions_before(position)
        qualifier = office_qualifier(self.text, position)
        whole, named = _titled_with(word, qualifier=qualifier)
        titled = [m for m in reversed(before) if m.kind.is_actor and named(m) and not (
            word in BODY_NOUNS and (self._reports_only(m) or m.kind is EntityKind.PERSON))]
        found = _headed_by(word, titled)
        if found is not None and not qualifier and (found.role or "").lower() not in ("", word):
            found = next((m for m in titled if (m.role or "").lower() == word), found)  # "President X …, he could
            # talk to Chinese President Y. “…,” the president said": X, titled by the bare office
        # ("Centre party senator Okafor …. “…,” the party said": not the senator)
        found = found or _headed_by(word, [m for m in reversed(bodies) if named(m)])
        if found is None and word in HEAD_WORDS and qualifier and qualifier[:1].isupper():
            found = self._head_of(qualifier, [*reversed(before), *reversed(holders)])  # "the NATO chief": whoever
            # the text titled with NATO ("NATO Secretary-General X")
        if found is None and word in PERSON_ROLES:
            found = _named_again([m for m in before if is_subject(self.text, m)],
                                 [m for m in reversed(holders) if named(m)])  # "Acting U.S. Attorney X …
            # ¶ X said …. Asked whether …, the prosecutor said": X, titled paragraphs above, named here by surname
        if found is None and word in PERSON_ROLES and (not self._names_a_person_before(position) or all(
                m.role for m in before if m.kind is EntityKind.PERSON)) and \
                not NAMED_MODIFIER.search(self.text, max(0, position - LOOK_BACK), position):  # (or only people
            # titled otherwise: "flanked by Vice President X and Secretary Y, the president said")
            found = _sole_holder({m.key: m for m in holders if named(m)}, word)  # "Norwegian envoy X met …" paragraphs
            # above: X, if no one else holds the role
        if found is not None:
            return found
        if word in BODY_NOUNS:  # a lone name may be a body: "Hamas said"; one opening its sentence first ("The
            people = {word for m in [*self.persons, *holders] for word in m.name.split()[1:]}  # "Uribe" of "Miguel
            # Uribe Turbay": a person's surname, no body's name
            bodies = [m for m in reversed(before) if m.kind in (EntityKind.ORGANISATION, EntityKind.GROUP)  # Front
                      and m.rule != BARE_BODY or m.key.startswith("surname:") and m.name not in people] or \
                [m for m in reversed(bodies) if (m.kind in (EntityKind.ORGANISATION, EntityKind.GROUP)  # said …
                 or m.key.startswith("surname:") and word not in BLOC_NOUNS) and m.rule != BARE_BODY]  # (not "the
            # army", a state's own: "the group" is no state's)
            bodies = [m for m in bodies if not m.key.startswith(STATE_BODY)] if word in NON_STATE_BODIES else bodies
            return next((m for m in bodies if self._opens_its_sentence(m)),  # after capturing the Second Brigade
                        next(iter(bodies), None))  # base. The group …"), else the last named in paragraphs before
        if word not in PERSON_ROLES:
            return None
        person = self.previous_person(position, fallback)
        if word in OFFICES and isinstance(person, Mention) and self._holds_another_office(person, named, holders):
            return next((m for m in reversed(holders) if named(m)), None)  # "… Trump replied. ¶ …, the prime
            # minister said": not the president; the prime minister named last
        if isinstance(person, RoleReference) and person.role_word != word and word in OFFICES:
            return _sole_holder({m.key: m for m in holders if named(m)}, word)  # "… Canseco, the most senior
            # Mexican diplomat …. “…,” the president said": not the diplomat; the one president named, if one
        if word in OFFICES and isinstance(person, Mention) and person.role and \
                (not whole.search(person.role.lower()) or FORMER.search(person.role)):
            return None  # "President Okafor's decision …, the country's foreign minister said": not the president
            # (nor is "former President Okafor")
        if word in OFFICES and isinstance(person, Mention) and (self._in_the_opening_phrase(person, position) or
                                                               JUST_BEFORE_A_SUBJECT.fullmatch(
                                                                   self.text, person.end, position)) and \
                (holder := _sole_holder({m.key: m for m in holders if named(m)}, word)) is not None:
            return holder  # "At a news conference with Stoltenberg, the president said", "… with his son Hunter,
            # the president had answered": the president named before
        return person

    @staticmethod
    def _holds_another_office(person: Mention, named: Callable[[Mention], bool], holders: tuple[Mention, ...]) -> bool:
        """The text titled ``person`` head of a state or government before, and never with the office ``named``
        finds ("President Trump" is no "prime minister")."""
        titled = [m for m in holders if m.role and _may_be_the_same(m, person)]
        return any(HEAD_OFFICE.search(m.role) for m in titled) and not any(named(m) for m in titled)

    def _in_the_opening_phrase(self, mention: Mention, position: int) -> bool:
        """The mention stands in the phrase that opens the sentence of ``position`` ("At talks with X, …")."""
        start = self.sentence_starts[max(0, bisect.bisect_right(self.sentence_starts, position) - 1)]
        return start <= mention.start and mention.end <= self.opening_clause_end(start) <= position

    def _reports_only(self, mention: Mention) -> bool:
        """"…, the Delta Monitoring Group said.": a body that only reports the sentence, which "the group" after
        it does not stand for."""
        return REPORTER_TAIL.match(self.text, mention.end) is not None and \
            self.text[max(0, mention.start - 8):mention.start].rstrip().endswith((",", ", the"))

    def _opens_its_sentence(self, mention: Mention) -> bool:
        """The mention is its sentence's subject, first after any opening time or place ("On Tuesday, X …")."""
        start = self.sentence_starts[max(0, bisect.bisect_right(self.sentence_starts, mention.start) - 1)]
        start = max(start, OPENING_TIME_OR_PLACE.match(self.text, start).end())
        return self.text[start:mention.start].strip() in ("", "The", "the")

    def _names_a_person_before(self, position: int) -> bool:
        """The paragraph names someone before ``position``: "the president" may stand for them."""
        return any(m.kind is EntityKind.PERSON for m in self._mentions_before(position))

    def _mentions_before(self, position: int) -> list[Mention]:
        """The mentions ending before ``position``, the last ROLE_REACH of them (a paragraph's worth: the
        lookback stays bounded in a run-on text of thousands of names)."""
        index = bisect.bisect_left(self.mention_starts, position)
        return [m for m in self.mentions[max(0, index - ROLE_REACH):index] if m.end <= position]

    def sayer_after_a_comma(self, sentence: Sentence, lexicon: Lexicon) -> Mention | None:
        """The actor named between a comma and a speech verb outside quotes, who said what the words before
        report ("X has been arrested, the State Security Bureau said on Saturday")."""
        for token in sentence.tokens:
            if not lexicon.is_speech_verb(token.text) or inside_spans(self.spans, self.span_starts, token.start):
                continue
            index = bisect.bisect_left(self.mention_starts, token.start) - 1
            found = self.mentions[index] if index >= 0 and self.mentions[index].start >= sentence.start else None
            if found is not None and found.kind.is_actor and found.rule != "demonym" and \
                    not self.text[found.end:token.start].strip() and \
                    SAYER_AFTER_A_COMMA.search(self.text, max(sentence.start, found.start - SAYER_REACH), found.start):
                return found
        return None

    def statement_issuers(self, sentences: list[Sentence], lexicon: Lexicon,
                          bodies: tuple[Mention, ...] = ()) -> list[tuple[int, Speaker]]:
        """For each sentence that introduces a statement, where it starts and who issued the statement: the
        actor named after "by" or "from" ("a statement released by NATO"), else the sentence's subject
        ("Kenya's foreign ministry said in a statement", "Taliban spokesman X issued a statement")."""
        if not any(stem in self.text for stem in ("statement", "communiqu", "readout", "letter", "report", "notice",
                                                   "notification", "bulletin")):
            return []
        spans = quote_spans(self.text)
        span_starts = [start for start, _ in spans]
        found = []
        for sentence in sentences:
            introduced = next((m for m in STATEMENT_INTRODUCED.finditer(self.text, sentence.start, sentence.end)
                               if not inside_spans(spans, span_starts, m.start())), None)
            if introduced is not None:
                found.append((sentence.start, self._issuer(sentence, introduced.end(), lexicon, bodies)))
        return found

    def _issuer(self, sentence: Sentence, noun_end: int, lexicon: Lexicon, bodies: tuple[Mention, ...] = ()) -> Speaker:
        actors = [m for m in self.mentions if sentence.start <= m.start < sentence.end and m.kind.is_actor
                  and m.rule != "demonym"]
        by = next((m for m in actors if m.start >= noun_end and ISSUED_BY.match(self.text[noun_end:m.start])
                   and not CARRIED_BY.match(self.text[noun_end:m.start])), None)
        if by is not None:
            return by
        said = SAID_IN_A_STATEMENT.search(self.text, sentence.start, noun_end)
        saying = [m for m in actors if said is not None and m.end <= said.start()
                  and not self.text[m.end:said.start()].strip(" ,")]
        if saying:  # "The ship was boarded on Sunday, Halvorsen Shipping said in a statement": the one who said it
            return saying[-1]
        if said is not None and PERSONAL_PRONOUN_BEFORE.search(self.text, sentence.start, said.start()):
            person = self.previous_person(said.start(), self.last_person(said.start()))  # "“…,” he said in a
            return person if isinstance(person, Mention) else None  # statement": the person he is
        body = BODY_SAYING.search(self.text, sentence.start, said.start()) if said is not None else None
        if body is not None:  # "“…,” the group said in a statement": the group named before
            return self.role_holder(body.group(1).lower(), body.start(1), None, bodies)
        opening = self.opening_clause_end(sentence.start)
        subjects = [m for m in actors if opening <= m.start < noun_end and is_subject(self.text, m)]
        if not subjects and OPENING_STATEMENT.match(self.text, sentence.start, noun_end):
            pronoun = PRONOUN_AFTER_AN_OPENING.match(self.text, noun_end)
            if pronoun is not None:  # "In a statement on Saturday he thanked …": the person he is
                person = self.previous_person(pronoun.start(1), self.last_person(pronoun.start(1)))
                return person if isinstance(person, Mention) else None
            subjects = [m for m in actors if m.start >= noun_end and is_subject(self.text, m)]  # "In a communique,
            # X and Y agreed …"
            role = None if subjects else ROLE_OPENING.match(self.text, self.opening_clause_end(sentence.start))
            if role is not None:  # "In a written statement, the president recalled …": the president's
                return self.role_holder(role.group(1).lower(), role.start(1), None)
        if not subjects:
            return None
        words = self.text[subjects[0].end:subjects[0].end + 40].split()
        speaking_for = words and words[0].lower() in lexicon.role_nouns
        person = next((m for m in subjects[1:] if m.kind is EntityKind.PERSON), None)
        return person if speaking_for and person is not None else subjects[0]

    def announced_speaker(self, sentences: list[Sentence], lexicon: Lexicon) -> Speaker:
        """"Medinsky told reporters:" closing the paragraph announces the speaker of the quote that follows."""
        if not self.text.rstrip().endswith(":") or not sentences:
            return None
        if not any(lexicon.is_speech_verb(t.text) for t in sentences[-1].tokens):
            return None
        return self.previous_person(len(self.text), None)


@dataclass(frozen=True)
class _Pronoun:
    """A subject pronoun ("he", "she") outside quotes: it stands for someone named before it."""

    start: int
    end: int


# An aside that tells the circumstances of the one named before it: "X, standing alongside Y, called …", "X, in
# uniform and seated beside Y, gave the order": Y is not who acts.
CIRCUMSTANCE_ASIDE = re.compile(r",\s(?:[a-z]+ing|seated|flanked|accompanied|joined|surrounded|dressed|in|with|"
                                r"alongside|beside|next\sto|together\swith)\s[^,;:.“”\"]{0,120}\Z")
CIRCUMSTANCE_REACH = 140  # characters back from a name in which the aside that holds it is looked for
NAME_END = re.compile(r"[A-Z][\w'’.-]*\Z")  # a capitalised word right before an aside: the name it follows
APPOSITIVE_AFTER = re.compile(r"\b(?:counterpart|host|guest|wife|husband|predecessor|successor|rival|deputy|aide|"
                              r"adviser|advisor|envoy|spokesman|spokeswoman|spokesperson),\s+\Z")
# "Hezbollah lawmaker Hassan Fadlallah": the name before the officer's title is whose officer, not the subject.
OFFICER_NAMED_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:lawmaker|official|legislator|negotiator|member|"
                                 r"spokes(?:man|woman|person)|leader|commander|chief|envoy|minister|adviser|advisor|"
                                 r"secretary|director|head|aide|governor|mayor)\s+[A-Z]")


def _modifies_a_name(text: str, candidate, named_in_full: list) -> bool:
    """A lone name before lower-case words and a person named in full: a place or body in the person's title
    ("Nara prefectural police chief Marc Dubois"), not a subject of its own."""
    return isinstance(candidate, Mention) and candidate.rule == KNOWN_SURNAME and \
        any(TITLE_WORDS_BETWEEN.fullmatch(text, candidate.end, person.start) for person in named_in_full)


TITLE_WORDS_BETWEEN = re.compile(r"(?:\s+[a-z][\w-]*){1,4}\s+")


def _capitalised_by_its_place(text: str, mention: Mention, sentence_starts: set[int],
                              name_words: frozenset[str]) -> bool:
    """A lone word opening its sentence before a comma and an adverb, that no one named in full bears ("Short,
    slickly produced videos did the work"): capitalised by its place, no one "he" may stand for."""
    return mention.rule == KNOWN_SURNAME and mention.start in sentence_starts and mention.name not in name_words \
        and ADVERB_AFTER_A_COMMA.match(text, mention.end) is not None


ADVERB_AFTER_A_COMMA = re.compile(r",\s+(?!only\b)[a-z]+ly\b")


def _lone_candidate(candidate, sentence_start: int) -> bool:
    """A plural noun opening a sentence, kept only if some person bears it as a surname ("Explosions were heard
    …, X told …"): no subject beside a person named in full."""
    return isinstance(candidate, Mention) and candidate.rule == KNOWN_SURNAME and candidate.start == sentence_start \
        and candidate.name.endswith("s")


def _described_by_a_name(words: list[Token]) -> bool:
    """"the Arendal University professor": a definite lower-case noun that a name before it describes."""
    head, modifier = words[-1], words[-2]
    return head.text.isalpha() and head.text.islower() and modifier.text[:1].isupper() and \
        any(w.text.lower() == "the" for w in words[-5:-2])


def _right_before(text: str, mention: Mention, verb: Token) -> bool:
    """Only spaces (and an adverb) between the name and the verb: "… spokesman Jan Kowalski told reporters"."""
    return RIGHT_BEFORE.fullmatch(text, mention.end, verb.start) is not None


RIGHT_BEFORE = re.compile(r"\s+(?:[a-z]+ly\s+)?")
# "an aide to", "a source close to", "a spokesman for": the one named after speaks through someone unnamed.
SERVES_BEFORE = re.compile(r"\b(?:aide|aides|adviser|advisers|advisor|spokesman|spokeswoman|spokesperson|ally|allies|"
                           r"source|sources|official|officials|people|person)\s+"
                           r"(?:to|for|of|close\s+to|familiar\s+with)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+)*\Z")


def _in_a_circumstance_aside(text: str, position: int) -> bool:
    """``position`` is inside ", standing alongside …," told after a name (``CIRCUMSTANCE_ASIDE``)."""
    aside = CIRCUMSTANCE_ASIDE.search(text, max(0, position - CIRCUMSTANCE_REACH), position)
    return aside is not None and bool(NAME_END.search(text, max(0, aside.start() - LOOK_BACK), aside.start()))


# "Okafor's wife, " before the name of the one the possessor has
POSSESSED_APPOSITION = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+")


RETORTS = frozenset("shot fired hit pushed snapped shoots fires hits pushes snaps".split())  # "… back"


NOUN_MODIFIERS = frozenset("same first last next final closing opening weekly monthly annual".split())


def is_subject(text: str, mention: Mention | RoleReference | _Pronoun) -> bool:
    """Not the object of a preposition or verb: "after meeting Erdogan", "told Okafor", "after meeting
    Turkish President Tayyip Erdogan" (the capitalised words of a title are passed over); not a possessor
    ("Putin's foreign policy aide Yuri Ushakov")."""
    if text.startswith(("'s", "’s"), mention.end) or OFFICER_NAMED_AFTER.match(text, mention.end):
        return False
    if text.startswith(",", mention.end) and APPOSITIVE_AFTER.search(text, max(0, mention.start - 40), mention.start):
        return False  # "with X and her counterpart, Taro Kono, Pompeo said": who the counterpart is
    if text.startswith(",", mention.end) and _in_a_circumstance_aside(text, mention.start):
        return False
    words = re.findall(r"[\w'’]+|[^\w\s]", text[max(0, mention.start - 160):mention.start])
    while True:
        while words and words[-1] not in WEEKDAYS and (
                words[-1][:1].isupper() or words[-1] in TITLE_MODIFIERS or words[-1] in QUANTIFIERS
                or words[-1] in ("of", "for") and len(words) > 1 and words[-2][:1].isupper()
                or words[-1] in OUTLET_ROLES and len(words) > 1 and words[-2][:1].isupper()):
            words.pop()  # "Secretary of State Antony Blinken": the "of" is the title's
        if words and words[-1] in WEEKDAYS:
            return True  # "Earlier on Wednesday (President) Putin used …": a time, then the subject
        if len(words) > 1 and words[-1] in ("and", "or"):
            words.pop()  # "Flanked by X and Thailand's acting Prime Minister Y": Y is what X is
            continue
        if len(words) > 1 and words[-1].endswith("ing") and (words[-2].lower() in DETERMINERS or len(words) > 2 and
                                                              words[-2] in NOUN_MODIFIERS and
                                                              words[-3].lower() in DETERMINERS):
            return True  # "Minutes before the meeting Okafor had endorsed …", "At the same meeting Okafor …": a
            # noun, not "after meeting Okafor"
        if len(words) > 1 and words[-2].lower() == "to" and words[-1].isalpha() and words[-1].islower():
            return False  # "Leo is due to visit the mosque and to join Bartholomew": an infinitive's object
        return not words or words[-1].lower() not in OBJECT_WORDS
