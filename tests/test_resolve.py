"""Stage 3, resolve: mentions from small articles → one entity per real thing, then the writer's registry.

Each row is a tiny corpus (article slug → paragraphs) and the exact actors it
must resolve to: page slug → every (article, mention text) on that page.
Names of people and organisations are invented.
"""
from __future__ import annotations

import pytest

from generator.extract import RuleExtractor
from generator.gazetteer import load_gazetteer
from generator.model import Article, Block, EntityKind, Extraction, Mention, SourceRef
from generator.registry import RegistryEntry
from generator.resolve import Resolution, resolve

EXTRACTOR = RuleExtractor()


def extractions(corpus: dict[str, list[str]]) -> tuple[Extraction, ...]:
    articles = [Article(slug, slug, None, f"{slug}.txt",
                        tuple(Block("paragraph", text, n) for n, text in enumerate(paragraphs, 1)))
                for slug, paragraphs in corpus.items()]
    return tuple(EXTRACTOR.extract(article) for article in articles)


def run(corpus: dict[str, list[str]], registry: tuple[RegistryEntry, ...] = ()) -> Resolution:
    return resolve(extractions(corpus), registry)


def pages(entities) -> dict[str, set[tuple[str, str]]]:
    return {e.slug: {(m.source.article, m.text) for m in e.mentions} for e in entities}



# corpus → actors: slug → {(article, mention text)}
JOINS = [
    pytest.param({"a1": ["Prime Minister Jan bin Tomas bin Okaro Al Velani arrived in Doha on Monday."],
                  "a2": ["Prime Minister Jan bin Tomas Al Velani said the talks went well."]},
                 {"jan-bin-tomas-bin-okaro-al-velani": {("a1", "Jan bin Tomas bin Okaro Al Velani"),
                                                        ("a2", "Jan bin Tomas Al Velani")}},
                 id="a-lineage-shortened"),
    pytest.param({"a1": ["Defence Minister Lena Okafor arrived in Nairobi on Monday."],
                  "a2": ["Okafor said the talks went well."]},
                 {"lena-okafor": {("a1", "Lena Okafor"), ("a2", "Okafor")}}, id="surname-joins-across-articles"),
    pytest.param({"a1": ["President Brenner warned of consequences."],
                  "a2": ["Tomas Brenner arrived in Cairo."]},
                 {"tomas-brenner": {("a1", "Brenner"), ("a2", "Tomas Brenner")}}, id="titled-surname-joins-full-name"),
    pytest.param({"a1": ["Luiz Carvalho Mendao da Ruiva arrived in Doha."],
                  "a2": ["Mendao said the talks went well."]},
                 {"luiz-carvalho-mendao-da-ruiva": {("a1", "Luiz Carvalho Mendao da Ruiva"), ("a2", "Mendao")}},
                 id="middle-name-joins"),
    pytest.param({"a1": ["Defence Minister Tarek Mohamed Ahmed Ibn Nour spoke on Friday."],
                  "a2": ["Tarek Ibn Nour stepped down on Saturday."]},
                 {"tarek-mohamed-ahmed-ibn-nour": {("a1", "Tarek Mohamed Ahmed Ibn Nour"), ("a2", "Tarek Ibn Nour")}},
                 id="first-name-and-a-surname-with-its-particle"),
    pytest.param({"a1": ["Lieutenant Colonel Jean-Marc Sandago Kovala spoke on Friday."],
                  "a2": ["Jean-Marc Kovala stepped down on Saturday."]},
                 {"jean-marc-sandago-kovala": {("a1", "Jean-Marc Sandago Kovala"), ("a2", "Jean-Marc Kovala")}},
                 id="hyphened-given-names-and-the-surname"),
    pytest.param({"a1": ["Salah Abdallah Mohamed Saleh, better known as Salah Gosh, resigned on Friday.",
                         "“I have done my duty,” Gosh said."]},
                 {"salah-abdallah-mohamed-saleh": {("a1", "Salah Abdallah Mohamed Saleh"), ("a1", "Salah Gosh"),
                                                   ("a1", "Gosh")}}, id="the-name-one-is-known-as"),
    pytest.param({"a1": ["Lena Okafor arrived in Doha.", "Okafor said the talks went well."],
                  "a2": ["Bram Okafor arrived in Cairo."]},
                 {"lena-okafor": {("a1", "Lena Okafor"), ("a1", "Okafor")}, "bram-okafor": {("a2", "Bram Okafor")}},
                 id="shared-surname-same-article-wins"),
    pytest.param({"a1": ["Lena Okafor arrived in Doha."], "a2": ["Bram Okafor arrived in Cairo."],
                  "a3": ["Okafor said the talks went well."]},
                 {"lena-okafor": {("a1", "Lena Okafor")}, "bram-okafor": {("a2", "Bram Okafor")}},
                 id="shared-surname-tie-joins-none"),
    pytest.param({"a1": ["Lena Okafor arrived in Doha."], "a2": ["Chidi Okafor Mensah arrived in Cairo."],
                  "a3": ["Okafor said the talks went well."]},
                 {"lena-okafor": {("a1", "Lena Okafor"), ("a3", "Okafor")},
                  "chidi-okafor-mensah": {("a2", "Chidi Okafor Mensah")}}, id="surname-beats-middle-name"),
    pytest.param({"a1": ["The International Seabed Authority (ISA) met in Cairo."],
                  "a2": ["The ISA rejected the request."]},
                 {"international-seabed-authority": {("a1", "International Seabed Authority"), ("a1", "ISA"),
                                                     ("a2", "ISA")}}, id="acronym-by-definition"),
    pytest.param({"a1": ["The International Seabed Authority met in Cairo."],
                  "a2": ["The ISA rejected the request."]},
                 {"international-seabed-authority": {("a1", "International Seabed Authority"), ("a2", "ISA")}},
                 id="acronym-by-initials"),
    pytest.param({"a1": ["The Group of Seven met in Cairo."], "a2": ["The G7 rejected the request."]},
                 {"group-of-seven": {("a1", "Group of Seven"), ("a2", "G7")}}, id="acronym-with-a-number"),
    pytest.param({"a1": ["Leaders of the Group of 20 met in Cairo."], "a2": ["The G20 rejected the request."]},
                 {"group-of-20": {("a1", "Group of 20"), ("a2", "G20")}}, id="a-group-numbered-in-figures"),
    pytest.param({"a1": ["Kenya's mission to the United Nations said so.", "The United Nations met in Cairo."]},
                 {"kenyas-mission-to-the-united-nations": {("a1", "Kenya's mission to the United Nations")},
                  "united-nations": {("a1", "United Nations")}}, id="a-body-is-not-the-mission-sent-to-it"),
    pytest.param({"a1": ["The International Committee of the Red Cross met in Cairo.", "The Red Cross said so."]},
                 {"international-committee-of-the-red-cross": {("a1", "International Committee of the Red Cross"),
                                                               ("a1", "Red Cross")}},
                 id="a-body-named-by-what-its-name-is-of-is-that-body"),
    pytest.param({"a1": ["The UN Security Council met in Cairo."],
                  "a2": ["The Security Council rejected the request."]},
                 {"un-security-council": {("a1", "UN Security Council"), ("a2", "Security Council")}},
                 id="short-org-name-joins-longer"),
    pytest.param({"a1": ["The UN Security Council met in Cairo. The Security Council rejected the request."],
                  "a2": ["The Kenyan National Security Council met in Nairobi."]},
                 {"un-security-council": {("a1", "UN Security Council"), ("a1", "Security Council")},
                  "kenyan-national-security-council": {("a2", "Kenyan National Security Council")}},
                 id="short-org-name-joins-the-longer-of-its-article"),
    pytest.param({"a1": ["The Kaval Tensa movement seized the town. Kaval said the town was theirs.",
                         "Kaval said it would hold it."],
                  "a2": ["The Kaval group rejected the request."]},
                 {"kaval-tensa": {("a1", "Kaval Tensa")},
                  "kaval": {("a1", "Kaval"), ("a2", "Kaval")}},
                 id="a-lone-word-seen-speaking-joins-the-body-of-that-name"),
    pytest.param({"a1": ["Fighters from the Kaval Tensa gang seized the town."],
                  "a2": ["Kaval Tensa said the town was theirs."]},
                 {"kaval-tensa": {("a1", "Kaval Tensa"), ("a2", "Kaval Tensa")}}, id="same-name-two-kinds-one-actor"),
    pytest.param({"a1": ["Ankara warned against escalation."],
                  "a2": ["Türkiye said the talks would resume."]},
                 {"turkiye": {("a1", "Ankara"), ("a2", "Türkiye")}}, id="acting-capital-joins-its-state"),
    pytest.param({"a1": ["Leader Pak Sun Ho arrived in Doha.", "Pak said the talks went well.",
                         "Envoy Tomas Pak joined them later."]},
                 {"pak-sun-ho": {("a1", "Pak Sun Ho"), ("a1", "Pak")}, "tomas-pak": {("a1", "Tomas Pak")}},
                 id="a-short-name-is-the-person-named-in-full-before-it"),
    pytest.param({"a1": ["Amir Daran Solti arrived in Doha.", "Solti said the talks went well."]},
                 {"amir-daran-solti": {("a1", "Amir Daran Solti"), ("a1", "Solti")}},
                 id="amir-is-a-given-name"),
    pytest.param({"a1": ["Foreign Minister Darius Mehr-Azadi arrived in Doha."],
                  "a2": ["Foreign Minister Darius Mehrazadi arrived in Cairo."]},
                 {"darius-mehrazadi": {("a1", "Darius Mehr-Azadi"), ("a2", "Darius Mehrazadi")}},
                 id="a-hyphen-is-a-spelling"),
    pytest.param({"a1": ["Spokesman Rahimullah Sadat arrived in Doha."],
                  "a2": ["Spokesman Raimullah Sadat arrived in Cairo."]},
                 {"raimullah-sadat": {("a1", "Rahimullah Sadat"), ("a2", "Raimullah Sadat")}},
                 id="an-h-after-a-vowel-is-a-spelling"),
    pytest.param({"a1": ["Spokesman Oleh Marchenko arrived in Doha."],
                  "a2": ["Spokesman Oleg Marchenko arrived in Cairo."]},
                 {"oleh-marchenko": {("a1", "Oleh Marchenko"), ("a2", "Oleg Marchenko")}},
                 id="one-letter-twin-is-a-spelling"),
    pytest.param({"a1": ["Defence Minister Nadir Jamal Sethi arrived in Doha."],
                  "a2": ["Defence Minister Nadir Sethi arrived in Cairo."]},
                 {"nadir-jamal-sethi": {("a1", "Nadir Jamal Sethi"), ("a2", "Nadir Sethi")}},
                 id="first-and-last-names-join-the-full-name"),
    pytest.param({"a1": ["Crown Prince Mohammed bin Darvel received the emir.",
                         "Foreign Minister Sheikh Mohamed bin Karsa al-Tovan spoke later.",
                         "Crown Prince Mohamed then drove the emir around the site."]},
                 {"mohammed-bin-darvel": {("a1", "Mohammed bin Darvel"), ("a1", "Mohamed")},
                  "mohamed-bin-karsa-al-tovan": {("a1", "Mohamed bin Karsa al-Tovan")}},
                 id="a-given-name-spelt-another-way-joins-the-holder-of-its-office"),
    pytest.param({"a1": ["Interim President Ahmad al-Velani arrived in Doha."],
                  "a2": ["Interim President Ahmed al-Velani arrived in Cairo."]},
                 {"ahmed-al-velani": {("a1", "Ahmad al-Velani"), ("a2", "Ahmed al-Velani")}},
                 id="a-given-name-one-vowel-apart-is-a-spelling"),
    pytest.param({"a1": ["Spokesman Youssef Karbouna arrived in Doha."],
                  "a2": ["Spokesman Yousef Karboun arrived in Cairo."]},
                 {"youssef-karbouna": {("a1", "Youssef Karbouna"), ("a2", "Yousef Karboun")}},
                 id="every-word-spelt-alike-is-a-spelling"),
    pytest.param({"a1": ["President Ram Chandra Tulani arrived in Doha."],
                  "a2": ["President Ramchandra Tulani arrived in Cairo."]},
                 {"ram-chandra-tulani": {("a1", "Ram Chandra Tulani"), ("a2", "Ramchandra Tulani")}},
                 id="given-names-run-together-are-one-name"),
    pytest.param({"a1": ["Prime Minister K.P. Sharma Velo resigned on Tuesday.",
                         "“As Prime Minister K P Sharma Velo has resigned, we must act,” the president said."]},
                 {"k-p-sharma-velo": {("a1", "K.P. Sharma Velo"), ("a1", "K P Sharma Velo")}},
                 id="initials-with-stops-or-spaces-are-one-name"),
    pytest.param({"a1": ["However, Zelbrook declined to comment."]}, {}, id="lone-word-matching-no-one-dropped"),
    pytest.param({"a1": ["Talks resumed on Monday. Officials were hopeful."]}, {},
                 id="sentence-initial-word-dropped"),
    pytest.param({"a1": ["Uruapan mayor Carlos Alberto Velan Okafor was shot on Saturday."],
                  "a2": ["Mayor Carlos Velan was shot at a festival."]},
                 {"carlos-alberto-velan-okafor": {("a1", "Carlos Alberto Velan Okafor"), ("a2", "Carlos Velan")}},
                 id="a-given-name-and-the-father-s-surname-are-the-person"),
    pytest.param({"a1": ["The Solvei Organization fought in Arendal."], "a2": ["The Solvei group attacked Arendal."]},
                 {"solvei-organization": {("a1", "Solvei Organization"), ("a2", "Solvei")}},
                 id="a-body-s-name-without-its-kind-word-is-the-body"),
    pytest.param({"a1": ["Dara Okafor drove a truck into a crowd on Monday."],
                  "a2": ["Okafor had rented the truck in Houston, investigators said.",
                         "Okafor's younger brother Tim Okafor told reporters that Okafor had converted long ago."]},
                 {"dara-okafor": {("a1", "Dara Okafor"), ("a2", "Okafor")}, "tim-okafor": {("a2", "Tim Okafor")}},
                 id="a-surname-is-not-the-kin-named-as-that-surname-s-brother"),
]


@pytest.mark.parametrize("corpus, expected", JOINS)
def test_joins(corpus, expected):
    assert pages(run(corpus).actors) == expected


def test_another_country_s_office_is_not_the_office_holder_of_a_story_about_a_country():
    actors = run({"a1": ["Prime Minister Lena Okafor said on Friday that Kenya would leave the bloc. Kenya "
                         "had voted to leave. Kenya's lawmakers agreed.",
                         "Hours later, the Dutch prime minister met officials in Brussels."]}).actors
    okafor = next(a for a in actors if a.name == "Lena Okafor")
    assert "Dutch prime minister" not in okafor.aliases


def test_a_lone_name_given_an_age_is_someone_though_named_once():
    actors = run({"a1": ["“The house is gone,” said Tomasz, 45, a painter from Gdansk."]}).actors
    assert [(a.name, a.kind) for a in actors] == [("Tomasz", EntityKind.PERSON)]


def test_a_lone_name_after_said_and_described_by_a_role_is_someone_though_named_once():
    actors = run({"a1": ["“We can't eat money,” said Tomasz, a leader of the river community."]}).actors
    assert [(a.name, a.kind) for a in actors] == [("Tomasz", EntityKind.PERSON)]


def test_a_lone_word_speaking_takes_the_kind_of_its_body():
    actor, = run({"a1": ["Fighters from the Kaval gang seized the town."],
                  "a2": ["Kaval said the town was theirs. Kaval said it would hold."],
                  "a3": ["Kaval said so again."]}).actors
    assert actor.kind is not EntityKind.PERSON


def test_a_lone_word_before_a_leader_and_a_name_is_the_body_they_lead():
    result = run({"a1": ["Kenya met Velkor leader Lena Okafor on Monday."]})
    velkor, = [e for e in result.actors if e.slug == "velkor"]
    okafor, = [e for e in result.actors if e.slug == "lena-okafor"]
    assert (velkor.kind, okafor.role) == (EntityKind.ORGANISATION, "Velkor leader")


def test_words_of_a_name_before_a_leader_and_a_name_are_the_body_they_lead():
    result = run({"a1": ["On Monday, Tavel Kuno leader Jan Velan posted a video."]})
    assert {(e.slug, e.kind) for e in result.actors} == {("tavel-kuno", EntityKind.ORGANISATION),
                                                        ("jan-velan", EntityKind.PERSON)}


def test_two_places_the_gazetteer_knows_are_never_one_place_spelt_two_ways():
    result = run({"a1": ["Gunmen seized 40 pupils in Borno on Monday."],
                  "a2": ["Students protested in Brno on Tuesday."]})
    assert sorted(e.name for e in result.venues) == ["Borno", "Brno"]


def test_a_school_is_a_building_and_a_faculty_of_a_university_no_school_of_its_own():
    result = run({"a1": ["Gunmen raided St. Mary's School in Varnecka on Friday.",
                         "Lena Okafor, who teaches at Velkor's School of Public Health, said so."]})
    names = {e.name: e.kind for e in result.venues}
    assert names.get("St. Mary's School") is EntityKind.BUILDING
    assert not any(name.startswith("Velkor") for name in names)


def test_a_lone_name_after_a_political_leaning_or_founded_is_a_party_and_not_the_he_of_a_quote():
    result = run({"a1": ["Jan Velan's far-right Kovalda pulled level with the Socialists on Sunday.",
                         "The 42-year-old, who founded Kovalda in 2019, set his sights higher. “I will not stop "
                         "until I lead this country,” he said."]})
    kovalda, = [e for e in result.actors if e.slug == "kovalda"]
    assert kovalda.kind is EntityKind.ORGANISATION
    assert [q.speaker for q in result.quotes] == ["jan-velan"]


def test_a_country_that_only_acts_in_a_story_naming_someone_by_that_surname_is_that_person():
    result = run({"a1": ["Portuguese Prime Minister Lena Montenegro met Jan Velan in Oslo on Monday."],
                  "a2": ["Montenegro said on Tuesday that she would govern alone."]})
    assert {(e.slug, e.kind) for e in result.actors} >= {("lena-montenegro", EntityKind.PERSON)}
    assert "montenegro" not in {e.slug for e in result.actors}
    kept = run({"a1": ["Senator Lena Jordan met Jan Velan in Oslo on Monday."],
                "a2": ["Troops arrived in Jordan on Tuesday. Jordan said it would help."]})
    assert ("jordan", EntityKind.STATE) in {(e.slug, e.kind) for e in kept.actors}


def test_a_common_word_opening_the_sentence_before_leader_is_no_body():
    result = run({"a1": ["Coup leader General Dara Velan was sworn in on Monday."]})
    assert [e.slug for e in result.actors] == ["dara-velan"]


def test_a_lone_word_telling_of_its_own_is_a_body_and_of_anything_else_stays_a_person():
    body = run({"a1": ["Zelbrook confirmed that its commander had been killed.", "Zelbrook said it would retaliate."]})
    person = run({"a1": ["Kowalski regarded its annexation as illegal.", "Kowalski said it was a good deal."]})
    assert [(e.slug, e.kind) for e in body.actors] == [("zelbrook", EntityKind.ORGANISATION)]
    assert [(e.slug, e.kind) for e in person.actors] == [("kowalski", EntityKind.PERSON)]


def test_the_office_is_the_holder_named_last_and_any_role_counts():
    resolution = run({"a1": ["Kenyan Defence Minister Lena Okafor arrived in Oslo.",
                             "Kenyan Foreign Minister Jan Kowalski joined her.",
                             "The Kenyan minister said “we are ready.”"],
                      "a2": ["Lena Okafor, secretary of Kenya's security council, spoke."]})
    quote, = resolution.quotes
    assert quote.speaker == "jan-kowalski"


def test_same_name_two_kinds_takes_the_organisation_kind():
    actor, = run({"a1": ["Fighters from the Kaval Tensa gang seized the town."],
                  "a2": ["Kaval Tensa said the town was theirs."]}).actors
    assert sorted(m.kind.value for m in actor.mentions) == ["organisation", "person"]
    assert actor.kind is EntityKind.ORGANISATION


ROLE_SPEAKER = "Iran’s leader warned that “any attack will be answered.”"

# corpus → (slug of the person "Iran’s leader" resolves to, or None); the quote follows it
ROLE_REFERENCES = [
    pytest.param({"a1": [ROLE_SPEAKER, "Supreme Leader Arvan Kostami spoke in Tehran."]}, "arvan-kostami",
                 id="role-holds-leader"),
    pytest.param({"a1": [ROLE_SPEAKER, "Supreme Leader Arvan Kostami spoke in Tehran."],
                  "a2": ["Opposition Leader Dara Velan spoke in Tehran."]}, "arvan-kostami",
                 id="same-article-first"),
    pytest.param({"a1": [ROLE_SPEAKER], "a2": ["Supreme Leader Arvan Kostami spoke in Tehran."],
                  "a3": ["Opposition Leader Dara Velan spoke in Tehran."]}, None, id="tie-elsewhere-none"),
    pytest.param({"a1": [ROLE_SPEAKER], "a2": ["Lena Okafor spoke in Tehran."]}, None, id="no-role-none"),
    pytest.param({"a1": [ROLE_SPEAKER], "a2": ["Cuban Supreme Leader Dara Velan spoke."]}, None,
                 id="leader-of-another-country-not-taken"),
    pytest.param({"a1": [ROLE_SPEAKER], "a2": ["Cuba's Supreme Leader Dara Velan spoke in Havana."]}, None,
                 id="a-leader-of-another-country-named-by-possessive-not-taken"),
    pytest.param({"a1": [ROLE_SPEAKER], "a2": ["Iranian Supreme Leader Arvan Kostami spoke."],
                  "a3": ["Cuban Supreme Leader Dara Velan spoke."]}, "arvan-kostami",
                 id="country-breaks-the-tie"),
]


@pytest.mark.parametrize("corpus, person", ROLE_REFERENCES)
def test_role_reference_resolves_to_person_by_role(corpus, person):
    result = run(corpus)
    holders = {e.slug for e in result.actors for m in e.mentions if m.text == "Iran’s leader"}
    assert holders == ({person} if person else set())
    quote, = result.quotes
    assert (quote.text, quote.speaker) == ("any attack will be answered.", person)


FORMER_SPEAKER = "“We will be there,” the former Kenyan president said."


@pytest.mark.parametrize("corpus, person", [
    pytest.param({"a1": ["Kenyan President Dara Velan and former Kenyan President Jan Brenner met in Oslo.",
                         FORMER_SPEAKER]}, "jan-brenner", id="the-former-president-is-the-one-who-held-the-office"),
    pytest.param({"a1": ["Kenyan President Dara Velan met former Kenyan President Jan Brenner.",
                         "“We will be there,” the Kenyan president said."]}, "dara-velan",
                 id="the-president-is-the-one-in-office-now"),
    pytest.param({"a1": ["Brenner praised both camps. “We will be there,” the Kenyan president said."],
                  "a2": ["Kenyan President Dara Velan thanked former Kenyan President Jan Brenner."]}, "jan-brenner",
                 id="one-a-later-story-calls-a-former-president-in-a-story-that-does-not"),
    pytest.param({"a1": ["Secretary-General Jan Brenner spoke in Brussels. The former Kenyan president pointed to "
                         "similar episodes. “We will be there,” he said."]}, "jan-brenner",
                 id="a-former-office-of-one-named-with-another-title-just-before"),
])
def test_a_former_office_holder(corpus, person):
    quote, = run(corpus).quotes
    assert quote.speaker == person


def test_a_role_naming_a_country_by_its_short_name_is_that_countrys():
    result = run({"a1": ["Norway's ambassador spoke to reporters in Oslo."],
                  "a2": ["The U.S. said so. U.S. ambassador Jan Kowalski met Lena Okafor."]})
    kowalski, = [e for e in result.actors if e.slug == "jan-kowalski"]
    assert {m.text for m in kowalski.mentions} == {"Jan Kowalski"}


@pytest.mark.parametrize("paragraphs, kept", [
    (["A truce between Kenya and Zelbrook took hold.", "Hours later, rockets hit Zelbrook."], False),
    (["A truce between Kenya and Zelbrook took hold.", "Hours later, as Zelbrook fired rockets, talks stalled."], True),
    (["Zelbrook's political bureau met.", "Then Kenya said Zelbrook had agreed."], True),
])
def test_a_lone_word_seen_acting_twice_is_an_actor(paragraphs, kept):
    assert ("zelbrook" in {e.slug for e in run({"a1": paragraphs}).actors}) is kept


def test_a_lone_word_another_article_names_as_a_place_is_that_place():
    result = run({"a1": ["Fighting raged around the town of Zelbrook."],
                  "a2": ["As Zelbrook fell, talks stalled.", "Kenya said Zelbrook had been lost."]})
    assert "zelbrook" not in {e.slug for e in result.actors} and "zelbrook" in {e.slug for e in result.venues}


def test_a_lone_word_another_article_names_as_a_place_stays_the_surname_of_someone_named_in_full():
    result = run({"a1": ["The envoy came to the summit standing next to Zelbrook."],
                  "a2": ["Lena Zelbrook arrived in Nairobi.", "Zelbrook thanked the hosts.", "Zelbrook left early."]})
    person = next(e for e in result.actors if e.slug == "lena-zelbrook")
    assert {(m.source.article, m.source.paragraph) for m in person.mentions} == {("a2", 1), ("a2", 2), ("a2", 3)}


def test_a_states_army_and_military_are_one_body():
    result = run({"a1": ["The Kenyan army said the night was calm.", "Kenya's military denied it."],
                  "a2": ["The Kenyan military said so."]})
    assert [e.name for e in result.actors if e.kind is EntityKind.ORGANISATION] == ["Kenyan military"]


def test_a_name_someone_is_titled_with_stays_that_person_where_a_place_was_read():
    result = run({"a1": ["Kenyan President Okafor arrived in Oslo.", "A ceremony was held upon Okafor's arrival."],
                  "a2": ["Troops withdrew from Okafor on Monday."]})
    okafor = next(e for e in result.actors if e.name == "Okafor")
    assert [m.source.article for m in okafor.mentions] == ["a1", "a1"]  # "upon Okafor's arrival" too


def test_a_region_with_its_noun_in_either_case_is_one_place():
    result = run({"a1": ["Lena Okafor visited the Varnecka region on Monday."],
                  "a2": ["Troops left the Varnecka Province on Tuesday."]})
    assert [e.name for e in result.venues] == ["Varnecka region"]


def test_a_building_named_without_its_noun_is_that_building_and_a_gas_field_is_its_field():
    result = run({"a1": ["Lena Okafor met Jan Kowalski at the Varnecka Hotel in Oslo on Monday.",
                         "Talks on the Torvik gas field went on."],
                  "a2": ["They met again at the Varnecka on Tuesday.", "Drilling at the Torvik field resumed."]})
    assert sorted(e.name for e in result.venues if e.name.startswith(("Varnecka", "Torvik"))) == [
        "Torvik gas field", "Varnecka Hotel"]


def test_a_nuclear_plant_is_the_nuclear_power_plant_of_that_name():
    result = run({"a1": ["Shells fell near the Mombasa nuclear plant on Monday."],
                  "a2": ["Inspectors reached the Mombasa nuclear power plant on Tuesday."]})
    plants = [e for e in result.venues if e.name.startswith("Mombasa nuclear")]
    assert [(e.kind, len(e.mentions)) for e in plants] == [(EntityKind.BUILDING, 2)]


def test_united_nations_and_un_and_co_operation_spelt_either_way_name_one_body():
    result = run({"a1": ["The United Nations Security Council met on Monday.",
                         "The Organization for Security and Co-operation in Europe sent observers."],
                  "a2": ["The UN Security Council met again.",
                         "The Organization for Security and Cooperation in Europe left."]})
    assert sorted(e.name for e in result.actors if e.kind is EntityKind.ORGANISATION) == [
        "Organization for Security and Cooperation in Europe", "United Nations Security Council"]


def test_a_short_place_name_spelt_two_ways_is_one_place():
    result = run({"a1": ["Missiles struck Kyiv on Monday."], "a2": ["Troops shelled Kiev on Tuesday."]})
    assert [e.name for e in result.venues] == ["Kyiv"]


def test_an_acronym_written_with_and_without_stops_is_one_name():
    result = run({"a1": ["The U.N. Refugee Agency said the night was calm."],
                  "a2": ["The UN Refugee Agency said so.", "The UN Refugee Agency warned ships."]})
    assert [e.name for e in result.actors if e.kind is EntityKind.ORGANISATION] == ["UN Refugee Agency"]


def test_a_name_spelt_with_and_without_accents_keeps_its_accents():
    result = run({"a1": ["President François Okafor spoke."], "a2": ["Francois Okafor spoke.", "Francois Okafor left."]})
    assert [e.name for e in result.actors if e.kind is EntityKind.PERSON] == ["François Okafor"]


def test_the_premier_is_the_prime_minister():
    result = run({"a1": ["Kenyan Prime Minister Arvan Kostami spoke in Nairobi.",
                         "“Any attack will be answered,” the Kenyan premier said."]})
    quote, = result.quotes
    assert quote.speaker == "arvan-kostami"


# --- the writer's registry (content/entities.yml) -----------------------------------------

CORPUS = {"a1": ["Lena Okafor arrived in Cairo."], "a2": ["Lenny Oakes said the talks went well."]}

# registry → (actors: slug → (name, kind, role, description, {(article, text)}), venue slugs)
REGISTRY = [
    pytest.param((), {"lena-okafor": ("Lena Okafor", "person", None, None, {("a1", "Lena Okafor")}),
                      "lenny-oakes": ("Lenny Oakes", "person", None, None, {("a2", "Lenny Oakes")})}, {"cairo"},
                 id="no-registry"),
    pytest.param((RegistryEntry("Lena Okafor", aliases=("Lenny Oakes",)),),
                 {"lena-okafor": ("Lena Okafor", "person", None, None, {("a1", "Lena Okafor"), ("a2", "Lenny Oakes")})},
                 {"cairo"}, id="alias-merges-two-entities"),
    pytest.param((RegistryEntry("Lena Okafor", kind=EntityKind.ORGANISATION, role="Chief Mediator",
                                description="Leads the talks."),),
                 {"lena-okafor": ("Lena Okafor", "organisation", "Chief Mediator", "Leads the talks.",
                                  {("a1", "Lena Okafor")}),
                  "lenny-oakes": ("Lenny Oakes", "person", None, None, {("a2", "Lenny Oakes")})}, {"cairo"},
                 id="kind-role-description-override"),
    pytest.param((RegistryEntry("Lena O.", aliases=("Lenny Oakes",), role="Envoy"),),
                 {"lena-okafor": ("Lena Okafor", "person", None, None, {("a1", "Lena Okafor")}),
                  "lena-o": ("Lena O.", "person", "Envoy", None, {("a2", "Lenny Oakes")})}, {"cairo"},
                 id="entry-name-renames"),
    pytest.param((RegistryEntry("Cairo", suppress=True), RegistryEntry("Lenny Oakes", suppress=True)),
                 {"lena-okafor": ("Lena Okafor", "person", None, None, {("a1", "Lena Okafor")})}, set(),
                 id="suppress-removes"),
    pytest.param((RegistryEntry("Harkan Front", kind=EntityKind.GROUP, description="Added by hand."),),
                 {"lena-okafor": ("Lena Okafor", "person", None, None, {("a1", "Lena Okafor")}),
                  "lenny-oakes": ("Lenny Oakes", "person", None, None, {("a2", "Lenny Oakes")}),
                  "harkan-front": ("Harkan Front", "group", None, "Added by hand.", set())}, {"cairo"},
                 id="kind-without-match-is-added"),
    pytest.param((RegistryEntry("Nobody Here", role="Ghost"),),
                 {"lena-okafor": ("Lena Okafor", "person", None, None, {("a1", "Lena Okafor")}),
                  "lenny-oakes": ("Lenny Oakes", "person", None, None, {("a2", "Lenny Oakes")})}, {"cairo"},
                 id="no-kind-no-match-ignored"),
]


@pytest.mark.parametrize("registry, actors, venues", REGISTRY)
def test_registry(registry, actors, venues):
    result = run(CORPUS, registry)
    got = {e.slug: (e.name, e.kind.value, e.role, e.description, {(m.source.article, m.text) for m in e.mentions})
           for e in result.actors}
    assert got == actors
    assert {e.slug for e in result.venues} == venues


def test_state_actor_and_country_venue_are_two_entities():
    result = run({"a1": ["Qatar said the talks would resume.", "The talks took place in Qatar."]})
    assert [(e.slug, e.name, e.kind.value) for e in result.actors] == [("qatar", "Qatar", "state")]
    assert [(e.slug, e.name, e.kind.value) for e in result.venues] == [("qatar", "Qatar", "country")]
    assert [m.source.paragraph for m in result.actors[0].mentions] == [1]
    assert [m.source.paragraph for m in result.venues[0].mentions] == [2]


SLUG_CORPUS = {
    "a1": ["Sudan People's Liberation Movement said the town fell.", "Lena Okafor arrived in Cairo."],
    "a2": ["The Sudan Peoples Liberation Movement denied it.", "Qatar said the talks would resume in Qatar."],
    "a3": ["Defence Minister Lena Okafor met Bram Okafor in Doha.", "The ISA rejected the request."],
}


def test_colliding_slugs_are_suffixed_in_name_order():
    movements = {e.name: e.slug for e in run(SLUG_CORPUS).actors if "Movement" in e.name}
    assert movements == {"Sudan People's Liberation Movement": "sudan-peoples-liberation-movement",
                         "Sudan Peoples Liberation Movement": "sudan-peoples-liberation-movement-2"}


def test_slugs_are_unique_and_deterministic():
    first = run(SLUG_CORPUS)
    again = run(SLUG_CORPUS)
    reversed_order = run(dict(reversed(list(SLUG_CORPUS.items()))))
    for entities in (first.actors, first.venues):
        slugs = [e.slug for e in entities]
        assert len(slugs) == len(set(slugs))
    assert first == again
    for mine, theirs in ((first.actors, reversed_order.actors), (first.venues, reversed_order.venues)):
        assert {e.slug: (e.name, e.kind) for e in mine} == {e.slug: (e.name, e.kind) for e in theirs}


def test_a_single_name_seen_speaking_is_kept_and_a_news_agency_is_not():
    story = run({"a1": ["Hemedti said his forces would attend. Reuters said the talks were delayed."],
                 "a2": ["A day later Hemedti changed course, officials told AFP."]})
    assert [(a.name, len(a.mentions)) for a in story.actors] == [("Hemedti", 2)]


def test_a_place_named_where_a_speaker_would_be_is_no_speaker():
    from generator.extract import RuleExtractor
    from generator.model import Article, Block

    text = "Leaders met in Addis Ababa. “We are close,” Addis Ababa said in a statement."
    extraction = RuleExtractor().extract(Article("a", "A", None, "a.txt", (Block("paragraph", text, 1),)))
    resolution = resolve((extraction,))
    venues = {v.slug for v in resolution.venues}
    assert all(q.speaker is None or q.speaker not in venues for q in resolution.quotes)


# paragraph → {actor slug: the slug of the state it acts for, or None}
AFFILIATIONS = [
    pytest.param("Kenya's foreign minister, Lena Okafor, met Norway's envoy in Doha.",
                 {"lena-okafor": "kenya"}, id="possessive-role"),
    pytest.param("Kenyan President Bram Tessel thanked Norway.", {"bram-tessel": "kenya"}, id="demonym-title"),
    pytest.param("Kenya said the Kenyan Defence Ministry had agreed.", {"kenyan-defence-ministry": "kenya"},
                 id="body-named-for-its-state"),
    pytest.param("Norway said the Kenyan Defence Ministry had agreed.", {"kenyan-defence-ministry": None},
                 id="only-a-state-of-the-corpus"),
    pytest.param("Kenya thanked Lena Okafor, the Norwegian ambassador to Kenya.", {"lena-okafor": "norway"},
                 id="ambassador-to-is-not-her-state"),
    pytest.param("Kenya thanked Lena Okafor, the UN special envoy for Kenya.", {"lena-okafor": None},
                 id="envoy-for-is-not-her-state"),
    pytest.param("Kenya thanked Lena Okafor, a former Norwegian foreign minister.", {"lena-okafor": None},
                 id="former-office-holder"),
    pytest.param("The Kenya-Norway Council met as Norway and Kenya looked on.", {"kenya-norway-council": None},
                 id="joint-body"),
    pytest.param("The Organization of Kenyan States met. Kenya said it would attend.",
                 {"organization-of-kenyan-states": None}, id="demonym-inside-a-name"),
]


@pytest.mark.parametrize("paragraph, expected", AFFILIATIONS)
def test_a_person_or_body_acts_for_the_one_state_its_role_names_as_its_own(paragraph, expected):
    gazetteer = load_gazetteer()
    resolution = resolve(extractions({"a1": [paragraph]}), (), gazetteer.names_of, gazetteer.demonyms_of)
    actors = {a.slug: a for a in resolution.actors}
    assert {slug: actors[slug].affiliation for slug in expected} == expected


def test_a_bare_name_the_article_names_as_a_place_is_that_place():
    story = run({"a1": ["The leaders met in the Kenyan town of Lodwar on Monday.",
                        "Lodwar's dusty streets were closed, and Lena Okafor said the talks went well."]})
    assert [a.name for a in story.actors if a.kind is EntityKind.PERSON] == ["Lena Okafor"]
    assert {(m.source.paragraph, m.text) for v in story.venues if v.name == "Lodwar" for m in v.mentions} == \
        {(1, "Lodwar"), (2, "Lodwar")}


def test_a_lone_name_joins_the_person_known_by_that_one_name_in_its_article():
    story = run({"a1": ["Kenyan President Okafor met Norway's envoy in Oslo.", "Okafor said the talks went well."]})
    assert [(a.name, a.affiliation, len(a.mentions)) for a in story.actors if a.kind is EntityKind.PERSON] == \
        [("Okafor", "kenya", 2)]


def test_a_lone_name_is_the_surname_of_one_named_before_rather_than_the_given_name_of_another():
    story = run({"a1": ["Kenyan intelligence chief Okafor Varga met President Lena Okafor in Nairobi.",
                        "Okafor thanked Norway for its help."]})
    persons = {a.name: {m.text for m in a.mentions} for a in story.actors if a.kind is EntityKind.PERSON}
    assert persons["Lena Okafor"] == {"Lena Okafor", "Okafor"}


def test_each_countrys_ministry_is_its_own_body_and_a_bare_one_joins_the_one_its_article_names():
    result = run({"a1": ["Kenya's Defence Ministry said troops had landed.", "The Defence Ministry added more."],
                  "a2": ["Norway's Ministry of Defence said so.", "The Norwegian Defence Ministry said more."],
                  "a3": ["The European Council met."]})
    bodies = {e.name: {m.source.article for m in e.mentions}
              for e in result.actors if e.kind is EntityKind.ORGANISATION}
    assert bodies == {"Kenya's Defence Ministry": {"a1"}, "Norway's Ministry of Defence": {"a2"},
                      "European Council": {"a3"}}


@pytest.mark.parametrize("formal", ["The Kenya Police", "The Police of Kenya"])
def test_a_countrys_force_by_its_formal_name_is_the_body_its_adjective_names(formal):
    gazetteer = load_gazetteer()
    paragraphs = [f"{formal} said 24 people were held.", "Kenyan police fired tear gas in Nairobi."]
    resolution = resolve(extractions({"a1": paragraphs}), (), gazetteer.names_of, gazetteer.demonyms_of)
    police = [e for e in resolution.actors if e.kind is EntityKind.ORGANISATION]
    assert [len(e.mentions) for e in police] == [2]
    assert {"Kenya Police", "Police of Kenya"} <= set(police[0].aliases) | {police[0].name}


def test_a_role_naming_a_country_resolves_only_to_holders_seen_beside_that_country():
    result = run({"a1": ["Ambassador Lena Okafor met Norway's envoy in Oslo."],
                  "a2": ["Kenya's ambassador said talks had stalled."]})
    okafor = next(e for e in result.actors if e.slug == "lena-okafor")
    assert {m.source.article for m in okafor.mentions} == {"a1"}


def test_a_role_before_its_posting_and_a_name_is_that_persons_title_not_a_reference():
    result = run({"a1": ["Ambassador Jan Kowalski spoke in Nairobi."],
                  "a2": ["Norway's ambassador to Kenya Lena Okafor signed for Norway."]})
    kowalski = next(e for e in result.actors if e.slug == "jan-kowalski")
    assert {m.source.article for m in kowalski.mentions} == {"a1"}


def test_a_bare_ministry_is_the_one_of_the_country_its_article_is_about_not_another_articles():
    result = run({"a1": ["Kenya's defence ministry said troops had landed.", "The Defence Ministry added more."],
                  "a2": ["Norway said talks failed.", "Protesters gathered outside the Defence Ministry in Norway."],
                  "a3": ["The Defence Ministry said so."]})
    bodies = {(e.name, frozenset(m.source.article for m in e.mentions))
              for e in result.actors if e.kind is EntityKind.ORGANISATION}
    assert bodies == {("Kenya's defence ministry", frozenset({"a1"})), ("Defence Ministry", frozenset({"a2"})),
                      ("Defence Ministry", frozenset({"a3"}))}


def test_a_body_named_by_its_noun_alone_is_the_one_its_article_ties_to_a_country_or_the_home_countrys():
    result = run({"a1": ["Kenya's defence ministry said troops had landed.", "The defence ministry said more."],
                  "a2": ["The Kenyan army and the Norwegian army met in Oslo.", "Later the army withdrew."],
                  "a3": ["Kenya said on Monday the army had removed Lena Okafor.", "Kenya held talks in Nairobi.",
                         "Kenya and Kenya's neighbours spoke."],
                  "a4": ["Kenya and Norway traded fire.", "The army said it had shelled a camp."]})
    bodies = {e.name: sorted((m.source.article, m.source.paragraph) for m in e.mentions)
              for e in result.actors if e.kind is EntityKind.ORGANISATION}
    assert bodies["Kenya's defence ministry"] == [("a1", 1), ("a1", 2)]
    assert bodies["Norwegian army"] == [("a2", 1), ("a2", 2)]  # the one named last before it
    assert bodies["Kenyan army"] == [("a2", 1), ("a3", 1)]  # a story about one country: its army
    assert ("a4", 2) not in {place for mentions in bodies.values() for place in mentions}  # whose? not told
    home = run({"a1": ["Kenya signed the deal in Nairobi.", "Kenya and Kenya's allies met.",
                       "Norway's defence ministry sent troops.",
                       "The defence ministry said Kenya's forces would abide by the deal."]})
    assert {e.name: [m.source.paragraph for m in e.mentions] for e in home.actors
            if e.kind is EntityKind.ORGANISATION} == {"Norway's defence ministry": [3], "Kenyan defence ministry": [4]}
    us = run({"a1": ["The United States met Kenyan envoys.", "The United States and the United States' allies met.",
                     "The defence ministry said so."]})
    assert [e.name for e in us.actors if e.kind is EntityKind.ORGANISATION] == []  # Washington has departments


def test_a_dateline_s_city_tips_the_home_country_a_body_named_by_its_noun_belongs_to():
    result = run({"a1": ["NAIROBI, Sept 9 (Reuters) - Kenya's president resigned as protesters set fire to parliament "
                         "near the Norwegian border.",
                         "Kenya's neighbour Norway and Norwegian officials called for calm.",
                         "The army said in a statement that it would take charge of security."]})
    assert "Kenyan army" in {e.name for e in result.actors}


def test_a_capital_s_mission_to_a_body_is_its_country_s():
    result = run({"a1": ["Kenya's mission to the United Nations made the same point."],
                  "a2": ["Nairobi's mission to the United Nations said resistance would grow."]})
    mission, = [e for e in result.actors if "mission" in e.name]
    assert {m.source.article for m in mission.mentions} == {"a1", "a2"}


def test_one_military_site_by_any_of_its_kind_nouns_is_one_venue():
    result = run({"a1": ["Mutineers seized the Kessaba military base on Monday."],
                  "a2": ["Soldiers left the Kessaba camp.", "Officers met at the Kessaba barracks in Arendal."]})
    sites = [v for v in result.venues if v.name.startswith("Kessaba")]
    assert len(sites) == 1 and len(sites[0].mentions) == 3


def test_a_body_named_by_its_noun_alone_speaks_for_itself_or_for_the_body_named_before():
    result = run({"a1": ["Kenya's transport ministry closed the airport.",
                         '"The airspace is closed," the transport ministry said.'],
                  "a2": ["The Kenya Defence Forces crossed into Norway.",
                         '"The night was calm," the army said.']})
    speakers = {q.text: q.speaker for q in result.quotes}
    assert speakers == {"The airspace is closed,": "kenyas-transport-ministry",
                        "The night was calm,": "kenya-defence-forces"}


def test_a_country_named_after_a_titled_name_is_the_titles_and_a_role_of_another_country_is_not_that_person():
    result = run({"a1": ["President Daniel Mwangi of Kenya praised the accord signed in Nairobi.",
                         'Uganda rejected it. "We are not bound by it," the Ugandan leader said.']})
    mwangi = next(e for e in result.actors if e.slug == "daniel-mwangi")
    assert mwangi.role == "President of Kenya"
    quote, = result.quotes
    assert quote.speaker is None


def test_a_role_no_one_holds_is_an_epithet_for_the_untitled_person_named_just_before():
    result = run({"a1": ['Jan Kowalski arrived at the summit. "We must be firm," the Polish prime minister said.'],
                  "a2": ["Lena Okafor arrived in Oslo.", "Kenya and Norway traded fire.", "Kenya and Norway spoke.",
                         '"We must be firm," the Polish prime minister said.']})
    speakers = {q.source.article: q.speaker for q in result.quotes}
    assert speakers == {"a1": "jan-kowalski", "a2": None}  # three paragraphs back is too far for an epithet


def test_an_epithet_goes_to_the_one_named_just_before_before_a_holder_seen_in_other_stories():
    result = run({"a1": ["President Jan Kowalski met Kenya's envoy in Nairobi."],
                  "a2": ["Norway's President Tomas Brenner and his Kenyan counterpart Lena Okafor met in Oslo.",
                         '"We must be firm," the Kenyan president told her counterpart.']})
    speakers = {q.source.article: q.speaker for q in result.quotes}
    assert speakers == {"a2": "lena-okafor"}


def test_a_longer_name_brought_in_after_a_full_name_is_someone_else():
    result = run({"a1": ["President Tomas Brenner spoke in Oslo.", "His son, lawmaker Tomas Brenner Varga, signed too.",
                         "Brenner's government welcomed it."]})
    people = {e.name: len(e.mentions) for e in result.actors if e.kind is EntityKind.PERSON}
    assert people == {"Tomas Brenner": 2, "Tomas Brenner Varga": 1}


def test_a_lone_noun_like_army_before_another_noun_is_no_body():
    result = run({"a1": ["Kenya said the army chief and the military junta met police officers in Nairobi.",
                         "Kenya said so."]})
    assert [e.name for e in result.actors if e.kind is EntityKind.ORGANISATION] == []


def test_a_family_named_by_its_surname_is_the_person_of_that_name():
    result = run({"a1": ["Lena Okafor arrived in Kenya on Sunday.", "The Okafors dined in Nairobi."]})
    assert [(e.name, e.kind) for e in result.actors] == [("Lena Okafor", EntityKind.PERSON)]


def test_a_lone_name_is_the_full_name_its_own_article_gives_and_elsewhere_the_one_most_articles_give():
    result = run({"a1": ["Lena Okafor met Kenya's envoy.", "Okafor said the talks went well."],
                  "a2": ["Okafor flew to Oslo.", "Okafor said so."],
                  "a3": ["Spokesman Tom Okafor spoke in Nairobi.", "Okafor said so."],
                  "a4": ["Lena Okafor landed in Oslo.", "Okafor said so."]})
    pages = {e.name: sorted({m.source.article for m in e.mentions}) for e in result.actors}
    assert pages["Lena Okafor"] == ["a1", "a2", "a4"]
    assert pages["Tom Okafor"] == ["a3"]


def test_a_countrys_military_by_its_own_name_is_the_body_its_demonym_names_but_a_rebel_army_is_not():
    result = run({"a1": ["The Kenya Defence Forces said troops had landed.", "The Kenyan military said more.",
                         "The Free Kenyan Army denied it."]})
    bodies = {e.name: len(e.mentions) for e in result.actors if e.kind is EntityKind.ORGANISATION}
    assert bodies == {"Kenya Defence Forces": 2, "Free Kenyan Army": 1}


def test_a_couple_joins_the_one_of_its_name_named_more():
    result = run({"a1": ["Lena Okafor and her husband Tom Okafor were shot at home.", "Lena Okafor died later.",
                         "The Okafors were killed in Lamu."]})
    okafors = {e.name: len(e.mentions) for e in result.actors if "Okafor" in e.name}
    assert okafors == {"Lena Okafor": 3, "Tom Okafor": 1}


def test_a_family_joins_the_one_of_its_name_named_far_more_often():
    result = run({"a1": ["Lena Okafor arrived in Kenya on Sunday.", "Lena Okafor met Jan Kowalski.",
                         "Lena Okafor spoke.", "Her husband Tom Okafor stayed.", "The Okafors dined in Nairobi."]})
    okafors = {e.name: len(e.mentions) for e in result.actors if "Okafor" in e.name}
    assert okafors == {"Lena Okafor": 4, "Tom Okafor": 1}


def test_an_international_airport_and_the_airport_of_that_name_are_one_venue():
    result = run({"a1": ["A missile landed near Norway's Arendal International Airport on Sunday."],
                  "a2": ["Its proximity to Arendal Airport triggered alarm in Norway."]})
    airports = [e for e in result.venues if "Airport" in e.name]
    assert len(airports) == 1 and {m.source.article for m in airports[0].mentions} == {"a1", "a2"}


def test_one_place_spelt_two_ways_is_one_venue_but_two_places_named_side_by_side_stay_two():
    result = run({"a1": ["Fighting raged around Varnetsevo on Sunday."],
                  "a2": ["Troops withdrew from Varnetseve on Monday."],
                  "a3": ["Troops withdrew from Kordessa on Monday and from Kordesa on Tuesday."]})
    towns = sorted((e.name, sorted({m.source.article for m in e.mentions})) for e in result.venues)
    assert towns == [("Kordesa", ["a3"]), ("Kordessa", ["a3"]), ("Varnetsevo", ["a1", "a2"])]


def test_a_bare_ministry_goes_with_the_state_its_article_names_most_even_by_a_little():
    result = run({"a1": ["Kenya and Norway met in Arendal.", "Kenya's envoy and Norway's envoy said talks went well.",
                         "Kenya hosted them.", "The Foreign Ministry said the deal was near."],
                  "a2": ["Peru and Chile met in Lima.", "Peru's envoy and Chile's envoy said talks went well.",
                         "Peru hosted them.", "The Foreign Ministry said the deal was far."]})
    ministries = sorted(sorted(m.source.article for m in e.mentions) for e in result.actors
                        if e.name == "Foreign Ministry")
    assert ministries == [["a1"], ["a2"]]


def test_a_cabinet_named_by_its_noun_alone_and_after_an_adjective_is_the_home_country_s():
    result = run({"a1": ["Kenya signed the deal in Nairobi.", "Kenya and Kenya's allies met.",
                         "The cabinet was due to meet in emergency session on Wednesday.",
                         "The smaller security cabinet recommended on Friday that the agreement be ratified."]})
    assert {e.name: [m.source.paragraph for m in e.mentions] for e in result.actors
            if e.kind is EntityKind.ORGANISATION} == {"Kenyan cabinet": [3], "Kenyan security cabinet": [4]}


def test_the_envoy_of_a_country_is_its_ambassador():
    result = run({"a1": ["Kenyan Ambassador Lena Okafor said ahead of the vote that the council had to act.",
                         'After the result was announced, the Kenyan envoy called it a "historic day".']})
    assert [q.speaker for q in result.quotes] == ["lena-okafor"]


def test_he_after_a_country_s_leader_is_that_country_s_not_a_leader_of_something_else():
    result = run({"a1": ["Kenyan President Jan Kowalski arrived in Geneva on Friday. He then met Marco Bellini, leader "
                         "of the Andean caucus.",
                         'In his speech, the Kenyan leader demanded a ceasefire. "Stop the shelling today," he said.']})
    assert [q.speaker for q in result.quotes] == ["jan-kowalski"]


def test_a_movement_named_more_often_than_the_man_whose_name_it_bears_is_no_family():
    result = run({"a1": ["The Zaranis, a rebel movement in eastern Chad, attacked an army convoy on Thursday.",
                         "The movement's leader, Omar al-Zarani, had warned on Tuesday that it would strike back.",
                         "The Zaranis seized the town of Fada in 2019."]})
    assert {(e.name, e.kind.value) for e in result.actors} >= {("Zaranis", "group"), ("Omar al-Zarani", "person")}


def test_a_short_given_name_joins_the_full_one_but_not_in_one_paragraph():
    result = run({"a1": ["Brig. Gen. Patrick Kowalski said the craft was tracked."],
                  "a2": ["Pentagon press secretary Pat Kowalski said so."],
                  "a3": ["Tom Brandt and his father Thomas Brandt met."]})
    assert sorted((a.name, a.aliases) for a in result.actors if a.kind is EntityKind.PERSON) == [
        ("Patrick Kowalski", ("Pat Kowalski",)), ("Thomas Brandt", ()), ("Tom Brandt", ())]


def test_an_acronym_joins_the_body_of_its_own_article_not_another_storys_with_those_initials():
    result = run({"a1": ["The head of the Kenyan Energy Agency said the gas had escaped."],
                  "a2": ["Agents of the U.S. Drug Enforcement Administration were not involved, Norway said.",
                         "Reports that the attackers were DEA agents were false."]})
    assert sorted((a.name, a.aliases) for a in result.actors if a.kind is EntityKind.ORGANISATION) == [
        ("Kenyan Energy Agency", ()), ("U.S. Drug Enforcement Administration", ("DEA",))]


def test_a_place_whose_name_has_no_word_left_joins_nothing_and_breaks_nothing():
    place = Mention(SourceRef("a1", 1), 0, 3, "The", "The", EntityKind.CITY, "place:the", "place by context")
    city = Mention(SourceRef("a1", 1), 10, 15, "Arendal", "Arendal", EntityKind.CITY, "place:arendal", "named")
    resolution = resolve((Extraction("a1", mentions=(place, city)),), ())
    assert "arendal" in {e.slug for e in resolution.venues}



def test_a_body_is_named_as_the_text_writes_it_not_as_made_for_its_bare_noun():
    resolution = run({"a1": ["Norway is in turmoil. The parliament voted on Monday.",
                             "Okafor said the parliament would vote again."],
                      "a2": ["Norway's parliament elected Okafor on Tuesday."]})
    names = {e.name for e in resolution.actors}
    assert "Norway's parliament" in names and "Norwegian parliament" not in names


@pytest.mark.parametrize("paragraphs, meant", [
    (["Adm. Park Min-jun reported to the president.", "Park Seo-yeon of the opposition won 41%.",
      "Park conceded in the early hours."], "park-seo-yeon"),
    (["Her son Jan Velan Tomas and daughter Lena Velan Okaro were each jailed.", "Velan told reporters it was a sham."],
     "jan-velan-tomas"),
])
def test_a_short_name_of_several_named_before_is_the_one_the_latest_paragraph_named(paragraphs, meant):
    actors = {e.slug: {m.text for m in e.mentions} for e in run({"a1": paragraphs}).actors}
    assert paragraphs[-1].split()[0] in actors[meant]


def test_a_person_with_a_quoted_nickname_is_named_without_it_and_found_by_it():
    actors = run({"a1": ['Former President Jan "Tito" Velan came second.', "Velan conceded on Monday."]}).actors
    velan = next(e for e in actors if e.slug == "jan-velan")
    assert velan.name == "Jan Velan"
    assert {'Jan "Tito" Velan', "Tito Velan"} <= set(velan.aliases)


def test_a_bare_court_joins_the_court_of_the_one_country_its_article_names():
    resolution = run({"a1": ["Norway's Constitutional Court suspended Prime Minister Jan Velan on Tuesday."],
                      "a2": ["Kenya and Norway traded fire. Velan fell after the Constitutional Court removed him."]})
    courts = [e for e in resolution.actors if "Court" in e.name]
    assert len(courts) == 1


@pytest.mark.parametrize("paragraphs, name", [
    (["Norway's King Tomas said he was saddened. Tomas had visited Lamu."], "King Tomas"),
    (["Queen Lena arrived in Nairobi on Monday."], "Queen Lena"),
    (["Jordan's King Jan II met the envoys. Jan II spoke."], "King Jan II"),
    (["Crown Prince Jan Okafor arrived."], "Jan Okafor"),
])
def test_a_royal_known_by_one_name_is_named_with_the_title(paragraphs, name):
    assert name in {e.name for e in run({"a1": paragraphs}).actors}


def test_a_pope_named_with_and_without_his_number_is_one_person():
    resolution = run({"a1": ["Pope Severin XIV prayed in Lamu on Friday. Severin urged peace."],
                      "a2": ["Pope Severin arrived in Nairobi on Sunday."]})
    popes = [e for e in resolution.actors if "Severin" in e.name]
    assert [e.name for e in popes] == ["Pope Severin XIV"]


def test_a_two_letter_surname_like_a_number_is_still_a_surname():
    resolution = run({"a1": ["President Xi Dalan arrived in Nairobi on Monday. "
                             "President Xi said the talks went well."]})
    assert [e.name for e in resolution.actors if "Xi" in e.name] == ["Xi Dalan"]


def test_a_short_name_of_several_named_before_is_the_one_named_most_in_full():
    paragraphs = ["Park Jin-ho was sworn in as president on Wednesday.",
                  "Park Jin-ho took 49% of the vote. Park Sung-min of the Reform Party came third.",
                  "Park said he would serve everyone."]
    actors = {e.slug: {m.text for m in e.mentions} for e in run({"a1": paragraphs}).actors}
    assert "Park" in actors["park-jin-ho"]


def test_a_surname_shared_with_someone_named_only_as_kin_is_the_other_one_s():
    paragraphs = ["Marchers gathered at the monument to the uprising that toppled Tomas Velan, father of the current "
                  "president.",
                  "Anger has been building since President Jan Velan denounced the failed works.",
                  "Velan said he understood the anger."]
    actors = {e.slug: {m.text for m in e.mentions} for e in run({"a1": paragraphs}).actors}
    assert "Velan" in actors["jan-velan"]


def test_a_surname_before_a_suffix_is_the_surname_a_short_name_is_read_by():
    paragraphs = ["President Jan Velan Jr denounced the failed works.", "Tomas Velan, a senator, joined the march.",
                  "Velan said he understood the anger."]
    actors = {e.slug: {m.text for m in e.mentions} for e in run({"a1": paragraphs}).actors}
    assert "Velan" in actors["jan-velan-jr"]


def test_someone_known_by_one_name_and_titled_so_has_a_page():
    actors = run({"a1": ["He met disaster agency chief Suharno on Monday."]}).actors
    assert [(e.name, e.kind) for e in actors] == [("Suharno", EntityKind.PERSON)]
