"""Event dates from the narrative: a time set once flows through the text until a new one resets it.

Each case is an article (paragraphs, published on Wednesday 12 March 2025) and, for the event whose
sentence holds ``needle``, the date it must get (None: no date) and where that date must come from.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract import RuleExtractor
from generator.extract.events import headline
from generator.model import Article, Block, EntityKind

PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday
EXTRACTOR = RuleExtractor()


def event_dates(*paragraphs: str) -> dict[str, tuple[str | None, str | None]]:
    blocks = tuple(Block("paragraph", text, number) for number, text in enumerate(paragraphs, 1))
    extraction = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", blocks))
    return {event.sentence: (event.date.iso(), event.date_text) for event in extraction.events}


def date_of(needle: str, *paragraphs: str) -> tuple[str | None, str | None]:
    """The date of the one event whose sentence holds ``needle`` (or starts with it, when several hold it)."""
    dates = event_dates(*paragraphs)
    matches = [value for sentence, value in dates.items() if needle in sentence]
    if len(matches) > 1:
        matches = [value for sentence, value in dates.items() if sentence.startswith(needle)]
    assert len(matches) == 1, (needle, dates)
    return matches[0]


def starting(dates: dict[str, tuple[str | None, str | None]], prefix: str) -> tuple[str | None, str | None]:
    """The (date, words) of the first event whose sentence starts with ``prefix``."""
    return next(value for sentence, value in dates.items() if sentence.startswith(prefix))


CASES = [
    pytest.param(["Kenya's president spoke on Monday.",
                  "Jan Kowalski, the envoy, posted a picture of the bridge beside Lena Okafor singing “Happy Birthday, "
                  "Mr. President” in 1962."], "posted a picture", "2025-03-10", "Monday",
                 id="a-name-shown-doing-something-in-a-year-long-gone-dates-not-the-posting"),
    pytest.param(["President-elect Lena Okafor, who is to be sworn in on Monday, had got in first."],
                 "Okafor is to be sworn in", "2025-03-17", "Monday", id="is-to-be-sworn-in-is-ahead"),
    pytest.param(["Kenya hopes to welcome Norway by the summit in Nairobi in January."], "hopes to welcome",
                 "2026-01-01", "January", id="hopes-to-is-ahead"),
    pytest.param(["Kenya's president signed the accord on Monday.",
                  "Later Lena Okafor and Jan Kowalski, representing last year's and next year's presidencies, handed "
                  "him saplings."], "handed him saplings", "2025-03-10", "Monday",
                 id="a-possessive-time-in-a-participle-aside-dates-nothing"),
    pytest.param(["Kenya's president hosted Lena Okafor in Nairobi on Monday.",
                  "The mood was warmer than in February, when Okafor was berated by Jan Kowalski. This time Okafor "
                  "arrived early."], "This time", "2025-03-10",
                 "Monday (earlier in the text)", id="this-time-comes-back-from-the-occasion-compared-with"),
    pytest.param(["Kenya's president hosted Lena Okafor in Nairobi on Monday.",
                  "The mood was warmer than in February. Okafor handed over a letter to Jan Kowalski."],
                 "handed over", "2025-03-10", "Monday", id="a-time-compared-with-sets-no-time"),
    pytest.param(["Kenya and its opposition on Tuesday signed a deal setting out guarantees for next year's "
                  "presidential vote."], "Next year's presidential vote", "2026-01-01", "next year",
                 id="a-happening-named-by-next-year's-is-of-next-year"),
    pytest.param(["Lena Okafor, who wants an agreement sealed by Dec. 12, warned that intentions would not suffice."],
                 "Lena Okafor wants", "2025-12-12", "Dec. 12", id="a-deadline-someone-wants-met-is-ahead"),
    pytest.param(["Kenya's defence ministers meet in Nairobi on Thursday."], "meet in Nairobi", "2025-03-13",
                 "Thursday", id="ministers-meet-on-a-weekday-is-a-timetable"),
    pytest.param(["Kenya's defence ministers did meet in Nairobi on Monday."], "did meet", "2025-03-10", "Monday",
                 id="did-meet-is-past"),
    pytest.param(["The exchange agreed in Oslo last month will now start on Friday morning, Kenya said."],
                 "will now start", "2025-03-14", "Friday morning", id="a-thing's-time-in-passing-is-not-the-clause's"),
    pytest.param(["A ceasefire signed in Oslo in January broke down, Kenya said."], "broke down", "2025-01-01",
                 "January", id="a-subject-thing's-time-is-the-clause's-when-it-names-no-other"),
    pytest.param(["In November, hundreds of Kenyan police officers quit their posts in protest."], "quit",
                 "2024-11-01", "November", id="quit-is-a-past-tense-so-november-is-last-year's"),
    pytest.param(["The plan was first put to both sides at a summit in Nairobi on Dec. 5."], "first put",
                 "2024-12-05", "Dec. 5", id="put-is-a-past-tense-so-december-is-last-year's"),
    pytest.param(["Lena Okafor said she had begun arranging a meeting after hosting Kenya's president on Monday, three "
                  "days after her summit with Norway ended without a deal."], "summit with Norway", "2025-03-07",
                 "three days after (Monday)", id="a-count-right-after-a-day-goes-back-from-that-day"),
    pytest.param(["Hours before the cut-off, the Kenyan rebels issued their first statement on the deal on Sunday."],
                 "first statement", "2025-03-09", "Sunday", id="a-day-after-an-opening-count-from-a-thing-is-its-own"),
    pytest.param(["Kenya signed a port deal with Norway on Jan. 1.",
                  "Somalia, which has ruled itself since 1991, called the deal illegal, and Lena Okafor signed a law "
                  "that month voiding it."], "voiding", "2025-01-01", "that month (after Jan. 1",
                 id="that-month-is-the-narrative's-month-across-an-aside"),
    pytest.param(["Jan Kowalski is due to be appointed on Tuesday and sworn in a day later."], "appointed",
                 "2025-03-18", "Tuesday", id="a-passive-after-a-plan-is-ahead"),
    pytest.param(["Earlier in the day, Kenya said it would withdraw the complaint it lodged in September of "
                  "that year."],
                 "withdraw", "2025-03-12", None, id="of-that-year-qualifies-a-date-not-the-clause"),
    pytest.param(["Kenya's envoy announced the charges on Monday.", "Within the hour, Norway recalled its envoy."],
                 "recalled", "2025-03-10", "Within the hour (after Monday)",
                 id="within-the-hour-goes-on-from-the-narrative"),
    pytest.param(["The row broke on Monday, when Kenya expelled Norway's envoy despite the indictment three days "
                  "earlier of two Kenyans."], "expelled", "2025-03-10", "Monday",
                 id="a-narrative-time-after-a-noun-dates-the-noun"),
    pytest.param(["The date for Friday's meeting of Kenya and Norway was agreed at talks in Oslo on March 3."],
                 "was agreed", "2025-03-03", "March 3", id="a-day's-possessive-is-the-thing's-day"),
    pytest.param(["On Monday, the coast guard of Norway boarded a trawler. Hours earlier, a Kenyan patrol boat "
                  "had fired warning shots."], "patrol boat", "2025-03-10", "Hours earlier",
                 id="hours-earlier-takes-the-narrative-day"),
    pytest.param(["Norway summoned Kenya's ambassador on Monday. The next day, Kenya expelled two Norwegian "
                  "diplomats."], "expelled", "2025-03-11", "The next day", id="the-next-day"),
    pytest.param(["Norway summoned Kenya's ambassador on Monday. Earlier in the afternoon, Kenya had expelled two "
                  "Norwegian diplomats."], "Earlier in the afternoon", "2025-03-10", "Earlier in the afternoon",
                 id="an-afternoon-is-the-same-day"),
    pytest.param(["Kenya's transitional authority and armed groups on Monday signed a peace deal.",
                  "The rebels had fought the government since 2003. Kenya's president thanked the mediators."],
                 "Kenya's president thanked", "2025-03-10", "Monday",
                 id="an-armed-group-is-no-second-verb-and-the-lead-sets-the-story-day"),
    pytest.param(["Norway summoned Kenya's ambassador on Monday. Kenya protested the move."],
                 "protested", "2025-03-10", "earlier in the text", id="a-sentence-goes-on-at-the-time-set"),
    pytest.param(["Norway summoned Kenya's ambassador on Monday.", "Kenya protested the move."],
                 "protested", "2025-03-10", "Monday", id="a-new-paragraph-goes-back-to-the-lead's-time"),
    pytest.param(["Norway summoned Kenya's ambassador.", "Kenya protested the move."],
                 "protested", "2025-03-12", None, id="the-lead's-time-is-the-publication-date"),
    pytest.param(["Norway and Kenya signed a truce on Monday.",
                  "In the garden, before several hundred guests, Kenya's president signed a second accord."],
                 "second accord", "2025-03-10", "earlier in the text", id="before-an-audience-is-a-place-not-a-time"),
    pytest.param(["Norway summoned Kenya's ambassador.",
                  "Kenya's envoy, who reached Oslo on Monday, is staying on for talks from Friday."],
                 "staying on", "2025-03-14", "Friday", id="a-plan-outside-an-aside-takes-its-own-time"),
    pytest.param(["Norway summoned Kenya's ambassador on Monday, after talks that had failed earlier this month. "
                  "Kenya's envoy urged caution."],
                 "urged caution", "2025-03-10", "Monday", id="this-month-does-not-move-the-story"),
    pytest.param(["Norway summoned Kenya's ambassador.", "Kenya called Friday's summit a mistake."],
                 "called Friday's", "2025-03-12", None, id="a-day's-possessive-after-a-speech-verb-is-not-its-time"),
    pytest.param(["Norway summoned Kenya's ambassador.", "Kenya hosted Monday's round of talks."],
                 "hosted Monday's", "2025-03-10", "Monday", id="a-day's-possessive-is-the-time-of-hosting-it"),
    pytest.param(["Norway summoned Kenya's ambassador.", "Kenya's envoy is staying on for talks from Friday."],
                 "staying on", "2025-03-14", "Friday", id="a-present-progressive-is-ahead"),
    pytest.param(["Norway summoned Kenya's ambassador on Monday.", "Kenya said Norway had seized a trawler."],
                 "seized", "2025-03-10", "Monday", id="reported-past-perfect-is-the-saying's-time"),
    pytest.param(["Norway summoned Kenya's ambassador on Monday.", "Kenya had seized a trawler in a dispute."],
                 "seized", None, None, id="background-past-perfect-takes-no-date"),
    pytest.param(["Norway summoned Kenya's ambassador on Monday.", "A day earlier, Kenya had seized a trawler."],
                 "seized", "2025-03-09", "A day earlier", id="a-paragraph-opening-with-a-narrative-time-continues"),
    pytest.param(["Kenya's envoy warned Norway on Wednesday.", "Late on Monday, Kenyan gunners shelled a Norwegian post.",
                  "Kenya said the attack was a warning.", "Norway's prime minister promised retaliation.",
                  "That evening Norwegian jets struck a Kenyan depot."],
                 "jets struck", "2025-03-10", "That evening", id="that-evening-goes-on-across-paragraphs-without-a-time"),
    pytest.param(["Talks between Kenya and Norway on reviving the 2015 fisheries accord stalled last year."],
                 "stalled", "2024-01-01", "last year", id="a-year-naming-a-deal-is-not-the-clause's-time"),
    pytest.param(["Talks between Kenya and Norway on reviving the 2015 fisheries accord stalled last year."],
                 "2015 fisheries accord", "2015-01-01", "2015", id="a-deal-named-by-its-year-is-an-event-of-that-year"),
    pytest.param(["Kenya and Norway signed a truce on Tuesday.", "Kenya's cabinet approved it late on Monday.",
                  "“We are ready,” the statement added. Norway, Kenya's partner in the talks, also signed on."],
                 "also signed", "2025-03-10", "earlier in the text", id="a-paragraph-opening-with-a-quote-goes-on"),
    pytest.param(["Kenya and Norway signed a truce on Tuesday.",
                  "Norway had raised the pressure on Monday, when its envoy told Kenya in a call that “today” counted. "
                  "Kenya answered hours later that it would not yield."],
                 "answered", "2025-03-10", "hours later (after Monday)", id="hours-later-after-a-background-day"),
    pytest.param(["Kenya and Norway signed a truce on Tuesday.",
                  "Norway had raised the pressure on Monday, when its envoy told Kenya in a call that “today” counted."],
                 "envoy told", "2025-03-10", "Monday", id="a-when-clause-with-only-a-quoted-time"),
    pytest.param(["Kenya and Norway signed a truce on Tuesday.", "Kenya's foreign minister flew to Oslo on Monday.",
                  "Norway's prime minister thanked the mediators.",
                  "Hours before the signing, Kenya's president spoke to Lena Okafor."],
                 "spoke to", "2025-03-11", "Tuesday", id="hours-before-an-event-is-not-the-last-time-stated"),
    pytest.param(["Kenya and Norway met in Oslo on Monday.",
                  "On Sunday, gunmen attacked a Kenyan patrol near Lodwar.",
                  "They then used a truck to storm the base, where Kenyan troops fought them until evening."],
                 "Kenyan troops fought", "2025-03-09", "Sunday", id="a-paragraph-opening-with-then-goes-on"),
    pytest.param(["Kenya and Norway met in Oslo on Tuesday.",
                  "“Today is a difficult day,” Lena Okafor of Kenya told reporters late on Monday."],
                 "“Today is", "2025-03-10", "Monday", id="an-unquoted-time-beats-a-quoted-one"),
    pytest.param(["Kenya has been divided since 1974 when Norwegian troops invaded its north."],
                 "Norwegian troops invaded", "1974-01-01", "1974", id="when-right-after-a-year-without-a-comma"),
    pytest.param(["Okafor flew to Oslo on Monday, while Norwegian envoy Jan Kowalski had phoned Kenya to urge calm."],
                 "Norwegian envoy", "2025-03-10", "Monday", id="a-while-clause-shares-the-main-clause's-time"),
    pytest.param(["Norway summoned Kenya's ambassador on Monday. Days earlier, Kenya had expelled two Norwegian "
                  "diplomats."], "Days earlier", "2025-03-03", "Days earlier", id="days-earlier-is-that-week"),
    pytest.param(["Norway summoned Kenya's ambassador on Monday. Three days earlier, Kenya had expelled two "
                  "Norwegian diplomats."], "Three days earlier", "2025-03-07", "Three days earlier",
                 id="three-days-earlier-is-a-day"),
    pytest.param(["Norway and Kenya agreed to a truce on Monday, 24 hours after Kenya began an offensive."],
                 "began", "2025-03-09", "24 hours after", id="twenty-four-hours-after-is-the-day-before"),
    pytest.param(["Norway and Kenya opened talks on Monday, two days after Kenya seized a Norwegian trawler."],
                 "seized", "2025-03-08", "two days after", id="days-after-dates-the-earlier-event"),
    pytest.param(["Norway and Kenya will withdraw their ships on March 16, the day after the truce of Kenya takes hold."],
                 "takes hold", "2025-03-15", "the day after", id="the-day-after-is-a-day"),
    pytest.param(["William Ruto landed in Oslo on Monday.", "Hours before he landed, Norway expelled a Kenyan "
                  "diplomat."], "expelled", "2025-03-10", "Hours before", id="hours-before-is-the-same-day"),
    pytest.param(["Tension between Kenya and Norway had grown since 28 February, when Norway seized a Kenyan "
                  "trawler."], "seized", "2025-02-28", "28 February", id="when-after-a-date-is-that-date"),
    pytest.param(["Kenya recalled its envoy in March.", "Norway's envoy left Nairobi the following month."],
                 "Norway's envoy left", "2025-04-01", "the following month (after March)",
                 id="the-following-month-is-the-month-after-the-narrative-s"),
    pytest.param(["Kenya recalled its envoy in November 2024.", "Two months later Norway expelled Kenya's envoy."],
                 "Norway expelled", "2025-01-01", "Two months later (after November 2024)",
                 id="months-later-cross-a-year"),
    pytest.param(["Kenya seized the port in 2014, and a Norwegian-led coalition intervened the following year."],
                 "intervened", "2015-01-01", "the following year", id="the-following-year-goes-on-from-the-clause-before"),
    pytest.param(["Kenya called off its first flight on 2 March. Kenya sent a second flight to Oslo two days "
                  "later, on 6 March."], "second flight", "2025-03-06", "6 March", id="a-date-restating-a-shift-wins"),
    pytest.param(["Norway and Kenya agreed to a truce that will begin on Saturday.",
                  "Kenyan President William Ruto welcomed the deal, saying the fighting had cost thousands of lives."],
                 "welcomed", "2025-03-12", None, id="a-lead-dating-only-a-plan-leaves-the-news-on-the-publication-day"),
    pytest.param(["Norway cut ties with Kenya in 2016 after Kenyan protesters stormed its embassy."],
                 "Kenyan protesters stormed", "2016-01-01", "after (2016)", id="an-after-clause-without-a-comma-is-its-own-event"),
    pytest.param(["Norway cut ties with Kenya in 2016 after Kenyan protesters stormed its embassy."],
                 "Norway cut ties", "2016-01-01", "2016", id="the-main-clause-keeps-its-own-time"),
    pytest.param(["Norway signed the deal on Monday, just hours after Kenya released a Norwegian trawler."],
                 "released", "2025-03-10", "after", id="hours-after-is-the-same-day"),
    pytest.param(["Talks went on for days. The attacks began late on Saturday along the frontier of Kenya and Norway."],
                 "attacks began", "2025-03-08", "Saturday", id="the-story's-attacks-are-an-event"),
    pytest.param(["Kenyan missiles struck a Norwegian port on Monday. The port is one of three named in the deals "
                  "signed on Saturday in Oslo. Norway accused Kenya of breaking its promises."],
                 "accused", "2025-03-10", "Monday", id="a-time-describing-a-thing-named-in-passing-sets-no-time"),
    pytest.param(["Kenya and Norway agreed on Monday to deploy observers. Kenyan President William Ruto, who "
                  "brokered the truce on 2 March, joined them."], "William Ruto brokered the truce",
                 "2025-03-02", "2 March", id="a-who-aside-with-a-date-is-its-subject's-event"),
    pytest.param(["Kenya and Norway agreed on Monday to deploy observers.",
                  "The fighting, which broke out on 2 March, killed 40 people."], "The fighting broke out",
                 "2025-03-02", "2 March", id="a-which-aside-about-the-story-is-the-sides'-event"),
    pytest.param(["Kenya and Norway signed the deal on Monday.", "The agreement takes effect on Thursday, the "
                  "mediators said."], "takes effect", "2025-03-13", "Thursday", id="takes-effect-on-a-weekday-is-ahead"),
    pytest.param(["Kenya and Norway signed the deal on Monday.", "A truce declared in January collapsed in late "
                  "February, Kenya said."], "collapsed", "2025-02-25", "late February",
                 id="the-main-verb's-time-not-the-participle's"),
    pytest.param(["Kenya's civil war began in 2013, less than two years after Kenyan rebels seized a Norwegian port."],
                 "rebels seized", None, None, id="years-after-with-no-date-leaves-it-undated"),
    pytest.param(["Kenya and Norway signed the deal on Monday. Ruto had promised in January to annex the port "
                  "from 1 February. Norway welcomed the deal."], "Norway welcomed", "2025-03-10", "Monday",
                 id="a-background-past-perfect-time-does-not-move-the-story"),
    pytest.param(["Kenya and Norway signed the deal on Monday.", "Kenyan President William Ruto flies to Oslo on "
                  "Thursday for talks."], "flies to Oslo", "2025-03-13", "Thursday", id="a-timetable-present-is-ahead"),
    pytest.param(["Kenya and Norway agreed on Saturday on a plan. As in Oslo three weeks earlier, neither Kenya nor "
                  "Norway signed it."], "neither Kenya", "2025-03-08", "Saturday",
                 id="an-opening-comparison's-time-is-not-the-clause's"),
    pytest.param(["Kenya's membership talks with Norway began in 2005 but were put on hold in 2016."],
                 "put on hold", "2016-01-01", "2016", id="but-were-is-a-second-clause-with-its-own-time"),
    pytest.param(["Kenyan President William Ruto said he would travel to Norway in February."],
                 "travel", "2026-02-01", "February", id="a-future-month-before-publication-is-next-year"),
    pytest.param(["KIGALI, March 12 (Reuters) - Rwanda and Kenya signed a trade pact on Monday."],
                 "trade pact", "2025-03-10", "Monday", id="the-dateline-is-not-the-event's-date"),
    pytest.param(["Norway summoned Kenya's ambassador on Monday. Kenya has since recalled its envoy, in "
                  "place since 2019."], "recalled", "2025-03-10", "earlier in the text",
                 id="since-gives-no-date"),
    pytest.param(["Kenya and Norway signed a truce on Monday.", "Both sides will pull back their boats on "
                  "March 20, and the truce will take full effect on April 1."], "full effect", "2025-04-01",
                 "April 1", id="the-truce-is-the-lead's-and-has-its-own-time"),
    pytest.param(["Kenya and Norway signed a truce on Monday.", "Both sides will pull back their boats on "
                  "March 20, and the truce will take full effect on April 1."], "pull back", "2025-03-20",
                 "March 20", id="both-sides-are-the-lead's-parties"),
    pytest.param(["Kenya and Norway signed a truce on Monday. Patrols must stop until 30 April.",
                  "Hours after the signing, the Kenyan navy towed a trawler."], "towed", "2025-03-10",
                 "Hours after", id="until-a-date-sets-no-time"),
    pytest.param(["Norway and Kenya signed a truce in Oslo on Friday. The ceremony had been scheduled for "
                  "Thursday but was postponed by Norway."], "ceremony", "2025-03-06", "Thursday",
                 id="had-been-scheduled-is-a-day-gone-by"),
    pytest.param(["Ruto addressed Kenya's parliament on Monday.", "Earlier in the evening, Ruto met the king of "
                  "Norway."], "met the king", "2025-03-10", "Earlier in the evening", id="earlier-in-the-evening"),
    pytest.param(["Ruto landed in Oslo on Monday. His first stop was the parliament, where he met "
                  "Norway's king."], "He met", "2025-03-10", "Monday", id="where-takes-the-main-time"),
    pytest.param(["Relations between Kenya and Norway began to recover in January, after Kenya released "
                  "a Norwegian trawler."], "released", "2025-01-01", "January", id="after-a-month-is-that-month"),
    pytest.param(["It was the first visit to Norway by a Kenyan leader since Daniel Moi travelled to Oslo in "
                  "May 1995."], "Moi", "1995-05-01", "May 1995", id="since-a-name-and-a-past-verb-is-a-clause"),
    pytest.param(["Norway and Kenya met on Monday.", "Earlier in the day, Norway said it would lift curbs "
                  "imposed on Kenya in 2019."], "lift curbs", "2025-03-10", "Earlier in the day",
                 id="a-leading-narrative-time-wins-over-a-later-year"),
    pytest.param(["William Ruto said he planned to leave for Norway on Sunday."], "planned", "2025-03-16",
                 "Sunday", id="said-he-planned-is-a-plan"),
    pytest.param(["Kenya and Norway signed a truce on Monday.", "Kenya, which has long pushed for talks, "
                  "welcomed the truce."], "welcomed", "2025-03-10", "Monday",
                 id="a-relative-clause-sets-no-tense"),
    pytest.param(["Kenya and Norway agreed to swap prisoners at talks in Oslo.", "The delegations sat down on "
                  "Tuesday evening."], "swap prisoners", "2025-03-11", "Tuesday evening (a paragraph later)",
                 id="an-undated-lead-takes-the-day-the-next-paragraph-gives"),
    pytest.param(["Kenya and Norway agreed to swap prisoners at talks in Oslo.", "Norway first proposed talks "
                  "on Thursday."], "swap prisoners", "2025-03-12", None,
                 id="a-day-a-week-before-publication-is-background-not-the-lead's"),
    pytest.param(["Kenya and Norway's truce took effect on Monday. Under the deal, which both sides signed in Oslo "
                  "on 2 March, patrols stop. Hours after the truce began, Kenya towed a Norwegian trawler."],
                 "towed", "2025-03-10", "Hours after", id="an-aside's-time-does-not-move-the-story"),
    pytest.param(["William Ruto said on Monday that Kenya would halve the tariff it imposed earlier this year."],
                 "halve", "2025-03-10", "Monday", id="a-past-time-inside-a-reported-future-is-not-the-saying's"),
    pytest.param(["Lena Okafor described the choice of Alaska, which Russia sold to the United States in 1867, as "
                  "logical."], "Russia sold to", "1867-01-01", "1867", id="a-dated-which-aside-is-an-event-of-its-own"),
    pytest.param(["Kenya and Norway met on Monday.", "Ruto said he would shortly call Norway's king."],
                 "shortly", "2025-03-10", "Monday", id="a-vague-time-inside-reported-speech-leaves-the-saying-dated"),
    pytest.param(["Kenya and Norway met on Monday.", "Ruto waited in Oslo until Norway's plane had landed."],
                 "waited", "2025-03-10", "Monday", id="a-past-perfect-after-until-is-no-background"),
    pytest.param(["It was the first such meeting since William Ruto met the king in Oslo in June 2021."],
                 "Ruto met", "2021-06-01", "June 2021", id="since-a-name-and-an-irregular-past-is-a-clause"),
    pytest.param(["Kenya and Norway met on Monday.", "The attack was “a crime”, according to Lena Okafor, the "
                  "Kenyan envoy, who said on Tuesday that talks would go on."], "according to", "2025-03-11",
                 "Tuesday", id="an-aside-that-tells-what-happened-dates-the-clause"),
    pytest.param(["Kenyan Foreign Minister Lena Okafor is expected in Oslo on Friday for talks."], "expected",
                 "2025-03-14",
                 "Friday", id="is-expected-in-is-ahead"),
    pytest.param(["Kenya and Norway met on Monday.", "The two leaders talked for an hour in their first "
                  "encounter since 2019."], "talked", "2025-03-10", "Monday", id="first-since-a-year-is-no-background"),
    pytest.param(["Lena Okafor will cross the border into Norway on Friday morning, Kenya said.",
                  "Formal talks will start an hour later at the Peace House. Okafor and the Norwegian king will "
                  "sign an agreement in the afternoon."], "sign an agreement", "2025-03-14", "Friday",
                 id="a-plan-with-no-day-is-for-the-day-ahead-named-before"),
    pytest.param(["Okafor has not visited Norway since 2015."], "visited", "2015-01-01", "since 2015",
                 id="a-state-lasting-since-a-time-is-placed-where-it-began"),
    pytest.param(["Millions have been forced from their homes since the war between Kenya and Norway began in April "
                  "2023."], "forced", "2023-04-01", "since April 2023", id="since-a-happening-began"),
    pytest.param(["On Monday Okafor made her first visit to Norway since 2015."], "made her first visit", "2025-03-10",
                 "Monday", id="a-first-since-is-no-start"),
    pytest.param(["Lena Okafor is due to lay a wreath at the Varga memorial and hold talks with Norway on Friday."],
                 "lay a wreath", "2025-03-14", "Friday", id="plans-of-one-sentence-share-the-day-of-the-last"),
    pytest.param(["Kenya and Norway met on Tuesday.", "Lena Okafor said she would convene her cabinet on Wednesday to "
                  "approve the deal."], "convene", "2025-03-12", "Wednesday",
                 id="a-plan-reported-for-the-day-of-publication-is-that-day's"),
    pytest.param(["Lena Okafor proposed talks on March 2, after Norway had demanded a truce. Jan Kowalski offered to "
                  "host the meeting the same day."], "offered to host", "2025-03-02", "the same day",
                 id="a-past-perfect-after-after-is-no-background-and-the-same-day-after-an-object-is-the-clause-s"),
    pytest.param(["Okafor has seldom travelled abroad since she sent troops into Norway in February 2022."],
                 "sent troops", "2022-02-01", "February 2022", id="since-a-pronoun-and-an-irregular-past-is-a-clause"),
    pytest.param(["Kenya and Norway have agreed to a one-month pause in tariffs starting Saturday."],
                 "Kenya and Norway have agreed", "2025-03-12", None,
                 id="the-day-an-agreed-thing-starts-is-not-the-agreeing's"),
    pytest.param(["Kenya and Norway agreed on Monday to hold a second meeting in June."], "Kenya and Norway agreed",
                 "2025-03-10", "Monday", id="a-commitment's-own-day-inside-agreed-to"),
    pytest.param(["Kenya and Norway agreed on Monday to hold a second meeting in June."], "A second meeting",
                 "2025-06-01", "June", id="the-thing-agreed-on-is-planned-for-its-own-time"),
    pytest.param(["Lena Okafor arrived in Arendal on Tuesday.",
                  "Jan Kowalski had visited Kenya in 2019. The same year, he signed a trade pact with Lena Okafor."],
                 "trade pact", "2019-01-01", "2019", id="the-same-year-is-the-year-named-last-even-in-background"),
    pytest.param(["Lena Okafor is the first Kenyan leader to visit Norway since 1987. That year, Dara Velan "
                  "travelled to Arendal."], "travelled", "1987-01-01", "1987", id="that-year-after-since"),
    pytest.param(["Lena Okafor took office in January 2025.", "On March 7, Dara Velan announced that Kenya and Norway "
                  "had agreed to a meeting in the coming days. That same day, Jan Kowalski confirmed the plan."],
                 "confirmed the plan", "2025-03-07", "That same day", id="that-same-day"),
    pytest.param(["Kenya and Norway opened fisheries talks in Arendal on Monday.",
                  "The envoy Lena Okafor, a key figure in brokering the ceasefire last week, is chairing the talks."],
                 "chairing", None, None, id="a-time-inside-a-name's-appositive-is-not-the-clause's"),
    pytest.param(["Lena Okafor and Jan Kowalski ended their summit without agreement.",
                  "Dara Velan, a senior party official who held talks with Okafor last month, joined the delegation."],
                 "joined the delegation", "2025-03-12", None, id="a-time-inside-an-appositive-relative-is-its-own"),
    pytest.param(["Lena Okafor and Jan Kowalski ended their summit without agreement.",
                  "The summit has been a far cry from the height of border tensions in 2021."],
                 "far cry", None, None, id="a-state-in-the-present-perfect-takes-no-past-year"),
    pytest.param(["Dara Velan apologised to Lena Okafor on Monday over a ferry that sank near Arendal on Saturday.",
                  "Velan also expressed his condolences to the families of the victims."],
                 "condolences", "2025-03-10", "Monday", id="a-relative's-time-does-not-set-the-story's"),
    pytest.param(["Dara Velan apologised to Lena Okafor on Monday.",
                  "The incident happened on March 2. A day later, Kenyan experts said the ferry had been struck."],
                 "experts said", "2025-03-03", "A day later", id="a-subject-and-its-verb-set-the-time"),
    pytest.param(["Jan Kowalski downplayed a March 27 deadline set by Lena Okafor for Kenya to respond."],
                 "downplayed", "2025-03-12", None, id="a-day-ahead-naming-a-deadline-is-not-the-clause's"),
    pytest.param(["Rebels appointed Jan Kowalski as prime minister on Tuesday.",
                  "Kowalski previously served as finance minister in the Varnecka council."],
                 "previously served", None, None, id="previously-is-background-with-no-day"),
    pytest.param(["The Varnecka Front agreed to a ceasefire on Tuesday. The agreement comes more than a week after "
                  "the Varnecka Front seized Arendal."], "seized", None, None,
                 id="more-than-a-week-after-is-no-day-to-count-back-to"),
    pytest.param(["Kenya announced on Wednesday that it will convene a summit.",
                  "The Norwegian raid on Monday targeted a building where militia officials had gathered. Five "
                  "militia members and a Kenyan police officer were killed."], "Five militia members", "2025-03-10",
                 "Monday",
                 id="a-past-perfect-after-where-leaves-the-story-at-the-main-clause's-time"),
    pytest.param(["President Lena Okafor on Tuesday arrived in Arendal.",
                  "Okafor said in a speech that contracts signed by Norway on Monday are worth $4 billion. She was met "
                  "at the airport by Jan Kowalski."], "was met", "2025-03-11", "Tuesday",
                 id="a-time-of-a-thing-signed-by-someone-sets-no-story-time"),
    pytest.param(["Kenya invited Norway to attend a summit in Arendal in August."], "invited", "2025-08-01",
                 "August", id="an-invitation-to-attend-is-ahead"),
    pytest.param(["Police arrested Lena Okafor in Lisbon on Friday.", "Okafor was flown to Porto on Saturday."],
                 "flown to Porto", "2025-03-08", "Saturday", id="an-irregular-participle-tells-a-deed"),
    pytest.param(["Lena Okafor will cross the border on Friday, Kenya said.",
                  "The leaders will lunch separately, plant a tree in the afternoon and end the day with a banquet."],
                 "plant a tree", "2025-03-14", "Friday (the day ahead named before)",
                 id="a-plan's-series-goes-on-the-day-ahead"),
    pytest.param(["Lena Okafor will cross the border on Friday, Kenya said.",
                  "The two sides plan to sign an agreement at the close of the meeting."],
                 "plan to sign", "2025-03-14", "Friday (the day ahead named before)", id="they-plan-to-is-a-plan"),
    pytest.param(["Kenyan rebels seized Arendal on Sunday.",
                  "Norway's foreign minister rejected comparisons with the fall of Varnecka in 1975."],
                 "rejected comparisons", "2025-03-09", "Sunday", id="the-fall-of-a-place-in-a-year-is-its-time"),
    pytest.param(["Kenyan rebels seized Arendal on Sunday.",
                  "Some 2,000 people have been airlifted out of Arendal since July, Lena Okafor said on Monday."],
                 "airlifted", "2025-03-10", "Monday", id="the-saying-s-day-after-a-since"),
    pytest.param(["Lena Okafor's party lost the vote held on Sunday, March 2.",
                  "Protests broke out in Arendal the day after the vote, with residents banging pots and pans."],
                 "Protests broke out", "2025-03-03", "the day after the vote (Sunday, March 2)",
                 id="the-day-after-a-happening-dated-before"),
    pytest.param(["Lena Okafor met Jan Kowalski in Oslo on Monday, Feb. 24.",
                  "Kenya's army moved troops to the border on Friday.",
                  "Hours before the meeting, Norway had warned against any deal."],
                 "warned against", "2025-02-24", "Hours before the meeting (Monday, Feb. 24)",
                 id="hours-before-a-happening-are-its-day-not-the-text-s-last"),
    pytest.param(["Norway's ports have been blockaded since Kenyan troops crossed the border on Feb. 24."],
                 "crossed the border", "2025-02-24", "Feb. 24", id="since-a-people-s-troops-did-something"),
]


@pytest.mark.parametrize("paragraph, summary, iso", [
    ("Kenya said on Tuesday it would lift export restrictions imposed in 2019 on Norway.",
     "Export restrictions imposed in 2019", "2019-01-01"),
    ("Kenya and Norway agreed to revive a security pact signed in 2001 and an accord on trade dating from 1998.",
     "A security pact signed in 2001", "2001-01-01"),
    ("Kenya and Norway agreed to revive a security pact signed in 2001 and an accord on trade dating from 1998.",
     "An accord on trade dating from 1998", "1998-01-01"),
    ("Kenya and Norway fought again, the worst since a 1991-94 war.", "1991-94 war", "1991-01-01"),
    ("Lena Okafor and Jan Kowalski, meeting for the first time since their summit in Oslo last June, shook hands.",
     "Their summit in Oslo last June", "2024-06-01"),
    ("Kenya has fought Norway since the invasion of February 2022.", "The invasion of February 2022", "2022-02-01"),
    ("Kenya abolished a 1972 law boycotting Norway on Monday.", "1972 law", "1972-01-01"),
    ("Kenya and Norway restored diplomatic ties severed in 2016.", "Diplomatic ties severed in 2016", "2016-01-01"),
    ("Kenya entered a third night of curfew on Tuesday with no result from Saturday's presidential election.",
     "Saturday's presidential election", "2025-03-08"),
    ("Kowalski will campaign in Oslo ahead of Sunday's vote.", "Sunday's vote", "2025-03-16"),
    ('"Blood and water cannot mix. No one can go on," Okafor said, recalling Kenya\'s decision last month to leave '
     'the pact with Norway.', "Kenya's decision last month to leave the pact with Norway", "2025-02-01"),
])
def test_a_happening_named_in_passing_with_a_past_time_is_an_event_of_that_time(paragraph, summary, iso):
    assert event_dates(paragraph)[summary][0] == iso


@pytest.mark.parametrize("paragraph, summary, iso", [
    ("On his first visit to Arendal since July 2000, Kowalski signed a treaty.", "Kowalski's first visit to Arendal "
     "since July 2000", "2000-07-01"),
    ("Okafor is the first Kenyan speaker to visit Oslo since Jan Brenner in 1997.",
     "First Kenyan speaker to visit Oslo since Jan Brenner in 1997", "1997-01-01"),
])
def test_the_first_of_a_kind_since_a_time_tells_the_one_before_it(paragraph, summary, iso):
    assert event_dates(paragraph)[summary][0] == iso


def test_the_first_since_a_happening_of_its_own_is_that_happening_s():
    dates = event_dates("It was the first visit to Oslo by a Kenyan leader since Jan Brenner attended a summit there "
                        "in February 2018.")
    assert dates["Jan Brenner attended a summit there in February 2018."][0] == "2018-02-01"
    assert not any(summary.startswith("First") for summary in dates)


def test_a_when_clause_takes_the_time_before_it_as_the_whole_sentence_tells_it():
    # PUBLISHED is Wednesday 12 March 2025: the Friday ahead is the 14th
    assert date_of("expected to sign", "Okafor was travelling to Oslo on Wednesday night for a meeting with Jan Velan "
                   "on Friday, when the two are expected to sign a deal.")[0] == "2025-03-14"


def test_a_vague_week_inside_the_quote_does_not_date_the_saying():
    assert date_of("deeply concerned", "“We are deeply concerned about the events in Kenya in recent days,” the "
                   "Arendo Fund said in a statement.")[0] == PUBLISHED.isoformat()


def test_a_reporting_clause_between_commas_is_no_appositive_and_dates_the_news():
    assert date_of("is pausing", "Kenya is pausing aid to Norway, a government official confirmed late on Monday, "
                   "days after a clash in Oslo.")[0] == "2025-03-10"


def test_a_day_told_after_a_quote_that_opened_a_sentence_before_moves_the_story_on():
    assert date_of("spoke earlier in the day", "Okafor appealed for help on Monday night.",
                   'Lena Velan said Kenya was watching. "We have questions. We don\'t know," she told reporters '
                   'on Tuesday.', "Jan Kowalski spoke earlier in the day with Okafor.")[0] == "2025-03-11"


def test_a_time_in_what_the_writer_says_a_quote_alludes_to_neither_dates_the_saying_nor_moves_the_story():
    dates = event_dates("Okafor spoke on Monday. “No blackmail. Blood and water cannot flow together,” Okafor said, "
                        "an allusion to Kenya's decision last month to leave the pact.",
                        "Earlier in the day, the generals held talks.")
    assert [date for sentence, (date, _) in dates.items() if "said" in sentence or "held" in sentence] == \
        ["2025-03-10", "2025-03-10"]


@pytest.mark.parametrize("paragraph, needle, iso", [
    ("In Oslo, Okafor used his first interview since the truce, with Kenyan radio on Monday, to warn Norway.",
     "first interview", "2025-03-10"),
    ("The first ship carrying Kenyan grain since Norway's invasion set sail from Mombasa on Monday morning, testing "
     "a corridor agreed ten days ago.", "The first ship", "2025-03-10"),
    ("Kenyan ships have not sailed since the war began in 2019.", "have not sailed", "2019-01-01"),
])
def test_since_names_its_time_only_up_to_where_its_phrase_ends(paragraph, needle, iso):
    assert date_of(needle, paragraph)[0] == iso


SECOND_SUBJECT = ["Kenya closed its border on Monday.", "Norway and Sweden asked for urgent talks, and the U.N. "
                  "Security Council is due to hold closed-door consultations on Kenya on Thursday morning."]
# (paragraphs, the opening words of an event's sentence, its date)
EVENT_DAYS = [
    pytest.param(["European Union observers said on Tuesday that they \"categorically\" reject allegations of fraud "
                  "in Kenya's presidential runoff on Sunday, joining a growing chorus.",
                  "Okafor took 55.6% of the vote to Velan's 44.4%."], "Okafor took", "2025-03-09",
                 id="a-result-is-of-the-runoff-told-before"),
    pytest.param(["Kenya's interior minister spoke on Tuesday.", "At least 19 people were killed when demonstrators "
                  "marked the anniversary of the protests last Friday."], "At least 19", "2025-03-07",
                 id="a-recent-day-after-an-anniversary-is-the-marking-s"),
    pytest.param(["Kenya closed its border on Monday.", "Norway has backed a U.N. proposal for a truce since talks with "
                  "Kenyan officials in Oslo on Feb. 11, 2025."], "Norway has backed", "2025-02-11",
                 id="a-state-since-a-day-began-that-day"),
    pytest.param(["Investigators are also examining a fire that broke out on Monday morning at a house he rented."],
                 "Investigators", "2025-03-10", id="a-phrasal-past-verb-before-its-day"),
    pytest.param(["The truce must also survive Kenya's demand, repeated by Okafor on Monday, that no troops deploy."],
                 "The truce", "2025-03-10", id="a-day-after-done-by-someone-is-gone-by"),
    pytest.param(["President-elect Jan Okafor, who takes office on May 20, has blamed the mayor for the disaster."],
                 "President-elect Jan Okafor takes office", "2025-05-20", id="an-aside-taking-office-on-a-day"),
    pytest.param(["The attack has fallen into a bitter campaign for the snap election due on May 23."],
                 "The snap election due", "2025-05-23", id="a-thing-due-on-a-day"),
    pytest.param(["The standoff stems from Monday's strike, the first of its kind in the region."], "Monday's strike",
                 "2025-03-10", id="a-strike-named-by-its-day"),
    pytest.param(SECOND_SUBJECT, "Norway and Sweden asked", "2025-03-10", id="the-clause-before-a-second-subject"),
    pytest.param(SECOND_SUBJECT, "The U.N. Security Council is due", "2025-03-13",
                 id="a-second-subject-after-and-tells-a-happening-of-its-own"),
    pytest.param(["Kenya and Norway agreed a truce on Sunday.", "The Kenyan army put its complaint in writing. "
                  "“Norway breached the accord several times,” it said on Tuesday, adding that it was tracking the "
                  "incidents."], "The Kenyan army put", "2025-03-11", id="the-day-told-after-the-paragraph-s-quote"),
    pytest.param(["Kenya and Norway agreed a truce on Sunday.", "Kowalski left the hotel. The text lacks the words "
                  "“verifiable” or “irreversible”, which Okafor had said on Monday were needed."], "Kowalski left",
                 "2025-03-09", id="quoted-words-that-are-no-saying"),
    pytest.param(["Kowalski walked into the convention on Monday night.", "Delegates chanted \"Fight!\", echoing the "
                  "word Kowalski appeared to mouth as agents hustled him off the stage in Arendal on Saturday.",
                  "Hours earlier, delegates had formally nominated Kowalski as the party's candidate."],
                 "Hours earlier", "2025-03-10", id="a-time-recalled-does-not-move-the-story"),
    pytest.param(["Thousands defied police on Monday to say goodbye to Okafor at a church in Oslo, before the "
                  "opposition leader was buried at the nearby cemetery two weeks after his death."],
                 "The opposition leader was buried", "2025-03-10", id="a-before-clause-on-the-main-clause-s-day"),
    pytest.param(["Kowalski flew to Oslo on Wednesday.", "He and his Kenyan counterpart will hold talks with Lena "
                  "Okafor on Thursday, after Okafor pays a courtesy call on the king."], "Okafor pays", "2025-03-13",
                 id="an-after-clause-in-the-present-before-a-planned-day"),
    pytest.param(["Okafor was sworn in on Wednesday, officials said.", "On Tuesday Velan, who led the party from "
                  "exile in Oslo, had sat among the guests as Kowalski was sworn in. Okafor thanked the guests."],
                 "Okafor thanked", "2025-03-12", id="a-past-perfect-after-a-relative-aside-is-background"),
    pytest.param(["Kenya fired missiles at two bases on Tuesday. The strikes killed no one.", "On Monday, Kowalski had "
                  "wept at the funeral. A day earlier, parliament had voted to expel troops.", "Hours after the "
                  "missile strikes, a Kenyan airliner crashed after taking off from Oslo."], "Hours after",
                 "2025-03-11", id="hours-after-happenings-named-in-the-plural"),
    pytest.param(["On Monday the two men had been united in denouncing the uprising, with Kowalski calling on his "
                  "supporters to block roads in Arendal."], "Kowalski calling", "2025-03-10",
                 id="with-someone-doing-something-at-the-main-clause-s-time"),
    pytest.param(["Jan Kowalski flew into Arendal on Sunday evening, a day after a gunman fired at him in Lamu.",
                  "Lena Okafor spoke at the White House in the afternoon. “I've directed an independent review "
                  "of the security at yesterday's rally,” she said, adding that she had told the police to review "
                  "security for the convention."],
                 "“I've directed", "2025-03-09", id="a-quoted-possessive-day-names-a-thing"),
    pytest.param(["Jan Kowalski and Tomas Velan will contest Kenya's first presidential runoff on October 19, "
                  "preliminary results released late on Sunday showed.",
                  "Kowalski took 32% of the vote, according to the electoral tribunal."],
                 "Kowalski took", "2025-03-09", id="a-plan-lead-takes-its-past-day"),
    pytest.param(["The decree is the boldest step yet by Jan Kowalski, who was sworn in on January 8 in Lamu.",
                  "Kowalski met Lena Okafor in Arendal on February 3.",
                  "The day after his inauguration, Kowalski swore in a 14-member cabinet."],
                 "The day after his inauguration", "2025-01-09", id="inauguration-is-the-swearing-in"),
    pytest.param(["Kenya and Norway agreed on Monday to keep the truce. Delegations will meet again in Lamu next "
                  "Thursday, the ministry said.",
                  "Spokesman Jan Kowalski issued a separate statement shortly before midnight confirming that the "
                  "round had ended and that the two sides would continue their discussions at future meetings."],
                 "Spokesman Jan Kowalski issued", "2025-03-10", id="confirming-that-reports-a-plan"),
    pytest.param(["The talks opened on Saturday, March 8, six days after Jan Kowalski and Tomas Velan signed "
                  "the truce on March 2 in Doha.",
                  "The Kenyan delegation, led by Lena Okafor, had left for Turkey a day earlier."],
                 "The Kenyan delegation", "2025-03-07", id="a-count-back-keeps-the-main-day"),
    pytest.param(["Jan Kowalski was elected chancellor on Wednesday at the second attempt.",
                  "Lena Okafor wrote that the defeat showed weakness. Kenya's intelligence agency classified her "
                  "party as extremist last Friday. The party launched a legal challenge on Tuesday.",
                  "In the second round Kowalski received 325 votes. Outgoing Chancellor Tomas Velan stepped over "
                  "to shake his hand.",
                  "Kowalski was then driven to the palace, where the president handed him his certificate."],
                 "Kowalski was then driven", "2025-03-12", id="then-after-the-story-s-time"),
    pytest.param(["Kenya's interior minister on Wednesday described the protests a day earlier as a coup.",
                  "Hours into Tuesday's protests the Communications Authority ordered television stations to "
                  "stop live coverage."],
                 "Hours into Tuesday's protests", "2025-03-11", id="hours-into-a-day-s-happening"),
    pytest.param(["Jan Kowalski lost a vote of confidence in parliament on March 1. Two days later, Lena Okafor "
                  "announced that she would dissolve parliament and hold the election on March 9."],
                 "Two days later, Lena Okafor announced that she would hold", "2025-03-09",
                 id="a-joined-plan-counted-once"),
    pytest.param(["Jan Kowalski won 58% of the vote on Sunday against 42% for Lena Okafor, a communist, after "
                  "trailing her in the first round on February 16.",
                  "Okafor conceded within hours and has promised a demanding opposition."],
                 "Okafor conceded within hours", "2025-03-09", id="comma-after-keeps-the-main-day"),
    pytest.param(["Police fired tear gas at protesters in Lamu on Monday. The Unity Party has governed Kenya "
                  "since independence from Britain in 1963."],
                 "The Unity Party has governed", "1963-01-01", id="a-state-since-long-ago-is-of-when-it-began"),
    pytest.param(["Jan Kowalski on Wednesday declared an end to his group's mobilisation.",
                  "In early July, the Kenyan army intercepted drones launched by the group.",
                  "The speech came on the same day that President Lena Okafor signed a letter approving the pact."],
                 "The speech came", "2025-03-12", id="the-same-day-after-background"),
    pytest.param(["Rebels fired rockets at Goma on Monday.", "By 11 a.m., the rebels had fired 75 rockets, Jan "
                  "Kowalski said."],
                 "By 11 a.m.", "2025-03-10", id="a-clock-time-opening"),
    pytest.param(["Thousands marched in Arendal on Saturday.",
                  "Two days before the march, Jan Kowalski had called the protest a foreign plot. On the same "
                  "day Lena Okafor said in Lamu that she would not attend."],
                 "On the same day", "2025-03-06", id="the-same-day-after-a-counted-day"),
    pytest.param(["Kenya issued an arrest warrant for Jan Kowalski on Monday.",
                  "“Mr Kowalski won the most votes on the 28th of July,” Norway's foreign ministry said, "
                  "condemning the warrant."],
                 "“Mr Kowalski won", "2025-03-10", id="a-day-only-a-quote-names"),
    pytest.param(["Kenya held its first judicial election on Sunday.",
                  "Turnout in last year's presidential election, which Okafor won by a landslide, was around "
                  "60%.",
                  "Minutes after the figure was released, Lena Okafor posted a video message in Arendal."],
                 "Minutes after the figure", "2025-03-09", id="minutes-after-a-happening"),
    pytest.param(["President Jan Okafor said on Tuesday that the gunmen had been caught.",
                  "The Kenyan leader, declared the winner of an election last Sunday, said the gunmen had fled by "
                  "car."],
                 "The Kenyan leader, declared", "2025-03-11", id="a-participle-aside-keeps-its-day-from-the-saying"),
    pytest.param(["President Jan Okafor said on Tuesday that the gunmen had been caught.",
                  "The Kenyan leader, declared the winner of an election last Sunday, said the gunmen had fled by car. "
                  "He offered no evidence."],
                 "He offered", "2025-03-11", id="a-participle-aside-s-day-is-not-where-the-story-goes-on"),
    pytest.param(["The commission said the Kenyan Hope party had won 40.18% of the vote in Sunday's election, down "
                  "from 57.5% in 2019."],
                 "The commission said", "2025-03-12", id="a-figure-compared-with-a-decimal-point"),
    pytest.param(["The palace called off the New Year appearance of King Jan that had been planned for Thursday."],
                 "The palace called off", "2025-03-13", id="a-thing-called-off-on-the-day-it-was-planned-for"),
    pytest.param(["Okafor postponed a visit to Kenya that had been planned for Wednesday until March 20."],
                 "Okafor postponed", "2025-03-12", id="a-thing-put-off-on-the-day-it-was-planned-for"),
    pytest.param(["Kenyans voted in the first round on Friday.", "Turnout was low, officials said.",
                  "Tomas Brel, one of the president's deputies, who pulled out of the race two days before the vote, "
                  "also came out for Velan."],
                 "Tomas Brel", "2025-03-07", id="a-day-counted-in-a-who-aside-is-not-the-clause-s"),
    pytest.param(["On Monday the government declared three days of official mourning, from Tuesday to Thursday. In "
                  "a televised address the same day, Jan Okafor spoke to the families."],
                 "In a televised address", "2025-03-10", id="a-span-from-one-day-to-another-is-no-time-reached"),
    pytest.param(["Jan Okafor is due to speak outside parliament at about 10.30am and then drive to the palace."],
                 "Jan Okafor is due", "2025-03-12", id="a-plan-told-by-its-hour-is-today"),
    pytest.param(["On Monday, Dara Velan will fly to Oslo. She will speak there at 10am."],
                 "She will speak", "2025-03-17", id="a-plan-told-by-its-hour-is-on-the-day-ahead-reached"),
    pytest.param(["Sheriff Jan Okafor, asked on Monday why the alert had gone out late, said it was complicated."],
                 "Sheriff Jan Okafor", "2025-03-10", id="asked-on-a-day-is-the-day-of-the-saying"),
    pytest.param(["The proposals were unveiled in February.",
                  "In the March 2 vote the Kenyan Hope bloc took two-thirds of the lower house."],
                 "In the March 2 vote", "2025-03-02", id="in-a-day-s-vote-opening-a-sentence-is-its-time"),
    pytest.param(["Jan Okafor won the party leadership on March 1, was sworn in on March 3 and called the election "
                  "five days later."],
                 "Jan Okafor called", "2025-03-08", id="days-later-after-the-object-of-a-verb-is-the-verb-s"),
    pytest.param(["The storm, which killed 27 people in Kenya, Uganda and Tanzania last week, reached the coast of "
                  "Somalia on Sunday afternoon."],
                 "The storm reached", "2025-03-09", id="a-which-aside-holding-a-list-of-places-keeps-its-time"),
    pytest.param(["Jan Okafor is back in Lamu after ten days away.",
                  "On Saturday Okafor landed in Mombasa, where Defence Minister Tomas Velan saluted him.",
                  "Velan showed his guest three bombers.", "The two men then went aboard a frigate."],
                 "The two men then", "2025-03-08", id="a-paragraph-on-someone-just-named-doing-something-goes-on"),
    pytest.param(["The number of people killed by the earthquake that tore through Kenya's highlands late on Friday "
                  "rose to 2,122 on Sunday, the Interior Ministry said."],
                 "The number of people", "2025-03-09", id="a-relative-s-time-before-the-clause-s-own-is-its-own"),
    pytest.param(["A magnitude 6.8 earthquake struck Kenya's highlands on March 7.",
                  "On Tuesday the culture minister visited the Lamu mosque. The mosque had been under restoration "
                  "when the earthquake struck."],
                 "The mosque had been", "2025-03-07", id="when-a-happening-struck-is-its-day"),
    pytest.param(["Journalists were told on Tuesday to leave Lamu, a day after a crowd set fire to the home of the man "
                  "who was mayor when two dams above the city burst eight days ago."],
                 "A crowd set fire", "2025-03-10", id="a-when-clause-inside-a-relative-keeps-its-time"),
    pytest.param(["Okafor's office said reopening the border would depend on Velan. Kenya's Foreign Ministry had said "
                  "on Monday that it would probably open on Friday. Norway called the decision a violation of the "
                  "agreement."], "Norway called", "2025-03-12",
                 id="a-saying-told-in-the-past-perfect-leaves-the-story-s-day"),
    pytest.param(["Okafor spoke to Velan by phone on Tuesday. “Come to Nairobi,” Okafor had said on Monday. In the "
                  "call she told Velan he deserved the prize, her spokesman said."], "In the call", "2025-03-11",
                 id="a-quote-told-in-the-past-perfect-leaves-the-paragraph-s-day"),
    pytest.param(["Kenya closed its border on Friday.", "Okafor, who the previous day had invited Velan to Nairobi, "
                  "spoke to him by phone on Monday."], "Okafor the previous day", "2025-03-09",
                 id="an-aside-s-previous-day-counts-from-the-day-its-clause-tells-after-it"),
    pytest.param(["Okafor's train, which left Lamu on Saturday afternoon and crossed into Kenya that night, pulled "
                  "into Arendal shortly after 8 a.m. on Tuesday."], "Okafor's train left", "2025-03-08",
                 id="an-aside-with-a-day-of-its-own-counts-its-night-from-it"),
    pytest.param(["Okafor flew north the following week, lunching with Jan Velan in Oslo on March 3 and meeting Dara "
                  "Kowalski at the palace the day after. That same day Tim Arendt met the fund's chief in Oslo."],
                 "That same day", "2025-03-04", id="that-same-day-is-the-day-after-the-day-named-when-counted-on"),
    pytest.param(["Okafor wrote on Instagram on Saturday that the trip would go ahead. “A weather window has just "
                  "opened up,” he wrote, adding that the ship had left Arendal the day before."], "“A weather",
                 "2025-03-08", id="a-day-before-in-what-is-added-is-not-the-writing-s"),
    pytest.param(["Jan Okafor was among the five on board. The boat that went missing on Sunday on a dive near Lamu was "
                  "found on Thursday, the coast guard said.", "Okafor had written on Instagram the day before the dive "
                  "that the trip would be the last this year."], "Okafor had written", "2025-03-08",
                 id="the-day-before-the-dive-the-text-dated"),
    pytest.param(["Okafor flew north the following week, lunching with Jan Velan in Oslo on March 3 and meeting Dara "
                  "Kowalski at the palace the day after."], "Okafor meeting Dara Kowalski", "2025-03-04",
                 id="a-second-gerund-with-its-own-day-is-a-happening-of-that-day"),
    pytest.param(["Lamu's airport suspended operations on Monday. Kenya's government said an air bridge to Nairobi "
                  "would begin on Friday to bring in aid and fly out stranded tourists."],
                 "Kenya's government said an air bridge to Nairobi would fly out", "2025-03-14",
                 id="a-plain-verb-going-on-a-reported-plan-takes-the-plan-s-day"),
    pytest.param(["In 2007 the mayor of Lamu was shot dead by a gangster, and in 1960 the leader of the Kenyan Labour "
                  "Party was stabbed to death while giving a speech. Earlier that same year, Okafor's grandfather, "
                  "then prime minister Jan Okafor, survived a knife attack."], "Earlier that same year", "1960-01-01",
                 id="a-year-opening-a-clause-sets-the-time-as-one-opening-a-sentence"),
    pytest.param(["President Jan Okafor visited Lamu on Monday.", "Walking what remains of the old town, the president "
                  "stopped beside a burned tree, singed black but still upright."], "Walking what remains", "2025-03-10",
                 id="what-remains-of-a-place-is-no-state-going-on"),
    pytest.param(["The Lamu dam was destroyed on Monday.", "Jan Okafor, the security council's secretary, said the dam "
                  "had been blown up by a Kenyan brigade, adding that troops had planted the charges last autumn."],
                 "Jan Okafor, the security council's secretary, said", "2025-03-10",
                 id="a-time-in-what-is-added-after-the-saying-is-not-the-saying-s"),
    pytest.param(["Dara Velan met Jan Okafor in Nairobi on March 3 and crossed the front line to the plant two days "
                  "later."], "Dara Velan crossed", "2025-03-05", id="a-count-after-a-place-counts-from-the-clause-before"),
    pytest.param(["Kenya Expeditions, which charges $250,000 a seat and took customers to the wreck in 2021 and 2022, "
                  "said on Monday that it was “exploring all options.”"], "Kenya Expeditions", "2025-03-10",
                 id="a-figure-s-comma-closes-no-aside"),
]


def test_a_relative_clause_told_as_an_event_ends_before_the_main_clause_s_verb():
    dates = event_dates("The number of people killed by the earthquake that tore through Kenya's highlands late on "
                        "Friday rose to 2,122 on Sunday, the Interior Ministry said.")
    assert dates["The earthquake that tore through Kenya's highlands late on Friday"][0] == "2025-03-07"


def test_a_whose_aside_is_told_with_its_owner_once():
    dates = event_dates("The bloodshed is the gravest test yet for Okafor, whose Islamist-led rebels toppled the "
                        "president on Dec. 8, 2024.")
    assert starting(dates, "Okafor's Islamist-led rebels toppled")[0] == "2024-12-08"


@pytest.mark.parametrize("paragraphs, opening, iso", EVENT_DAYS)
def test_the_day_of_an_event_as_its_paragraphs_tell_it(paragraphs, opening, iso):
    assert starting(event_dates(*paragraphs), opening)[0] == iso


def test_a_pair_after_between_is_one_subject_however_long_its_first_half():
    dates = event_dates("The truce between the government, backed by a Norwegian-led coalition, and the Kenyan-backed "
                        "rebels has largely held since April.")
    assert len(dates) == 1


def test_boycotting_the_month_s_election_happened_in_that_month():
    assert date_of("boycotted", "Okafor was jailed in February 2018.",
                   "Her party boycotted the January election that gave Velan a fourth term.")[0] == "2025-01-01"


def test_the_eve_of_a_planned_visit_is_the_day_before_it():
    assert date_of("streets", "Kowalski will arrive in Oslo on Thursday for his first visit in 24 years, Norway "
                   "said.", "Okafor met Kowalski in Arendal in September last year. On the eve of the visit, the "
                   "streets of Oslo were hung with his portrait.")[0] == "2025-03-12"


def test_a_deadline_at_sunset_is_not_the_day_of_the_order():
    assert date_of("ordered", "Okafor later ordered flags flown at half-staff until sunset on Sunday.")[0] == \
        PUBLISHED.isoformat()


def test_the_four_leaders_are_the_four_heads_named_last():
    blocks = (Block("paragraph", "President Jan Velan, President Dara Brenner, Prime Minister Lena Okafor and "
                                 "President Tomas Arendt will meet in Oslo on Friday.", 1),
              Block("paragraph", "The four leaders agreed on Oslo in a telephone call on Sunday.", 2))
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", blocks)).events
    call = next(e for e in events if e.sentence.startswith("The four leaders"))
    assert {"Jan Velan", "Dara Brenner", "Lena Okafor", "Tomas Arendt"} <= {m.name for m in call.participants}


def test_a_day_later_counts_from_the_day_of_the_aside_before_it():
    # PUBLISHED is Wednesday 12 March 2025: Sunday is the 9th, Monday the 10th
    assert date_of("pushed back", "Okafor died on Sunday, officials said on Monday.",
                   "Jan Velan, whose office sent help to Kenya on Sunday, pushed back at critics a day later.")[0] == \
        "2025-03-10"


def test_the_clause_that_tells_of_a_thing_dated_by_its_own_participle_keeps_its_own_time():
    told = "Kenya and Norway restored diplomatic ties severed in 2016."
    assert event_dates(told)[told][0] == PUBLISHED.isoformat()


@pytest.mark.parametrize("paragraph, summary, iso", [
    ("Kenya would suspend the export controls it unveiled on March 3 for one year.",
     "The export controls Kenya unveiled on March 3 for one year", "2025-03-03"),
    ("Kowalski went no further than the Arendal Declaration he signed with Lena Okafor on Feb. 27.",
     "The Arendal Declaration Kowalski signed with Lena Okafor on Feb. 27", "2025-02-27"),
    ("The ministers of Kenya and Norway signed the document after three days of talks that began on Monday at "
     "the Arendal Forum.", "Three days of talks that began on Monday at the Arendal Forum", "2025-03-10"),
    ("Jan Kowalski pressed Norway on Lena Okafor, the former Kenyan diplomat who vanished in Oslo in 2007 and is "
     "presumed dead.", "Lena Okafor, the former Kenyan diplomat who vanished in Oslo in 2007 and is presumed dead.",
     "2007-01-01"),
    ("Okafor, 63, a hardline cleric who was elected president in 2021, has been seen as a successor.",
     "Okafor, a hardline cleric who was elected president in 2021", "2021-01-01"),
])
def test_a_thing_a_relative_clause_dates_in_the_past_is_an_event_of_that_time(paragraph, summary, iso):
    assert event_dates(paragraph)[summary][0] == iso


@pytest.mark.parametrize("paragraph, iso, summary, people", [
    ("The force will be led by General Lena Okafor, who was made a Hero of Kenya in 2017 for her service in "
     "Somalia, Norway said.", "2017-01-01", "Lena Okafor was made a Hero of Kenya in 2017", ["Lena Okafor"]),
    ("Among those freed were Americans Jan Kowalski and Tomas Brandt and Norwegian Dara Velan, who were "
     "sentenced to death in June by a court in Arendal.", "2024-06-01",
     "Jan Kowalski, Tomas Brandt and Dara Velan were sentenced", ["Jan Kowalski", "Tomas Brandt", "Dara Velan"]),
    ("Senator Lena Okafor of Kenya, whose parents left Norway in the 1950s and who quit the race on Tuesday, wrote "
     "that the trip was a disgrace.", "2025-03-11", "Senator Lena Okafor of Kenya quit the race", ["Lena Okafor"]),
], ids=["one-person-before-it", "everyone-listed-before-a-plural-one", "a-person-of-a-place"])
def test_a_dated_who_aside_is_an_event_of_the_people_before_it(paragraph, iso, summary, people):
    blocks = (Block("paragraph", paragraph, 1),)
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", blocks)).events
    aside = next(e for e in events if e.date.iso() == iso)
    assert aside.sentence.startswith(summary)
    assert set(people) <= {m.name for m in aside.participants}


def test_a_relative_clause_with_a_named_subject_dates_its_thing_not_the_clause_or_the_next_paragraph():
    dates = event_dates("Kowalski and Lena Okafor signed a border accord on Tuesday in Geneva.",
                        "The accord reaffirmed the ceasefire that Okafor signed with General Tomas Brandt on April 27, "
                        "and committed both sides to returning the remains of missing soldiers.",
                        "Brandt, who had watched the ceremony on television that morning, issued a statement in the "
                        "evening welcoming the accord.")
    assert dates["The ceasefire Okafor signed with General Tomas Brandt on April 27"][0] == "2024-04-27"
    assert starting(dates, "The accord reaffirmed")[0] == "2025-03-11"
    assert starting(dates, "Brandt issued a statement")[0] == "2025-03-11"


def test_a_background_time_in_a_relative_clause_dates_neither_its_clause_nor_the_next_paragraphs():
    dates = event_dates("Kenya's military government has ordered two Norwegian aid officials to leave the country "
                        "amid hunger caused by a civil war that broke out in April 2023.",
                        "Norway said the officials were told to leave within 72 hours.")
    assert dates["A civil war that broke out in April 2023"][0] == "2023-04-01"
    ordered = starting(dates, "Kenya's military")[0]
    told = starting(dates, "Norway said")[0]
    assert (ordered, told) == ("2025-03-12", "2025-03-12")


@pytest.mark.parametrize("sentence", [
    "Dara Velan was sworn in as transitional president on Monday.",
    "On Monday, Dara Velan, who leads the guard, was also named transitional head.",
])
def test_a_passive_with_a_participle_of_its_own_tells_a_happening(sentence):
    dates = event_dates("Kenya's army freed Lena Okafor on Tuesday.", sentence)
    assert [date for text, (date, _) in dates.items() if "Velan" in text] == ["2025-03-10"]


@pytest.mark.parametrize("paragraph, iso", [
    ("Kenya and Norway have agreed a deal on Monday to spend 3.5 percent of output on health by 2035.", "2025-03-10"),
    ("Kenya and Norway endorsed a statement saying: “We commit to spend 3.5 percent on health by 2035.”",
     "2025-03-12"),
])
def test_a_goal_years_ahead_is_not_the_time_of_the_deal_that_sets_it(paragraph, iso):
    assert [date for date, _ in event_dates(paragraph).values()] == [iso]


def test_a_happening_told_again_by_its_noun_keeps_the_day_it_was_told_with():
    dates = event_dates("Mourners gathered in Nairobi for Governor Lena Okafor on Wednesday.",
                        "Okafor's helicopter crashed on a foggy mountainside in western Kenya on Sunday.",
                        "The crash also killed Deputy Governor Jan Kowalski and two pilots.",
                        "The funeral will be held in Arendal, Kenya said.")
    assert dates["The crash also killed Deputy Governor Jan Kowalski and two pilots."][0] == "2025-03-09"


def test_a_time_between_dashes_is_the_aside_s_not_the_clause_s():
    dates = event_dates("The governor of Turkana – a county Norway launched a raid into last week – told Lena "
                        "Okafor on Monday he had evacuated 12,000 people.")
    assert [date for date, _ in dates.values()] == ["2025-03-10"]


def test_the_day_a_state_began_is_not_the_day_of_the_undated_lead():
    dates = event_dates("Lena Okafor's son Jan Kowalski has claimed that his mother will not return.",
                        "Kowalski added that his mother was considering resigning since Monday.")
    assert dates["Lena Okafor's son Jan Kowalski has claimed that his mother will not return."][0] == "2025-03-12"


def test_a_day_in_an_appositive_dates_neither_the_clause_nor_the_next_paragraph():
    dates = event_dates("Jan Kowalski, Kenya's main opposition candidate in the March 2 presidential election, has "
                        "claimed victory.", "He did not give any more details about his claim.")
    assert [date for date, _ in dates.values()] == ["2025-03-12", "2025-03-12"]


def test_a_time_after_the_main_verb_that_follows_a_relative_clause_is_the_main_clause_s():
    dates = event_dates("Kenyans who fled the shelling poured back towards Arendal on Monday.")
    assert list(dates.values()) == [("2025-03-10", "Monday")]


def test_then_and_a_present_verb_go_on_with_the_plan_of_the_day_ahead():
    blocks = (Block("paragraph", "Lena Okafor will cross the border on Friday morning to meet Jan Kowalski. Okafor "
                                 "and Kowalski then hold talks in Oslo before a dinner.", 1),)
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", blocks)).events
    talks = next(e for e in events if "then hold talks" in e.sentence)
    assert (talks.date.iso(), talks.status.value) == ("2025-03-14", "planned")


def test_a_when_clause_told_of_he_names_him():
    dates = event_dates("Lena Okafor will make no public appearances until Friday morning, when she is due to have "
                        "breakfast with Jan Kowalski.")
    assert dates["Lena Okafor is due to have breakfast with Jan Kowalski."][0] == "2025-03-14"


def test_the_rebels_are_the_armed_group_named_before_for_every_verb_they_share():
    blocks = (Block("paragraph", "The Varlon Liberation Front controls much of the north.", 1),
              Block("paragraph", "The rebels seized Oslo in late January and took Bergen in February.", 2))
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", blocks)).events
    took = next(e for e in events if "took Bergen" in e.sentence)
    seized = next(e for e in events if "seized Oslo" in e.sentence)
    assert [m.name for m in seized.participants][:1] == [m.name for m in took.participants][:1] == [
        "Varlon Liberation Front"]
    assert (seized.date.iso(), took.date.iso()) == ("2025-01-25", "2025-02-01")


def test_a_plan_told_in_a_relative_clause_does_not_date_the_agreement():
    dates = event_dates("Kenya and Norway have agreed to a two-month truce that will begin on Saturday, the envoy "
                        "Lena Okafor said.")
    agreed = starting(dates, "Kenya and Norway have agreed")
    assert agreed[0] == "2025-03-12"  # the lead's day, not Saturday's


def test_the_clause_that_names_a_thing_in_passing_keeps_its_own_time():
    dates = event_dates("Kenya and Norway signed a truce in Oslo on Monday.",
                        "The two sides agreed to revive a security pact signed in 2001.",
                        "A humanitarian truce declared in January collapsed in late February.")
    assert dates["The two sides agreed to revive a security pact signed in 2001."][0] == "2025-03-10"
    assert dates["A humanitarian truce declared in January collapsed in late February."][0] == "2025-02-25"
    assert dates["A humanitarian truce declared in January"][0] == "2025-01-01"


def test_a_happening_named_in_passing_within_the_story_s_week_is_no_event_of_its_own():
    assert "The meeting on Monday" not in event_dates("Kenya and Norway welcomed the meeting on Monday in Oslo.")


def test_a_clause_about_the_story_names_the_leads_parties():
    blocks = (Block("paragraph", "Kenya and Norway signed a truce in Oslo on Monday.", 1),
              Block("paragraph", "The truce will take effect on April 1.", 2))
    extraction = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", blocks))
    later = next(e for e in extraction.events if "take effect" in e.sentence)
    assert [m.name for m in later.participants] == ["Kenya", "Norway"]


@pytest.mark.parametrize("paragraphs, needle, iso, source", CASES)
def test_event_date_from_the_narrative(paragraphs, needle, iso, source):
    date, date_text = date_of(needle, *paragraphs)
    assert date == iso
    assert (source is None and date_text is None) or (source is not None and source in (date_text or ""))


def test_a_duration_is_no_date():
    from generator.timeexpr import find_time_expressions

    sentence = "It is Ruto's first visit to Norway in 11 years, and he is expected to meet the king."
    assert find_time_expressions(sentence, PUBLISHED) == ()


def test_both_leaders_are_the_leads_leaders():
    blocks = (Block("paragraph", "Kenyan President William Ruto and Norwegian Prime Minister Jonas Gahr Store met "
                                 "in Oslo on Monday.", 1),
              Block("paragraph", "Lena Okafor telephoned both leaders on Saturday.", 2))
    extraction = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", blocks))
    call = next(e for e in extraction.events if "telephoned" in e.sentence)
    assert [m.name for m in call.participants] == ["Lena Okafor", "William Ruto", "Jonas Gahr Store"]


def test_a_timetable_in_the_present_tense_is_ahead():
    from generator.timeexpr import find_time_expressions

    (friday,) = find_time_expressions("Ruto skipped the summit that opens on Friday in Bergen.", PUBLISHED)
    assert friday.date.iso() == "2025-03-14"


def test_the_two_leaders_are_the_heads_of_the_leads_states_named_later():
    blocks = (Block("paragraph", "The leaders of Kenya and Norway signed a truce in Oslo on Monday, in a ceremony "
                                 "hosted by President Tomas Brenner.", 1),
              Block("paragraph", "Kenyan President Lena Okafor and Norwegian Prime Minister Jan Kowalski shook "
                                 "hands.", 2),
              Block("paragraph", "The two leaders had met in Geneva in January. Each leader later met Brenner.", 3))
    extraction = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", blocks))
    met = next(e for e in extraction.events if "had met" in e.sentence)
    later = next(e for e in extraction.events if "Each leader" in e.sentence)
    assert [m.name for m in met.participants][:2] == ["Lena Okafor", "Jan Kowalski"]
    assert {"Lena Okafor", "Jan Kowalski", "Brenner"} <= {m.name for m in later.participants}


# paragraphs → (status, date) of every event, in order: the tense of what a clause only mentions is not its own
STATUS = [
    pytest.param(["Kenya and Norway struck a deal in Oslo on 4 March under which sanctions that are hurting Kenya "
                  "will be eased."], [("happened", "2025-03-04")], id="a-relative-clause"),
    pytest.param(["Okafor issued a statement on Monday, stating that both sides will stay in their positions."],
                 [("happened", "2025-03-10")], id="a-participle"),
    pytest.param(["Kenya and Norway are also to meet to agree on opening roads in Lodwar."], [("planned", None)],
                 id="are-also-to-meet"),
    pytest.param(["Protest organisers from the Civic Front plan another march on Sunday."],
                 [("planned", "2025-03-16")], id="plan-another-march-on-sunday"),
    pytest.param(["Kenya and Norway were due to initial a common agenda later on Thursday."],
                 [("planned", "2025-03-13")], id="due-to-initial"),
    pytest.param(["On Monday, the heads of the Kenyan and Norwegian teams initialled the agreement."],
                 [("happened", "2025-03-10")], id="the-heads-of-two-teams-head-nowhere"),
    pytest.param(["Talks between Kenya and Norway on reopening roads have yet to begin."], [("planned", None)],
                 id="have-yet-to-begin"),
    pytest.param(["Kenya and Norway released the Oslo Principles on Monday, a document that will guide their "
                  "cooperation."], [("happened", "2025-03-10")], id="an-appositive-relative"),
    pytest.param(["CARACAS/OSLO (Reuters) - Kenya and Norway on Monday agreed to hold elections, paving the way for "
                  "possible sanctions relief.",
                  "The European Union will oversee the vote, according to terms unveiled after long-suspended talks."],
                 [("happened", "2025-03-10"), ("planned", None)], id="a-participle-and-an-adjective"),
    pytest.param(["Kenya and Norway met in Oslo on Monday.",
                  "Okafor responded that Kenya and Norway are managing their differences.",
                  "The Kenyan president went on to say that both had made progress in the past few months."],
                 [("happened", "2025-03-10")] * 3, id="a-reported-present"),
    pytest.param(["Kenya and Norway resumed talks on Monday over a dam that Kenya is building.",
                  "The ministers of Kenya and Norway agreed to continue the negotiations Thursday."],
                 [("happened", "2025-03-10"), ("planned", "2025-03-13")], id="a-that-clause-and-agreed-to"),
    pytest.param(["Kenya and Norway met in Oslo on Monday.",
                  "Okafor said the terms were satisfactory and she hoped the deal would be announced as soon as "
                  "possible."], [("happened", "2025-03-10")] * 2, id="a-hope-reported"),
    pytest.param(["Kenya and Norway agreed to a ceasefire on Monday.",
                  "The agreement would halt the fighting in Arendal and lead to the release of prisoners.",
                  "The coming weeks should also see the release of detainees held by Norway."],
                 [("happened", "2025-03-10"), ("planned", None), ("planned", None)],
                 id="a-deal's-terms-told-with-would-and-should"),
    pytest.param(["Kenya accused Norway on Monday of blowing up the pipeline due to failed diplomacy.",
                  "Lena Okafor is due to meet Jan Kowalski on Friday."],
                 [("happened", "2025-03-10"), ("planned", "2025-03-14")], id="due-to-a-cause-and-due-to-meet"),
    pytest.param(["Kenya and Norway agreed a statement on Sunday for their upcoming summit."],
                 [("happened", "2025-03-09")], id="an-upcoming-thing-named-in-a-past-clause"),
]


@pytest.mark.parametrize("paragraphs, expected", STATUS)
def test_status_and_date_of_each_event(paragraphs, expected):
    blocks = tuple(Block("paragraph", text, number) for number, text in enumerate(paragraphs, 1))
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", blocks)).events
    assert [(e.status.value, e.date.iso()) for e in events] == expected


def test_a_plan_told_with_a_day_of_its_own_is_an_event_of_its_own_and_the_telling_keeps_its_time():
    dates = event_dates("Lena Okafor met Norway's leaders on Monday.",
                        "Shortly after the meeting, Okafor turned to Kenya, announcing on social media that she "
                        "would meet Jan Kowalski in Nairobi on Friday.",
                        "Kowalski left straight afterwards, skipping the regional summit that opens on Saturday.")
    assert dates["Okafor would meet Jan Kowalski in Nairobi on Friday"] == ("2025-03-14", "Friday")
    telling = starting(dates, "Shortly after")
    assert telling[0] == "2025-03-10"
    assert dates["The regional summit opens on Saturday"][0] == "2025-03-15"
    assert starting(dates, "Kowalski left")[0] == "2025-03-10"


def test_a_plan_only_said_is_the_event_and_carries_the_teller():
    article = Article("case", "Case", PUBLISHED, "case.txt", (
        Block("paragraph", "Kenya and Norway met in Oslo on Monday.", 1),
        Block("paragraph", "Kenyan officials said Nairobi would host a follow-up meeting of ministers in "
                           "September.", 2)))
    events = [e for e in EXTRACTOR.extract(article).events if "follow-up" in e.sentence]
    assert [(e.sentence, e.date.iso(), {m.name for m in e.participants}) for e in events] == [
        ("Nairobi would host a follow-up meeting of ministers in September", "2025-09-01", {"Kenya", "Nairobi"})]


@pytest.mark.parametrize("telling", ["Defence Minister Jan Kowalski told President Lena Okafor that",
                                     "Kowalski told Okafor on Wednesday that"])
def test_a_plan_told_to_a_named_person_is_an_event_beside_the_telling(telling):
    dates = event_dates("Troops began leaving Norway on Wednesday.",
                        f"{telling} the pullout would be finished on March 19.")
    assert starting(dates, telling[:12])[0] == "2025-03-12"
    assert dates["The pullout would be finished on March 19"][0] == "2025-03-19"


def test_a_plan_told_without_a_day_of_its_own_stays_in_the_telling():
    dates = event_dates("Lena Okafor said on Monday that Kenya would sign the deal.")
    assert list(dates) == ["Lena Okafor said on Monday that Kenya would sign the deal."]


def test_a_list_of_plans_is_one_event_each_with_its_own_day():
    dates = event_dates("Lena Okafor and Jan Kowalski signed the deal on Monday.",
                        "On Friday she will address parliament, meet the unions and attend a rally. Generals from "
                        "both armies will meet in April, a joint office will open in Nairobi, and families will "
                        "hold reunions on March 20.")
    assert dates["She will meet the unions"][0] == "2025-03-14"
    assert dates["She will attend a rally."][0] == "2025-03-14"
    assert dates["Generals from both armies will meet in April"][0] == "2025-04-01"
    assert "A joint office will open in Nairobi" in dates
    assert dates["Families will hold reunions on March 20."][0] == "2025-03-20"


def test_an_opening_phrase_before_a_plan_is_no_clause_of_its_own():
    dates = event_dates("Under the deal, Kenyan troops will leave Norway on Friday.")
    assert list(dates) == ["Under the deal, Kenyan troops will leave Norway on Friday."]


def test_clauses_spliced_by_commas_are_one_event_each_with_its_own_year():
    dates = event_dates("Lena Okafor and Jan Kowalski signed the accords in Oslo in 1975, Tom Rivers met Ana Bell "
                        "there in 1990 and Lena Okafor met Ana Bell in 1997.",
                        "In April, Kenya expelled Norway's envoy.")
    assert dates["Lena Okafor and Jan Kowalski signed the accords in Oslo in 1975"][0] == "1975-01-01"
    assert starting(dates, "Tom Rivers met")[0] == "1990-01-01"
    assert dates["In April, Kenya expelled Norway's envoy."][0] == "2024-04-01"  # told in the past: last April


def test_a_passive_clause_spliced_by_a_comma_is_an_event_with_its_own_time():
    dates = event_dates("Lena Okafor met Jan Kowalski in Oslo in April 2015, Kenya was dropped from the Norwegian "
                        "list of sanctioned states the following month, and the two countries restored ties in July.")
    assert dates["Lena Okafor met Jan Kowalski in Oslo in April 2015"][0] == "2015-04-01"
    spliced = starting(dates, "Kenya was dropped")
    assert spliced[0] == "2015-05-01"


def test_a_since_inside_an_aside_does_not_take_the_main_clauses_own_day():
    dates = event_dates("Lena Okafor, who has not been seen in public since Wednesday, posted a message on Thursday.")
    assert dates["Lena Okafor posted a message on Thursday."][0] == "2025-03-06"


def test_a_main_clause_joined_by_and_without_a_time_of_its_own_goes_on_the_time_of_the_one_before():
    dates = event_dates("Kenya and Norway restored ties on Friday.",
                        "On Monday, Lena Okafor and Jan Kowalski raised the flag in Nairobi, and Okafor handed his "
                        "guest the keys. Rockets fired from the south hit Oslo on Tuesday, and Kenya said the "
                        "following day that it had fired them.")
    assert dates["Okafor handed his guest the keys."][0] == "2025-03-10"
    assert dates["Kenya said the following day that it had fired them."][0] == "2025-03-12"


def test_that_month_is_the_month_of_the_year_the_text_has_reached():
    dates = event_dates("Kenya and Norway restored ties on Friday.",
                        "Lena Okafor was elected in June 2013 on a promise of engagement, and the talks gathered "
                        "pace after she took office that August.")
    assert dates["The talks gathered pace"][0] == "2013-06-01"
    assert dates["She took office that August."] == ("2013-08-01", "that August (June 2013 (the clause before))")


def test_the_leaders_are_the_storys_leaders():
    blocks = (Block("paragraph", "Lena Okafor met Jan Kowalski in Oslo on Wednesday.", 1),
              Block("paragraph", "The leaders last met at the Group of 20 summit in Bali, Indonesia, last November.",
                    2))
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", blocks)).events
    met = next(e for e in events if e.sentence.startswith("The leaders"))
    assert {"Lena Okafor", "Jan Kowalski", "Group of 20"} <= {m.name for m in met.participants}
    assert met.date.iso() == "2024-11-01"


def test_a_second_passive_with_its_own_time_and_a_pronoun_clause_after_and_are_events_of_their_own():
    dates = event_dates("Kenya's army seized power on Monday.",
                        "Jan Kowalski had been arrested in Mombasa in February 2010 and was freed in October 2018 at "
                        "Norway's request.",
                        "Lena Okafor swept the 2015 election, the first openly contested vote in 25 years, and she "
                        "took the post of state counsellor the following year.")
    assert dates["Jan Kowalski had been arrested in Mombasa in February 2010"][0] == "2010-02-01"
    assert dates["Jan Kowalski was freed in October 2018 at Norway's request."][0] == "2018-10-01"
    assert starting(dates, "Lena Okafor swept")[0] == "2015-01-01"  # its vote's
    assert dates["She took the post of state counsellor the following year."][0] == "2016-01-01"


def test_a_vote_named_by_a_day_without_its_year_that_was_won_is_past_and_the_winnings_day():
    blocks = (Block("paragraph", "Kenya's army seized power on Monday.", 1),
              Block("paragraph", "The Kenya Democratic Party won the Nov. 8 election in a landslide.", 2))
    events = EXTRACTOR.extract(Article("case", "Case", dt.date(2021, 2, 3), "case.txt", blocks)).events
    assert {(e.sentence, e.date.iso(), e.status.value) for e in events if e.source.paragraph == 2} == {
        ("The Kenya Democratic Party won the Nov. 8 election in a landslide.", "2020-11-08", "happened"),
        ("Nov. 8 election in a landslide", "2020-11-08", "happened")}


def test_at_a_days_meeting_is_the_time_of_what_was_done_there_and_an_invitation_is_made_on_its_day():
    dates = event_dates("Kenya and Norway restored ties on Friday.",
                        "At Monday's meeting Lena Okafor also invited Jan Kowalski to visit Kenya later this year.",
                        "Lena Okafor invited Jan Kowalski on Tuesday to visit Kenya.")
    assert dates["At Monday's meeting Lena Okafor also invited Jan Kowalski to visit Kenya later this year."][0] \
        == "2025-03-10"
    assert dates["Lena Okafor invited Jan Kowalski on Tuesday to visit Kenya."][0] == "2025-03-11"


def test_a_time_inside_a_quote_of_several_sentences_does_not_move_the_texts_time():
    dates = event_dates("Jan Kowalski said on Saturday he had ordered his fighters back to their bases.",
                        "“They wanted to disband us. We set out on March 3 to the capital. We walked for a day,” "
                        "Kowalski said in an audio message.",
                        "The announcement from Oslo came earlier in the evening.")
    assert dates["The announcement from Oslo came earlier in the evening."][0] == "2025-03-08"


def test_a_past_perfect_with_its_object_before_the_day_before_is_dated_from_the_sentence_before():
    dates = event_dates("Kenya and Norway restored ties on Friday.",
                        "Nurses at state hospitals stopped work on Monday. Union leader Lena Okafor had announced the "
                        "strike the day before.")
    assert dates["Union leader Lena Okafor had announced the strike the day before."][0] == "2025-03-09"


def test_a_time_in_an_appositive_describing_a_place_is_not_the_main_clauses():
    dates = event_dates("Kenya and Norway restored ties on Friday.",
                        "Lena Okafor visited Arendal, the town where Kenyan troops withdrew last spring, before "
                        "holding talks with Jan Kowalski.",
                        "Okafor toured Mombasa, the port city her forces captured last May.")
    assert starting(dates, "Lena Okafor visited Arendal")[0] == "2025-03-07"
    assert dates["Okafor toured Mombasa, the port city her forces captured last May."][0] == "2025-03-07"


def test_the_two_men_are_the_two_people_named_just_before():
    blocks = (Block("paragraph", "General Lena Okafor signed for the army and Jan Kowalski for the alliance. The two "
                                 "men had initialled the declaration on March 4.", 1),)
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", blocks)).events
    initialled = next(e for e in events if "initialled" in e.sentence)
    assert [m.name for m in initialled.participants][:2] == ["Lena Okafor", "Jan Kowalski"]


def test_since_with_an_adverb_opens_a_clause_of_its_own():
    dates = event_dates("Kenya has poured aid into Norway since Lena Okafor first visited Oslo in 2011.")
    assert dates["Lena Okafor first visited Oslo in 2011."][0] == "2011-01-01"


def test_a_gerund_after_after_or_since_with_a_time_of_its_own_is_an_event_of_its_subject():
    dates = event_dates("Lena Okafor flew to Nairobi on Tuesday, after meeting Jan Kowalski in Oslo on Monday.",
                        "Jan Kowalski has visited Kenya twice since taking office in January.",
                        "Okafor left Oslo on Friday after meeting Kowalski.")
    assert dates["Lena Okafor flew to Nairobi on Tuesday"][0] == "2025-03-11"
    assert dates["Lena Okafor meeting Jan Kowalski in Oslo on Monday."][0] == "2025-03-10"
    assert dates["Jan Kowalski taking office in January."][0] == "2025-01-01"
    assert "Okafor left Oslo on Friday after meeting Kowalski." in dates  # no time of its own: one event


def test_since_a_body_named_with_its_acronym_did_something_is_a_clause_of_its_own():
    dates = event_dates("Okafor is the first leader to meet Kowalski since the Nordic Criminal Court (NCC) issued a "
                        "warrant for Jan Kowalski on Friday.")
    assert dates["The Nordic Criminal Court (NCC) issued a warrant for Jan Kowalski on Friday."][0] == "2025-03-07"


def test_a_year_in_a_name_dates_neither_the_clause_nor_the_story():
    dates = event_dates("Kenyan President Lena Okafor is set to host the 2024 Arendal Forum in Oslo, welcoming "
                        "delegations from 30 countries on Friday.", "Okafor told reporters the forum was open.")
    assert dates["Kenyan President Lena Okafor is set to host the 2024 Arendal Forum in Oslo, welcoming delegations "
                 "from 30 countries on Friday."][0] == "2025-03-14"
    assert dates["Okafor told reporters the forum was open."][0] != "2024-01-01"


def test_the_time_of_a_thing_spoken_of_dates_neither_its_clause_nor_what_follows():
    dates = event_dates("A court in Oslo issued a warrant for Lena Okafor on Monday, prosecutors said.",
                        "The commission has said Jan Kowalski was the winner of the March 2 election.",
                        "“She has no respect for the law,” Kowalski said in a broadcast.")
    assert dates["The commission has said Jan Kowalski was the winner of the March 2 election."][0] == "2025-03-10"
    assert next(v for k, v in dates.items() if "no respect" in k)[0] == "2025-03-10"


def test_a_paragraph_that_plans_nothing_ends_the_day_ahead():
    dates = event_dates("The truce will take effect on Sunday, Kenyan President Lena Okafor said.",
                        "The deal outlines a six-week first phase that includes a withdrawal of Kenyan forces.",
                        "Norway will free 990 prisoners in return.")
    assert dates["The truce will take effect on Sunday, Kenyan President Lena Okafor said."][0] == "2025-03-16"
    assert dates["Norway will free 990 prisoners in return."][0] is None


def test_earlier_than_a_coarse_time_is_no_date():
    dates = event_dates("The council approved the Kenyan mission in early February.",
                        "President Lena Okafor earlier described the mission as a duty.")
    assert dates["President Lena Okafor earlier described the mission as a duty."][0] is None


def test_a_bare_capitals_dateline_is_no_part_of_the_lead_s_summary():
    dates = event_dates("NAIROBI - Kenya and Norway signed a trade pact in Oslo on Monday.")
    assert "Kenya and Norway signed a trade pact in Oslo on Monday." in dates


def test_a_happening_told_after_that_with_a_day_of_its_own_is_an_event_of_that_day():
    dates = event_dates("Prosecutors said on Wednesday that a court in Oslo had issued a warrant for Lena Okafor on "
                        "Monday.")
    assert dates["A court in Oslo had issued a warrant for Lena Okafor on Monday"][0] == "2025-03-10"
    assert starting(dates, "Prosecutors said")[0] == "2025-03-12"


def test_a_short_aside_between_dashes_is_no_clause_and_leaves_the_headline():
    extraction = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", (Block(
        "paragraph", "The summit of the Arendal group — Kenya, Norway and Chile — will open in Oslo on Friday.", 1),)))
    assert [(e.date.iso(), headline(e.sentence)) for e in extraction.events] == [
        ("2025-03-14", "The summit of the Arendal group will open in Oslo on Friday")]


def test_a_deadline_and_a_thing_looked_back_to_do_not_move_the_narrative():
    dates = event_dates("Lena Okafor met Jan Kowalski in Oslo on Monday. It was their third meeting, after talks in "
                        "Nairobi last April and an encounter at the United Nations in September.",
                        "Okafor then turned the tables on Norway.",
                        "Kenya and Norway will sign a deal before the end of the year, Okafor said.",
                        "Kowalski praised the deal.")
    assert dates["Okafor then turned the tables on Norway."][0] == "2025-03-10"
    assert dates["Kowalski praised the deal."][0] == "2025-03-10"


def test_a_present_perfect_after_a_time_long_past_is_no_happening_of_that_time():
    dates = event_dates("Kenyan troops captured Varnecka in January.", "Norway has denied any role in the fighting.")
    assert dates["Norway has denied any role in the fighting."][0] is None


def test_a_he_inside_a_quote_is_not_replaced_by_the_speaker():
    assert headline("He is upset that he could not come,” Lena Okafor said.", "Lena Okafor") == \
        "He is upset that he could not come,” Lena Okafor said"


def test_a_full_date_opening_the_sentence_is_no_part_of_the_headline():
    assert headline("On January 1, 2024, Kenya and Norway became members.") == "Kenya and Norway became members"


def test_a_simple_past_before_a_perfect_in_a_relative_is_dated_by_the_story_and_a_perfect_alone_is_not():
    dates = event_dates("Lena Okafor met Jan Kowalski in Oslo on Monday.",
                        "Okafor praised the measures Kowalski had taken but called them insufficient.",
                        "Negotiators led by Kowalski had been meeting Kenyan envoys.")
    assert dates["Okafor praised the measures Kowalski had taken but called them insufficient."][0] == "2025-03-10"
    assert dates["Negotiators led by Kowalski had been meeting Kenyan envoys."][0] is None


def test_the_day_begun_somewhere_is_the_storys_day_and_so_is_what_happened_there():
    dates = event_dates("Lena Okafor and Jan Kowalski met in Oslo on Monday.",
                        "The day had begun in Nairobi, where a band played and Okafor laid a wreath.")
    assert dates["A band played and Okafor laid a wreath."][0] == "2025-03-10"


def test_an_appositive_that_relative_keeps_its_time_to_itself_and_is_an_event_of_its_own():
    dates = event_dates("The latest clash came in early March, when two Kenyan boats fired at a Norwegian trawler "
                        "heading to the Varnecka, the old freighter that Norway grounded on the reef in 1999.",
                        "Lena Okafor urged Kenya's parliament to elect a speaker, a post that has been vacant since "
                        "October 2022.")
    fired = starting(dates, "Two Kenyan boats fired")
    assert fired[0] == "2025-03-05"  # early March, not the freighter's 1999
    assert dates["The old freighter that Norway grounded on the reef in 1999."][0] == "1999-01-01"
    assert dates["A post that has been vacant since October 2022."] == ("2022-10-01", "since October 2022")


def test_a_thing_named_in_passing_with_its_owner_and_object_is_dated_and_a_verbs_object_is_not():
    dates = event_dates("Okafor met Kowalski in Oslo, their first meeting since Kenya's invasion of Norway in "
                        "February 2022.",
                        "Okafor cancelled the meeting on Jan. 24, only to revive it after Kenya's top envoy, Jan "
                        "Kowalski, delivered a letter to Oslo on Feb. 1.")
    assert dates["Kenya's invasion of Norway in February 2022"][0] == "2022-02-01"
    assert not any(k.startswith("The meeting on") for k in dates)  # the cancelling's day, told by its clause
    delivered = next(v for k, v in dates.items() if "delivered a letter" in k and "cancelled" not in k)
    assert delivered[0] == "2025-02-01"


def test_a_where_clause_happens_at_the_place_named_before_it():
    blocks = (Block("paragraph", "Lena Okafor flew in from Oslo, where she attended the energy forum on Tuesday.", 1),)
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", blocks)).events
    forum = next(e for e in events if "attended the energy forum" in e.sentence and "flew" not in e.sentence)
    assert "Oslo" in [m.name for m in forum.participants]
    assert forum.date.iso() == "2025-03-11"


@pytest.mark.parametrize("arrival", ["Both delegations arrived on Sunday.",
                                     "The two Norwegian crews arrived on Sunday.",
                                     "Both delegations arrived on Sunday within hours of each other."])
def test_a_day_after_a_plural_subject_s_verb_sets_the_time_the_next_sentence_goes_on_at(arrival):
    """"Both leaders arrived on Sunday" is a sentence's subject and verb, not a noun and its participle ("the
    talks held on Sunday"), and "within hours" after the day goes on from it."""
    assert date_of("touched down", "Lena Okafor met Jan Kowalski in Arendal on Tuesday.",
                   f"{arrival} Okafor touched down at Arendal airport at 2.35pm.") == \
        ("2025-03-09", "Sunday (earlier in the text)")


def test_an_itinerary_told_with_then_goes_on_at_the_day_of_the_plan_before_it():
    """"… until Monday morning, when he is due to have breakfast with X. He and Y then meet at the palace": the
    meeting is planned for the breakfast's Monday, though "until" keeps Monday from setting the time."""
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", (
        Block("paragraph", "Jan Kowalski flew into Arendal late on Tuesday for talks with Dara Velan.", 1),
        Block("paragraph", "Kowalski has no public appearances planned until Thursday morning, when he is due to "
                           "have breakfast with Lena Okafor. He and Velan then meet at the palace, first alone and "
                           "then with aides.", 2)))).events
    meeting = next(e for e in events if "then meet at the palace" in e.sentence)
    assert meeting.status.value == "planned"
    assert meeting.date.iso() == "2025-03-13"


def test_a_past_happening_hours_after_a_reported_plan_is_dated_by_the_telling_not_the_plan():
    """"Kenya will take the dispute to the council on Friday, Okafor said, hours after Velan unveiled a map": the
    unveiling was hours before the saying (the lead's day), not before Friday, and it is no plan."""
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", (Block(
        "paragraph", "Kenya will take the dispute to the UN Security Council on Friday, Lena Okafor said in a "
                     "late-night address, hours after Norway President Dara Velan unveiled a new map.", 1),))).events
    unveiling = next(e for e in events if e.sentence.startswith("Norway President Dara Velan unveiled"))
    assert (unveiling.date.iso(), unveiling.status.value) == ("2025-03-12", "happened")


@pytest.mark.parametrize("sentence", [
    "Jan Kowalski, who plans to meet Velan in late May, praised the Norwegian leader on Tuesday.",
    "Jan Kowalski, who will visit Oslo next month, praised the Norwegian leader on Tuesday."])
def test_a_plan_in_an_aside_does_not_send_the_main_verb_s_weekday_ahead(sentence):
    assert date_of("praised the Norwegian leader", sentence)[0] == "2025-03-11"


def test_a_lead_that_dates_only_a_plan_takes_the_day_of_its_news_from_the_next_paragraph():
    """"Kenya will take the dispute to the council on Friday, Okafor said in a late-night address, hours after
    Velan unveiled a map" names Friday for the plan; the address was "at 11:20 p.m. on Tuesday", as the paragraph
    after says, and the unveiling was hours before it."""
    assert date_of("Dara Velan unveiled a new map",
                   "Kenya will take the dispute to the UN Security Council on Friday, Lena Okafor said in a "
                   "late-night address, hours after Norway President Dara Velan unveiled a new map.",
                   "Speaking from State House at 11:20 p.m. on Tuesday, Okafor said the measures were a threat.") \
        == ("2025-03-11", "hours after (Tuesday (a paragraph later))")


def test_an_adverb_before_the_verb_keeps_the_day_after_it_the_clause_s_own():
    """"was formally arrested Wednesday over … a curfew last week": Wednesday is the arrest's, not a reduced
    relative's ("the talks held on Monday"), and the later "last week" is the curfew's."""
    assert date_of("formally arrested", "Kenya's former interior minister was formally arrested Tuesday over his "
                                        "alleged role in imposing a curfew last week.")[0] == "2025-03-11"


@pytest.mark.parametrize("sentence", [
    "The Arendal court said on Tuesday it approved a warrant for Jan Kowalski over the March 4 curfew decree.",
    "The Arendal court said on Tuesday it approved a warrant for Jan Kowalski over the dramatic events of March 4.",
])
def test_a_day_that_names_a_thing_dates_the_thing_not_the_clause_or_the_text(sentence):
    dates = event_dates(f"{sentence} Kowalski said he was innocent.")
    assert dates[sentence] == ("2025-03-11", "Tuesday")
    assert dates["Kowalski said he was innocent."][0] == "2025-03-11"


def test_a_happening_named_by_its_day_is_an_event_of_that_day_but_not_an_occasion_the_clause_happened_at():
    dates = event_dates("The talks followed Kenya's March 2 referendum on creating a new province in the north.",
                        "Lena Okafor beat Jan Kowalski in the March 9 election.")
    assert dates["March 2 referendum on creating a new province in the north"] == ("2025-03-02", "March 2")
    assert dates["Lena Okafor beat Jan Kowalski in the March 9 election."] == ("2025-03-09", "March 9")


@pytest.mark.parametrize("owner", ["the Tamir Brigades’", "Hamas'"])
def test_a_happening_named_by_its_day_after_a_plural_possessive(owner):
    dates = event_dates(f"Since {owner} Oct. 7 attack on Kenya, the rebels have fired drones at ships.")
    assert dates["Oct. 7 attack on Kenya"] == ("2024-10-07", "Oct. 7")


@pytest.mark.parametrize("told_on", ["“Let's agree to disagree,” Okafor responded.",
                                     "Kenya also said Okafor “responded constructively” to the plan."])
def test_a_paragraph_told_on_with_a_quote_or_also_does_not_go_on_from_a_background_scene(told_on):
    """After "Kowalski visited Oslo last December." or "On the night of March 1, drones struck Arendal.", a
    paragraph opening with a quote or "also" is back in the story's day, not in that background."""
    lead = "Jan Kowalski told Lena Okafor during talks in Nairobi on Wednesday that no problem was unsolvable."
    for background in ("Kowalski visited Oslo last December and the two signed a declaration.",
                       "On the night of March 1, over 300 Kenyan drones struck Arendal."):
        assert date_of(told_on[:12], lead, background, told_on)[0] == "2025-03-12"


def test_a_quote_paragraph_goes_on_from_a_scene_of_the_day_before():
    assert date_of("“We are ready", "Kenya and Norway signed a truce in Arendal on Tuesday, officials said.",
                   "“We are ready,” Lena Okafor said.") == ("2025-03-11", "Tuesday (earlier in the text)")


def test_a_relative_s_past_perfect_time_does_not_move_the_text_on():
    """"… singling out members who had crossed party lines early Monday" dates their crossing, not the quote
    that follows."""
    assert date_of("“The biggest crisis",
                   "Dara Velan survived a vote on Tuesday as his party boycotted it.",
                   "Jan Kowalski called for each lawmaker by name to return to the chamber, singling out several "
                   "members who had crossed party lines early Monday morning.",
                   "“The biggest crisis is Velan himself,” Kowalski said.")[0] == "2025-03-11"


def test_a_toll_of_killed_and_wounded_is_one_event_and_a_day_before_a_comma_is_no_lead_in():
    dates = event_dates("On March 1, a Norwegian strike on Kenya's Kilifi port killed at least 80 people and wounded "
                        "150 others.", "Two other people were killed Sunday, the group said.")
    assert list(dates) == ["On March 1, a Norwegian strike on Kenya's Kilifi port killed at least 80 people and "
                           "wounded 150 others.", "Two other people were killed Sunday, the group said."]
    assert [headline(sentence) for sentence in dates] == [
        "A Norwegian strike on Kenya's Kilifi port killed at least 80 people and wounded 150 others",
        "Two other people were killed Sunday, the group said"]


def test_a_clause_that_only_says_something_came_before_what_it_came_after_is_no_event():
    dates = event_dates("Norway's strikes on Kenya, the second in two days, came hours after Kenyan warplanes "
                        "targeted Oslo's airport.")
    assert list(dates) == ["Kenyan warplanes targeted Oslo's airport."]


def test_the_sentences_of_a_quote_that_runs_over_several_are_no_events_unless_they_date_something():
    dates = event_dates("Lena Okafor held talks with Dara Velan in Arendal on Tuesday.",
                        "“The interests of both countries are linked to our cooperation. We are committed to taking "
                        "our relations forward. The two armies will talk again on the 14th of March,” Okafor told "
                        "Velan.")
    assert [sentence[:24] for sentence in dates] == ["Lena Okafor held talks w", "The two armies will talk"]


def test_the_last_sentence_of_a_quote_is_its_named_speaker_s_statement_told_when_the_telling_says():
    dates = event_dates("“We will respond. Our answer will be harsh,” Jan Kowalski said on Monday.",
                        "“The raid was planned abroad. No one should doubt that we will answer,” the Kenyan leader "
                        "said.")
    assert dates == {"“Our answer will be harsh,” Jan Kowalski said on Monday.": ("2025-03-10", "Monday")}
    statement = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", (
        Block("paragraph", "“We will respond. Our answer will be harsh,” Jan Kowalski said on Monday.", 1),))).events
    assert [(e.status.value, e.participants[0].name) for e in statement] == [("happened", "Jan Kowalski")]


def test_likely_to_is_a_plan_and_a_day_beats_this_year_and_a_relative_s_past_perfect_day():
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", (
        Block("paragraph", "Kenyan forces began deploying in Arendal on Wednesday under a deal brokered by Norway.", 1),
        Block("paragraph", "Reporters heard gunfire as Kenyan troops battled herders who had seized some "
                           "neighbourhoods on Monday.", 2),
        Block("paragraph", "Lena Okafor was likely to meet Jan Kowalski in Oslo on Thursday evening.", 3),
        Block("paragraph", "A campaign that Norway envisioned might stretch through most of this year came to an "
                           "abrupt halt on March 6 after 52 days.", 4)))).events
    dated = {e.sentence[:20]: (e.date.iso(), e.status.value) for e in events}
    assert dated["Reporters heard gunf"] == ("2025-03-12", "happened")
    assert dated["Lena Okafor was like"] == ("2025-03-13", "planned")
    assert dated["A campaign that Norw"] == ("2025-03-06", "happened")


def test_a_day_ahead_of_a_thing_is_the_thing_s_not_the_clause_s():
    assert date_of("attending his last summit", "Jan Kowalski is attending his last summit in Arendal ahead of "
                                                "Lena Okafor's return to power on March 20.")[0] == "2025-03-12"


def test_almost_24_hours_after_is_the_day_before():
    assert date_of("launched an offensive", "Arendal agreed to a ceasefire on Wednesday, almost 24 hours after "
                                           "Kenya's army launched an offensive.")[0] == "2025-03-11"


def test_an_aside_between_subject_and_verb_leaves_the_plan_and_an_appositive_s_person_heads_a_relative():
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", (
        Block("paragraph", "The Arendal Group, which includes Kenya, Norway and Peru, is expected to hold a video call "
                           "later.", 1),
        Block("paragraph", "Okafor will meet Dara Velan, the Norwegian envoy for Kenya and Uganda, who arrived in "
                           "Nairobi on Tuesday.", 2)))).events
    assert next(e for e in events if "video call" in e.sentence).status.value == "planned"
    assert "Dara Velan arrived in Nairobi on Tuesday." in [e.sentence for e in events]


def test_an_airstrike_reported_is_an_event_and_a_lead_with_none_still_opens_the_day_s_news():
    dates = event_dates("The Norwegian military reported conducting an airstrike on the headquarters in Arendal.")
    assert dates == {"The Norwegian military reported conducting an airstrike on the headquarters in Arendal.":
                     ("2025-03-12", None)}
    dates = event_dates("Shortly after the address, a huge blast shook the southern district of the city.",
                        "While addressing the assembly, Lena Okafor vowed to “continue” until Kenya wins.")
    assert dates["While addressing the assembly, Lena Okafor vowed to “continue” until Kenya wins."][0] == "2025-03-12"


@pytest.mark.parametrize("sentence", ["Norway has long demanded that Kenya cede the islands.",
                                      "Kenya's army often uses drones to strike targets in Norway.",
                                      "For decades Jan Kowalski led the Arendal Front."])
def test_a_long_standing_or_habitual_state_takes_no_day_from_the_text(sentence):
    assert date_of(sentence[:16], "Kenya and Norway signed a truce in Arendal on Tuesday.", sentence) == (None, None)


def test_he_after_a_sentence_about_someone_s_appearance_with_both_others_is_that_someone():
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", (
        Block("paragraph", "Jan Kowalski and Dara Velan joined Lena Okafor at a parade in Arendal.", 1),
        Block("paragraph", "Kowalski's appearance marked his first encounter with both Okafor and Velan. He arrived "
                           "in Arendal by train and was welcomed by Okafor.", 2)))).events
    arrival = next(e for e in events if e.sentence.startswith("He arrived"))
    assert arrival.participants[0].key == "surname:kowalski"


def test_the_capitalised_title_of_a_person_named_before_is_that_person():
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", (
        Block("paragraph", "Norwegian President Jan Kowalski met Kenyan President Lena Okafor on Monday.", 1),
        Block("paragraph", "The Norwegian President further escalated the dispute with Kenya on Tuesday.", 2)))).events
    escalation = next(e for e in events if "escalated" in e.sentence)
    assert escalation.participants[0].name == "Jan Kowalski"


def test_a_verb_joined_to_an_inner_after_clause_by_a_bare_and_is_the_inner_subject_s():
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", (Block(
        "paragraph", "Lena Okafor's departure on Tuesday came after Jan Kowalski cut short talks over the deal and "
                     "shouted at Norway's envoy during a meeting in Oslo.", 1),))).events
    shouting = next(e for e in events if e.sentence.startswith("shouted") or "Kowalski shouted" in e.sentence)
    assert shouting.participants[0].name == "Jan Kowalski"


def test_a_telephone_conversation_had_is_an_event():
    assert date_of("telephone conversation", "On the evening of March 10, Jan Kowalski had a telephone conversation "
                                             "with Lena Okafor.")[0] == "2025-03-10"


def test_suspending_something_is_a_happening_not_a_cancelled_event():
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", (Block(
        "paragraph", "Kenya's state oil companies suspended purchases of Norwegian crude on Tuesday.", 1),))).events
    assert [e.status.value for e in events] == ["happened"]


def test_an_undated_article_s_quote_paragraph_after_a_day_with_no_year_is_read():
    """An article with no date line: "January 24" has no year, and the quote told on from it is still read."""
    events = EXTRACTOR.extract(Article("case", "Case", None, "case.txt", (
        Block("paragraph", "Lena Okafor travelled to Arendal on January 24 for talks with Norwegian officials.", 1),
        Block("paragraph", "“These sanctions hurt ordinary families first,” Okafor said. Okafor struck a harder "
                           "tone.", 2)))).events
    told_on = next(e for e in events if e.sentence == "Okafor struck a harder tone.")
    assert (told_on.date.month, told_on.date.day, told_on.date.year) == (1, 24, None)


def test_a_day_in_a_who_aside_does_not_date_the_plan_the_main_clause_is_expected_to_keep():
    dates = event_dates("Dara Velan, Norway's special envoy for Kenya, who briefed NATO allies in Brussels on Monday, "
                        "is expected in Nairobi on Friday for talks with Lena Okafor.")
    main = next(value for sentence, value in dates.items() if sentence.startswith("Dara Velan, Norway's"))
    briefing = next(value for sentence, value in dates.items() if sentence.startswith("Dara Velan briefed"))
    assert main[0] == "2025-03-14" and briefing[0] == "2025-03-10"


@pytest.mark.parametrize("paragraph, summary, iso", [
    ("Lena Okafor arrived in Oslo on the eve of the two-day Arendal Forum, which opens on Friday.",
     "The two-day Arendal Forum opens on Friday.", "2025-03-14"),
    ("Kenya has joined the Oslo talks, which are due to resume on Monday.",
     "The Oslo talks are due to resume on Monday.", "2025-03-17"),
])
def test_a_plan_told_in_a_which_aside_is_an_event_of_its_day(paragraph, summary, iso):
    assert event_dates(paragraph)[summary][0] == iso


@pytest.mark.parametrize("paragraph, needle, iso", [
    ("Kenya and Norway agreed on Tuesday on a ceasefire in eastern Kenya from midnight on Sunday, March 16, and on "
     "pulling heavy weapons back.", "A ceasefire in eastern Kenya from midnight", "2025-03-16"),
    ("Lena Okafor said Kenya had logged at least 54 violations since the ceasefire began on February 27.",
     "The ceasefire began on February 27", "2025-02-27"),
])
def test_when_a_truce_takes_effect_is_an_event_of_that_time(paragraph, needle, iso):
    assert date_of(needle, paragraph)[0] == iso


def test_a_numbered_resolution_is_the_head_of_its_aside_not_the_story_s_sides():
    dates = event_dates("Kenya and Norway met in Oslo on Monday.",
                        "The deal is built largely on U.N. Security Council Resolution 1701, which ended the last war "
                        "between Kenya and Uganda in 2006.")
    aside = next(sentence for sentence in dates if "ended the last war" in sentence and "deal" not in sentence)
    assert aside.startswith("U.N. Security Council") and dates[aside][0] == "2006-01-01"


def test_a_time_in_a_past_perfect_without_a_relative_pronoun_does_not_move_the_story():
    dates = event_dates("Kenya and Norway agreed on Wednesday to reopen the border crossing.",
                        "On Tuesday the interior ministry released a letter Kowalski had sent to Oslo in January.",
                        "The Kenyan Farmers' Union said hours after the announcement that it would respect the deal.")
    assert starting(dates, "The Kenyan Farmers")[0].startswith("2025-03-1")


def test_a_title_alone_in_a_clause_names_the_one_person_just_named_with_it():
    extraction = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", (
        Block("paragraph", "President Lena Okafor and Vice President Jan Kowalski greeted Dara Velan at the airport on "
                           "Tuesday. Velan saluted before embracing the president and the vice president.", 1),
        Block("paragraph", "On Wednesday, Velan thanked the chancellor at a news conference in Oslo.", 2))))
    embrace = next(e for e in extraction.events if "embracing" in e.sentence)
    people = [m.name for m in embrace.participants if m.kind.value == "person"]
    assert people == ["Velan", "Lena Okafor", "Jan Kowalski"]
    thanks = next(e for e in extraction.events if "thanked" in e.sentence)
    assert [m.name for m in thanks.participants if m.kind.value == "person"] == ["Velan"]  # no chancellor was named


def test_a_participle_with_its_day_before_will_tells_no_plan_of_that_day():
    saturday = dt.date(2025, 3, 15)
    events = EXTRACTOR.extract(Article("case", "Case", saturday, "case.txt", (Block(
        "paragraph", "Jan Kowalski warned Kenya on Saturday. The fines announced on Monday will be lifted once the "
                     "rebels are gone, Kowalski said.", 1),))).events
    assert not any(e.sentence.lower().startswith("on monday") for e in events), [e.sentence for e in events]


def test_a_count_of_days_before_a_happening_is_counted_from_its_day():
    dates = event_dates("Lena Okafor and Jan Kowalski were exchanged at Oslo airport on Tuesday.",
                        "Security sources said the two sides had met in Oslo in February. Fifteen days before the "
                        "exchange, intelligence chief Dara Velan spoke by phone with Kowalski, the sources said.",
                        "Two days earlier, President Anton Berec pardoned Kowalski.")
    assert starting(dates, "Fifteen days")[0] == "2025-02-24"
    assert starting(dates, "Two days earlier")[0] == "2025-03-09"


def test_a_would_inside_the_quote_that_dates_an_undated_lead_is_no_plan():
    friday = dt.date(2025, 3, 14)
    events = EXTRACTOR.extract(Article("case", "Case", friday, "case.txt", (
        Block("paragraph", "Kenyan Prime Minister Lena Okafor has warned Norway that moving troops to the border "
                           "would be \"a serious error\".", 1),
        Block("paragraph", "\"This would be a serious error,\" Okafor told a news conference on Thursday.", 2)))).events
    assert events[0].date.iso() == "2025-03-13"


def test_holding_a_day_s_contest_happened_that_day_and_a_quote_s_year_ahead_does_not_date_the_telling():
    dates = event_dates("The opposition held Sunday's contest to choose a candidate to face President Jan Kowalski "
                        "in his re-election bid next year.",
                        "\"In 2026 we are going to win that election,\" Lena Okafor told supporters in Nairobi.")
    assert starting(dates, "The opposition held")[0] == "2025-03-09"
    assert next(v for s, v in dates.items() if "Okafor" in s)[0] == "2025-03-09"


def _participants(needle: str, *paragraphs: str) -> list[str]:
    return [m.name for m in _participants_mentions(needle, *paragraphs)]


def _participants_mentions(needle: str, *paragraphs: str):
    blocks = tuple(Block("paragraph", text, number) for number, text in enumerate(paragraphs, 1))
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", blocks)).events
    return next(e for e in events if needle in e.sentence).participants


def test_a_verb_joined_to_a_clause_told_from_the_main_one_shares_its_day_and_subject():
    dates = event_dates("Tomas Brandt declared victory on Sunday in Oslo, three days after his rival Lena Okafor was "
                        "captured and killed near Bergen.")
    assert dates["Lena Okafor killed near Bergen."][0] == starting(dates, "His rival Lena Okafor was captured")[0] \
        == "2025-03-06"


def test_a_surname_before_and_a_titled_body_member_is_the_person_not_part_of_the_body():
    assert _participants("held talks", "Commission President Jan Kowalski welcomed it, said Lena Okafor.",
                         "Okafor held talks with Kowalski and European Parliament President Tomas Brandt.") == \
        ["Okafor", "Kowalski", "European Parliament", "Tomas Brandt"]


def test_the_north_is_the_state_named_north_before():
    paragraphs = ("South Korea and North Korea agreed to hold talks in Geneva on Tuesday.",
                  "Last month the North blew up tunnels at its Karvan test site.")
    assert _participants("blew up tunnels", *paragraphs) == ["North Korea"]


def test_a_state_s_president_is_the_one_titled_president():
    assert "Jan Kowalski" in _participants(
        "national mourning", "President Jan Kowalski declared a state of emergency on Monday.",
        "Kenya's president declared three days of national mourning.")


@pytest.mark.parametrize("sentence", ["Earlier in the day, the bishop landed at Arendal airport.",
                                      "The 84-year-old bishop sat with the imam for an hour."])
def test_an_office_after_an_opening_time_or_an_age_is_its_holder(sentence):
    assert "Jan Kowalski" in _participants(sentence[:20], "Bishop Jan Kowalski arrived in Oslo on Friday.", sentence)


def test_would_not_say_is_a_refusal_made_then_not_a_plan():
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", (
        Block("paragraph", "On Tuesday, spokesman Jan Kowalski would not say whether Lena Okafor had known.", 1),))).events
    assert [(e.date.iso(), e.status.value) for e in events] == [("2025-03-11", "happened")]


def test_its_spokesman_is_no_person_s_and_a_quote_s_it_is_no_body():
    sentences = set(event_dates(
        "Polish Interior Minister Marek Nowak said on Sunday that French officials had hidden the cause of the fire.",
        "Nowak said it was “regrettable” that Paris had put forward theories about the fire.",
        "The Elysee did not respond. Its spokesman, Jan Kowalski, told reporters on Friday that Paris would not "
        "comment.",
        "The Elysee had urged restraint. “It would be wrong to guess before the inquiry ends,” Elysee spokesman Jan "
        "Kowalski said on Thursday."))
    assert not any(s.startswith(("Nowak's", "Marek Nowak's", "France would")) for s in sentences), sentences


def test_the_four_countries_are_the_four_states_listed_last():
    paragraphs = ("Chile, Peru, Argentina and Uruguay cut trade ties with Bolivia on June 5, 2019.",
                  "On Saturday the four states signed a deal with Bolivia in Geneva.")
    assert {"Chile", "Peru", "Argentina", "Uruguay"} <= set(_participants("four states", *paragraphs))


def test_the_kingdom_is_the_last_kingdom_named_and_the_group_the_group_named_last():
    assert "Norway" in _participants("the kingdom said", "Norway mediated the talks with Kenya. On Friday the kingdom "
                                                         "said the talks were over.")
    paragraphs = ("The Velkor Brigade, an armed group backed by Kenya, has threatened to attack the gas rig.",
                  "The Kenya-backed group said at the time that the drones had been on a reconnaissance mission.",
                  "Defence Minister Lena Okafor accused the group of trying to wreck the talks.")
    assert "Velkor Brigade" in _participants("Kenya-backed group said", *paragraphs)
    assert "Velkor Brigade" in _participants("accused the group", *paragraphs)


@pytest.mark.parametrize("paragraph, summary, iso", [
    ("Kenya held elections in 2014 and 2019.", "Kenya held elections in 2019", "2019-01-01"),
    ("Lena Okafor, who led national protests in 2014 and 2019, was barred from the vote.",
     "Lena Okafor led national protests in 2019", "2019-01-01"),
    ("Aghdam is to be handed over on March 20 and Lachin on April 1.", "Lachin is to be handed over on April 1",
     "2025-04-01"),
    ("Norway fired missiles at Kenya on January 13 and again on February 1, officials said.",
     "Norway fired missiles at Kenya on February 1", "2025-02-01"),
    ("Lena Okafor met Jan Kowalski at the border village of Narvik in January and again on February 26.",
     "Lena Okafor met Jan Kowalski at the border village of Narvik on February 26", "2025-02-26"),
    ("Jan Kowalski, 83, came to power in 2010 and was re-elected in 2015.", "Jan Kowalski was re-elected in 2015.",
     "2015-01-01"),
    ("Kenya's armed forces staged coups in 1960, 1971 and 1980, and in 1997 forced the government out of office.",
     "Kenya's armed forces staged coups in 1971", "1971-01-01"),
    ("Kenya's armed forces staged coups in 1960, 1971 and 1980, and in 1997 forced the government out of office.",
     "Kenya's armed forces in 1997 forced the government out of office.", "1997-01-01"),
    ("Jan Kowalski came to power in 2010 and in 2015 won a second term.", "Jan Kowalski in 2015 won a second term.",
     "2015-01-01"),
])
def test_a_time_joined_by_and_to_the_event_s_own_is_the_happening_again(paragraph, summary, iso):
    assert event_dates(paragraph)[summary][0] == iso


def test_a_span_between_two_days_is_one_happening():
    assert len(event_dates("Kenya held talks between March 3 and March 5.")) == 1


def test_quoting_someone_as_saying_something_would_happen_is_a_telling_not_a_plan():
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", (Block(
        "paragraph", "State agency NTB quoted Prime Minister Jan Kowalski as saying on Tuesday the summit would unite "
                     "Nordic ranks.", 1),))).events
    assert [(e.status.value, e.date.iso()) for e in events] == [("happened", "2025-03-11")]


@pytest.mark.parametrize("paragraph, status", [
    ("Kenya's cabinet ordered the border crossing closed on Wednesday, cancelled visas and expelled diplomats.",
     "happened"),
    ("Jan Kowalski cancelled his trip to Oslo on Monday.", "cancelled"),
    ("The summit in Oslo with Lena Okafor was postponed on Monday.", "cancelled"),
])
def test_calling_off_an_occasion_cancels_it_and_cancelling_visas_is_a_deed(paragraph, status):
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", (Block("paragraph", paragraph, 1),)))
    assert events.events[0].status.value == status


@pytest.mark.parametrize("paragraph, status", [
    ("Lena Okafor and Jan Kowalski are due in Brussels on Monday for a new round of talks.", "planned"),
    ("The next round of talks in Oslo is expected later this month, Okafor's office said.", "planned"),
])
def test_due_in_a_place_and_expected_later_are_plans(paragraph, status):
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", (Block("paragraph", paragraph, 1),)))
    assert [e.status.value for e in events.events] == [status]


@pytest.mark.parametrize("paragraph", [
    "Kenya's envoy, Jan Kowalski, called the breach a sabotage undertaken by Norway that should be classified as "
    "a war crime.",
    "A court in Bergen on Saturday ordered the man to be held in pre-trial detention.",
])
def test_a_modal_in_a_relative_clause_and_held_in_detention_are_no_plans(paragraph):
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", (Block("paragraph", paragraph, 1),)))
    assert [e.status.value for e in events.events] == ["happened"]


def test_earlier_in_the_day_after_a_plan_is_the_story_s_day_and_a_lasting_state_does_not_date_a_telling():
    dates = event_dates("Lena Okafor closed the summit on Tuesday.",
                        "Kenya formally takes over the chair on April 1.",
                        "Earlier in the day, Okafor received the leaders at the war memorial.",
                        "Norway said a building housing its consulate had been damaged, though it had not been used "
                        "since the floods began on February 4.")
    assert starting(dates, "Kenya formally")[0] == "2025-04-01"
    assert starting(dates, "Earlier in the day")[0] == "2025-03-11"
    assert starting(dates, "Norway said")[0] != "2025-02-04"


def test_a_month_of_that_year_is_in_the_year_named_before():
    dates = event_dates("Russian troops seized the plant in March 2022, and IAEA experts have been stationed there "
                        "since September of that year.")
    assert starting(dates, "IAEA experts")[0] == "2022-09-01"


def test_and_a_time_then_a_subject_and_a_verb_is_a_clause_of_its_own():
    dates = event_dates("Norway has trained Kenyan troops since Okafor first visited Nairobi in 2011, and in "
                        "February it signed a defence pact with Kenya.")
    assert starting(dates, "Okafor first visited")[0] == "2011-01-01"
    assert starting(dates, "In February it signed")[0] == "2025-02-01"


def test_it_and_he_after_an_opening_time_stand_for_the_body_and_the_person_named_before():
    dates = event_dates("Jan Kowalski sanctioned 24 officials on Wednesday.",
                        "Last week he announced a partial mobilisation of reservists.",
                        "The Northern Brigade fought a war with Kenya in 2006. Since last October it has fired rockets "
                        "at Kenya.")
    assert starting(dates, "Last week he announced")[0] == "2025-03-03"
    assert starting(dates, "Since last October Northern Brigade has fired")[0] == "2024-10-01"


def test_a_plan_told_in_the_past_perfect_is_no_plan_of_the_happening():
    paragraph = ("The first session, on Thursday afternoon, had been scheduled to open with two-minute statements "
                 "from Lena Okafor and Jan Kowalski but ran for more than an hour.")
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", (Block("paragraph", paragraph, 1),)))
    assert [e.status.value for e in events.events] == ["happened"]


def test_a_time_in_an_aside_with_a_subject_of_its_own_is_not_the_clause_s():
    dates = event_dates("Kenya sanctioned six officials on Tuesday.",
                        "Tuesday's update brings to 34 the number of people named under the Autonomy Act, which "
                        "Lena Okafor signed into law in July 2020.")
    assert starting(dates, "Tuesday's update")[0] == "2025-03-11"
    assert starting(dates, "Lena Okafor signed")[0] == "2020-07-01"


def test_a_role_after_an_opening_hours_later_is_the_subject_and_a_deputy_is_not_the_chief():
    paragraphs = ("The governor of Kivu, Marc Dufresne, resigned on Wednesday.",
                  "Hours later, the governor declared a curfew across the city.",
                  "Hours later, the deputy governor closed the airport.")
    assert "Marc Dufresne" in _participants("declared a curfew", *paragraphs)
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", tuple(
        Block("paragraph", text, number) for number, text in enumerate(paragraphs, 1)))).events
    assert not any("closed the airport" in e.sentence and "Marc Dufresne" in [m.name for m in e.participants]
                   for e in events)  # the deputy is not the governor


def test_days_before_a_happening_named_with_its_day_count_from_that_day():
    dates = event_dates("Kenya sanctioned six officials on Monday.",
                        "Lena Okafor was named to the post by Jan Kowalski two days before the May 7 attack.",
                        "Kowalski resigned three days after the June 3 vote.")
    assert starting(dates, "Lena Okafor was named")[0] == "2024-05-05"  # a past May, in a March story
    assert starting(dates, "Kowalski resigned")[0] == "2024-06-06"


@pytest.mark.parametrize("paragraph", [
    "The rivals had announced a first 24-hour pause on Tuesday evening.",
    "The warring parties agreed to a truce on Wednesday.",
])
def test_the_rivals_and_the_warring_parties_are_the_lead_s_two_sides(paragraph):
    lead = "Kenya's army and the Northern Brigade fought in Nairobi on Saturday."
    assert {"Northern Brigade"} <= set(_participants(paragraph.split()[1], lead, paragraph))


ARRIVED_AND_DUE = ("Prime Minister Jan Kowalski arrived in Oslo on Monday and is due to address parliament on "
                   "Thursday before meeting King Harald on Friday.",)


OUSTED = (
    "Army chief Jan Kowalski, who was ousted on Friday, arrived in Kampala on Monday.",
    "A week before he was ousted, he addressed the United Nations General Assembly in New York.",
    "Two days after the takeover, he agreed to resign.",
)
RECALLED = (
    "Prime Minister Jan Kowalski met reporters in Oslo on Monday.",
    "Kowalski also recalled the January 6, 2019, riot in Gdansk.",
    "Kenya blamed Norway for Friday's strike on a depot in Mombasa.",
    "Friday's strike on a depot in Mombasa killed 12.",
)
DECLARED_ON_MARCH_1 = (
    "President Lena Okafor declared a state of emergency on March 1.",
    "The day after it was declared, thousands of protesters marched on the palace.",
    "Two days after the declaration, the army deployed troops to Karvo.",
    "A week after the declaration, the junta named Jan Kowalski prime minister.",
)


@pytest.mark.parametrize("paragraphs, start, iso", [
    pytest.param((
        "The Oslo encounter was the first summit since Okafor's 2018 meeting with Jan Kowalski in Bergen,"
        " where the two men took questions side by side.",
    ), "The two men took questions", "2018-01-01", id="a-where-clause-happened-when-the-meeting-at-that-place-did"),
    pytest.param((
        "Kenya sanctioned 24 officials on Wednesday.",
        "On Jan. 20, minutes after Jan Kowalski was sworn in, Kenya announced sanctions on 28 former "
        "officials.",
    ), "Kenya announced sanctions", "2025-01-20",
       id="a-main-clause-after-an-opening-time-and-an-after-clause-happened-at-that-time"),
    pytest.param((
        "Kenyan and Norwegian police cut short their first joint patrol on Sunday.",
        "The patrols are part of the deal struck in Vienna on March 3 by Lena Okafor and Jan Kowalski.",
        "The agreement also set up a buffer zone stretching five kilometres on either side of the border.",
    ), "The agreement also set up", "2025-03-03", id="what-the-agreement-did-happened-the-day-it-was-struck"),
    pytest.param((
        "Lena Okafor and Jan Kowalski agreed a truce in Vienna on Monday.",
        "\"From midnight tonight, the truce will be put in place,\" Okafor told reporters in Vienna.",
    ), "\"From midnight tonight", "2025-03-10", id="today-or-tonight-inside-a-quote-does-not-date-the-telling"),
    pytest.param((
        "At a news conference in Oslo, Kenyan President Jan Kowalski said he would return on April 1.",
        "He also said Kenya would organise an aid conference in the coming days.",
    ), "He also said Kenya", None, id="a-plan-with-a-vague-time-of-its-own-does-not-take-the-day-ahead-named-before"),
    pytest.param((
        "Kenyan Prime Minister Lena Okafor, who spoke to Norwegian President Jan Kowalski by telephone "
        "hours after the fire, will fly to Oslo on Thursday, her office said on Wednesday.",
    ), "Kenyan Prime Minister Lena Okafor will fly", "2025-03-13",
       id="a-narrative-time-in-an-aside-does-not-stand-for-the-plan-s-day"),
    pytest.param((
        "An explosion damaged a power cable east of Gotland on Monday, the Swedish grid operator said on "
        "Tuesday.",
        "Prime Minister Lena Okafor said it was \"hard to believe\" the damage was accidental.",
    ), "Prime Minister Lena Okafor said", "2025-03-11",
       id="a-reaction-with-no-time-of-its-own-was-said-the-day-the-lead-s-news-was-told"),
    pytest.param((
        "Kenya said on Monday that its jets had hit all their targets.",
        "Kenyan jets carried out strikes on rebel camps on Thursday, the army said.",
        "Foreign Minister Jan Kowalski told state television on Sunday that the raids were lawful.",
        "The strikes came a day after the U.N. Security Council adopted a resolution demanding an end to "
        "rebel attacks.",
    ), "The U.N. Security Council adopted", "2025-03-05",
       id="what-the-strikes-came-a-day-after-happened-the-day-before-the-strikes"),
    pytest.param((
        "Kenyan President Jan Kowalski was assassinated early on Wednesday, the prime minister said.",
        "Opposition leaders said his term ended on Feb. 7 this year. That day, Kowalski said authorities "
        "had foiled an attempt to kill him.",
    ), "That day, Kowalski said", "2025-02-07",
       id="that-day-is-the-day-the-paragraph-just-named-even-in-reported-speech"),
    pytest.param((
        "Late on Monday, after a meeting with the army chief, President Lena Okafor said she would free the "
        "detained opposition leader.",
    ), "Late on Monday, after a meeting", "2025-03-10",
       id="an-opening-time-before-an-after-phrase-dates-the-sentence"),
    pytest.param((
        "On Friday, before the visit had even begun, opposition leader Jan Kowalski warned against new loans.",
    ), "On Friday, before the visit", "2025-03-07",
       id="an-opening-time-before-a-before-phrase-dates-the-sentence"),
    pytest.param((
        "President Lena Okafor declared a state of emergency late on Monday in a televised address.",
        "At about 4:30 a.m., Okafor appeared on television again and said the measure would be withdrawn.",
        "The cabinet approved the withdrawal minutes later, the finance ministry said.",
    ), "The cabinet approved", "2025-03-11",
       id="the-small-hours-after-a-late-day-are-the-next-day-and-the-text-goes-on-from-there"),
    pytest.param((
        "Police arrested opposition leader Lena Okafor on Monday at the High Court in Nairobi.",
        "By evening, crowds had gathered in Mombasa. In Kisumu, protesters stormed the residence of the regional "
        "commander.",
    ), "In Kisumu, protesters stormed", "2025-03-10",
       id="a-deed-at-a-place-by-no-one-named-is-an-event-of-the-day-the-text-reached"),
    pytest.param((
        "Police arrested opposition leader Lena Okafor on Monday at the High Court in Nairobi.",
        "By evening, crowds had gathered in Mombasa.",
    ), "By evening", "2025-03-10", id="by-evening-is-the-evening-of-the-day-the-text-reached"),
    pytest.param((
        "Later on Monday, Lena Okafor named her deputy Jan Kowalski as acting president and declared five days of "
        "national mourning.",
    ), "Later on Monday, Lena Okafor named", "2025-03-10", id="naming-someone-is-a-deed"),
    pytest.param((
        "Protesters clashed with police in Nairobi on Sunday.",
        "Hours later, in an address to the nation early on Monday, President Lena Okafor said she would bring "
        "elections forward.",
    ), "Hours later, in an address", "2025-03-10", id="a-day-in-the-opening-phrase-restates-hours-later"),
    pytest.param(ARRIVED_AND_DUE, "Jan Kowalski is due to address", "2025-03-13",
                 id="and-is-due-to-is-a-plan-of-its-own"),
    pytest.param(ARRIVED_AND_DUE, "Jan Kowalski meeting", "2025-03-14", id="before-meeting-after-a-plan-is-ahead-too"),
    pytest.param((
        "The declaration was signed by Jan Kowalski and Lena Okafor at a closing ceremony in Oslo, capping three "
        "days of talks that began on Sunday.",
    ), "The declaration was signed", "2025-03-12", id="talks-that-began-on-sunday-date-the-talks-not-the-signing"),
    pytest.param((
        "Jan Kowalski and Lena Okafor first discussed a visit in a call on March 2, the White House sent a formal "
        "invitation on March 5 and Okafor accepted two days later.",
    ), "Okafor accepted", "2025-03-07", id="a-comma-splice-and-a-second-subject-each-tell-their-own-day"),
    pytest.param((
        "Jan Kowalski arrived on Saturday evening with a Kenyan delegation and on Sunday met Lena Okafor.",
    ), "Jan Kowalski on Sunday met", "2025-03-09", id="and-on-sunday-met-is-a-second-deed-of-its-day"),
    pytest.param((
        "A drone strike killed militant commander Tomas Brenner in Mosul on Sunday, officials said.",
        "On Thursday, the Northern Front said it had no information about Brenner's presence in the city.",
        "The statement, issued by spokesman Karim Haddad, again condemned the strike.",
    ), "The statement, issued", "2025-03-06", id="the-statement-is-the-one-told-last-not-the-story-s-day"),
    pytest.param((
        "President Lena Okafor declared martial law late on Monday.",
        "Hundreds of protesters broke through the gates of the residence.",
    ), "Hundreds of protesters", "2025-03-10", id="a-deed-of-people-named-by-what-they-are-is-an-event"),
    pytest.param((
        "Trucks crossed the border between Kenya and Uganda on Tuesday, after the two presidents agreed a deal.",
        "The reopening was first announced on March 2, when both presidents posted the date. “We keep our word,” "
        "Lena Okafor wrote at the time.",
    ), "“We keep our word,”", "2025-03-02", id="at-the-time-is-the-day-the-paragraph-just-named"),
    pytest.param((
        "The rebels seized the town of Karvo in March 2019. Three days later, the army launched a counter-offensive.",
    ), "Three days later", "2019-03-01", id="days-later-after-a-month-stay-in-that-month"),
    pytest.param((
        "The rebels seized the town of Karvo in 2019. A week later, the army launched a counter-offensive.",
    ), "A week later", "2019-01-01", id="a-week-later-after-a-year-stays-in-that-year"),
    pytest.param((
        "The rebels seized the town of Karvo in March 2019. Two weeks later, the army launched a counter-offensive.",
    ), "Two weeks later", None, id="weeks-later-after-a-month-may-be-the-next-month"),
    pytest.param((
        "“The agency must protect our leaders. On March 2, we failed,” Lena Okafor told the committee on Monday.",
    ), "On March 2, we failed", "2025-03-10", id="a-time-in-the-quote-a-sentence-closes-is-not-the-telling-s"),
    pytest.param((
        "President Lena Okafor has died, the army said on Tuesday, a day after she was declared the winner of the "
        "March 2 election.",
        "Fighters from the Northern Front attacked a border post on election day and then advanced south.",
    ), "Fighters from the Northern Front", "2025-03-02", id="election-day-is-the-day-the-election-was-named-by"),
    pytest.param((
        "Kenya blamed Norway for Friday's strike on a depot in Mombasa, the ministry said on Tuesday.",
        "Two days after the strike, Kenyan troops crossed the border.",
    ), "Two days after the strike", "2025-03-09", id="days-after-count-from-the-day-that-names-the-happening"),
    pytest.param(RECALLED, "Kowalski also recalled", "2025-03-10", id="a-day-naming-a-riot-is-not-the-recalling-s"),
    pytest.param(RECALLED, "January 6, 2019, riot", "2019-01-06", id="the-riot-a-day-names-is-an-event-of-that-day"),
    pytest.param(RECALLED, "Kenya blamed Norway", "2025-03-10", id="friday-s-strike-is-not-the-blaming-s-day"),
    pytest.param(RECALLED, "Friday's strike on a depot", "2025-03-07", id="friday-s-strike-as-subject-is-friday-s"),
    pytest.param(OUSTED, "A week before he was ousted", "2025-02-28", id="a-week-before-a-deed-counts-from-its-day"),
    pytest.param(OUSTED, "Two days after the takeover", "2025-03-09",
                 id="the-takeover-is-the-ousting-told-in-a-clause-of-its-own-day"),
    pytest.param((
        "Officers announced on Friday evening that they had removed army chief Jan Kowalski.",
        "The next day, the officers claimed Kowalski was hiding at a foreign base.",
        "Poland denied the claim.",
    ), "Poland denied the claim", "2025-03-08", id="denying-the-claim-is-of-the-claim-s-day"),
    pytest.param((
        "The officers also said they had lifted the curfew they imposed on Monday night.",
    ), "The officers also said", "2025-03-12", id="a-time-closing-a-relative-clause-is-its-noun-s"),
    pytest.param((
        "A court in Oslo charged two engineers with manslaughter late on Sunday.",
        "Speaking at a meeting with officials on Monday, governor Piotr Nowak said the reports had been falsified.",
        "“We know that the reports were signed without any inspection,” the governor told the meeting.",
        "He added that “many questions remain.”",
    ), "He added", "2025-03-10", id="he-added-goes-on-where-the-paragraph-before-left-off"),
    pytest.param(("Jan Kowalski, who governed from 2006 until he was forced out amid deadly protests in 2019, was "
                  "quick to denounce the deployment.",),
                 "Jan Kowalski was quick", "2025-03-12", id="an-aside-s-year-is-not-the-main-clause-s"),
    pytest.param(("Soldiers stormed the palace on Tuesday.",
                  "Jan Kowalski, who had been removed as army commander the previous day, told reporters he had "
                  "acted on orders."), "Jan Kowalski told reporters", "2025-03-11",
                 id="an-aside-s-previous-day-is-not-the-main-clause-s"),
    pytest.param(("President Lena Okafor arrived in Oslo on Tuesday.",
                  "Okafor, who had watched the final in Nairobi the previous evening, toured the port."),
                 "Okafor had watched the final", "2025-03-10", id="an-aside-s-previous-evening-is-an-event-of-its-own"),
    pytest.param(("Lena Okafor addressed supporters in Oslo on Monday. She repeated her false claims that the "
                  "November election had been stolen and told the crowd to march on parliament.",),
                 "She repeated her false claims", "2025-03-10", id="the-november-election-is-the-election-s-month"),
    pytest.param(("Finance Minister Hugo Brandt said on Wednesday that he forgave the man who shot him three weeks "
                  "ago.", "Police charged a suspect with attempted murder the day after the shooting."),
                 "Police charged a suspect", None, id="a-past-deed-counted-from-a-day-is-never-a-day-still-ahead"),
    pytest.param(("Jan Kowalski took office in 2025.", "He returned to Oslo a year later, after his ally won the "
                  "presidency."), "He returned", None, id="a-past-deed-counted-from-a-year-is-never-a-year-still-ahead"),
    pytest.param(("The suspect, Jan Kowalski, has been in custody since a court in Bergen ordered his detention on "
                  "March 3.",), "The suspect", "2025-03-03", id="in-custody-since-a-court-ordered-it-on-a-day"),
    pytest.param(("The quake struck on Monday.", "The military set up an air corridor the same day to fly search "
                  "teams into the region."), "The military set up", "2025-03-10",
                 id="a-deed-of-the-military-told-by-a-narrative-day-is-an-event"),
    pytest.param(DECLARED_ON_MARCH_1, "Two days after the declaration", "2025-03-03",
                 id="days-after-the-declaration-count-from-its-day"),
    pytest.param(DECLARED_ON_MARCH_1, "A week after the declaration", "2025-03-08",
                 id="a-week-after-the-declaration-is-seven-days-on"),
    pytest.param(DECLARED_ON_MARCH_1, "The day after it was declared", "2025-03-02",
                 id="a-deed-of-protesters-after-an-opening-day-after-is-an-event"),
    pytest.param(("President Jan Kowalski expelled the Dutch ambassador on Monday.",
                  "Kowalski, the country's leader since 2013, began a second term on Jan. 10 after winning an "
                  "election last May."), "Kowalski, the country's leader", "2025-01-10",
                 id="since-in-an-apposition-leaves-the-clause-its-day"),
    pytest.param(("Thousands marched in Oslo on Tuesday to demand the resignation of President Jan Kowalski.",
                  "The rally was timed to mark the anniversary of the fall of the junta of Pavel Novak on March 11, "
                  "1961. Demonstrators clogged avenues in central Oslo."), "Demonstrators clogged", "2025-03-11",
                 id="an-anniversary-s-date-sets-no-time"),
    pytest.param(("Jan Kowalski was elected to head the city council on Feb. 5. The day after Lena Okafor was sworn "
                  "in as governor on Feb. 10, Kowalski told a rally that he was ready.",
                  "Two days later, police agents pulled him from his car."), "The day after Lena Okafor",
                 "2025-02-11", id="the-day-after-a-clause-with-its-own-day"),
    pytest.param(("Jan Kowalski was elected to head the city council on Feb. 5. The day after Lena Okafor was sworn "
                  "in as governor on Feb. 10, Kowalski told a rally that he was ready.",
                  "Two days later, police agents pulled him from his car."), "Two days later", "2025-02-13",
                 id="two-days-after-the-day-after-a-clause-with-its-own-day"),
    pytest.param(("Jan Kowalski was elected to head the city council on Feb. 5.",
                  "Hours after Lena Okafor landed in Oslo on Monday, Kowalski fled to Bergen."), "Hours after",
                 "2025-03-10", id="hours-after-a-clause-with-its-own-day"),
    pytest.param(("Opposition leader Lena Okafor swore herself in as interim mayor of Lagos on Monday.",
                  "Okafor was elected to the council in January. On Saturday, a court ruled that the council's "
                  "leadership was invalid.",
                  "Hours after the oath, chief justice Jan Kowalski urged prosecutors to act.",
                  "Asked by reporters later in the day whether she feared arrest, Okafor said she did not."),
                 "Asked by reporters", "2025-03-10", id="later-in-the-day-after-hours-after-the-oath"),
    pytest.param(("The Northern Front launched an offensive in January, taking Lodz on Jan. 27, and seized Kalisz, "
                  "the capital of the province, in mid-February.",), "Northern Front seized Kalisz", "2025-02-15",
                 id="a-second-deed-after-a-short-phrase-has-its-own-time"),
    pytest.param(("Lena Okafor toured the region in February, visiting Oslo on Feb. 3 and Bergen two days later.",),
                 "Lena Okafor visiting Oslo", "2025-02-03", id="a-participle-with-a-day-of-its-own"),
    pytest.param(("Jan Kowalski spoke in Oslo on Monday, pointing to the 2014 annexation of the islands.",),
                 "Jan Kowalski spoke in Oslo", "2025-03-10", id="a-participle-with-a-year-that-names-a-thing"),
    pytest.param(("Lena Okafor and Jan Kowalski held talks on Monday at the palace in Vienna.",
                  "Kowalski flew into Vienna shortly before the scheduled start and arrived first at the palace."),
                 "Kowalski flew into Vienna", "2025-03-10", id="before-the-scheduled-start-is-a-time-not-a-plan"),
    pytest.param(("Lena Okafor and Jan Kowalski held talks on Monday at the palace in Vienna.",
                  "Austrian police had closed the streets around the palace the day before.",
                  "“It is always better to talk in person,” Okafor said as the two sat down."),
                 "“It is always better", "2025-03-10", id="a-background-day-before-ends-no-scene"),
    pytest.param(("Kenya and Norway agreed on Monday to send their ambassadors back.",
                  "The return ends a standoff that began in January, when Oslo recalled its envoy Jan Kowalski. "
                  "Lena Okafor, the Kenyan envoy, left Oslo the following month."), "Lena Okafor, the Kenyan envoy",
                 "2025-02-01", id="the-following-month-of-a-past-deed-is-gone-by"),
    pytest.param(("Jan Kowalski was arrested in January when he flew home from Germany, where he had spent five "
                  "months recovering from a poisoning the previous August.",), "He had spent five months",
                 "2024-08-01", id="the-previous-august-is-the-year-before-january"),
    pytest.param(("Jan Kowalski left Oslo in March 2023. He returned the following May.",), "He returned",
                 "2023-05-01", id="the-following-may-after-march"),
    pytest.param(("The last points were settled on the night of March 3. Foreign Minister Tomas Varga hosted a dinner "
                  "that evening for Jan Kowalski in Bergen.",
                  "At about 2 a.m., with Kowalski watching, Lena Okafor and Maria Lund initialled the agreement."),
                 "At about 2 a.m.", "2025-03-04", id="the-small-hours-after-that-evening"),
    pytest.param(("Rescuers said on Monday they had pulled 40 bodies from the river near Opole.",
                  "The flood came 27 years after the Oder burst its banks on July 10, 1997, destroying thousands of "
                  "homes. Jan Kowalski, a former mayor of Opole, said the two disasters looked alike."),
                 "Jan Kowalski, a former mayor", "2025-03-10", id="years-after-a-day-long-gone-moves-no-scene"),
    pytest.param(("Rescuers said on Monday they had pulled 40 bodies from the river near Opole.",
                  "The flood came 27 years after the Oder burst its banks on July 10, 1997, destroying thousands of "
                  "homes."), "The Oder burst its banks", "1997-07-10", id="years-after-a-day-long-gone-is-its-event"),
    pytest.param(("The Northern Front endorsed Lena Okafor last Monday, and the nationalist Victory Party threw its "
                  "weight behind Jan Kowalski two days later.",), "The nationalist Victory Party", "2025-03-12",
                 id="a-second-subject-with-a-long-name-and-its-own-time"),
    pytest.param(("Kenya volunteered in July 2024 to lead the force, and the U.N. Security Council authorised the "
                  "mission on Oct. 2, 2024.",), "The U.N. Security Council authorised", "2024-10-02",
                 id="and-a-dotted-body-with-its-own-time-is-a-second-clause"),
    pytest.param(("Jan Kowalski, removed by the army in January, is in prison awaiting a trial expected to open on "
                  "Monday.",), "Jan Kowalski removed by the army", "2025-01-01",
                 id="a-participle-aside-with-its-own-time-is-its-own-event"),
    pytest.param(("Jan Kowalski, removed by the army in January, is in prison awaiting a trial expected to open on "
                  "Monday.",), "Jan Kowalski, removed", "2025-03-17", id="a-participle-aside-dates-not-its-clause"),
    pytest.param(("Kenya's army, the country's largest force, agreed on Friday to a truce in Nairobi, the biggest step "
                  "since the 1990s.",), "Kenya's army", "2025-03-07", id="a-main-verb-after-an-appositive-is-no-aside"),
    pytest.param(("Lena Okafor spoke on Monday.", "Okafor has named Jan Varga to command the police."),
                 "Okafor has named", None, id="has-named-someone-is-an-event"),
    pytest.param(("Kenya's president had landed in Oslo late on Sunday, the day Lena Okafor posted that the talks "
                  "would fail.",), "Lena Okafor posted", "2025-03-09", id="the-day-after-a-time-is-that-day"),
])
def test_the_day_of_the_event_starting_with(paragraphs, start, iso):
    assert starting(event_dates(*paragraphs), start)[0] == iso


@pytest.mark.parametrize("paragraph, people", [
    pytest.param("Lena Okafor and Jan Kowalski met in Geneva on Friday. They then walked together along the lake.",
                 ["Lena Okafor", "Jan Kowalski"], id="the-two-who-open-the-sentence-before"),
    pytest.param("Kenya and Norway signed a pact on Friday. In the afternoon, President Lena Okafor and Prime "
                 "Minister Jan Kowalski planted a tree. They then walked together along the lake.",
                 ["Lena Okafor", "Jan Kowalski"], id="the-two-after-an-opening-phrase"),
    pytest.param("Lena Okafor and Jan Kowalski condemned the protesters on Friday. They then walked into the hall.",
                 [], id="not-when-the-sentence-before-names-others"),
])
def test_they_opening_a_sentence_are_the_two_the_sentence_before_opens_with(paragraph, people):
    blocks = (Block("paragraph", paragraph, 1),)
    events = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", blocks)).events
    walked = [e for e in events if e.sentence.startswith("They then walked")]
    assert [m.name for e in walked for m in e.participants if m.kind.value == "person"] == people


def test_a_toll_told_of_a_day_s_attack_is_of_that_day_and_of_its_teller():
    paragraphs = ("Kenyan jets struck a building in Oslo on Monday.",
                  "The Northern Front said on Wednesday that five of its members were killed in Monday's attack.")
    assert date_of("Five of its members", *paragraphs)[0] == "2025-03-10"
    assert _participants("Five of its members", *paragraphs) == ["Northern Front", "Oslo"]  # the lead's place


def test_that_evening_goes_on_from_a_deed_told_by_a_gerund():
    blocks = tuple(Block("paragraph", text, number) for number, text in enumerate((
        "Foreign Minister Lena Okafor held two long telephone calls with Polish President Jan Kowalski on March 4 "
        "and 5 before flying to Warsaw on March 8.",
        "“We are closer than we have ever been,” she told reporters that afternoon.",
        "Okafor flew on to Vilnius that evening and, late the same night, persuaded Lithuanian President Tomas Varga "
        "to accept the draft."), 1))
    events = EXTRACTOR.extract(Article("case", "Case", dt.date(2025, 3, 20), "case.txt", blocks)).events
    assert next(e.date.iso() for e in events if e.sentence.startswith("Okafor flew on")) == "2025-03-08"


def test_a_day_before_he_is_no_thing_a_relative_clause_describes():
    dates = event_dates("Jan Kowalski was unrepentant. In a video address on Monday he compared the raid to Norway's "
                        "pursuit of smugglers after the floods in 2002.")
    assert sorted(iso for iso, _ in dates.values()) == ["2025-03-10"]


def test_a_quote_led_statement_is_its_speaker_s_not_the_one_spoken_to():
    people = _participants("I am very outraged",
                           "Chief Executive Lena Okafor condemned the storming of the council on Tuesday.",
                           "“I am very outraged,” she said at police headquarters, flanked by Chief Secretary Jan "
                           "Kowalski.")
    assert people[0] == "Lena Okafor"


def test_a_verb_joined_to_an_inner_clause_with_an_unnamed_subject_is_not_the_main_subject_s():
    dates = event_dates("Interior Minister Lena Okafor declared a national emergency on Monday, a day after the "
                        "Hadley dam near Leeds collapsed and flooded three villages.")
    assert not any(s.startswith("Lena Okafor flooded") for s in dates)


def test_a_body_named_as_the_subject_is_not_the_body_of_its_kind_named_before():
    people = _participants("The body would be taken",
                           "Students gathered outside the foreign ministry in Oslo on Monday. The defence ministry said "
                           "the body would be taken to Bergen before a funeral on Thursday.")
    assert not any("foreign" in name for name in people)


def test_casting_a_ballot_is_an_event():
    dates = event_dates("Voting began on Sunday. Jan Kowalski and his wife Ewa cast their ballots at a school in Oslo, "
                        "while Lena Okafor voted with her husband in Bergen.")
    assert any(s.startswith("Jan Kowalski and his wife Ewa cast") for s in dates)


def test_an_event_of_the_story_day_that_names_no_place_happened_where_the_lead_did():
    paragraphs = ("Kenya and Norway signed a truce in Mombasa on Monday.",
                  "Lena Okafor told the delegates the stakes had never been so high.",
                  "On Sunday, Jan Kowalski had flown to Oslo.")
    assert _participants("Lena Okafor told", *paragraphs) == ["Lena Okafor", "Mombasa"]
    assert _participants("Jan Kowalski had flown", *paragraphs) == ["Jan Kowalski", "Oslo"]


def test_an_event_that_names_no_place_happened_where_the_paragraph_s_last_event_of_that_day_did():
    paragraphs = ("Kenya and Norway signed a truce in Mombasa on Monday.",
                  "On Sunday, Jan Kowalski met Lena Okafor in Oslo. Okafor thanked the mediators.")
    assert _participants("Okafor thanked", *paragraphs) == ["Okafor", "Oslo"]


def test_he_in_a_relative_clause_is_the_person_it_describes():
    paragraph = ("Dara Velan led Kenya's delegation in place of President Jan Kowalski, whose absence is the first "
                 "from a summit since he took power in 2012.")
    assert _participants("took power", paragraph)[0] == "Jan Kowalski"
    assert "Dara Velan" not in _participants("took power", paragraph)
    assert event_dates(paragraph)["He took power in 2012."][0] == "2012-01-01"


def test_the_rebels_are_the_country_s_rebels_named_before():
    paragraphs = ("Kenyan rebels said on Saturday they had reached the suburbs of Nairobi.",
                  "The rebels swept into Mombasa a week ago.")
    assert _participants("swept into Mombasa", *paragraphs)[0] == "Kenyan rebels"


@pytest.mark.parametrize("paragraphs, needle, iso", [
    pytest.param(["Kenya's president travels to Oslo on Thursday."], "travels to Oslo", "2025-03-13",
                 id="a-timetable-verb-in-the-present-is-an-event"),
    pytest.param(["Ministers met in Oslo on Monday.", "EU leaders gather in Brussels on Thursday, and Okafor and "
                  "Kowalski are due to fly there."], "due to fly there", "2025-03-13",
                 id="a-plan-joined-to-a-plan-is-for-its-day"),
    pytest.param(["Okafor met Kowalski on Monday, and Velan will fly to Oslo."], "Velan will fly", None,
                 id="a-past-clause-before-and-a-plan-is-no-list-item"),
])
def test_clauses_joined_to_plans(paragraphs, needle, iso):
    assert date_of(needle, *paragraphs)[0] == iso


def test_a_relative_aside_going_on_with_and_who_is_two_asides():
    dates = event_dates("Okafor spoke.", "Jan Kowalski, who took office in 2016 and who met Lena Okafor in Oslo on "
                        "Monday, had made the deal a priority.")
    assert dates["Jan Kowalski took office in 2016"][0] == "2016-01-01"
    assert dates["Jan Kowalski met Lena Okafor in Oslo on Monday"][0] == "2025-03-10"


def test_an_obligation_with_a_day_is_a_plan_and_each_listed_place_gets_its_day():
    dates = event_dates("Kenya signed the deal on Monday.", "Under the deal, Kenya must return the Lamu region to "
                        "Norway by March 20, Mombasa by March 25 and Malindi by April 1.")
    assert dates["Under the deal, Kenya must return Mombasa to Norway by March 25"][0] == "2025-03-25"
    assert any(iso == "2025-04-01" for iso, _ in dates.values())
    assert any(iso == "2025-03-20" and "Lamu" in sentence for sentence, (iso, _) in dates.items())


@pytest.mark.parametrize("paragraph, summary, iso", [
    ("Thousands have been killed in Lamu since rebels took up arms there in 2003.",
     "Rebels took up arms there in 2003.", "2003-01-01"),
    ("The two have shared power since Omar al-Kowalski was overthrown in April 2019.",
     "Omar al-Kowalski was overthrown in April 2019.", "2019-04-01"),
])
def test_a_since_clause_with_a_group_or_a_passive_is_an_event_of_its_time(paragraph, summary, iso):
    assert event_dates("Kenya signed the deal.", paragraph)[summary][0] == iso


def test_days_later_that_would_be_ahead_count_from_the_last_time_named():
    paragraphs = ("Okafor and Kowalski spoke on Wednesday.",
                  "The call was the first since Kenya unveiled its pact with Norway on March 3, wrecking a deal. "
                  "Lamu recalled its ambassadors from Oslo and Nairobi two days later.")
    assert date_of("recalled its ambassadors", *paragraphs)[0] == "2025-03-05"


def test_an_aside_with_a_perfect_since_a_year_is_the_happening_begun_then():
    dates = event_dates("Okafor spoke.", "Norway, which has banned Kenyan ships from its waters since 1984, said the "
                        "boats would not be welcome.")
    assert dates["Norway has banned Kenyan ships from its waters since 1984"][0] == "1984-01-01"


def test_he_in_what_an_unnamed_source_said_is_a_participant():
    paragraphs = ("President Jan Kowalski fled the country on Wednesday.",
                  "A government source in Oslo said he was expected to head next to Mombasa.")
    assert "Jan Kowalski" in _participants("expected to head", *paragraphs)


def test_the_n_year_old_after_a_time_is_the_person_named_before():
    paragraphs = ("President Jan Kowalski fled the country on Wednesday.",
                  "The plane landed in the Norwegian capital, Oslo, at around 3 a.m., and the 73-year-old was driven "
                  "to an undisclosed location.")
    assert _participants("was driven", *paragraphs)[0] == "Jan Kowalski"


def test_a_surname_after_the_full_name_is_the_person_not_the_family():
    blocks = tuple(Block("paragraph", text, number) for number, text in enumerate((
        "President Jan Kowalski was placed under house arrest on Wednesday.",
        "“After 60 years, the Kowalskis are out of power,” said a man.",
        "Kowalski appealed to allies in a video."), 1))
    mentions = EXTRACTOR.extract(Article("case", "Case", PUBLISHED, "case.txt", blocks)).mentions
    assert next(m for m in mentions if m.text == "Kowalski").kind is EntityKind.PERSON


def test_a_body_named_by_its_noun_is_part_of_the_subject_a_second_verb_shares():
    paragraph = "Lena Okafor and police entered the embassy in Oslo late on Friday and arrested Jan Kowalski."
    assert "police" in [m.text for m in _participants_mentions("arrested Jan Kowalski", paragraph)]


@pytest.mark.parametrize("paragraphs, needle, iso", [
    (("The committee that will oversee the vote met in Arendal on Monday.",), "The committee", "2025-03-10"),
    (("The centre that will run the corridor opened last Monday in Oslo, with Okafor at the ceremony.",),
     "The centre", "2025-03-10"),
    (("Kenya joined the pact in 2008. Norway applied on September 30, 2022, seven months after Lamu rebels "
      "seized the port in February that year.",), "Lamu rebels", "2022-02-01"),
    (("Interior Minister Jan Kowalski said 323 people had been detained during Monday night's protests.",),
     "Interior Minister", "2025-03-10"),
    (("\"We are not in the habit of interfering,\" spokesman Jan Kowalski said on Monday, calling the claims "
      "\"absolutely groundless\".",), "We are not in the habit", "2025-03-10"),
    (("Kenya and Norway met.", "On Monday Information Minister Jan Kowalski condemned the blasts, and caretaker "
      "Prime Minister Dara Velan called for calm."), "Caretaker Prime Minister Dara Velan", "2025-03-10"),
    (("Kenya and Norway met.", "On Monday Kowalski, after consultations with Velan and the heads of the army, said "
      "the strikes would go on."), "On Monday Kowalski", "2025-03-10"),
    (("Kenya's parliament voted late on Monday to hold the delayed presidential election on December 15.",),
     "The delayed presidential election", "2025-12-15"),
    (("The deal was announced on March 3, when Kenya agreed to suspend plans to annex the occupied islands, and on "
      "March 5 the first flight carried officials to Oslo.",), "Kenya agreed to suspend", "2025-03-05"),
    (("The vote had been thrown into doubt on March 3, when Kowalski announced that the election due on March 25 "
      "would be postponed.",), "Kowalski announced", "2025-03-03"),
])
def test_pass_27_dates(paragraphs, needle, iso):
    assert date_of(needle, *paragraphs)[0] == iso


@pytest.mark.parametrize("paragraphs, needle, iso", [
    (("The election commission on Wednesday declared Jan Okafor the winner.",
      "On Monday police fired tear gas to break up a march Okafor had called in the capital. His supporters then "
      "built barricades of burning tyres in the Lagos suburbs."), "then built barricades", "2025-03-10"),
    (("The election commission on Wednesday declared Jan Okafor the winner.",
      "On Monday night, protesters set fire to a bank in Lagos. Rioters looted offices of the Solidarity Front, and on "
      "Tuesday Lagos was a ghost town."), "Rioters looted", "2025-03-10"),
    (("Ghana, which won a seat on the council in December, holds parliamentary elections on October 26.",),
     "holds parliamentary elections", "2025-10-26"),
    (("Okafor sacked his government on February 24 and appointed an army general as prime minister a week later, but "
      "the protesters said it was too little.",), "appointed an army general", "2025-03-03"),
    (("General elections are scheduled for April 12, 2026, and Okafor is due to hand over power on July 28, 2026.",),
     "hand over power", "2026-07-28"),
    (("Fighting resumed in Arendal early on Wednesday, just hours after Defence Minister Jan Okafor had announced a "
      "ceasefire on Monday. The defence ministry accused \"outlaw groups\" of breaking the truce, state media said.",),
     "accused", "2025-03-12"),
    (("Three days after Kenyan soldiers killed Jan Okafor in the ruins of a house in Lamu, the army released drone "
      "footage on Wednesday.",), "Kenyan soldiers killed", "2025-03-09"),
    (("Two days after a Kenyan missile tore through a hospital in Lamu, Okafor took his appeal to Congress on "
      "Wednesday.",), "A Kenyan missile tore", "2025-03-10"),
    (("Kenyan radio reported earlier on Wednesday that Okafor left Kenya on Monday aboard a Norwegian military "
      "aircraft.",), "Okafor left Kenya", "2025-03-10"),
])
def test_pass_28_dates(paragraphs, needle, iso):
    assert date_of(needle, *paragraphs)[0] == iso


@pytest.mark.parametrize("paragraphs, needle, iso", [
    (("Okafor spoke on Monday.", "The office said on Monday that Okafor would be formally installed in Lagos on "
      "Sunday, March 23."), "Okafor would be formally installed", "2025-03-23"),
    (("Okafor had appeared before crowds in Lagos on Easter Sunday. Shortly before that, he had received the "
      "Kenyan envoy.",), "he had received", "2024-03-31"),
    (("Okafor's mother was killed in a botched 1991 police operation to free her.",), "killed in a botched",
     "1991-01-01"),
    (("A week ago, strikes on the same suburbs killed 16 commanders.",), "strikes on the same suburbs", "2025-03-05"),
    (("The council declared Okafor the winner of the March 3 presidential election on Monday.",
      "Kowalski declared victory two days after the vote, publishing a tally of his own."), "Kowalski declared victory",
     "2025-03-05"),
    (("Okafor took office in 1982 and did away with presidential term limits in 2008, winning every vote since.",),
     "did away", "2008-01-01"),
    (("Jets shot down drones over Poland on Tuesday.",
      "Article 4 has been invoked seven times, most recently after Russia's invasion of Ukraine in February 2022. "
      "That November, a stray missile killed two men in a Polish village.",), "a stray missile", "2022-11-01"),
    (("Kenya has had four coups since independence from Britain in 1963.",), "Independence from Britain",
     "1963-01-01"),
    (("Jets shot down drones over Poland on Tuesday.", "The drones arrived a day after Kowalski announced that Poland "
      "would close its border, rail crossings included, from Thursday night."), "Kowalski announced", "2025-03-10"),
    (("Jets shot down drones over Poland on Tuesday.", "The drones arrived a day after Kowalski announced that Poland "
      "would close its border, rail crossings included, from Thursday night."), "Poland would close", "2025-03-13"),
    (("Okafor named a transition team on Wednesday.", "Okafor defeated Jan Velani and Lena Brenner in Tuesday's "
      "election, winning just over 50% of the vote."), "Okafor defeated", "2025-03-11"),
])
def test_pass_29_dates(paragraphs, needle, iso):
    assert date_of(needle, *paragraphs)[0] == iso


@pytest.mark.parametrize("paragraphs, needle, iso", [
    (("The Kenyan navy is holding two survivors aboard a warship after a strike on Tuesday against a boat.",),
     "The Kenyan navy is holding", "2025-03-11"),
    (("Okafor spoke on Tuesday.", "Last month the ministry revoked Okafor's visa, and Norway decertified Kenya as a "
      "partner for the first time since 1996."), "Norway decertified", "2025-02-01"),
    (("Mourners on Wednesday buried Jan Velani, the commander Kenya killed in Lamu on Monday evening.",),
     "Jan Velani, the commander", "2025-03-10"),
    (("Okafor said on Wednesday that Kowalski would visit, a day after the two men spoke by phone for the first time "
      "since Okafor's Unity Party won Monday's election.",), "Unity Party won", "2025-03-10"),
    (("Okafor's Unity Party won Kenya's 2025 general election on Sunday, but fell short of a majority.",),
     "Okafor's Unity Party won", "2025-03-09"),
    (("Police chief Jan Velani, speaking at a news conference on Monday, called it a dark day.",),
     "Police chief Jan Velani", "2025-03-10"),
    (("Okafor's Unity Party won the election on Monday.", "The two leaders agreed in a call on February 28 to meet. "
      "Okafor won his own seat with 63% of the vote.", "The vote came two days after a gunman opened fire at a "
      "festival in Lamu."), "gunman opened fire", "2025-03-08"),
    (("Okafor declared a disaster on Wednesday.", "Okafor had proclaimed Wednesday a day of prayer in Lamu on "
      "Tuesday."), "Okafor had proclaimed", "2025-03-11"),
])
def test_pass_30_dates(paragraphs, needle, iso):
    assert date_of(needle, *paragraphs)[0] == iso


@pytest.mark.parametrize("paragraphs, needle, iso", [
    (("The pressure has reached the cabinet. Minister Jan Okafor said on Friday that he intended to resign. \"I feel "
      "heavy responsibility,\" Okafor told a press briefing.", "At that briefing, Lena Velani, his deputy, conceded "
      "that the wall had been built within the rules."), "At that briefing", "2025-03-07"),
    (("The pressure has reached the cabinet. Minister Jan Okafor told a news conference on Friday that he would "
      "resign.", "Lena Velani, his deputy, told the same news conference that the wall was within the rules."),
     "Lena Velani, his deputy", "2025-03-07"),
    (("Okafor told a disaster meeting that action must be taken if an inspection of all 101 jets, due to end on "
      "Friday, turned up problems.",), "Okafor told a disaster meeting", "2025-03-12"),
    (("Okafor served one term after defeating Tomas Velan in the 1976 election.",), "Okafor defeating", "1976-01-01"),
    (("The campaign began when President Jan Okafor dissolved parliament on March 4 and set the vote for April 20. In "
      "his address two days earlier, Okafor said the country was shaken.",), "In his address", "2025-03-02"),
])
def test_pass_31_dates(paragraphs, needle, iso):
    assert date_of(needle, *paragraphs)[0] == iso


@pytest.mark.parametrize("paragraphs, needle, iso", [
    (("The latest wave of unrest began last month after blogger Jan Okafor died in police custody in Lamu on Feb. "
      "8.",), "Okafor died", "2025-02-08"),
    (("President Jan Okafor called up 2,000 members of the Lamu Guard on Saturday, added 2,000 more on Monday and "
      "ordered in the marines the same day, over the objections of the governor.",), "added 2,000 more", "2025-03-10"),
    (("President Jan Okafor called up 2,000 members of the Lamu Guard on Saturday, added 2,000 more on Monday and "
      "ordered in the marines the same day, over the objections of the governor.",), "ordered in the marines",
     "2025-03-10"),
    (("Okafor spoke on Monday.", "The treaty was to be signed when Jan Okafor visited Lamu on March 3, but the "
      "meeting collapsed into a shouting match."), "The meeting collapsed", "2025-03-03"),
    (("Okafor spoke on Monday.", "Lamu shut its border, and declared the Kenyan advisers persona non grata, ordering "
      "them out by March 30."), "declared the Kenyan advisers", "2025-03-10"),
    (("Okafor spoke on Monday.", "The visit was arranged after Jan Velan held talks with Okafor in Lamu on March 3, "
      "and Kowalski announced it two days later."), "Kowalski announced", "2025-03-05"),
    (("Okafor spoke on Monday.", "Jan Okafor was detained on Tuesday morning at the airport, where on Sunday he had "
      "headlined a rally. He was driven to a nearby air base."), "He was driven", "2025-03-11"),
    (("Okafor spoke on Monday.", "Kenya closed its airspace on Tuesday, and the governor of Lamu province, Jan "
      "Velani, declared an emergency on Wednesday."), "The governor of Lamu province", "2025-03-12"),
    (("The committee announced on Feb. 10 that Lena Okafor had won the prize.", "She arrived in Oslo on Monday. On "
      "the day of the announcement Okafor dedicated the prize to the people of Kenya."),
     "Okafor dedicated", "2025-02-10"),
    (("Kenya lifted its advisories on Wednesday.", "The quake, the strongest recorded anywhere so far in 2025, struck "
      "at about 8:25 a.m. on Tuesday."), "The quake, the strongest", "2025-03-11"),
    (("Jan Okafor stepped down as mediator on Friday.", "Friday morning's meeting was his last. A day earlier he had "
      "apologised to Velani. Hours before his resignation, the journalist Lena Brenner said it was she who had "
      "made the remarks."), "Lena Brenner said", "2025-03-07"),
    (("Party leaders appointed Jan Okafor on Tuesday.", "Okafor will begin meeting party leaders on Thursday and must "
      "report back by March 24."), "Okafor must report back", "2025-03-24"),
    (("Okafor spoke on Monday.", "On Sunday, drones hit the air base beside the Lamu airport.", "Flights were "
      "suspended after the attack. The aviation authority reopened the airport at 5 p.m. the same day."),
     "The aviation authority reopened", "2025-03-09"),
    (("Kenya's premier spoke on Wednesday.", "Jan Okafor, who visited Lamu in May, moved quickly to put distance "
      "between himself and the strike. \"This was not a decision made by me,\" he wrote on Tuesday."),
     "moved quickly", "2025-03-11"),
    (("Okafor died on Sunday.", "In 1978 he brought the two leaders together. After leaving the presidential palace he "
      "founded the Okafor Center in Lamu in 1982."), "he founded", "1982-01-01"),
    (("Okafor spoke on Monday.", "Jan Okafor was detained on Tuesday morning at the airport, where on Sunday he and "
      "his daughter, Vice President Lena Okafor, had headlined a rally. He was driven to a nearby air base."),
     "He was driven", "2025-03-11"),
    (("Jan Velan quit on Friday.", "Lena Okafor wrote on X that Velan would not be replaced and that the mayor would "
      "carry on alone."), "Lena Okafor wrote", "2025-03-07"),
])
def test_pass_32_dates(paragraphs, needle, iso):
    assert date_of(needle, *paragraphs)[0] == iso


def test_a_deed_told_in_a_whose_clause_of_an_appositive_is_an_event_of_its_own():
    dates = event_dates("Okafor, a former commander whose rebels toppled Jan Velani in December 2024, arrived at the "
                        "White House on Monday.")
    assert sorted(date for date, _ in dates.values()) == ["2024-12-01", "2025-03-10"]


def test_he_after_a_day_later_is_the_one_named_before():
    paragraphs = ("President Jan Kowalski said the protests were violent. A day later he accused the Solidarity Front "
                  "of turning the party into an apparatus.",)
    assert _participants("A day later he accused", *paragraphs)[0] == "Jan Kowalski"


@pytest.mark.parametrize("paragraphs, needle", [
    (("Jan Okafor arrived in Oslo. A U.N. committee had on September 30 exempted him from a travel ban.",),
     "exempted him"),
    (("Jan Okafor spoke. Norway's university annulled his diploma last Tuesday.",), "annulled his diploma"),
])
def test_the_one_a_deed_is_done_to_is_a_participant(paragraphs, needle):
    assert "Jan Okafor" in _participants(needle, *paragraphs)


@pytest.mark.parametrize("paragraphs, needle, person", [
    (("Lena Okafor won the prize on Friday.", "Two days later Tomas Velan called her a witch."), "called her",
     "Lena Okafor"),
    (("Lena Okafor won the prize on Friday. Jan Brenner spoke with her by phone on Saturday.",), "spoke with her",
     "Lena Okafor"),
])
def test_him_or_her_beside_someone_named_is_another_participant(paragraphs, needle, person):
    assert person in _participants(needle, *paragraphs)


def test_a_comma_closing_a_place_in_an_after_clause_opens_no_second_deed():
    dates = event_dates("Divers pulled bodies from the river on Thursday after a jet carrying 64 people from Lamu, "
                        "Kenya, collided with a helicopter on Wednesday night as it came in to land.")
    assert not any(sentence.startswith("Divers collided") for sentence in dates)


def test_a_comma_closing_an_appositive_opens_no_second_deed():
    dates = event_dates("Okafor spoke on Wednesday.", "Police said investigators believed Jan Velan, a 42-year-old "
                        "man from Lamu, picked up the truck in Arendal on Monday and drove to Oslo on Tuesday evening.")
    assert not any(sentence.startswith("Police picked up") for sentence in dates)


def test_before_a_thing_and_a_verb_is_no_clause_of_its_own():
    dates = event_dates("A truck attack in Lamu on Tuesday killed 14.", "Police said that Jan Velan, who posted "
                        "videos in the hours before the attack and flew a flag from the truck, acted alone.")
    assert not any(sentence.startswith("The attack and flew") for sentence in dates)


def test_he_after_an_opening_gerund_phrase_is_the_one_named_before():
    paragraphs = ("Former President Jan Okafor died on Sunday.", "After leaving office he founded the Okafor Center "
                  "in 1982.")
    assert _participants("he founded", *paragraphs)[0] == "Jan Okafor"


@pytest.mark.parametrize("paragraph, needle", [
    ("The following day acting President Jan Okafor voiced regret over the violence and ordered police to guard "
     "state buildings.", "ordered police"),
    ("On Monday Lena Velani met the envoys in Arendal and signed the decree.", "signed the decree"),
])
def test_a_time_opening_the_sentence_without_a_comma_leaves_its_subject_to_the_joined_verb(paragraph, needle):
    named = _participants(needle, paragraph)
    assert named[0] in ("Jan Okafor", "Lena Velani")


def test_they_after_a_sentence_naming_one_group_is_that_group():
    paragraphs = ("The offensive came days after the Kowal Liberation Front launched an assault from Arendal on "
                  "March 1. They overran most of Lamu on March 4 and took Bergen on Sunday.",)
    assert "Kowal Liberation Front" in _participants("overran most of Lamu", *paragraphs)
    assert "Kowal Liberation Front" in _participants("took Bergen", *paragraphs)


def test_they_after_a_sentence_naming_a_group_and_a_state_stands_for_neither():
    paragraphs = ("Norway struck the Kowal Liberation Front on March 1. They overran Lamu on March 4.",)
    assert _participants("overran Lamu", *paragraphs) == ["Lamu"]


PASS_33_DATES = [
    (("Talks resumed in Lamu on Monday.", "The crisis erupted after explosions in Arendal on Feb. 9 that the "
      "rebels blamed on Norway. Rebels attacked border posts two days later."), "attacked border posts", "2025-02-11"),
    (("Soldiers refused orders to shoot on Saturday and escorted protesters into May 13 Square. The next day the "
      "unit installed Jan Velan as army chief.",), "installed Jan Velan", "2025-03-09"),
    (("The war between Norway and Kenya began in 2022. Norway sent troops into Kenya on Feb. 24 that year.",),
     "sent troops", "2022-02-24"),
    (("Talks resumed in Lamu on Monday.", "On March 2, rebels fired two rockets at a Norwegian post.",
      "Norway's prime minister Jan Velan promised retaliation. Norwegian strikes that evening killed 11 people."),
     "promised retaliation", "2025-03-02"),
    (("Talks resumed in Lamu on Monday.", "On March 2, rebels fired two rockets at a Norwegian post.",
      "Norway's prime minister Jan Velan promised retaliation. Norwegian strikes that evening killed 11 people."),
     "strikes that evening", "2025-03-02"),
    (("Police arrested Jan Okafor at his home in Lamu on Monday. Unlike on March 3, his guards put up little "
      "resistance.", "As the teams closed in, his lawyer spoke. Shortly afterwards the Kowal Bureau announced the "
      "arrest."),
     "announced the arrest", "2025-03-10"),
    (("On Monday the alliance chose Jan Okafor as its candidate. He is due to be appointed on Tuesday and sworn in a "
      "day later.",), "sworn in a day later", "2025-03-19"),
    (("Norway gave death tolls on Sunday after Kenyan forces attacked border posts late on Saturday.",),
     "Kenyan forces attacked", "2025-03-08"),
]


def test_the_president_after_an_opening_phrase_without_a_comma_is_the_president():
    paragraphs = ("President Jan Velan declared an emergency in Lamu.",
                  "On the first day of the emergency the president inspected Arendal prison.")
    assert _participants("inspected Arendal prison", *paragraphs)[0] == "Jan Velan"


def test_the_party_as_a_subject_is_the_body_named_last():
    paragraphs = ("The Kowal League called a nationwide shutdown for Tuesday.",
                  "The party said on Monday that its supporters would block the election.")
    assert "Kowal League" in _participants("its supporters would block", *paragraphs)


def test_a_happening_named_by_its_day_is_told_with_what_it_was_of():
    dates = event_dates("Norwegian jets hit nine sites in Kowal on Monday in retaliation for the Feb. 22 killing of 26 "
                        "men near Lamu.")
    assert dates["Feb. 22 killing of 26 men near Lamu"][0] == "2025-02-22"


@pytest.mark.parametrize("opening", ["Rebel fighters entered Lamu on Sunday.",
                                     "Fighters said they had opened the prison."])
def test_fighters_as_a_subject_are_the_group_named_last(opening):
    paragraphs = ("The collapse came days after the Kowal Liberation Front (KLF) launched an offensive on March 1.",
                  opening)
    assert {"KLF", "Kowal Liberation Front"} & set(_participants(opening.split()[1], *paragraphs))


def test_an_appositive_relative_with_no_pronoun_is_an_event_of_its_own_time():
    dates = event_dates("Lena Velani, the president Congress removed on Feb. 10, imposed an emergency in Lamu in "
                        "January.")
    assert dates["Lena Velani, the president Congress removed on Feb. 10"][0] == "2025-02-10"


def test_its_opening_a_clause_told_from_the_main_one_is_the_main_subject_s():
    paragraph = ("The Kowal Inquiry Office said it executed the warrant on Monday, 12 days after its first attempt to "
                 "detain Okafor collapsed in a standoff.")
    assert "Kowal Inquiry Office" in _participants("first attempt to detain", paragraph)


def test_a_second_verb_of_a_subject_of_common_words_is_told_with_that_subject():
    dates = event_dates("The opposition accused the government of negotiating in secret and demanded a full briefing "
                        "to parliament in Lamu on Monday.")
    assert any(sentence.startswith("The opposition demanded a full briefing") for sentence in dates)


PASS_34_DATES = [
    (("Okafor met Velan on Wednesday, his office said.",
      "Okafor has yet to speak with Lena Brandt, who sent him a message on Monday, or with Jan Tomas, who said the "
      "same day that he hoped for an early summit."), "Jan Tomas said the same day", "2025-03-10"),
    (("Okafor met Velan on Wednesday, his office said.", "On Tuesday, Okafor chaired his first Cabinet meeting in "
      "Arendal.", "At the meeting he withdrew two nominations made by Jan Tomas."), "withdrew two nominations",
     "2025-03-11"),
    (("Okafor met Velan on Wednesday, his office said.", "During the talks, Okafor asked for more time."),
     "asked for more time", "2025-03-12"),
    (("Okafor met Velan in Arendal on Wednesday.", "Okafor, 59, won 58.2% of Sunday's vote against 41.8% for "
      "Velan."), "won 58.2%", "2025-03-09"),
    (("Okafor met Velan in Arendal on Wednesday.", "Final figures from the electoral authority showed Okafor won 41% "
      "of Sunday's vote."), "Final figures", "2025-03-12"),
    (("A truce came into force at 2 a.m. on Wednesday.", "Secretary-General Jan Velan, who had addressed the assembly "
      "earlier on Tuesday, welcomed the truce that evening."), "welcomed the truce", "2025-03-11"),
    (("Okafor spoke in Arendal on Wednesday. He pointed to a survey, published that morning and carried out between "
      "Feb. 4 and 9, in which 57% said they trusted him.", "Within hours Velan called Okafor a dictator in a post."),
     "Within hours Velan", "2025-03-12"),
    (("Hundreds protested outside the hospital on Sunday, March 9, and Health Minister Jan Velan visited it two "
      "days later.",), "Health Minister Jan Velan visited", "2025-03-11"),
    (("Okafor conceded on election night, March 9, but two days later asked the court to annul the result.",),
     "Okafor two days later asked", "2025-03-11"),
]


PASS_35_DATES = [
    (("Okafor resigned on Wednesday.", "Velan met Tomas in Arendal on Monday.", "An hour later Tomas resigned."),
     "Tomas resigned", "2025-03-10"),
    (("Okafor met Velan in Arendal on Monday.", "Okafor announced that he would appoint Velan on Wednesday."),
     "Okafor announced", "2025-03-10"),
    (("Okafor met Velan in Arendal on Monday.", "Okafor announced that he would appoint Velan on Wednesday."),
     "Okafor would appoint Velan", "2025-03-12"),
    (("On Monday Okafor ordered Velan to Arendal, and he flew to Oslo on Tuesday.",), "ordered Velan", "2025-03-10"),
    (("On Monday Okafor ordered Velan to Arendal, and he flew to Oslo on Tuesday.",), "flew to Oslo", "2025-03-11"),
    (("Okafor declared Arendal a disaster zone on March 3, and the next day threatened to send troops.",),
     "Okafor the next day threatened", "2025-03-04"),
    (("Okafor conceded on Monday, and two days later he flew to Oslo.",), "flew to Oslo", "2025-03-12"),
    (("Saturday's blast at the port killed 70 people, officials said on Tuesday.",
      "Okafor ordered an investigation within hours of the blast."), "Okafor ordered", "2025-03-08"),
    (("Velan was elected on Tuesday.", "He then took the oath before Okafor, adding the formula that Tomas had left "
      "out in 2021."), "He then took the oath", "2025-03-11"),
    (("“We stand with Arendal,” Jan Velan, chairman of the Union Commission, said on Monday, and Lena Okafor sent "
      "her sympathies the same day.",), "Lena Okafor sent", "2025-03-10"),
    (("Prosecutors accuse Okafor of conspiring to send troops into parliament to stop lawmakers from voting down the "
      "decree of Dec. 3.",), "Prosecutors accuse Okafor", "2024-12-03"),
]


PASS_36_DATES = [
    (("At a news conference on Nov. 23, Okafor said she had hired a lawyer.",), "At a news conference",
     "2024-11-23"),
    (("Velan on Wednesday welcomed Tuesday's election in Arendal.",
      "Tomas had praised the conduct of the vote in a letter dated March 12.",
      "Okafor had congratulated Arendal on the day of the vote."), "Okafor had congratulated", "2025-03-11"),
    (("The court on Friday confirmed Okafor as the winner of the presidential election, a week after the March 1 "
      "ballot.", "On polling day Okafor voted with his wife in Arendal."), "Okafor voted", "2025-03-01"),
    (("Okafor said on Tuesday that the talks had gone well.", "In Arendal on Thursday, March 6, Okafor met Velan.",
      "Velan then received Tomas, the envoy of Kenya."), "Velan then received", "2025-03-06"),
    (("A panel of the court voted 4-1 on Monday to convict Okafor.", "Tomas met Velan in Oslo on Wednesday.",
      "Hours after the verdict, Velan said on X that Kenya would respond."), "Velan said on X", "2025-03-10"),
    (("The party congress met in Arendal on Feb. 13-15, 2024 and chose Okafor as its leader.",),
     "The party congress met", "2024-02-13"),
    (("Thousands of protesters are also expected in Arendal on Sunday for a march against Okafor.",), "Thousands",
     "2025-03-16"),
    (("Okafor is due to fly to Oslo on Monday for talks with Tomas Velan, before meeting Kenya's president in Nairobi "
      "on Thursday.",), "meeting Kenya's president", "2025-03-13"),
    (("Okafor on Wednesday welcomed the decision.",
      "Her office had announced on Sunday that she would fly in on Thursday and watch Saturday's race. The same day, "
      "two Kenyan planes landed in Arendal."), "two Kenyan planes landed", "2025-03-09"),
]


PASS_37_DATES = [
    (("It sets a 15% tariff on most goods, half the 30% rate Okafor had threatened to impose from Friday, April 4.",),
     "It sets a 15% tariff", "2025-04-04"),
    (("Velan is the most senior Kenyan official to visit Arendal since Secretary of State Tomas Okafor went to Oslo in "
      "February 2019.",), "Secretary of State Tomas Okafor went", "2019-02-01"),
    (("Okafor has lived in Oslo since the Kenyan war began in April 2023.",), "The Kenyan war began", "2023-04-01"),
    (("Okafor lost the vote in Oslo on Tuesday.", "Dara Velan said last month that she would visit Oslo in March."),
     "Dara Velan would visit", "2025-03-01"),
    (("Okafor lost the vote in Oslo on Tuesday.", "Dara Velan said last week that she would visit Oslo in June."),
     "Dara Velan would visit", "2025-06-01"),
    (("The Solvei movement said on Monday that a Kenyan air strike on Arendal two days earlier had killed its leader, "
      "Tomas Okafor.",), "A Kenyan air strike", "2025-03-08"),
    (("Velan freed 14 prisoners on Saturday.", "Among them is Jan Kowalski, a former reporter with Radio Solvei/Radio "
      "Arendo who was arrested in 2023."), "Jan Kowalski was arrested", "2023-01-01"),
    (("Protests flared again on Saturday.", "The first wave of protests came on Feb. 19, when dozens of people were "
      "arrested. The following Monday, prosecutor Lena Okafor said 56 of them had been released."),
     "The following Monday", "2025-02-24"),
    (("The court halted the burial on March 5. Okafor had lodged an urgent application the night before.",),
     "Okafor had lodged", "2025-03-04"),
    (("The rebels raided offices in Arendal on Sunday.",
      "The rebels have fired rockets at Oslo and attacked Kenyan shipping since October 2023."),
     "The rebels attacked Kenyan shipping", "2023-10-01"),
    (("Okafor died in Oslo on March 1.",
      "Velan ended the national mourning the following day, and on Friday the family announced a burial in Arendal."),
     "Velan ended the national mourning", "2025-03-02"),
    (("The army was handed the task on March 5, when the cabinet asked it to draft a plan to restrict weapons to "
      "state forces before the end of the year.",), "The cabinet asked it", "2025-03-05"),
]


def test_the_former_holder_of_an_office_is_the_one_the_text_titled_so():
    assert "Dara Velan" in _participants("The former president flew home",
                                         "Former President Dara Velan was convicted on Monday.",
                                         "The former president flew home on Tuesday.")


PASS_38_DATES = [
    (("The Solvei movement, whose October 7, 2023 attack on Arendal began the war, called the raid piracy.",),
     "October 7, 2023 attack on Arendal", "2023-10-07"),
    (("Okafor's cabinet was sworn in on January 16 after an October 2024 snap election.",),
     "October 2024 snap election", "2024-10-01"),
    (("The flood is the deadliest since the 2004 Indian Ocean tsunami, which killed about 31,000 people in Kenya.",),
     "2004 Indian Ocean tsunami", "2004-01-01"),
    (("Prime Minister Jan Okafor said on Wednesday he would stay on though his coalition lost its majority in "
      "Sunday's election.", "Okafor's Solvei Party and its partner won 47 seats, three short of a majority."),
     "Okafor's Solvei Party and its partner won 47 seats", "2025-03-09"),
    (("Prime Minister Jan Okafor said on Wednesday he would stay on though his coalition lost its majority in "
      "Sunday's election.", "The main opposition party held on to its 22 seats."),
     "The main opposition party held on to its 22 seats", "2025-03-09"),
    (("Forecasters expect the storm to cut across Varnia on Monday and to weaken by Wednesday.",),
     "Forecasters expect the storm", "2025-03-17"),
    (("Okafor has said the assembly could vote as soon as Friday, once Jan Velan has been sworn in.",),
     "Okafor has said the assembly could vote", "2025-03-14"),
    (("As soon as the truce took effect on Saturday, the rebels fired.",), "As soon as the truce", "2025-03-08"),
    (("The strike began after the union refused the offer, and last Monday it overtook the 35-day strike of 2019.",),
     "Last Monday it overtook", "2025-03-10"),
    (("It is the deadliest quake in Kenya since a magnitude 7.2 tremor on Lamu island killed more than 200 people in "
      "2013.",), "A magnitude 7.2 tremor", "2013-01-01"),
    (("Jan Okafor walked out of prison on Monday, after the appeals court ordered his release.",),
     "The appeals court ordered his release", "2025-03-10"),
    (("Okafor, whose party won 37 of the 150 seats in the November 2023 election, told the BBC he would govern.",),
     "Okafor's party won 37", "2023-11-01"),
    (("Kenya, whose 1963 independence the parade marked, kept a measured tone.",), "1963 independence", "1963-01-01"),
    (("The Solvei Front, whose fighters stormed Arendal on October 7, 2023, called the raid piracy.",),
     "Solvei Front's fighters stormed Arendal", "2023-10-07"),
    (("In July, however, police said they would not pursue the marchers.",), "In July, however, police said",
     "2024-07-01"),
    (("Police entered the party's offices on Monday.", "It was the latest fallout from last Tuesday's ruling by the "
      "Arendal court.", "Hours after the ruling, Jan Okafor said the party deemed the decision void."),
     "Hours after the ruling", "2025-03-04"),
    (("More than 200,000 people joined the march in Arendal on March 1.", "Two days after the parade, Okafor gave his "
      "first public reaction."), "Two days after the parade", "2025-03-03"),
]


@pytest.mark.parametrize("paragraphs, needle, iso", PASS_33_DATES + PASS_34_DATES + PASS_35_DATES + PASS_36_DATES
                         + PASS_37_DATES + PASS_38_DATES)
def test_dates_of_the_probe_stories(paragraphs, needle, iso):
    assert date_of(needle, *paragraphs)[0] == iso


def test_an_aside_between_a_long_named_subject_and_its_verb_leaves_the_verb_its_own_day():
    paragraph = ("The African Union's Peace and Security Council, after an emergency session on Friday, announced on "
                 "Saturday that Kowal was suspended.")
    date, _ = date_of("announced on Saturday", paragraph)
    assert date == "2025-03-08"
    assert "Peace and Security Council" in _participants("announced on Saturday", paragraph)


def test_a_subject_of_seven_words_keeps_its_verb_across_a_participle_aside():
    dates = event_dates("The leaders of the three-party governing coalition, meeting under Okafor on Tuesday, had "
                        "already promised realistic solutions.")
    assert any(sentence.startswith("The leaders of the three-party governing coalition") for sentence in dates)


@pytest.mark.parametrize("paragraph, expected", [
    ("Okafor met Velan in Arendal on Monday, then signed a decree on Tuesday.",
     {"Okafor signed a decree on Tuesday.": ("2025-03-11", "HAPPENED")}),
    ("Okafor held talks with Velan in Oslo on Tuesday and was due to meet Tomas on Thursday.",
     {"Okafor was due to meet Tomas on Thursday.": ("2025-03-13", "PLANNED")}),
])
def test_a_second_deed_after_then_or_a_plan_after_and_was_due_to_is_an_event_of_its_own(paragraph, expected):
    article = Article("case", "Case", PUBLISHED, "case.txt", (Block("paragraph", paragraph, 1),))
    found = {e.sentence: (e.date.iso(), e.status.name) for e in EXTRACTOR.extract(article).events}
    assert expected.items() <= found.items()


def test_then_after_a_subject_set_off_by_an_appositive_opens_no_second_clause():
    dates = event_dates("Velan and her husband, the envoy Jan Tomas, then laid a wreath in Arendal.")
    assert len(dates) == 1


@pytest.mark.parametrize("paragraph, needle, person", [
    ("Okafor conceded on Monday, and two days later he flew to Oslo.", "Two days later he flew", "Okafor"),
    ("Kenyan opposition leader Lena Okafor won the prize on Monday for her campaign, and hours later dedicated the "
     "award to Jan Velan.", "Lena Okafor hours later dedicated", "Lena Okafor"),
])
def test_a_second_deed_after_a_later_time_is_told_of_the_subject_before(paragraph, needle, person):
    assert person in _participants(needle, paragraph)


def test_a_title_alone_names_the_one_person_the_text_titled_with_it_paragraphs_before():
    paragraphs = ("Residents pelted King Harald Velan, Queen Sonja and Prime Minister Jan Tomas with mud on Sunday.",
                  "The royal couple, accompanied by Tomas, arrived in the late morning.",
                  "The king refused to leave on Sunday.")
    assert _participants("The king refused", *paragraphs) == ["Harald Velan"]


@pytest.mark.parametrize("paragraph, needle, person", [
    ("Okafor took on the role last week, when he flew to Arendal and presented the plan to Velan last Thursday.",
     "Okafor presented the plan", "Okafor"),
    ("Tomas went to the academy, where his predecessor Lena Okafor welcomed the new ministers and handed Tomas a "
     "report.", "Lena Okafor handed Tomas", "Lena Okafor"),
    ("Okafor toured four towns. On Thursday he flew over Arendal, where Storm Velan came ashore on March 3, walked "
     "through wrecked homes and then spoke at a farm in Velby.", "Okafor then spoke", "Okafor"),
])
def test_a_verb_joined_to_an_inner_clause_is_told_of_the_inner_subject_unless_it_ends_a_series(paragraph, needle,
                                                                                                person):
    assert person in _participants(needle, paragraph)


@pytest.mark.parametrize("paragraph, told", [
    ("The suspects were detained in Oslo on Monday and questioned by police.",
     "The suspects were questioned by police."),
    ("On Saturday the body was flown to Arendal and taken to the stadium in Velby.",
     "The body was taken to the stadium in Velby."),
    ("Okafor was sworn in on Monday and driven to the palace.", "Okafor was driven to the palace."),
])
def test_a_second_verb_of_a_passive_clause_is_told_in_the_passive_with_its_subject(paragraph, told):
    assert told in event_dates(paragraph)


def test_a_step_of_the_story_s_plan_that_names_no_one_keeps_the_place_it_names():
    paragraphs = ("Okafor and Velan signed a truce in Oslo on Monday.",
                  "Talks will resume at the Velby Hotel in Arendal on March 20.")
    assert {"Okafor", "Velan", "Velby Hotel", "Arendal"} <= set(_participants("Talks will resume", *paragraphs))


def test_an_aside_told_as_an_event_of_its_own_is_left_out_of_the_clause_around_it():
    told = event_dates("Okafor, who served as ambassador in Oslo from 2010 to 2015, returned to the post in January.")
    assert told == {"Okafor returned to the post in January.": ("2025-01-01", "January"),
                    "Okafor served as ambassador in Oslo from 2010 to 2015": ("2010-01-01", "2010")}


def test_a_proposal_of_talks_on_a_day_ahead_is_a_plan_of_that_day_and_the_proposal_keeps_its_own():
    dates = event_dates("Okafor signed the law on Monday.",
                        "Velan on Sunday proposed direct talks with Arendal in Oslo on Thursday.",
                        "Tomas proposed the talks in the early hours of Sunday, brushing aside a call for a truce.")
    assert dates["Direct talks with Arendal in Oslo on Thursday"][0] == "2025-03-13"
    assert starting(dates, "Velan on Sunday proposed")[0] == "2025-03-09"
    assert starting(dates, "Tomas proposed the talks")[0] == "2025-03-09"


def test_a_clause_after_said_on_a_day_and_is_no_list_item_but_a_deed_of_its_own():
    told = event_dates("“We stand with Arendal,” Jan Velan, chairman of the Union Commission, said on Monday, and Lena "
                       "Okafor sent her sympathies the same day.")
    assert told["Lena Okafor sent her sympathies the same day."][0] == "2025-03-10"


def test_a_quote_he_told_reporters_at_a_place_is_the_speaker_s_appearance_there():
    paragraph = "Lena Okafor gave her answer on Monday. “In general, we agree,” she told reporters in Oslo."
    assert {"Lena Okafor", "Oslo"} <= set(_participants("she told reporters in Oslo", paragraph))


@pytest.mark.parametrize("paragraph, told, iso", [
    ("Velan delivered a copy to Okafor in Oslo on Monday, and a day later the Arendal leader warned in an address "
     "that Arendal faced a difficult choice.", "A day later the Arendal leader warned", "2025-03-11"),
    ("The truce was extended on Monday, but hours later Velkor aircraft struck the border.",
     "Hours later Velkor aircraft struck the border.", "2025-03-10"),
])
def test_a_clause_opening_with_a_later_time_and_its_own_subject_is_a_deed_of_its_own(paragraph, told, iso):
    assert starting(event_dates(paragraph), told)[0] == iso


def test_an_event_that_names_no_place_happened_in_the_country_the_story_is_set_in():
    paragraphs = ("Voters in Gabon chose a new president on Saturday, and turnout in Gabon was high.",
                  "Observers who travelled to Gabon praised the count.",
                  "Lena Okafor's father took power in 1967.")
    assert "Gabon" in _participants("took power in 1967", *paragraphs)
    assert "Gabon" not in _participants("took power in 1967", "Voters in Gabon and Kenya chose leaders on Saturday.",
                                        "Lena Okafor's father took power in 1967.")


def test_the_former_holder_of_an_office_named_as_an_object_is_the_one_titled_so():
    assert "Dara Velan" in _participants("Okafor thanked the former president",
                                         "Former President Dara Velan was convicted on Monday.",
                                         "Okafor thanked the former president on Tuesday.")


@pytest.mark.parametrize("opening", ["In the same message he", "Later in the day he", "In June he"])
def test_he_after_an_opening_phrase_is_the_man_named_before(opening):
    assert "Tomas Velan" in _participants("announced a pardon", "Tomas Velan wrote on X on Monday that the count was "
                                          "rigged.", f"{opening} announced a pardon for Lena Okafor.")


@pytest.mark.parametrize("second", ["Hours later lawmakers elected him with 325 votes.",
                                    "The chamber elected him speaker on Wednesday."])
def test_lawmakers_and_the_chamber_are_the_legislature_named_last(second):
    assert "Storting" in _participants("elected him", "Tomas Velan addressed the Storting in Oslo on Monday.",
                                       second)


def test_a_quote_led_clause_that_goes_on_is_the_statement_of_the_one_the_quote_is_credited_to():
    assert "Tomas Velan" in _participants("complaining that", "President Tomas Velan said on Friday that Kenya needed "
                                          "the port.", "“We have to have it,” he told reporters at the palace on "
                                          "Friday, complaining that Chinese ships were everywhere.")


def test_the_president_of_a_named_state_is_the_one_that_state_titled():
    paragraphs = ("Kenyan President Tomas Velan met Ghanaian President Dara Okafor in Oslo on Monday.",
                  "The Kenyan president said on Tuesday that the talks had been useful.",
                  "The Ghanaian leader warned on Tuesday that Nairobi could not be trusted.",
                  "The Nigerian president praised both men on Tuesday.")
    assert "Tomas Velan" in _participants("The Kenyan president said", *paragraphs)
    assert "Dara Okafor" not in _participants("The Kenyan president said", *paragraphs)
    assert "Dara Okafor" in _participants("The Ghanaian leader warned", *paragraphs)
    assert not {"Tomas Velan", "Dara Okafor"} & set(_participants("The Nigerian president praised", *paragraphs)[:1])


def test_a_when_clause_with_a_subject_of_its_own_is_told_without_the_main_one_s():
    dates = event_dates("Protests flared again on Saturday.",
                        "The unrest began on Thursday, when hundreds of protesters threw up barricades in Arendal.")
    assert "Hundreds of protesters threw up barricades in Arendal." in dates


def test_a_thing_named_by_its_year_ends_before_another_time():
    dates = event_dates("Arendal, which quit the 2015 accord in 2018 under President Jan Kowalski, backed the move.")
    assert dates.get("2015 accord") == ("2015-01-01", "2015")


def test_a_happening_named_twice_in_passing_is_one_event():
    dates = event_dates("Okafor has ruled since the coup in 2020.")
    assert len([sentence for sentence in dates if sentence.lower().startswith(("coup in", "the coup in"))]) == 1


def test_a_superlative_in_an_aside_leaves_the_since_to_date_the_state_s_start():
    paragraph = "Kenya, which hosts the largest base in the region, has housed the Solvei office since 2012."
    assert date_of("has housed the Solvei office", paragraph)[0] == "2012-01-01"


def test_the_one_a_ruling_finds_at_fault_takes_part_in_it():
    parts = _participants("Jan Velan, ruled that she had breached",
                          "Deputy Prime Minister Lena Okafor resigned on Friday.",
                          "The government's ethics adviser, Jan Velan, ruled that she had breached the code.")
    assert "Lena Okafor" in parts and "Jan Velan" in parts


def test_a_place_where_things_were_closed_and_cancelled_has_its_event():
    assert date_of("the metro was closed in Arendal", "Kenya's grid failed on Monday.",
                   "In Kenya, the metro was closed in Arendal and Lamu and trains were cancelled in both cities on "
                   "Monday.")[0] == "2025-03-10"


def test_a_planned_meeting_that_fell_through_is_of_the_month_gone_by():
    assert date_of("fell through", "A planned meeting of the two leaders in Geneva in January fell through when "
                                   "Jan Kowalski left early.")[0] == "2025-01-01"


def test_a_deed_joined_with_its_own_day_after_and_has_that_day():
    assert date_of("killed the group's top commander",
                   "Norway has kept up strikes on Lamu despite a November 2024 truce with the rebels, and on March 3 "
                   "killed the group's top commander in Lamu.")[0] == "2025-03-03"


def test_a_conviction_in_a_case_in_a_month_is_an_event_of_that_month():
    dates = event_dates("Jan Kowalski has been in jail since his first conviction in a graft case in August 2023.")
    assert dates.get("His first conviction in a graft case in August 2023") == ("2023-08-01", "August 2023")


def test_a_time_that_marks_an_anniversary_is_not_when_the_words_were_said():
    assert date_of("told a regular news briefing",
                   "\"We welcome the result,\" foreign ministry spokesman Jan Velan told a regular news briefing in "
                   "Oslo, noting that this year marks the 35th anniversary of ties.") == ("2025-03-12", None)


def test_he_after_a_time_opening_and_a_plan_with_an_aside_is_its_subject_not_an_infinitive_s_object():
    parts = _participants("He flies to Nairobi",
                          "On Saturday Severin is due to visit the Arendal Mosque, known as the Blue Mosque, and to "
                          "join Tomas Velan for prayers at the cathedral. He flies to Nairobi on Sunday.")
    assert parts[:1] == ["Severin"]


def test_not_until_a_time_is_when_it_happens():
    assert date_of("is not expected to issue", "Kenya's election board is not expected to issue its final findings "
                                               "until early next year.")[0] == "2026-01-01"


def test_months_to_the_day_after_a_happening_leaves_the_clause_its_own_day():
    assert date_of("introduced the bill", "Kenya's ferry sank in Lamu in September.",
                   "On Tuesday, six months to the day after the crash, Senator Jan Moran introduced the bill.") == \
        ("2025-03-11", "Tuesday")


def test_a_disaster_named_by_its_day_is_not_the_day_of_a_report_into_it():
    assert date_of("released its preliminary report", "The board released its preliminary report into the Jan. 29, "
                                                      "2025 collision on Tuesday.")[0] == "2025-03-11"


def test_a_participle_aside_before_an_adverb_and_verb_keeps_its_time():
    told = ("He said the coalition, formed in December with the aim of fielding one candidate, now lacked "
            "credibility.")
    assert event_dates("Jan Velan resigned on Monday.", told)[told][0] == "2025-03-10"


def test_a_deed_after_but_with_its_own_time_is_an_event_of_that_time():
    dates = event_dates("Jan Velan was arrested in January and charged with insurrection, the first sitting president "
                        "to be held, but walked free last month after a court cancelled his arrest.")
    assert dates.get("Jan Velan walked free last month") == ("2025-02-01", "last month")


def test_days_before_a_vote_dated_before_is_the_week_before_it():
    dates = event_dates("Kenya's electoral council declared Jan Velan the winner of the March 2 presidential election "
                        "on Tuesday.",
                        "Norway's president endorsed Velan days before the vote.")
    assert dates["Norway's president endorsed Velan days before the vote."] == \
        ("2025-02-24", "days before the vote (March 2)")


@pytest.mark.parametrize("paragraph, iso", [
    ("By law Kenya's electoral council has until March 30 to declare a winner, who will take office on May 27.",
     "2025-03-30"),
    ("Kenya's electoral officials have until Friday to declare a winner.", "2025-03-14"),
])
def test_the_day_one_has_until_to_do_something_is_when_it_is_due(paragraph, iso):
    assert date_of("until", paragraph)[0] == iso


@pytest.mark.parametrize("paragraph", [
    "Kenya's public works secretary Jan Velan resigned effective March 1 and was replaced by Lena Okafor.",
    "Kenya's public works secretary Jan Velan had already stepped down, effective March 1.",
])
def test_a_resignation_effective_on_a_day_is_of_that_day(paragraph):
    assert date_of("Jan Velan", paragraph)[0] == "2025-03-01"


def test_a_rough_time_restated_to_the_day_is_that_day():
    assert date_of("pelted", "Exactly a year ago, on Nov. 3, 2024, angry residents of Lamu had pelted Jan Velan with "
                             "mud.")[0] == "2024-11-03"


def test_a_series_of_deeds_ending_with_a_time_and_an_ambiguous_past_splits():
    dates = event_dates("Jan Velan cut aid to Kenya in February, confronted Tomas Okafor in Nairobi in January and "
                        "last month set a new cap.")
    assert dates.get("Jan Velan confronted Tomas Okafor in Nairobi in January") == ("2025-01-01", "January")


def test_the_time_of_a_figure_compared_with_or_of_one_given_before_is_not_the_saying_s():
    dates = event_dates("Kenyan investigators said on Monday they had found the recorders.",
                        "Lamu governor Jan Velan said in the morning that nine people were still missing, down from "
                        "15 a day earlier.",
                        "Kenya's safety board also said the jet climbed only 100 feet, correcting a figure of 475 feet "
                        "it had given a day earlier.")
    assert starting(dates, "Lamu governor Jan Velan said")[0] == "2025-03-10"
    assert starting(dates, "Kenya's safety board also said")[0] == "2025-03-10"


@pytest.mark.parametrize("paragraph, summary, iso", [
    ("Jan Velan has been in custody since April on a treason charge.", "Jan Velan in custody since April",
     "2024-04-01"),
    ("Lena Okafor, in office since October 2024, keeps high approval ratings.",
     "Lena Okafor in office since October 2024", "2024-10-01"),
])
def test_being_held_or_in_power_since_a_time_began_then(paragraph, summary, iso):
    assert event_dates(paragraph).get(summary, (None,))[0] == iso


def test_a_plan_for_next_year_s_budget_does_not_date_the_vote_on_it():
    assert date_of("lost a confidence vote", "Jan Kowalski's government fell on Monday.",
                   "Kowalski lost a confidence vote in parliament by 364 votes to 194 over his plan to cut 44 billion "
                   "euros from next year's budget.") == ("2025-03-10", "Monday (earlier in the text)")


def test_verbs_in_series_each_keep_their_own_day_and_a_count_goes_on_from_the_last():
    dates = event_dates("Lena Okafor, 60, who had never held elected office, won the party leadership in a landslide "
                        "on March 9, was sworn in as prime minister on March 14 and called a snap election nine days "
                        "later.")
    assert sorted(dates.values()) == [("2025-03-09", "March 9"), ("2025-03-14", "March 14"),
                                      ("2025-03-23", "nine days later (after March 14)")]


def test_that_year_is_the_year_named_earlier_in_its_own_sentence():
    assert date_of("took office in September that year", "The war was launched by Jan Kowalski in 2006.",
                   "Lena Okafor, who left the Unity Party and won as an independent in the 2024 election, took office "
                   "in September that year.") == ("2024-09-01", "September that year (2024)")


def test_leading_a_party_to_victory_in_a_day_s_election_is_of_that_day():
    dates = event_dates("Prime Minister Lena Okafor led the Unity Party to a sweeping second-term victory in "
                        "Saturday's federal election.", "Jan Kowalski conceded shortly after 9.30 p.m. in Arendal.")
    assert starting(dates, "Prime Minister Lena Okafor led")[0] == "2025-03-08"
    assert starting(dates, "Jan Kowalski conceded")[0] == "2025-03-08"


def test_a_shooting_told_in_a_since_clause_is_not_of_the_sentence_s_day_and_the_attack_is_the_shooting():
    dates = event_dates("Lena Okafor appeared in public on Friday for the first time since she was shot in January.",
                        "Okafor, who was shot four times on Jan. 15 as she greeted supporters in Arendal, spoke at "
                        "an evening ceremony.",
                        "Jan Kowalski was charged with attempted murder the day after the shooting.",
                        "Okafor underwent an operation in Lamu on the day of the attack.")
    assert starting(dates, "Jan Kowalski was charged")[0] == "2025-01-16"
    assert starting(dates, "Okafor underwent")[0] == "2025-01-15"


def test_a_second_plan_told_with_and_that_keeps_its_own_day():
    dates = event_dates("Lena Okafor said Kenya would recall parliament on May 26 and that Jan Kowalski would address "
                        "it the following day.")
    assert sorted(value[0] for value in dates.values()) == ["2025-05-26", "2025-05-27"]


def test_the_first_since_a_named_war_then_a_weekday_is_the_clause_s_day():
    assert date_of("became the first", "The Unity Party became the first far-right party to win a state election in "
                                       "Kenya since the Second World War on Sunday.")[0] == "2025-03-09"


def test_a_count_after_a_named_thing_is_the_thing_s_time():
    assert date_of("came a close second", "The Unity Party won Sunday's vote in Arendal.",
                   "The Unity Party came a close second in Lamu, in a vote fought in the shadow of the Arendal knife "
                   "attack nine days earlier.")[0] == "2025-03-09"


def test_a_day_after_what_someone_was_jailed_for_is_the_offence_s():
    dates = event_dates("Jan Kowalski was jailed for three years in Arendal on Wednesday.",
                        "Lena Okafor and Tomas Velan were jailed at the same court for 30 months over rioting in Lamu "
                        "on Saturday.")
    assert starting(dates, "Lena Okafor and Tomas Velan")[0] == "2025-03-12"


def test_the_offence_a_court_punished_is_an_event_of_its_own_day():
    dates = event_dates("Jan Kowalski was jailed for three years in Arendal on Wednesday.",
                        "Lena Okafor and Tomas Velan were jailed at the same court for 30 months over rioting in Lamu "
                        "on Saturday.")
    assert dates.get("Rioting in Lamu on Saturday") == ("2025-03-08", "Saturday")


def test_held_since_a_time_in_an_aside_is_the_arrest_s_time():
    dates = event_dates("Jan Kowalski, held since April last year on charges of contempt, stayed eligible.")
    assert dates.get("Jan Kowalski held since April last year") == ("2024-04-01", "April last year")


def test_the_day_a_vote_is_pushed_back_to_is_not_the_day_it_was_pushed_back():
    assert date_of("postponed the vote", "Kenya postponed the vote to December.")[0] is None


def test_the_day_a_motion_proposes_is_ahead_and_dates_neither_the_motion_nor_what_follows():
    dates = event_dates("Kenya's Senate voted on Wednesday to remove Jan Kowalski from office.",
                        "Speaker Lena Okafor put a motion to resume on Saturday, the last day allowed by the "
                        "constitution. The chamber voted it down.")
    assert starting(dates, "Speaker Lena Okafor put a motion")[0] == "2025-03-15"
    assert starting(dates, "The chamber voted it down")[0] == "2025-03-12"


@pytest.mark.parametrize("paragraph, prefix, iso", [
    pytest.param("Lena Okafor returned to power on Monday, five years after voters removed her from office.",
                 "Voters removed her", "2020-01-01", id="years-after"),
    pytest.param("Jan Kowalski was sworn in on Monday, two months after his party won the election in Lamu.",
                 "His party won", "2025-01-01", id="months-after"),
])
def test_a_deed_some_years_or_months_before_the_main_clause_is_of_that_year_or_month(paragraph, prefix, iso):
    assert starting(event_dates(paragraph), prefix)[0] == iso


@pytest.mark.parametrize("opening, iso", [
    pytest.param("One year to the day after", "2024-03-09", id="to-the-day"),
    pytest.param("A year after", "2024-01-01", id="a-year"),
])
def test_an_opening_counted_in_years_dates_the_deed_it_counts_from(opening, iso):
    dates = event_dates(f"{opening} a gunman's bullet grazed Jan Kowalski's ear at a rally in Arendal, the Senate "
                        "committee released its final report on Sunday.")
    assert starting(dates, "A gunman's bullet grazed")[0] == iso


def test_an_aside_on_someone_of_an_age_counts_its_day_from_the_day_its_clause_named():
    dates = event_dates("Police arrested Tomas Velan on Monday.",
                        "The ambush near the metro station on March 2 killed Specialist Lena Okafor, 20, who died "
                        "the following day.")
    assert dates.get("Lena Okafor died the following day.", (None,))[0] == "2025-03-03"


def test_a_second_deed_joined_by_and_in_a_month_of_this_year_keeps_its_own_time():
    dates = event_dates("Jan Kowalski applied for asylum in 2024 and was granted it in February this year.")
    assert dates.get("Jan Kowalski was granted it in February this year.") == ("2025-02-01", "February this year")
