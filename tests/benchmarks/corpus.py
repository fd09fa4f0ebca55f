"""Deterministic synthetic news corpora for the benchmark (not a test module).

Articles are raw ``.txt`` in the shape of ``seeds/*.txt``: a title line, a
``YYYY-MM-DD - HH:MM`` date line (a few are undated, like a seed), then 5–9
lines of one paragraph each, ~400–600 words, sometimes a subheading line.

The point is realistic *extraction load* and realistic *numbers of entity
pages*, not prose. So the text is dense with what the rule-based extractor
looks for: titled people ("Foreign Minister Amara Okafor"), appositive roles
(", Secretary of the Gulf Maritime Safety Council,"), quotes with speakers,
role references ("Iran’s foreign minister"), real countries, demonyms,
capitals, cities and seas, organisations with acronym definitions, and time
expressions ("on Tuesday", "last week", "in mid-March", "on 3 April").

A fixed *world* (people, organisations, storylines) is drawn once from
``random.Random("world-<seed>")``; article ``i`` is drawn from
``random.Random("article-<seed>-<i>")``. Storylines and people are picked with
Zipf-like weights, so a few recur in many articles and most appear in few,
as in a real news archive: the number of actor pages grows sub-linearly with
the corpus. Corpus N is a prefix of corpus M > N (same article i), so sizes
are comparable.
"""
from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from pathlib import Path

# (country as written, demonym, capital, other cities). All known to the gazetteer
# (checked by ``check_gazetteer``).
COUNTRIES: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("Türkiye", "Turkish", "Ankara", ("Istanbul", "Izmir")),
    ("Iran", "Iranian", "Tehran", ("Isfahan", "Mashhad")),
    ("Iraq", "Iraqi", "Baghdad", ("Mosul", "Erbil")),
    ("Saudi Arabia", "Saudi", "Riyadh", ("Jeddah", "Dammam")),
    ("Qatar", "Qatari", "Doha", ()),
    ("Egypt", "Egyptian", "Cairo", ("Alexandria",)),
    ("Israel", "Israeli", "Jerusalem", ("Tel Aviv", "Haifa")),
    ("Jordan", "Jordanian", "Amman", ()),
    ("Lebanon", "Lebanese", "Beirut", ()),
    ("Syria", "Syrian", "Damascus", ("Aleppo",)),
    ("Oman", "Omani", "Muscat", ()),
    ("United Arab Emirates", "Emirati", "Abu Dhabi", ("Dubai",)),
    ("Kuwait", "Kuwaiti", "Kuwait City", ()),
    ("Yemen", "Yemeni", "Sanaa", ("Aden",)),
    ("Pakistan", "Pakistani", "Islamabad", ("Karachi", "Lahore")),
    ("India", "Indian", "New Delhi", ("Mumbai", "Chennai")),
    ("China", "Chinese", "Beijing", ("Shanghai", "Guangzhou")),
    ("Japan", "Japanese", "Tokyo", ("Osaka",)),
    ("South Korea", "South Korean", "Seoul", ("Busan",)),
    ("Philippines", "Filipino", "Manila", ("Cebu City",)),
    ("Indonesia", "Indonesian", "Jakarta", ("Surabaya",)),
    ("Malaysia", "Malaysian", "Kuala Lumpur", ()),
    ("Vietnam", "Vietnamese", "Hanoi", ("Ho Chi Minh City",)),
    ("Thailand", "Thai", "Bangkok", ()),
    ("Australia", "Australian", "Canberra", ("Sydney", "Perth")),
    ("Russia", "Russian", "Moscow", ("Saint Petersburg",)),
    ("Ukraine", "Ukrainian", "Kyiv", ("Odesa", "Kharkiv")),
    ("Poland", "Polish", "Warsaw", ("Krakow", "Gdansk")),
    ("Germany", "German", "Berlin", ("Munich", "Hamburg")),
    ("France", "French", "Paris", ("Marseille", "Lyon")),
    ("United Kingdom", "British", "London", ("Manchester",)),
    ("Italy", "Italian", "Rome", ("Milan", "Naples")),
    ("Spain", "Spanish", "Madrid", ("Barcelona",)),
    ("Greece", "Greek", "Athens", ("Thessaloniki",)),
    ("Norway", "Norwegian", "Oslo", ()),
    ("Sweden", "Swedish", "Stockholm", ()),
    ("Finland", "Finnish", "Helsinki", ()),
    ("Romania", "Romanian", "Bucharest", ()),
    ("Hungary", "Hungarian", "Budapest", ()),
    ("Serbia", "Serbian", "Belgrade", ()),
    ("Azerbaijan", "Azerbaijani", "Baku", ()),
    ("Armenia", "Armenian", "Yerevan", ()),
    ("Kazakhstan", "Kazakh", "Astana", ("Almaty",)),
    ("Uzbekistan", "Uzbek", "Tashkent", ()),
    ("Nigeria", "Nigerian", "Abuja", ("Lagos", "Kano")),
    ("Kenya", "Kenyan", "Nairobi", ("Mombasa",)),
    ("Ethiopia", "Ethiopian", "Addis Ababa", ()),
    ("Sudan", "Sudanese", "Khartoum", ("Port Sudan",)),
    ("South Africa", "South African", "Pretoria", ("Johannesburg", "Cape Town")),
    ("Morocco", "Moroccan", "Rabat", ("Casablanca",)),
    ("Algeria", "Algerian", "Algiers", ("Oran",)),
    ("Libya", "Libyan", "Tripoli", ("Benghazi",)),
    ("Senegal", "Senegalese", "Dakar", ()),
    ("Ghana", "Ghanaian", "Accra", ()),
    ("Brazil", "Brazilian", "Brasília", ("São Paulo", "Rio de Janeiro")),
    ("Argentina", "Argentinean", "Buenos Aires", ("Córdoba",)),
    ("Mexico", "Mexican", "Mexico City", ("Monterrey", "Guadalajara")),
    ("Colombia", "Colombian", "Bogotá", ("Medellín",)),
    ("Chile", "Chilean", "Santiago", ()),
    ("Peru", "Peruvian", "Lima", ()),
    ("Venezuela", "Venezuelan", "Caracas", ()),
    ("Canada", "Canadian", "Ottawa", ("Toronto", "Vancouver")),
    ("United States", "American", "Washington", ("New York City", "Chicago")),
]

SEAS = ["Red Sea", "Black Sea", "Mediterranean Sea", "South China Sea", "Persian Gulf", "Gulf of Aden",
        "Baltic Sea", "Arabian Sea", "Caspian Sea", "Strait of Hormuz", "Aegean Sea", "North Sea",
        "East China Sea", "Taiwan Strait", "Gulf of Oman", "Strait of Malacca"]

FIRST_NAMES = """Amara Tomasz Leila Hiroshi Ingrid Kwame Sofia Rashid Elena Mateo Aiko Dmitri Fatima Lars Chiara
Oluwaseun Mehmet Yara Anders Priya Javier Nadia Kenji Astrid Samuel Zainab Pavel Lucia Omar Hanna Rafael Mei
Yusuf Greta Diego Amina Viktor Isabel Tariq Freya Joaquim Noor Stefan Camila Emeka Sunita Bogdan Paloma Karim
Sigrid Thabo Leticia Arash Marta Haruto Ines Farid Katarina Andres Salma Milos Beatriz Nikolai Aisha Henrik
Valentina Chidi Rania Jonas Aurelio Keiko Bashir Olga Santiago Layla Mikael Ximena Reza Dagny Obinna Soraya
Emil Graciela Anwar Liesel Rodrigo Nasrin Tobias Renata Ayodele Hamid Elif Gustavo Dalia Oskar Carmen Ilya
Zeynep Sebastian Amal Jakub Pilar Hassan Ewa Florian Yasmin Ngozi Marek Luz Adnan Ruth Kofi Irina Mustafa
Solveig Enrique Hala Wojciech Gabriela Baraka Sina Margit Esteban Lina Chinedu Vera Khalid Agnieszka""".split()  # noqa: SIM905

LAST_NAMES = """Okafor Nowak Haddad Tanaka Lindqvist Mensah Rossi Karimi Petrova Fernandez Sato Volkov Rahman
Johansson Bianchi Adeyemi Yilmaz Nasser Eriksen Sharma Morales Aziz Watanabe Berg Kariuki Hussein Dvorak
Moreno Farouk Schmidt Alvarez Chen Demir Keller Ortega Diallo Ivanov Castillo Qureshi Nilsen Almeida Tahir
Weber Cardoso Obi Mehta Kovacs Navarro Mansour Holm Ndlovu Ferreira Hosseini Ruiz Nakamura Dubois Salem
Kowalski Mendes Abbasi Lund Okonkwo Barros Suleiman Horvath Vargas Takahashi Jensen Bakr Novak Ramos Darwish
Andersson Eze Costa Rezaei Popescu Herrera Kato Friedman Osei Marino Jaber Larsen Adebayo Gomez Shams Zielinski
Pereira Kamau Richter Fontaine Abdi Moretti Sandoval Yamamoto Haugen Nwosu Toledo Bashir Kruger Salazar
Matsuda Wolff Asante Galli Rahimi Lindgren Okoro Medina Qasim Svensson Achebe Romero Hakimi Brandt Silva
Ozturk Delgado Kimura Strand Ogunleye Vidal Mahmoud Fischer Cruz Ansari Dahl Ugwu Pinto Sadeghi Bauer
Fuentes Ishikawa Aydin Navarrete Mwangi Esposito Nazari Vogel Soto Kobayashi Engstrom Bello Lozano Samadi""".split()  # noqa: SIM905

# Titles the extractor knows (generator/data/lexicon.yml), with the lower-case role word
# that a role reference ("Iran's foreign minister") may use for a holder.
TITLES = [
    ("President", "president"), ("Prime Minister", "prime minister"), ("Foreign Minister", "foreign minister"),
    ("Defence Minister", "defence minister"), ("Finance Minister", "minister"), ("Interior Minister", "minister"),
    ("Energy Minister", "minister"), ("Deputy Prime Minister", "deputy"), ("General", "army chief"),
    ("Admiral", "admiral"), ("Ambassador", "ambassador"), ("Special Envoy", "special envoy"),
    ("Senator", "senator"), ("Governor", "governor"), ("Speaker", "speaker"), ("Commissioner", "commissioner"),
    ("Director-General", "director"), ("Secretary-General", "secretary-general"), ("Chancellor", "chancellor"),
    ("Trade Minister", "minister"),
]

ORG_TOPICS = """Maritime Safety|Energy Cooperation|Atomic Energy|Humanitarian Affairs|Trade and Development|Food
Security|Water Resources|Civil Aviation|Border Protection|Refugee Relief|Nuclear Safety|Migration|Investment|Port
Security|Grain Export|Pipeline Oversight|Fisheries|Critical Minerals|Disaster Response|Election Monitoring|Arms
Control|Cyber Defence|Public Health|Customs|Infrastructure|Climate Finance|Shipping|Counter-Terrorism|Reconstruction|
Debt Relief|Nonproliferation|Peacekeeping|Space Research|Rail Transport|Telecommunications|Anti-Corruption""".replace(
    "\n", " ").split("|")
ORG_PREFIXES = ["International", "Regional", "Joint", "Supreme", "National", "Gulf", "Mediterranean", "Arctic",
                "Sahel", "Andean", "Pacific", "Caspian", "Danube", "Balkan", "Eastern", "African", "Asian",
                "Atlantic", "Nordic", "Continental"]
ORG_HEADS = ["Council", "Agency", "Commission", "Authority", "Committee", "Organisation", "Fund", "Office",
             "Secretariat", "Bank"]

TOPICS = ["maritime security", "grain exports", "a ceasefire", "energy prices", "sanctions relief",
          "a prisoner exchange", "nuclear inspections", "debt restructuring", "border crossings",
          "humanitarian access", "a gas pipeline", "port fees", "fishing rights", "critical minerals",
          "reconstruction funding", "election observers", "refugee returns", "airspace closures",
          "a trade corridor", "arms deliveries", "water sharing", "shipping lanes", "a peace framework"]

QUOTES = [
    "We are ready to talk, but not under threat",
    "The door to diplomacy remains open",
    "Nobody wants a wider war, and nobody should pretend otherwise",
    "This is a serious proposal and it deserves a serious answer",
    "Our patience is not unlimited",
    "We will defend our interests by every lawful means",
    "The process of building a framework for negotiations is progressing",
    "There can be no lasting agreement without guarantees",
    "We expect concrete steps, not statements",
    "The region cannot afford another crisis",
    "We have made more progress in two days than in two years",
    "Any attack will be met with a very harsh response",
    "This is about people who need food and medicine now",
    "We will not sign anything that rewards aggression",
    "The talks were frank and at times difficult",
    "Our delegation came with an open mind",
    "These sanctions hurt ordinary families first",
    "We are not there yet",
    "The ships will stay as long as they are needed",
    "A deal is possible this month if the political will is there",
    "We see this as a first step",
    "Trust has to be rebuilt one agreement at a time",
    "Dialogue is the only realistic option",
    "Our position has not changed",
]

OPENERS = ["amid rising tensions over", "as pressure mounted over", "in a renewed push on",
           "after weeks of deadlock over", "as mediators pressed for progress on", "despite deep divisions over"]

FILLER = [
    "Analysts said the outcome would depend on whether both sides could agree on the order of the first steps.",
    "The talks come after months of stalled contacts and a series of incidents that alarmed shipping companies.",
    "Diplomats cautioned that any agreement would take time to implement and would need outside monitoring.",
    "Markets reacted calmly to the news, although insurers have raised premiums for vessels in the area.",
    "Officials on both sides described the atmosphere as constructive but said major gaps remained.",
    "Humanitarian groups have warned that delays are costing lives and pushing prices beyond the reach of families.",
    "Observers noted that the wording of the joint statement was carefully balanced to avoid assigning blame.",
    "The proposal has been circulated among member states, several of which have asked for more detail.",
    "Critics argued that the plan rewarded brinkmanship and would do little to change behaviour on the ground.",
    "The meeting was the first at this level in more than a year, according to people familiar with the planning.",
    "Several governments have quietly signalled that they would support a monitoring mission if asked.",
    "Business groups said uncertainty over the rules had already delayed contracts worth hundreds of millions.",
    "The opposition accused the government of negotiating in secret and demanded a full briefing to parliament.",
    "Aid workers said convoys were still waiting for clearance at two checkpoints, with fuel running low.",
    "A senior diplomat involved in the contacts said the sequencing of concessions was the main sticking point.",
    "Earlier rounds collapsed over the question of who would verify compliance and how violations would be handled.",
    "The draft text runs to eleven pages and includes an annex on inspections, according to a copy seen by reporters.",
    "Public opinion remains sharply divided, with polls showing a narrow majority in favour of continued talks.",
    "Legal experts noted that any change to the arrangement would require approval by the national assembly.",
    "Insurance rates for cargo ships have doubled since the incidents began, adding to the cost of imports.",
]

HEADINGS = ["Mediators step in", "A narrow path for diplomacy", "Military pressure builds", "What comes next",
            "Divisions at home", "The regional picture", "Sanctions and their limits", "A fragile opening"]

TITLE_VERBS = ["edge toward deal", "clash", "trade warnings", "agree to talk", "stall", "make progress",
               "dig in", "seek common ground", "resume contacts", "break off talks", "hold firm", "signal flexibility"]
KICKERS = ["Update", "Analysis", "Explainer", "Briefing", "Live", "Report", "Dispatch", "Q&A"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
PAST_WHEN = ["on {wd}", "last week", "on {wd} evening", "last {wd}", "yesterday", "earlier this month",
             "on {d} {m}", "in mid-{m}", "in early {m}", "late last month", "two days ago", "last month",
             "on {m} {d}", "this week", "in late {m}"]
FUTURE_WHEN = ["next week", "next {wd}", "in the coming days", "later this month", "next month",
               "on {d} {m}", "in mid-{m}", "in early {m}", "by the end of the month", "on {wd}"]

START = dt.date(2025, 1, 6)
SPAN_DAYS = 455  # dates spread over ~15 months whatever the corpus size
UNDATED_SHARE = 0.05


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    country: int  # index into COUNTRIES
    title: str
    role_word: str
    org: str | None  # an appositive role ("Secretary of the … Council") for some

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass(frozen=True)
class Storyline:
    countries: tuple[int, ...]
    cast: tuple[int, ...]  # indexes into World.people
    orgs: tuple[int, ...]  # indexes into World.orgs
    venue: str  # a city where things happen
    sea: str | None
    topic: str


class World:
    """People, organisations and storylines shared by every article of every corpus size."""

    def __init__(self, seed: int = 7, people: int = 6000, storylines: int = 500):
        rng = random.Random(f"world-{seed}")
        self.orgs = self._orgs(rng)
        self.acronyms = {org: _initials(org) for org in self.orgs}
        self.people: list[Person] = []
        seen = set()
        while len(self.people) < people:
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            if (first, last) in seen:
                continue
            seen.add((first, last))
            title, role_word = rng.choice(TITLES)
            org = rng.randrange(len(self.orgs)) if rng.random() < 0.15 else None
            self.people.append(Person(first, last, _zipf_index(rng, len(COUNTRIES), 0.8), title, role_word,
                                      self.orgs[org] if org is not None else None))
        by_country: dict[int, list[int]] = {}
        for index, person in enumerate(self.people):
            by_country.setdefault(person.country, []).append(index)
        self.storylines: list[Storyline] = []
        for _ in range(storylines):
            countries = tuple(dict.fromkeys(_zipf_index(rng, len(COUNTRIES), 0.8) for _ in range(rng.randint(2, 4))))
            if len(countries) < 2:
                countries = (countries[0], (countries[0] + 1 + rng.randrange(len(COUNTRIES) - 1)) % len(COUNTRIES))
            cast = []
            for country in countries:
                pool = by_country.get(country) or list(range(len(self.people)))
                cast += rng.sample(pool, min(len(pool), rng.randint(1, 3)))
            host = rng.choice(countries + (rng.randrange(len(COUNTRIES)),))
            cities = (COUNTRIES[host][2],) + COUNTRIES[host][3]
            self.storylines.append(Storyline(
                countries=countries, cast=tuple(cast),
                orgs=tuple(rng.sample(range(len(self.orgs)), rng.randint(1, 3))),
                venue=rng.choice(cities), sea=rng.choice(SEAS) if rng.random() < 0.5 else None,
                topic=rng.choice(TOPICS)))

    @staticmethod
    def _orgs(rng: random.Random) -> list[str]:
        orgs = set()
        while len(orgs) < 400:
            orgs.add(f"{rng.choice(ORG_PREFIXES)} {rng.choice(ORG_TOPICS)} {rng.choice(ORG_HEADS)}")
        return sorted(orgs)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[0].isupper())


def _zipf_index(rng: random.Random, n: int, s: float = 1.0) -> int:
    """An index in [0, n) with weight 1/(i+1)^s (cached cumulative weights)."""
    key = (n, s)
    cum = _CUM.get(key)
    if cum is None:
        total, cum = 0.0, []
        for i in range(n):
            total += 1.0 / (i + 1) ** s
            cum.append(total)
        _CUM[key] = cum
    x = rng.random() * cum[-1]
    lo, hi = 0, n - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if cum[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


_CUM: dict[tuple[int, float], list[float]] = {}


class ArticleWriter:
    """Writes article ``i`` of the corpus; titles are kept unique (the generator refuses duplicate slugs)."""

    def __init__(self, world: World, seed: int = 7):
        self.world, self.seed = world, seed
        self.title_keys: set[str] = set()

    def article(self, i: int) -> tuple[str, str]:
        """(file name, text) of article ``i``."""
        rng = random.Random(f"article-{self.seed}-{i}")
        w = self.world
        story = w.storylines[_zipf_index(rng, len(w.storylines), 1.0)]
        date = None if rng.random() < UNDATED_SHARE else START + dt.timedelta(days=rng.randrange(SPAN_DAYS))
        cast = list(story.cast)
        rng.shuffle(cast)
        people = [w.people[p] for p in cast[:rng.randint(2, 4)]]
        # the long tail: people from anywhere in the world, once or twice in the archive
        people += [w.people[_zipf_index(rng, len(w.people), 0.6)] for _ in range(rng.randint(1, 3))]
        people = list(dict.fromkeys(people))
        countries = list(story.countries)
        if rng.random() < 0.6:
            countries.append(_zipf_index(rng, len(COUNTRIES), 0.8))
        countries = list(dict.fromkeys(countries))
        orgs = [w.orgs[o] for o in story.orgs]
        if rng.random() < 0.5:
            orgs.append(w.orgs[_zipf_index(rng, len(w.orgs), 0.9)])
        ctx = _Ctx(rng, date, people, countries, orgs, story, w.acronyms)
        title = self._title(ctx, i)
        paragraphs = [ctx.lead()]
        builders = [ctx.quote_paragraph, ctx.appositive_paragraph, ctx.event_paragraph, ctx.role_paragraph,
                    ctx.venue_paragraph, ctx.org_paragraph, ctx.analysis_paragraph]
        target = rng.randint(5, 9)
        while len(paragraphs) < target:
            paragraphs.append(rng.choice(builders)())
        lines = [title]
        if date is not None:
            lines.append(f"{date.isoformat()} - {rng.randint(5, 23):02d}:{rng.choice((0, 15, 30, 45)):02d}")
        for n, paragraph in enumerate(paragraphs):
            if n in (3, 6) and rng.random() < 0.4:
                lines.append(rng.choice(HEADINGS))
            lines.append(paragraph)
        name = f"{i:05d}_{rng.getrandbits(64):016x}.txt"
        return name, "\n".join(lines) + "\n"

    def _title(self, ctx: _Ctx, i: int) -> str:
        """A headline whose page name (first 10 words, slugified, 80 characters) is new in the corpus.

        A popular storyline runs to hundreds of articles, so the headline varies its verb, person,
        place and angle; if it still collides, an early kicker ("Update 3:") makes it unique."""
        rng = ctx.rng
        a, b = COUNTRIES[ctx.countries[0]][0], COUNTRIES[ctx.countries[1]][0]
        demonym = COUNTRIES[ctx.countries[0]][1]
        topic, venue = ctx.story.topic, ctx.story.venue
        for attempt in range(200):
            p = rng.choice(ctx.people)
            city = ctx.city()
            verb = rng.choice(TITLE_VERBS)
            templates = [  # called only once chosen: one of them draws a weekday
                lambda p, city, verb: f"{a} and {b} {verb} on {topic} as talks open in {venue}",
                lambda p, city, verb: f"{p.title} {p.last} {verb} with {b} on {topic} ahead of {city} meeting",
                lambda p, city, verb: f"Mediators push {a} and {b} to resume talks on {topic} in {city}",
                lambda p, city, verb: f"{demonym} officials warn {b} over {topic} after {rng.choice(WEEKDAYS)} incident",
                lambda p, city, verb: f"{ctx.orgs[0]} weighs new plan on {topic} after {a} objections",
                lambda p, city, verb: f"{p.last} says {b} must move first on {topic}",
                lambda p, city, verb: f"In {city}, {a} and {b} {verb} on {topic}",
                lambda p, city, verb: f"What the {city} talks on {topic} mean for {a}",
            ]
            title = rng.choice(templates)(p, city, verb)
            if attempt >= 20:
                title = f"{rng.choice(KICKERS)} {attempt}: {title}"
            key = _page_name(title)
            if key not in self.title_keys:
                self.title_keys.add(key)
                return title
        raise RuntimeError(f"no unique title for article {i}")


def _page_name(title: str) -> str:
    """The generator's page name for a raw article: its first 10 words, slugified (see generator.ingest)."""
    head = " ".join(title.split()[:10])
    try:
        from generator.slugs import slugify
        return slugify(head)
    except ImportError:  # the same rule, near enough
        return "-".join(re.findall(r"[a-z0-9]+", head.lower()))[:80].strip("-")


class _Ctx:
    """One article's cast and the sentence templates that use it."""

    def __init__(self, rng, date, people, countries, orgs, story, acronyms):
        self.rng, self.date, self.people, self.countries = rng, date, people, countries
        self.orgs, self.story, self.acronyms = orgs, story, acronyms
        self.introduced: set[Person] = set()
        self.defined: set[str] = set()

    # --- pieces -----------------------------------------------------------------
    def when(self, future: bool = False) -> str:
        pattern = self.rng.choice(FUTURE_WHEN if future else PAST_WHEN)
        return pattern.format(wd=self.rng.choice(WEEKDAYS), d=self.rng.randint(1, 28), m=self.rng.choice(MONTHS))

    def person(self, prefer_new: bool = False) -> Person:
        pool = [p for p in self.people if p not in self.introduced] if prefer_new else []
        return self.rng.choice(pool or self.people)

    def name(self, p: Person) -> str:
        """First mention: title and full name, with the country before it sometimes; later: the surname."""
        if p in self.introduced:
            return self.rng.choice([p.last, p.last, f"{p.title} {p.last}"])
        self.introduced.add(p)
        demonym = COUNTRIES[p.country][1]
        return self.rng.choice([f"{p.title} {p.full}", f"{demonym} {p.title} {p.full}",
                                f"{p.title} {p.full} of {COUNTRIES[p.country][0]}"])

    def country(self) -> str:
        return COUNTRIES[self.rng.choice(self.countries)][0]

    def capital(self) -> str:
        return COUNTRIES[self.rng.choice(self.countries)][2]

    def city(self) -> str:
        c = COUNTRIES[self.rng.choice(self.countries)]
        return self.rng.choice((c[2],) + c[3])

    def org(self) -> str:
        org = self.rng.choice(self.orgs)
        if org in self.defined:
            return self.rng.choice([f"the {org}", f"the {self.acronyms[org]}"])
        self.defined.add(org)
        return f"the {org} ({self.acronyms[org]})"

    def quote(self) -> str:
        return self.rng.choice(QUOTES)

    def more(self) -> str:
        """Zero to two more sentences of background: seed-sized paragraphs."""
        return "".join(" " + f for f in self.rng.sample(FILLER, self.rng.randint(0, 2)))

    # --- paragraphs -----------------------------------------------------------
    def lead(self) -> str:
        p, q = self.person(True), self.person(True)
        a, b = self.countries[0], self.countries[1]
        return (f"{self.name(p)} travelled to {self.story.venue} {self.when()} for talks with "
                f"{COUNTRIES[b][1]} officials {self.rng.choice(OPENERS)} {self.story.topic}, as "
                f"{COUNTRIES[a][0]} and {COUNTRIES[b][0]} traded warnings and regional mediators urged restraint. "
                f"{self.name(q)} said the meeting would test whether both governments were serious about a "
                f"settlement. {self.rng.choice(FILLER)}")

    def quote_paragraph(self) -> str:
        p, q = self.person(), self.person()
        # alternatives are lambdas: only the chosen one introduces a person (full name first, then surname)
        first = self.rng.choice([
            lambda: f"“{self.quote()},” {self.name(p)} said.",
            lambda: f"“{self.quote()},” said {self.name(p)}.",
            lambda: f"{self.name(p)} warned that “{self.quote().lower()}.”",
            lambda: f"“{self.quote()},” {self.name(p)} told reporters in {self.city()} {self.when()}.",
        ])()
        second = self.rng.choice([
            lambda: f"Speaking separately, {self.name(q)} said: “{self.quote()}.”",
            lambda: f"“{self.quote()},” {self.name(q)} added, according to a statement released {self.when()}.",
            lambda: f"{self.name(q)} struck a harder tone. “{self.quote()},” {q.last} said.",
        ])()
        return f"{first} {second} {self.rng.choice(FILLER)}" + self.more()

    def appositive_paragraph(self) -> str:
        p = self.person(True)
        org = p.org or self.rng.choice(self.orgs)
        if p not in self.introduced:
            self.introduced.add(p)
            lead = f"{p.full}, Secretary of the {org},"
        else:
            lead = p.last
        return (f"{lead} said the proposal on {self.story.topic} had been shared with {self.country()} and "
                f"{self.country()} {self.when()}. {p.last} added that a technical team would meet in "
                f"{self.city()} {self.when(True)} to work through the details. {self.rng.choice(FILLER)} "
                f"{self.rng.choice(FILLER)}")

    def two_countries(self) -> tuple[str, str]:
        a, b = self.rng.sample(self.countries, 2)
        return COUNTRIES[a][0], COUNTRIES[b][0]

    def event_paragraph(self) -> str:
        a, b = self.two_countries()
        sea = self.story.sea or self.rng.choice(SEAS)
        sentences = [
            lambda: f"{a} and {b} signed an agreement on {self.story.topic} in {self.city()} {self.when()}.",
            lambda: f"{COUNTRIES[self.rng.choice(self.countries)][1]} forces launched naval exercises in the {sea} "
                    f"{self.when()}, a move {self.country()} described as provocative.",
            lambda: f"{self.name(self.person())} met {self.name(self.person())} in {self.city()} {self.when()} "
                    f"to discuss {self.story.topic}.",
            lambda: f"Talks between {a} and {b} are planned in {self.story.venue} {self.when(True)}.",
            lambda: f"{a} imposed new sanctions on {b} {self.when()}, citing {self.story.topic}.",
            lambda: f"A delegation from {a} is expected to arrive in {self.city()} {self.when(True)}.",
        ]
        self.rng.shuffle(sentences)
        sentences = [make() for make in sentences[:self.rng.randint(3, 4)]]
        return " ".join(sentences[:self.rng.randint(3, 4)]) + self.more()

    def role_paragraph(self) -> str:
        c = self.rng.choice(self.countries)
        holders = [p for p in self.people if p.country == c]
        role = holders[0].role_word if holders else "foreign minister"
        name, demonym = COUNTRIES[c][0], COUNTRIES[c][1]
        return (f"{name}’s {role} has not commented publicly, but the {demonym} {role} is understood to favour "
                f"a phased approach. {self.capital()} has said it will respond {self.when(True)}. "
                f"{self.rng.choice(FILLER)} {self.rng.choice(FILLER)}")

    def venue_paragraph(self) -> str:
        sea = self.story.sea or self.rng.choice(SEAS)
        return (f"Shipping through the {sea} has slowed since {self.rng.choice(MONTHS)}, and port officials in "
                f"{self.city()} said traffic fell again {self.when()}. Warships from {self.country()} have "
                f"been patrolling near {self.city()} since early {self.rng.choice(MONTHS)}. "
                f"{self.rng.choice(FILLER)}") + self.more()

    def org_paragraph(self) -> str:
        return (f"{_cap(self.org())} will convene in {self.city()} {self.when(True)} to review {self.story.topic}, "
                f"and {self.org()} has offered technical support. {self.name(self.person())} said the "
                f"organisation’s findings would be shared with member states. {self.rng.choice(FILLER)}") + self.more()

    def analysis_paragraph(self) -> str:
        fillers = self.rng.sample(FILLER, 3)
        return (f"{fillers[0]} In {self.capital()}, officials said they had received the draft {self.when()}. "
                f"{fillers[1]} {fillers[2]}")


def write_corpus(folder: Path, n: int, seed: int = 7, world: World | None = None) -> ArticleWriter:
    """Write articles 0..n-1 into ``folder``; return the writer (for one more article later)."""
    folder.mkdir(parents=True, exist_ok=True)
    writer = ArticleWriter(world or World(seed), seed)
    for i in range(n):
        name, text = writer.article(i)
        (folder / name).write_text(text, encoding="utf-8")
    return writer


def check_gazetteer() -> list[str]:
    """Names in the pools that the generator's gazetteer does not know (should be empty)."""
    from generator.gazetteer import load_gazetteer

    g = load_gazetteer()
    missing = []
    for country, demonym, capital, cities in COUNTRIES:
        missing += [n for n in (country, demonym, capital, *cities) if not g.lookup(n)]
    missing += [s for s in SEAS if not g.lookup(s)]
    return missing
