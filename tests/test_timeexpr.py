"""Time-expression resolver: a table of sentence × article date → expected date, plus a property test."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.model import FuzzyDate, Precision
from generator.timeexpr import TimeExpression, find_time_expressions

D, W, MP, M, Y, U = (Precision.DAY, Precision.WEEK, Precision.MONTH_PART, Precision.MONTH, Precision.YEAR,
                     Precision.UNKNOWN)
MON, TUE, WED, THU, FRI, SAT, SUN = (dt.date(2026, 3, day) for day in range(2, 9))  # one base date per weekday
P = WED

# sentence, article date, expected text, iso(), precision, relation
CASES = [
    # absolute days and months
    ("Flights were cancelled until at least Friday.", P, "Friday", "2026-03-06", D, "future"),
    ("The banker escaped from house arrest several days before the invasion on Feb. 24.", dt.date(2022, 9, 22),
     "Feb. 24", "2022-02-24", D, "absolute"),  # a past verb far back makes the day a past one, not next February's
    ("Talks opened on March 3.", P, "March 3", "2026-03-03", D, "absolute"),
    ("The first units could sail to reach Lamu by early June, the ministry said.", P, "early June", "2026-06-05", MP,
     "absolute"),  # what could happen is ahead
    ("Okafor said Kenya had proposed that the two meet before the end of August.", P, "the end of August",
     "2026-08-25", MP, "absolute"),
    ("Okafor could not be reached for comment in January.", P, "January", "2026-01-01", M, "absolute"),
    ("The fighting broke out on July 24.", P, "July 24", "2025-07-24", D, "past"),  # an irregular past, gone by
    ("Kenya withdrew its envoy on October 3.", P, "October 3", "2025-10-03", D, "past"),
    ("Okafor died on Dec. 29 at the age of 100.", P, "Dec. 29", "2025-12-29", D, "past"),  # a short past
    ("The accord was reached in Oslo a decade ago.", P, "a decade ago", "2016-01-01", Y, "past"),
    ("The accord was reached two decades ago.", P, "two decades ago", "2006-01-01", Y, "past"),
    ("Okafor dissolved parliament and set the vote for April 20.", P, "April 20", "2026-04-20", D,
     "absolute"),  # the day set is ahead, though set in the past
    ("Okafor told reporters, urging Kenya to settle its dispute before a July 9 deadline.", P, "July 9", "2026-07-09",
     D, "absolute"),  # a deadline named by its day is ahead, though told in the past
    ("Okafor had wanted to hold the vote on Jan. 15 but bowed to pressure.", dt.date(2024, 12, 16), "Jan. 15",
     "2025-01-15", D, "future"),  # a plan for a day a month ahead, not eleven months back
    ("Kenya's turmoil comes as Okafor returns to office on Jan. 20.", dt.date(2024, 12, 16), "Jan. 20", "2025-01-20",
     D, "future"),
    ("Okafor was arrested on Jan. 15.", dt.date(2024, 12, 16), "Jan. 15", "2024-01-15", D, "absolute"),  # told gone
    ("Kenya agreed on March 10 that it will merge its forces.", dt.date(2025, 11, 3), "March 10",
     "2025-03-10", D, "absolute"),  # a day months ahead is no nearer than the one gone by
    ("“The army will do its duty,” the army said in a statement late on Sunday.", MON, "Sunday", "2026-03-01",
     D, "past"),  # the future inside the quote is not the saying's
    ("It was signed on 3 March 2026.", P, "3 March 2026", "2026-03-03", D, "absolute"),
    ("It was signed on March 3, 2026.", P, "March 3, 2026", "2026-03-03", D, "absolute"),
    ("They meet on 12 April.", P, "12 April", "2026-04-12", D, "absolute"),
    ("The deadline was 2026-02-01.", P, "2026-02-01", "2026-02-01", D, "absolute"),
    ("It began on the 3rd of March.", P, "the 3rd of March", "2026-03-03", D, "absolute"),
    ("Talks resume Sept. 12.", P, "Sept. 12", "2026-09-12", D, "absolute"),
    ("It was agreed on Tuesday, March 3.", SUN, "Tuesday, March 3", "2026-03-03", D, "absolute"),
    ("It happened on February 29.", dt.date(2024, 3, 10), "February 29", "2024-02-29", D, "absolute"),
    ("It happened on May 1, 2025.", P, "May 1, 2025", "2025-05-01", D, "absolute"),
    ("It happened on February 30th, 2026.", P, "February", "2026-02-01", M, "absolute"),  # impossible day dropped
    ("Mar. 3 was chosen.", P, "Mar. 3", "2026-03-03", D, "absolute"),
    ("Wednesday", P, "Wednesday", "2026-03-04", D, "past"),
    ("It rose in February 2026.", P, "February 2026", "2026-02-01", M, "absolute"),
    ("It rose February 2026 onwards.", P, "February 2026", "2026-02-01", M, "absolute"),
    ("Prices fell in February.", P, "February", "2026-02-01", M, "absolute"),
    # a month well before the publication's, told ahead, is next year's
    ("It is his last meeting before Okafor takes office in January.", dt.date(2026, 11, 16), "January",
     "2027-01-01", M, "future"),
    ("He attends his last summit ahead of Okafor's return on Jan 20.", dt.date(2026, 11, 19), "Jan 20",
     "2027-01-20", D, "future"),
    ("She will travel to Oslo on Jan 20.", dt.date(2026, 11, 19), "Jan 20", "2027-01-20", D, "future"),
    ("He left before the war began in January.", dt.date(2026, 11, 19), "January", "2026-01-01", M, "absolute"),
    # a day of a thing told after "after a", in a sentence that reports: the thing told of, gone by
    ("Okafor said he would meet Velan after a “very productive” call on Thursday.", FRI, "Thursday", "2026-03-05",
     D, "past"),
    ("Fighting has continued since May.", P, "May", "2025-05-01", M, "past"),  # since: the last May
    ("The vote is due in March.", P, "March", "2026-03-01", M, "absolute"),
    ("It started last May.", dt.date(2026, 8, 1), "last May", "2026-05-01", M, "past"),
    ("It started last May.", dt.date(2026, 5, 20), "last May", "2025-05-01", M, "past"),
    ("It starts next March.", dt.date(2026, 2, 10), "next March", "2026-03-01", M, "future"),
    ("It starts next March.", dt.date(2026, 3, 10), "next March", "2027-03-01", M, "future"),
    ("This happened in 2025.", P, "2025", "2025-01-01", Y, "absolute"),
    ("Emissions will halve by 2030.", P, "2030", "2030-01-01", Y, "absolute"),
    ("It was built in early 2025.", P, "early 2025", "2025-01-01", Y, "absolute"),
    # month parts
    ("Talks are expected in early March.", P, "early March", "2026-03-05", MP, "absolute"),
    ("It began in mid-February.", P, "mid-February", "2026-02-15", MP, "absolute"),
    ("It began in mid February.", P, "mid February", "2026-02-15", MP, "absolute"),
    ("It began in the middle of February.", P, "the middle of February", "2026-02-15", MP, "absolute"),
    ("It ended in late January.", P, "late January", "2026-01-25", MP, "absolute"),
    ("It ended at the end of January.", P, "the end of January", "2026-01-25", MP, "absolute"),
    ("It ended in late January 2025.", P, "late January 2025", "2025-01-25", MP, "absolute"),
    # days relative to the article
    ("Officials spoke today.", P, "today", "2026-03-04", D, "present"),
    ("Crowds gather tonight.", P, "tonight", "2026-03-04", D, "present"),
    ("He spoke this morning.", P, "this morning", "2026-03-04", D, "present"),
    ("He spoke yesterday.", dt.date(2026, 3, 1), "yesterday", "2026-02-28", D, "past"),
    ("He spoke yesterday.", dt.date(2024, 3, 1), "yesterday", "2024-02-29", D, "past"),
    ("He spoke yesterday morning.", dt.date(2026, 1, 1), "yesterday morning", "2025-12-31", D, "past"),
    ("Sirens sounded last night.", P, "last night", "2026-03-03", D, "past"),
    ("He speaks tomorrow.", dt.date(2026, 12, 31), "tomorrow", "2027-01-01", D, "future"),
    ("He speaks tomorrow night.", P, "tomorrow night", "2026-03-05", D, "future"),
    ("It began the day before yesterday.", P, "the day before yesterday", "2026-03-02", D, "past"),
    # weeks
    ("Talks continue this week.", dt.date(2026, 1, 1), "this week", "2025-12-29", W, "present"),
    ("Talks stalled last week.", dt.date(2026, 1, 2), "last week", "2025-12-22", W, "past"),
    ("Talks resume next week.", dt.date(2026, 12, 30), "next week", "2027-01-04", W, "future"),
    ("Talks resume later this week.", P, "later this week", "2026-03-02", W, "future"),
    ("Talks began earlier this week.", P, "earlier this week", "2026-03-02", W, "past"),
    ("Talks resume early next week.", SUN, "early next week", "2026-03-09", W, "future"),
    ("Protests spread last weekend.", MON, "last weekend", "2026-02-28", W, "past"),  # stored on its Saturday
    ("Leaders are due in Lamu next weekend.", FRI, "next weekend", "2026-03-14", W, "future"),
    # months and years
    ("Prices rose last month.", dt.date(2026, 1, 10), "last month", "2025-12-01", M, "past"),
    ("Prices rise next month.", dt.date(2026, 12, 15), "next month", "2027-01-01", M, "future"),
    ("Prices rose this month.", P, "this month", "2026-03-01", M, "present"),
    ("Prices rose earlier this month.", P, "earlier this month", "2026-03-01", M, "past"),
    ("Prices rise later this month.", P, "later this month", "2026-03-01", M, "future"),
    ("Prices rose in late last month.", dt.date(2026, 1, 10), "late last month", "2025-12-25", MP, "past"),
    ("Prices rise early next month.", dt.date(2026, 12, 3), "early next month", "2027-01-05", MP, "future"),
    ("It ends by the end of the month.", P, "the end of the month", "2026-03-25", MP, "present"),
    ("Roads are to reopen by the end of the year.", P, "the end of the year", "2026-12-25", MP, "present"),
    ("Talks resume at the start of next year.", P, "the start of next year", "2027-01-05", MP, "future"),
    ("Growth slowed last year.", dt.date(2026, 1, 1), "last year", "2025-01-01", Y, "past"),
    ("Growth resumes next year.", dt.date(2026, 12, 31), "next year", "2027-01-01", Y, "future"),
    ("Growth slowed this year.", P, "this year", "2026-01-01", Y, "present"),
    ("Growth slowed earlier this year.", P, "earlier this year", "2026-01-01", Y, "past"),
    # counted shifts
    ("It began two days ago.", dt.date(2026, 3, 1), "two days ago", "2026-02-27", D, "past"),
    ("It began two weeks ago.", dt.date(2026, 1, 5), "two weeks ago", "2025-12-22", W, "past"),
    ("It began three months ago.", dt.date(2026, 2, 15), "three months ago", "2025-11-01", M, "past"),
    ("It began a year ago.", P, "a year ago", "2025-01-01", Y, "past"),
    ("A decision is due in two weeks' time.", dt.date(2026, 12, 25), "in two weeks' time", "2027-01-04", W, "future"),
    ("Troops will withdraw in 3 days.", P, "in 3 days", "2026-03-07", D, "future"),
    # vague wording: a relation, no date
    ("Talks will resume soon.", P, "soon", None, U, "future"),
    ("More are expected in the coming days.", P, "in the coming days", None, U, "future"),
    ("Strikes intensified in recent weeks.", P, "in recent weeks", None, U, "past"),
    ("He recently resigned.", P, "recently", None, U, "past"),
    ("Talks intensified in recent days.", P, "in recent days", "2026-03-02", W, "past"),  # the days before P
    ("It began a few days ago.", P, "a few days ago", None, U, "past"),
    # a month or day with "last year", "next year"
    ("In November last year, both sides agreed.", P, "November last year", "2025-11-01", M, "absolute"),
    ("The vote is due in May next year.", P, "May next year", "2027-05-01", M, "absolute"),
    ("The vote will take place in the second half of 2027.", P, "2027", "2027-01-01", Y, "absolute"),
    ("Output fell in the first quarter of 2024.", P, "2024", "2024-01-01", Y, "absolute"),
    ("The reform is due by the end of 2027.", P, "the end of 2027", "2027-12-25", MP, "absolute"),
    ("Talks resume at the start of 2028.", P, "the start of 2028", "2028-01-05", MP, "absolute"),
    ("Kenya must leave the port by Friday.", P, "Friday", "2026-03-06", D, "future"),
    ("It was signed on March 3 last year.", P, "March 3 last year", "2025-03-03", D, "absolute"),
    # a day of the month alone, as agencies write it: this month, or last month when still ahead
    ("The envoy issued a statement on the 2nd.", P, "2nd", "2026-03-02", D, "past"),
    ("The envoy left Nairobi on the 25th.", P, "25th", "2026-02-25", D, "past"),
    ("The envoy will return on the 2nd.", P, "2nd", "2026-04-02", D, "future"),
    # a month or day after P's month, told as past: the year before
    ("Xi visited Riyadh in December.", P, "December", "2025-12-01", M, "past"),
    ("The pact was signed on December 12.", P, "December 12", "2025-12-12", D, "past"),
    ("Rebels began attacks in support of their ally after a raid on the town of Abeche on Oct. 7 triggered the war.",
     P, "Oct. 7", "2025-10-07", D, "past"),  # the happening the day ends is the subject of a past verb
    ("Talks on Oct. 7 will decide it.", P, "Oct. 7", "2026-10-07", D, "absolute"),
    ("Kenya has been fighting Zelbrook since the militant group's Oct. 7 attack.", P, "Oct. 7", "2025-10-07", D,
     "past"),
    ("In December Kenya launched a naval mission, and later it warned they would pay.", P, "December",
     "2025-12-01", M, "past"),  # an opening time takes the tense of the first verb after it
    ("On Oct. 7 Kenya launched a mission, and it warned they would pay.", P, "Oct. 7", "2025-10-07", D, "past"),
    ("In December the ministers will meet in Oslo.", P, "December", "2026-12-01", M, "absolute"),
    ("Okafor declared Saturday a day of national mourning.", P, "Saturday", "2026-03-07", D, "future"),
    ("Okafor declared that Saturday would be a day of national mourning.", P, "Saturday", "2026-03-07", D, "future"),
    ("Okafor ordered flags flown at half-staff until sunset on Sunday.", P, "Sunday", "2026-03-08", D, "future"),
    ("Kenya has agreed to keep the route open until its contract with Norway runs out at the end of December.", P,
     "the end of December", "2026-12-25", MP, "absolute"),  # what a past verb agreed to is ahead of it
    ("Oslo said Kowalski had accepted an invitation to make a state visit in November.", P, "November", "2026-11-01",
     M, "absolute"),
    ("The vote cleared the way for a truce to begin on Sunday.", P, "Sunday", "2026-03-08", D, "future"),
    ("Unions called a general strike for Thursday.", P, "Thursday", "2026-03-05", D, "future"),
    ("The agency said it expected the cable to be repaired by Sunday.", P, "Sunday", "2026-03-08", D, "future"),
    ("Tensions grew over plans to merge the forces, a key condition of a deal signed in December.", P, "December",
     "2025-12-01", M, "past"),  # the past verb after the future cue governs the month
    ("The ceremony had been scheduled for Thursday.", P, "Thursday", "2026-02-26", D, "past"),
    ("Some were left off the guest list for Monday's talks.", P, "Monday", "2026-03-02", D, "past"),
    ("The summit is held in December.", P, "December", "2026-12-01", M, "absolute"),
    ("He said the summit would be held in December.", P, "December", "2026-12-01", M, "absolute"),
    # a weekday in a reported future ("would") is ahead
    ("The office said the two would meet on Thursday.", P, "Thursday", "2026-03-05", D, "future"),
    ("The office said on Thursday the two would meet.", P, "Thursday", "2026-02-26", D, "past"),
    ("The talks will be difficult, Okafor told reporters on Thursday.", SAT, "Thursday", "2026-03-05", D, "past"),
    ("The talks will be difficult, Okafor told the BBC on Thursday.", SAT, "Thursday", "2026-03-05", D, "past"),
    ("The talks are slated to take place on Thursday.", TUE, "Thursday", "2026-03-05", D, "future"),
    ("A truce starting Saturday was agreed.", WED, "Saturday", "2026-03-07", D, "future"),
    ("That same day, he confirmed it.", P, "That same day", None, U, "narrative"),
    ("The incident happened on Christmas.", SAT, "on Christmas", "2025-12-25", D, "past"),
    ("He flies home on New Year's Eve.", P, "on New Year's Eve", "2026-12-31", D, "future"),
    ("Christmas Day was quiet.", P, "Christmas Day", "2025-12-25", D, "past"),
    ("Crowds gathered on Easter Sunday.", dt.date(2026, 4, 7), "on Easter Sunday", "2026-04-05", D, "past"),
    ("Crowds gathered on Easter Monday.", P, "on Easter Monday", "2025-04-21", D, "past"),  # 2026's is ahead
    ("He will speak on Good Friday.", P, "on Good Friday", "2026-04-03", D, "future"),
    ("The churches were bombed on Easter Sunday 2019.", P, "on Easter Sunday 2019", "2019-04-21", D, "absolute"),
    ("The guns fell silent on Orthodox Easter.", dt.date(2025, 4, 30), "on Orthodox Easter", "2025-04-20", D, "past"),
    ("A week ago, strikes killed 16 commanders.", P, "A week ago", "2026-02-25", D, "past"),
    ("A lull began less than a week ago.", P, "a week ago", "2026-02-23", W, "past"),
    ("She was killed in a botched 1991 police raid.", P, "1991", "1991-01-01", Y, "absolute"),
    ("Exercises open in Belarus and western Russia on Friday.", P, "Friday", "2026-03-06", D, "future"),
    ("Polling stations open at 7 a.m. on Sunday and close at 9 p.m.", P, "Sunday", "2026-03-08", D, "future"),
    ("U.S. planes flew from the base between 1999 and 2009.", P, "1999", "1999-01-01", Y, "absolute"),
    ("The deadline falls on Thursday, the holiday.", P, "Thursday", "2026-03-05", D, "future"),
    ("Okafor, speaking at his end-of-year news conference on Thursday, said no.", P, "Thursday", "2026-02-26", D,
     "past"),
    ("Poland would close its border, rail crossings included, from Friday.", P, "Friday", "2026-03-06", D,
     "future"),
    ("Okafor has promised elections by late September.", P, "late September", "2026-09-25", MP, "future"),
    ("The bench directed that Okafor appear before the court on Friday.", P, "Friday", "2026-03-06", D, "future"),
    ("The court ordered him to appear on Monday.", P, "Monday", "2026-03-09", D, "future"),
    ("The court on Monday ordered him to appear.", P, "Monday", "2026-03-02", D, "past"),
    ("The speaker has called parliament to convene on January 9.", P, "January 9", "2027-01-09", D, "future"),
    ("Okafor called Kowalski on January 9 to discuss the crisis.", P, "January 9", "2026-01-09", D, "absolute"),
    ("The government called the vote a fraud on Sunday.", P, "Sunday", "2026-03-01", D, "past"),
    ("A new leader should be in place by the party conference in October.", P, "October", "2026-10-01", M,
     "absolute"),
    ("Okafor called for a nationwide strike on Friday.", P, "Friday", "2026-03-06", D, "future"),
    ("Okafor urged supporters to rally outside parliament on Saturday.", P, "Saturday", "2026-03-07", D, "future"),
    ("The parties agreed in Geneva to meet again in May.", P, "May", "2026-05-01", M, "absolute"),
    ("Okafor would not comment on the report on Monday.", P, "Monday", "2026-03-02", D, "past"),
    ("Kenya asked for talks, and the council is due to hold closed-door consultations on Thursday.", P, "Thursday",
     "2026-03-05", D, "future"),  # "closed-door" is no past verb
    ("Kenya asked for talks, and the council re-elected its chair on Thursday.", P, "Thursday", "2026-02-26", D,
     "past"),  # but "re-elected" is one
    ("The militia, which is backed by Lamu, took Arendal, the largest town, in late January.", dt.date(2025, 6, 19),
     "late January", "2025-01-25", MP, "absolute"),  # a passive's "by" is no deadline
    ("The rebels must leave the town by late January.", dt.date(2025, 6, 19), "late January", "2026-01-25", MP,
     "future"),
    ("The meeting was pushed back to Tuesday because the winner was unclear.", P, "Tuesday", "2026-03-10", D,
     "future"),  # a day put off to is ahead
    ("Kenya will lift the curbs it has imposed since Feb. 2.", dt.date(2025, 5, 12), "Feb. 2", "2025-02-02", D,
     "absolute"),  # "since" a day: gone by, whatever the tense
    ("Kenya will lift the curbs it has imposed since February.", dt.date(2025, 5, 12), "February",
     "2025-02-01", M, "absolute"),
    ("Diplomats said the council would meet behind closed doors on Friday.", P, "Friday", "2026-03-06", D,
     "future"),  # "closed" before a noun after a preposition: no past verb
    ("Officials ordered schools, banks and offices to stay closed on Friday.", P, "Friday", "2026-03-06", D,
     "future"),  # the day of the state ordered, ahead of the ordering
    ("The two agreed to inaugurate a joint transition team by Friday, Okafor said.", P, "Friday", "2026-03-06", D,
     "future"),
    ("Okafor faces a general election on Sunday.", P, "Sunday", "2026-03-08", D, "future"),
    ("The attack came ahead of the snap election due on Feb. 23.", dt.date(2024, 12, 21), "Feb. 23", "2025-02-23", D,
     "future"),  # a thing due on a day: ahead, though told in the past
    ("Kenya hosts a summit in Nairobi in November, which Okafor has suggested he may skip.", dt.date(2025, 5, 22),
     "November", "2025-11-01", M, "absolute"),  # a timetable in the present: this year's November
]

# bare / "on" weekday: the nearest such day on or before the article date
PAST_SATURDAY = [(MON, "2026-02-28"), (TUE, "2026-02-28"), (WED, "2026-02-28"), (THU, "2026-02-28"),
                 (FRI, "2026-02-28"), (SAT, "2026-03-07"), (SUN, "2026-03-07"), (dt.date(2026, 1, 1), "2025-12-27")]
# with a future cue: the nearest such day on or after
FUTURE_SATURDAY = [(MON, "2026-03-07"), (TUE, "2026-03-07"), (WED, "2026-03-07"), (THU, "2026-03-07"),
                   (FRI, "2026-03-07"), (SAT, "2026-03-07"), (SUN, "2026-03-14")]
# "last Friday": strictly before, and not yesterday (a Saturday's copy would say "on Friday")
LAST_FRIDAY = [(MON, "2026-02-27"), (TUE, "2026-02-27"), (WED, "2026-02-27"), (THU, "2026-02-27"),
               (FRI, "2026-02-27"), (SAT, "2026-02-27"), (SUN, "2026-03-06"), (dt.date(2026, 1, 1), "2025-12-26")]
# "next Tuesday": strictly after, and not tomorrow (a Monday's copy would say "on Tuesday"); "this Tuesday": on
# or after
NEXT_TUESDAY = [(MON, "2026-03-10"), (TUE, "2026-03-10"), (WED, "2026-03-10"), (THU, "2026-03-10"),
                (FRI, "2026-03-10"), (SAT, "2026-03-10"), (SUN, "2026-03-10")]
CASES += [("Protesters gathered on Saturday.", base, "Saturday", iso, D, "past") for base, iso in PAST_SATURDAY]
CASES += [("Iran said Saturday it had fired.", base, "Saturday", iso, D, "past") for base, iso in PAST_SATURDAY[:3]]
CASES += [("Talks will resume on Saturday.", base, "Saturday", iso, D, "future") for base, iso in FUTURE_SATURDAY]
CASES += [("The strike began last Friday.", base, "last Friday", iso, D, "past") for base, iso in LAST_FRIDAY]
CASES += [("They meet next Tuesday.", base, "next Tuesday", iso, D, "future") for base, iso in NEXT_TUESDAY]
CASES += [
    ("They meet this Tuesday.", TUE, "this Tuesday", "2026-03-03", D, "future"),
    ("They meet this Tuesday.", WED, "this Tuesday", "2026-03-10", D, "future"),
    ("He said on Saturday that talks will resume.", WED, "Saturday", "2026-02-28", D, "past"),
    ("On Monday, both leaders signed a deal under which lenders will pay.", WED, "Monday", "2026-03-02", D, "past"),
    ("The talks, which will take place in Geneva on Monday, follow a truce.", WED, "Monday", "2026-03-09", D,
     "future"),
    ("Protesters gathered on Saturday morning.", WED, "Saturday morning", "2026-02-28", D, "past"),
    ("His last speech, on Thursday of last week, vowed revenge.", WED, "Thursday of last week", "2026-02-26", D,
     "past"),  # that weekday of the week before, not this week's
    ("The strike began on Monday last week.", WED, "Monday last week", "2026-02-23", D, "past"),
    ("They meet on Tuesday next week.", WED, "Tuesday next week", "2026-03-10", D, "future"),
    ("The dam was breached overnight from Monday to Tuesday.", WED, "overnight from Monday to Tuesday",
     "2026-03-03", D, "past"),  # the night's morning, the day the news is of
    ("It collapsed on the night of Sunday to Monday.", WED, "on the night of Sunday to Monday", "2026-03-02", D,
     "past"),
    # a month after the publication's, in a sentence told in the past: last year's
    ("In late December, Kenya accused Norway of attacking its forces.", P, "late December", "2025-12-25", MP,
     "past"),
    ("In October, Okafor said Kenya “will not accept it”.", P, "October", "2025-10-01", M, "past"),
    ("The leader went to the airport to receive her in September.", P, "September", "2025-09-01", M, "past"),
    # seasons: their year only
    ("Okafor will visit Oslo in the autumn.", P, "in the autumn", "2026-01-01", Y, "present"),
    ("Talks resume next spring.", P, "next spring", "2027-01-01", Y, "future"),
    ("Agents kidnapped 17 people in the 1970s and 1980s.", P, "the 1970s", "1970-01-01", Precision.DECADE, "absolute"),
    ("Okafor will carry on her duties this week.", SUN, "this week", "2026-03-09", Precision.WEEK, "present"),
    ("Okafor met Kowalski this week.", SUN, "this week", "2026-03-02", Precision.WEEK, "present"),
    ("Troops withdrew in the fall of 2020, officials said.", P, "the fall of 2020", "2020-01-01", Y, "absolute"),
    ("Norway signed the accord in autumn 2018.", P, "autumn 2018", "2018-01-01", Y, "absolute"),
    ("They have fought since the late 1980s.", P, "the late 1980s", "1980-01-01", Precision.DECADE, "absolute"),
    ("Okafor said he looked forward to welcoming him to Lagos on 24 June.", P, "24 June", "2026-06-24", D,
     "absolute"),  # looking forward: a day ahead, though told in the past
    ("The navy is holding two survivors after a strike on Monday against a boat.", P, "Monday", "2026-03-02", D,
     "past"),  # the present tense of the holding, the strike's day gone by
    ("Its crews reported drone attacks in the past week.", P, "the past week", "2026-02-23", Precision.WEEK,
     "past"),  # the week before, as "last week"
]

UNDATED = [
    ("It began in mid-February.", "mid-February", FuzzyDate(None, 2, 15, MP)),
    ("Talks opened on March 3.", "March 3", FuzzyDate(None, 3, 3, D)),
    ("Prices fell in February.", "February", FuzzyDate(None, 2, 1, M)),
    ("It was signed on 3 March 2026.", "3 March 2026", FuzzyDate(2026, 3, 3, D)),
    ("This happened in 2025.", "2025", FuzzyDate(2025, None, None, Y)),
    ("He spoke yesterday.", "yesterday", FuzzyDate.unknown()),
    ("Protesters gathered on Saturday.", "Saturday", FuzzyDate.unknown()),
    ("Talks resume next week.", "next week", FuzzyDate.unknown()),
    ("Prices rose last month.", "last month", FuzzyDate.unknown()),
    ("It started last May.", "last May", FuzzyDate.unknown()),
    ("It began two days ago.", "two days ago", FuzzyDate.unknown()),
    ("Growth slowed last year.", "last year", FuzzyDate.unknown()),
]

NOTHING = [
    "It was unclear how soon the U.S. might act, as soon as possible.",
    "The ties matter more than ever to respond to today's crises.",
    "It marked the 10th anniversary of the accord on the 10th floor.",
    "Soldiers escorted protesters into May 13 Square.", "the 30 June Stadium",
    "We are doing our best.", "the march on the capital", "March on the capital!", "You may leave.",
    "interests, big or small, that may impede its progress", "They led that march to the palace.",
    "May I ask a question?", "He sat down.", "Sat down, he waited.", "It ran in a Sunday newspaper.",
    "The Sunday Times reported it.", "He goes to church every Sunday.", "the Good Friday Agreement",
    "Wednesdays are quiet.", "The troops will march 3 miles.", "He flew to Mar-a-Lago.", "an army of 2000 soldiers",
    "the recent strikes", "soon after the attack", "as soon as possible", "shortly before midnight",
    "They agreed in two days of talks.", "The 2231 April resolution.", "Seen in 1500.",
    "The guns fall silent from 1700 hours IST.", "Firing stops at 1800 GMT.", "Christmas markets opened.",
    "since the Good Friday Agreement", "after Easter Sunday attacks", "the Easter Sunday bombings",
    "It recalled the last 2000 soldiers.",
]


@pytest.mark.parametrize("sentence, base, text, iso, precision, relation", CASES)
def test_resolves(sentence, base, text, iso, precision, relation):
    found = find_time_expressions(sentence, base)
    assert [e.text for e in found] == [text]
    expr = found[0]
    assert (expr.date.iso(), expr.date.precision, expr.relation) == (iso, precision, relation)
    assert sentence[expr.start:expr.end] == text


@pytest.mark.parametrize("sentence, text, date", UNDATED)
def test_undated_article_never_invents_a_date(sentence, text, date):
    assert [(e.text, e.date) for e in find_time_expressions(sentence, None)] == [(text, date)]


@pytest.mark.parametrize("sentence", NOTHING)
def test_finds_nothing(sentence):
    found = find_time_expressions(sentence, P)
    assert found == ()


def test_several_expressions_sorted_and_not_overlapping():
    sentence = "On Saturday, Iran said talks on Tuesday, March 3 would resume in mid-February and next week."
    found = find_time_expressions(sentence, P)
    assert [e.text for e in found] == ["Saturday", "Tuesday, March 3", "mid-February", "next week"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


FRAGMENTS = ["on ", "in ", "last ", "next ", "this ", "early ", "mid-", "the end of ", "Saturday", "March", "May",
             "3", "2026", "2026-02-01", "week", "month", "year", "yesterday", "ago", "two ", "days ", "will ", " ",
             ",", ".", "'s time", "soon", "ſunday", "İn 2025", "٢٠٢٥"]


def _check(sentence: str, base: dt.date | None) -> None:
    found = find_time_expressions(sentence, base)
    assert all(isinstance(e, TimeExpression) for e in found)
    for expr in found:
        assert 0 <= expr.start <= expr.end <= len(sentence)
        assert sentence[expr.start:expr.end] == expr.text
        assert expr.relation in {"past", "present", "future", "absolute", "narrative"}
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


@settings(max_examples=300, deadline=None)
@given(st.text(), st.one_of(st.none(), st.dates()))
def test_any_text_never_raises_and_spans_match(sentence, base):
    _check(sentence, base)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12).map("".join), st.one_of(st.none(), st.dates()))
def test_date_like_text_at_any_date_never_raises(sentence, base):
    _check(sentence, base)


@pytest.mark.parametrize("sentence, text, shift", [
    ("Velan departed shortly after, with Kowalski posting on social media.", "shortly after", 0),
    ("Shortly after, state TV said there was no sign of life.", "Shortly after", 0),
    ("Soon afterwards, the army withdrew.", "Soon afterwards", 0),
    ("Hours later, the army withdrew.", "Hours later", 0),
    ("Two days later, the army withdrew.", "Two days later", 2),
    ("The day after, the army withdrew.", "The day after", 1),
    ("By evening, crowds had gathered in the square.", "By evening", 0),
    ("In the afternoon, the army withdrew.", "In the afternoon", 0),
    ("“We keep our word,” Okafor wrote at the time.", "at the time", 0),
    ("named an army general as prime minister a week later", "a week later", 7),  # a clause ends with it
    ("the army withdrew two days later", "two days later", 2),
    ("the army had withdrawn the day before", "the day before", -1),
    ("Shortly before that, he had received the envoy.", "Shortly before that", 0),
    ("Early in the day Okafor had voted at a school.", "Early in the day", 0),
    ("Two days after that, the army withdrew.", "Two days after that", 2),
])
def test_a_narrative_time_shifts_from_the_time_the_text_has_reached_by_its_days(sentence, text, shift):
    found, = find_time_expressions(sentence, P)
    assert (found.text, found.relation, found.shift) == (text, "narrative", shift)


@pytest.mark.parametrize("sentence, iso", [
    ("On August 14, border guards detained two men who had crossed the river.", "2022-08-14"),
    ("In July, the Kenyan army shot down three drones near the border.", "2022-07-01"),
    ("On August 14, Kenya will host the talks.", "2023-08-14"),
    ("Kenya said the commanders had agreed to hold fire until the committee meets on Aug. 4.", "2023-08-04"),
])
def test_a_yearless_month_opening_a_sentence_told_in_the_past_is_last_year_s(sentence, iso):
    assert find_time_expressions(sentence, dt.date(2023, 3, 10))[0].date.iso() == iso


@pytest.mark.parametrize("sentence, iso", [
    ("A summit planned for June 27 in Oslo was called off after Lena Okafor fell ill.", "2020-06-27"),
    ("Officials declined to say whether the deal would survive if Okafor lost the election in November.",
     "2020-11-01"),
])
def test_a_plan_called_off_is_this_year_s_and_a_condition_is_told_ahead(sentence, iso):
    assert find_time_expressions(sentence, dt.date(2020, 9, 5))[-1].date.iso() == iso


@pytest.mark.parametrize("sentence, iso", [
    ("She had been sentenced on Aug. 4 to nine years in prison.", "2022-08-04"),
    ("Kenya formally takes over the rotating chair on April 1.", "2023-04-01"),
])
def test_a_past_perfect_passive_is_past_and_taking_over_is_a_timetable(sentence, iso):
    assert find_time_expressions(sentence, dt.date(2023, 3, 10))[0].date.iso() == iso


def test_a_month_of_that_year_is_told_from_the_narrative():
    found = find_time_expressions("IAEA experts have been stationed there since September of that year.", P)
    assert [(e.text, e.anaphoric) for e in found] == [("September of that year", True)]


@pytest.mark.parametrize("sentence, dates", [
    ("The two-day visit, set for Sunday and Monday, was called off.", ["2026-03-08", "2026-03-09"]),
    ("Talks were held on Monday and Tuesday.", ["2026-03-02", "2026-03-03"]),
])
def test_a_day_paired_with_the_one_before_it_lies_on_the_same_side_of_today(sentence, dates):
    assert [e.date.iso() for e in find_time_expressions(sentence, WED)] == dates


@pytest.mark.parametrize("sentence, iso", [
    ("The president declared the Games open late on Friday after a drenched ceremony.", "2024-07-26"),
    ("The exhibition opens on Friday.", "2024-08-02"),
    ("The Arendal Prize Committee announces this year's winner on Friday.", "2024-08-02"),
])
def test_declaring_a_thing_open_is_a_deed_and_opening_a_timetable(sentence, iso):
    assert find_time_expressions(sentence, dt.date(2024, 7, 27))[-1].date.iso() == iso


@pytest.mark.parametrize("sentence, iso", [
    ("Flight 81 left Arendal for Lamu, the capital of the northern region of Kowal, which borders three states, "
     "on the morning of Dec. 25.", "2024-12-25"),
    ("Norway, which won a seat on the council in March, holds parliamentary elections on October 26.", "2025-10-26"),
    ("The summit will be held on Dec. 3.", "2025-12-03"),
])
def test_a_yearless_day_far_ahead_told_in_the_past_is_last_year_s(sentence, iso):
    assert find_time_expressions(sentence, dt.date(2025, 2, 5))[-1].date.iso() == iso


def test_a_day_something_is_now_moving_to_lies_ahead():
    found = find_time_expressions("The row is now shifting to Sunday's closing ceremony.", dt.date(2025, 11, 20))
    assert [(e.text, e.date.iso()) for e in found] == [("Sunday", "2025-11-23")]


def test_a_semicolon_ends_the_past_tense_that_governs_a_yearless_day():
    found = find_time_expressions("Norway imposed a tariff on Kowal goods in January, then suspended it for 90 days; "
                                  "the pause expires on July 8.", dt.date(2025, 6, 6))
    assert [(e.text, e.date.iso()) for e in found] == [("January", "2025-01-01"), ("July 8", "2025-07-08")]


@pytest.mark.parametrize("sentence, iso", [
    ("Okafor flew to Lamu, where he presented the plan to Velan on Thursday.", "2025-11-20"),
    ("Okafor plans to travel to Lamu on Thursday.", "2025-11-27"),
    ("The plan to meet on Thursday stands.", "2025-11-27"),
])
def test_a_plan_handed_to_someone_is_no_future(sentence, iso):
    assert find_time_expressions(sentence, dt.date(2025, 11, 22))[-1].date.iso() == iso


@pytest.mark.parametrize("sentence, dates", [
    ("She served as prime minister from January to May 2024.", ["2024-01-01", "2024-05-01"]),
    ("The talks ran from Jan. 5 to Feb. 3, 2024.", ["2024-01-05", "2024-02-03"]),
    ("The drought lasted from December to February 2024.", ["2023-12-01", "2024-02-01"]),
])
def test_the_first_end_of_a_range_takes_the_year_written_at_the_second(sentence, dates):
    assert [e.date.iso() for e in find_time_expressions(sentence, dt.date(2025, 8, 9))] == dates


def test_the_following_weekday_is_told_from_the_narrative():
    (expression,) = find_time_expressions("The following Monday, the court met.", dt.date(2025, 6, 28))
    assert (expression.text, expression.anaphoric) == ("The following Monday", True)


def test_a_day_proposed_after_a_gerund_is_ahead_of_the_proposal():
    (expression,) = find_time_expressions("The council proposed holding a snap election on Oct. 29.",
                                          dt.date(2025, 6, 4))
    assert expression.date.iso() == "2025-10-29"


def test_a_weekday_after_a_past_participle_and_late_on_is_past_though_the_sentence_tells_a_plan():
    found = find_time_expressions("Okafor and Velan will contest the runoff on October 19, preliminary results "
                                  "released late on Sunday showed.", P)
    assert [(e.text, e.date.iso(), e.relation) for e in found][-1] == ("Sunday", "2026-03-01", "past")


@pytest.mark.parametrize("sentence, iso", [
    ("Okafor was sworn in on November 8 in Lamu.", "2025-11-08"),
    ("Okafor will be sworn in on November 8 in Lamu.", "2026-11-08"),
    ("Okafor was born on November 8 in Lamu.", "2025-11-08"),
])
def test_a_yearless_day_after_an_irregular_past_participle_is_last_year_s(sentence, iso):
    assert find_time_expressions(sentence, P)[0].date.iso() == iso
