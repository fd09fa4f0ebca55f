"""Event clauses: who did what, where, when, and whether it happened, goes on, is planned or proposed.

A sentence is cut into clauses ("…persists even as X steams toward Y and Z
warns…", "…on Monday, days after A announced …"); a clause that names an actor
(or is about the story's own truce, talks or two sides, whose actors the lead
names) and says something happens is an event; a clause that is mostly a quote
is not (the quotes page has it). An aside with a date of its own ("Anwar, who
brokered the ceasefire on July 28, …", "the M23, which seized Goma in January")
is an event of its own. Its date, in this order:

1. a time expression of its own, resolved against the article's date;
2. a narrative one ("hours earlier", "the same day", "two days later", "the
   following year"), resolved against the clause before it in the sentence or
   the time the text has reached;
3. the time the text has reached, for a main clause whose tense fits it: news
   sets the time once ("On Thursday, the coast guard boarded a trawler") and the
   next sentences of the paragraph go on at that time until a new expression
   resets it. A paragraph that opens with a narrative expression continues the
   time of the paragraph before;
4. the publication date, for the lead sentence of a dated article.

Nothing else gets a date it does not state.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import calendar
import re
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass, field, replace

from generator.extract.genders import agrees, pronoun_gender
from generator.extract.lexicon import Lexicon, is_adverb
from generator.extract.quotes import ANY_PERSON_ROLE, FORMER, Names, Speaker, outside_quotes
from generator.extract.text import DATELINE, DESCRIPTIVE_OPENING, Sentence, by_start, in_span, inside_spans, quote_spans
from generator.model import EntityKind, EventFinding, EventStatus, FuzzyDate, Mention, Precision, SourceRef
from generator.timeexpr import (IRREGULAR_PAST, MONTH_DAYS, ONSET_WORDS, PAST_VERBS, PROPOSAL_VERBS, PROPOSED_MEETINGS,
                                REFUSED, WEEKDAYS, YEAR_DAYS, TimeExpression, a_day_declared, approximate,
                                find_time_expressions, following_weekday, month_in_year, that_day, that_month,
                                week_of)

# Irregular past tenses that report a happening ("met", "struck"); regular ones end in -ed.
PAST_EVENT_VERBS = frozenset("met struck began took held led won lost fled left shot fought sought sank hit sent "
                             "withdrew broke flew spoke sold bought built made gave set cast put cut shut quit".split())
# Verbs in the plain form that a plan's series goes on with: "he will address Cubans, meet dissidents and attend
# a game".
PLAN_VERBS = frozenset("meet attend visit hold sign address travel fly lay tour open launch host announce deliver "
                       "discuss return leave join see speak talk hand release inspect plant".split())
# "despite the indictment three days earlier", "in September of that year": a narrative time right after a noun
# its clause governs by a preposition, or after "of", dates that thing, not the clause.
A_THING_BEFORE = re.compile(r"\b(?:despite|and|of|after|before|following|from|by|with|amid|over|since|in|at|on|for|"
                            r"against|to)\s+the\s+(?!day\b|night\b|morning\b|evening\b|afternoon\b)"
                            r"(?!(?:palace|house|hotel|airport|embassy|ministry|base|hospital|station|square|border|"
                            r"capital|city|village|town|site|port|camp|prison|office|building|residence|plant|scene|"
                            r"front|line|area|region|province|island|coast|bridge|dam|shelter|school|church|mosque|"
                            r"cemetery|harbour|harbor|headquarters)\s)[a-z]{4,}\s+\Z"  # ("met him at the palace the day
                            # after", "crossed the front line to the plant two days later": a place)
                            r"|\bof\s+\Z"
                            r"|\b(?:of|after|before|following|from|by|with)\s+the\s+(?:[A-Z][\w'’-]+\s+){1,2}"
                            r"(?:[a-z]+\s+)?[a-z]{4,}\s+\Z")  # "in the shadow of the Solingen knife attack nine days
# earlier": the attack's time (but "announced the Dushanbe meeting a day later", "called the election nine days
# later": the announcing's, the calling's)
SAID_BEFORE = re.compile(r"\b(?:said|says|told\s+\w+)\Z")
OPENING_PHRASE = re.compile(r"\W*(?:Under|Until|In|On|At|By|For|With|After|Before|As|According|Since|During|From|"
                            r"If|When|While|Although|What|Once|Unless|Despite)\b[^,;]*\Z")
FUTURE_MODAL = re.compile(r"\b(?:will|would|is\s+to|are\s+to|due\s+to|plans?\s+to|expected\s+to)\s")
SAYING_PASTS = frozenset({"said", "told", "wrote"})  # "…, X said on Wednesday, and Y sent …": a clause, no list
DEED_PASTS = PAST_VERBS - {"said", "told", "wrote", "put", "cut", "shut", "cast", "quit", "spent"}  # not the telling,
# not the nouns as often ("after the cut")
# A time counted on from the clause before, opening a second one: "…, and the next day threatened …".
LATER_OPENER = r"(?:the\s+(?:next|following)\s+(?:day|morning|week)|hours\s+later" \
               r"|(?:a|one|two|three|four|five|six|[0-9]+)\s+(?:days?|weeks?)\s+later)"
LATER_VERB = re.compile(LATER_OPENER + r",?\s+(?!(?:he|she|it|they|we|the|a|an|his|her|its|their)\b)[a-z]")  # "the
# next day threatened": a verb right after the time, its subject the clause before's
CLAUSE_BREAK = re.compile(r";|\s—\s|(?P<meanwhile>,?\s(?:even as|while|whereas)\s)|,\s(?P<joined>and|but)\s(?=[A-Z]"
                          r"|[a-z]+\s(?:[A-Z][\w'’.-]*\s){1,5}(?:[a-z]{3,}ed|said|told)\b)"  # "…, and caretaker
                          # Prime Minister X called …"
                          r"|,\s(?P<joined2>and|but)\s(?!" + LATER_VERB.pattern + r")(?=(?:the|its|their|a|an|his|her)\s+"
                          r"(?:[\w.'’-]+\s+){0,5}?[\w.'’-]+,\s(?:[A-Z][\w.'’-]*\s){1,3}?[A-Z][\w.'’-]*,\s"
                          r"(?:[a-z]{3,}ed|" + "|".join(sorted(DEED_PASTS)) + r")\b"  # "…, and the chief minister of
                          # Punjab, Maryam Nawaz, declared …"
                          r"|(?:the|its|their|a|an|his|her)\s+(?:(?:[\w.'’-]+\s+){1,3}?"
                          r"(?:will|would|is|was|were|are|has|had|took|began|said|says|told|[a-z]{3,}ed)"
                          r"|(?:[A-Za-z-]+\s+){1,3}?(?:[a-z]{3,}ed|" + "|".join(sorted(PAST_VERBS)) + r"))\b"  # "…, and
                          # the nationalist Victory Party threw …"
                          r"|(?:he|she|they)\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]{3,}ed|"
                          + "|".join(sorted(DEED_PASTS)) + r")\b"  # "…, and he flew to Kano on Wednesday"
                          r"|(?:in|on|by|later|earlier|last)\s[^,;“”\"]{1,30}?,?\s(?:he|she|it|they|the\s+[a-z]+|"
                          r"[A-Z][\w'’-]+)\s"
                          r"(?:also\s)?(?:was|were|[a-z]{3,}ed|" + "|".join(sorted(DEED_PASTS)) + r")\b"
                          r"|" + LATER_OPENER + r",?\s(?:(?:he|she|it|they)\s+|(?:the\s+|[A-Z][\w'’.-]*\s+)"
                          r"(?:[\w'’.-]+\s+){0,4}?)(?:[a-z]{3,}ed|" + "|".join(sorted(DEED_PASTS)) + r")\b)"  # "…, and
                          # two days later he asked …", "…, but hours later Pakistani aircraft struck …"
                          r"|,\s(?P<sub>(?:(?P<lag>just|only|shortly|hours|(?:(?:almost|nearly|about|some|roughly)\s)?"
                          r"(?P<n>(?!came\b|comes\b)[a-z]+|[0-9]+)"
                          r"\s(?P<unit>days?|hours?|weeks?"
                          r"|months?))\s)?(?P<dir>after|before)|where)\s"
                          r"|(?<!\bto)\s(?P<counted>(?P<about>(?:over|more\s+than|nearly|almost|about|some|"
                          r"less\s+than)\s)?"
                          r"(?P<n2>a|the|one|two|three|four|five|six|[0-9]{1,3})\s"
                          r"(?P<unit2>days?|weeks?|years?|decades)\s"
                          r"(?P<dir2>after|before))\s"
                          r"|(?P<coord>,?\sand\s|,\sbut\s(?=(?:[a-z]{3,}ed|" + "|".join(sorted(DEED_PASTS)) +
                          r")\s[^,;.]{0,40}?"
                          r"\b(?:last|on|in|yesterday|earlier|later)\s))"  # "…, but walked free last month"
                          r"(?=(?:also\s|then\s|later\s|(?:on|early\s+on|late\s+on)\s+"
                          r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+"
                          r"|in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)[0-9]{2},?\s+"  # "…, and in 1997 forced …"
                          r"|(?:last|this)\s+(?:week|month|year)\s+"  # "…, and last month set …"
                          r"|on\s+[A-Z][a-z]{2,8}\.?\s+[0-9]{1,2}(?:,\s+(?:19|20)[0-9]{2})?,?\s+"  # "…, and on
                          # Nov. 23 killed …"
                          r"|" + LATER_OPENER + r"\s+)?"  # "…, and the next day threatened …"
                          r"(?:(?:was|were)\s(?=(?:re-)?[a-z]{3,}ed\s"
                          r"(?:[^,;.]{0,60}?\s)?(?:in|on)\s(?:[0-9]|[A-Z][a-z]+\s[0-9]|(?:"
                          + "|".join(calendar.month_name[1:]) + r")\s(?:this|last)\syear\b))"  # "and was freed in
                          # 2018", "and was granted it in April this year"
                          r"|had\s(?=[a-z]{3,}ed\s[^,;.]{0,80}?\s(?:in|on|by)\s(?:[0-9]|[A-Z][a-z]+\.?\s[0-9]))"  # "and
                          # had removed all the wreckage by Feb. 6": a second deed, of its own day
                          r"|(?:re-)?[a-z]{3,}ed|sworn|held|taken|given|driven|shown|chosen|beaten|"
                          r"made|sent|won|struck|broken|shot|flown|met|fought|left|took|began|fled|lost|flew|went|"
                          r"came|broke|sank|did|gave|led|rose|fell|ran|saw|spoke|sought|brought|built|kept|paid|drove|"
                          r"chose|wrote|threw|stood|set|cut|put|shut)\b)"
                          r"|,\s(?P<serial>)(?=(?:was|were)\s(?:sworn|taken|held|sent|given|shot|driven|[a-z]{3,}ed)"
                          r"\s|(?:re-)?[a-z]{3,}ed\s|(?:" + "|".join(sorted(DEED_PASTS)) + r")\s)"
                          r"(?=[^;“”\"]*?,?\sand\s(?:(?:last|this)\s+(?:week|month|year)\s+"
                          r"(?:set|cut|put|hit|shut)\s|"
                          r"(?:[a-z]{3,}ed|" + "|".join(sorted(DEED_PASTS)) + r")\s))"
                          # "called up the Guard on Saturday, added 2,000 more on Monday and …": a verb of a series
                          r"|(?P<coord2>,?\sbut\s)(?=(?:was|were)\s+(?:\w+ly\s+)?[a-z]{2,}(?:ed|t|n)\b"
                          r"|(?:(?:a|one|two|three|four|five|[0-9]+)\s+(?:days?|weeks?)\s+)?later\s+"
                          r"(?:re-)?[a-z]{3,}ed\b)"
                          # "conceded on election night but two days later asked …"
                          r"|(?P<andname>\sand\s)(?=(?:the\s)?(?:[A-Z][\w'’.-]+\s){1,4}"
                          r"(?:[a-z]{3,}ed|met|held|took|made|won|"
                          r"began|sent|left|flew|went)\b[^,;.“”\"]{0,60}?\b(?:later|earlier|on\s+(?:[A-Z]|the\s)|"
                          r"in\s+(?:[A-Z]|[0-9])))"  # "X sent it on May 5 and Okafor accepted two days later"
                          r"|(?P<coordthen>,\sthen\s)(?=(?:re-)?[a-z]{3,}ed\s|(?:" + "|".join(sorted(DEED_PASTS))
                          + r")\s)"  # "met X there the following day, then signed an order in June"
                          r"|(?P<coordplan>,?\sand\s)(?=(?:is|are|was|were)\s+(?:due|expected|set|scheduled|slated)\s+"
                          r"to\s"
                          r"|will\s|must\s(?!have\b)|plans?\s+to\s)"  # "arrived on Monday and is due to address
                          # Congress on …", "will begin on Wednesday and must report back by Nov. 11"
                          r"|(?P<andthat>,?\sand\sthat\s)(?=(?:the\s)?[A-Z][^;“”\"]{0,100}?\s(?:would|will)\s)"
                          # "said X would open on May 26 and that the King would speak the following day": a second
                          # plan told
                          r"|(?P<absolute>,\swith\s)(?=[^,;]{1,80}?\sto\s[a-z]+\b)"
                          r"|(?P<when>,?\swhen\s|,\sthe\s(?:same\s)?day\s(?:that\s|when\s)?(?=(?:the\s)?[A-Z]))"
                          # "late on Sunday, the day Trump posted …": Sunday's
                          r"|,\s(?P<splice>)(?=(?:the\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}\s(?:also\s|then\s)?"
                          r"(?!said\b|told\b|added\b|wrote\b|noted\b|stated\b|warned\b|declared\b|insisted\b|"
                          r"explained\b|stressed\b)"
                          r"(?:[a-z]{3,}ed|met|held|took|made|won|began|fought|struck|broke|left|sent|hit|flew|went"
                          r"|(?:was|were)\s(?:\w+ly\s)?"
                          r"(?:[a-z]{3,}ed|taken|given|sworn|shot|held|sent|driven|flown))\b)"
                          r"|,\s(?:and\s)?(?P<plans>(?=(?:(?!(?:said|says|told|that|who|which|whose|while|where|"
                          r"when|as|if)\b|[a-z]+ing\b)[A-Za-z-]+\s+){1,7}?(?:will|is\s+to|are\s+to)\s))"
                          r"|(?P<series>,\s|,?\sand\s)(?=(?:" + "|".join(sorted(PLAN_VERBS)) + r")\s)"
                          r"|\s(?P<gerund>after|before|since)\s(?=[a-z]{2,}ing\b)"
                          r"|(?P<andgerund>,?\sand\s)(?=[a-z]{3,}ing\s)"  # "…, lunching with X on Nov. 27 and meeting
                          # Y the day after"
                          r"|,\s(?P<participle>)(?=(?!saying|telling|adding|noting|arguing|warning|calling|citing|"
                          r"according|including|leaving|making|announcing|stating|declaring|claiming|insisting|"
                          r"urging|accusing|pointing|referring|describing)[a-z]{3,}ing\s)"  # ", taking Lodz on Jan. 27"
                          r"|\s(?P<bare>after|before)\s(?!(?:the|its|their|his|her|a|an)\s+[a-z]{3,}ed\s+[a-z]+"
                          r"(?:\s*[,.;]|\s+(?:and|or|of|in|at|on|for|with|to|from|by)\b))"  # "before the planned start"
                          r"(?=(?:the|its|their|his|her)?\s?(?:(?!and\s|or\s)[A-Za-z'’-]+\s+){0,3}?"
                          r"(?:[a-z]+,\s(?:[A-Z][\w.'’-]*\s){1,3}?[A-Z][\w.'’-]*,\s)?"  # "Kim's aide, Kim Yong Chol,"
                          r"(?:[a-z]{3,}ed|" + "|".join(sorted(DEED_PASTS)) + r")\b)"
                          r"|,\s(?P<until>until)\s(?=(?:the|a|an|its|their|his|her|[A-Z][\w'’.-]*)\s"
                          r"(?:[\w'’.-]+\s){0,5}?"
                          r"(?:(?:was|were)\s[a-z]{3,}ed|[a-z]{3,}ed|" + "|".join(sorted(PAST_EVENT_VERBS)) + r")\b)"
                          # "…, until a ceasefire was agreed at talks in Malaysia on July 28": a happening of its own
                          r"|\s(?P<since>since)\s(?=(?:he|she|they|(?:the\s)?(?:(?:[A-Z]|al-|el-)[\w'’.-]*\s){1,4}"
                          r"(?:\([A-Z]+\)\s|(?:troops|forces|soldiers|rebels|militants|fighters|police)\s)?"
                          r"|(?:the\s)?(?:rebels|troops|forces|militants|fighters|insurgents|protesters)\s)"
                          r"\s?(?:first\s|last\s|also\s)?(?:(?:was|were)\s(?=[a-z]{3,}ed\b|overthrown\b|sworn\b))?"
                          r"(?:[a-z]{3,}ed|met|held|took|made|won|began|fought|signed|"
                          r"sent|left|broke|struck|came|went|became|seized|lost|overthrown|sworn)\b)")
CAME_ONLY = re.compile(r"^[^;]{0,80}?\s(?:came|comes)(?:\s+(?:just|only|shortly|soon|hours|days|weeks|minutes|moments|"
                       r"a\s+day|a\s+week|[a-z]+\s+(?:days|weeks)))?\W*\Z")
CASUALTY_SEQUELS = frozenset({"wounded", "injured"})
KILLED = re.compile(r"\bkill(?:ed|ing)\b[^,;]*\Z")
# "… since May 28, when a soldier was killed": a "when" clause right after a time is dated by it.
ENDS_WITH_TIME = re.compile(r"(?:\b[0-9]{1,4}|day|night|morning|afternoon|evening|week|weekend|month|year|"
                            r"January|February|March|April|May|June|July|August|September|October|November|"
                            r"December)\W*\Z")
BEFORE_AN_AUDIENCE = re.compile(r"(?:[\w-]+\s+){0,3}?(?:guests|crowds?|reporters|journalists|cameras|lawmakers|"
                                r"parliament|audiences?|supporters|delegates|troops|students|diplomats|leaders|MPs)\b")
COUNTED_BEFORE = re.compile(r"\b(?:days?|weeks?|months?|years?|decades?)\s*\Z")  # "two years after": no lag known
PAIRED_DASH = re.compile(r"\s—\s")
LOOK_BACK = 30  # characters before a time in which "by the", "of the", "from" are looked for
PHRASE_REACH = 200  # characters an "after …" phrase or a gerund's phrase is read over
DASH_ASIDE_WORDS = 15  # "— Brazil, Russia, India, China and South Africa —": an aside this short is no clause
AUXILIARIES = frozenset("is are was were has have had will would can could".split())
SUBJECT_CHARACTERS = 160  # where a relative inside a sentence's subject may start and run to
OPENING_WORDS = 3  # "after"/"before" this early in a sentence opens it ("Shortly after the talks ended, …")
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
# What follows a named happening as part of its name: "the 2015 accord with Iran", "the Dec. 3 vote on the region".
# The tail stops short of a time: "the 2015 accord with Iran in 2018" is the accord, not when it was quit.
_TIME_WORD = (r"(?:(?:1[89]|20)[0-9]{2}\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
              rf"{_MONTH}(?![\w-])|(?:last|next|this|earlier|later)\s+(?:week|month|year)\b)")
_NAMED_TAIL = (rf"(?:\s(?:with|between|against|in|on|over|of)\s(?:(?!\b{_TIME_WORD})[^,;.“”\"]){{1,60}}?"
               rf"(?=[,;.“”\"]|\s(?:that|which|was|were|is|has|had)\b|\s(?:in|on|at|during)\s{_TIME_WORD}|"
               r"\s[a-z]{3,}ed\s(?:the|a|an|its|their|his|her)\s|$))?")  # ("…attack on Israel triggered the war")
# What a day names when it stands before the noun: "the March 4 curfew decree", "Kenya's Dec. 3 referendum".
_DAY_THINGS = (r"(?:election|elections|vote|referendum|summit|attack|attacks|strike|strikes|ruling|decree|declaration|"
               r"deal|agreement|accord|ceasefire|truce|raid|coup|clashes|invasion|offensive|incident|bombing|massacre|"
               r"uprising|riot|riots|protest|protests|shooting|assassination|killing|explosion|blast|crash|collision|"
               r"accident|disaster|fire|blaze|earthquake|quake|floods?|derailment|assault|incursion)")
_POSSESSOR = r"[A-Z][\w-]*(?:['’]s|s['’])"  # "Kenya's", "Hamas'", "the Brigades'"
_THING_BEFORE_ITS_DAY = (r"(?<!\b[Ii]n\s)(?<!\b[Aa]t\s)(?<!\b[Dd]uring\s)"  # ("In the June 2 vote X took …": its time)
                         rf"\b(?:the|an?|its|their|his|her|whose|{_POSSESSOR})\s+")
DAY_NAMED_EVENT = re.compile(_THING_BEFORE_ITS_DAY +  # "whose October 7, 2023 attack", "an October 2024 snap election"
                             rf"(?P<name>(?:{_MONTH}\s+[0-9]{{1,2}}|[0-9]{{1,2}}\s+{_MONTH}|{_MONTH}(?=\s+[0-9]{{4}}))"
                             r"(?:,?\s+[0-9]{4},?)?\s+"
                             r"(?:[a-z-]+\s+){0,2}?"
                             rf"{_DAY_THINGS}\b{_NAMED_TAIL})")
YEAR_NAMED_EVENT = re.compile(r"\b(?:the|a|an|its|their|his|her|whose)\s+(?P<name>(?P<year>(?:19|20)[0-9]{2})"
                              r"(?:[-–](?:[0-9]{2}){1,2})?\s+"  # "the 1991-94 war", "the 1950-53 Korean War"
                              r"(?:[A-Za-z-]+\s+){0,2}?(?i:deal|accord|agreement|treaty|war|election|elections|"
                              r"invasion|coup|ceasefire|truce|summit|referendum|revolution|uprising|crisis|attacks?|"
                              r"massacre|genocide|earthquake|protests|talks|pact|law|resolution|embargo|blockade|"
                              r"award|accords|tsunami|floods?|fire|crash|cyclone|hurricane|typhoon|famine|disaster|"
                              r"blast|explosion|shooting|assassination|riots?|surrender|independence|withdrawal|"
                              r"handover|merger|"
                              r"declaration|constitution|annexation|occupation|offensive|siege|bombings?)\b"
                              rf"{_NAMED_TAIL})")
# A happening told with its year after "since": "coups since independence from Portugal in 1974", "the worst
# fighting since the war in 2006".
HAPPENING_SINCE_ITS_YEAR = re.compile(
    r"\b(?:since|after|before|until)\s+(?:the\s+|its\s+|their\s+)?(?P<name>(?:independence|(?:[a-z-]+\s+)?"
    r"(?:revolution|coup|war|invasion|annexation|uprising|takeover|reunification|partition|handover|genocide))"
    r"(?:\s+(?:from|of|with|in|against)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s+in\s+"
    r"(?P<year>(?:1[89]|20)[0-9]{2}))\b(?![-–/])")
# A happening named by a relative time's possessive: "next year's presidential vote", "last month's attacks".
RELATIVE_NAMED_EVENT = re.compile(r"\b(?P<name>(?:next|last|this)\s+(?:year|month|week)['’]s\s+(?:[a-z-]+\s+){0,2}?"
                                  rf"{_DAY_THINGS}\b{_NAMED_TAIL})")
AT_A_DAYS_THING = re.compile(r"\b(?:[Aa]t|[Dd]uring)\s+(?:the\s+)?\Z")  # "At Monday's meeting": when it was
HURT_IN_A_DAYS_THING = re.compile(r"\b(?:killed|wounded|injured|hurt|arrested|detained|captured|abducted|kidnapped|"
                                  r"taken|died|destroyed|damaged)\s+(?:in|during)\s+\Z")
HELD_A_DAYS_THING = re.compile(r"\b(?:held|hosted|staged|chaired|opened|attended|won|lost|swept|boycotted)\s+\Z")
WON_IN_A_DAYS_THING = re.compile(r"\b(?:defeated|beat|won|lost|triumphed|led\s[^,;.]{1,40}?\sto\s(?:an?\s)?"
                                 r"(?:[\w-]+\s){0,3}?(?:victory|win|defeat))\s[^,;.]{0,60}?(?:in|at)\s+\Z")  # "defeated
# X in Tuesday's election", "led Labor to a sweeping victory in Saturday's election": the election's day is the
# defeat's
WON_A_VOTE = re.compile(r"\b(?:won|swept|lost|contested|boycotted|rigged)\s+(?:the|a|an|its|their|his|her)\s\Z")
DEFEATED_IN_A_VOTE = re.compile(r"\b(?:defeat(?:ed|ing)|beat(?:ing)?|won|winning|lost|losing|(?:re-)?elected)\s[^,;.]"
                                r"{0,60}?\s(?:in|at)\s+the\s\Z")  # "after defeating X in the 1976 election": then
# "Rwanda has denied …": the perfect's auxiliary after the subject, for _subject_end.
AUXILIARY_AFTER_SUBJECT = re.compile(r"^[^,;]*?\s((?:has|have)\s)")
# "after talks in Panama last April": what follows "after" or "before" up to a time, for _after_a_thing.
AFTER_OR_BEFORE = re.compile(r"\b(?:after|before)\s+(?P<phrase>[^,;]*)\Z")
# "before the end of the year", "by the end of the month": a deadline the story has not reached.
BY_THE_END = re.compile(r"\b(?:before|by)\s+(?:the\s+)?\Z")
# "of the July 28 election", "from Sunday's vote": a time that names a thing spoken of.
HAPPENINGS_OF = re.compile(r"\b(?:events|clashes|violence|attacks|protests|unrest|fighting|massacre|killings)\s+of\s+"
                           r"(?:the\s+)?\Z")
# "rejected comparisons with the fall of Saigon in 1975": the time of the fall spoken of.
A_FALL_OF = re.compile(r"\b(?:with|to|like|of|over|about|from|than)\s+the\s+(?:fall|capture|siege|invasion|"
                       r"liberation|partition|annexation|collapse|occupation|assassination|seizure|takeover|"
                       r"destruction|sack)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:in|on)\s+\Z")
# "The flood came 27 years after the river burst its banks on July 10, 1997": the time of what it is counted from
YEARS_AFTER = re.compile(r"\b(?:[0-9]+|a|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|[a-z]+ty)\s+"
                         r"(?:years|decades|months)\s+(?:after|before|since)\s+[^,;:.“”\"]{1,120}\Z")
A_SHARE_OF = re.compile(r"\b(?:won|took|got|secured|received|garnered|captured|polled)\s+(?:[a-z]+\s+){0,2}?"
                        r"[0-9][0-9.,]*\s*(?:%|percent|per\s+cent)\s+of\s+\Z")  # "won 58.2% of Sunday's vote"
AHEAD_OF_A_THING = re.compile(r"\bahead\s+of\s+[^,;:.“”\"]{1,80}\Z")
# "to mark the anniversary of the fall of the dictatorship on May 16, 1961": the time of what is remembered
ANNIVERSARY_OF = re.compile(r"\banniversary\s+of\s+[^,;:.“”\"]{1,120}\Z")
# "over the March 4 decree", "followed Kenya's Dec. 3 referendum" (not "beat X in the Nov. 13 election": its occasion)
THING_BEFORE_ITS_DAY = re.compile(_THING_BEFORE_ITS_DAY + r"\Z")
THING_OF_A_DAY_AFTER = re.compile(rf",?\s+(?:[a-z]+\s+){{0,2}}?{_DAY_THINGS}\b")
# "blamed Norway for Friday's strike": a day's happening the clause speaks of (not "Friday's strike killed 12",
# where it is the clause's own).
DAYS_THING = re.compile(rf"['’]s\s+(?:[a-z]+\s+){{0,2}}?{_DAY_THINGS}\b")
# "… the curfew they imposed on", "… the airport it closed on": a noun, its own subject and a past verb.
RELATIVE_CLAUSE_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?[a-z-]+\s+(?:that\s+|which\s+)?"
                                    r"(?:he|she|they|it|we)\s+(?:had\s+)?[a-z]+(?:ed|t|en)\s+"
                                    r"(?:on\s+|in\s+|late\s+on\s+|early\s+on\s+|last\s+)?\Z")
THING_OF_A_TIME_BEFORE = re.compile(r"\b(?:of|from)\s+(?:the\s+|its\s+|their\s+|last\s+)?\Z")
THING_OF_A_TIME_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:election|elections|vote|poll|polls|referendum|"
                                   r"meeting|summit|talks|attack|attacks|strike|strikes|ruling|decision|announcement|"
                                   r"statement|deal|agreement|accord|ceasefire|truce|deadline|session|speech|visit|"
                                   r"raid|coup|clashes|invasion|offensive|incident|explosion|bombing|shooting)\b")
LONG_STANDING = re.compile(r"\b(?:has|have|had)\s+long\b|\blong\s+been\b|\b(?:often|usually|typically|routinely|"
                           r"regularly|repeatedly)\s+[a-z]+s\b|\bfor\s+(?:years|decades|more\s+than\s+\w+\s+decades)\b",
                           re.I)
FORMERLY = re.compile(r"\b(?:previously|formerly)\b", re.I)
DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+\Z")
# A year that is part of a capitalised name: "the 2024 Arendal Forum", "the 2018 Nobel Peace Prize".
YEAR_BEFORE_A_NAME = re.compile(r"\b(?:the|its|their|his|her|a)\s+(?P<year>(?:19|20)[0-9]{2})\s+(?=[A-Z])")
# A happening named in passing, right before its time: "restrictions imposed in 2019", "a pact signed in 2001",
# "their summit in Singapore last June", "the invasion of February 2022", "Russia's full-scale invasion of Ukraine
# in February 2022".
MONTH_OR_WEEKDAY = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s"
                    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
# Deeds named by a noun ("his arrest on Monday", "the killing of X in 2019"): dated by a time right after.
NAMED_DEEDS = (r"imposition|arrest|killing|assassination|resignation|ouster|overthrow|seizure|capture|detention|"
               r"inauguration|impeachment|annexation|conviction|indictment|withdrawal|bombing|raid")
THING_IN_TIME = re.compile(
    r"\b(?:(?P<made>(?:(?:[Aa]|[Aa]n|[Tt]he)\s+(?:[\w-]+\s+){0,3}?|[a-z]+\s+)?(?:deal|pact|agreement|accord|treaty|law|"
    r"resolution|ceasefire|truce|declaration|framework|memorandum|charter|constitution|embargo|protocol|"
    r"arrangement|convention|restriction|sanction|measure|tariff|curb|control|ban|rule|reform|exchange|swap|plan|"
    r"proposal|initiative|settlement|ties|relations)s?\s+"
    r"(?:imposed|signed|agreed|reached|severed|broken|suspended|frozen|established|restored|"
    r"adopted|brokered|declared|introduced|passed|launched|held|concluded)"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?!" + MONTH_OR_WEEKDAY + r")[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?)"  # "the exchange
    # agreed in Switzerland"
    r"|(?:the|a|an|its|their|his|her|" + _POSSESSOR + r")\s+(?:[\w'’-]+\s+){0,3}?(?:summit|war|invasion|election|"
    r"elections|coup|attacks?|referendum|revolution|uprising|ceasefire|truce|accord|agreement|treaty|crackdown|"
    r"massacre|offensive|visit|meeting|talks|decision|move|(?P<deed>" + NAMED_DEEDS + r"))(?:\s+(?:in|at|with|of|"
    r"against|on)\s+(?:the\s+)?(?:[a-z]+ern\s+)?(?!" + MONTH_OR_WEEKDAY + r")"
    r"[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)?|(?(deed)\s+(?:of\s+(?!the\b)[a-z]+(?:\s+law)?|in\s+an?\s+(?:[a-z-]+\s+){0,2}?case)"
    r"|(?!)))?)"
    # "his imposition of martial law on Dec. 3", "his conviction in a graft case in 2023" (a deed's lower-case
    # object or case)
    r"\s+(?:(?:due|scheduled|set|slated|planned)\s+(?:on|for)\s+|(?:in|on|of|during)\s+)?(?=\S)")  # "the snap
# election due on February 23": a thing ahead, on the day it is due
WORD_BEFORE = re.compile(r"([a-z]+)\s+\Z")
_IN_FORCE = (r"(?:(?:comes?|came|coming|to\s+come)\s+into\s+(?:force|effect)|(?:takes?|took|taking|taken|to\s+take)\s+"
             r"(?:full\s+)?(?:effect|hold)|(?:goes?|went|going|gone|to\s+go)\s+into\s+effect|begins?|began|begun|"
             r"starts?|started|to\s+begin|to\s+start|effective|starting|beginning|from)")
TAKES_EFFECT = re.compile(  # "a ceasefire that took effect April 2", "a truce in Kenya from midnight on Sunday"
    r"\b(?P<thing>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,3}?(?:ceasefire|cease-fire|truce|"
    r"armistice|deal|pact|agreement|accord|understanding|arrangement|extension|moratorium|curfew|tariffs?|"
    r"sanctions|ban))\b(?P<gap>[^,;.:“”\"]{0,40}?)\s+(?:(?:that|which)\s+)?(?:(?:first|finally|formally|officially|"
    r"is|was|are|were|had|has|have|will|would|due\s+to|set\s+to|expected\s+to|due|set)\s+)*"
    rf"(?P<verb>{_IN_FORCE})\s+(?=\S)")
PLACE_GAP = re.compile(r"(?:\s+(?:in|on|along|across|between|for)\s+[^,;.:“”\"]{1,34})?")
DAY_SCALE = re.compile(r"\b(?:days?|hours?|minutes?|moments?|morning|afternoon|evening|night|eve)\b", re.I)
# "the president", "the vice president", "the crown prince", "Kenya's president" (not "the president of …")
ROLE_REFERENCE = re.compile(
    r"\b(?:[Tt]he|(?P<owner>[A-Z][\w.-]*)['’]s)\s+(?P<former>former\s+)?(?P<role>"
    r"(?:(?:vice|deputy|crown|prime|foreign|defen[cs]e|interior|finance)[\s-]+)?(?:president|"
    r"minister|chancellor|premier|king|queen|emir|prince|envoy|ambassador|governor|mayor|secretary\s+of\s+state|"
    r"secretary-general|pope))\b(?!['’]s\s+(?:office|government|administration)|\s+(?:of|for|to)\b|\s+[A-Z]|-)")
COUNTED_STATES = re.compile(r"\b[Tt]he\s+(?P<n>two|three|four|five|six|seven)\s+(?:[a-z-]+\s+)?(?:countries|states|"
                            r"nations|governments|neighbours|neighbors)\b")
# "the North blew up tunnels": the state named "North …" (or "South …") before
COMPASS_STATE = re.compile(r"\b[Tt]he\s+(?P<side>North|South)\b(?!\s+[A-Z]|\s+of\b|-|['’]s\s+[a-z]+ern\b)")
MONARCHY = re.compile(r"\b[Tt]he\s+(?P<kind>kingdom|emirate|sultanate)\b(?!['’]s\s|\s+of\b)")
MONARCHIES = {"kingdom": frozenset("SAU JOR MAR BHR GBR ESP NOR SWE DNK NLD BEL THA KHM BTN SWZ LSO TON".split()),
              "emirate": frozenset("QAT KWT ARE".split()), "sultanate": frozenset("OMN BRN".split())}
GROUP_OBJECT = re.compile(r"\b(?:accused|blamed|attacked|against|with|by|on|from|to|of|for)\s+the\s+"
                          r"(?:[A-Za-z]+-backed\s+|[a-z-]+\s+)?(?P<noun>group|militia|movement)\b"
                          r"(?!\s+of\s+(?![a-z]+ing\b))")  # "accused the group of trying …" (not "the group of 20")
LIST_JOINT = re.compile(r",\s*|,?\s+and\s+")
LISTS_KEPT = 6  # the lists of states the text named last
TITLED_KEPT = 40  # the people with a title the text named last
REFERENCE_REACH = 600  # characters back in which "the president", "the four countries" find whom they mean
FORMER_TITLE = re.compile(r"\b(?:former|ex)\b")
LESSER_TITLE = re.compile(r"\b(?:vice|deputy)[\s-]")
BETWEEN_TIMES = re.compile(r"\b(?:between|from)\s+(?:the\s+)?\Z")
DATED_DEED = re.compile(r"in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)[0-9]{2},?\s+[a-z]+ed\b")  # "… and in 1997 forced"
AND_A_YEAR = re.compile(r"(?P<listed>(?:,\s+(?:in\s+)?(?:19|20)[0-9]{2}\b)*),?\s+and\s+(?:in\s+)?"
                        r"(?P<year>(?:19|20)[0-9]{2})\b(?!\s*[-–]|,\s*[0-9]|\s+(?!and\b|or\b)[a-z]+(?:ed|won|took|"
                        r"met|held|made|lost|left|became)\b)")  # "in 1960, 1971 and 1980" (not "… and in 2015 won …")
COORDINATED_TIME = re.compile(r"(?:,?\s+and|,)\s+(?:(?P<again>again|once\s+(?:more|again))\s+)?"
                              r"(?:(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+)?"
                              r"(?:(?P<preposition>on|in|by)\s+)?")  # "on November 20 and Lachin on December 1", "in
# April and again on May 26", "Kelbajar by Nov. 15, Aghdam by Nov. 20 and Lachin by Dec. 1"
PREPOSITION_BEFORE = re.compile(r"\b(?:to|from|in|into|at|near|of|for|with)\s+(?:the\s+)?\Z")
TRAILING_PREPOSITION = re.compile(r"\s*\b(?:on|in|by)\s*\Z")
NUMBERED_TEXT = re.compile(r"[A-Z][a-z]+\s[0-9]+")
EFFECT_REACH = 15  # characters from "took effect" to the time it names ("took effect at midnight on Saturday")
WORD_REACH = 40  # characters back in which the word before a match is looked for (a long word is no verb)
NOUN_PHRASE_REACH = 80  # characters back from "dating from" to the determiner of the thing it dates
DATING = re.compile(r"\bdating\s+(?:back\s+)?(?:from|to)\s+")
BACKGROUND_GAP = dt.timedelta(days=7)
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15}
COUNT_WORDS = {"a": 1, "an": 1, "the": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
GERUND = re.compile(r"[a-z]+ing\b")
PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:been|[a-z]+(?:ed|en|wn|un|ne|ft|ld|ght|id|ok|ad|nt|et|st|ck)|"
                          r"sat|met|led|fled|hit|put|set|cut|shut|won|stood)\b", re.I)  # and irregular ones
PUBLICATION = "the publication date"
# ", three days after ": a count of days right after a time expression
RIGHT_BEFORE_A_COUNT = re.compile(r",?\s*(?:just\s+|only\s+|some\s+)?[\w-]+\s+(?:days?|weeks?|months?|years?)\s+"
                                  r"(?:after|before)\s*", re.I)
# "The Norwegian President escalated …" (not "The President X …", whose name is the subject)
ROLE_SUBJECT = re.compile(r"^\W*(?:(?:(?:Hours|Minutes|Days|Moments|Shortly)\s+(?:later|earlier|after|before)|Earlier|"
                          r"Later|On|In|At|By|Late|Early)\b[^,;]{0,40}?,?"
                          r"\s+(?=the\s))?"  # "Hours later, the interim premier declared …", "Earlier in the day, the
                          # pope landed …"
                          r"(?:The|the|His|Her)\s+(?P<before>(?:[A-Za-z0-9.-]+\s+){0,2}?)(?P<role>(?i:" +
                          ANY_PERSON_ROLE + r"))\b(?!\s+(?:of\b|[A-Z]))")
# "The coalition said", "Its militia", "Leaders of the 15-member bloc": a body the subject names by its kind.
BODY_SUBJECT = re.compile(r"^\W*(?:(?:Leaders|Members|Heads\s+of\s+state)\s+of\s+the|The|Its)\s+"
                          r"(?:[a-z0-9-]+\s+|[A-Z][\w]*-backed\s+)?(coalition|alliance|movement|group|militia|bloc|"
                          r"junta|ministry|army|military|navy|council|committee|commission|court|agency|parliament|"
                          r"cabinet)\b(?!\s+of\b)")
NAMED_IN_AN_ASIDE = re.compile(r",[^,;]*,")  # ", which calls itself the CNRD,", ", the M23,"
ARMED_GROUP_SUBJECT = re.compile(r"^\W*(?:The\s+(?:rebels|militants|insurgents|separatists|militia|fighters|"
                                 r"guerrillas|party)|(?:[Tt]he\s+)?(?:[Rr]ebel|[Ii]nsurgent|[Mm]ilitant)\s+(?:fighters|"
                                 r"forces|troops|gunmen)|Fighters)\b(?!\s+of\b)")  # "The party said …", "Rebel
# fighters entered …": the body named last
PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been|[a-z]+(?:ed|en|wn|un|ne|ft|ld|ght|id|ok|ad|t))\b",
                             re.I)
AUXILIARY = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|says|said)\b")
SINCE = re.compile(r"\bsince\b", re.I)
ORDERING_BEFORE = re.compile(r",\s(?:ordering|giving|telling|asking|requiring|instructing)\s[^,;]*\Z")
BY_A_TIME = re.compile(r"\bby\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?\Z")
SINCE_OR_UNTIL = re.compile(r"\b(?:since|until|till)\s+\Z", re.I)
STATE_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?been\s+(?:a|an|the|far|much|more|less|[a-z]+er)\b", re.I)
SINCE_OR_FOR = re.compile(r"\b(?:since|for|until|till|by|in\s+(?:the\s+)?(?:weeks|months|years|days))\b", re.I)
SAME_TIME = re.compile(r"(?:the\s+same|that)\s+(?:day|night|morning|afternoon|evening)\b", re.I)
IT_SUBJECT = re.compile(r"\W*(?:(?:Since|Last|This|Earlier|Later|In|On)\s+[^,;“”\"]{1,25}?,?\s+(?P<late>it|its)|It|Its)"
                        r"\s+(?!is\b|was\b|'s\b)")  # not "It is unclear …", "It was …"; "Since 2023 it has …"
IT_REACH = 4  # "It" stands for a body among the first words of the sentence before
OPENING_COMMA = re.compile(r"\W*[^,;:“”\"]{1,60}?,\s")  # "The same day, ", "Earlier on Friday, "
SUBORDINATOR = re.compile(r",?\s(?:after|before|since|until|because|as|where)\s")  # "… a building where X had …"
COUNT_BEFORE = re.compile(r"\b(?:days?|weeks?|months?|years?|hours)\s*\Z")  # "six days" after, "hours" before
FIRST_OR_LAST = re.compile(r"\b(?:first|last|only|latest|biggest|largest|longest|worst|deadliest|highest|lowest|"
                           r"most)\b", re.I)
# "first visit to Pyongyang since ", "the first time China had fired missiles near Taiwan since ": a first of its
# kind since a time; what may stand between "since" and the time (``SINCE_ELLIPSIS``): nothing, or the one who
# did it last ("since Republican Newt Gingrich in 1997"), but no verb ("since Abe attended …": a clause of its own).
FIRST_SINCE = re.compile(r"\b(?P<first>first|(?P<most>worst|deadliest|biggest|largest|highest|lowest|strongest|"
                         r"weakest|longest|heaviest|sharpest|fastest|slowest|best))\s+(?:[^,;.“”\"]{1,80}?)"
                         r"\s+since\s+")
SINCE_ELLIPSIS = re.compile(r"(?:(?:[A-Z][\w'’.-]*\s+){1,4})?(?:in\s+|on\s+)?")
# "since Argentina's return to democracy in 1983", "since Jan Okafor's trip in 2016": a happening named by whose
SINCE_POSSESSIVE = re.compile(r"(?P<happening>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+(?:[a-z-]+\s+){0,4}?"
                              r"[a-z-]+)\s+(?:in|on)\s+")
# "since the territory broke away from Somalia in", "since a Korean Air jet crashed in Guam in": a happening told
SINCE_DEED_REACH = 120  # characters from "since" to the time of the happening it tells
SINCE_A_DEED = re.compile(r"\bsince\s+(?P<deed>(?:(?:a|an|the)\s+(?:[\w'’.-]+\s+){0,6}?[a-z]{3,}|war|fighting|"
                          r"violence|conflict|clashes|unrest|[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,5})"
                          r"\s+(?:[a-z]{3,}ed|went|came|became|fell|ran|" +
                          "|".join(sorted(PAST_EVENT_VERBS)) + r")\b(?:\s+(?:[a-z]+|[A-Z][\w'’-]*|[0-9][0-9,.]*)){0,6}?)"
                          r"(?:\s+(?:in|on))?\s+")  # ("… recaptured Khartoum last month")
# What "since" is followed by up to its time: nothing ("since 2015") or a happening ("since the war began in").
SINCE_HAPPENING = re.compile(r"\s(?:(?:the|a|an|its|their|his|her)\s[^,;]{0,60}?\s(?:began|broke\s+out|erupted|"
                             r"started|ended|[a-z]{3,}ed)(?:\s[a-z]+){0,3}?\s(?:in|on)\s)?")  # "since a court
# ordered his detention on March 23": from that day
# A perfect: what "since" then measures began at its time.
LASTING = re.compile(r"\b(?:has|have|had)\s+(?:not\s+|never\s+)?(?:\w+ly\s+)?(?:been|[a-z]+(?:ed|en|wn|un|ne|ft|ld|ght"
                     r"|id|ok|ad|t))\b", re.I)
# A plan told by a speech verb ("announcing on social media that she would meet …") or a thing that is
# scheduled ("the summit that opens on Friday"): where the plan starts.
# "told reporters", "told President Vladimir Putin": the telling and whom it is told to
TOLD_SOMEONE = r"told\s+(?:(?:the|a|an|his|her|their|[A-Z][\w.'’-]*)\s+){0,4}?\w+"
TELLING_TIME = r"(?:(?:on|in|at|late|early)\s+(?:[\w-]+\s+){1,3}?|(?:last|earlier\s+this)\s+(?:week|month)\s+)"  # "said
# on Monday", "said last month"
REPORTED_PLAN = re.compile(r"\b(?:said|says|" + TOLD_SOMEONE + r"|announced|announcing|confirmed|stated|added)\s+"
                           + TELLING_TIME + r"?(?:that\s+)?"
                           r"(?P<plan>(?!(?:on|in|at|late|early)\s)(?:(?!that\b)[\w'’-]+\s+){1,10}?"
                           r"(?:would|will|is\s+to|are\s+to|was\s+to|were\s+to)\s+[a-z]+)")  # (not "the fines
# announced on Monday will be lifted": a participle, no telling)
# A happening told after "that": "Prosecutors said on Thursday that a court had issued a warrant on Monday".
REPORTED_HAPPENING = re.compile(r"\b(?:said|says|" + TOLD_SOMEONE + r"|announced|confirmed|reported)\s+"
                                r"(?:(?:earlier|later)\s+)?(?:(?:on|in|at|late|early)\s+(?:[\w-]+\s+){1,3}?)?"
                                r"that\s+(?P<told>.+)", re.S)  # ("reported earlier on Monday that …")
# The words before a plan that only tell it: a subject, then "said" (a time of the saying may follow).
TELLING_ONLY = re.compile(r"[^,;:“”\"]*?\b(?:said|says|told\s+[a-z]+)\s+" + TELLING_TIME + r"?(?:that\s+)?")  # (not
# "told President X": a meeting of its own)
SCHEDULED_THING = re.compile(r"(?P<plan>\b(?:the|a|an)\s+(?:(?!of\b|the\b)[\w-]+\s+){0,5}?(?:summit|talks|meeting|"
                             r"conference|session|round|visit|vote|election|ceremony|forum|truce|ceasefire)),?\s+"
                             r"(?:which|that)\s+"
                             r"(?:opens|begins|starts|resumes|convenes|is\s+due|will)\b")
# "proposed direct talks with Ukraine in Istanbul on Thursday": a proposal with a day ahead names its plan.
PROPOSAL_VERB = re.compile(r"\A" + PROPOSAL_VERBS + r"\s+")
PROPOSED_THING = re.compile(r"\b" + PROPOSAL_VERBS + r"\s+(?P<plan>(?:(?!of\b|the\b)[\w-]+\s+){0,3}?" +
                            PROPOSED_MEETINGS + r"\b)")
ASIDE_PLAN = re.compile(r"(?:will|is\s+to|are\s+to|(?:is|are)\s+(?:due|scheduled|set|expected|slated)\s+to|opens|"
                        r"begins|starts|resumes|convenes|ends|expires|closes|takes\s+office|takes\s+over|"
                        r"leaves\s+office|steps\s+down)\s")  # "…, which opens on Tuesday", "…, who takes office on …"
PLAN_CUE = re.compile(r" (?:will|would|is to|are to|was to|were to) | (?:opens|begins|starts|resumes|convenes|is due)"
                      r"| (?:proposed|offered|suggested|called for) ")
SCHEDULE_RELATIVE = re.compile(r"^(?=the\b)([^,]*?),?\s+(?:which|that)\s+", re.I)
REPORTED_FUTURE = re.compile(r"\b(?:said|says|told|announced)\b[^.;]*?\b(?:would|will)\b")
# ", which both sides signed in Havana on June 9,": an aside's time is not where the story goes on.
# The person a clause is about by pronoun: "He stated …", "His motorcade left …", "Before boarding, he …".
# A happening named by its day's possessive after a preposition: "from Saturday's presidential election".
DAYS_HAPPENING = re.compile(r"\b(?:from|of|in|after|before|since|over|about|on)\s+(?:the\s+)?(?P<happening>"
                            r"(?P<day>(?:last|next)\s+(?:week|month)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
                            r"['’]s\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:election|elections|vote|poll|polls|referendum|runoff|coup|attack|"
                            r"attacks|summit|meeting|talks|ceasefire|truce|protests?|rally|speech|raid|bombing|"
                            r"explosion|debate|visit|ballot|strike|strikes|airstrike|airstrikes|assault|shooting|"
                            r"massacre|crash|blast|quake|earthquake|killing|killings|arrest|announcement))\b")
# The words of a role between a subject's adjective and its name: " opposition leader ", " former army chief ".
ROLE_WORDS_ONLY = re.compile(r"(?:\s(?!(?:said|says|told|was|were|is|has|had|and|but)\b)[a-z-]{2,}(?<!ed)){1,3}\s")
ROLE_BEFORE_NAME = "role word before name"
SUBJECT_END = re.compile(r"\s(?!(?:the|a|an|of|and|from|for|to|on|in|with|de|al|bin|von|van)\b)[a-z]{3,}\b")  # the
# first lower-case word after a subject
AGED_SUBJECT = re.compile(r"^\W*(?:and\s+)?[Tt]he\s+([0-9]{2,3}-year-old)\b(?!\s+[a-z]+(?:man|woman)\b)")  # "the
# 73-year-old was driven …": the person named last
SAID_HE = re.compile(r"\b(?:said|says|told\s+\w+)\s+(?:that\s+)?([Hh]e|[Ss]he)\s+(?:was|is|would|will|had|has|could)\b")
OBJECT_PRONOUN = re.compile(r"\s[a-z]{3,}(?:ed|s)\s+(him|her|his)\b")  # "exempted him", "annulled his diploma"
# Someone else beside one named: "X called her a witch", "Y spoke with her by phone", "X ruled that she had
# breached …" (not "his", which is mostly the subject's own).
OBJECT_PERSON = re.compile(r"\s(?:[a-z]{3,}(?:ed|ing)|told|met|with|for)\s+(him|her)\b(?!\s+own\b)"
                           r"|\b(?:ruled|found|concluded|said|alleged|claimed|argued)\s+that\s+(he|she)\s+had\b")
PRONOUN_SUBJECT = re.compile(r"^\W*(?:[A-Z][^,;]{0,80},\s+|(?:On|By|In|Later|Earlier|Next|Last|This)\s+[A-Z]?[a-z]+\s+"
                             r"|(?:In|At|After|During|Before|From)\s+(?:the|a|an|his|her)\s+(?:[a-z]+\s+){1,3}?"  # "In
                             # the afternoon she …", "In the same message he …", "In June he …"
                             r"|(?:Later|Earlier)\s+in\s+the\s+[a-z]+\s+"  # "Later in the day he …"
                             r"|(?:After|Before|Since|On)\s+[a-z]+ing\s+(?:the\s+)?(?:[A-Za-z]+\s+){1,3}?"  # "After
                             # leaving office he …"
                             r"|(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]{1,2}|"
                             r"several|hours|days|weeks|minutes|moments)\s+(?:[a-z]+\s+)?"
                             r"(?:later|earlier)\s+|(?i:the\s+(?:next|following)\s+(?:day|morning|week))\s+)?"  # "A
                             # day later he …", "…, and the next day he …"
                             r"([Hh]e|[Ss]he|His|Her)\b(?!\s+(?:own|self)\b)")
_A_LIST_GOES_ON = r",(?=\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?(?:,|\s(?:and|or)\s))"  # "in Greece, Turkey and …"
# ", which …", and ", the rusting warship that Manila grounded in 1999": told in passing, with a time of its own
ASIDE = re.compile(r",\s(?:which|who|whose|(?:a|an|the)\s(?:[\w-]+\s){1,4}?(?:that|who|whose))\b"
                   r"(?:[^,;]|,(?=[0-9]{3}\b)|(?<=[0-9]),(?=\s(?:19|20)[0-9]{2}\b)|" + _A_LIST_GOES_ON + ")*")  # (not ending at
# "October 7, 2023", nor at "in Greece, Turkey and Bulgaria")
# The thing an appositive describes by where or by whom: ", the town where …", ", the city her forces captured …".
DESCRIBING_ASIDE = re.compile(r",\s(?:a|an|the)\s(?:[\w-]+\s){1,4}?(?:where|when|(?:his|her|its|their)\s[\w-]+\s"
                              r"[a-z]{3,}ed)\b[^,;]*")
AND_RELATIVE = re.compile(r"\sand\s(?=(?:who|which)\s)")  # ", who took office in 2016 and who …": a second aside
ASIDE_PRONOUN = re.compile(r",\s(?:(?:a|an|the)\s(?:[\w-]+\s){1,4}?)?(which|who|whose|that)\b\s?")
# "Lena Okafor, a key figure in brokering the truce last week, is chairing …": a name's appositive, then a verb.
APPOSITIVE = re.compile(r"\b[A-Z][\w'’.-]*(?P<aside>,\s(?:a|an|the|[A-Z][\w-]+['’]s)\s[^,;]{3,120}?),\s"
                        r"(?=(?:is|are|was|were|has|have|had|will|would|also|[a-z]{3,}ed|[a-z]{3,}s|"
                        + "|".join(sorted(PAST_VERBS)) + r")\b)")  # "…, began a second term on Jan. 10"
# "Okafor said President Kowalski had been briefed … and directed …": the told clause's subject did the second verb
TOLD_CLAUSE = re.compile(r"\b(?:said|says|told\s+\w+)\s+(?:that\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:had|has|was|were)\s"
                         r"[^;:.]*\Z")
# "… singling out members who had crossed party lines early Wednesday": the relative's time, told in the past
# perfect, is background to the sentence's.
RELATIVE_PERFECT = re.compile(r"\b(?:who|which|that)\s+had\s+[^,;:—–“”\"]*\Z")
# "a civil war that broke out in April 2023", "Kenya, which declared independence in 1963": a relative clause in
# the past, running up to a time that is its own (the word before the pronoun is checked to be no verb).
RELATIVE_PAST = re.compile(r"\b(?:(?P<before>[a-z]+)\s+)?(?P<head>[A-Za-z]+),?\s+"
                           r"(?P<pronoun>that|which|who|he|she|they|it|we)\s+(?:\w+ly\s+)?"
                           r"(?P<verb>[a-z]+)\b"
                           r"[^,;:—–“”\"]*\Z")
# "the truce that Haddad signed with Y on April 27": a relative clause whose subject is named
RELATIVE_PAST_NAMED = re.compile(r"\b(?:(?P<before>[a-z]+)\s+)?(?P<head>[A-Za-z]+)\s+(?P<pronoun>that|which)\s+"
                                 r"(?P<named>(?:[A-Z][\w'’-]+\s+){1,3}?)(?:had\s+|have\s+|has\s+)?"  # ("that X had
                                 r"(?P<verb>[a-z]{2,}(?:ed|t))\b"  # left out in 2021")
                                 r"[^,;:—–“”\"]*\Z")
# "Fuad Shukr, the commander Israel killed in Beirut on Tuesday": a relative clause with no "that", whose subject
# is named (after a determiner and a lower-case noun, so not "After the talks Okafor signed …", which opens a clause)
_NOT_A_NOUN = r"(?!(?:and|or|but|of|the|a|an|to|in|on|at|with|by|for|from|between|than|as)\b)"
CONTACT_RELATIVE = re.compile(r"(?:,|\b(?!(?:and|or|but|nor|yet|so|then|while|when|as|after|before|since|until|because|"
                              r"if|though|although|once|where|whereas|said|says|told|tells|announced|added|warned|"
                              r"confirmed|reported|claimed|insisted|stated|noted)\b)[a-z]+)"  # not "He and his mentor X
                              # walked out", "said his brother X died": a subject and its verb
                              r"\s+(?P<before>the|a|an|its|his|her|their)\s+"
                              rf"(?:{_NOT_A_NOUN}[a-z-]+\s+){{0,2}}?{_NOT_A_NOUN}"
                              r"(?P<head>[a-z]{3,})\s+(?P<pronoun>)(?P<named>(?:[A-Z][\w'’-]+\s+){1,3}?)"
                              r"(?P<verb>[a-z]{2,}(?:ed|t))\b[^,;:—–“”\"]*\Z")
# Words before "that" which make it no relative pronoun: "said that", "so that", "clear that", "agreed that".
NOT_A_HEAD = frozenset("said says say told tell tells know knew think thinks thought believe believes hope hopes "
                       "show shows shown mean means insist insists warn warns claim claims feel felt found argue "
                       "argues add adds note notes announce announces suggest suggests signal signals ensure "
                       "so now such given clear sure aware likely unlikely possible than and but or after before "
                       "when while since until unless whether because as if though although once where which whom "
                       "whose what who why how that".split()) | \
    {w.lower() for w in calendar.day_name} | {"today", "yesterday", "tonight", "later", "earlier", "then", "night",
                                              "morning", "evening", "afternoon"}  # "on Wednesday he compared …": a time
NOUN_PHRASE_BREAK = re.compile(r"\b(?:after|before|with|by|for|from|than|into|in|on|at|to|over|under|against|between|"
                         r"during|amid|despite|would|will|could|can|may|might|should|must|is|are|was|were|has|have|"
                         r"had)\s")  # a preposition or an auxiliary: no noun phrase reaches back over it
# The rest of a relative clause after its time, up to the main clause's verb: "Fighting that began on Monday was …".
RELATIVE_TAIL = re.compile(r"(?:(?!\s(?:is|are|was|were|has|have|had|will|would|could|can|may|might|[a-z]{2,}ed|" +
                           "|".join(sorted(IRREGULAR_PAST)) + r")\s)[^,;:.“”\"])*")  # (not "… on Friday rose to …":
# the main clause's verb)
DETERMINERS = frozenset("the a an its their his her this that".split())
MENTION_REACH = 60  # characters a name may run before a relative clause's head word
PHRASE_OPENERS = DETERMINERS | frozenset("one two three four five six seven eight nine ten several some many few "
                                         "nearly about almost more over".split())
# "…,” Jan Kowalski said on Monday.": who said the quote and when, nothing else
ATTRIBUTION_ONLY = re.compile(r"\W*(?:[\w.'’-]+\s+){0,8}?(?:said|says|added|told|wrote|declared|warned|stressed|"
                              r"insisted|continued)\b[^,;:“”\"]*[.!?]?\W*\Z")
TELLING = frozenset("told tell tells telling assured informed reminded warned urged".split())
REPORTED_HEAD = re.compile(r"[a-z]{3,}ed")  # "agreed that", "reported that", "decided that"
RELATIVE_OPENING = re.compile(r"\b(?:that|which|who|whose)\s")
INNER_CLAUSE = re.compile(r"\b(?:that|which|who)\s+(?:has|have|had)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|t)\b"
                          r"[^;:.]*,[^;:]*\Z")  # "a dispute that has ruined thousands, displaced millions and …"
IN_ASIDE = re.compile(r",\s(?:which|who|whose)\b(?:[^,;]|,(?=[0-9]{3}\b))*\Z")  # an aside still open at the end of
# the text (a figure's comma, "$250,000", closes none)
WHERE_REACH = 60  # characters back from ", where" to the place it stands for ("the port of Odesa, where")
OWN_SUBJECTS = frozenset("they it we i the a an his her its their this that these those".split())
PAST_AUXILIARIES = frozenset("was were had has have did".split())
MIN_EVENT_WORDS = 3  # fewer words is a fragment, not a happening
SUBJECT_WORDS = 8  # "The leaders of the three-party governing coalition": a subject no longer than this
NAMED_SUBJECT_WORDS = 10  # a subject of capitalised words (a body's name) this long is still one subject
NAME_JOINTS = frozenset("of and the for de".split())
ASIDE_SUBJECT_WORDS = 6  # "The fighting, which broke out on July 24": a short head opens the aside's summary
COARSE = frozenset({Precision.MONTH, Precision.MONTH_PART, Precision.YEAR, Precision.DECADE})
YEARS = frozenset({Precision.YEAR, Precision.DECADE})
# How many days a shift may move from a coarse date and most likely still fall inside it.
COARSE_SHIFT_REACH = {Precision.WEEK: 1, Precision.MONTH_PART: 3, Precision.MONTH: 7, Precision.YEAR: 31}
# Any participle after a comma ("…, paving the way for possible sanctions relief"), but a list's "including".
ANY_PARTICIPLE = re.compile(r",\s(?!including\b|according\b)[a-z]{3,}ing\b|,?\saccording\sto\b")
PARTICIPLE = re.compile(r",\s(?:saying|adding|noting|calling|describing|arguing|insisting|warning|stressing|stating|"
                        r"declaring|explaining|claiming)\b")
# "… named in the deals signed on Friday": a time that describes a thing named in passing, not one the text
# moves to (a common noun, then a participle, right before the time).
# Before a sentence's noun: "Both leaders arrived on Sunday", "The two Russian crews landed on Monday".
SUBJECT_ONLY = re.compile(r"\W*(?i:(?:the|a|an|this|that|these|those|its|his|her|their|both|all|some|many|several|"
                          r"most)\s+)?(?i:(?:two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of|"
                          r"[0-9][0-9,]*)\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}")
REDUCED_RELATIVE = re.compile(r"\b(?!(?:he|she|it|they|we|who|which|that|was|were|had|has|have|been|be|is|are|"
                              r"[a-z]+ly)\b)"  # not "was formally arrested Wednesday"
                              r"[a-z]{3,}s?\s+(?:[a-z]+ed|held|made|struck|signed|sent|built|won)\s+"
                              r"(?:by\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3})?(?:on|in|at)?\s*\Z")  # "signed by X on"
# An opening comparison with another time: "As in Brussels three weeks earlier, …", "Unlike in 2019, …".
COMPARISON = re.compile(r"\W*(?:As|Like|Unlike|Just as)\s+(?:in|at|on|with|before|after)\b[^,;]{0,80},")
RELATIVE_ONLY = re.compile(r"(?:,\s|\s)(?:which|who|whose)\s|,\s(?:a|an|the)\s(?:[\w-]+\s){1,4}?that\s"
                           r"|\sthat\s(?=(?:will|would|should|must|could)\s)")  # "a truce that will begin on
# Saturday", "a sabotage that should be classified as a war crime"
ASIDE_BEFORE_AUXILIARY = re.compile(r",\s(?:which|who|whose)\b[^;“”\"]{0,150}?,\s(?=(?:is|are|was|were|has|have|had|"
                                    r"will|would|can|could|may|might|should|must|did|does|do)\b)")
APPOSITIVE_TO_THE_END = re.compile(r",\s(?:the|a|an|his|her|its|their|[A-Z][\w.-]*['’]s)\s[^,;:“”\"]{1,100}\Z")
FUTURE_RELATIVE = re.compile(r"\s(?:that|which)\s(?:will|would|is\sto|are\sto)\s[^,;]*")
RELATIVE = re.compile(r"(?:,\s|\s)(?:which|who|whose|that|until|because|when|while|although)\s")
UNTIL = re.compile(r"\b(?:until|till|through)\s+(?:the\s+end\s+of\s+|(?:sunset|sundown|midnight|noon|dawn)\s+"
                   r"(?:on\s+)?)?\Z", re.I)  # "until sunset on Sunday"
# The subject of a clause about the story's own deal, talks or war, or its two sides.
STORY_SUBJECT = re.compile(
    r"^\W*(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|A|An)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:truce|ceasefire|cease-fire|deal|agreement|accord|talks|negotiations|round|summit|meeting|ceremony|signing|"
    r"war|conflict|fighting|clashes|hostilities|process|attacks?|strikes?|offensive|violence|exchanges?|shelling|"
    r"operation|invasion|incursion|escalation|crisis|dispute|standoff|tensions)\b(?!\s+(?:of|between)\s+[A-Z])"
    r"|Fighting\b|(?:Both|The\s+two)\s)")
# Happenings a later "The crash …" refers back to, by the words that first tell them.
HAPPENING_NOUNS = {**{w: w for w in "crash meeting summit signing ceremony vote funeral explosion raid clash "
                                    "ambush attack assault shooting".split()},
                   "crashed": "crash", "met": "meeting", "signed": "signing", "exploded": "explosion",
                   "raided": "raid", "clashed": "clash", "ambushed": "ambush", "attacked": "attack",
                   "blast": "explosion",
                   **{w: "agreement" for w in "agreement deal accord treaty pact".split()}}  # "The agreement also set
# up a buffer zone": the day the deal was struck
# Happenings a time may be told from ("the day after the vote", "on the eve of the summit", "hours before the
# talks"), by the words that first tell them.
ANCHOR_NOUNS = {**HAPPENING_NOUNS, **{w: w for w in "talks election visit speech address truce ceasefire invasion "
                                                    "strike coup referendum session arrival release swap "
                                                    "exchange briefing conference hearing rally interview".split()},
                **{w: w for w in "declaration resignation arrest killing assassination bombing capture "
                                 "uprising inauguration withdrawal collapse landing launch claim accusation".split()},
                **{w: "coup" for w in "takeover ouster putsch ousted toppled deposed overthrown".split()},
                "claimed": "claim", "accused": "accusation", "shot": "shooting", "ballot": "vote",
                **{w: "verdict" for w in "verdict convict convicted acquit acquitted".split()},  # "voted to convict X
                # on Thursday. … Hours after the verdict, …": Thursday
                "declared": "declaration", "resigned": "resignation", "arrested": "arrest", "killed": "killing",
                "assassinated": "assassination", "bombed": "bombing", "captured": "capture", "inaugurated":
                "inauguration", "withdrew": "withdrawal", "collapsed": "collapse", "landed": "landing",
                "exchanged": "exchange", "swapped": "swap", "oath": "oath", "swearing-in": "oath", "sworn": "oath",
                "swore": "oath", "stepped down": "resignation", "quit": "resignation",
                "voted": "vote", "visited": "visit", "invaded": "invasion", "arrived": "arrival",
                "elected": "election", "struck": "strike", "released": "release",
                **{w: "election" for w in "runoff run-off by-election".split()},  # "fraud in the runoff on Sunday"
                "statement": "statement", "said": "statement", "announced": "announcement",
                "announcement": "announcement", "ruling": "ruling", "ruled": "ruling", "decision": "ruling",
                **{w: "march" for w in "march parade marched".split()},
                **{w: "protest" for w in "protest protests demonstration protested".split()},
                **{w: "earthquake" for w in "earthquake quake tremor".split()},
                **{w: "dive" for w in "dive dived descent".split()},  # "went missing on Sunday on a dive …. the day
                # before the dive": Saturday
                **{w: "riot" for w in "riot riots rioted storming stormed".split()},
                **{w: "landslide" for w in "landslide landslip".split()},
                **{w: "disappearance" for w in "disappearance disappeared vanished".split()}}
# Happenings told again and again, each "the statement" being the one told last ("X said on Thursday …. The
# statement, issued by Y, condemned …": Thursday's).
TOLD_AGAIN = frozenset({"statement"})
OCCASIONS = frozenset({"briefing", "conference", "interview", "hearing"})  # where something is told
# "told the same briefing", "At that news conference": an occasion the text dated before.
# "won 47 seats", "took 39 seats", "held on to its 22 seats", "won just over 50% of the vote": an election's result.
ELECTION_RESULT = re.compile(r"\b(?:won|took|lost|secured|gained|captured|garnered|kept|retained|held\s+on\s+to)\s+"
                             r"(?:(?:just|about|nearly|almost|more|less|over|under|than|around|only|its|their|a|"
                             r"record(?:-[a-z]+)?)\s+)*[0-9][0-9.,]*\s*(?:%|percent|per\s+cent|seats?)(?![\w-])")
THE_SAME_OCCASION = re.compile(r"\b(?:that|the\s+same)\s+(?:news\s+|press\s+)?(?P<noun>briefing|conference|meeting|"
                               r"session|hearing|summit|rally|ceremony|interview)\b"
                               r"|^\W*(?:At|During)\s+the\s+(?:news\s+|press\s+)?"
                               r"(?P<opening>briefing|conference|meeting|session|hearing|summit|rally|ceremony|"
                               r"interview|talks)\b(?!\s+(?:of|on|in|with|between|that|which|for|to|at|was|were)\b)")
# ("At the meeting he …": the meeting told last)
# "the vote", "his first summit" (not "the vote was held …": a clause of its own).
# The nouns a happening is named by: the canonical ones and their synonyms ("the takeover" is "the coup").
_HAPPENING_NOUN = "|".join(sorted({*ANCHOR_NOUNS.values(), "takeover", "ouster", "putsch", "blast", "ballot", "parade",
                                   "quake", "tremor", "demonstration", "decision"}, key=len, reverse=True))
_A_HAPPENING = (r"(?:the|his|her|their|its|this|that)\s+(?:[\w-]+\s+){0,3}?(?P<noun>" + _HAPPENING_NOUN +
                r")s?\b(?!\s+(?:had|has|was|were|is|are|began|took|[a-z]+ed)\b)")
A_HAPPENING_NAMED = re.compile(_A_HAPPENING + r"(?=\s*(?:[,;.]|$|\s(?:in|at|on|with|and|that)\b))")
RELATIVE_TO_HAPPENING = re.compile(  # (not "six months to the day after the crash": six months after)
    r"\b(?<!\bto\s)(?P<span>(?:the|a|one)\s+day|the\s+eve|(?:the\s+)?(?:morning|night|evening|afternoon)|hours|"
    r"minutes|moments|"
    r"shortly|soon|just|(?P<count>[0-9]{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen)\s+days|(?:several|a\s+few|few)\s+days|days|(?:a|one|the)\s+week)\s+"
    r"(?P<dir>after|before|of|following|ahead\s+of)\s+" + _A_HAPPENING, re.I)
# "The mosque was under restoration when the earthquake struck": on the happening's day.
WHEN_A_HAPPENING = re.compile(r"\bwhen\s+(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?P<noun>" + _HAPPENING_NOUN +
                              r")s?\s+(?:struck|hit|happened|began|erupted|broke\s+out|took\s+place|occurred)\b")
# "A week before he was ousted", "two days after Okafor resigned": from the deed's day, by its verb.
RELATIVE_TO_DEED = re.compile(
    r"\b(?i:(?P<span>(?:the|a|one)\s+day|hours|(?P<count>[0-9]{1,2}|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+days|(?:a|one)\s+week)\s+(?P<dir>after|before))\s+(?:he|she|they|it|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    r"(?:was\s+|were\s+|had\s+been\s+|had\s+)?(?P<noun>" +
    "|".join(sorted((w for w, noun in ANCHOR_NOUNS.items() if w != noun and w.endswith(("ed", "ew", "uck"))),
                    key=len, reverse=True)) + r")\b")
# "Two days after X was sworn in on Jan. 10, …": an opening count from a clause with a day of its own.
COUNTED_OPENING = re.compile(
    r"\W*(?P<span>(?:the|a|one)\s+day|hours|minutes|(?P<count>[0-9]{1,2}|two|three|four|five|six|seven|eight|nine|"
    r"ten)\s+(?P<unit>days|years|months)|(?:a|one)\s+(?P<one>week|year|month))(?P<exact>\s+to\s+the\s+day)?\s+"
    r"(?P<dir>after|before)\s+(?P<inner>[^,;]{3,160}?),\s", re.I)
# "Poland denied the claim": a response to a happening the text dated before, of that day.
RESPONSE_TO_HAPPENING = re.compile(r"\b(?:denied|rejected|dismissed|disputed|confirmed|condemned|welcomed)\s+(?:the|"
                                   r"this|that|these|those)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>claim|accusation|"
                                   r"announcement|coup|takeover|arrest|killing|strike|attack)s?\b")
# "the April 11 presidential election", "Friday's strike": the noun a day names right before it.
DAY_OF_A_HAPPENING = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?P<noun>" + _HAPPENING_NOUN + r")\b")
# "on election day", "on polling day": the day of the election the text dated.
ELECTION_DAY = re.compile(r"\b(?:on\s+)?(?P<noun>election|polling|voting|inauguration)\s+day\b", re.I)
THE_HAPPENING = re.compile(r"\W*The\s+(?:[a-z-]+\s+)?(" + _HAPPENING_NOUN +
                           r")s?,?\s+(?!will\b|would\b|is\s+(?:due|set|expected)\b)[a-z]+")  # "The raids came …"
# "The day had begun in Revolution Square, where …": the story's day.
THE_DAY = re.compile(r"\W*The\s+day\s+(?:had\s+)?(?:began|begun|started|opened|ended|closed)\b")
# "The two men had initialled it": the two people named just before.
TWO_PEOPLE = re.compile(r"\W*(?:The|the)\s+two\s+(?:men|women|leaders|presidents|(?=(?:would|will|had|have|were|"
                        r"are|met|held|shook|spoke|signed|sat|talked|agreed|also|then)\b))")
SEVERAL_LEADERS = re.compile(r"\W*(?:The|the)\s+(?P<count>three|four|five)\s+(?:leaders|presidents|heads\s+of\s+"
                             r"state)\b")  # "The four leaders agreed …": the heads of state named last
THEY_DID = re.compile(r"\W*They\s+(?:then\s+|later\s+|also\s+|both\s+)?(?:[a-z]{3,}ed|met|held|sat|shook|spoke|"
                      r"took|went|made|left|flew|stood|ate|had|overran|seized|won|fought|broke|drove|"
                      r"stormed|began)\b")  # "They then walked along the lake shore"
PAIR_OPENING = re.compile(r"\W*(?:[A-Z][^,;]{0,40},\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}and\s+(?:[A-Z][\w'’.-]*\s*){1,4}")
THE_LEADERS = re.compile(r"\W*(?:[A-Z][^,;]{0,40},\s+)?[Tt]he\s+leaders\s+(?!of\b|who\b|from\b)")  # "The leaders last
# met in Bali", "In the afternoon, the leaders planted a tree": the story's
# The story's two sides, anywhere in a clause: "Okafor telephoned both leaders".
TWO_SIDES = re.compile(r"\b(?:[Tt]he\s+two(?P<pair>)\s+(?=(?:would|will|had|have|were|are|met|held|shook|spoke|"
                       r"signed|sat|talked|agreed|also|then)\b)"
                       r"|(?:[Bb]oth|[Tt]he\s+two)\s+(?:(?P<leaders>leaders|presidents|prime\s+ministers|men)|"
                       r"sides|parties|countries|governments|delegations|neighbou?rs|armies|rivals|foes|adversaries)"
                       r"|[Tt]he\s+(?:rivals|foes|warring\s+(?:sides|parties|factions))"  # "The rivals had announced …"
                       r"|[Ee]ach\s+(?:(?P<leader>leader|president|prime\s+minister)|side|party|country|government|"
                       r"delegation))\b")
SIDES_CUES = ("oth ", "two ", "ach ", "rivals", "foes", "warring ")  # words without which TWO_SIDES cannot match
LEADER_TITLE = re.compile(r"(?<![Vv]ice )(?<![Vv]ice-)\b(?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor|"
                          r"[Kk]ing|[Ee]mir|"
                          r"[Ss]upreme [Ll]eader)\b(?! of the (?:European|African|UN|United Nations))")
# "He added that …": the speaker goes on where the paragraph before left off (unless that was a plan ahead).
ADDED_OPENING = re.compile(r"\W*+(?:He|She|They|[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s(?:added|continued|went\son)\b")
THEN_OPENING = re.compile(r"\W*+(?:Then\b|(?:[\w'’,-]++\s){1,8}(?:then|also)\s)")  # "They then used …", "Then, …"
THEN_ONLY_OPENING = re.compile(r"\W*+(?:Then\b|(?:[\w'’,-]++\s){1,8}then\s)")  # "then" alone: what comes next
LEAD_DAY_PARAGRAPHS = 3  # the lead's day is looked for in the two paragraphs after it
YEAR_SETS_TIME = 12  # "In 2022, …" sets the time of what follows; "the 1994 genocide" mid-sentence does not
YEAR_OPENING_A_CLAUSE = re.compile(r"(?:,\s(?:and|but)|;)\s+in\s+\Z")  # "…, and in 1960 the leader … was
# stabbed. Earlier that same year, …": a year opening a clause sets the time as one opening the sentence does
LIST_ITEM_WORDS = 5  # ", and Egypt" ends a list when the part before it is this short
DATE_COMMA = re.compile(r"(?<=[0-9]),(?=\s(?:19|20)[0-9]{2}\b)|(?<=day),(?=\s[A-Z][a-z]+\.?\s[0-9])")  # "April 12,
# 2026", "Sunday, September 14": a date's comma
LEADING_FILLER = re.compile(r"^(?:Meanwhile|However|Furthermore|Moreover|Also|Still|Separately|And|But)\b,?\s*")
MAX_SUMMARY = 220

EVENT_WORDS = frozenset(
    "meet meets met meeting talks visit visits visited visiting summit deploy deploys deployed deploying "
    "deployment buildup exercise exercises drill drills strike strikes struck attack attacks attacked launch "
    "launched launches sanctions sanction sanctioned impose imposed imposing negotiate negotiating negotiations "
    "negotiated agreement agreed agree deal signed sign signs ceasefire truce host hosts hosted hosting "
    "arrive arrived arrives travel travelled traveled steams steaming sail sailed heading headed mediate "
    "mediating mediation coordinating coordinate organize organized organised organizing organising "
    "contact communicated communicate send sent sends withdraw withdrew withdrawn seize seized fire fired "
    "killed kill died bomb bombed invade invaded election elected vote voted resign resigned appoint appointed "
    "arrest arrested release released expel expelled summon summoned protest protests announce announced "
    "plan plans planned planning propose proposed proposal offer offered offers facilitate refuse refused "
    "reject rejected accept accepted approve approved began begin begins hit hits took held led won lost fled "
    "left shot fought sought sank sink board boards boarding patrol patrols storm storms vote votes reach "
    "reaches tow towed effect force broke open opens start starts end ends resume resumes issue issues halt "
    "halts suspend suspends lift lifts hold holds cut cuts shut shuts quit breakfast lunch luncheon dinner banquet "
    "reception ceremony wreath airstrike airstrikes explosion explosions bombardment offensive bombing shelling "
    "raid raids invasion conversation telephone phone takes hands cast ballot ballots travels gather gathers convene "
    "convenes fly flies heads leaves returns lands departs".split()
)
# Words ending in -ed that describe rather than report ("the United Nations", "armed groups").
# Something done, told in the passive with a participle no past tense shares: "was sworn in", "was named head".
PASSIVE_DONE = re.compile(r"\b(?:was|were|been)\s+(?:(?:\w+ly|also|then|later|formally)\s+)?(?:named|sworn|chosen|"
                          r"taken|given|shot|hit|struck|beaten|driven|thrown|stolen|seen|held|sent|caught|"
                          r"brought|sold|lost|hurt|born|begun|overthrown|withdrawn|drawn|shown|known)\b")
# "X named Y as acting president": a naming done ("a man named Y" is a description)
NAMED_SOMEONE = re.compile(r"(?:\b[A-Z][\w'’-]+|\b(?:he|she|they|it)|\b[Tt]he\s+(?:junta|council|parliament|assembly|"
                           r"cabinet|government|presidency|party|board|court|committee|military|army))\s+"
                           r"(?:(?:has|have|had)\s+)?(?:also\s+|formally\s+|then\s+)?named\s+"
                           r"(?:[A-Z]|(?:his|her|its|their|a|an|the)\s)")
ED_ADJECTIVES = frozenset(
    "united armed based limited related concerned alleged detailed interested advanced supposed required "
    "expected proposed scheduled planned renewed heightened increased reported unnamed named red need "
    "speed hundred indeed embed breed greed seed feed creed shed".split()
)
# What one is "due to" do: "due to meet", "due to be sworn in" (after any other word it gives a cause).
DUE_VERBS = PLAN_VERBS | frozenset("be begin start take arrive land depart end expire resume vote hear decide give "
                                   "make submit present appear testify receive close finish report rule publish "
                                   "go come stay remain chair lead attend pass transfer withdraw move enter step fall "
                                   "complete initial ratify approve unveil launch".split())
PROPOSED = re.compile(r"\b(?:(?:potential|proposed|possible) (?:[a-z-]+ )?(?:venue|meeting|talk|summit|deal|visit|"
                      r"trip|date|ceasefire|truce|agreement|accord|exchange|swap)s?|possibly|"
                      r"offer(?:ed|s)? to host|mooted|floated|"
                      r"(?:could|might|may) (?:be held|take place|meet|host|hold))\b", re.I)
PLANNED = re.compile(r"\b(?:(?<!over )(?<!of )(?<!for )(?<!new )plans to|"  # a plan by its noun is no plan told
                     r"(?<!['’]s )(?<!the )(?<!\ba )(?<!his )(?<!her )(?<!its )(?<!their )plan to|"
                     r"planned to|planning|(?-i:will)|would" + REFUSED + r"|should|must(?! have)|is set to|are set to|"
                     r"(?<!the )(?<!\ba )plans? (?:another|more|further|a new|new)\b|"  # "organisers plan another march"
                     r"(?<!had been )(?<!the )(?<!\ba )(?<!its )scheduled|"  # "would not say whether …": a refusal,
                     # made then; "before the scheduled start": a time, no plan
                     r"(?<!had been )expected to|"  # "had been scheduled to open with statements but ran …": past
                     r"due to (?=(?:" + "|".join(sorted(DUE_VERBS)) + r")\b)|"  # "due to meet", not "due to failed
                     # diplomacy": a cause
                     r"(?:is|are|was|were) (?:also |still |now |then )?to (?!be\b)(?=[a-z]+\b)|"  # "are also to meet",
                     # "was to be flown", "is then to be formed":
                     r"(?:is|are|was|were) (?:also |still |now |then )?to be (?=[a-z]+(?:ed|wn|en)\b)|"
                     r"(?:has|have) yet to|"  # "talks … have yet to begin": not yet happened
                     r"(?:is|are) (?:expected|due) (?:in|at|on|later|next|soon|this|back)\b|"
                     r"to be held(?!\s+in\s+(?:custody|detention|pre-trial|jail|prison))|prepar(?:es|ing) to|"
                     r"intends? to|aims? to|(?:is|are|was|were)\s+likely\s+to)\b",
                     re.I)
ONGOING = re.compile(r"\b(?:is|are|has been|have been|remains?|continues?|continuing|ongoing|still)\s+\w+ing\b|"
                     r"\b(?:steams|heads(?=\s+(?:to|for|towards|toward|home|back|into|north|south|east|west)\b)|"
                     r"sails|continues|persists|(?<!\bwhat\s)remains)\b", re.I)  # not "the heads of the two teams",
# "what remains of Front Street"
# "Maduro said on Sunday that Venezuela will not negotiate": the saying happened; the future is reported.
REPORTED = re.compile(r"\b(?:said|says|say|told|announced|warned|stated|declared|added|insisted|argued|claimed|"
                      r"wrote|writes|written|posted|tweeted|"
                      r"stressed|responded|replied|noted|pointed out|explained|acknowledged|admitted|denied|"
                      r"confirmed|whether|asked|hope|hoping|as\s+saying|"
                      r"saying|confirming|announcing|warning|adding|insisting|noting|stressing|declaring)\b")
# "… over whether X would change", "in the hope that he would …": a question or a wish, not a plan; "quoted X as
# saying Y would …", "confirming that the two sides would …": a telling
THAT = re.compile(r"\sthat\s")
TOLD_ON = re.compile(r"\b(?:said|says|told\s+[\w ]{1,30}?|added|announced)\s+(?:on\s+|late\s+|early\s+)?\Z")
# "The measures took effect on Thursday and will last 12 days": a deed done, then what it will do.
DONE_THEN_PLANNED = re.compile(r"^[^,;]*?\b(?:[a-z]{3,}ed|took|began|came|went|met|held|made|sent|won)\b[^,;]*?"
                               r"\s(?:and|but)\s+(?:will|would)\Z")
SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date)\s+(?:in\s+|this\s+|for\s+)?\Z")
THIS_PERIOD = re.compile(r"\bthis\s+(?:week|month|year)\b", re.I)
# what is done or planned now: "is staying on", "is expected in Kyiv on Wednesday"
AHEAD_VERB = re.compile(r"\b(?:will|is to|are to|(?:is|are)\s+(?:[a-z]+ing|expected|due|scheduled|set|slated))\b")
SPOKEN_OF = re.compile(r"\b(?:called|described|hailed|praised|criticised|criticized|welcomed|condemned)\b")
# "cancelled", "called off"; but not "long-suspended talks", a description.
# "The summit was postponed", "Okafor cancelled his trip" (not "cancelled visas", "scrapped a price cap": deeds)
_CALLING_OFF = r"(?:cancel(?:led|ed|s)?|called\s+off|calls?\s+off|scrapped|postponed|postpones?)"
CANCELLED = re.compile(r"(?<!-)\b(?:(?:was|were|is|are|been|be)\s+(?:\w+ly\s+)?" + _CALLING_OFF + r"|"
                       + _CALLING_OFF + r"\s+(?:(?:the|a|an|his|her|their|its|this|next|[\w'’-]+['’]s)\s+)?"
                       r"(?:[\w-]+\s+){0,3}?(?:meeting|summit|talks|visit|trip|tour|ceremony|vote|election|"
                       r"conference|game|match|exercises?|drills|rally|parade|session|hearing|launch|referendum|"
                       r"plans?|appearance|speech|event|signing|celebrations?)s?\b)", re.I)


@dataclass(frozen=True)
class Narrative:
    """A time the text has set, and the expression that set it."""

    date: FuzzyDate
    text: str
    late: bool = False  # told as the end of that day ("late on Tuesday", "Tuesday night"): the small hours are next


@dataclass
class TextTime:
    """What the reader knows of time, read paragraph by paragraph through one article."""

    published: dt.date | None
    lead_day: Narrative | None = None  # the day an undated lead happened, given a paragraph later
    story: Narrative | None = None  # the time of the lead: the day the news happened
    told: Narrative | None = None  # a later day the lead says the news was told on ("…on Monday, X said on Tuesday")
    narrative: Narrative | None = None  # the time the text has reached
    carried: Narrative | None = None  # the time reached by the last paragraph that stated one
    carried_passed: bool = False  # a paragraph told afresh, at the story's time, came after the one carried
    named_before: tuple[Mention, ...] = ()  # who and what the paragraph before named
    stated: Narrative | None = None  # the last day this paragraph named, background included
    named: Narrative | None = None  # the last time the text named at all ("since 1987"): what "that year" is
    named_here: Narrative | None = None  # the last time this paragraph named at all: what "That day, …" is
    counted_here: Narrative | None = None  # the day the last sentence counted from a happening ("Two days before
    # the march, …"): what "the same day" after it is
    place_here: tuple[FuzzyDate, Mention] | None = None  # the day and place of this paragraph's last placed event
    home: Mention | None = None  # the country the story is set in, as a place: where events that name none happened
    ahead: Narrative | None = None  # the last day ahead the text named: when its plans with no time of their own are
    parties: tuple[Mention, ...] = ()  # the actors of the lead: whom "the truce", "both sides" concern
    scene: tuple[Mention, ...] = ()  # the places of the lead: where the story's day happens
    leaders: tuple[Mention, ...] = ()  # heads of state or government named so far: whom "the two leaders" are
    titled: tuple[Mention, ...] = ()  # people the text named with a title so far: whom "embraced the vice
    # president" means
    listed: tuple[tuple[Mention, ...], ...] = ()  # lists of states named so far: whom "the four countries" are
    lead_paragraph: int = 1  # the number of the paragraph that leads (after a byline or credit line)
    happenings: dict[str, Narrative] = field(default_factory=dict)  # "crash" → the day the text said it happened
    latest: dict[str, Narrative] = field(default_factory=dict)  # "meeting" → the day of the one the text told last
    named_days: dict[str, Narrative] = field(default_factory=dict)  # "vote" → the day "the April 12 ballot" names
    nationality: dict[str, str] = field(default_factory=dict)  # a titled person's key → the key of the country
    # whose name or demonym opened the title ("Russian President Vladimir Putin": Russia's)


def _naming_key(summary: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", summary.lower())


@dataclass(frozen=True)
class Paragraph:
    """One paragraph as the event finder reads it."""

    text: str
    sentences: list[Sentence]
    source: SourceRef
    mentions: list[Mention]
    time: TextTime
    lexicon: Lexicon
    bodies: tuple[Mention, ...] = ()  # bodies named in the paragraphs before: whom "the coalition" is
    genders: Mapping[str, str] = field(default_factory=dict)  # the gender the text gives each person
    earlier: Mapping[str, Mention] = field(default_factory=dict)  # the last person of each gender before
    quoted_by: Mapping[int, Mention] = field(default_factory=dict)  # each quote's named speaker, by its opening
    year_named: set[str] = field(default_factory=set, compare=False)  # "the 2015 accord", "talks held in 2019":
    # the events named in passing already made here

    @functools.cached_property
    def _index(self) -> tuple[list[int], list[int]]:
        return by_start(self.mentions)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The mentions starting in [start, end), in the paragraph's order."""
        return in_span(self.mentions, *self._index, start, end)

    def named_already(self, summary: str) -> bool:
        """An event named in passing here before, told alike ("The coup in 2020", "coup in 2020")."""
        return _naming_key(summary) in self.year_named

    def note_named(self, summary: str) -> None:
        self.year_named.add(_naming_key(summary))

    def quoted_at(self, position: int) -> bool:
        """Whether ``position`` lies inside a quote of the paragraph (which a clause alone may not tell: "Blood
        and water cannot mix,” X said" opens inside one)."""
        spans = quote_spans(self.text)
        return inside_spans(spans, [start for start, _ in spans], position)

    @functools.cached_property
    def sentence_ends(self) -> list[int]:
        return [sentence.end for sentence in self.sentences]

    @functools.cached_property
    def names(self) -> Names:
        """The names outside quotes, indexed for pronouns and role nouns."""
        return Names(self.text, self.sentences, outside_quotes(self.mentions, quote_spans(self.text)),
                     genders=self.genders, earlier=self.earlier)


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    subordinate: bool  # "…, days after A announced …": its own time or none, never the narrative's
    lag: int | None = None  # "… a day after A struck …": days from the main clause's time (-1)
    cue: str = ""  # the words that made it subordinate
    shares_subject: bool = False  # "… met in Istanbul and agreed on …": the main clause's subject did it
    planned: bool = False  # "…, with Xi to pay a return visit": a plan
    when: bool = False  # "… since May 28, when …": dated by the time just before it
    series: bool = False  # "…, meet dissidents and attend a game": a plain verb going on the main clause's plan
    joined: bool = False  # "… raised the flag on Monday, and Okafor handed …": a main clause that goes on the time
    # of the one before, unless it tells its own


def find_events(text: str, sentences: list[Sentence], source: SourceRef, mentions: list[Mention],
                time: TextTime, lexicon: Lexicon, last_person: Mention | None = None,
                bodies: tuple[Mention, ...] = (), genders: Mapping[str, str] | None = None,
                earlier: Mapping[str, Mention] | None = None,
                quoted_by: Mapping[int, Mention] | None = None) -> list[EventFinding]:
    """The paragraph's events; ``time`` is advanced through it (and set by the lead). ``quoted_by``: the named
    speaker of each quote the paragraph holds, by where it opens."""
    events, paragraph = [], Paragraph(text, sentences, source, mentions, time, lexicon, bodies, genders or {},
                                      earlier or {}, quoted_by=quoted_by or {})
    opening = text[sentences[0].start:sentences[0].end] if sentences else ""
    told_afresh = not (sentences and (_continues(opening, time) or _first_time_told_on(text, sentences, time)
                                      or _goes_on_with_its_doers(opening, time)))
    if told_afresh:
        time.narrative = time.stated = None
    elif not RELATIVE_TO_AN_EVENT.match(opening):
        time.narrative = time.narrative or (time.story if time.carried_passed and THEN_ONLY_OPENING.match(opening)
                                            else time.carried)  # "That evening": across paragraphs that stated no
        # time; "X sued on Monday. ¶ In the second round Y won. ¶ Y was then driven …": the story's day, which the
        # paragraph between told on
    states_a_time = False  # any time named outside quotes: the paragraph moves the text's time on
    time.named_here = time.place_here = time.counted_here = None
    quoted = quote_spans(text)
    quoted_starts = [start for start, _ in quoted]
    if (told := _day_told_after_a_quote(text, sentences, quoted, time.published)) is not None:
        time.narrative = told  # "The army put its complaint in writing. “…,” it said on Thursday": Thursday's
    for index, sentence in enumerate(sentences):
        lead = source.paragraph == time.lead_paragraph and index == 0
        if THIS_TIME.match(text, sentence.start):
            time.narrative = time.story  # "The mood was warmer than in February, when … This time he arrived …"
        anchor, subject, previous = None, [], sentence.start  # the last main clause's time and subject
        subject_words = ""  # the main clause's subject when it names no one: "The two men", "The coalition"
        passive = None  # the main clause's passive auxiliary: "was" of "X was arrested on Monday and charged …"
        perfect = None  # and its perfect one: "have" of "X have fired … and attacked …"
        opening = ""  # the last main clause's subject and modal: "he will"
        plan_day = None  # the day that clause's plan is told for ("would begin on Friday")
        first_event = len(events)
        inner_time = None  # the time of a clause told from the main one ("a day after …"), for verbs joined to it
        for clause in _clauses(text, sentence, time.published, lead):
            before = anchor  # the time of the clause before: "…, and X intervened the following year"
            if clause.shares_subject and inner_time is not None:
                before = inner_time  # "…, was sworn in on March 14 and called the election nine days later"
            if clause.joined and _counts_on(text[clause.start:clause.end], time.published):
                before = _last_time_before(text[sentence.start:clause.start], clause.start - sentence.start,
                                           time.published) or anchor  # "… after X held talks on August 6, and
                # Trump announced it two days later": from August 6
            if not clause.subordinate:
                told = text[clause.start:clause.end]
                planned = _status(_before_relative(_unquoted(told))) is EventStatus.PLANNED  # "The leaders will …"
                date, date_text = _date(told, time, EventStatus.PLANNED if planned else EventStatus.HAPPENED, lead,
                                        False, before)
                if _goes_on_the_time_before(clause, told, before, planned, lead, time.published):
                    date, date_text = before.date, f"{before.text} (the clause before)"
                anchor = Narrative(date, date_text or PUBLICATION) if date.known else None
                subject = _subject_mentions(paragraph, clause) or _pronoun_subject(paragraph, clause, last_person) \
                    or _armed_group_subject(paragraph, clause) or _described_subject(paragraph, clause) \
                    or (_people_before(paragraph, clause.start) if THEY_DID.match(told) else [])
                subject_words = _described_subject_words(text[clause.start:clause.end])
                passive = PASSIVE_MAIN.search(_main_part(told))  # "X was arrested … and charged …"
                perfect = PERFECT_MAIN.search(_main_part(told))  # "X have fired … and attacked … since 2023"
            elif clause.when:
                anchor = _last_time_before(text[previous:sentence.end], clause.start - previous,
                                           time.published) or anchor
            elif clause.lag:
                anchor = _time_counted_from(text[previous:clause.start], time.published) or anchor
            inner = _inner_subject(paragraph, clause, previous, last_person) if clause.shares_subject else []
            unnamed_inner = not inner and clause.shares_subject and _joined_to_an_inner_clause(paragraph, clause,
                                                                                              previous)
            previous = clause.start
            own_subject = clause.when and not GERUND.match(text[clause.start:clause.end].lstrip()) and \
                not PRONOUN_OPENING.match(text[clause.start:clause.end].lstrip())  # ", when dozens of people were
            # arrested": a subject of its own (but ", when she is due to …" is told of the one named)
            inherited = (inner or ([] if unnamed_inner else subject)) if clause.shares_subject else \
                _owner_of_its_subject(text[clause.start:clause.end], subject) if clause.subordinate else []  # "a
            # day after the dam collapsed and flooded three villages": the dam's, no one named; "12 days after its
            # first attempt collapsed": the main subject's
            counted = inner_time if clause.shares_subject and inner_time is not None else anchor  # "…, a day
            # after Okafor was captured and killed": the killing on the capture's day, not the main clause's
            event = _event(paragraph, clause, lead, last_person, counted, inherited, before)
            inner_time = _time_for_joined_verbs(clause, event, inner_time)
            if not clause.subordinate or clause.planned and not clause.series:
                opening = _plan_opening(text[clause.start:clause.end]) or (opening if clause.subordinate else "")
                plan_day = _day_of_the_plan(text[clause.start:clause.end], time.published) if opening else None
            if event is not None and clause.subordinate and opening and clause.planned and clause.shares_subject \
                    and GERUND.match(text[clause.start:clause.end].lstrip()):  # "… is due to address X on Wednesday
                date, date_text = _date(f"{opening} {text[clause.start:clause.end]}", time,  # before meeting Y on
                                        EventStatus.PLANNED, False, True, anchor)  # Thursday": that Thursday ahead
                event = replace(event, date=date if date.known else event.date,
                                date_text=date_text if date.known else event.date_text)
            elif event is not None and clause.subordinate and clause.series and opening:  # "meet dissidents" → "he
                # will meet dissidents"
                told = f"{opening} {text[clause.start:clause.end]}"
                date, date_text = _date(f"{_without_times(opening, time.published)} {text[clause.start:clause.end]}",
                                        time, EventStatus.PLANNED, False, True, anchor)  # ("Two days later, X said
                # she would dissolve parliament and hold the vote on May 18": the opening's time is the saying's)
                if not date.known and plan_day is not None:
                    date, date_text = plan_day.date, f"{plan_day.text} (the plan before)"  # "would begin on Friday
                    # to bring in aid and fly out tourists": Friday's
                event = replace(event, sentence=_summary(told), date=date if date.known else event.date,
                                date_text=date_text if date.known else event.date_text)
            if event is not None and clause.shares_subject and perfect is not None and \
                    SINCE.search(text, clause.start, clause.end) and PARTICIPLE_OPENING.match(text, clause.start):
                date, date_text = _date(f"{perfect.group('aux')} {text[clause.start:clause.end].lstrip()}", time,
                                        EventStatus.HAPPENED, False, False, anchor)  # "… and attacked shipping since
                event = replace(event, date=date, date_text=date_text) if date.known else event  # October 2023": then
            if event is not None and clause.shares_subject and not clause.series and not inner and not own_subject \
                    and subject_words and text[clause.start:clause.end].lstrip()[:1].islower():
                joined = _in_its_voice(text[clause.start:clause.end].lstrip(), passive)
                event = replace(event, sentence=_summary(f"{subject_words} {joined}"))
            elif event is not None and clause.shares_subject and not clause.series and not own_subject and \
                    (named := _named_subject(inherited)) and text[clause.start:clause.end].lstrip()[:1].islower():
                joined = _in_its_voice(text[clause.start:clause.end].lstrip(), passive)
                event = replace(event, sentence=_summary(_told_of(named, joined)))
            if event is not None and _within_a_quote(paragraph, clause) and \
                    not _states_a_time(text[clause.start:clause.end], time.published):
                event = None  # a sentence of a quote that runs over several: the quotes page has it (but "The
                # generals will talk again on the 12th of May" tells a plan)
            elif event is not None and _mostly_quoted(text[clause.start:clause.end]):
                event = _as_statement(event, _quote_speaker(paragraph, clause, _named_speaker(paragraph, clause))
                                      or _credited_at_a_place(paragraph, clause))
            elif event is not None and (closed := _closes_a_quote(paragraph, clause)) is not None and \
                    not _states_a_time(text[clause.start:closed], time.published):
                event = _quote_tail_statement(event, text[clause.start:closed], text[closed:clause.end],
                                              _named_speaker(paragraph, clause, closed))
            elif event is not None and _opens_with_quote(text[clause.start:clause.end]) and \
                    (named := _quote_speaker(paragraph, clause, _named_speaker(paragraph, clause), True)) is not None:
                event = _as_statement(event, named)  # "“…,” said X, one of …": X's statement
            plans = [] if lead else _reported_plan(paragraph, clause, last_person)
            if event is not None and plans and _only_tells(text[clause.start:clause.end], time.published):
                plans = [replace(plans[0], participants=_once(plans[0].participants + event.participants))]
                event = None  # "X said Riyadh would host the meeting in September": the plan is the event
            if event is not None:
                first, again = _coordinated_times(paragraph, clause, event)
                first_of_clause = len(events)
                events += [first, *again]
                if lead and time.story is None and event.date.known and (not clause.subordinate or clause.lag == 0):
                    time.story = _story_time(event, time.published, text[sentence.start:sentence.end])
                    time.told = _told_later(text[sentence.start:sentence.end], time.story, time.published)
                if lead and not time.scene:
                    time.scene = tuple(m for m in event.participants if not m.kind.is_actor)[:1]
                if lead and not time.parties:
                    time.parties = _parties(event.participants)
                elif source.paragraph == time.lead_paragraph + 1 and first_event == 0 and len(time.parties) < 2:
                    time.parties = _parties(time.parties + event.participants)  # the lead named one side only
            asides, told_apart = _aside_events(paragraph, clause, last_person)
            if event is not None and told_apart and events[first_of_clause].sentence == \
                    _summary(text[clause.start:clause.end]):
                events[first_of_clause] = replace(events[first_of_clause], sentence=_summary(
                    _without_asides(text, clause, told_apart)))  # "Rasool, who served in 2010-15, returned in
                # January": the aside is an event of its own, the return is told without it
            events += asides + _participle_asides_in_time(paragraph, clause, event)
            events += plans
            events += _reported_happening(paragraph, clause, last_person, event)
            events += _named_by_year(paragraph, clause) + _dated_in_passing(paragraph, clause) + \
                _offences_in_their_time(paragraph, clause) + \
                _happenings_of_a_day(paragraph, clause) + _the_last_time_before(paragraph, clause) + \
                _since_a_deed(paragraph, clause) + _held_since(paragraph, clause)
            events += _takes_effect(paragraph, clause)
            events += _relative_events(paragraph, clause, last_person)
            if not _inside_quote(text, clause.start):  # "signed on Sept. 30, 2022, seven months after X invaded in
                time.named = _last_time_named(time.named, text[clause.start:clause.end], time.published)  # February
                # that year": 2022
        events[first_event:] = _with_the_deed_counted_from(paragraph, sentence, lead, last_person, events[first_event:])
        events[first_event:] = [_in_the_scene(e, time) for e in
                                _with_sentence_states(_plans_share_a_day(events[first_event:]), paragraph, sentence)]
        _note_happenings(time, events[first_event:])
        said = text[sentence.start:sentence.end]
        opens_quoted = inside_spans(quoted, quoted_starts, sentence.start)
        setting = [e for e in _setting_times(said, time.published, opens_quoted)  # a quote over several sentences:
                   if not inside_spans(quoted, quoted_starts, sentence.start + e.start)]  # its times are the speaker's
        _note_dated_happenings(time, said, [e for e in find_time_expressions(said, time.published)
                                            if not inside_spans(quoted, quoted_starts, sentence.start + e.start)])
        opened = _from_a_happening(said, time) if setting and setting[0].anaphoric and \
            RELATIVE_TO_AN_EVENT.match(said) else None  # "Hours after the oath, …": the story is on the oath's day
        counted = _from_a_happening(said, time) if not setting and COUNTED_FROM_AN_EVENT.match(said) else None
        time.narrative = Narrative(*opened) if opened else _advance(time.narrative, said, setting)
        time.stated = _last_day_stated(time.stated, setting)
        time.named = _last_time_named(time.named, said, time.published)
        time.named_here = _last_time_named(time.named_here, said, time.published)
        time.counted_here = Narrative(*counted) if counted else None
        time.ahead = _last_planned_day(_last_day_ahead(time.ahead, setting, time.published), events[first_event:],
                                       time.published)
        states_a_time = states_a_time or any(e.date.known or e.anaphoric for e in _outside_quotes(
            said, find_time_expressions(said, time.published)))
    if time.narrative is not None or states_a_time:
        time.carried = time.narrative
    time.carried_passed = time.narrative is None and not states_a_time and (time.carried_passed or told_afresh
                                                                           and bool(events))
    if source.paragraph == time.lead_paragraph and time.story is None and time.published is not None:
        time.story = time.lead_day or Narrative(FuzzyDate.of_day(time.published), PUBLICATION)  # a lead that
        # tells no happening the finder reads still opens the day's news
    if not any(e.status is EventStatus.PLANNED for e in events):
        time.ahead = None  # a paragraph that plans nothing ends the day ahead the text was planning
    time.leaders = _leaders(time.leaders, mentions)
    time.named_before = tuple(mentions)
    time.titled = (*time.titled, *(m for m in mentions if m.kind is EntityKind.PERSON and m.role))[-TITLED_KEPT:]
    time.nationality.update((person.key, state.key) for state, person in zip(mentions, mentions[1:])
                            if _titled_by(state, person))
    time.listed = (*time.listed, *_state_lists(text, mentions))[-LISTS_KEPT:]
    return events


# "beside Marilyn Monroe singing “…” in": a name, then what the name is shown doing, then a time of it
NAME_DOING_IN_TIME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+[a-z]{3,}ing\b"
                                r"(?:[^,;.“”\"]|“[^”]*”|\"[^\"]*\")*?\s(?:in|on|during)\s+\Z")
PUNISHED_FOR = re.compile(r"\b(?:(?:jailed|sentenced|convicted|fined|charged|indicted|prosecuted|acquitted|imprisoned)"
                          r"\b[^.;:“”\"]{0,80}?\s(?:for|over)|(?:pleading|pleaded)\s+guilty\s[^.;:“”\"]{0,40}?\bto)\s+"
                          r"(?:[a-z]+ing|(?:his|her|their|the)\s+(?:[a-z-]+\s+){0,2}?(?:role|part|involvement)|"
                          r"(?:violent\s+)?disorder|murder|manslaughter|assault|arson|fraud|terrorism|treason|rape|"
                          r"corruption|bribery|theft|robbery)\b[^.;:“”\"]{0,80}\Z")  # "jailed … over rioting in X on
# Saturday", "pleading guilty to violent disorder on July 30": the offence's day
PUT_OFF_TO = re.compile(r"\b(?:push(?:ed|es|ing)?|pushing|put|postpone[sd]?|postponing|delay(?:ed|s|ing)?|"
                        r"mov(?:e|ed|es|ing)|reschedul(?:e|ed|es|ing))\s+(?:(?:it|them|the\s+[\w-]+|back|off|"
                        r"forward)\s+){0,2}(?:to|until|till)\s+\Z")
QUOTE_TOLD = re.compile(r"\b(?:said|says|told|wrote|added|posted|stated)\b")
SPEAKER_RELATIVE = re.compile(r"\b(?:ago|yesterday|today|tonight|last|this|next|recent|recently|earlier|later|past)\b",
                              re.I)  # "“A few days ago …,” he said": a time counted from the saying, which dates it
POSSESSIVE_TIME = re.compile(r"['’]s\b")  # "last year's", "Friday's"
RELATIVE_POSSESSOR = re.compile(r"(?:next|last|this)\s+(?:year|month|week)\Z", re.I)  # owns a thing by its period
PERIOD_S_ACCOUNTS = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}?(?:budgets?|deficit|spending|growth|forecasts?|targets?|"
                               r"quotas?|accounts|harvest|season|revenues?|output)\b")  # "next year's budget": a
# period's accounts, not a happening
FIGURE_COMPARED = re.compile(r"\b(?:(?:down|up)\s+from|compared\s+(?:with|to))\s+(?:[^,;.]|\.(?=\d)){0,40}\Z")
# "nine missing, down from 15 a day earlier": the time of the figure compared with
TIME_THAT_MARKS = re.compile(r"\s+(?:marks|marked|will\s+mark)\b")  # "noting that this year marks the 35th
# anniversary of ties": a time that is what the words are about, not when anything was done
# ", removed by the army in April,", ", placed on its highest alert on Friday,": a past participle set off by commas
PAST_PARTICIPLE_ASIDE = re.compile(r"(?<=[\w'’.]),\s(?P<told>(?!(?:asked|pressed|questioned|quizzed)\b)"
                                   r"(?:[a-z]+ly\s)?(?:[a-z]{3,}ed|" +
                                   "|".join(sorted(IRREGULAR_PAST - {"was", "were"})) +
                                   r")\s(?:by|on|in|at|to|from|as|after|over|into|for|the|a|an)\s[^,;“”\"]{1,100}?),\s"
                                   r"(?=(?:(?:now|also|still|already|\w+ly)\s)?(?:is|are|was|were|has|have|had|will|"
                                   r"would|could|can|may|might|must|should|"
                                   r"did|does|remains?|stays?|said|told|[a-z]{3,}ed|[a-z]{3,}s|" +
                                   "|".join(sorted(IRREGULAR_PAST - {"was", "were"})) + r")\b)")
# "…, is in prison", "…, said …": then the clause's own verb (not ", agreed on Friday to a truce, the biggest step …":
# a main verb, an appositive)
PARTICIPLE_ASIDE = re.compile(r",\s+[a-z]+ing\s[^,;]{1,80},")  # ", representing last year's presidency,"
# "This time (around), …": back from a past occasion the text compared to the story's own.
THIS_TIME = re.compile(r"\W*This\s+time\b(?!\s+(?:of|last|next)\b)")
# "warmer than in February": a time compared with, not the one the story moves to.
COMPARED_WITH = re.compile(r"\b(?:than|[Uu]nlike)\s+(?:(?:in|on|at|during)\s+)?(?:the\s+)?\Z")
# "Hours before the talks", "Minutes after the two men shook hands": times of an event the story names, not of
# the paragraph before.
RELATIVE_TO_AN_EVENT = re.compile(r"\W*\w+\s+(?:before|after)\b", re.IGNORECASE)
COUNTED_FROM_AN_EVENT = re.compile(r"\W*\w+\s+\w+\s+(?:before|after)\s", re.IGNORECASE)  # "Two days before the
# march, …": a day of its own, which "the same day" after it points back to


def _without_times(text: str, published: dt.date | None) -> str:
    """The text with its time expressions left out."""
    for expression in reversed(find_time_expressions(text, published)):
        text = text[:expression.start] + text[expression.end:]
    return text


def _time_for_joined_verbs(clause: Clause, event: EventFinding | None, last: Narrative | None) -> Narrative | None:
    """The time a verb joined after ``clause`` counts from: the clause's own where it is told from the main one
    ("a day after Okafor was captured"), the one before kept through joined verbs, else none."""
    if event is not None and clause.subordinate and clause.lag and event.date.known:
        return Narrative(event.date, event.date_text or PUBLICATION)
    if event is not None and clause.shares_subject and event.date.known and event.date_text and \
            event.date_text in event.sentence:
        return Narrative(event.date, event.date_text)  # "…, added 2,000 on Monday and ordered … the same day"
    return last if clause.shares_subject else None


def _plans_share_a_day(events: list[EventFinding]) -> list[EventFinding]:
    """"X is due to lay a wreath and hold talks on Monday": plans of one sentence with no day of their own take
    the day of the plan after them."""
    result, later = [], None  # read from the end: the next dated plan is known at each plan (linear in a long sentence)
    for event in reversed(events):
        if event.status is EventStatus.PLANNED and event.date.known:
            later = event
        elif event.status is EventStatus.PLANNED and later is not None:
            event = replace(event, date=later.date, date_text=later.date_text)
        result.append(event)
    return result[::-1]


def _with_sentence_states(events: list[EventFinding], paragraph: Paragraph, sentence: Sentence) -> list[EventFinding]:
    """Each event of a sentence also concerns the states the sentence names outside quotes ("Namazi was
    detained in 2015 while visiting his family, and convicted on charges that Iran …"), after its own."""
    states = [m for m in paragraph.mentions_in(sentence.start, sentence.end) if m.kind is EntityKind.STATE
              and not _inside_quote(paragraph.text[sentence.start:sentence.end], m.start - sentence.start)]
    if not states:
        return events
    result = []
    for event in events:
        known, extra = {m.key for m in event.participants}, []
        for state in states:
            if state.key not in known:
                known.add(state.key)
                extra.append(state)
        result.append(replace(event, participants=event.participants + tuple(extra)) if extra else event)
    return result


def _leaders(known: tuple[Mention, ...], mentions: list[Mention]) -> tuple[Mention, ...]:
    """The heads of state or government the article has named, in order, once each."""
    keys = {m.key for m in known}
    found = list(known)
    for mention in mentions:
        if mention.kind is EntityKind.PERSON and mention.role and LEADER_TITLE.search(mention.role) \
                and mention.key not in keys:
            keys.add(mention.key)
            found.append(mention)
    return tuple(found)


def _role_holders(paragraph: Paragraph, span: Clause) -> list[Mention]:
    """The people a clause names by their title alone ("embracing the president and the vice president", "thanked
    the chancellor"): for each title, the one person the text named with it so far (none when two hold it)."""
    text = paragraph.text[span.start:span.end]
    if "the " not in text and "The " not in text and "'s " not in text and "’s " not in text:
        return []
    found = []
    for reference in ROLE_REFERENCE.finditer(text):
        if _inside_quote(text, reference.start()) or reference.group("owner") and not any(
                m.kind is EntityKind.STATE for m in paragraph.mentions_in(span.start + reference.start(),
                                                                          span.start + reference.start("role"))):
            continue  # "Kenya's president" (a state's), not "Okafor's minister"
        title = " ".join(reference.group("role").lower().split())
        position = span.start + reference.start()
        if reference.group("former"):  # "on condition that the former president return home": the one titled so
            former = paragraph.names.former_holder(title, position, paragraph.time.titled)
            found += [former] if former is not None and former.key not in {m.key for m in found} else []
            continue
        named = [m for m in paragraph.mentions_in(max(0, position - REFERENCE_REACH), position)
                 if m.kind is EntityKind.PERSON and m.role]
        holders = {m.key: m for m in (*paragraph.time.titled, *named) if _holds(m.role, title)}
        holder = next(iter(holders.values())) if len(holders) == 1 else None
        if holder is not None and holder.key not in {m.key for m in found}:
            found.append(holder)
    return found


LEGISLATORS = re.compile(r"\b(?:[Ll]awmakers|[Ll]egislators|MPs|[Pp]arliamentarians|[Ss]enators|"
                         r"[Tt]he\s+(?:chamber|legislature|lower\s+house|upper\s+house))\b")
LEGISLATURE_WORDS = frozenset("Parliament Bundestag Senate House Assembly Congress Knesset Duma Rada Majlis Storting "
                              "Sejm Chamber Legislature Riksdag Folketing Diet Seimas Saeima Sabor".split())


def _described_actors(paragraph: Paragraph, span: Clause) -> list[Mention]:
    """The actors a clause names by what they are: "the four countries" (the last four states listed), "the
    kingdom" (the last kingdom named), "accused the group" (the group named last), "lawmakers" (the legislature
    named last)."""
    text = paragraph.text[span.start:span.end]
    if "the " not in text and "The " not in text and not LEGISLATORS.search(text):
        return []
    found = []
    for counted in COUNTED_STATES.finditer(text):
        position = span.start + counted.start()
        window = max(0, position - REFERENCE_REACH)
        lists = [*paragraph.time.listed, *_state_lists(paragraph.text, paragraph.mentions_in(window, position))]
        number = COUNT_WORDS.get(counted.group("n").lower()) or NUMBER_WORDS.get(counted.group("n").lower())
        found += next((states for states in reversed(lists) if len(states) == number), ())
    for monarchy in MONARCHY.finditer(text):
        codes = MONARCHIES[monarchy.group("kind").lower()]
        position = span.start + monarchy.start()
        named = [*paragraph.bodies, *paragraph.mentions_in(max(0, position - REFERENCE_REACH), position)]
        found += [m for m in reversed(named) if m.key.split(":")[-1] in codes and m.key.startswith("country:")][:1]
    for compass in COMPASS_STATE.finditer(text):
        position = span.start + compass.start()
        named = [*paragraph.bodies, *paragraph.mentions_in(max(0, position - REFERENCE_REACH), position)]
        found += [m for m in reversed(named) if m.key.startswith("country:")
                  and m.name.startswith(f"{compass.group('side')} ")][:1]
    for members in LEGISLATORS.finditer(text):  # "Hours later lawmakers elected him": the legislature named last
        position = span.start + members.start()
        named = [*paragraph.bodies, *paragraph.mentions_in(max(0, position - REFERENCE_REACH), position)]
        senate = members.group().lower() == "senators"
        found += [m for m in reversed(named) if m.kind is EntityKind.ORGANISATION and (
            "Senate" in m.name.split() if senate else LEGISLATURE_WORDS.intersection(m.name.title().split()))][:1]
    for group in GROUP_OBJECT.finditer(text):
        position = span.start + group.start("noun")
        holder = paragraph.names.role_holder(group.group("noun").lower(), position, None, paragraph.bodies)
        if isinstance(holder, Mention) and holder.kind in (EntityKind.GROUP, EntityKind.ORGANISATION):
            found.append(holder)
    return found


def _state_lists(text: str, mentions: list[Mention]) -> list[tuple[Mention, ...]]:
    """The lists of states a text names ("Chile, Peru, Argentina and Uruguay"), in order."""
    lists, current = [], []
    for mention in (m for m in mentions if m.kind.is_actor and m.key.startswith("country:")):
        if current and not LIST_JOINT.fullmatch(text[current[-1].end:mention.start]):
            if len(current) > 1:
                lists.append(tuple(current))
            current = []
        if mention.key not in {m.key for m in current}:
            current.append(mention)
    if len(current) > 1:
        lists.append(tuple(current))
    return lists


def _titled_by(state: Mention, person: Mention) -> bool:
    """The state's name or demonym opens the person's title: "Russian President Vladimir Putin", "Kenya's Foreign
    Minister X"."""
    return state.key.startswith("country:") and person.kind is EntityKind.PERSON and bool(person.role) and \
        0 <= person.start - state.end <= len(person.role) + TITLE_GAP


TITLE_GAP = 4  # characters between a state's name and the title after it: "'s ", " "
HEADS = ("president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "leader")  # what "the
# Ukrainian leader" may be


def _national_holder(paragraph: Paragraph, word: str, state: Mention, position: int) -> Mention | None:
    """"The Russian president said": the person last titled with that office by that state ("Russian President
    Vladimir Putin"), or, for "the Ukrainian leader", with any head's office; no one else."""
    offices = HEADS if word == "leader" else (word,)
    people = [*paragraph.time.titled, *paragraph.mentions_in(0, position)]
    return next((m for m in reversed(people) if m.kind is EntityKind.PERSON and m.role
                 and paragraph.time.nationality.get(m.key) == state.key
                 and any(_holds(m.role, office) for office in offices)), None)


def _of_no_other_state(paragraph: Paragraph, holder: Speaker, state: Mention) -> Mention | None:
    """The holder found otherwise, unless a title named him another state's ("Ukrainian President X" is not "the
    Russian president"; "Defence Minister Y", of no state the text names, may be "the Ukrainian minister")."""
    if not isinstance(holder, Mention):
        return None
    return holder if paragraph.time.nationality.get(holder.key, state.key) == state.key else None


def _holds(role: str, title: str) -> bool:
    """Whether ``role`` ("Vice President", "Kenyan Prime Minister") is the office ``title`` names, no lesser one."""
    role = role.lower()
    if re.search(rf"\b{re.escape(title)}\b", role) is None or FORMER_TITLE.search(role):
        return False
    return title.startswith(("vice", "deputy")) or LESSER_TITLE.search(role) is None


NEWS_DAYS = 7  # a day this close before publication, told in the lead, can be the news's


def _story_time(lead: EventFinding, published: dt.date | None, sentence: str) -> Narrative:
    """The time of the news: the lead's date; when the lead dates only what is to come, a past day its sentence
    names ("X and Y will contest the runoff on October 19, results released late on Sunday showed"), else the day
    of publication ("… agreed to a truce that will begin on Saturday")."""
    if published is not None and _is_future(published, lead.date):
        told = next((e for e in _outside_quotes(sentence, find_time_expressions(sentence, published))
                     if e.date.precision is Precision.DAY and not e.anaphoric and not _is_future(published, e.date)
                     and e.date.year is not None
                     and (published - dt.date(e.date.year, e.date.month, e.date.day)).days <= NEWS_DAYS), None)
        if told is not None:
            return Narrative(told.date, told.text)
        return Narrative(FuzzyDate.of_day(published), PUBLICATION)
    return Narrative(lead.date, lead.date_text or PUBLICATION)


def _told_later(lead: str, story: Narrative, published: dt.date | None) -> Narrative | None:
    """The day the lead says its news was told, when later than the news ("… on Monday, X said on Tuesday")."""
    for expression in _outside_quotes(lead, find_time_expressions(lead, published)):
        if expression.date.precision is Precision.DAY and expression.date.iso() > (story.date.iso() or "") and \
                not _is_future(published, expression.date) and \
                TOLD_ON.search(lead, max(0, expression.start - WORD_REACH), expression.start):
            return Narrative(expression.date, f"{expression.text} (the day the news was told)")
    return None


def lead_day(paragraphs: list[tuple[str, list[Sentence]]], published: dt.date | None) -> Narrative | None:
    """When the lead gives no time, the day the next paragraphs give it: "Russian and Ukrainian negotiators
    agreed … in Istanbul." / "The delegations sat down … on Wednesday evening." A report filed the morning
    after is dated by the day the news happened, not the day it was published; only a simple past one or
    two days before publication counts (anything older is background)."""
    if published is None or not paragraphs:
        return None
    text, sentences = paragraphs[0]
    lead = text[sentences[0].start:sentences[0].end] if sentences else ""
    if any((e.date.known and not _is_future(published, e.date)) or (e.anaphoric and not LAG_CUE.search(e.text))
           for e in find_time_expressions(lead, published)):
        return None  # (a plan's day ahead dates the plan, not the news: "X will go to the UN on Wednesday, Y said";
        # "hours after Z unveiled …" dates Z's unveiling by the lead's day)
    for text, sentences in paragraphs[1:LEAD_DAY_PARAGRAPHS]:
        for sentence in (text[s.start:s.end] for s in sentences):
            for expression in _outside_quotes(sentence, find_time_expressions(sentence, published)):
                date = expression.date
                if date.precision is not Precision.DAY or expression.anaphoric or \
                        SINCE_OR_UNTIL.search(sentence, max(0, expression.start - 7), expression.start):
                    continue  # (not "was considering resigning since Sunday": when a state began)
                gap = (published - dt.date(date.year, date.month, date.day)).days
                told = _unquoted(sentence)  # "“This would be an error,” X told reporters on Thursday": told then
                if 1 <= gap <= 2 and not PAST_PERFECT.search(told) and not PLANNED.search(told):
                    return Narrative(date, f"{expression.text} (a paragraph later)")
                return None
    return None


LAG_CUE = re.compile(r"\s(?:after|before)\Z")


CLOCK_OPENING = re.compile(r"\W*(?:By|At|Around|Until|Shortly\s+(?:before|after))\s+(?:about\s+)?"
                           r"(?:[0-9]{1,2}(?::[0-9]{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC)|noon|midday|dawn|dusk|"
                           r"nightfall)")  # "By 11 a.m., …"


# A time of the small hours opening a clause, and the times of day it follows on the next day from.
SMALL_HOURS = re.compile(r"\W*(?:(?:By|At|Around|Shortly\s+(?:before|after)|Just\s+(?:before|after))\s+"
                         r"(?:about\s+|around\s+)?(?P<clock>[0-5](?::[0-9]{2})?\s*(?:a\.m\.|am\b)|midnight)"
                         r"|(?P<early>In\s+the\s+early\s+hours))")
LATE_IN_THE_DAY = re.compile(r"\b(?:late|night|evening|(?:[6-9]|1[0-2])(?::[0-9]{2})?\s*(?:p\.m\.|pm))(?!\w)", re.I)
LATE_REACH = 12  # characters around a day that say it was told late in it ("late on Tuesday", "Tuesday night")


def _next_small_hours(narrative: Narrative | None, clause: str) -> Narrative | None:
    """The next day, when the clause opens in the small hours after a time told late in a day."""
    opening = SMALL_HOURS.match(clause)
    if opening is None or narrative is None or not narrative.late or narrative.date.precision is not Precision.DAY:
        return None
    return Narrative(_shifted(narrative.date, 1), f"{opening.group('clock') or opening.group('early')} "
                                                  f"(after {narrative.text})")


def _continues(first_sentence: str, time: TextTime) -> bool:
    """A paragraph opening with "Hours earlier," or "The next day," or "They then …" goes on from the one before;
    one told on with "also" or a quote only from a scene of the story's days, not from background ("X visited
    Oslo last December." / "“Let's agree to disagree,” Y responded.": the quote is the story's)."""
    expressions = _outside_quotes(first_sentence, find_time_expressions(first_sentence, time.published))
    if THEN_OPENING.match(first_sentence) or ADDED_OPENING.match(first_sentence) or \
            CLOCK_OPENING.match(first_sentence) or \
            (not expressions and _opens_with_quote(first_sentence)):  # "By 11 a.m., …": the day told before
        scene = time.narrative or time.carried
        if THEN_ONLY_OPENING.match(first_sentence) and scene is not None and scene.date.precision is Precision.DAY:
            return True  # "In Damascus on Tuesday, X met Y. ¶ Z then received …": whatever day the text reached
        return not _background_scene(scene, time.story) and not (  # "“…,” the statement added."
            ADDED_OPENING.match(first_sentence) and scene is not None and _is_future(time.published, scene.date))
    asides = _asides(first_sentence)  # "Somalia, which has ruled itself since 1991, signed a law that month"
    expressions = [e for e in expressions if not _in_any(asides, e.start)] or expressions
    return bool(expressions) and expressions[0].anaphoric


# A sentence whose named subject did something, told in the simple past: "Shoigu showed his guest three bombers".
NAMED_DOER_OPENING = re.compile(r"\W*+(?:[A-Z][\w'’-]+\s){1,3}(?:[a-z]{3,}ed|" +
                                "|".join(sorted(IRREGULAR_PAST - {"was", "were", "had", "said", "told"})) + r")\s")


def _goes_on_with_its_doers(first_sentence: str, time: TextTime) -> bool:
    """A paragraph that opens on someone the paragraph before named doing something, in the simple past and with no
    time, saying or quote of its own, goes on with that paragraph's day ("On Saturday Shoigu met Kim at the airfield.
    ¶ Shoigu showed his guest three bombers.")."""
    scene = time.carried
    if scene is None or scene.date.precision is not Precision.DAY or time.carried_passed or \
            '"' in first_sentence or "“" in first_sentence or REPORTED.search(first_sentence):
        return False
    doer = NAMED_DOER_OPENING.match(first_sentence)
    if doer is None or find_time_expressions(first_sentence, time.published):
        return False
    named = doer.group().split()[-2]
    return any(named in m.name.split() for m in time.named_before)


def _first_time_told_on(text: str, sentences: list[Sentence], time: TextTime) -> bool:
    """The first time the paragraph tells goes on from the day the text reached ("X promised retaliation. …
    Israeli strikes that evening killed 11"): the paragraph is told from there."""
    if time.carried is None or time.carried.date.precision is not Precision.DAY:
        return False
    for sentence in sentences:
        said = text[sentence.start:sentence.end]
        asides = _asides(said)
        expressions = [e for e in _outside_quotes(said, find_time_expressions(said, time.published))
                       if not _in_any(asides, e.start)]
        if expressions:
            first = expressions[0]
            return first.anaphoric and first.shift is not None and abs(first.shift) <= 1 and \
                not RELATIVE_TO_AN_EVENT.match(said)
    return False


ADDED_THAT = re.compile(r",\s+(?:adding|noting|saying)\s+that\b")
TOLD_THAT = re.compile(r"\b(?:said|says|told\s+\w+|added|adding|saying|noting|wrote|writing)\s+that\b")


def _moved_on_from(narrative: Narrative | None, named: Narrative) -> bool:
    """The narrative went on from the day last named by a count told after it ("on Nov. 27 and … the day
    after"): it carries that day's words with another date."""
    return narrative is not None and narrative.text == named.text and narrative.date != named.date


def _background_scene(scene: Narrative | None, story: Narrative | None) -> bool:
    """The time the text reached is coarser than a day, or days before the story's day: background."""
    if scene is None or story is None or story.date.precision is not Precision.DAY or None in (
            story.date.year, scene.date.year):
        return False  # (an undated article's "March 4" has no year to count from)
    if scene.date.precision is not Precision.DAY:
        return True
    gap = dt.date(story.date.year, story.date.month, story.date.day) - \
        dt.date(scene.date.year, scene.date.month, scene.date.day)
    return gap.days > SCENE_DAYS


SCENE_DAYS = 2  # a scene this many days before the story's day is still the story's (a report filed the day after)


def _advance(narrative: Narrative | None, sentence: str, expressions: list[TimeExpression]) -> Narrative | None:
    """The time after ``sentence``: its last time expression that sets the time (``_setting_times``), if any,
    resets it; the small hours after a late time move it to the next day."""
    if not expressions:
        return _next_small_hours(narrative, sentence) or narrative
    if (counted := _counted_from_its_own_day(sentence, tuple(expressions))) is not None:
        return Narrative(*counted)  # "The day after X was sworn in on Jan. 10, …": the story is on Jan. 11
    last = _last_time_of_the_main_clause(sentence, expressions)
    main = _main_part(sentence)
    main = main[:subordinate.start()] if (subordinate := SUBORDINATOR.search(main)) else main
    looking_back = last.anaphoric and (last.shift or 0) < 0 and last.start > 0  # "Police had closed the streets
    # the day before" (but "The day before, Kim's train had pulled into …" opens a scene the story goes on in)
    if (not last.anaphoric or looking_back) and (_past_perfect_tells(main) or _told_in_a_past_perfect(sentence)):
        return narrative  # "X had promised to annex the valley from July 1", "The ministry had said on Thursday
        # that …": background, the story stays where it was (but "X proposed talks on May 11, after Y had
        # demanded …")
    if last.anaphoric:
        known = next((e for e in reversed(expressions) if not e.anaphoric and e.date.known), None)
        narrative = Narrative(known.date, known.text) if known else narrative  # "on Sunday within hours of …"
        date = _moved(narrative.date, last) if narrative else FuzzyDate.unknown()
        late = last.shift == 0 and LATE_IN_THE_DAY.search(last.text) is not None  # "hosted a dinner that evening"
        return Narrative(date, narrative.text, late) if date.known else None
    late = LATE_IN_THE_DAY.search(sentence, max(0, last.start - LATE_REACH), last.end + LATE_REACH) is not None
    return Narrative(last.date, last.text, late) if last.date.known else None


def _last_time_of_the_main_clause(sentence: str, expressions: list[TimeExpression]) -> TimeExpression:
    """The last time, unless it is told in a past perfect after "after" or "since" and the clause before names
    its own: "Fighting resumed early on Wednesday, hours after X had announced a truce on Tuesday": Wednesday."""
    last = expressions[-1]
    subordinators = list(SUBORDINATOR.finditer(sentence, 0, last.start))
    subordinate = subordinators[-1] if subordinators else None  # the one nearest before the time
    if subordinate is None:
        return last
    if (COUNT_BEFORE.search(sentence, 0, subordinate.start()) or subordinate.group().startswith(",")) and \
            subordinate.group().strip(", ") in ("after", "before"):
        return next((e for e in reversed(expressions) if e.end <= subordinators[0].start() and e.date.known
                     and not e.anaphoric), last)  # "The talks opened on Saturday, six days after X signed the truce on
        # October 19": a flashback counted from Saturday, where the story stays
    opens = len(sentence[subordinate.end():last.start].split()) <= OPENING_WORDS  # ", where on Sunday he had
    # headlined a rally": the perfect after the time that opens the clause
    tail = re.search(r";|,\s(?:and|but)\s|$", sentence[last.end:]).start() if opens else 0  # (", where on Sunday
    # he and his daughter, the vice president, had headlined …": the clause runs on past an appositive)
    if not PAST_PERFECT.search(sentence, subordinate.end(), last.end + tail if opens else last.start):
        return last
    return next((e for e in reversed(expressions) if e.end <= subordinate.start() and e.date.known
                 and not e.anaphoric), last)


def _past_perfect_tells(main: str) -> bool:
    """The main part's verb is a past perfect, not one in a thing it names: "On Monday police fired tear gas at a
    march X had called" tells Monday's firing."""
    perfect = PAST_PERFECT.search(main)
    return perfect is not None and not any(
        word in PAST_EVENT_VERBS or _reports_action(word) for word in re.findall(r"[a-z]+", main[:perfect.start()]))


def _told_in_a_past_perfect(sentence: str) -> bool:
    """The sentence's telling is a past perfect: "The ministry had said on Thursday that …", "“…,” X had said on
    Wednesday": said before the story's time, which stays where it was."""
    clause = CLOSED_RELATIVE.sub("", _unquoted(sentence))
    said = REPORTED.search(clause)
    return said is not None and _past_perfect_tells(clause[:said.end()])


def _day_told_after_a_quote(text: str, sentences: list[Sentence], quoted: tuple[tuple[int, int], ...],
                            published: dt.date | None) -> Narrative | None:
    """The day a paragraph tells only in the reporting clause after a quote ("…,” it said on Thursday"): the day
    of all the paragraph says before it; None when a time outside quotes comes first."""
    if not quoted:
        return None
    starts = [start for start, _ in quoted]
    first = next((e for sentence in sentences  # sentence by sentence: the first one that names a time ends the search
                  for e in (_shifted_by(found, sentence.start) for found in find_time_expressions(
                      text[sentence.start:sentence.end], published)
                            if not _in_any(_asides(text[sentence.start:sentence.end]), found.start))  # ("X, who
                  # visited Qatar in May, moved quickly …. “…,” he wrote on Tuesday": May tells no day of it)
                  if not inside_spans(quoted, starts, e.start)), None)
    if first is None or first.anaphoric or not first.date.known or first.date.precision is not Precision.DAY:
        return None
    closing = max((end for _, end in quoted if end <= first.start), default=None)
    if closing is None or text[closing - 1] not in ",.?!" or \
            not QUOTE_TAIL_TELLING.fullmatch(text, closing + 1, first.start):
        return None  # (a whole saying closes with its comma or stop: not the words "verifiable" or "irreversible")
    return Narrative(first.date, first.text)


def _shifted_by(expression: TimeExpression, offset: int) -> TimeExpression:
    """A sentence's time expression placed in its paragraph."""
    return replace(expression, start=expression.start + offset, end=expression.end + offset)


# "…,” it said in a statement on": between a closing quote and the day, the telling of the quote
QUOTE_TAIL_TELLING = re.compile(r",?\s+[^.;:“”\"]{0,60}?\b(?:said|told|added|wrote|posted|stated)\b[^.;:“”\"]{0,40}?"
                                r"\s(?:on|late\s+on|early\s+on|late|early)?\s*")


SET_FOR = re.compile(r"\b(?:set|scheduled|fixed|called|moved|postponed|delayed|brought\s+forward)\s+(?:the|a|an|its|"
                     r"their)\s+(?:[a-z-]+\s+){1,3}?for\s+\Z")  # "set the vote for": the day set, ahead


def _before_a_relative(sentence: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """The times before a relative or "that" clause opened after a time, and none inside it, up to where a new
    clause begins: "apologised on Saturday over a ferry that sank on Wednesday", "announced on Sunday that she would
    fly in on Thursday and watch Saturday's race": Sunday only."""
    kept, inside = [], False
    for k, expression in enumerate(expressions):
        if k and RELATIVE_OPENING.search(sentence, expressions[k - 1].end, expression.start):
            inside = True
        elif k and NEW_CLAUSE.search(sentence, expressions[k - 1].end, expression.start):
            inside = False
        if not inside:
            kept.append(expression)
    return kept


NEW_CLAUSE = re.compile(r";|,\s(?:and|but|while)\s")


def _setting_times(sentence: str, published: dt.date | None, opened: bool = False) -> list[TimeExpression]:
    """The sentence's times that say when its story happens: outside quotes, asides, "since", deadlines; not
    "this month" or "this year", which name the present the story is already in. ``opened``: the sentence starts
    inside a quote opened before it ("We don't know," she told reporters on Thursday.)."""
    since = SINCE.search(sentence)
    asides = _asides(sentence) + [m.span("told") for m in PAST_PARTICIPLE_ASIDE.finditer(sentence)]  # ", elected
    # last Sunday,": the aside's time, not the story's
    expressions = _outside_quotes(sentence, find_time_expressions(sentence, published), opened)
    expressions = _before_a_relative(sentence, expressions)
    setting = [e for e in expressions
               if (e.date.precision not in YEARS or e.start <= YEAR_SETS_TIME
                   or YEAR_OPENING_A_CLAUSE.search(sentence, max(0, e.start - LOOK_BACK), e.start))
               and not (since and _in_the_since_phrase(sentence, e)) and not _is_deadline(sentence, e)
               and not _of_a_thing(sentence, e)
               and not BY_THE_END.search(sentence, max(0, e.start - LOOK_BACK), e.start)
               and not _in_any(asides, e.start) and not _reduced_relative(sentence, e.start)
               and not RELATIVE_PERFECT.search(sentence, max(0, e.start - PHRASE_REACH), e.start)
               and not _dates_a_past_relative(sentence, e, published)
               and not AHEAD_OF_A_THING.search(sentence, max(0, e.start - PHRASE_REACH), e.start)
               and not YEARS_AFTER.search(sentence, max(0, e.start - PHRASE_REACH), e.start)
               and not (THIS_PERIOD.search(e.text) and e.date.precision in COARSE)  # "earlier this month": no move
               and not COMPARED_WITH.search(sentence, max(0, e.start - LOOK_BACK), e.start)
               and not FIGURE_COMPARED.search(sentence, max(0, e.start - LOOK_BACK * 2), e.start)
               and not PUNISHED_FOR.search(sentence, max(0, e.start - PHRASE_REACH), e.start)
               and not RANGE_OPENING.search(sentence, max(0, e.start - LOOK_BACK), e.start)  # "a survey carried
               # out between Feb. 4 and 9": a span something lasted, not where the story goes on
               and not _in_a_span_from_to(sentence, e)  # "three days of mourning, from Thursday to Saturday"
               and not QUOTE_GLOSS.search(sentence, max(0, e.start - PHRASE_REACH), e.start)
               and not RECALLING.search(sentence, max(0, e.start - PHRASE_REACH), e.start)
               and not (_is_future(published, e.date)
                        and SET_FOR.search(sentence, max(0, e.start - LOOK_BACK), e.start))]
    # ("dissolved the Bundestag on Dec. 27 and set the vote for Feb. 23. Two days earlier, …": Dec. 25)
    own = [e for e in setting if not (_after_a_thing(sentence, e.start) and _background(published, e.date))]
    return own if own or len(setting) > 1 else setting  # "X struck on Friday, after talks in May": Friday; "The
    # crisis erupted after explosions on Oct. 9. … two days later": the one time told is where the story is


RANGE_OPENING = re.compile(r"\bbetween\s+\Z")
SPAN_FROM = re.compile(r"\bfrom\s+\Z")
SPAN_TO = re.compile(r"\bfrom\s+[^,;.]{1,30}?\s+(?:to|until|till|through)\s+\Z")
SPAN_GOES_ON = re.compile(r"\s+(?:to|until|till|through)\s")


def _in_a_span_from_to(sentence: str, expression: TimeExpression) -> bool:
    """Either end of "from Thursday to Saturday": how long something lasts, not a time the story goes on at."""
    if SPAN_FROM.search(sentence, max(0, expression.start - LOOK_BACK), expression.start):
        return SPAN_GOES_ON.match(sentence, expression.end) is not None
    return SPAN_TO.search(sentence, max(0, expression.start - LOOK_BACK), expression.start) is not None
# "…,” Modi said, an allusion to India's decision last month …": what the writer says the words allude to
QUOTE_GLOSS = re.compile(r"\b(?:said|says|added|told\s+[\w.]+)\s*,\s+(?:an?|the)\s[^,;.“”\"]*\Z")
# "…, echoing the word X mouthed as agents hustled him off the stage on Saturday": a time recalled, where the story
# does not go on (though the clause may be told as of that time)
RECALLING = re.compile(r",\s+(?:echoing|recalling|evoking|mirroring|reprising)\s[^;.]*\Z")


def _dates_a_past_relative(text: str, expression: TimeExpression, published: dt.date | None) -> bool:
    """A time of the background that ends a relative clause ("the war that began in 2011") dates that clause, not
    the one around it; one of the story's own days ("police fought men who stormed the village on Sunday") is
    most often the main clause's too, unless that is in the present perfect."""
    found = _past_relative(text, expression)
    return found is not None and (_background(published, expression.date)
                                  or PRESENT_PERFECT.search(text, 0, found.start()) is not None  # "X has admitted
                                  # leading gunmen who clashed with police earlier this week": the admitting is now
                                  or found.group("verb") in ONSET_VERBS)  # "…, capping three days of talks that
    # began on Sunday": when the talks began, not the signing that capped them


ONSET_VERBS = frozenset("began started opened erupted".split())
SUBJECT_PRONOUNS = frozenset("he she they it we".split())


def _past_relative(text: str, expression: TimeExpression) -> re.Match | None:
    """The relative clause in the past that ``expression`` ends ("the war that began in 2011", "the
    controls it unveiled on October 9"): it dates the thing it describes, not the clause around it (but "said
    that troops crossed on Monday" reports, it describes nothing)."""
    position = expression.start
    if text[expression.end:expression.end + 2] in ("'s", "’s"):
        return None  # "the hours that followed Tuesday's talks": the talks' day
    found = RELATIVE_PAST.search(text, max(0, position - PHRASE_REACH), position) or \
        RELATIVE_PAST_NAMED.search(text, max(0, position - PHRASE_REACH), position) or \
        CONTACT_RELATIVE.search(text, max(0, position - PHRASE_REACH), position)
    head = found.group("head").lower() if found else ""
    if found is None or head in NOT_A_HEAD or REPORTED_HEAD.fullmatch(head):
        return None
    if found.group("pronoun") not in ("that", "which", "who") and found.group("before") in TELLING:
        return None  # "told reporters she arrived on Monday": what she told, no relative clause
    if found.group("pronoun") in SUBJECT_PRONOUNS and OPENING_PHRASE.match(text, 0, found.start("pronoun")):
        return None  # "After leaving the White House he founded the center in 1982": the phrase that opens the
        # sentence, then its subject
    verb = found.group("verb")
    if not (verb in PAST_EVENT_VERBS or verb in ("was", "were") or _reports_action(verb)):
        return None
    between = re.findall(r"[,\w]+", text[found.end("verb"):position])
    if between[-1:] and between[-1].lower() in DETERMINERS:
        return None  # "the arrests that followed the Jan. 6 storming": the storming's day
    main_verb = any(_past_verb(word) and between[k - 1] not in ("and", "or", ",")
                    for k, word in enumerate(between) if k)
    return None if main_verb else found  # "Lebanese who fled the bombing poured back on Wednesday": the pouring's


def _past_verb(word: str) -> bool:
    return word in PAST_EVENT_VERBS or word in PAST_AUXILIARIES or _reports_action(word)


def _relative_events(paragraph: Paragraph, clause: Clause, last_person: Mention | None) -> list[EventFinding]:
    """"would suspend the export controls it unveiled on October 9", "the declaration he signed with Y on April
    27", "fighting that escalated into all-out war in mid-September": a thing described by a relative clause
    with a past time of its own is an event of that time (asides set off by commas are ``_aside_events``')."""
    text = paragraph.text[clause.start:clause.end]
    published, events = paragraph.time.published, []
    asides = _asides(text)
    for expression in find_time_expressions(text, published):
        found = _past_relative(text, expression) if expression.date.known else None
        member = _member_of_a_body(paragraph, clause, found, expression) if found is not None else None
        if member is not None and not paragraph.named_already(member.sentence):
            paragraph.note_named(member.sentence)
            events.append(member)
            continue
        if found is None or found.group("pronoun") and _in_any(asides, found.start("pronoun")) or \
                _inside_quote(text, found.start()) or _is_future(published, expression.date) or \
                _names_an_entity(paragraph, clause, found):
            continue  # (", the president Congress removed on Oct. 10,": an aside with no pronoun is told here)
        apposed = _apposed_to(paragraph, clause, found)
        start = apposed[0].start - clause.start if apposed else \
            _described_thing_start(text, found.start("head"), found.end("head"))  # "Fuad Shukr, the commander …"
        tail = RELATIVE_TAIL.match(text, expression.end).group()  # "… on Monday at X"
        end = expression.end + len(re.sub(r"\s+(?:and|or|but)\s*\Z", "", tail))
        told, pronoun = text[start:end], found.group("pronoun")
        participants = paragraph.mentions_in(clause.start + start, clause.start + end)
        named = found.groupdict().get("named")
        doer = None if named else _relative_doer(paragraph, clause, start, pronoun, last_person)
        if named and pronoun:
            told = told.replace(f" {pronoun} ", " ", 1)  # "the truce that Haddad signed" → "the truce Haddad signed"
        elif doer is not None:
            told = told.replace(f" {pronoun} ", f" {doer.text} ", 1)
            participants = [doer, *participants]
        if not any(m.kind.is_actor for m in participants):  # "Egypt brokered the truce that took effect …": the
            participants += [m for m in paragraph.mentions_in(clause.start, clause.end) if m.kind.is_actor] or \
                _story_parties(f"A {told}", paragraph.time.parties)  # clause's actors, or the story's sides
        summary = _summary(told)
        if paragraph.named_already(summary) or not participants:
            continue
        paragraph.note_named(summary)
        events.append(EventFinding(paragraph.source, summary, tuple(_once(tuple(participants))), expression.date,
                                   expression.text, EventStatus.HAPPENED))
    return events


def _member_of_a_body(paragraph: Paragraph, clause: Clause, found: re.Match,
                      expression: TimeExpression) -> EventFinding | None:
    """"Ihar Karnei, a former journalist with Radio Liberty who was arrested in 2023": "who" after a body's name
    tells of the person the phrase describes, not of the body."""
    text, head = paragraph.text[clause.start:clause.end], clause.start + found.start("head")
    if found.group("pronoun") != "who" or _inside_quote(text, found.start()) or \
            _is_future(paragraph.time.published, expression.date):
        return None
    body = next((m for m in paragraph.mentions_in(head - MENTION_REACH, head + 1)
                 if m.start <= head < m.end and m.kind is not EntityKind.PERSON), None)
    opening = body.start if body else 0
    for joined in reversed(paragraph.mentions_in(clause.start, opening)):
        if joined.end == opening - 1 and paragraph.text[joined.end] == "/":
            opening = joined.start  # "Radio Free Europe/Radio Liberty"
    if body is None or not MEMBER_OF.search(paragraph.text, max(clause.start, opening - MENTION_REACH), opening):
        return None
    people = [m for m in paragraph.mentions_in(clause.start, opening) if m.kind is EntityKind.PERSON]
    if not people:
        return None
    end = expression.end + len(RELATIVE_TAIL.match(text, expression.end).group())
    told = f"{people[-1].text} {text[found.end('pronoun'):end].strip()}"
    return EventFinding(paragraph.source, _summary(told), (people[-1],), expression.date, expression.text,
                        EventStatus.HAPPENED)


MEMBER_OF = re.compile(r"\b[a-z]{3,}\s+(?:with|of|at|for|from)\s+(?:the\s+)?\Z")  # "a journalist with ", "a member
# of the "


def _apposed_to(paragraph: Paragraph, clause: Clause, found: re.Match) -> list[Mention]:
    """What a described thing set off by a comma stands for: "In Manta and Salinas, the two sites X toured",
    "Fuad Shukr, the commander Israel killed": the names before the comma."""
    if not found.group().startswith(","):
        return []
    end, named = clause.start + found.start(), []
    for mention in reversed(paragraph.mentions_in(max(clause.start, end - PHRASE_REACH), end)):
        if not NAMES_JOINED.fullmatch(paragraph.text, mention.end, end):
            break
        named.insert(0, mention)
        end = mention.start
    return named


NAMES_JOINED = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?")  # what stands between the names of a list


def _names_an_entity(paragraph: Paragraph, clause: Clause, found: re.Match) -> bool:
    """The relative's head word is part of an actor's or a place's name: "a truce brokered by the United States
    that took effect …" describes the truce, not the state (but "the Panmunjom Declaration he signed" is a thing)."""
    head = clause.start + found.start("head")
    return any(m.start <= head < m.end for m in paragraph.mentions_in(head - MENTION_REACH, head + 1))


def _described_thing_start(text: str, head_start: int, head_end: int) -> int:
    """Where the noun phrase a relative clause describes opens: its determiner, not reaching back over a preposition
    ("the ministers signed the document after three days of talks that began on Monday": "three days of talks")."""
    start = _noun_phrase_start(text, head_end)
    start = head_start if start >= head_end else start
    prepositions = list(NOUN_PHRASE_BREAK.finditer(text, start, head_start))
    start = prepositions[-1].end() if prepositions else start
    first = text[start:head_start].split()[:1]
    opens = not first or first[0][0].isupper() or first[0][0].isdigit() or first[0].lower() in PHRASE_OPENERS
    return start if opens else head_start  # "would end nearly 14 months of fighting that …": "fighting that …"


def _relative_doer(paragraph: Paragraph, clause: Clause, start: int, pronoun: str,
                   last_person: Mention | None) -> Mention | None:
    """Who "he" or "it" in a relative clause without a pronoun of its own is: the last person, or the clause's
    first actor ("China would suspend the controls it unveiled": China)."""
    if pronoun in ("he", "she"):  # "Putin's own ideas, including a letter he sent": the person just named
        named = [m for m in paragraph.mentions_in(clause.start, clause.start + start) if m.kind is EntityKind.PERSON]
        person = named[-1] if named else paragraph.names.previous_person(clause.start + start, last_person)
        return person if isinstance(person, Mention) else None
    if pronoun in ("it", "they", "we"):
        return next((m for m in paragraph.mentions_in(clause.start, clause.start + start) if m.kind.is_actor), None)
    return None


def _reduced_relative(sentence: str, position: int) -> bool:
    """"… the talks held on Monday": a noun and its participle before the time (not the sentence's own subject
    and verb, "The incident happened on Christmas")."""
    found = REDUCED_RELATIVE.search(sentence, max(0, position - PHRASE_REACH), position)
    return found is not None and not SUBJECT_ONLY.fullmatch(sentence, 0, found.start())


def _last_day_stated(stated: Narrative | None, expressions: list[TimeExpression]) -> Narrative | None:
    """The last day the text named (of a sentence's ``_setting_times``), background included: "hours later"
    after "X had warned on Wednesday" is hours after Wednesday, though the story's own time is elsewhere."""
    days = [e for e in expressions if e.date.precision is Precision.DAY and not e.anaphoric]
    return Narrative(days[-1].date, days[-1].text) if days else stated


def _last_time_named(named: Narrative | None, sentence: str, published: dt.date | None) -> Narrative | None:
    """The last time a sentence names outside its quotes, told as background or not ("since 1987", "had visited
    Kenya in 2019"), or ``named`` when it names none."""
    times = [e for e in _outside_quotes(sentence, find_time_expressions(sentence, published))
             if e.date.known and not e.anaphoric]
    return Narrative(times[-1].date, times[-1].text) if times else named


def _last_day_ahead(ahead: Narrative | None, expressions: list[TimeExpression],
                    published: dt.date | None) -> Narrative | None:
    """The last day after publication the text named ("Kim will cross the border on Friday"): the day the
    plans it goes on to tell with no day of their own are for ("The leaders will plant a tree in the
    afternoon")."""
    days = [e for e in expressions if e.date.precision is Precision.DAY and not e.anaphoric
            and _is_future(published, e.date)]
    return Narrative(days[-1].date, days[-1].text) if days else ahead


AHEAD_NAMED_BEFORE = " (the day ahead named before)"


def _last_planned_day(ahead: Narrative | None, events: list[EventFinding],
                      published: dt.date | None) -> Narrative | None:
    """The day of the sentence's last plan dated to a day ahead ("until Monday morning, when he is due to have
    breakfast with X"), else ``ahead``: a time no setting time gives, as it follows "until"."""
    days = [e for e in events if e.status is EventStatus.PLANNED and e.date.precision is Precision.DAY
            and e.date_text and _is_future(published, e.date)]
    return Narrative(days[-1].date, days[-1].date_text.removesuffix(AHEAD_NAMED_BEFORE)) if days else ahead


def _after_a_thing(text: str, position: int) -> bool:
    """"It was their third meeting, after talks in Panama last April": the time of a thing the story looks back
    to, named without a verb (not "after Russia and Ukraine signed the deal on July 22")."""
    found = AFTER_OR_BEFORE.search(text, max(0, position - PHRASE_REACH), position)
    return found is not None and not _tells_a_past(found.group("phrase")) and \
        not re.match(r"\s*[a-z]{2,}ing\b", found.group("phrase"))  # "before flying to Warsaw on May 12": a deed


def _tells_a_past(words: str) -> bool:
    """The words hold a past verb that reports a happening ("signed", "met")."""
    return any(_reports_action(w) or w in PAST_EVENT_VERBS for w in re.findall(r"\b[a-z]+\b", words))


def _of_a_thing(text: str, expression: TimeExpression) -> bool:
    """The time names a thing the clause speaks of, after "of" or "from": "the winner of the July 28 election",
    "tally sheets from Sunday's election" (not the time of the winning, nor of the collecting); or a day
    written before the thing's noun: "arrested over the March 4 curfew decree", "called the October 7 attacks
    an act of terror"."""
    if HAPPENINGS_OF.search(text, max(0, expression.start - LOOK_BACK), expression.start) is not None:
        return True  # "over the dramatic events of March 4-5"
    if A_FALL_OF.search(text, max(0, expression.start - PHRASE_REACH), expression.start) is not None:
        return True  # "rejected comparisons with the fall of Saigon in 1975" (not "ordered the invasion of X in …")
    if ANNIVERSARY_OF.search(text, max(0, expression.start - PHRASE_REACH), expression.start) is not None and \
            expression.relation not in ("past", "narrative"):
        return True  # "the anniversary of the fall of the dictatorship on May 16, 1961" (not "marked the
        # anniversary of the protests last Wednesday": a day of the marking, a year or more after what it marks)
    if THING_OF_A_TIME_BEFORE.search(text, max(0, expression.start - LOOK_BACK), expression.start) is not None:
        return THING_OF_A_TIME_AFTER.match(text, expression.end) is not None
    if expression.date.precision is Precision.DAY and DAYS_THING.match(text, expression.end) and \
            re.search(r"\b[a-z]+\s+\Z", text[max(0, expression.start - LOOK_BACK):expression.start]) and \
            not HURT_IN_A_DAYS_THING.search(text, max(0, expression.start - LOOK_BACK), expression.start) and \
            not HELD_A_DAYS_THING.search(text, max(0, expression.start - LOOK_BACK), expression.start) and \
            not WON_IN_A_DAYS_THING.search(text, max(0, expression.start - PHRASE_REACH), expression.start):
        return True  # "blamed Norway for Friday's strike" (but "were killed in Tuesday's attack", "won Monday's
        # election": that day)
    thing = THING_BEFORE_ITS_DAY.search(text, max(0, expression.start - LOOK_BACK), expression.start)
    if expression.date.precision is Precision.MONTH and thing is not None and thing.start() > 0 and \
            re.fullmatch(r"[A-Z][a-z]+", expression.text) and THING_OF_A_DAY_AFTER.match(text, expression.end):
        return not WON_A_VOTE.search(text, max(0, thing.start() - WORD_REACH), thing.end())  # "claims that the
        # November election had been stolen": the election's month (but "boycotted the January election": then)
    return expression.date.precision is Precision.DAY and thing is not None and \
        THING_OF_A_DAY_AFTER.match(text, expression.end) is not None and \
        not WON_A_VOTE.search(text, max(0, thing.start() - WORD_REACH), thing.end())  # "won the Nov. 8 election"


def _times_of_an_aside_after_the_subject(clause: str, expressions: tuple[TimeExpression, ...]) -> set[int]:
    """"The council, after an emergency session on Friday, announced on Saturday …": the session's time, in an
    aside between the subject and its verb, where the verb tells its own (by where each starts)."""
    aside = SUBJECT_ASIDE.match(clause)
    if aside is None or not _subject_only(aside.group("subject")) or \
            not any(e.date.known and e.start >= aside.end() for e in expressions):
        return set()
    return {e.start for e in expressions if aside.start("aside") <= e.start < aside.end()}


SUBJECT_ASIDE = re.compile(r"\W*(?P<subject>[^,;“”\"]{1,80}),\s(?P<aside>(?:after|before|following|during)\s"
                           r"[^,;“”\"]{1,160}),\s(?=[a-z])")


def _day_told_before_it(clause: str, anaphoric: TimeExpression, published: dt.date | None) -> Narrative | None:
    """"X, who had addressed the assembly earlier on Thursday, welcomed the truce that evening": the day the
    clause itself names before "that evening" or "the same day", though in an aside."""
    if not SAME_TIME.match(anaphoric.text):
        return None
    days = [e for e in find_time_expressions(_unquoted(clause), published) if e.date.known and not e.anaphoric
            and e.date.precision is Precision.DAY and e.end <= anaphoric.start]
    return Narrative(days[-1].date, days[-1].text) if days else None


def _a_share_of(text: str, expression: TimeExpression) -> bool:
    """"won 58.2% of Sunday's vote": the time of the vote a share was won in (not "Final figures showed X won
    41% of Sunday's vote": the showing's)."""
    share = A_SHARE_OF.search(text, max(0, expression.start - LOOK_BACK), expression.start)
    return share is not None and not SHOWN.search(text, 0, share.start())


SHOWN = re.compile(r"\b(?:showed|shows|show|said|says|according|confirmed|announced|reported|published)\b")


def _of_a_relative_clause(text: str, expression: TimeExpression) -> bool:
    """The time ends a relative clause with no "that" on a noun the clause acts on: "reopened the airport it
    closed on Thursday", "lifted the curfew they imposed on Friday night" (the closing's time, the imposing's)."""
    found = RELATIVE_CLAUSE_BEFORE.search(text, max(0, expression.start - PHRASE_REACH), expression.start)
    return found is not None and len(text[:found.start()].split()) >= 2


def _a_thing_ahead(text: str, expression: TimeExpression, published: dt.date | None) -> bool:
    """A day ahead that names a thing after a past verb: "She downplayed a Nov. 27 deadline set by X"."""
    if not (expression.date.known and _is_future(published, expression.date)) or \
            not DETERMINER_BEFORE.search(text, max(0, expression.start - LOOK_BACK), expression.start) or \
            THING_OF_A_TIME_AFTER.match(text, expression.end) is None:
        return False
    return _tells_a_past(text[max(0, expression.start - PHRASE_REACH):expression.start])


def _past_of_a_perfect(text: str, expression: TimeExpression, published: dt.date | None) -> bool:
    """A past year or month after a state in the present perfect ("The summit has been a far cry from the
    tensions in 2021"): a state up to now has no past time of its own, so the time is a thing's the clause
    speaks of (but "have met only at the G20 in July 2017" lists the meetings' times)."""
    if expression.date.precision not in COARSE or not _background(published, expression.date):
        return False
    perfect = STATE_PERFECT.search(text, max(0, expression.start - PHRASE_REACH), expression.start)
    return perfect is not None and not SINCE_OR_FOR.search(text, perfect.end(), expression.start)


def _onset_of_a_thing(text: str, expression: TimeExpression) -> bool:
    """"Kenya and Norway have agreed to a pause starting Saturday": the day the agreed thing begins, after a verb
    that already happened (the agreeing is of its own time)."""
    before = text[max(0, expression.start - LOOK_BACK):expression.start].split()
    return bool(before) and before[-1].lower() in ONSET_WORDS and \
        _tells_a_past(text[max(0, expression.start - PHRASE_REACH):expression.start]) and \
        not LEFT_EFFECTIVE.search(text, max(0, expression.start - LOOK_BACK), expression.start)


# "resigned effective Sept. 1": the day the leaving took effect
LEFT_EFFECTIVE = re.compile(r"\b(?:resign(?:ed|s)?|(?:stepped|steps)\s+down|quit|retire[sd]?),?\s+effective\s+\Z")


def _outside_quotes(sentence: str, expressions: tuple[TimeExpression, ...],
                    opened: bool = False) -> list[TimeExpression]:
    """The expressions outside quotation marks; ``opened``: the sentence starts inside a quote opened before it
    ("…. On May 2, we failed,” X told the panel on Monday")."""
    closed = min((i for i in (sentence.find("”"), sentence.find('"')) if i >= 0), default=-1) if opened else -1
    rest = sentence[closed + 1:]
    return [e for e in expressions if e.start > closed and not _inside_quote(rest, e.start - closed - 1)]


def _moved(date: FuzzyDate, expression: TimeExpression) -> FuzzyDate:
    """A narrative date moved as ``expression`` tells: by its days, or on to the weekday it names ("the following
    Monday")."""
    weekday = following_weekday(expression.text)
    if weekday is None or date.precision is not Precision.DAY:
        return _shifted(date, expression.shift)
    return _shifted(date, (weekday - dt.date(date.year, date.month, date.day).weekday() - 1) % 7 + 1)


def _shifted(date: FuzzyDate, days: int | None) -> FuzzyDate:
    """A narrative date moved by ``days``; a coarser date stays as it is while the shift most likely stays inside
    it ("in March 2019 …. Three days later": March 2019), else is lost."""
    if not days:
        return date
    if days % YEAR_DAYS == 0 and date.year is not None:  # "the following year": the year only
        return FuzzyDate(date.year + days // YEAR_DAYS, None, None, Precision.YEAR)
    if days % MONTH_DAYS == 0 and date.year is not None and date.month is not None:  # "the following month"
        year, month = divmod(date.year * 12 + date.month - 1 + days // MONTH_DAYS, 12)
        return FuzzyDate(year, month + 1, 1, Precision.MONTH)
    if date.precision is Precision.DAY and date.year is not None:
        return FuzzyDate.of_day(dt.date(date.year, date.month, date.day) + dt.timedelta(days=days))
    return date if abs(days) <= COARSE_SHIFT_REACH.get(date.precision, 0) else FuzzyDate.unknown()


PAIR_OPENED = re.compile(r"\b(?:between|both)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+\Z")
PAIR_REACH = 60
BETWEEN_OPEN = re.compile(r"\bbetween\b(?!.*\band\b)", re.S)  # "between" whose "and" is yet to come


def _only_a_time(phrase: str, published: dt.date | None) -> bool:
    """A sentence's opening phrase that is a time and nothing else ("Late on Monday", "On Friday")."""
    words = phrase.split()
    if not words or len(words) > OPENING_WORDS + 1 or not words[0][:1].isupper():
        return False
    found = find_time_expressions(phrase, published)
    return bool(found) and found[-1].end >= len(phrase.rstrip())


def _clauses(text: str, sentence: Sentence, published: dt.date | None, lead: bool = False) -> list[Clause]:
    start, subordinate = sentence.start, False
    if lead and (dateline := DATELINE.match(text, sentence.start)):
        start = dateline.end()  # "ISTANBUL, May 16 (Reuters) -": the date of the copy, not of the news
    spans, body = [], text[sentence.start:sentence.end]
    dashes = [m.start() for m in PAIRED_DASH.finditer(body)]
    lag, cue, shares, planned, when, series, joined = None, "", False, False, False, False, False
    for match in CLAUSE_BREAK.finditer(body):
        gerund = match.group("gerund") or match.group("participle") is not None or \
            (match.group("sub") or match.group("counted")) and GERUND.match(body, match.end()) is not None
        if gerund and (not _dated_phrase(body, match.end(), published) or IN_ASIDE.search(body, 0, match.start())
                       or FIRST_OR_LAST.search(" ".join(body[:match.start()].split()[-2:]))):
            continue  # "…, after meeting Erdogan in Ankara, Zelenskiy agreed", "his first since securing …": no clause
        if match.group("participle") is not None and (not _dated_phrase(body, match.end(), published, on_a_day=True)
                                                      or PLANNED.search(body, 0, match.start())):
            continue  # "…, pointing to the 2014 annexation": a word on a thing, no deed of its own day; "is set to
            # host the forum, welcoming delegations on Friday": the plan's own part
        if match.group().strip() == "—" and _paired_dash_aside(body, match.start(), dashes):
            continue  # "The summit of BRICS countries — Brazil, Russia, India — will bring …": an aside, one clause
        if match.group("andgerund") is not None and not (
                GERUND.match(body, start - sentence.start) and _dated_phrase(body, start - sentence.start, published)
                and _told_with_its_own_time(body, match.end(), published)):
            continue  # "…, meeting X and signing Y": one happening (but "…, lunching with X on Nov. 27 and meeting
            # Y the day after": two, each of its day)
        if match.group("meanwhile") and GERUND.match(body, match.end()):
            continue  # "X wept while leading prayers at Tehran University": one happening, where it was
        if match.group("dir") == "before" and BEFORE_AN_AUDIENCE.match(body, match.end()):
            continue  # "On the South Lawn, before several hundred guests, Netanyahu signed": a place, not a time
        if (match.group("dir") or match.group("dir2")) and A_HAPPENING_NAMED.match(body, match.end()) and \
                not any(e.date.known and not e.anaphoric for e in find_time_expressions(
                    body[start - sentence.start:match.start()], published)):
            continue  # "Protests broke out the day after the vote": a time told from the vote, no clause of its own
            # (but "… on Oct. 8, a day after the Hamas attack": the attack, a day before, is told too)
        if match.group("andthat") and not any(e.date.known or e.anaphoric for e in find_time_expressions(
                body[match.end():], published)):
            continue  # "wrote that X would not be replaced, and that Y would carry on": one telling, no day of its own
        if match.group("when") and not ENDS_WITH_TIME.search(body, 0, match.start()):
            continue  # "…, when X said": the same happening, told on
        if match.group("andname") is not None and PAIR_OPENED.search(body, max(0, match.start() - PAIR_REACH),
                                                                      match.start()):
            continue  # "the war between Kenya and Norway began in April": one subject, two names
        if match.group("joined2") and BETWEEN_OPEN.search(body, 0, match.start()):
            continue  # "the truce between the government, backed by X, and the rebels has held": one subject
        if (match.group("splice") is not None or match.group("andname") is not None) and \
                not _a_clause_before(body[start - sentence.start:match.start()]):
            continue  # "In April, Mogadishu expelled …": an opening phrase, not a clause before a second one
        if match.group("plans") is not None and (OPENING_PHRASE.match(body, 0, match.start())
                                                 or SAID_BEFORE.search(body, 0, match.start())):
            continue  # "Under the deal, defence attaches will …", "…, he said, Israel will …": no clause of its own
        if match.group("series") is not None and not FUTURE_MODAL.search(body, 0, match.start()):
            continue  # "… to meet dissidents": a series of plain verbs goes on a plan only
        if match.group("serial") is not None and not (
                _dated_phrase(body, match.end(), published, on_a_day=True)
                and _a_clause_before(body[start - sentence.start:match.start()])
                and not APPOSITIVE_TO_THE_END.search(body, start - sentence.start, match.start())
                and not OPEN_RELATIVE.search(body, start - sentence.start, match.start())):
            continue  # "X, accused of graft, resigned", "…, armed with rifles": an aside, no second deed of its day;
            # "believed Jabbar, a U.S. citizen from Texas, picked up the truck": the comma closes an appositive,
            # "X, who had never held office, won …": a relative one
        if match.group("coordthen") and not _a_clause_before(body[start - sentence.start:match.start()]):
            continue  # "Harris and her husband, second gentleman X, then laid a wreath": one subject, one deed
        if match.group("coord") and body[match.end():].split(" ", 1)[0] in ED_ADJECTIVES:
            continue  # "the transitional authority and armed groups signed": one subject, not a second verb
        if match.group("coord") and body[match.end():].split(" ", 1)[0] in CASUALTY_SEQUELS and \
                KILLED.search(body, max(0, match.start() - PHRASE_REACH), match.start()):
            continue  # "killed at least 80 people and wounded 150 others": one toll, one event
        if match.group("coord") and (IN_ASIDE.search(body, 0, match.start()) or
                                     INNER_CLAUSE.search(body, max(0, match.start() - PHRASE_REACH), match.start())
                                     or TOLD_CLAUSE.search(body, max(0, match.start() - PHRASE_REACH), match.start())):
            continue  # "the train, which left Pyongyang and crossed into China, pulled in", "a dispute that has
            # ruined thousands, displaced millions and left …": the inner clause's verbs
        if match.group("bare") and (len(body[:match.start()].split()) <= OPENING_WORDS
                                    or _a_name_before(body[:match.start()].split()[-1])):
            continue  # "Hours before he landed, North Korea had tested …": an opening clause, read as a time (but
            # "gave tolls on Sunday after Taliban forces attacked …" is a clause of its own)
        if match.group("dir") and match.group().startswith(",") and match.group("lag") is None and \
                _subject_only(body[start - sentence.start:match.start()]):
            continue  # "Gallant, after consultations with Halevi, said …": an aside between a subject and its verb
        if gerund and match.group().startswith(",") and _subject_only(body[start - sentence.start:match.start()]) \
                and _verb_after_an_aside(body, match.end()):
            continue  # "Police chief X, speaking at a news conference on Sunday, called it …": the speaking's day
        if match.group("dir") and _only_a_time(body[start - sentence.start:match.start()], published):
            continue  # "Late on Monday, after a meeting with the army chief, the president said …": one clause, its
            # time the opening one
        if match.group().startswith(", and") and _appositive_subject(body[start - sentence.start:match.start()]):
            continue  # "General X, deputy head of the council, and Y of the coalition put their initials …"
        since_comma = DATE_COMMA.sub("", body[:match.start()]).rsplit(",", 1)[-1]  # ("April 12, 2026": one item)
        ends_list = match.group().startswith(", and") or match.group().startswith(", but") and \
            match.group("coord2") is None  # (", May 18, but two days later asked …": a deed after a date)
        ends_list = ends_list and len(since_comma.split()) <= LIST_ITEM_WORDS and \
            not DATED_DEED.match(body, match.end()) and not _a_second_deed(body, match) and \
            not any(w in PAST_EVENT_VERBS or w.islower() and (_past_verb(w) or w in SAYING_PASTS)
                    for w in since_comma.split()) and \
            not (match.group("joined2") and re.search(r"[0-9]", since_comma))  # "…, at around 3 a.m., and the
        # 73-year-old was driven …"
        # "coups in 1960, 1971 and 1980, and in 1997 forced …", "capturing Lodz on Jan. 27, and seized Kalisz", "X
        # met Y on Monday, and Z will fly …"
        if not _inside_quote(body, match.start()) and not ends_list:
            spans.append(Clause(start, sentence.start + match.start(), subordinate, lag, cue, shares, planned, when,
                                series, joined))
            series = match.group("series") is not None
            joined = bool(match.group("joined") or match.group("joined2")) or match.group("splice") is not None \
                or match.group("andname") is not None or match.group("andthat") is not None
            ended = body[start - sentence.start:match.start()]
            start = sentence.start + match.end()
            shares = bool(gerund) or any(match.group(g) is not None
                                         for g in ("coord", "coord2", "coordthen", "coordplan", "when", "series",
                                                   "serial", "andgerund"))
            planned = any(match.group(g) is not None for g in ("absolute", "plans", "series", "coordplan")) or \
                bool(gerund) and match.group("participle") is None and FUTURE_MODAL.search(ended) is not None
            # "is due to address … before meeting X on Thursday", "… for talks with Y, before meeting X on
            # Thursday": the meeting is ahead too
            subordinate = any(match.group(g) is not None
                              for g in ("sub", "counted", "coord", "coord2", "coordthen", "serial", "coordplan",
                                        "absolute", "when", "andgerund",
                                        "since", "until", "bare", "gerund", "participle", "meanwhile", "series"))
            lag, cue = _lag(match), (match.group("sub") or match.group("counted") or match.group("bare")
                                     or match.group("gerund") or "")
            concurrent = match.group("absolute") is not None and ABSOLUTE_GERUND.match(body, match.end())
            planned = planned and not concurrent  # "…, with X calling on supporters to block roads": at that time
            # a second predicate of the same sentence, "when", "where", "while", "with X doing": the main clause's time
            lag = 0 if shares or match.group("sub") == "where" or match.group("meanwhile") or concurrent else lag
            if match.group("bare"):  # "published on September 29 after he hosted …", "hours after Hamas …"
                counted = COUNTED_BEFORE.search(body, 0, match.start())  # "two years after": how long, not known
                lag, cue = (None, "") if counted else (0, cue)
            when = match.group("when") is not None
    spans.append(Clause(start, sentence.end, subordinate, lag, cue, shares, planned, when, series, joined))
    return [c for c in spans if text[c.start:c.end].strip()]


ABSOLUTE_GERUND = re.compile(r"(?:[\w'’.-]+\s+){1,4}?[a-z]{3,}ing\b")  # "with Morales calling …", no "with X to …"


def _a_name_before(word: str) -> bool:
    """A capitalised word that is no day's name: what a bare "after" or "before" then follows is no clause."""
    return word[:1].isupper() and word.strip(",.").lower() not in WEEKDAYS


def _a_second_deed(body: str, match: re.Match) -> bool:
    """", and seized Kalisz": a verb in the past right after ", and" is a second deed, never a list's last item."""
    word = body[match.end():].split(" ", 1)[0]
    return match.group("coord") is not None and (word in PAST_VERBS or re.fullmatch(r"[a-z]{3,}ed", word) is not None)


def _paired_dash_aside(body: str, dash: int, dashes: list[int]) -> bool:
    """The dash at ``dash`` opens or closes the sentence's one pair of dashes (at ``dashes``) around a short aside
    with no verb of its own (a list, an appositive)."""
    if len(dashes) != 2 or dash not in dashes:
        return False
    aside = body[dashes[0] + 3:dashes[1]]
    words = re.findall(r"[a-z]+", aside)
    return len(aside.split()) <= DASH_ASIDE_WORDS and not any(_reports_action(w) or w in AUXILIARIES for w in words)


def _dated_phrase(body: str, start: int, published: dt.date | None, on_a_day: bool = False) -> bool:
    """The phrase from ``start`` to the next comma names a time of its own: "… after meeting X in Oslo on Monday"
    is a happening of its own; "… after meeting X" is part of the one before. ``on_a_day``: a day or month
    it happened on or in ("capturing Lodz on Jan. 27"), not a year that names a thing ("the 2014 annexation")."""
    phrase = re.split(r";|,(?![0-9]{3}\b)", body[start:start + PHRASE_REACH], maxsplit=1)[0]  # "2,000": one number
    return any(e.date.known and not e.anaphoric and not (on_a_day and (e.date.precision is Precision.YEAR or not
                                                                       ON_OR_IN.match(phrase, 0, e.start)))
               for e in find_time_expressions(phrase, published))


def _told_with_its_own_time(body: str, start: int, published: dt.date | None) -> bool:
    """The phrase from ``start`` to the next comma tells a time of its own, a day named or one counted on ("the
    day after")."""
    phrase = re.split(r";|,(?![0-9]{3}\b)", body[start:start + PHRASE_REACH], maxsplit=1)[0]
    return any(e.date.known or e.anaphoric and e.shift for e in find_time_expressions(phrase, published))


ON_OR_IN = re.compile(r"^(?!.*\b(?:will|would|to)\s).*\b(?:on|in)\s+(?:early\s+|mid-|late\s+)?\Z")  # not "…, hoping
# to meet him on May 5": a plan's day


def _a_clause_before(text: str) -> bool:
    """The words before a comma tell a happening of their own, by a verb in the past, outside an opening phrase
    ("Gerald Ford and Leonid Brezhnev signed the accords in 1975, George Bush met …")."""
    if OPENING_PHRASE.match(text) or RELATIVE_TO_AN_EVENT.match(text) or len(text.split()) <= OPENING_WORDS:
        return False  # "In April,", "Hours before he landed,": what opens the clause, not a clause before it
    return any(w in PAST_EVENT_VERBS or _reports_action(w) for w in re.findall(r"[a-z]+", _unquoted(text)))


def _subject_only(text: str) -> bool:
    """The words before a comma are a short capitalised subject with no verb: "Gallant", "The Kenyan envoy"."""
    words = text.split()
    named = len(words) <= NAMED_SUBJECT_WORDS and all(w[:1].isupper() or w in NAME_JOINTS for w in words)  # "The
    # African Union's Peace and Security Council"
    return 0 < len(words) and (named or len(words) <= SUBJECT_WORDS) and text.lstrip()[:1].isupper() and \
        AUXILIARY.search(text) is None and REPORTED.search(text) is None and \
        not any(w in PAST_EVENT_VERBS or _reports_action(w) for w in re.findall(r"\b[a-z]+\b", text))


OPEN_RELATIVE = re.compile(r",\s(?:who|which|whose)\s(?:[^,;“”\"]|,(?=[0-9]{3}\b))*\Z")  # ", who had never held office": an aside
# the next comma closes


def _verb_after_an_aside(body: str, start: int) -> bool:
    """The aside opening at ``start`` closes with a comma, and a verb of the subject before it follows: ", speaking
    on Sunday, called it …"."""
    close = VERB_AFTER_AN_ASIDE.match(body, start)
    if close is None:
        return False
    word = close.group("word")
    return word in PAST_EVENT_VERBS or _past_verb(word) or REPORTED.fullmatch(word) is not None or \
        AUXILIARY.fullmatch(word) is not None


VERB_AFTER_AN_ASIDE = re.compile(r"[^,;.“”\"]{1,100},\s+(?:\w+ly\s+)?(?P<word>[a-z]+)\b")


def _appositive_subject(text: str) -> bool:
    """The words before ", and" are a name and its title with no verb: the first of two subjects."""
    if "," not in text or AUXILIARY.search(text) or _a_clause_before(text):
        return False
    return text.lstrip()[:1].isupper() and not re.search(r"\b[a-z]{3,}s\s+(?:the|a|an|to|with|on)\b", text)


def _last_time_before(text: str, end: int, published: dt.date | None) -> Narrative | None:
    """The last time ``text`` names before ``end``, read in all of ``text`` ("for a meeting on Friday, when the two
    men are expected to sign": the Friday ahead, as the words after it tell)."""
    known = [e for e in find_time_expressions(text, published) if e.date.known and e.end <= end]
    return Narrative(known[-1].date, known[-1].text) if known else None


def _time_counted_from(text: str, published: dt.date | None) -> Narrative | None:
    """"… at the White House on Monday, three days after …": the time right before the count, which the count
    goes back from (not the main clause's)."""
    known = [e for e in find_time_expressions(text, published) if e.date.known and not e.anaphoric]
    if not known or not RIGHT_BEFORE_A_COUNT.fullmatch(text, known[-1].end):
        return None
    return Narrative(known[-1].date, known[-1].text)


def _lag(match: re.Match) -> int | None:
    """Days from the main clause's time to the subordinate one's: "a day after" -1, "two days before" +2,
    "shortly after" 0; None when the words give no distance ("after", "where")."""
    direction = match.group("dir") or match.group("dir2")
    if direction is None:
        return None
    count = match.group("n") or match.group("n2")
    unit = (match.group("unit") or match.group("unit2") or "").lower()
    if match.group("about"):
        return None  # "more than a week after": no day to count back to
    if count is None:
        return 0 if match.group("lag") else None
    days = int(count) if count.isdigit() else COUNT_WORDS.get(count.lower())
    if unit.startswith("hour"):
        days = (days or 0) // 24  # "24 hours after": the day before; "several hours after", "12 hours after": that day
    elif days is None or unit.startswith("decade"):
        return None
    days *= YEAR_DAYS if unit.startswith("year") else MONTH_DAYS if unit.startswith("month") else \
        7 if unit.startswith("week") else 1  # "five years after voters removed him": that year, the main one's
    # less five ("27 years after the river burst its banks on July 10, 1997" keeps its own time)
    return -days if direction == "after" else days


def _inside_quote(body: str, position: int) -> bool:
    before = body[:position]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _event(paragraph: Paragraph, span: Clause, lead: bool, last_person: Mention | None, anchor: Narrative | None,
           inherited: list[Mention], before: Narrative | None = None) -> EventFinding | None:
    text, time, lexicon = paragraph.text, paragraph.time, paragraph.lexicon
    clause = text[span.start:span.end]
    if len(clause.split()) < MIN_EVENT_WORDS:
        return None  # "The summit — the first ever … — was to …": a fragment before a dash says no happening
    if _asks(clause) or (text[:span.start].rstrip().endswith(";") and _verbless(clause)):
        return None  # "What does Norway say?", "…; Norway agreeing to a truce while boats move"
    if not span.subordinate and CAME_ONLY.search(clause):
        return None  # "The strikes, the second in two days, came (hours) [after …]": the clause after tells it
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", clause)}
    passing = _spans_told_in_passing(clause, time.published)
    asides = [m.span("told") for m in PAST_PARTICIPLE_ASIDE.finditer(clause)] if ", " in clause else []
    participants = inherited + [m for m in paragraph.mentions_in(span.start, span.end)
                                if not _in_any(asides, m.start - span.start) and (m.kind.is_actor or not any(
                                    start <= m.start - span.start < end for start, end in passing))]  # "The exchange
    # agreed in Switzerland last month will start on Friday": the agreeing's place, not the start's; "The villa,
    # donated in 1917 by X, sits …": X did not sit
    if span.cue == "where" and (place := _place_before(paragraph, span.start)) and place not in participants:
        participants.append(place)  # "… flew in from Vladivostok, where he attended the forum": there
    subject, told_of_it = None, False
    if pronoun := PRONOUN_SUBJECT.match(clause) or AGED_SUBJECT.match(clause):  # "He stated that …", "His
        # motorcade left …", "Before boarding …, he said …", "the 73-year-old was driven …"
        subject = paragraph.names.previous_person(span.start + pronoun.start(1), last_person)
    elif (role := ROLE_SUBJECT.match(clause)) and not LESSER_TITLE.search(role.group("before")):  # "The Ukrainian
        word = role.group("role").lower()  # minister …" ("The king …": the one titled King)
        state = next((m for m in paragraph.mentions_in(span.start, span.start + role.start("role"))
                      if m.key.startswith("country:")), None)
        former = FORMER.search(role.group("before")) and paragraph.names.former_holder(word, span.start,
                                                                                       paragraph.time.titled)
        subject = former or paragraph.names.role_holder(word, span.start, last_person, holders=paragraph.time.titled)
        # ("The former president flew home": the one titled "Former President", else the one "ousted president")
        if state is not None and not former:
            subject = _national_holder(paragraph, word, state, span.start) or _of_no_other_state(
                paragraph, subject, state)  # "The Russian president said": the one a Russian title named
    elif (body := BODY_SUBJECT.match(clause)) and not any(  # "The coalition responded with air strikes": the body
            m.kind in (EntityKind.ORGANISATION, EntityKind.GROUP) and m.end >= span.start + body.end(1)
            for m in paragraph.mentions_in(span.start, span.start + body.end())) and \
            not _body_named_in_an_aside(paragraph, span.start, body.end()):  # named before (but "The defence
        # ministry said" names its own, and "The junta, which calls itself the CNRD," the one it names)
        subject = paragraph.names.role_holder(body.group(1).lower(), span.start + body.start(1), None,
                                              paragraph.bodies)
    elif ARMED_GROUP_SUBJECT.match(clause):  # "The rebels seized Goma": the armed group named last
        subject = _last_armed_group(paragraph, span.start)
    elif IT_SUBJECT.match(clause) and not _opens_with_quote(clause):  # "Turkey trains Somalia's army. It has
        subject = _body_opening_the_sentence_before(paragraph, span.start)  # also sold drones to Ethiopia."
        told_of_it = subject is not None
    if isinstance(subject, Mention) and subject not in participants:
        participants.insert(0, subject)
    if not any(m.kind.is_actor for m in participants) and (credited := _credited_at_a_place(paragraph, span)):
        participants.insert(0, credited)
    if not any(m.kind is EntityKind.PERSON for m in participants) and (told := SAID_HE.search(clause)) and \
            isinstance(reported := paragraph.names.previous_person(span.start + told.start(1), last_person),
                       Mention):
        participants.append(reported)  # "A government source said he was expected to head to Singapore": his plan
    if not any(m.kind is EntityKind.PERSON for m in participants) and \
            (pronoun := OBJECT_PRONOUN.search(_unquoted(clause))) is not None and \
            isinstance(object_of := paragraph.names.previous_person(span.start + pronoun.start(1), last_person),
                       Mention):
        participants.append(object_of)  # "The committee exempted him from a travel ban", "annulled his diploma"
    elif (pronoun := OBJECT_PERSON.search(_unquoted(clause))) is not None and \
            (object_of := _someone_else(paragraph, span.start + pronoun.start(pronoun.lastindex), participants,
                                        last_person)):
        participants.append(object_of)  # "Two days later Velan called her a witch": not Velan
    participants += [m for m in _role_holders(paragraph, span) + _described_actors(paragraph, span)
                     if m.key not in {p.key for p in participants}]
    if TWO_PEOPLE.match(clause):  # "The two men had initialled the declaration": the two named just before
        participants[:0] = [m for m in _last_two_people(paragraph, span.start) if m not in participants]
    elif (several := SEVERAL_LEADERS.match(clause)) is not None:  # "The four leaders agreed on Minsk": the four
        participants[:0] = [m for m in _last_leaders(paragraph, several) if m not in participants]
    elif THEY_DID.match(clause):  # "Okafor and Kowalski met …. They then walked …": the two
        participants[:0] = [m for m in _people_before(paragraph, span.start) if m not in participants]
    about_the_story = not any(m.kind.is_actor for m in participants)
    named = {m.key for m in participants}
    sides = [m for m in _story_parties(clause, time.parties, time.leaders) if m.key not in named]
    participants = [*sides, *participants] if about_the_story else [*participants, *sides]
    status = EventStatus.PLANNED if span.planned or _schedule_goes_on(clause, time) else \
        _status(_before_relative(_unquoted(clause)))
    dated = functools.partial(_dated_step, clause, time.published, about_the_story, span.planned or
                              status is EventStatus.PLANNED)
    # "A car bomb exploded in Arendal on Friday, killing 12": a happening of its own day, no one named, is kept
    if not any(m.kind.is_actor for m in participants) and not _happened_at_a_place(participants, words, status) \
            and not _happened_on_a_day(clause, words, status, time.published) \
            and not (status is EventStatus.HAPPENED and GROUP_DID.match(clause)):
        if not (status is EventStatus.PLANNED and time.parties and (span.planned or dated())):
            return None
        participants = [*time.parties, *participants]  # "a joint liaison office will open in Kaesong": a step of
        # the story's plan, where the clause says
    gerund = span.shares_subject and span.subordinate and GERUND.match(clause.lstrip()) is not None
    if not (span.series or gerund or words & EVENT_WORDS
            or any(lexicon.is_speech_verb(w) or _reports_action(w) for w in words) or PASSIVE_DONE.search(clause)
            or NAMED_SOMEONE.search(clause) or (status is EventStatus.HAPPENED and GROUP_DID.match(clause))
            or (status is EventStatus.PLANNED and words & PLAN_VERBS) or dated()):
        return None  # a dated step of the story ("both sides will pull back on 20 March") needs no event word
    if span.cue == "where" and (scene := _time_of_the_place_before(paragraph, span.start)) is not None:
        anchor = scene  # "since Putin's 2018 meeting with Trump in Helsinki, where the two men …": in 2018
    linked = anchor if span.lag is not None else None  # "…, when X said “today …”": the clause before's time
    if span.subordinate and linked is None and SAME_TIME.search(clause):
        linked = _last_time_before(text, span.start, time.published)  # "Xi, who wrote on Wednesday, or Ishiba, who
        # said the same day …": the day named last, not the main clause's
    if span.shares_subject and before is not None and before.date.precision is Precision.DAY and \
            _told_earlier_in_the_sentence(paragraph, span.start, before.text) and _counts_on(clause, time.published):
        linked = before  # "He is due to be appointed on Tuesday and sworn in a day later": from Tuesday, and a
        if _is_future(time.published, before.date):  # plan if Tuesday is still ahead
            status = EventStatus.PLANNED
    date, date_text = _date(clause, time, status, lead and not span.subordinate, span.subordinate,
                            linked if span.subordinate else before, _inside_quote(text, span.start))
    if _goes_on_the_time_before(span, clause, before, status is not EventStatus.HAPPENED, lead, time.published):
        date, date_text = before.date, f"{before.text} (the clause before)"
    lag = span.lag
    if lag is None and span.cue in ("after", "before") and anchor is not None and anchor.date.precision in COARSE:
        lag = 0  # "Relations began to recover in March, after Seoul announced …": within that month
    elif lag is None and span.cue in ("before", "after") and anchor is not None and status is EventStatus.HAPPENED:
        lag = 0  # "Thousands said goodbye on Friday, before he was buried at the cemetery": that day
    elif lag is None and span.cue == "after" and anchor is not None and _is_future(time.published, anchor.date) \
            and PRESENT_AFTER.match(clause):
        lag, status = 0, EventStatus.PLANNED  # "… will hold talks on Thursday, after Pompeo pays a call on Moon"
    if anchor is not None and status is EventStatus.HAPPENED and _is_future(time.published, anchor.date) \
            and _tells_a_past(clause):
        anchor = _time_of_telling(time, lead)  # "X will go to the UN on Friday, Y said, hours after Z unveiled …"
    if not date.known and lag is not None and anchor is not None:
        date = _shifted(anchor.date, lag)
        date_text = (f"{span.cue} ({anchor.text})" if span.cue else anchor.text) if date.known else None
    if date.known and status in (EventStatus.HAPPENED, EventStatus.ONGOING) and date_text \
            and _is_future(time.published, date):
        if status is EventStatus.HAPPENED and date.precision in (Precision.DAY, Precision.YEAR) and \
                "(" in date_text and _tells_a_past(_main_part(clause)):
            date, date_text = FuzzyDate.unknown(), None  # "Police charged him the day after the shooting", counted
            # from a day that was not the shooting's: a past deed, never a day still ahead
        else:
            status = EventStatus.PLANNED
    told = clause
    if told_of_it and (it := IT_SUBJECT.match(clause)):  # "It has also sold drones" → "Turkey has …"
        pronoun = it.start("late") if it.group("late") else len(it.group()) - len(it.group().lstrip())
        possessive = "'s" if clause[pronoun:pronoun + 3].lower() == "its" else ""
        told = f"{clause[:pronoun]}{subject.name}{possessive} {clause[it.end():]}"
    return EventFinding(paragraph.source, _summary(told), tuple(participants), date, date_text, status)


PRESENT_AFTER = re.compile(r"\W*(?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z]+s)\b")  # "Pompeo pays …": a subject, a present verb


def _owner_of_its_subject(clause: str, subject: list[Mention]) -> list[Mention]:
    """"The agency said …, 12 days after its first attempt collapsed": the subject a clause told from the main one
    opens with a possessive of ("its" a body's, "his" or "her" a person's, "their" any)."""
    owner = POSSESSIVE_OPENING.match(clause)
    if owner is None:
        return []
    word = owner.group(1).lower()
    return [m for m in subject if word == "their" or (m.kind is EntityKind.PERSON) == (word in ("his", "her"))][:1]


POSSESSIVE_OPENING = re.compile(r"\W*(?:(?:[\w-]+\s+){0,3}?(?:after|before|when|as|since|because|until)\s+)?"
                                r"(its|their|his|her)\s+[a-z]")  # "12 days after its first attempt …"


def _told_earlier_in_the_sentence(paragraph: Paragraph, position: int, words: str) -> bool:
    """The time ``words`` stand in the sentence before ``position``, not inherited from the text before it."""
    index = bisect.bisect_right([s.start for s in paragraph.sentences], position) - 1
    return index >= 0 and words in paragraph.text[paragraph.sentences[index].start:position]


def _someone_else(paragraph: Paragraph, position: int, participants: list[Mention],
                  last_person: Mention | None) -> Mention | None:
    """Whom "him" or "her" at ``position`` stands for, beside the people the clause names: the last person named
    before it who is none of them and whom the text gives no other gender (else the last one of the paragraphs
    before)."""
    gender = pronoun_gender(paragraph.text, position)
    named = {m.name.split()[-1] for m in participants  # by surname: "Velan" is "Nicolás Velan"
             if isinstance(m, Mention) and m.kind is EntityKind.PERSON}
    people = [m for m in [last_person, *paragraph.mentions_in(0, position)]
              if isinstance(m, Mention) and m.kind is EntityKind.PERSON]
    fitting = [m for m in people if m.name.split()[-1] not in named and agrees(paragraph.genders, m, gender)]
    return fitting[-1] if fitting else None


def _in_the_scene(event: EventFinding, time: TextTime) -> EventFinding:
    """An event that names no place took place where the paragraph's last event of the same day did ("In Oslo,
    X signed the deal on Monday. Y thanked him."), else, on the story's own day, where the lead's did. A placed
    event becomes the paragraph's place for those after it (``time.place_here``)."""
    places = [m for m in event.participants if not m.kind.is_actor]
    if event.status is not EventStatus.HAPPENED or not event.date.known:
        return _at_home(event, time.home)
    if places:
        time.place_here = (event.date, places[0])
        return event
    if time.place_here is not None and time.place_here[0] == event.date:
        return replace(event, participants=(*event.participants, time.place_here[1]))
    if not time.scene or time.story is None or event.date != time.story.date:
        return _at_home(event, time.home)
    return replace(event, participants=(*event.participants, *time.scene))


def _at_home(event: EventFinding, home: Mention | None) -> EventFinding:
    """An event that names no place and no state happened in the country the story is set in ("Patriarch Omar
    Bongo took power in 1967" in a story about Gabon: in Gabon)."""
    if home is None or any(not m.kind.is_actor or m.kind is EntityKind.STATE for m in event.participants):
        return event
    return replace(event, participants=(*event.participants, home))


def _goes_on_the_time_before(span: Clause, clause: str, before: Narrative | None, planned: bool, lead: bool,
                             published: dt.date | None) -> bool:
    """"On Monday they raised the flag, and Okafor handed his guest the keys": a main clause joined by ", and"
    that names no time of its own happened when the clause before did (the lead has its own day); a plan so
    joined to a plan is for its day ("EU leaders gather on Thursday, and X is due to fly there")."""
    if not (span.joined and before is not None and before.date.known and
            (not planned or _is_future(published, before.date)) and not lead):
        return False
    unquoted = _unquoted(clause)
    return not any((e.date.known or e.anaphoric) and not _since_a_first(unquoted, e)
                   for e in find_time_expressions(unquoted, published))  # ("…, and X decertified Y for the first
    # time since 1996": the time of the one before, not this one's)


def _counts_on(clause: str, published: dt.date | None) -> bool:
    """The clause tells its time only as a distance from another: "two days later", "the next day"."""
    return any(e.anaphoric and e.shift for e in find_time_expressions(_unquoted(clause), published))


def _since_a_first(text: str, expression: TimeExpression) -> bool:
    """The expression ends "the first … since" ("the first visit since 2019"): when the one before was."""
    return any(SINCE_ELLIPSIS.fullmatch(text, found.end(), expression.start)
               for found in FIRST_SINCE.finditer(text, 0, expression.start))


def _time_of_telling(time: TextTime, lead: bool) -> Narrative | None:
    """When a plan was told: the lead's day, or the time the text has reached."""
    if lead:
        return time.lead_day or (Narrative(FuzzyDate.of_day(time.published), PUBLICATION) if time.published else None)
    return time.narrative or time.story


def _place_before(paragraph: Paragraph, position: int) -> Mention | None:
    """The place named right before ``position`` (", where …" follows it), if the words between are few."""
    before = paragraph.mentions_in(max(0, position - WHERE_REACH), position)
    place = before[-1] if before else None
    return place if place is not None and not place.kind.is_actor else None


def _time_of_the_place_before(paragraph: Paragraph, position: int) -> Narrative | None:
    """The time named with the place right before ``position`` (", where …" follows): "talks in Panama City last
    April, where …", "his 2018 meeting with X in Helsinki, where …"."""
    start = max(0, position - WHERE_REACH)
    near = paragraph.text[start:position]
    times = [e for e in find_time_expressions(near, paragraph.time.published) if e.date.known and not e.anaphoric]
    return Narrative(times[-1].date, times[-1].text) if times else None


def _schedule_goes_on(clause: str, time: TextTime) -> bool:
    """"… until Monday morning, when he is due to have breakfast with X. Trump and Putin then meet at the palace":
    after a day ahead, "then" and a verb in the present go on with the plan."""
    if time.ahead is None or not THEN_OPENING.match(clause):
        return False
    words = re.findall(r"[a-z]+", _main_part(clause))
    return not any(w in PAST_EVENT_VERBS or _reports_action(w) or w in PAST_AUXILIARIES for w in words)


def _dated_step(clause: str, published: dt.date | None, about_the_story: bool, planned: bool) -> bool:
    """A step of the story or a plan with a day of its own ("both sides will pull back on 20 March")."""
    if not (about_the_story or planned):
        return False
    return any(e.date.known and (about_the_story or _is_future(published, e.date))
               for e in find_time_expressions(clause, published))


def _told_from_the_scene(event: EventFinding, expression: TimeExpression, time: TextTime,
                         named: Narrative | None = None) -> EventFinding:
    """An aside's event dated by a narrative time ("the previous evening") from the day its clause named before
    it ("killed X on November 26, who died the following day"), else from the time the text has reached."""
    scene = named or time.narrative or time.story
    date = _moved(scene.date, expression) if scene is not None else FuzzyDate.unknown()
    return replace(event, date=date, date_text=f"{expression.text} (after {scene.text})") if date.known else event


def _aside_events(paragraph: Paragraph, clause: Clause, last_person: Mention | None
                  ) -> tuple[list[EventFinding], list[tuple[int, int]]]:
    """"Alaska, which Russia sold to the United States in 1867, …", "Anwar, who brokered the ceasefire on July
    28, …": an aside that tells a dated happening of its own is an event of its own (the clause around it is
    not dated by it); with the events, where the ", which …" and ", who …" asides that told them lie."""
    body = paragraph.text[clause.start:clause.end]
    if " wh" not in body and " that " not in body:  # ", which …", ", a senior official who …"
        return [], []
    found, told_apart = [], []
    for aside, offset, named_at in _relative_parts(body):
        words = aside.group().split()
        pronoun = ASIDE_PRONOUN.match(aside.group())
        relative, opening = pronoun.group(1), pronoun.end()
        relative = "that" if words[1] in ("a", "an", "the") else relative  # ", a senior official who …": a noun
        told_text = aside.group()[opening:]
        expressions = find_time_expressions(told_text, paragraph.time.published)
        began = _began_at(told_text, expressions)  # ", a post that has been vacant since October 2022"
        plan = ASIDE_PLAN.match(told_text) is not None  # "the summit, which opens on Tuesday": its plan
        if relative not in ("which", "who", "that", "whose") or \
                not (set(words) & (PAST_EVENT_VERBS | DEED_PASTS) or any(map(_reports_action, words)) or began
                     or plan):  # (", who died the following day")
            continue
        own = Clause(clause.start + offset + opening, clause.start + offset + len(aside.group()), subordinate=True)
        told_of = next((e for e in expressions if e.anaphoric and e.shift is not None), None)
        if any(e.date.known for e in expressions) or told_of is not None:
            verb = next((w for w in words[2:] if w not in AUXILIARIES), "")  # ", which has banned …": banned
            verb_first = plan or verb in PAST_EVENT_VERBS or _reports_action(verb)
            restated = verb_first or relative in ("that", "who", "whose")  # ", the warship that …", ", who …": a
            # name
            head = _aside_head(paragraph, clause.start, clause.start + named_at) if restated else []
            if not head and (relative == "that" or plan) and not _names_an_actor(paragraph, own):
                # "urged Lebanon's parliament to elect a president, a post that has been vacant since …": the
                # clause's actors
                head = [m for m in paragraph.mentions_in(clause.start, own.start) if m.kind.is_actor]
            event = _event(paragraph, own, False, last_person, None, head)
            named = _day_around_an_aside(body, offset, offset + len(aside.group()), paragraph.time.published) \
                if told_of is not None else None  # "killed X on March 2, who died the following day"
            if event is not None and told_of is not None and (named or not (event.date.known and event.date_text)):
                event = _told_from_the_scene(event, told_of, paragraph.time, named)  # "Putin, who had watched the final
                # the previous evening, touched down …": the evening before the text's day
            if began is not None and head and (event is None or not event.date.known):  # a state's start
                participants = (*head, *paragraph.mentions_in(own.start, own.end))
                event = EventFinding(paragraph.source, "", participants, began.date, f"since {began.text}",
                                     EventStatus.HAPPENED)
            if event is not None and event.date.known:
                subject = _aside_subject(body[:named_at], head) if verb_first or relative == "who" else ""
                if plan and relative == "which":  # "the two-day NATO summit, which opens on Tuesday"
                    subject = body[_noun_phrase_start(body, named_at):named_at]
                if relative == "that" and words[1] in ("a", "an", "the") and head and \
                        AGE_BETWEEN.fullmatch(paragraph.text, head[-1].end, clause.start + named_at):
                    subject = f"{head[-1].text},"  # "Bob Levinson, the former FBI agent who vanished in 2007",
                    # "Raisi, 63, a hardline cleric who was elected president in 2021"
                told = aside.group()[2:] if relative == "that" else aside.group().replace(f", {relative} ", " ", 1)
                if relative == "whose" and words[1] == relative and head:  # "Wilders, whose PVV won …": "Wilders's
                    told, subject = f"{head[-1].text}'s {told.lstrip()}", ""  # PVV won …"
                second = _second_deed(paragraph, own, last_person, head)
                if second is not None:  # ", who seized Goma in January and took Bukavu in February,"
                    told = told[:second[0] - own.end + len(told)]
                    event = replace(event, participants=tuple(
                        m for m in event.participants if m.end <= second[0] or m in head))
                told_event = replace(event, sentence=_summary(f"{subject} {told}"))
                first, again = _coordinated_times(paragraph, own, told_event)
                found += [first, *again]  # ", who led protests in 2014 and 2019,"
                if second is not None:
                    found.append(second[1])
                if relative in ("which", "who") and words[1] == relative:
                    told_apart.append((clause.start + offset, clause.start + offset + len(aside.group())))
    return found, told_apart


def _day_around_an_aside(body: str, start: int, end: int, published: dt.date | None) -> Narrative | None:
    """The day an aside's "the previous day" counts from: the last told before the aside ("killed X on March 2,
    who died the following day"), else the first told after it ("Sisi, who the previous day had invited him,
    called him later on Thursday"), unless the aside tells a day of its own ("…, which left Pyongyang on Saturday
    and crossed into China that night, pulled in on Tuesday")."""
    day = lambda e: not e.anaphoric and e.date.precision is Precision.DAY
    before = next((e for e in reversed(find_time_expressions(body[:start], published)) if day(e)), None)
    own = any(day(e) for e in find_time_expressions(body[start:end], published))
    after = None if own else next((e for e in find_time_expressions(body[end:], published) if day(e)), None)
    told = before or after
    return Narrative(told.date, told.text) if told else None


def _without_asides(text: str, clause: Clause, asides: list[tuple[int, int]]) -> str:
    """The clause with its asides cut out, and the comma that closed each: "Rasool, who served …, returned" →
    "Rasool returned"."""
    told, last = [], clause.start
    for start, end in sorted(asides):
        told.append(text[last:start])
        last = end + 1 if text[end:end + 1] == "," else end
    return "".join(told) + text[last:clause.end]


def _second_deed(paragraph: Paragraph, own: Clause, last_person: Mention | None,
                 head: list[Mention]) -> tuple[int, EventFinding] | None:
    """", who seized Goma in late January and took Bukavu in mid-February,": an aside's second verb joined by
    "and" with a time of its own is a happening of its own (where "and" stands, and the happening)."""
    text = paragraph.text[own.start:own.end]
    for joint in AND_A_DEED.finditer(text):
        verb = joint.group("verb")
        if verb not in PAST_EVENT_VERBS and not _reports_action(verb):
            continue
        rest = Clause(own.start + joint.end("and") + 1, own.end, subordinate=True)
        told = [e for e in _outside_quotes(paragraph.text[rest.start:rest.end],
                                           find_time_expressions(paragraph.text[rest.start:rest.end],
                                                                 paragraph.time.published))
                if e.date.known and not e.anaphoric]
        event = _event(paragraph, rest, False, last_person, None, head) if told else None
        if event is not None and event.date.known and event.date_text == told[0].text:
            subject = _aside_subject(paragraph.text[:own.start].rsplit(",", 1)[0], head) if head else ""
            return own.start + joint.start(), replace(
                event, sentence=_summary(f"{subject} {paragraph.text[rest.start:rest.end]}".strip()))
    return None


AND_A_DEED = re.compile(r"\s+(?P<and>and)\s+(?:then\s+|later\s+)?(?P<verb>[a-z]+)\b")  # "… and took Bukavu"
AGE_BETWEEN = re.compile(r"(?:,\s*[0-9]{1,3})?")  # ", 63" between a name and its description


def _relative_parts(body: str) -> list[tuple[re.Match, int, int]]:
    """The relative asides of a clause (``ASIDE``), each with where it starts and where the aside that names
    what it describes starts; one that goes on with "and who" or "and which" is two ("Aoun, who took office in
    2016 and who met X on Monday,"), the second read as if set off by a comma."""
    parts = []
    for aside in ASIDE.finditer(body):
        told = aside.group()
        bounds = [0, *(m.start() for m in AND_RELATIVE.finditer(told)), len(told)]
        parts.append((ASIDE.match(told[:bounds[1]]), aside.start(), aside.start()))
        for start, end in zip(bounds[1:], bounds[2:]):  # " and who met …" read as ", who met …": the relative
            # pronoun stays where it is in the body, so the part starts len(" and ") - len(", ") further on
            parts.append((ASIDE.match(", " + told[start + len(" and "):end]),
                          aside.start() + start + len(" and ") - len(", "), aside.start()))
    return [(part, offset, named_at) for part, offset, named_at in parts if part is not None]


def _participle_asides_in_time(paragraph: Paragraph, clause: Clause,
                               event: EventFinding | None) -> list[EventFinding]:
    """"Bashir, removed by the army in April, is in prison": a past participle set off by commas after a name,
    with a past time of its own, is a happening of its own (and does not date the clause around it); where it
    names no actor, those of the clause's ``event`` did it ("The envoy's plan, presented on Saturday, …")."""
    body = paragraph.text[clause.start:clause.end]
    if ", " not in body:
        return []
    found = []
    for aside in PAST_PARTICIPLE_ASIDE.finditer(body):
        told = aside.group("told")
        when = [e for e in find_time_expressions(told, paragraph.time.published) if e.date.known and not e.anaphoric]
        start = clause.start + aside.start()
        head = [m for m in paragraph.mentions_in(clause.start, start) if m.end >= start - 1][-1:]  # "Bashir, …"
        inside = paragraph.mentions_in(clause.start + aside.start("told"), clause.start + aside.end("told"))
        before = body[:aside.start()].strip()
        subject = head[-1].text if head else before if len(before.split()) <= ASIDE_SUBJECT_WORDS else ""
        if not when or not subject or _is_future(paragraph.time.published, when[-1].date):
            continue
        participants = [*head, *inside] if any(m.kind.is_actor for m in [*head, *inside]) else \
            [*head, *inside, *(event.participants if event is not None else ())]
        found.append(EventFinding(paragraph.source, _summary(f"{subject} {told}"), tuple(_once(participants)),
                                  when[-1].date, when[-1].text, EventStatus.HAPPENED))
    return found


def _asks(clause: str) -> bool:
    """A question the text asks, outside quotes ("What does Norway say?"): a subheading, no happening."""
    return _unquoted(clause).rstrip(" ”\"'").endswith("?")


def _verbless(clause: str) -> bool:
    """An item of a list after a semicolon, with an "-ing" form and no finite verb ("…; Norway agreeing to a
    truce; and Kenya – supported by the UN – inspecting boats"): part of what something includes, no happening
    of its own."""
    words = re.findall(r"[A-Za-z]+", DASH_ASIDE.sub(" ", _unquoted(clause)))
    lowered = [w.lower() for w in words]
    return any(w.endswith("ing") and len(w) > 4 for w in lowered[1:]) and not any(
        w in PAST_EVENT_VERBS or w in IRREGULAR_PAST or _reports_action(w) or AUXILIARY.fullmatch(w)
        or w.endswith("s") and k > 0 and words[k - 1][:1].isupper() and words[k][:1].islower()
        for k, w in enumerate(lowered))


def _names_an_actor(paragraph: Paragraph, clause: Clause) -> bool:
    return any(m.kind.is_actor for m in paragraph.mentions_in(clause.start, clause.end))


def _only_tells(clause: str, published: dt.date | None) -> bool:
    """The clause is only someone saying a plan ("Saudi officials said Riyadh would host …"): nothing happens in
    it before the plan but the saying (an announcement is a happening of its own, and so is any other verb)."""
    plan = _plan_span(clause, published)
    return plan is not None and TELLING_ONLY.fullmatch(clause, 0, plan[0]) is not None


def _once(mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    return tuple({m.key: m for m in reversed(mentions)}[key] for key in dict.fromkeys(m.key for m in mentions))


def _reported_plan(paragraph: Paragraph, clause: Clause, last_person: Mention | None) -> list[EventFinding]:
    """"X announced that she would meet Y in Alaska on August 15", "…, skipping the summit that opens on Friday":
    a plan told inside a clause, with a future day of its own, is an event of its own (the telling keeps the
    clause's time)."""
    body = paragraph.text[clause.start:clause.end]
    plan = _plan_span(body, paragraph.time.published)
    if plan is None:
        return []
    own = Clause(clause.start + plan[0], clause.start + plan[1], subordinate=True, planned=True)
    told = SCHEDULE_RELATIVE.sub(r"\1 ", body[plan[0]:plan[1]], count=1)  # "the summit, which opens" → "opens"
    told = PROPOSAL_VERB.sub("", told, count=1)  # "proposed direct talks in Istanbul on Thursday" → "direct talks …"
    told = told[:1].upper() + told[1:]
    subject = paragraph.names.previous_person(own.start, last_person) if LEADING_PRONOUN.match(told) else None
    inherited = [subject] if isinstance(subject, Mention) else []
    tellers = [m for m in paragraph.mentions_in(clause.start, own.start) if m.kind.is_actor][:1]
    if (pronoun := BODY_PRONOUN.match(told)) and tellers and tellers[0].kind is not EntityKind.PERSON:
        told = tellers[0].name + ("'s" if pronoun.group() == "Its" else "") + told[pronoun.end():]
        inherited = tellers  # "Norway said it would reopen its embassy" → "Norway would reopen its embassy"
    if not inherited and not _names_an_actor(paragraph, own):
        inherited = tellers  # the teller
    event = _event(paragraph, own, False, last_person, None, inherited)
    if event is None or not event.date.known:
        return []
    return [replace(event, sentence=headline(told, subject.name if isinstance(subject, Mention) else None))]


def _reported_happening(paragraph: Paragraph, clause: Clause, last_person: Mention | None,
                        telling: EventFinding | None) -> list[EventFinding]:
    """"Prosecutors said on Thursday that a court had issued a warrant on Monday": a happening told with a day of
    its own, other than the telling's, is an event of its own."""
    body = paragraph.text[clause.start:clause.end]
    told = REPORTED_HAPPENING.search(body)
    if told is None or telling is None or _inside_quote(body, told.start("told")):
        return []
    own = Clause(clause.start + told.start("told"), clause.end, subordinate=True)
    words = re.findall(r"[a-z]+", told.group("told"))
    expressions = find_time_expressions(told.group("told"), paragraph.time.published)
    counted = _days_before_the_telling(expressions, telling)
    if not any(_reports_action(w) or w in PAST_EVENT_VERBS for w in words) or counted is None and not any(
            e.date.known and e.date.precision in (Precision.DAY, Precision.WEEK) and e.date != telling.date
            for e in expressions):
        return []
    event = _event(paragraph, own, False, last_person, None, [])
    if telling.participants and (event is None or not any(m.kind.is_actor for m in event.participants)):
        event = _event(paragraph, own, False, last_person, None, list(telling.participants[:1]))  # "Hamas said five
        # of its members were killed in Tuesday's attack": of those it tells of itself
    if event is not None and counted is not None:
        event = replace(event, date=counted[0], date_text=counted[1])
    if event is None or not event.date.known or event.date == telling.date or event.status is not EventStatus.HAPPENED:
        return []
    return [replace(event, sentence=headline(event.sentence))]


def _days_before_the_telling(expressions: tuple[TimeExpression, ...],
                             telling: EventFinding) -> tuple[FuzzyDate, str] | None:
    """"The army said on Monday that two soldiers had been killed a day earlier": the day counted back from the
    telling's."""
    counted = next((e for e in expressions if e.relation == "narrative" and e.shift and e.shift < 0), None)
    if counted is None or telling.date.precision is not Precision.DAY:
        return None
    return _shifted(telling.date, counted.shift), f"{counted.text} ({telling.date_text})"


@functools.lru_cache(maxsize=256)  # asked twice of a clause: for its date and for the plan it may tell
def _plan_span(clause: str, published: dt.date | None) -> tuple[int, int] | None:
    """Where a told plan with a future day of its own lies in the clause: from its subject to the clause's end."""
    if PLAN_CUE.search(clause) is None:
        return None  # most clauses tell no plan: spare them the patterns
    match = REPORTED_PLAN.search(clause) or SCHEDULED_THING.search(clause) or PROPOSED_THING.search(clause)
    if match is None or _inside_quote(clause, match.start("plan")):
        return None
    start = match.start() if match.re is PROPOSED_THING else match.start("plan")  # ("proposed talks on Thursday":
    # the verb tells the day is ahead)
    end = _subject_relative_end(clause, start, len(clause.rstrip(" .,;")))
    if not any(e.date.known and not _is_past(published, e.date)
               for e in find_time_expressions(clause[start:end], published)):
        return None
    return start, end


def _named_by_year(paragraph: Paragraph, clause: Clause) -> list[EventFinding]:
    """"the 2015 nuclear accord", "the 2006 war", "Kenya's Dec. 3 referendum on …": a happening named by its
    year or day is an event of that time, among the clause's actors and places (once per paragraph)."""
    text = paragraph.text[clause.start:clause.end]
    events: list[EventFinding] = []
    since = [m for m in HAPPENING_SINCE_ITS_YEAR.finditer(text)  # (not "the worst fighting since the war in 2006":
             if not FIRST_OR_LAST.search(text, 0, m.start())]  # the clause is told of that time already)
    named = [(m, FuzzyDate(int(m.group("year")), None, None, Precision.YEAR), m.group("year"))
             for m in [*YEAR_NAMED_EVENT.finditer(text), *since]]
    expressions = find_time_expressions(text, paragraph.time.published)
    for match in DAY_NAMED_EVENT.finditer(text):  # its day as the clause tells it ("won the Nov. 8 election": past)
        day = next((e for e in expressions if match.start("name") <= e.start < match.end("name")
                    and e.date.precision in (Precision.DAY, Precision.MONTH)), None)
        if day is not None:
            named.append((match, day.date, day.text))
    for match in RELATIVE_NAMED_EVENT.finditer(text):  # "guarantees for next year's presidential vote", signed on
        own = [e for e in expressions if e.date.known and not match.start() <= e.start < match.end()]  # Tuesday
        when = next((e for e in expressions if e.start == match.start("name") and e.date.known), None)
        if own and when is not None:
            named.append((match, when.date, when.text))
    for match, date, date_text in named:
        summary = _summary(match.group("name"))
        if paragraph.named_already(summary):
            continue
        paragraph.note_named(summary)
        status = EventStatus.PLANNED if _is_future(paragraph.time.published, date) else EventStatus.HAPPENED
        events.append(EventFinding(paragraph.source, summary, tuple(paragraph.mentions_in(clause.start, clause.end)),
                                   date, date_text, status))
    return events


def _spans_told_in_passing(text: str, published: dt.date | None) -> list[tuple[int, int]]:
    """Where ``text`` names a thing made in the past with a time of its own ("the deal agreed in Switzerland last
    month"), which ``_dated_in_passing`` makes an event of its own."""
    if " in " not in text and " at " not in text:
        return []
    things = [m for m in _things_in_time(text) if m.group("made")]
    if not things:
        return []
    expressions = {e.start: e for e in find_time_expressions(text, published) if e.date.known and not e.anaphoric}
    return [(m.start(), m.end()) for m in things
            if m.end() in expressions and _background(published, expressions[m.end()].date)
            and (not _opens(text, m) or any(start > m.end() for start in expressions))]


def _opens(text: str, match: re.Match) -> bool:
    """The match is the subject the clause opens with ("A truce signed in May broke down")."""
    return not text[:match.start()].strip(" ,;:—–-\"“")


PURPOSE_AFTER = re.compile(r"\s+to\s+[a-z]+[^,;:.“”\"]{0,80}")


def _dated_in_passing(paragraph: Paragraph, clause: Clause) -> list[EventFinding]:
    """"lift export restrictions imposed in 2019", "their summit in Singapore last June", "the invasion of
    February 2022": a happening named in passing with a past time of its own is an event of that time, among the
    clause's actors and places (once per paragraph); one with a time ahead, a plan for then."""
    text = paragraph.text[clause.start:clause.end]
    if not THING_IN_TIME.search(text) and "dating" not in text:
        return []
    published, events = paragraph.time.published, []
    expressions = {e.start: e for e in find_time_expressions(text, published) if e.date.known and not e.anaphoric}
    spans = [(m.start(), m.end()) for m in _things_in_time(text)] + [(_noun_phrase_start(text, m.start()), m.end())
                                                                      for m in DATING.finditer(text)]
    for start, end in spans:
        expression = expressions.get(end)
        ahead = expression is not None and _is_future(published, expression.date)
        if expression is None or not (_background(published, expression.date) or ahead) or \
                paragraph.quoted_at(clause.start + start):
            continue  # (a thing ahead is a plan: "voted to hold the delayed election on December 15")
        purpose = PURPOSE_AFTER.match(text, expression.end)  # "India's decision last month to suspend the treaty"
        summary = _summary(text[start:purpose.end() if purpose else expression.end])
        if paragraph.named_already(summary):
            continue
        paragraph.note_named(summary)
        participants = paragraph.mentions_in(clause.start, clause.end)
        if not any(m.kind.is_actor for m in participants):  # "A humanitarian truce declared in March": the story's
            participants += _story_parties(f"A {summary}", paragraph.time.parties)  # own truce, between its sides
        events.append(EventFinding(paragraph.source, summary, tuple(participants), expression.date, expression.text,
                                   EventStatus.PLANNED if ahead else EventStatus.HAPPENED))
    return events


def _offences_in_their_time(paragraph: Paragraph, clause: Clause) -> list[EventFinding]:
    """"were jailed … over rioting in Liverpool on Saturday", "pleading guilty to violent disorder on July 30": the
    offence a court punished, told with a day of its own, is an event of that day among the clause's people."""
    text = paragraph.text[clause.start:clause.end]
    if not PUNISHMENT_WORD.search(text):
        return []  # (most clauses: spare them the time expressions)
    events = []
    for expression in find_time_expressions(text, paragraph.time.published):
        found = PUNISHED_FOR.search(text, max(0, expression.start - PHRASE_REACH), expression.start)
        if found is None or not expression.date.known or expression.anaphoric or \
                paragraph.quoted_at(clause.start + expression.start):
            continue
        offence = OFFENCE_START.search(found.group())
        summary = _summary(text[found.start() + offence.end():expression.end])
        participants = paragraph.mentions_in(clause.start, clause.end)
        events.append(EventFinding(paragraph.source, summary, tuple(participants), expression.date, expression.text,
                                   EventStatus.HAPPENED))
    return events


PUNISHMENT_WORD = re.compile(r"\b(?:jailed|sentenced|convicted|fined|charged|indicted|prosecuted|acquitted|"
                             r"imprisoned|guilty)\b")
OFFENCE_START = re.compile(r".*\s(?:for|over|to)\s+", re.S)  # the words of the punishment, up to the offence


def _the_last_time_before(paragraph: Paragraph, clause: Clause) -> list[EventFinding]:
    """"his first visit to Pyongyang since July 2000", "the first House speaker to visit Taiwan since Newt
    Gingrich in 1997": the first of a kind since a past time tells that the one before it happened then, an
    event of that time among the phrase's actors and places (or the clause's, where it names none); so does a
    superlative since a happening named by whose it was ("the lowest since Argentina's return to democracy in
    1983")."""
    text = paragraph.text[clause.start:clause.end]
    if "since" not in text:
        return []
    published, events = paragraph.time.published, []
    expressions = {e.start: e for e in find_time_expressions(text, published) if e.date.known and not e.anaphoric}
    for found in FIRST_SINCE.finditer(text):
        expression = next((expressions[start] for start in sorted(expressions) if found.end() <= start), None)
        if expression is None or not _background(published, expression.date) or _inside_quote(text, found.start()):
            continue
        if SINCE_A_DEED.fullmatch(text, found.end() - len("since "), expression.start):
            continue  # "the worst since a jet crashed in 1997": the happening told, ``_since_a_deed``'s
        whose = SINCE_POSSESSIVE.fullmatch(text, found.end(), expression.start)
        if not (whose or not found.group("most") and SINCE_ELLIPSIS.fullmatch(text, found.end(), expression.start)):
            continue  # (a superlative since a bare time names no happening: "the highest since 1983")
        participants = paragraph.mentions_in(clause.start + found.start(), clause.start + expression.end)
        owner = _owner_of_a_first(paragraph, clause, found.start("first"))
        summary = _summary(f"{whose.group('happening')} {text[whose.end('happening'):expression.end].strip()}"
                           if whose else f"{owner}{text[found.start('first'):expression.end]}")
        if paragraph.named_already(summary):
            continue
        paragraph.note_named(summary)
        if not any(m.kind.is_actor for m in participants):
            participants = [m for m in paragraph.mentions_in(clause.start, clause.end) if m.kind.is_actor] + \
                participants
        events.append(EventFinding(paragraph.source, summary, tuple(_once(tuple(participants))), expression.date,
                                   expression.text, EventStatus.HAPPENED))
    return events


def _since_a_deed(paragraph: Paragraph, clause: Clause) -> list[EventFinding]:
    """"which no country has granted since the territory broke away from Somalia in 1991": a happening told
    after "since" with a past time of its own is an event of that time, among its own actors and places (the
    clause around it keeps that time as when its state began)."""
    text = paragraph.text[clause.start:clause.end]
    if "since " not in text:
        return []
    published, events = paragraph.time.published, []
    expressions = {e.start: e for e in find_time_expressions(text, published) if e.date.known and not e.anaphoric}
    for since in re.finditer(r"\bsince\s", text):
        found = next((found for start in sorted(expressions) if 0 < start - since.start() <= SINCE_DEED_REACH
                      and (found := SINCE_A_DEED.fullmatch(text, since.start(), start))), None)
        if found is None:
            continue
        expression = expressions[found.end()]
        participants = paragraph.mentions_in(clause.start + found.start("deed"), clause.start + found.end())
        if not _background(published, expression.date) or _inside_quote(text, found.start()) \
                or not participants or _a_thing_in_its_time(text, found.start("deed"), found.end()):
            continue
        summary = _summary(text[found.start("deed"):expression.end])
        if not paragraph.named_already(summary):
            paragraph.note_named(summary)
            events.append(EventFinding(paragraph.source, summary, tuple(participants), expression.date,
                                       expression.text, EventStatus.HAPPENED))
    return events


def _held_since(paragraph: Paragraph, clause: Clause) -> list[EventFinding]:
    """"Lissu has been in custody since April", "The Liberals, in power since November 2015,": being held, or
    holding power, since a past time tells that it began then, an event of that time among the clause's actors
    named before it (once per paragraph)."""
    text = paragraph.text[clause.start:clause.end]
    if " since " not in text:
        return []
    events = []
    for expression in find_time_expressions(text, paragraph.time.published):
        held = HELD_SINCE.search(text, max(0, expression.start - PHRASE_REACH), expression.start)
        if held is None or not expression.date.known or expression.anaphoric or \
                not _background(paragraph.time.published, expression.date) or paragraph.quoted_at(clause.start +
                                                                                              held.start()):
            continue
        holders = [m for m in paragraph.mentions_in(clause.start, clause.start + held.start()) if m.kind.is_actor]
        state = "state" if held.group("in") else "state2"
        told = f"in {held.group(state)}" if held.group("in") else held.group(state)
        summary = _summary(f"{holders[-1].text} {told} {text[held.end(state):expression.end]}" if holders else "")
        if not holders or paragraph.named_already(summary):
            continue
        paragraph.note_named(summary)
        events.append(EventFinding(paragraph.source, summary, (holders[-1],), expression.date, expression.text,
                                   EventStatus.HAPPENED))
    return events


# "has been in custody since", ", in power since": a state held since a time (not "in talks since": no onset told)
HELD_SINCE = re.compile(r"(?:(?:\b(?:has|have|had)\s+(?:been|remained|stayed)\s+|,\s+)(?P<in>in)\s+"
                        r"(?P<state>custody|detention|prison|jail|power|office|exile|hiding)"
                        r"|,\s+(?P<state2>held|jailed|detained|imprisoned))\s+since\s+\Z")  # ", held since April": the
# arrest's time


def _a_thing_in_its_time(text: str, start: int, time: int) -> bool:
    """"since the deal signed in 2015": a thing told with its time, no deed (not "since the war began in …")."""
    thing = THING_IN_TIME.match(text, start)
    return thing is not None and thing.end() == time


def _owner_of_a_first(paragraph: Paragraph, clause: Clause, first: int) -> str:
    """"On his first visit to Pyongyang since July 2000, Putin …": "Putin's " (the clause's first person), for a
    summary that says whose; "" where no "his" or "her" stands before "first"."""
    if not re.search(r"\b(?:his|her)\s+\Z", paragraph.text[clause.start:clause.start + first]):
        return ""
    person = next((m for m in paragraph.mentions_in(clause.start, clause.end) if m.kind is EntityKind.PERSON), None)
    return f"{person.text}'s " if person is not None else ""


def _happenings_of_a_day(paragraph: Paragraph, clause: Clause) -> list[EventFinding]:
    """"no result from Saturday's presidential election", "the winner of Sunday's vote": a happening named in
    passing by its day's possessive is an event of that day, among the clause's actors (once per paragraph)."""
    text = paragraph.text[clause.start:clause.end]
    if "'s " not in text and "’s " not in text:
        return []
    events, expressions = [], None
    for found in DAYS_HAPPENING.finditer(text):
        if expressions is None:
            expressions = find_time_expressions(text, paragraph.time.published)
        expression = next((e for e in expressions if e.start == found.start("day") and e.date.known), None)
        summary = _summary(found.group("happening"))
        if expression is None or paragraph.named_already(summary) or _inside_quote(text, found.start()):
            continue
        paragraph.note_named(summary)
        participants = paragraph.mentions_in(clause.start, clause.end) or list(paragraph.time.parties)
        status = EventStatus.PLANNED if _is_future(paragraph.time.published, expression.date) else EventStatus.HAPPENED
        events.append(EventFinding(paragraph.source, summary, tuple(participants), expression.date,
                                   found.group("day"), status))
    return events


def _coordinated_times(paragraph: Paragraph, clause: Clause,
                       event: EventFinding) -> tuple[EventFinding, list[EventFinding]]:
    """"led national protests in 2014 and 2019", "Aghdam is to follow on November 20 and Lachin on December 1": a
    time joined to the event's own by "and" is the same happening again then (there, when a place is named).
    Returns the event, told up to its own time and without the names joined later, and the happenings again."""
    text = paragraph.text[clause.start:clause.end]
    if " and " not in text or not event.date.known or not event.date_text:
        return event, []
    expressions = [e for e in _outside_quotes(text, find_time_expressions(text, paragraph.time.published))
                   if e.date.known and not e.anaphoric]
    first = next((k for k, e in enumerate(expressions) if e.text == event.date_text and e.date == event.date), None)
    if first is None or BETWEEN_TIMES.search(text, 0, expressions[first].start):
        return event, []  # "between March 3 and March 5": one span
    cut = event.sentence.find(event.date_text)
    found, names, previous, joined = [], [], expressions[first], set()
    opening = event.sentence[:cut] if cut > 0 else text[:previous.start]
    if previous.date.precision is Precision.YEAR and (year := AND_A_YEAR.match(text, previous.end)):
        years = [*re.findall(r"[0-9]{4}", year.group("listed")), year.group("year")]  # "in 2014 and 2019"
        found = [replace(event, sentence=_summary(f"{opening}{told}"), date=FuzzyDate(int(told), 1, 1, Precision.YEAR),
                         date_text=told) for told in years]
        return _told_to_its_own_time(event, cut, set()), found
    for expression in expressions[first + 1:]:
        joint = COORDINATED_TIME.fullmatch(text, previous.end, expression.start)
        if joint is None or expression.date.precision is not previous.date.precision and not joint.group("again") \
                or expression.date.iso() < previous.date.iso():
            break  # (a time joined to the one before comes after it: "on Wednesday and Thursday")
        told = f"{TRAILING_PREPOSITION.sub('', opening)} {joint.group('preposition')} " \
            if joint.group("preposition") else opening  # "met him in April and again on May 26": "met him on May 26"
        participants, summary, name = list(event.participants), _summary(f"{told}{expression.text}"), ""
        if joint.group("name"):  # "… and Lachin on December 1": Lachin, in place of the first name the clause told
            named = paragraph.mentions_in(clause.start + joint.start("name"), clause.start + joint.end("name"))
            if not named:
                break
            head_end = clause.start + expressions[first].start  # where the clause's first time is told
            parallel = _parallel_mention(event, named[0], paragraph.mentions_in(clause.start, head_end), paragraph.text)
            participants = [m for m in participants if m is not parallel and m.key != named[0].key] + named[:1]
            joined.add(named[0].key)
            name = named[0].key
            summary = _summary(text[joint.start("name"):expression.end])
            if parallel is not None and parallel.end <= head_end:  # "Armenia must return Aghdam by Nov. 20"
                told = re.sub(r"\b[Tt]he\s+\Z", "", paragraph.text[clause.start:parallel.start]) + named[0].text + \
                    paragraph.text[parallel.end:head_end]
                summary = _summary(f"{TRAILING_PREPOSITION.sub('', told)} {joint.group('preposition') or ''} "
                                   f"{expression.text}")
        found.append(replace(event, sentence=summary, participants=tuple(participants), date=expression.date,
                             date_text=expression.text))
        names.append(name)
        previous = expression
    found = [replace(e, participants=tuple(m for m in e.participants if m.key not in joined - {own_name}))
             for e, own_name in zip(found, names)]  # each again without the names joined to the others
    return (_told_to_its_own_time(event, cut, joined), found) if found else (event, found)


def _told_to_its_own_time(event: EventFinding, cut: int, joined: set[str]) -> EventFinding:
    """"M23 seized Goma in January and Bukavu in February": the first happening ends at its own time, without
    the names joined after it."""
    if cut <= 0:
        return event
    own = _summary(event.sentence[:cut + len(event.date_text)])
    return replace(event, sentence=own, participants=tuple(m for m in event.participants if m.key not in joined))


def _parallel_mention(event: EventFinding, named: Mention, opening: list[Mention], text: str) -> Mention | None:
    """The mention a name joined to a later time stands in place of: for a place, the last place the clause
    names before its first time ("return Kelbajar by Nov. 15, Aghdam by Nov. 20": Kelbajar), else the first
    participant of its kind."""
    places = lambda m: m.key != named.key and not m.kind.is_actor and not named.kind.is_actor
    told = [m for m in opening if places(m) and m in event.participants]
    objects = [m for m in told if not PREPOSITION_BEFORE.search(text, max(0, m.start - WORD_REACH), m.start)]
    if told:  # "return the Kelbajar region to Azerbaijan by …": the region, not where it goes
        return (objects or told)[-1]
    return next((m for m in event.participants if m.kind is named.kind and m.key != named.key), None)


def _takes_effect(paragraph: Paragraph, clause: Clause) -> list[EventFinding]:
    """"the ceasefire that took effect on April 2", "agreed on a truce from midnight on Sunday, February 15",
    "since the ceasefire began on November 27": when a deal or truce takes effect is an event of that time, among
    the clause's actors (or the story's sides), unless it is what the clause itself tells ("The truce came into
    force on April 2 and …")."""
    text = paragraph.text[clause.start:clause.end]
    if not any(word in text for word in ("effect", "force", "hold", "beg", "start", "from")):
        return []
    published, events = paragraph.time.published, []
    expressions = [e for e in find_time_expressions(text, published) if e.date.known and not e.anaphoric]
    for found in TAKES_EFFECT.finditer(text):
        if RELATIVE_OPENING.search(found.group()) or found.start() <= len(text) - len(text.lstrip()) + 1:
            continue  # "the truce that took effect April 2": ``_relative_events``'; "The truce came into force on
            # April 2": the clause's own event
        if found.group("verb") in ("from", "starting", "beginning") and not PLACE_GAP.fullmatch(found.group("gap")):
            continue  # "a truce in Kenya from …" names its time right after it or after where it holds
        expression = next((e for e in expressions if 0 <= e.start - found.end() <= EFFECT_REACH), None)
        if expression is None or _inside_quote(text, found.start()):
            continue
        summary = _summary(text[found.start():expression.end])
        if paragraph.named_already(summary):
            continue
        paragraph.note_named(summary)
        participants = paragraph.mentions_in(clause.start, clause.end)
        if not any(m.kind.is_actor for m in participants):
            participants += _story_parties(f"The {found.group('thing').split(None, 1)[1]}", paragraph.time.parties)
        status = EventStatus.PLANNED if _is_future(published, expression.date) else EventStatus.HAPPENED
        events.append(EventFinding(paragraph.source, summary, tuple(participants), expression.date, expression.text,
                                   status))
    return events


def _noun_phrase_start(text: str, end: int) -> int:
    """Where the noun phrase ending at ``end`` opens: its last determiner ("a wider accord on trade, economy and
    investment" dating from 1998), within a phrase's reach."""
    window = max(0, end - NOUN_PHRASE_REACH)
    determiners = list(re.finditer(r"\b(?:a|an|the|its|their)\s", text[window:end]))
    return window + determiners[-1].start() if determiners else end


def _things_in_time(text: str) -> list[re.Match]:
    """Where a thing named in passing runs up to its own time (``THING_IN_TIME``), but not the object of a verb
    in the past ("Trump cancelled the meeting on May 24": the time is the cancelling's) unless its own participle
    tells it ("restored ties severed in 2016")."""
    if not any(word in text for word in (" in ", " on ", " of ", " during ", " last ")):
        return []  # no time a thing could run up to (most clauses): spare them the pattern
    found = []
    for match in THING_IN_TIME.finditer(text):
        verb_before = WORD_BEFORE.search(text, max(0, match.start() - WORD_REACH), match.start())
        if match.group("made") or not (verb_before and _reports_action(verb_before.group(1))):
            found.append(match)
    return found


def _background(published: dt.date | None, date: FuzzyDate) -> bool:
    """A time before the story's own days: a week or more before publication (the week is the news)."""
    if published is None or date.year is None:
        return False
    return (date.year, date.month or 1, date.day or 1) < (published - BACKGROUND_GAP).timetuple()[:3]


def _aside_subject(before: str, head: list[Mention]) -> str:
    """The words an aside's summary opens with: "The fighting" (broke out …), "Anwar Ibrahim" (brokered …), "X, Y
    and Z" (were sentenced …)."""
    words = before.split()
    ahead = before[:before.rfind(head[-1].text)].split() if head and head[-1].text in before else []
    told = any(w in PAST_EVENT_VERBS or _reports_action(w) for w in ahead if w.islower())  # a verb before the name
    if len(words) <= ASIDE_SUBJECT_WORDS and not told:  # (not "Kenya's envoy met Jan Okafor": Jan Okafor)
        return before.strip()
    if len(head) > 1 and all(m.kind is EntityKind.PERSON for m in head):
        return f"{', '.join(m.name for m in head[:-1])} and {head[-1].name}"
    return head[-1].text if head else ""


def _aside_head(paragraph: Paragraph, start: int, end: int) -> list[Mention]:
    """Who or what an aside is about: the name right before it ("Anwar Ibrahim, who brokered …"), or the
    story's sides when it is about the story's own fighting or deal ("The fighting, which broke out …")."""
    before = paragraph.text[start:end]
    if STORY_SUBJECT.match(before) and len(before.split()) <= ASIDE_SUBJECT_WORDS:
        return _story_parties(before, paragraph.time.parties)
    named = paragraph.mentions_in(start, end)
    appositive = next((m for m in reversed(named) if m.kind is EntityKind.PERSON
                       and APPOSITIVE_TO_THE_END.match(paragraph.text, m.end, end)), None)
    if appositive is not None:
        return [appositive]  # "Dara Velan, the Norwegian envoy for Kenya and Uganda, who arrived …": Velan
    if PLURAL_RELATIVE.match(paragraph.text, end) and (listed := _listed_people_before(paragraph, named, end)):
        return listed  # "X and Y and Moroccan Z, who were sentenced …": all three
    if len(named) > 1 and named[-2].kind is EntityKind.PERSON and \
            paragraph.text[named[-2].end:named[-1].start] == " of " and not paragraph.text[named[-1].end:end].strip():
        return [named[-2]]  # "Senator Lena Okafor of Kenya, who quit the race": Okafor
    if not named or not named[-1].kind.is_actor:
        return []
    if named[-1].kind is EntityKind.PERSON and AGE_BETWEEN.fullmatch(paragraph.text, named[-1].end, end):
        return [named[-1]]  # "Specialist Lena Okafor, 20, who died the following day"
    gap = paragraph.text[named[-1].end:end].split()  # "the M23 rebel group, which …": a head noun or three
    gap = gap[1:] if gap[:1] in (["'s"], ["’s"]) else gap  # "Kim's green armoured train, which …"
    numbered = NUMBERED_TEXT.fullmatch(" ".join(gap)) is not None  # "the Security Council Resolution 1701, which"
    return [named[-1]] if len(gap) <= 3 and (all(w.islower() for w in gap) or numbered) else []


def _listed_people_before(paragraph: Paragraph, named: list[Mention], end: int) -> list[Mention]:
    """The people listed right before ``end``, joined by commas, "and" and the words that describe them
    ("Britons X and Y and Moroccan Z")."""
    listed, position = [], end
    for mention in reversed(named):
        gap = paragraph.text[mention.end:position]
        if not LIST_GAP.fullmatch(gap):
            break
        if mention.kind is EntityKind.PERSON:
            listed.insert(0, mention)
        position = mention.start
    return listed if len(listed) > 1 else []


LIST_GAP = re.compile(r"(?:\s*,)?(?:\s+and)?(?:\s+[A-Z][\w'’-]*)?\s*,?\s*")
PLURAL_RELATIVE = re.compile(r",\s+who\s+(?:were|are|have|had\s+been)\b")


def _parties(participants: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The lead's actors, once each: the sides of the story."""
    seen: dict[str, Mention] = {}
    for mention in participants:
        if mention.kind.is_actor and mention.rule != "demonym":
            seen.setdefault(mention.key, mention)
    return tuple(seen.values())


def _story_parties(clause: str, parties: tuple[Mention, ...], leaders: tuple[Mention, ...] = ()) -> list[Mention]:
    """The lead's actors, for a clause about the story's two sides ("Both sides will issue orders",
    "Okafor telephoned both leaders": the leaders for "leaders", the states or bodies otherwise) or whose
    subject is its own deal, talks or war ("The truce will take full effect on August 3", "The conflict
    began in November 2020, less than a year after Abiy …")."""
    if not parties:
        return []
    sides = TWO_SIDES.search(clause) if any(cue in clause for cue in SIDES_CUES) else None
    the_leaders = THE_LEADERS.match(clause) is not None
    if not (sides or the_leaders or STORY_SUBJECT.match(clause)):
        return []
    persons = [m for m in parties if m.kind is EntityKind.PERSON]
    bodies = [m for m in parties if m.kind is not EntityKind.PERSON]
    leaders_meant = the_leaders or sides and (sides.group("leaders") or sides.group("leader")
                                              or sides.group("pair") is not None)
    named = {m.key for m in persons}  # the lead's own people are named, not "the leaders of …"
    leaders = tuple(m for m in leaders if m.key not in named)
    of_the_sides = [m for m in leaders if any(body.name in (m.role or "") for body in bodies)]
    leaders = tuple(of_the_sides) if len(of_the_sides) == 2 else leaders
    if leaders_meant and len(persons) < 2 and len(leaders) == 2:
        return list(leaders)  # "The leaders of Kenya and Norway met …", then "Kenyan President X …": "each leader"
    if leaders_meant and persons:
        return persons
    return bodies if len(bodies) >= 2 else list(parties)


def _opens_with_quote(text: str) -> bool:
    return text.lstrip()[:1] in ('"', "“")


def _states_a_time(text: str, published: dt.date | None) -> bool:
    return any(e.date.known for e in find_time_expressions(text, published))


def _within_a_quote(paragraph: Paragraph, clause: Clause) -> bool:
    """The whole clause is inside one of the paragraph's quotes: a sentence of a quote that runs over several
    ("“The interests of both are linked. We are committed to …,” Okafor said": the first two are the quote's,
    no happenings of their own; the last, with its speaker, opens the speaker's statement)."""
    return any(start - 1 <= clause.start < end and end >= clause.end - 2
               for start, end in quote_spans(paragraph.text))


def _closes_a_quote(paragraph: Paragraph, clause: Clause) -> int | None:
    """Where the clause closes a quote an earlier sentence opened ("“We will respond. Our answer will be
    harsh,” X said on Monday"), if what follows only tells who said it: the last sentence of a quote, no
    happening of its own."""
    for start, end in quote_spans(paragraph.text):
        if start < clause.start < end < clause.end:
            return end if ATTRIBUTION_ONLY.match(paragraph.text, end + 1, clause.end) else None
    return None


def _quote_tail_statement(event: EventFinding, quoted: str, telling: str,
                          speaker: Mention | None) -> EventFinding | None:
    """The last sentence of a quote, as its named speaker's statement: told as the quote's words, its status
    from the telling ("…,” X said on Monday": a saying that happened, whatever the words promise)."""
    statement = _as_statement(event, speaker)
    if statement is None:
        return None
    mark = "“" if telling.startswith("”") else '"'
    return replace(statement, sentence=_summary(f"{mark}{quoted.strip()}{telling}"),
                   status=_status(_before_relative(telling)))


def _mostly_quoted(clause: str) -> bool:
    """More than half of the clause's letters are inside quotation marks: "“We will not return,” she said"
    is a quote (the quotes page has it with its speaker), not a happening for the chronology."""
    if not _opens_with_quote(clause):
        return False  # "X said the accord was “a significant step”": reported speech, partly in X's words
    quoted = sum(end - start for start, end in quote_spans(clause))
    return quoted * 2 > sum(map(str.isalpha, clause))


def _named_speaker(paragraph: Paragraph, span: Clause, after: int | None = None) -> Mention | None:
    """Who a quote-led clause names as its speaker after the quote (ending at ``after`` if it opened in an
    earlier sentence): "“…,” Kremlin spokesman Dmitry Peskov told his daily briefing", if it names one rather
    than "he said"."""
    if after is None:
        spans = quote_spans(paragraph.text[span.start:span.end])
        after = span.start + spans[0][1] if spans else span.end  # (the opening quote's: "“…,” X said, calling
        # it “…”")
    named = [m for m in paragraph.mentions_in(after, span.end) if m.kind.is_actor and m.rule != "demonym"]
    comma = paragraph.text.find(", ", after + 2, span.end)
    titled = [m for m in named if m.kind is EntityKind.PERSON and (comma < 0 or m.start < comma)]
    return titled[0] if titled else next(iter(named), None)  # "said Kenya Defence Forces Chief … Dara Velan": Velan


def _quote_speaker(paragraph: Paragraph, span: Clause, named: Mention | None, told_on: bool = False) -> Mention | None:
    """The speaker of a quote-led clause that names one after its quote (``named``): the one the quote finder
    credited the quote to, if any ("“…,” the Polish prime minister told Okafor" is his statement, not hers); with
    ``told_on``, a clause that goes on past its saying, also where it names no one ("“…,” he told reporters at the
    White House on Friday, complaining that …": the one "he" is)."""
    spans = quote_spans(paragraph.text[span.start:span.end]) if named is not None or told_on else []
    return (paragraph.quoted_by.get(span.start + spans[0][0]) if spans else None) or named


def _credited_at_a_place(paragraph: Paragraph, span: Clause) -> Mention | None:
    """"“…,” he told reporters in Bishkek": a quote-led clause whose tail names a place is an appearance there of
    the one the quote finder credited the quote to."""
    spans = quote_spans(paragraph.text[span.start:span.end])
    if not spans or paragraph.text[span.start:span.start + spans[0][0]].strip(" \"“‘'"):
        return None
    tail = span.start + spans[0][1]
    if not any(not m.kind.is_actor for m in paragraph.mentions_in(tail, span.end)):
        return None
    return paragraph.quoted_by.get(span.start + spans[0][0])


def _as_statement(event: EventFinding, speaker: Mention | None) -> EventFinding | None:
    """A quote whose speaker is named opens that speaker's statement, which readers follow as a happening (the
    speaker first among its participants, to head it); "“…,” he said" only goes on with one: no event."""
    if speaker is None:
        return None
    return replace(event, participants=(speaker, *(m for m in event.participants if m is not speaker)))


def _armed_group_subject(paragraph: Paragraph, span: Clause) -> list[Mention]:
    """"The rebels seized Goma … and took Bukavu": the group, for the verbs that share the subject."""
    if not ARMED_GROUP_SUBJECT.match(paragraph.text[span.start:span.end]):
        return []
    group = _last_armed_group(paragraph, span.start)
    return [group] if group is not None else []


def _described_subject(paragraph: Paragraph, span: Clause) -> list[Mention]:
    """"The two men met in Ankara and signed …", "The coalition called off the session and pushed …": whom the
    subject that names no one stands for, for the verbs that share it."""
    clause = paragraph.text[span.start:span.end]
    if TWO_PEOPLE.match(clause):
        return _last_two_people(paragraph, span.start) or \
            _story_parties(clause, paragraph.time.parties, paragraph.time.leaders)
    if body := BODY_SUBJECT.match(clause):
        if _body_named_in_an_aside(paragraph, span.start, body.end()):
            return []
        holder = paragraph.names.role_holder(body.group(1).lower(), span.start + body.start(1), None,
                                             paragraph.bodies)  # (its qualifier read: "the military council")
        return [holder] if isinstance(holder, Mention) else []
    return []


def _body_named_in_an_aside(paragraph: Paragraph, start: int, described_end: int) -> bool:
    """"The junta, which calls itself the CNRD, …", "The alliance, the M23, …": the description names its body."""
    aside = NAMED_IN_AN_ASIDE.match(paragraph.text, start + described_end)
    return aside is not None and any(m.kind in (EntityKind.ORGANISATION, EntityKind.GROUP)
                                     for m in paragraph.mentions_in(aside.start(), aside.end()))


def _people_before(paragraph: Paragraph, position: int) -> list[Mention]:
    """Whom "They" opening a sentence stands for: the two people the sentence before opens with ("Okafor and
    Kowalski met …. They then walked …"), or the story's two leaders it calls so ("The leaders planted …")."""
    index = bisect.bisect_right([s.start for s in paragraph.sentences], position) - 1
    if index < 1:
        return []
    before = paragraph.sentences[index - 1]
    text = paragraph.text[before.start:before.end]
    if TWO_PEOPLE.match(text):
        return _last_two_people(paragraph, before.end)
    if THE_LEADERS.match(text):
        people = [m for m in _story_parties(text, paragraph.time.parties, paragraph.time.leaders)
                  if m.kind is EntityKind.PERSON]
        return people if len(people) == 2 else []
    named = paragraph.mentions_in(before.start, before.end)
    pair = [m for m in named if m.kind is EntityKind.PERSON][:2]
    opens = len(pair) == 2 and PAIR_OPENING.fullmatch(paragraph.text, before.start, pair[1].end) is not None
    others = any(m.kind is EntityKind.GROUP or m.kind is EntityKind.PERSON and m not in pair for m in named)
    if opens and not others:
        return pair  # (not "… condemned the protesters. They stormed …")
    actors = {m.key: m for m in named if m.kind.is_actor and m.rule != "demonym"}
    only = next(iter(actors.values())) if len(actors) == 1 else None
    return [only] if only is not None and _a_named_body(only) else []  # "… after HTS launched an offensive.
    # They overran Aleppo …": the one group the sentence before names


def _described_subject_words(clause: str) -> str:
    """The words of a subject that names no one ("The two men", "The coalition", "The opposition"), to tell a
    second verb with."""
    described = TWO_PEOPLE.match(clause) or BODY_SUBJECT.match(clause) or ARMED_GROUP_SUBJECT.match(clause) or \
        COMMON_SUBJECT.match(clause)
    words = (described.groupdict().get("subject") or described.group()) if described else ""
    return words.strip(" \t,;:\"“”'‘’—–-")


# "The opposition accused …", "A crowd burned …": a subject of common words right before its past verb.
COMMON_SUBJECT = re.compile(r"\W*(?:(?:On|By|Late\s+on|Early\s+on)\s+[A-Z][a-z]+,?\s+)?"  # ("On Saturday the body …")
                            r"(?P<subject>(?i:the|a|an)(?:\s+(?!(?:had|has|have|been|was|were|is|are|will|would|be)\b)"
                            r"[a-z][\w-]*){1,3}?)(?=\s+(?:(?:was|were)\s+)?(?:[a-z]{3,}ed|said|told|took|made|won|"
                            r"held|met|gave|sent|left|began|fled|fought|struck|broke|drove|threw|flown|taken|given|"
                            r"driven|shown)\b)")


def _last_armed_group(paragraph: Paragraph, position: int) -> Mention | None:
    """The group the paragraph, or the ones before it, named last: whom "the rebels" are."""
    named = [m for m in paragraph.mentions_in(0, position) if _a_named_body(m)] or \
        [m for m in paragraph.bodies if _a_named_body(m)]
    return named[-1] if named else None


def _a_named_body(mention: Mention) -> bool:
    """A group or a body named by its own name, not a state's ministry or army."""
    return mention.kind is EntityKind.GROUP or mention.kind is EntityKind.ORGANISATION and \
        mention.key.startswith("org:") and not mention.key.startswith("org:country:")


def _body_opening_the_sentence_before(paragraph: Paragraph, position: int) -> Mention | None:
    """The state or body that opens the paragraph's sentence before ``position``: what "It" then stands for."""
    index = bisect.bisect_right(paragraph.sentence_ends, position) - 1
    if index < 0:
        return None
    sentence = paragraph.sentences[index]
    words = paragraph.text[sentence.start:sentence.end].split()
    opening_end = sentence.start + len(" ".join(words[:IT_REACH]))
    return next((m for m in paragraph.mentions_in(sentence.start, opening_end)
                 if m.kind.is_actor and m.kind is not EntityKind.PERSON and m.rule != "demonym"), None)


def _in_its_voice(joined: str, passive: re.Match | None) -> str:
    """A second verb told in the main clause's passive: "… was arrested on Monday and charged with fraud" → "was
    charged with fraud" (a participle no past shares, or one before "by": "… and questioned by police")."""
    if passive is None or not PASSIVE_JOINED.match(joined):
        return joined
    return f"{passive.group('aux')} {joined}"


def _told_of(subject: Mention, clause: str) -> str:
    """A second verb's clause told with its subject: "… and invited Trump" → "X invited Trump"; "…, when he is
    due to …" → "X is due to …"; a clause with a subject of its own ("…, when the army said …") as it is."""
    first, _, rest = clause.partition(" ")
    if first in ("he", "she"):
        return f"{subject.name} {rest}"
    if LATER_VERB.match(clause):
        return f"{subject.name} {clause}"  # "… and the next day threatened …" → "X the next day threatened …"
    return clause if first in OWN_SUBJECTS else f"{subject.name} {clause}"


def _named_subject(subject: list[Mention]) -> Mention | None:
    """Whom a second verb of the sentence ("… and invited Trump") is told of: its first person, else its first
    actor named by name."""
    return next((m for m in subject if m.kind is EntityKind.PERSON), None) or \
        next((m for m in subject if m.rule != "demonym"), None)


def _inner_subject(paragraph: Paragraph, span: Clause, previous: int, last_person: Mention | None) -> list[Mention]:
    """"… came after Mr Kowalski cut short talks and shouted at Kenya's leader", "…, when he flew to Kyiv and
    presented the plan": a verb joined by a bare "and" to an inner clause ("after", "when", "where", "because" and
    a name or "he") is the inner clause's subject's (not after ", and")."""
    if "," in paragraph.text[max(previous, span.start - 6):span.start]:
        return []
    inner = list(INNER_SUBJECT.finditer(paragraph.text, max(0, previous - CUE_REACH), span.start))  # the cue ("a
    # day after") opens the clause before
    if not inner or SERIAL_VERB.search(paragraph.text, inner[-1].end(), span.start):
        return []  # ("flew over X, where Helene came ashore, walked through … and then spoke": the main subject's)
    if inner[-1].group("pronoun"):
        person = paragraph.names.previous_person(inner[-1].start("pronoun"), last_person)
        return [person] if isinstance(person, Mention) else []
    return [m for m in paragraph.mentions_in(inner[-1].start("name"), inner[-1].end("name")) if m.kind.is_actor]


def _joined_to_an_inner_clause(paragraph: Paragraph, span: Clause, previous: int) -> bool:
    """The clause is a verb joined by a bare "and" to an inner clause ("after", "when", …) before it."""
    if "," in paragraph.text[max(previous, span.start - 6):span.start] or \
            SERIAL_VERB.search(paragraph.text, previous, span.start):
        return False
    return INNER_CUE.search(paragraph.text, max(0, previous - CUE_REACH), previous + 1) is not None


PERFECT_MAIN = re.compile(r"\b(?P<aux>has|have)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en|wn)\b")
PARTICIPLE_OPENING = re.compile(r"\s*(?:[a-z]+ly\s+)?[a-z]{3,}ed\b")
PASSIVE_MAIN = re.compile(r"\b(?P<aux>was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
                          r"(?:[a-z]{3,}ed|[a-z]{3,}en|[a-z]+wn|held|sent|shot|hit|struck|freed|led|sworn|told)\b")
PASSIVE_JOINED = re.compile(r"(?:[a-z]+ly\s+)?(?:(?:taken|given|shown|flown|driven|sworn|beaten|stolen|chosen|"
                            r"thrown|drawn|forbidden|seen|known|written|ridden|hidden|bitten)\b|[a-z]{3,}ed\s+by\b)")
SERIAL_VERB = re.compile(r",\s(?:[a-z]{3,}ed|" + "|".join(sorted(DEED_PASTS)) + r")\s")  # ", walked through …"
INNER_CUE = re.compile(r"\b(?:after|before|when|where|because|since)\s+\S")
CUE_REACH = 8  # characters back from a clause to its cue ("after ")
INNER_SUBJECT = re.compile(r"\b(?:after|before|when|where|because|since)\s+(?:(?:his|her|their|its)\s+[a-z-]+\s+)?"
                           r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
                           r"(?:(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})|(?P<pronoun>he|she))\s+[a-z]+")


def _subject_mentions(paragraph: Paragraph, span: Clause) -> list[Mention]:
    """The actors named before the clause's first lower-case word that is not a title or article:
    "Ukrainian and Russian delegations met …" → Ukraine, Russia."""
    start = span.start
    opening = OPENING_COMMA.match(paragraph.text, start, span.end)
    if opening and not any(m.kind.is_actor for m in paragraph.mentions_in(start, opening.end())):
        start = opening.end()  # "The same day, Egyptian President X said …": the subject after the opening
    elif described := DESCRIPTIVE_OPENING.match(paragraph.text, start, span.end):
        start = described.end()  # "A protege of X, Okafor joined …": Okafor
    else:
        start += _time_opening(paragraph.text[start:span.end], paragraph.time.published)  # "The following day
        # acting President X ordered …": X
    named = paragraph.mentions_in(start, span.end)
    verb = next((found for found in SUBJECT_END.finditer(paragraph.text, start, span.end)
                 if not any(m.start <= found.start() + 1 < m.end for m in named)), None)  # ("Ecuadorian police
    # forced …": the police are named, not the verb)
    end = verb.start() if verb else span.end
    titled = next((m for m in paragraph.mentions_in(end, span.end) if m.kind is EntityKind.PERSON), None)
    if titled is not None and titled.rule == ROLE_BEFORE_NAME and \
            ROLE_WORDS_ONLY.fullmatch(paragraph.text, end, titled.start):
        end = titled.end  # "Venezuelan opposition leader X won …": the leader too
    return [m for m in paragraph.mentions_in(start, end) if m.kind.is_actor]


def _time_opening(clause: str, published: dt.date | None) -> int:
    """How far a time that opens the clause without a comma reaches ("On Monday party leaders …", "The next day
    acting President …"), its blanks after included; 0 when none does."""
    opening = TIME_OPENING_WORDS.match(clause)
    first = next(iter(find_time_expressions(clause, published)), None)
    if first is None or first.start != (opening.end() if opening else len(clause) - len(clause.lstrip())):
        return 0
    return first.end + len(clause[first.end:]) - len(clause[first.end:].lstrip())


TIME_OPENING_WORDS = re.compile(r"\W*(?:(?:Late|Early|Earlier|Later)\s+)?(?:on|in|at|by|On|In|At|By)?\s*")


def _day_of_the_plan(clause: str, published: dt.date | None) -> TimeExpression | None:
    """The first day still ahead told after the clause's modal: "X said the air bridge would begin on Friday"."""
    modal = FUTURE_MODAL.search(clause)
    return next((e for e in find_time_expressions(clause[modal.end():], published) if e.date.known
                 and e.date.precision is Precision.DAY and _is_future(published, e.date)), None) if modal else None


def _plan_opening(clause: str) -> str:
    """The words of a plan's clause from its subject to its modal ("On Tuesday he will address …" → "He will"),
    which the plain verbs going on the plan share; "" when the clause makes no plan."""
    modal = FUTURE_MODAL.search(clause)
    if modal is None:
        return ""
    pronoun = PRONOUN_SUBJECT.match(clause)
    start = pronoun.start(1) if pronoun else 0
    opening = clause[start:modal.end()].strip()
    return opening[:1].upper() + opening[1:]


def _last_leaders(paragraph: Paragraph, several: re.Match) -> list[Mention]:
    """The heads of state or government the article named last, as many as "the four leaders" counts."""
    count = NUMBER_WORDS[several.group("count").lower()]
    return list(paragraph.time.leaders[-count:]) if len(paragraph.time.leaders) >= count else []


def _last_two_people(paragraph: Paragraph, position: int) -> list[Mention]:
    """The last two people the paragraph names before ``position``, once each."""
    found: dict[str, Mention] = {}
    for mention in reversed(paragraph.mentions_in(0, position)):
        if mention.kind is EntityKind.PERSON and mention.key not in found:
            found[mention.key] = mention
        if len(found) == 2:
            return list(reversed(found.values()))
    return []


def _pronoun_subject(paragraph: Paragraph, span: Clause, last_person: Mention | None) -> list[Mention]:
    """"On Tuesday he will address Cubans, meet dissidents …": the person "he" stands for."""
    pronoun = PRONOUN_SUBJECT.match(paragraph.text[span.start:span.end])  # "^" holds at a string's start only
    if pronoun is None:
        return []
    subject = paragraph.names.previous_person(span.start + pronoun.start(1), last_person)
    return [subject] if isinstance(subject, Mention) else []


def _happened_at_a_place(participants: list[Mention], words: set[str], status: EventStatus) -> bool:
    """A clause that names a place and no one, and tells with a past verb what happened there (or was called
    off: "the metro was closed in Lisbon and trains were cancelled")."""
    return status in (EventStatus.HAPPENED, EventStatus.CANCELLED) and \
        any(not m.kind.is_actor for m in participants) and \
        any(_reports_action(w) or w in PAST_EVENT_VERBS for w in words)  # ("A drone struck a house in Wyryki")


GROUP_DEEDS = frozenset("broke took fled struck hit shot set cut led held met left sent fought began".split())
# "Soldiers backed by police dismantled the camp", "The assembly convened shortly before 1 a.m.": a deed of people
# or a body named by what they are, told in the past
GROUP_DID = re.compile(r"\W*(?:(?:On|In|At|By|Later|Earlier|Hours|Minutes|Shortly|Within|Late|Early|Days|Weeks|That|"
                       r"The\s+(?:next|following|same|day|night|morning|evening)|A\s+(?:day|week)|"
                       r"(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[0-9]{1,2})\s+(?:days|weeks|hours))\b[^,;]{0,40},\s+)?"
                       r"(?:[Tt]he\s+|[Hh]undreds\s+of\s+|[Tt]housands\s+of\s+|[Dd]ozens\s+of\s+)?(?:[a-z-]+\s+){0,2}?"
                       r"(?i:soldiers|troops|police|protesters|demonstrators|lawmakers|legislators|rebels|militants|"
                       r"insurgents|fighters|crowds|residents|gunmen|assembly|parliament|cabinet|junta|authorities|"
                       r"prosecutors|investigators|rescuers|security\s+forces|mourners|supporters|mutineers|"
                       r"putschists|officers|generals|negotiators|mediators|delegates|ministers|leaders|military|army|"
                       r"navy|government|opposition|volunteers|medics|doctors|firefighters|villagers|officials|"
                       r"protests|clashes|riots|demonstrations)\s+"
                       r"(?:[^,;]{0,40}?\s)?(?:\w+ly\s+)?(?:[a-z]{3,}ed|" +
                       "|".join(sorted(IRREGULAR_PAST | GROUP_DEEDS)) + r")\b")


def _happened_on_a_day(clause: str, words: set[str], status: EventStatus, published: dt.date | None) -> bool:
    """"On 12 May, five nurses were abducted", "On Tuesday, gunmen shot dead 40 patients": a happening told with
    a past verb and a day of its own, though it names no one and no place."""
    return status is EventStatus.HAPPENED and any(_reports_action(w) or w in PAST_EVENT_VERBS for w in words) and \
        any(e.date.known and e.date.precision is Precision.DAY and not e.anaphoric
            for e in _outside_quotes(clause, find_time_expressions(clause, published)))


def _reports_action(word: str) -> bool:
    """A past tense ("stormed", "authorised", "flew") or participle ("was flown", "had taken"): something was
    done."""
    return (word.endswith("ed") and len(word) > 4 and word not in ED_ADJECTIVES) or word in IRREGULAR_PAST \
        or word in PAST_PARTICIPLES


# Irregular participles that tell a deed ("was flown to Porto", "had taken refuge"); not "known", "seen", "done".
PAST_PARTICIPLES = frozenset("flown taken given driven shown withdrawn overthrown overrun broken chosen stolen sworn "
                             "thrown torn beaten hidden ridden risen shaken spoken written drawn fallen begun sunk "
                             "undertaken overtaken forgiven frozen".split())


def _status(clause: str) -> EventStatus:
    if CANCELLED.search(clause):
        return EventStatus.CANCELLED
    proposed = PROPOSED.search(clause)
    if proposed and not REPORTED.search(clause[:proposed.start()]):
        return EventStatus.PROPOSED  # not "X said he hoped the deal would be announced as soon as possible"
    planned = PLANNED.search(clause)
    if planned and not REPORTED.search(clause[:planned.start()]) and \
            not DONE_THEN_PLANNED.search(clause, 0, planned.end()):
        return EventStatus.PLANNED
    ongoing = ONGOING.search(clause)
    if ongoing and not REPORTED.search(clause[:ongoing.start()]) and not THAT.search(clause, 0, ongoing.start()):
        return EventStatus.ONGOING  # not "X responded that both are managing …", "talks on a dam that Y is building"
    return EventStatus.HAPPENED


def _blank_asides(clause: str) -> str:
    """The clause with its ", who …," and ", which …," asides blanked out, the other characters where they were:
    "X, who quit two days before the vote, backed Y" counts nothing from the vote."""
    spans = [m.span() for m in CLOSED_RELATIVE.finditer(clause)] if ", " in clause else []
    for start, end in spans:
        clause = clause[:start] + " " * (end - start) + clause[end:]
    return clause


def _day_of_a_plan_by_the_clock(time: TextTime) -> FuzzyDate:
    """The day a plan told only by its hour is on: the day ahead the text has reached, else the publication's."""
    narrative = time.narrative
    if narrative is not None and narrative.date.precision is Precision.DAY and \
            _is_future(time.published, narrative.date):
        return narrative.date
    return FuzzyDate.of_day(time.published)


AT_A_CLOCK_TIME = re.compile(r"\bat\s+(?:about\s+|around\s+)?[0-9]{1,2}(?:[.:][0-9]{2})?\s*(?:a\.?m\b|p\.?m\b)",
                             re.IGNORECASE)


def _day_it_was_planned_for(clause: str, expressions: tuple[TimeExpression, ...]) -> TimeExpression | None:
    """The time a thing called off had been planned for ("a visit that had been planned for Wednesday")."""
    return next((e for e in expressions if e.date.known and
                 PLANNED_FOR.search(clause, max(0, e.start - PHRASE_REACH), e.start)
                 and not REPORTED.search(clause[:e.start])), None)  # (not "X announced that the vote due on
    # March 25 would be postponed": the announcing's day)


def _weekday_not_yet_past(expression: TimeExpression, published: dt.date | None) -> FuzzyDate:
    """A weekday a plan was set for, told without a week: this one, or the next, not one gone by."""
    date = expression.date
    if published is None or expression.relation != "past" or date.precision is not Precision.DAY or \
            expression.text.split()[-1].lower() not in WEEKDAY_NAMES:
        return date
    return _shifted(date, 7) if date.year is not None and \
        dt.date(date.year, date.month, date.day) < published else date


WEEKDAY_NAMES = frozenset(name.lower() for name in calendar.day_name)
PLANNED_FOR = re.compile(r"\b(?:planned|scheduled|slated|set|due)\s+(?:for|on)\s+(?:the\s+)?\Z")


def _date(clause: str, time: TextTime, status: EventStatus, lead: bool, subordinate: bool,
          before: Narrative | None = None, quoted: bool = False) -> tuple[FuzzyDate, str | None]:
    """The clause's date and the words it comes from (None: the publication date, or no date). ``before``:
    the time of the sentence's clause before this one, which a narrative expression here goes on from
    ("seized Sanaa in 2014, and a coalition intervened the following year"); ``quoted``: the clause starts
    inside a quote."""
    published = time.published
    expressions = find_time_expressions(clause, published)
    unquoted = _outside_quotes(clause, expressions, quoted)
    quoted_days = [e for e in expressions if e not in unquoted and (not SPEAKER_RELATIVE.search(e.text)
                                                                     or POSSESSIVE_TIME.match(clause, e.end))]
    # ("“… a review of security at yesterday's rally,” she said": the rally's day, not the saying's)
    if any(e.date.known for e in unquoted) or before is not None or \
            quoted_days and len(quoted_days) + len(unquoted) == len(expressions) and \
            QUOTE_TOLD.search(_unquoted(clause)):
        expressions = tuple(unquoted)  # "“Today …,” X said late Sunday"; "Monday, when X said “today”"; "“… won the
        # most votes on the 28th of July,” the White House said": the day the quote tells of, not the telling's
    elif status is EventStatus.HAPPENED and len(unquoted) < len(expressions):  # "“In 2025 we are going to win,” X
        expressions = tuple(e for e in expressions if not _is_future(published, e.date)  # told supporters": now
                            and not (e.relation == "present" and e not in unquoted)  # "“From midnight tonight …”"
                            and not (e.date.precision is Precision.WEEK and e not in unquoted))  # "“… in recent
                            # days,” X said"
    if status is EventStatus.PLANNED and not any(e.date.known for e in unquoted) and published is not None and \
            AT_A_CLOCK_TIME.search(_unquoted(clause)):
        return _day_of_a_plan_by_the_clock(time), "a time of day (the day the text is on)"  # "X is due to speak at
        # about 10.30am": today, or the day ahead the text has reached
    if status is EventStatus.CANCELLED and (planned := _day_it_was_planned_for(clause, expressions)) is not None:
        return _weekday_not_yet_past(planned, published), planned.text  # "called off the appearance that had been
        # planned for Tuesday": Tuesday, the one the plan still had ahead
    comparison = COMPARISON.match(clause)  # "As in Brussels three weeks earlier, neither signed": not its time
    named = {m.start("year") for m in YEAR_NAMED_EVENT.finditer(clause)  # "reviving the 2015 accord": not its time
             if not WON_A_VOTE.search(clause, max(0, m.start() - WORD_REACH), m.start("year"))  # "won the 2015 vote"
             and not DEFEATED_IN_A_VOTE.search(clause, max(0, m.start() - WORD_REACH * 2), m.start("year"))}
    named |= {m.start("year") for m in YEAR_BEFORE_A_NAME.finditer(clause)}  # "to host the 2024 Arendal Forum"
    named |= {e.start for e in expressions if AHEAD_OF_A_THING.search(clause, max(0, e.start - PHRASE_REACH), e.start)
              or THING_DUE.search(clause, max(0, e.start - LOOK_BACK), e.start)}  # "announced that the election due
    # on February 25 would be postponed": the election's day, not the announcing's
    # "attending his last summit ahead of X's return to power on Jan 20": the return's day
    named |= {e.start for e in expressions if _a_thing_ahead(clause, e, published)}  # "downplayed a Nov. 27
    # deadline": the deadline's day, not the downplaying's
    named |= {e.start for e in expressions if _past_of_a_perfect(clause, e, published)}  # "has been a far cry
    # from the tensions of 2021": a present perfect takes no past time of its own
    named |= {e.start for e in expressions if _of_a_relative_clause(clause, e)}  # "lifted the curfew they imposed
    # on Friday": the curfew's time, not the lifting's
    participle_asides = [m.span("told") for m in PAST_PARTICIPLE_ASIDE.finditer(clause)] if ", " in clause else []
    named |= {e.start for e in expressions if _in_any(participle_asides, e.start)}  # ", removed by the army in
    # April,": the aside's
    possessive = [e for e in expressions if POSSESSIVE_TIME.match(clause, e.end)] if ", " in clause else []
    asides = _asides(clause) + _participle_asides(clause) if possessive else []
    named |= {e.start for e in expressions if PUNISHED_FOR.search(clause, max(0, e.start - PHRASE_REACH), e.start)
              or PUT_OFF_TO.search(clause, max(0, e.start - PHRASE_REACH), e.start)}  # "voted to push it back to
    # December": the new day set, not the voting's
    # "were jailed … over rioting in Liverpool on Saturday": the rioting's day, not the jailing's
    named |= {e.start for e in expressions if RELATIVE_POSSESSOR.match(e.text)
              and PERIOD_S_ACCOUNTS.match(clause, e.end)}  # "a plan to cut next year's budget": the budget's year
    named |= {e.start for e in possessive if _in_any(asides, e.start)}  # "Widodo and Lula, representing
    # last year's and next year's presidencies, handed Modi saplings": whose presidencies, not the handing's time
    named |= {e.start for e in expressions if _background(published, e.date) and
              NAME_DOING_IN_TIME.search(clause, max(0, e.start - PHRASE_REACH), e.start)}  # "posted a video of X
    # singing “…” in 1962": the singing's year, not the posting's
    named |= _times_of_an_aside_after_the_subject(clause, expressions)  # "X, after talks on Friday, said on
    # Saturday …": Saturday
    named |= {e.start for e in expressions if _of_a_thing(clause, e) and not _a_share_of(clause, e)
              or _onset_of_a_thing(clause, e)}  # "the winner of the July 28 election", "agreed to a truce starting
    # Saturday" (but "won 58% of Sunday's vote": that day's, though the story goes on from its own)
    named |= {e.start for e in expressions if QUOTE_GLOSS.search(clause, max(0, e.start - PHRASE_REACH), e.start)
              or TIME_THAT_MARKS.match(clause, e.end)
              or FIGURE_COMPARED.search(clause, max(0, e.start - LOOK_BACK * 2), e.start)}
    # "…,” X said, an allusion to Kenya's decision last month": the decision's time, not the saying's
    made = [m for m in _things_in_time(clause) if m.group("made")]
    subjects = {m.end() for m in made if _opens(clause, m)}  # "A truce signed in May broke
    # down": the clause's subject, whose time is the clause's unless the clause names another
    passing = {m.end() for m in made} | {m.end() for m in DATING.finditer(clause)}
    named |= {e.start for e in expressions if e.start in passing and _background(published, e.date)
              and (e.start not in subjects or any(later.start > e.end for later in expressions))}  # "to revive a
    # pact signed in 2001", "an accord dating from 1998": the pact's time, the accord's (but "at its summit in 2008"
    # is the clause's own occasion)
    if status is EventStatus.HAPPENED:  # "members have agreed a deal to spend 3.5% by 2035": a goal years ahead,
        named |= {e.start for e in expressions if _is_future(published, e.date)  # not the deal's time (but "agreed
                  and BY_A_TIME.search(clause, max(0, e.start - PHRASE_REACH), e.start)  # to open talks by the end
                  and (e.date.precision is Precision.YEAR  # of February": the talks' day)
                       or ORDERING_BEFORE.search(clause, max(0, e.start - PHRASE_REACH), e.start))}  # "expelled
        # the attachés, ordering them out by April 30": the order's deadline, not the expelling's day
    plan = None if lead or subordinate and status is EventStatus.PLANNED else _plan_span(clause, published)
    expressions = tuple(e for e in expressions if (not comparison or e.start >= comparison.end())
                        and e.start not in named and (plan is None or e.start < plan[0]))  # "…, announcing that she
    # would meet … on August 15": the plan's day, not the announcing's (the plan's own clause keeps it)
    if (counted := _counted_from_its_own_day(clause, expressions)) is not None:
        return counted  # "The day after X was sworn in on Jan. 10, Y told a rally": Jan. 11
    if (later := _counted_from_the_day_of_an_aside(clause, unquoted)) is not None:
        return later  # "X, whose office acted on Sunday, pushed back a day later": Monday
    own = None if _narrative_first(clause, expressions) else _own_time(clause, expressions, status, published)
    if (own is None or own.anaphoric) and (happening := _from_a_happening(_blank_asides(clause), time)) is not None:
        return happening  # "the day after the vote": from the vote's day, not the text's last
    if own is not None:  # "Earlier in the day, X said it would lift curbs imposed in 2019": the day, not 2019
        return own.date, own.text
    began = None if subordinate else _began_at(clause, expressions)
    if began is not None:
        return began.date, f"since {began.text}"
    narrative = None if subordinate else time.narrative or time.story
    if narrative is not None and time.told is not None and narrative.date == time.story.date and \
            status is EventStatus.HAPPENED and REPORTED.search(_unquoted(clause)):
        narrative = time.told  # "A cable was cut on Monday, X said on Tuesday. ¶ Y said it was no accident": then
    if narrative is not None and status is EventStatus.HAPPENED and _is_future(published, narrative.date):
        narrative = time.story  # "… will meet on August 4. Hours earlier, he had left Bangkok": not August's
    asides = _asides(clause) if any(e.anaphoric for e in expressions) else []
    asides = asides if asides and _acts_outside_asides(clause) else []  # "Zuniga, who had been removed the
    # previous day, told reporters …": the aside's time, not the telling's
    anaphoric = next((e for e in expressions if e.anaphoric and not _in_any(asides, e.start) and not (that_month(
                      e.text) and (
                      _past_relative(clause, e) or _reduced_relative(clause, e.start)
                      or REPORTED.search(clause, 0, e.start)))  # "said … the complaint it lodged in May of that year"
                      and not TOLD_THAT.search(clause, 0, e.start)  # "…,” he wrote, adding that the ship had left
                      # the day before": the reported leaving's day, not the writing's
                      and (SAME_TIME.match(e.text)
                                                                 or not A_THING_BEFORE.search(clause, 0, e.start)
                                                                 or _perfect_just_before(clause, e.start))),
                     None)  # "offered to host the meeting the same day": the offering's day ("had announced the
    # strike the day before": the announcing's)
    if anaphoric is not None:
        pointing = anaphoric.text.lower().startswith(("that ", "at the time")) and time.named_here is not None and \
            time.named_here.date.precision is Precision.DAY and not _moved_on_from(time.narrative, time.named_here)
        # "his term ended on Feb. 7. That day, …": the day (but "… on Nov. 27 and met Y the day after. That same
        # day …": the day after)
        carried = time.carried if time.narrative is None and time.carried is not None and \
            not _background_scene(time.carried, time.story) else None  # "Flights were suspended. The authority
        # reopened the airport the same day": the day the paragraph before had reached
        counted = time.counted_here if SAME_TIME.match(anaphoric.text) else None  # "Two days before the march,
        # X had called it … On the same day Y said …": that day
        narrative = before or _day_told_before_it(clause, anaphoric, published) or counted or \
            (time.named_here if pointing else None) or (time.stated if time.narrative is None else None) or \
            carried or narrative
        if narrative is not None and narrative.date.precision is not Precision.DAY and DAY_SCALE.search(
                anaphoric.text):
            narrative = time.stated or time.story  # "In early July, …. The speech came on the same day that …": a
            # day, the last the text named, or the story's
        if narrative is not None and status is EventStatus.HAPPENED and _is_future(published, narrative.date):
            narrative = time.story  # "… takes over on Dec. 1. Earlier in the day, X received …": not December's
        named = _last_time_named(time.named, clause[:anaphoric.start], published)  # "X, who won in the 2024
        # election, took office in September that year": 2024, named earlier in the sentence
        if PERIOD_BACK.search(anaphoric.text) and named is not None and not before:
            narrative = named  # "Kowalski had visited Kenya in 2019. The same year, he …": 2019
        if PERIOD_ON.search(anaphoric.text) and narrative is not None and time.named is not None and not before \
                and _is_future(published, _moved(narrative.date, anaphoric)) and not PLANNED.search(clause) \
                and not FUTURE_MODAL.search(clause):
            narrative = time.named  # "… a standoff that began in March. X left the following month": April, a
            # month gone by, not one still ahead
        if narrative is not None and anaphoric.text.lower() == "earlier" and \
                narrative.date.precision is not Precision.DAY:
            return FuzzyDate.unknown(), None  # "X earlier described …" after "in early October": before it, no more
        if that_month(anaphoric.text) and not before and named is not None and named.date.year is not None:
            narrative = named  # "… invaded in February 2022. That November, …": in the year named last
        if narrative is not None and (month := that_month(anaphoric.text)) and narrative.date.year is not None:
            year = month_in_year(anaphoric.text, narrative.date.year, narrative.date.month)  # "the previous August"
            day = that_day(anaphoric.text)  # "Feb. 24 that year"
            return FuzzyDate(year, month, day or 1, Precision.DAY if day else Precision.MONTH), \
                f"{anaphoric.text} ({narrative.text})"
        if narrative is not None and (date := _moved(narrative.date, anaphoric)).known:
            date = week_of(date) if approximate(anaphoric) else _as_coarse(date, anaphoric.text)  # "days earlier":
            # that week, no more; "that month": the month
            return date, f"{anaphoric.text} (after {narrative.text})"
        if anaphoric.shift == 0 and published:
            return FuzzyDate.of_day(published), None
        return FuzzyDate.unknown(), None
    said = REPORTED.search(clause)
    if any(not e.date.known and not e.anaphoric and not (said and said.start() < e.start) for e in expressions):
        return FuzzyDate.unknown(), None  # "recently", "soon": no date is honest (but "said he would soon …" is dated)
    if status in (EventStatus.PLANNED, EventStatus.PROPOSED) and time.ahead is not None and not (lead or subordinate):
        if any(not e.date.known and not e.anaphoric for e in expressions):
            return FuzzyDate.unknown(), None  # "… would return on April 1. He also said a conference would follow
            # in the coming days": a plan of its own vague time, not that day's
        return time.ahead.date, f"{time.ahead.text}{AHEAD_NAMED_BEFORE}"
    if PRESENT_PERFECT.match(clause, _subject_end(clause)) and (since := SINCE.search(clause)) is not None and \
            (began := _began_since(clause[since.end():], published)) is not None:
        return began.date, f"since {began.text}"  # "Frelimo has governed since independence in 1975": a state that
        # began then
    if lead and published and status in (EventStatus.HAPPENED, EventStatus.ONGOING):
        return (time.lead_day.date, time.lead_day.text) if time.lead_day else (FuzzyDate.of_day(published), None)
    if subordinate or not _fits(narrative, status, published):
        return FuzzyDate.unknown(), None
    main = _main_part(clause)
    if (occasion := THE_SAME_OCCASION.search(_unquoted(clause))) and \
            (told := time.latest.get(occasion.group("opening") or "")
                     or _happening_day(time, occasion.group("noun") or "")):
        return told.date, f"{occasion.group()} ({told.text})"  # "Lee told the same briefing that …": its day
    if ELECTION_RESULT.search(main) and (told := _happening_day(time, "election")) is not None and \
            not _is_future(published, told.date):  # (not the runoff ahead: "… will contest the runoff on …")
        return told.date, f"{told.text} (the election told before)"  # "… lost in Sunday's election. ¶ The party
        # won 47 seats": on election day, whenever the count was told
    if THE_DAY.match(clause) and time.narrative is None and time.story is not None:
        return time.story.date, f"the day ({time.story.text})"  # "The day had begun in Revolution Square, where …"
    if time.narrative is None and (status is not EventStatus.HAPPENED or _told_as_background(main)
                                   or FORMERLY.search(main)):  # "X previously served as finance minister"
        return FuzzyDate.unknown(), None  # the lead's time is for what happened then, not for background
    if (time.narrative is None or CAME_ONLY.search(clause)) and (named := _happening_named_before(clause, time)):
        # ("The strikes came a day after …": when the strikes told before happened, whatever the text reached)
        noun, told = named
        return told.date, f"{told.text} (the {noun} told before)"
    if narrative is time.story and narrative.text == PUBLICATION:
        return narrative.date, None
    if PRESENT_PERFECT.match(clause, _subject_end(clause)) and (_background(published, narrative.date)
                                                                or SINCE.search(main)):
        return FuzzyDate.unknown(), None  # "… captured Goma in January. Rwanda has denied any role": still, not then;
        # "Frelimo has governed since it took power": a state since then, not of the day the text reached
    if LONG_STANDING.search(main):
        return FuzzyDate.unknown(), None  # "Moscow has long demanded …", "The group often uses …": no one day
    if (small_hours := _next_small_hours(narrative, clause)) is not None:
        return small_hours.date, small_hours.text  # "… late on Tuesday. ¶ At about 4:30 a.m., X …": Wednesday
    return narrative.date, f"{narrative.text}{EARLIER_IN_THE_TEXT}"


def _began_since(after: str, published: dt.date | None) -> TimeExpression | None:
    """The time a "since" names within a few words ("since talks in Jeddah on March 11, 2025"), told before
    the publication."""
    first = next(iter(find_time_expressions(after[:SINCE_REACH], published)), None)
    if first is None or first.anaphoric or not first.date.known or not _background(published, first.date) or \
            len(after[:first.start].split()) > SINCE_WORDS:
        return None
    return first


SINCE_REACH = 90  # characters after "since" where the time a state began is looked for
SINCE_WORDS = 9  # words between "since" and that time: "since talks with American officials in Jeddah on"
EARLIER_IN_THE_TEXT = " (earlier in the text)"  # a date the clause takes from the text before, naming none
SUBJECT_NOUN_REACH = 24  # characters at a sentence's start where the noun of its subject stands ("The missile strikes")


def _note_dated_happenings(time: TextTime, sentence: str, expressions: list[TimeExpression]) -> None:
    """Remember the day a happening is named by ("the April 11 election", "Friday's strike"): what "on election
    day" or "the day after the strike" count from, whatever day the sentence itself tells."""
    for expression in expressions:
        named = DAY_OF_A_HAPPENING.match(sentence, expression.end) or \
            HAPPENING_BEFORE_ITS_DAY.search(sentence, max(0, expression.start - PHRASE_REACH), expression.start)
        if named is not None and expression.date.precision is Precision.DAY:
            noun = named.group("noun").lower()
            time.happenings[ANCHOR_NOUNS.get(noun, noun)] = Narrative(expression.date, expression.text)
            time.named_days[ANCHOR_NOUNS.get(noun, noun)] = Narrative(expression.date, expression.text)


HAPPENING_BEFORE_ITS_DAY = re.compile(r"\b(?:the|a|an|its|their|his|her|[A-Z][\w.'’-]*['’]s)\s+(?:[\w-]+\s+){0,2}?"
                                      r"(?P<noun>" + _HAPPENING_NOUN + r"|runoff|run-off)\s+on\s+\Z")  # "fraud
# in Kenya's presidential runoff on Sunday"
HAPPENING_WORD = re.compile(r"stepped\s+down|[a-z]+")  # "stepped down": a resignation told in two words
ANOTHER_TIME_BEFORE = re.compile(r"\b(?:since|before|until)\s+(?:[a-z]+\s+){0,3}\Z")  # "since he was shot": a
# happening of another time than the sentence's


def _note_happenings(time: TextTime, events: list[EventFinding]) -> None:
    """Remember the day of each happening a sentence told with a day of its own ("the helicopter crashed on
    Sunday"), for "The crash happened as …" later on."""
    nearest: dict[str, tuple[int, Narrative]] = {}  # of the sentence's events, the one that tells each noun
    for event in events:  # nearest its own time: "X, who was ousted on Friday, arrived on Monday" → Friday's
        if event.status not in (EventStatus.HAPPENED, EventStatus.PLANNED) or \
                event.date.precision is not Precision.DAY or not event.date_text:  # ("the eve of the visit"
            # planned for Wednesday: Tuesday)
            continue
        told = event.sentence.lower()
        when = told.find(event.date_text.lower())
        inherited = event.date_text.endswith(EARLIER_IN_THE_TEXT)  # dated by the sentence before: only its
        # subject is that sentence's happening ("The strikes killed no one", not "X won his seat with 60% of the vote")
        for word in HAPPENING_WORD.finditer(told):
            noun = ANCHOR_NOUNS.get(word.group()) or ANCHOR_NOUNS.get(word.group().removesuffix("s"))  # "strikes"
            if inherited and word.start() >= SUBJECT_NOUN_REACH and noun not in OCCASIONS:
                continue  # ("Park told a press briefing": the briefing was that day, wherever it is named)
            if noun is not None and ANOTHER_TIME_BEFORE.search(told, max(0, word.start() - WORD_REACH), word.start()):
                continue  # ("appeared on Friday for the first time since he was shot in May": not Friday's shooting)
            distance = abs(word.start() - when) if when >= 0 else len(told)
            if noun is not None and (noun not in nearest or distance < nearest[noun][0]):
                nearest[noun] = (distance, Narrative(event.date, event.date_text))
    for noun, (_, narrative) in nearest.items():
        time.latest[noun] = narrative
        if _happening_day(time, noun) is None or noun in TOLD_AGAIN:  # ("praised the vote in a letter dated
            # November 13" after "Tuesday's election": the vote is that election, of Tuesday)
            time.happenings[noun] = narrative


def _counted_from_its_own_day(clause: str, expressions: tuple[TimeExpression, ...]) -> tuple[FuzzyDate, str] | None:
    """An opening time counted from a clause that names its own day ("Two days after X was sworn in on Jan. 10,
    Y fled", "Hours after X landed in Oslo on Monday, …"): that day, moved by the count."""
    opening = COUNTED_OPENING.match(clause)
    if opening is None:
        return None
    day = next((e for e in expressions if opening.start("inner") <= e.start < opening.end("inner")), None)
    if day is None or day.anaphoric or day.date.precision is not Precision.DAY:
        return None
    return _shifted(day.date, _counted_days(opening)), f"{opening.group('span')} {opening.group('dir')} {day.text}"


def _with_the_deed_counted_from(paragraph: Paragraph, sentence: Sentence, lead: bool, last_person: Mention | None,
                                events: list[EventFinding]) -> list[EventFinding]:
    """"Three days after Israeli soldiers killed X in Rafah, the army released footage on Saturday": the deed the
    opening counts from is an event of its own, that many days before the main clause's day (unless the opening
    names its own day, or the main clause has none); it replaces the opening read as a clause of its own."""
    dateline = DATELINE.match(paragraph.text, sentence.start) if lead else None
    opening = COUNTED_OPENING.match(paragraph.text, dateline.end() if dateline else sentence.start, sentence.end)
    inner = opening.group("inner") if opening is not None else ""
    if not DEED_SUBJECT.match(inner) or not _tells_a_past(_unquoted(inner)) or \
            paragraph.text.startswith(("and ", "but "), opening.end()) or \
            any(e.date.known for e in find_time_expressions(inner, paragraph.time.published)):
        return events  # (not "The day after the attack India suspended the treaty, and Pakistan …": one clause)
    split = bool(events) and events[0].sentence.lower().rstrip(".") in opening.group().lower()  # (read as a clause)
    main = next((e for e in events[split:] if e.date.known and e.date.precision is Precision.DAY), None)
    days = _counted_days(opening)
    clause = Clause(opening.start("inner"), opening.end("inner"), subordinate=True)
    event = _event(paragraph, clause, False, last_person, None, []) if main is not None and days else None
    if event is None:
        return events
    return [replace(event, date=_counted_back(main.date, opening), status=EventStatus.HAPPENED,
                    date_text=f"{opening.group('span')}{opening.group('exact') or ''} {opening.group('dir')} "
                              f"({main.date_text or PUBLICATION})"),
            *events[split:]]


DEED_SUBJECT = re.compile(r"(?:[A-Z]|(?:the|a|an)\s)")  # "Israeli soldiers killed …", "a Russian missile tore …"


def _counted_days(opening: re.Match) -> int:
    """Days between an opening's deed and the main clause ("two days after" 2, "a week before" -7; "hours" 0; "a
    year after" a year's days, which a shift reads as the year alone)."""
    span, count = opening.group("span").lower(), (opening.group("count") or "").lower()
    unit = (opening.group("unit") or opening.group("one") or "day").lower()
    days = 0 if span.startswith(("hours", "minutes")) else \
        (int(count) if count.isdigit() else NUMBER_WORDS.get(count, 1)) * UNIT_DAYS[unit.rstrip("s")]
    return -days if opening.group("dir").lower() == "before" else days


UNIT_DAYS = {"day": 1, "week": 7, "month": MONTH_DAYS, "year": YEAR_DAYS}


def _counted_back(date: FuzzyDate, opening: re.Match) -> FuzzyDate:
    """The main clause's day moved back by an opening's count: "One year to the day after …" that very day a
    year before; "A year after …" that year."""
    days = _counted_days(opening)
    if opening.group("exact") and days % YEAR_DAYS == 0 and date.precision is Precision.DAY:
        with suppress(ValueError):  # (February 29 of a year with none)
            return FuzzyDate.of_day(dt.date(date.year - days // YEAR_DAYS, date.month, date.day))
    return _shifted(date, -days)


def _counted_from_the_day_of_an_aside(clause: str, expressions: list[TimeExpression]
                                      ) -> tuple[FuzzyDate, str] | None:
    """"X, whose office acted on Sunday, pushed back a day later": counted from the day the aside before names
    (which is not the clause's own time)."""
    counted = next((e for e in expressions if e.anaphoric and e.shift and e.text.lower().endswith("later")), None)
    asides = _asides(clause) if counted is not None else []
    day = next((e for e in reversed(expressions) if counted is not None and e.end <= counted.start
                and not e.anaphoric and e.date.precision is Precision.DAY and _in_any(asides, e.start)), None)
    if day is None or approximate(counted):
        return None
    return _shifted(day.date, counted.shift), f"{counted.text} (after {day.text})"


def _happening_named_before(clause: str, time: TextTime) -> tuple[str, Narrative] | None:
    """"The crash happened as …", "The meeting ended without …": a clause about a happening the text dated
    before, with no time of its own, is of that happening's day (the noun, and when it was told)."""
    found = THE_HAPPENING.match(clause) or RESPONSE_TO_HAPPENING.search(clause)
    noun = ANCHOR_NOUNS.get(found.group(1).lower(), "") if found else ""
    return (noun, time.happenings[noun]) if noun in time.happenings else None


def _from_a_happening(clause: str, time: TextTime) -> tuple[FuzzyDate, str] | None:
    """"Protests broke out the day after the vote", "X met Y on the eve of the summit", "Hours before the talks,
    …": a time told from a happening the text dated before (the day before, of or after it; hours around it)."""
    found = RELATIVE_TO_HAPPENING.search(clause) or RELATIVE_TO_DEED.search(clause)
    when = WHEN_A_HAPPENING.search(clause) if found is None and " when " in clause else None
    if when is not None and not REPORTED.search(clause, 0, when.start()):
        told = _happening_day(time, ANCHOR_NOUNS.get(when.group("noun").lower(), when.group("noun").lower()))
        return (told.date, f"{when.group()} ({told.text})") if told and told.date.precision is Precision.DAY else None
    if found is None and (day := ELECTION_DAY.search(clause)) is not None:
        noun = {"polling": "election", "voting": "election"}.get(day.group("noun").lower(), day.group("noun").lower())
        told = _happening_day(time, noun)
        return (told.date, f"{day.group()} ({told.text})") if told and told.date.precision is Precision.DAY else None
    own = next((e for e in find_time_expressions(clause, time.published) if e.date.precision is Precision.DAY
                and not e.anaphoric and found.start() <= e.start < found.end()), None) if found else None  # "two
    # days before the May 7 attack": its own day
    told = Narrative(own.date, own.text) if own else \
        _happening_day(time, ANCHOR_NOUNS.get(found.group("noun").lower(), "")) if found else None
    if told is None or told.date.precision is not Precision.DAY:
        return None
    span, direction = found.group("span").lower(), found.group("dir").lower()
    after = 1 if direction in ("after", "following") else -1 if direction != "of" else 0
    if span.endswith("day") or span == "the eve":
        days = -1 if span == "the eve" else after
        return _shifted(told.date, days), f"{found.group()} ({told.text})"
    if found.group("count"):  # "Fifteen days before the exchange"
        count = found.group("count").lower()
        days = int(count) if count.isdigit() else NUMBER_WORDS[count]
        return _shifted(told.date, days if after == 1 else -days), f"{found.group()} ({told.text})"
    if span in ("a week", "one week"):  # "A week after the coup"
        return _shifted(told.date, 7 * after), f"{found.group()} ({told.text})"
    if span.endswith(("days", "week")):  # "days before the vote", "the week after the summit": the week some
        return (_week_around(told.date, (3 if span.endswith("days") else 7) * after),  # days from it, no one day
                f"{found.group()} ({told.text})") if after else None
    return told.date, f"{found.group()} ({told.text})"  # "hours before the talks", "the morning of the vote"


def _week_around(day: FuzzyDate, days: int) -> FuzzyDate:
    """The week of the day ``days`` from a known day."""
    moved = dt.date(day.year, day.month, day.day) + dt.timedelta(days=days)
    monday = moved - dt.timedelta(days=moved.weekday())
    return FuzzyDate(monday.year, monday.month, monday.day, Precision.WEEK)


def _happening_day(time: TextTime, noun: str) -> Narrative | None:
    """The day the text dated a happening by ``noun``; an election's is its vote's, and a vote's its election's.
    A day named with the noun ("the April 12 ballot") before one told by a sentence the noun is only in ("confirmed
    X as the winner of the election on Friday")."""
    names = (noun, *ONE_HAPPENING.get(noun, ()))
    return next((found for days in (time.named_days, time.happenings) for name in names
                 if (found := days.get(name)) is not None), None)


ONE_HAPPENING = {"election": ("vote",), "vote": ("election",), "attack": ("shooting", "bombing", "assault"),
                 "shooting": ("attack",), "bombing": ("attack",), "inauguration": ("oath",)}  # names of one
# happening ("shot on May 15 … the day of the attack", "sworn in on November 8 …. The day after his inauguration")


def _as_coarse(date: FuzzyDate, words: str) -> FuzzyDate:
    """The narrative's month or year, where the words name only that ("that month", "later that year")."""
    if words.lower().endswith("month") and date.month is not None:
        return FuzzyDate(date.year, date.month, 1, Precision.MONTH)
    if words.lower().endswith("year") and date.year is not None:
        return FuzzyDate(date.year, None, None, Precision.YEAR)
    return date


def _subject_end(main: str) -> int:
    """Where the clause's verb phrase starts: after the words before its first auxiliary (0 if none)."""
    found = AUXILIARY_AFTER_SUBJECT.search(main)
    return found.start(1) if found else 0


def _told_as_background(main: str) -> bool:
    """The clause's own verb is a perfect ("had met", "has fought"), not a simple past that comes first ("Castro
    praised the measures Obama had taken": the praise happened then)."""
    perfect = PAST_PERFECT.search(main) or PRESENT_PERFECT.search(main)
    if perfect is None:
        return False
    before = re.findall(r"\b([a-z]+)\b(?!\s+by\b)", main[:perfect.start()])  # "negotiators led by X had been …"
    return not any(w in PAST_EVENT_VERBS or _reports_action(w) for w in before)


def _narrative_first(clause: str, expressions: tuple[TimeExpression, ...]) -> bool:
    """The clause opens its times with a narrative one ("hours earlier"), not restated at once by a date
    ("two days later, on May 18": the date)."""
    asides = [m.span() for m in ASIDE.finditer(clause)] if expressions and expressions[0].anaphoric else []
    if asides and _in_any(asides, expressions[0].start):
        expressions = expressions[1:]  # "X, who called Y hours after the fire, will fly on Thursday": the aside's
    if not expressions or not expressions[0].anaphoric:
        return False
    restated = len(expressions) > 1 and expressions[1].date.known and \
        RESTATING_GAP.fullmatch(clause, expressions[0].end, expressions[1].start) is not None
    return not restated and not _a_day_after_the_opening(clause, expressions, asides)


def _a_day_after_the_opening(clause: str, expressions: tuple[TimeExpression, ...],
                             asides: list[tuple[int, int]]) -> bool:
    """"Hours before the cut-off, HTS issued its first statement on Sunday": a day the clause names after its
    opening phrase is its own, nearer than the count from a thing."""
    comma = clause.find(",", expressions[0].end)
    return comma > 0 and any(e.start > comma and e.date.known and e.date.precision is Precision.DAY
                             and not e.anaphoric and not _in_any(asides, e.start) for e in expressions[1:])


# "two days later, on May 18", "Hours later, in an address to the nation early on Monday,": the date restates it
RESTATING_GAP = re.compile(r",?\s*(?:(?:in|at|during)\s+(?:an?|the|his|her|their)\s+[^,;.“”\"]{0,50}?\s+)?"
                           r"(?:(?:early|late)\s+)?(?:on|in)?\s*")


def _perfect_just_before(clause: str, start: int) -> bool:
    """A past perfect whose object runs up to ``start`` ("had announced the strike the day before")."""
    window = clause[max(0, start - NOUN_PHRASE_REACH):start]
    perfects = list(PAST_PERFECT.finditer(window))
    return bool(perfects) and not re.search(r"[,;]", window[perfects[-1].end():])


def _in_the_since_phrase(clause: str, expression: TimeExpression) -> bool:
    """The time comes after "since" before any comma or semicolon: "grounded since 1999", "fled since the war
    began in April 2023" (but not "his first interview since the truce, with Channel 14 on Thursday", nor "the
    first ship since the invasion set sail on Monday")."""
    sinces = list(SINCE.finditer(clause, 0, expression.start))
    since = sinces[-1] if sinces else None
    if since is None or PHRASE_BREAK.search(clause, since.end(), expression.start):
        return False  # ("has since recalled its envoy, in place since 2019": the last "since" before the time)
    if FIRST_SINCE_ENDS.search(clause, 0, since.end()) and WEEKDAY_AFTER_A_THING.fullmatch(
            clause, since.end(), expression.start) and expression.text[:1].isupper():
        return False  # "the first far-right party to win since the Second World War on Sunday": Sunday's win
    thing = SINCE_A_HAPPENING.match(clause, since.start()) if FIRST_OPENING.match(clause) else None
    return not (thing and _past_verb(thing["verb"].lower()) and thing.start("verb") < expression.start)


FIRST_SINCE_ENDS = re.compile(FIRST_SINCE.pattern.removesuffix(r"\s+") + r"\Z")
WEEKDAY_AFTER_A_THING = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}on\s+")  # "since the Second World War on
# Sunday": a happening named with no verb, then the day of the clause's own


# "The first ship since the invasion set sail on Monday": after the first of a kind that opens the clause, "since"
# names a happening, and the verb after it is the clause's own (but "since the war began in 2015" is one, "since he
# met X in 2021" another)
SINCE_A_HAPPENING = re.compile(r"since\s+(?:(?:the|its|[A-Z][\w.-]*['’]s)\s+)?(?:[\w-]+\s+){0,2}?(?:war|invasion|"
                               r"coup|attacks?|truce|ceasefire|election|uprising|revolution|pandemic|crisis|summit)\s+"
                               r"(?!(?:began|started|broke|erupted|ended|took|came|was|were|had|has)\b)"
                               r"(?P<verb>[a-z]+)")
FIRST_OPENING = re.compile(r"\W*(?:the|a|an|its|his|her|their|[A-Z][\w.-]*['’]s)\s+(?:[a-z-]+\s+)?"
                           + FIRST_OR_LAST.pattern, re.I)  # "The first ship carrying …", "Putin's first visit …"
PHRASE_BREAK = re.compile(r"[,;](?!\s+(?:but|and|while|whereas|though|although)\b)")  # (", but …" goes on
# outside the clause the finder reads)


def _own_time(clause: str, expressions: tuple[TimeExpression, ...], status: EventStatus,
              published: dt.date | None) -> TimeExpression | None:
    """The clause's first time expression, passing over those after "since" ("…, grounded since 1999"):
    they say how long something has lasted, not when the clause's event happened; those of an aside
    ("Anwar, who chairs ASEAN this year, met …"); a past time inside a reported future ("Okafor said the
    US would halve the tariff it imposed earlier this year": the saying is the event); and, where another
    is left, one describing a thing in passing ("a truce declared in March collapsed in late August"); and a
    day's possessive after a speech verb (``_day_of_a_thing_spoken_of``)."""
    all_asides = _asides(clause)
    since = next((m for m in SINCE.finditer(clause) if not _in_any(all_asides, m.start())), None)  # "X, who has
    # not been seen since Wednesday, posted … on Thursday": the aside's "since" says nothing of the posting
    asides = all_asides if all_asides and _acts_outside_asides(clause) else \
        [a for a in all_asides if OBJECT_RELATIVE.match(clause, a[0])]  # "…, which Okafor signed into law in 2020"
    future_report = REPORTED_FUTURE.search(clause) if "wil" in clause or "woul" in clause else None
    known = [e for e in expressions if e.date.known and not _is_deadline(clause, e)
             and not _in_any(asides, e.start) and not _day_of_a_thing_spoken_of(clause, e)
             and not _deadline_of_a_task(clause, e)
             and not (future_report and future_report.end() <= e.start and not _is_future(published, e.date))]
    if since and status is not EventStatus.ONGOING:  # "… airlifted since July, X said on Monday": the saying's
        known = [e for e in known if not _in_the_since_phrase(clause, e)
                 or TOLD_ON.search(clause, max(0, e.start - 40), e.start)]
    if status is not EventStatus.PLANNED and (" that " in clause or " which " in clause):  # "agreed to a truce that
        plans = [_future_relative(clause, m) for m in FUTURE_RELATIVE.finditer(clause)]  # will begin on Saturday":
        # the truce's day
        known = [e for e in known if not _in_any(plans, e.start)]
    known = [e for e in known if clause[e.end:e.end + 2] not in ("'s", "’s")
             or AT_A_DAYS_THING.search(clause, max(0, e.start - LOOK_BACK), e.start)
             or HELD_A_DAYS_THING.search(clause, max(0, e.start - LOOK_BACK), e.start)] or known  # "the date for
    # Friday's meeting was agreed on March 29": the meeting's day, not the agreeing's (but "At Monday's meeting X
    # invited Y to visit later this year": the inviting's)
    known = [e for e in known if not SO_FAR.search(clause, max(0, e.start - LOOK_BACK), e.start)] or known  # "the
    # strongest so far in 2025, struck on Wednesday": a span to date, no happening's time
    known = [e for e in known if not (THIS_PERIOD.search(e.text) and e.date.precision in COARSE)] or known  # "might
    # stretch through most of this year came to a halt on May 6": the day
    known = [e for e in known if not _a_years_thing(clause, e)] or known  # "won Canada's 2025 federal election on
    # Monday": the day (but "lost the 2021 election": that year)
    known = [e for e in known if not a_day_declared(clause, e.start, e.end)] or known  # "proclaimed Sunday a day
    # of prayer on Saturday": the proclaiming's Saturday
    known = [e for e in known if not RELATIVE_PERFECT.search(clause, max(0, e.start - PHRASE_REACH), e.start)
             and not YEARS_AFTER.search(clause, max(0, e.start - PHRASE_REACH), e.start)]
    known = [e for e in known if not _dates_a_past_relative(clause, e, published)
             and not WHEN_INSIDE_A_RELATIVE.search(clause, max(0, e.start - PHRASE_REACH), e.start)]
    known = [e for e in known if not _relative_before_the_clause_s_own(clause, e, known)]
    known = [e for e in known if not _restated_by_a_day(clause, e, known)]
    known = [e for e in known if not ADDED_THAT.search(clause, 0, e.start)]  # "X said …, adding that troops had
    # planted the charges last autumn": the planting's time, not the saying's
    main = [e for e in known if not _reduced_relative(clause, e.start)]
    return (main or known)[0] if known else None  # "a truce declared in March collapsed in late August"


# "the man who was mayor when two dams burst eight days ago": the bursting's time, told inside a relative clause.
WHEN_INSIDE_A_RELATIVE = re.compile(r"\b(?:who|that|which)\s+(?:was|were|had\s+been)\s+[^,;“”\"]{1,60}?\swhen\s"
                                    r"[^,;“”\"]{1,100}?\s\Z")


def _relative_before_the_clause_s_own(clause: str, expression: TimeExpression, others: list[TimeExpression]) -> bool:
    """A time ending a relative clause, with a time of the main clause after it: "The number killed by the
    earthquake that struck late on Friday rose to 2,122 on Sunday" (the rise's Sunday)."""
    return _past_relative(clause, expression) is not None and any(
        other.start > expression.end and _past_relative(clause, other) is None for other in others)


def _restated_by_a_day(clause: str, expression: TimeExpression, others: list[TimeExpression]) -> bool:
    """"Exactly a year ago, on Nov. 3, 2024, …": a rough time the words right after name to the day."""
    return expression.date.precision is not Precision.DAY and any(
        other.date.precision is Precision.DAY and other.date.year == expression.date.year
        and RESTATING.fullmatch(clause, expression.end, other.start) for other in others)


RESTATING = re.compile(r",?\s*(?:on\s+)?")


def _a_years_thing(clause: str, expression: TimeExpression) -> bool:
    """A year written before a thing's noun, as its adjective: "Canada's 2025 federal election", "a 2012 coup"."""
    return expression.date.precision is Precision.YEAR and YEAR_AS_ADJECTIVE_AFTER.match(clause, expression.end) \
        is not None and YEAR_AS_ADJECTIVE_BEFORE.search(clause, max(0, expression.start - LOOK_BACK),
                                                         expression.start) is not None


YEAR_AS_ADJECTIVE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|[A-Z][\w.-]*['’]s)\s+\Z")
YEAR_AS_ADJECTIVE_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?[a-z]+")


def _future_relative(clause: str, relative: re.Match) -> tuple[int, int]:
    """Where a relative telling a plan lies: to the clause's comma, or, inside the subject, to where the main verb
    takes over ("The centre that will run the corridor opened last Wednesday": the opening's day)."""
    return relative.start(), _subject_relative_end(clause, relative.start(), relative.end())


def _subject_relative_end(clause: str, start: int, end: int) -> int:
    """Where a relative clause starting at ``start`` inside the sentence's subject gives way to the main verb:
    the first past tense after its own verb and object ("The committee that will oversee the vote met …")."""
    if start > SUBJECT_CHARACTERS or \
            any(_reports_action(w) or w in AUXILIARIES for w in re.findall(r"[a-z]+", clause[:start])):
        return end  # the relative follows the main verb: "… agreed to a truce that will begin on Saturday"
    words = [w for w in re.finditer(r"[A-Za-z]+", clause[start:min(end, start + SUBJECT_CHARACTERS)])
             if not is_adverb(w.group())]  # "would be formally installed": the adverb does not part them
    for previous, word in zip(words[2:], words[3:]):
        if previous.group() not in AUXILIARIES | {"be", "been", "to"} and \
                (_reports_action(word.group()) or word.group() in PAST_EVENT_VERBS):
            return start + word.start()
    return end


def _began_at(clause: str, expressions: tuple[TimeExpression, ...]) -> TimeExpression | None:
    """"Okafor has not set foot in Kenya since 2015", "millions have fled since the war began in April 2023": a
    state told only by how long it has lasted is placed where it began (but "the first visit since 2015" is the
    visit's)."""
    since = SINCE.search(clause)
    asides = _asides(clause)
    if since is None or _in_any(asides, since.start()) or \
            any(not _in_any(asides, m.start()) for m in FIRST_OR_LAST.finditer(clause, 0, since.start())):
        return None  # "Somalia, which has ruled itself since 1991, called …": the aside's (but "X, which hosts the
        # largest base, has housed the office since 2012": the largest is the aside's)
    lasting = LASTING.search(clause, 0, since.start())
    if lasting is None and not clause[:since.start()].strip(" \"“"):
        lasting = LASTING.search(clause, since.end())  # "Since last October, it has fired rockets …"
    if lasting is not None and REPORTED.search(clause, 0, lasting.start()):
        return None  # "X said a building had been hit, though it had not been used since …": the saying's
    began = next((e for e in expressions if e.date.known and e.start > since.end()
                  and SINCE_HAPPENING.fullmatch(clause, since.end(), e.start)), None)
    return began if lasting and began is not None else None


def _day_of_a_thing_spoken_of(clause: str, expression: TimeExpression) -> bool:
    """"Parmelin called Wednesday's summit a sign of hope": the summit's day, not the calling's (but "Turkey
    hosted Tuesday's round": the hosting was that day)."""
    return clause[expression.end:expression.end + 2] in ("'s", "’s") and \
        (REPORTED.search(clause, 0, expression.start) or SPOKEN_OF.search(clause, 0, expression.start)) is not None \
        and not DURING_A_DAYS.search(clause, max(0, expression.start - 12), expression.start)  # "said 323 people had
    # been detained during Saturday night's protests": then


THING_DUE = re.compile(r"\b(?!(?:is|are|was|were|be|been|not)\b)[a-z]+,?\s+due\s+(?:on\s+|in\s+|for\s+|"
                       r"to\s+(?:end|finish|close|expire|open|start|begin|run)\s+(?:on\s+|in\s+|by\s+)?)?\Z")  # "an
# inspection of all 101 jets, due to end on Friday,": the inspection's end, not the telling's day
DURING_A_DAYS = re.compile(r"\b(?:during|amid|at|in)\s+\Z")


def _deadline_of_a_task(text: str, expression: TimeExpression) -> bool:
    """"asked it to draft a plan … before the end of the year": when the task is due, not when it was given."""
    return BY_THE_END.search(text, max(0, expression.start - LOOK_BACK), expression.start) is not None and \
        TASK_GIVEN.search(text, 0, expression.start) is not None


TASK_GIVEN = re.compile(r"\b(?:asked|ordered|told|instructed|tasked|urged|called\s+on|gave)\s[^,;]{0,60}?\bto\s+[a-z]+")


def _is_deadline(text: str, expression: TimeExpression) -> bool:
    """"… must halt operations until January 29, 2024": when something ends, not when it happens (but "is not
    expected to report until early next year": when it happens, not before)."""
    before = text[max(0, expression.start - 20):expression.start]
    return ("til" in before or "through" in before) and UNTIL.search(before) is not None and \
        not NOT_BEFORE_UNTIL.search(text, max(0, expression.start - PHRASE_REACH), expression.start)


# "is not expected to report until …", "has until December 30 to declare a winner": the day it is due
NOT_BEFORE_UNTIL = re.compile(r"(?:\b(?:not|never)|n['’]t)\s[^,;.]*\buntil\s|\b(?:has|have|had|given)\s+until\s")


# ", which Okafor signed in 2020": an aside with a subject of its own tells of the thing before it, not the clause.
OBJECT_RELATIVE = re.compile(r",\s(?:which|that)\s(?:he|she|they|it|we|(?:[A-Z][\w'’.-]*\s){1,3})(?:also\s|first\s)?"
                             r"(?:[a-z]{3,}ed|signed|made|took|won|held|sent|set|wrote|brought|struck|began)\b")


def _acts_outside_asides(clause: str) -> bool:
    """Whether the clause says what happened outside its asides: "Umerov, who was appointed last week, said
    …" does; "The attack was “…”, according to Kallas, who said on Thursday …" leaves it to the aside."""
    if (aside := ASIDE_BEFORE_AUXILIARY.search(clause)) is not None and not ASIDE_PLAN.search(aside.group()):
        return True  # "Morales, who governed until 2019, was quick to denounce …": a predicate of its own (but
        # "X, which is due to swear in a president on Thursday, did not comment" tells the plan only)
    outside = ASIDE.sub("", clause)
    words = set(re.findall(r"[a-z]+", outside))
    return REPORTED.search(outside) is not None or bool(words & PAST_EVENT_VERBS) or \
        any(map(_reports_action, words)) or AHEAD_VERB.search(outside) is not None  # "…, is staying on from Friday"


def _in_any(spans: list[tuple[int, int]], position: int) -> bool:
    return any(start <= position < end for start, end in spans)


def _participle_asides(text: str) -> list[tuple[int, int]]:
    """", representing last year's presidency,": a participle set off by commas."""
    return [m.span() for m in PARTICIPLE_ASIDE.finditer(text)]


def _asides(text: str) -> list[tuple[int, int]]:
    """Where ", which …," / ", who …," / " – … – " asides are."""
    asides = [m.span() for m in ASIDE.finditer(text)] if " wh" in text or " that " in text else []
    asides += [m.span() for m in DESCRIBING_ASIDE.finditer(text)] if ", " in text else []
    asides += [m.span() for m in DASH_ASIDE.finditer(text)] if "–" in text or "—" in text else []
    return asides + [m.span("aside") for m in APPOSITIVE.finditer(text)  # (not ", a White House official
                     if not REPORTED.search(m.group("aside"))] if ", " in text else asides  # confirmed on Monday,")


CLOSED_RELATIVE = re.compile(r",\s(?:who|which|whose|whom)\b(?:[^,;:]|,(?=[0-9]{3}\b))*,")


def _main_part(clause: str) -> str:
    """The clause up to its first speech verb, relative pronoun or participle, quotes left out: in "X said
    Russia had given …" the saying is the event; in "Washington, which has pushed …, welcomed" the welcome
    is; in "Biden welcomed the decision, saying the pause had saved lives" the welcome is."""
    clause = CLOSED_RELATIVE.sub("", _unquoted(clause))  # "X, who led the group from Qatar, had sat …": X had sat
    said = REPORTED.search(clause)
    clause = clause[:said.start()] if said else clause
    participle = PARTICIPLE.search(clause)
    clause = clause[:participle.start()] if participle else clause
    relative = RELATIVE.search(clause)
    return clause[:relative.start()] if relative else clause


def _before_relative(clause: str) -> str:
    """The clause up to a relative clause or a participle, whose tense is not the clause's ("struck a deal in which
    Iran agreed to freeze part of a programme, in exchange for sanctions which are hurting its economy": happened;
    "issued a statement, stating that both sides will stay": happened; "released the principles, a document
    that will guide …": happened)."""
    clause = ASIDE_BEFORE_AUXILIARY.sub(" ", clause)  # "The G7, which includes Kenya, Norway and Peru, is expected to"
    cut = min((m.start() for m in (RELATIVE_ONLY.search(clause), ANY_PARTICIPLE.search(clause)) if m), default=None)
    return clause[:cut] if cut is not None else clause


def _unquoted(clause: str) -> str:
    """The clause with its quoted words blanked: what a quote says sets no tense or status of the clause."""
    if '"' not in clause and "“" not in clause:
        return clause
    for start, end in quote_spans(clause):
        clause = clause[:start] + " " * (end - start) + clause[end:]
    return clause


def _fits(narrative: Narrative | None, status: EventStatus, published: dt.date | None) -> bool:
    """A plan is not dated by a past time, nor a past happening by a future one."""
    if narrative is None:
        return False
    date = narrative.date
    if published is None or date.year is None:
        return True
    future = _is_future(published, date)
    if status in (EventStatus.PLANNED, EventStatus.PROPOSED):
        return future or (date.year, date.month or 0, date.day or 0) == (published.year, published.month, published.day)
    return not future


def _is_past(published: dt.date | None, date: FuzzyDate) -> bool:
    """Not ahead of publication, and not its very day ("said he would convene his cabinet on Thursday", written
    on Thursday: that day's plan) nor its month ("said she would visit in May", written in May)."""
    on_the_day = published is not None and date.precision is Precision.DAY and date.iso() == published.isoformat()
    this_month = published is not None and date.precision is Precision.MONTH and \
        (date.year, date.month) == (published.year, published.month)
    return not _is_future(published, date) and not on_the_day and not this_month


def _is_future(published: dt.date | None, date: FuzzyDate) -> bool:
    return bool(published and date.year and (date.year, date.month or 0, date.day or 0) >
                (published.year, published.month, published.day))


def _summary(clause: str) -> str:
    """The clause as one line: the event's full sentence, as the chronology page quotes it."""
    clause = " ".join(clause.split())
    dateline = DATELINE.match(clause)  # at the start only: "5% of GDP - a response" keeps its "GDP"
    clause = clause[dateline.end():] if dateline else clause
    summary = LEADING_FILLER.sub("", clause).strip(" ,;—").lstrip("→•▪►*–- ")  # a list's bullet opens no event
    summary = summary[:1].upper() + summary[1:]
    if len(summary) > MAX_SUMMARY:
        summary = summary[:MAX_SUMMARY].rsplit(" ", 1)[0] + "…"
    return summary


HEADLINE_WORDS = 16
QUOTE_HEADLINE_WORDS = 12
PERIOD_BACK = re.compile(r"(?:that|the\s+same)\s+(?:year|month)$", re.I)  # "that year": the year named last
PERIOD_ON = re.compile(r"(?:(?:the\s+)?(?:following|next)\s+(?:year|month|day)"
                       r"|(?:\w+|a)\s+(?:days?|weeks?|months?|years?)\s+later)$", re.I)  # "the following month",
# "two days later"
PRONOUN_OPENING = re.compile(r"(?:he|she|they|it|we|his|her|their|its)\b", re.I)
LEADING_PRONOUN = re.compile(r"(?:He|She|His|Her)\b(?!\s+own\b)")
BODY_PRONOUN = re.compile(r"(?:It|Its)\b(?!\s+(?:is|was|has|had)\b)")  # a body's: "it would reopen"
# A lead-in time ("On Thursday, ", "Two days later, ", "Late on Monday night, "); not a clause that ends on a day
# ("The truce takes effect on Thursday, the ministry said").
LEADING_TIME = re.compile(r"^(?:(?:On|By|Late|Early|Earlier|Later|In|At|During|Since|Last|This|Next|Shortly|Overnight|"
                          r"Hours|Days|Weeks|Months|Minutes|Moments|Today|Yesterday|A|An|One|Two|Three|Four|Five|"
                          r"Several|" + "|".join(calendar.day_name) + "|" + "|".join(calendar.month_name[1:]) +
                          r")\b(?:(?!\b(?:was|were|is|are|had|has|have|[a-z]+ed|that|which|who)\b)[^,]){0,40}?)?"
                          # (no verb and no relative clause in it: "A war that began on October 7, 2023")
                          r"\b(?:day|night|morning|afternoon|evening|week|weekend|month|year|earlier|later|[0-9]{1,4}|"
                          + "|".join(calendar.day_name) + r")\s*,\s+"  # not "… were killed Sunday, X said"
                          r"|^(?:" + "|".join(calendar.day_name) + r")\b[^,]{0,20},\s+")
LEADING_FULL_DATE = re.compile(r"^(?:On\s+)?(?:[A-Z][a-z]+\.?\s+[0-9]{1,2}|[0-9]{1,2}\s+[A-Z][a-z]+),\s+[0-9]{4},\s+")
CLOSED_ASIDE = re.compile(r",\s(?:which|who|whose)\b(?:[^,;]|,(?=[0-9]{3}\b))*,\s(?=(?!and\b|or\b|but\b)[a-z])")
DASH_ASIDE = re.compile(r"\s[—–]\s[^—–]{1,150}?\s[—–]\s")
HEADLINE_BREAK = re.compile(r",\s(?:which|who|where|when|as|while|after|before|saying|adding|according)\b|\s[—–]\s|;")


def _begins_inside_a_quote(sentence: str) -> bool:
    """The sentence closes a quote it did not open (“… He is very upset,” Okafor said): its "he" is the speaker's
    word for someone else."""
    closing, opening = sentence.find("”"), sentence.find("“")
    return closing >= 0 and (opening < 0 or closing < opening) or sentence.count('"') % 2 == 1


def headline(sentence: str, subject: str | None = None, speaker: str | None = None) -> str:
    """A short headline for a chronology entry: the event's clause without its lead-in time ("On Thursday,"),
    cut at its first subordinate clause, or after a whole word, never inside one; a leading "He" or "She"
    becomes ``subject``, the person it stands for; a statement opening with its quote reads "``speaker``:
    “…”"."""
    if speaker and _opens_with_quote(sentence) and (spans := quote_spans(sentence.strip())):
        start, end = spans[0]
        words = sentence.strip()[start:end].strip(" ,.;:").split()
        excerpt = " ".join(words[:QUOTE_HEADLINE_WORDS]) + (" …" if len(words) > QUOTE_HEADLINE_WORDS else "")
        return f"{speaker}: “{excerpt}”"
    text = LEADING_TIME.sub("", LEADING_FULL_DATE.sub("", sentence.strip()))
    text = text.strip("“”\"' ")
    if subject and (pronoun := LEADING_PRONOUN.match(text)) and not _begins_inside_a_quote(sentence):
        owner = pronoun.group() in ("His", "Her")  # "His motorcade left" → "Joe Biden's motorcade left"
        if not (owner and subject in text):  # (but "His challenger Jan Okafor said": not Okafor's challenger)
            text = subject + ("'s" if owner else "") + text[pronoun.end():]
    text = CLOSED_ASIDE.sub(" ", text)  # "The train, which left on Saturday, pulled in on Tuesday": who did what
    text = DASH_ASIDE.sub(" ", text, count=1)  # "The summit of BRICS countries — Brazil, … — will open"
    cut = HEADLINE_BREAK.search(text, 20)
    if cut is not None:
        text = text[:cut.start()]
    words = text.split()
    if len(words) > HEADLINE_WORDS:
        text = " ".join(words[:HEADLINE_WORDS]).rstrip(",;:") + " …"
    text = text.rstrip(" .,;:")
    return text[:1].upper() + text[1:]
