"""The build-time pictures (generator/pictures/): valid, accessible, escaped, deterministic SVG, and
their layouts (pure geometry): strongest ties only, a map framed to the story with dots that never
hide each other."""
from __future__ import annotations

import itertools
import math
import random
import re
import xml.etree.ElementTree as ET

import pytest

from generator.model import EntityKind
from generator.pictures import (figure, graph_layout, map_layout, outline, relationship_graph_svg, venue_map_svg,
                                world_outline)

SVG = "{http://www.w3.org/2000/svg}"
EVIL = "<script>alert(1)</script>"

NODES = [
    ("donald-trump", "Donald Trump", EntityKind.PERSON),
    ("iran", "Iran", EntityKind.STATE),
    ("united-states", "United States", "state"),
    ("abbas-araghchi", "Abbas Araghchi", "person"),
    ("turkiye", "Türkiye", "state"),
    ("iaea", "International Atomic Energy Agency", "organisation"),
    ("hamas", "Hamas", "group"),
]
EDGES = [
    ("donald-trump", "iran", 5),
    ("iran", "united-states", 7),
    ("abbas-araghchi", "iran", 3),
    ("turkiye", "iran", 2),
    ("iaea", "iran", 1),
    ("hamas", "turkiye", 1),
    ("united-states", "donald-trump", 2),
]
PLACES = [
    ("ankara", "Ankara", 39.93, 32.86, 5),
    ("tehran", "Tehran", 35.69, 51.42, 3),
    ("persian-gulf", "Persian Gulf", 26.5, 52.0, 2),
]


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    return root


def texts(root: ET.Element) -> str:
    return " ".join("".join(el.itertext()) for el in root.iter(f"{SVG}text"))


def view_box(root: ET.Element) -> tuple[float, float, float, float]:
    x, y, w, h = (float(v) for v in root.get("viewBox").split())
    return x, y, w, h


@pytest.mark.parametrize("make", [
    lambda: relationship_graph_svg(NODES, EDGES),
    lambda: relationship_graph_svg(NODES, EDGES, center="iran"),
    lambda: venue_map_svg(PLACES),
])
def test_svg_is_xml_and_accessible(make):
    svg = make()
    assert "\n" not in svg, "one line, so Markdown keeps it as one raw HTML block"
    root = parse(svg)
    assert root.get("role") == "group", "a labelled group of links (an image's links would be hidden)"
    assert root.get("width") == "100%"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None and title.text
    assert desc is not None and desc.text
    assert root.get("aria-labelledby") == title.get("id") and root.get("aria-describedby") == desc.get("id")
    assert root.get("data-search-exclude") == "", "labels and tooltips stay out of Material's search index"
    assert 400 <= view_box(root)[2] <= 600


@pytest.mark.parametrize("make", [
    lambda links: relationship_graph_svg(NODES, EDGES, links=links),
    lambda links: relationship_graph_svg(NODES, EDGES, center="iran", links=links),
    lambda links: venue_map_svg(PLACES + [("drc", "Democratic Republic of the Congo", -4.3, 15.3, 1)], links=links),
])
def test_every_link_has_a_name_and_no_fill_is_hard_coded(make):
    root = parse(make({slug: f"../{slug}/" for slug, *_ in NODES + PLACES}))
    anchors = list(root.iter(f"{SVG}a"))
    assert anchors and all(a.get("aria-label") for a in anchors)
    labels = [t for a in anchors for t in a.iter(f"{SVG}text")]
    assert labels and all(t.get("aria-hidden") == "true" for t in labels), "screen readers hear the name once"
    for anchor in anchors:
        drawn = " ".join(" ".join("".join(t.itertext()).split()) for t in anchor.iter(f"{SVG}text"))
        assert drawn in anchor.get("aria-label"), "the visible label is part of the link's name, never cut"
    painted = [el.get("fill") for el in root.iter() if el.get("fill") not in (None, "currentColor", "transparent")]
    assert painted == [], "shapes are painted by the stylesheet, from palette variables (both schemes)"


def test_graph_draws_labels_links_and_weights():
    svg = relationship_graph_svg(NODES, EDGES, links={"iran": "../iran/", "turkiye": "../turkiye/?a=1&b=2"})
    root = parse(svg)
    assert "Donald Trump" in texts(root) and "Türkiye" in texts(root)
    hrefs = sorted(a.get("href") for a in root.iter(f"{SVG}a"))
    assert hrefs == ["../iran/", "../turkiye/?a=1&b=2"]
    assert "&amp;b=2" in svg
    widths = {"".join(line.find(f"{SVG}title").itertext()): float(line.get("stroke-width"))
              for line in root.iter(f"{SVG}line")}
    assert (widths["Iran – United States: 7 shared paragraphs"] > widths["Donald Trump – Iran: 5 shared paragraphs"]
            > widths["International Atomic Energy Agency – Iran: 1 shared paragraph"])
    kinds = {g.get("class").split()[-1] for g in root.iter(f"{SVG}g") if "graph-node" in g.get("class", "")}
    assert kinds == {"graph-person", "graph-state", "graph-organisation", "graph-group"}
    assert "paragraphs naming both" in texts(root), "the legend says what a line's width counts"


def test_graph_around_a_centre_labels_each_tie_with_its_number():
    root = parse(relationship_graph_svg(NODES, EDGES, center="iran", links={"turkiye": "../turkiye/"}))
    numbers = sorted(t.text for t in root.iter(f"{SVG}text") if t.get("class") == "graph-weight")
    assert numbers == ["1", "2", "3", "5", "7"], "one number per tie of the centre, and only those"
    names = [a.get("aria-label") for a in root.iter(f"{SVG}a")]
    assert names == ["Türkiye (state): 2 shared paragraphs"]


def test_strongest_ties_keep_a_readable_number_of_lines():
    nodes = [(f"n{i}", f"Node {i}", "state") for i in range(10)]
    everyone = [(f"n{i}", f"n{j}", 1 + (i * 7 + j * 3) % 11) for i in range(10) for j in range(i + 1, 10)]
    root = parse(relationship_graph_svg(nodes, everyone))
    lines = [line for line in root.iter(f"{SVG}line") if line.get("class") == "graph-tie"]
    assert 10 <= len(lines) <= 2 * 10, f"{len(lines)} lines among 10 nodes (all 45 before)"
    weights = graph_layout.add_up(everyone, {slug for slug, _, _ in nodes})
    kept = graph_layout.strongest_ties(weights, per_node=2)
    for node, _, _ in nodes:
        heaviest = max(w for pair, w in weights.items() if node in pair)
        assert any(node in pair and w == heaviest for pair, w in kept.items()), f"{node} keeps its strongest tie"


def test_graph_center_is_in_the_middle():
    root = parse(relationship_graph_svg(NODES, EDGES, center="turkiye"))
    _, _, width, _ = view_box(root)
    centre = next(g for g in root.iter(f"{SVG}g") if g.findtext(f"{SVG}title") == "Türkiye")
    assert float(centre.find(f"{SVG}circle").get("cx")) == width / 2


def test_graph_honours_top_n():
    nodes = [(f"n{i:02d}", f"Node {i}", "person") for i in range(40)]
    edges = [(f"n{i:02d}", f"n{j:02d}", i + j) for i in range(40) for j in range(i + 1, 40) if (i + j) % 3 == 0]
    root = parse(relationship_graph_svg(nodes, edges, top=7))
    drawn = [g.findtext(f"{SVG}title") for g in root.iter(f"{SVG}g") if g.get("class", "").startswith("graph-node")]
    assert len(drawn) == 7
    assert len(parse(relationship_graph_svg(nodes, edges)).findall(f".//{SVG}circle[@r]")) >= 20
    default = [g for g in parse(relationship_graph_svg(nodes, edges)).iter(f"{SVG}g")
               if g.get("class", "").startswith("graph-node")]
    assert len(default) == 20
    with_center = parse(relationship_graph_svg(nodes, edges, center="n00", top=5))
    titles = [g.findtext(f"{SVG}title") for g in with_center.iter(f"{SVG}g")
              if g.get("class", "").startswith("graph-node")]
    assert len(titles) == 5 and "Node 0" in titles, "the centre is always drawn, even with little weight"


@pytest.mark.parametrize("make", [
    lambda label, url: relationship_graph_svg([("x", label, "person"), ("y", "Other", "state")], [("x", "y", 1)],
                                              links={"x": url}),
    lambda label, url: venue_map_svg([("x", label, 39.93, 32.86, 1)], links={"x": url}),
])
def test_untrusted_text_is_escaped(make):
    url = '"><script>alert(2)</script>'
    svg = make(EVIL + " & co\x00", url)
    root = parse(svg)  # would raise on a stray "<", "&" or NUL
    assert "<script" not in svg
    assert "&lt;script&gt;" in svg
    assert not list(root.iter(f"{SVG}script")) and not list(root.iter("script"))
    assert [a.get("href") for a in root.iter(f"{SVG}a")][0] == url
    assert EVIL in root.findtext(f"{SVG}desc")


@pytest.mark.parametrize("make", [
    lambda nodes, edges, places: relationship_graph_svg(nodes, edges),
    lambda nodes, edges, places: relationship_graph_svg(nodes, edges, center="iran"),
    lambda nodes, edges, places: venue_map_svg(places),
])
def test_output_is_deterministic_whatever_the_input_order(make):
    first = make(NODES, EDGES, PLACES)
    shuffled = random.Random(7)
    for _ in range(5):
        nodes, edges, places = list(NODES), list(EDGES), list(PLACES)
        for items in (nodes, edges, places):
            shuffled.shuffle(items)
        edges = [(b, a, w) if shuffled.random() < 0.5 else (a, b, w) for a, b, w in edges]  # undirected
        assert make(nodes, edges, places) == first


def test_two_pictures_on_one_page_never_share_an_id():
    ids = [el.get("id") for svg in (relationship_graph_svg(NODES, EDGES), relationship_graph_svg(NODES, EDGES[:3]),
                                    venue_map_svg(PLACES)) for el in parse(svg).iter() if el.get("id")]
    assert len(ids) == len(set(ids)) == 6


def test_empty_input_draws_nothing():
    """Documented choice: nothing to show → "", so templates can skip the figure."""
    assert relationship_graph_svg([], []) == ""
    assert relationship_graph_svg([], [("a", "b", 3)]) == ""
    assert venue_map_svg([]) == ""
    assert venue_map_svg([("nowhere", "Nowhere", None, None, 2), ("bad", "Bad", 120.0, 10.0, 1)]) == ""
    assert figure("", "venue-map") == ""


def test_nodes_without_edges_and_a_single_node_still_draw():
    root = parse(relationship_graph_svg([("a", "Alone", "person")], []))
    assert "Alone" in texts(root)


def _places(root: ET.Element) -> dict[str, ET.Element]:
    return {g.findtext(f"{SVG}title").split(" (")[0].split(":")[0]: g
            for g in root.iter(f"{SVG}g") if g.get("class") == "map-place"}


def test_map_places_ankara_inside_the_view():
    for places in ([PLACES[0]], PLACES, PLACES + [("nyc", "New York", 40.71, -74.0, 1)]):
        root = parse(venue_map_svg(places))
        x0, y0, width, height = view_box(root)
        dot = _places(root)["Ankara"].find(f"{SVG}circle[@class='map-dot']")
        cx, cy, r = (float(dot.get(k)) for k in ("cx", "cy", "r"))
        assert x0 + r <= cx <= x0 + width - r and y0 + r <= cy <= y0 + height - r
        assert "Ankara" in texts(root)


def test_map_of_one_place_shows_its_region_and_sizes_by_count():
    root = parse(venue_map_svg([("ankara", "Ankara", 39.93, 32.86, 1)]))
    land = root.find(f"{SVG}path").get("d")
    assert land.count("M") >= 5, "Türkiye and its neighbours are drawn"
    places = _places(parse(venue_map_svg(PLACES)))
    radius = {name: float(g.find(f"{SVG}circle[@class='map-dot']").get("r")) for name, g in places.items()}
    assert radius["Ankara"] > radius["Tehran"] > radius["Persian Gulf"]


STORY = [  # a story's region crowded with places, and two far away
    ("iran", "Iran", 32.0, 53.0, 40), ("tehran", "Tehran", 35.69, 51.42, 25), ("qom", "Qom", 34.64, 50.88, 3),
    ("karaj", "Karaj", 35.84, 50.94, 2), ("isfahan", "Isfahan", 32.65, 51.67, 4), ("natanz", "Natanz", 33.51, 51.92, 6),
    ("fordow", "Fordow", 34.88, 50.99, 5), ("arak", "Arak", 34.09, 49.69, 2), ("kashan", "Kashan", 33.98, 51.44, 1),
    ("gulf", "Persian Gulf", 26.5, 52.0, 8), ("bahrain", "Bahrain", 26.07, 50.55, 3), ("doha", "Doha", 25.29, 51.53, 4),
    ("qatar", "Qatar", 25.35, 51.18, 6), ("dubai", "Dubai", 25.2, 55.27, 2),
    ("washington", "Washington", 38.9, -77.04, 12), ("brussels", "Brussels", 50.85, 4.35, 1),
]


def test_map_is_framed_to_the_story_and_far_places_are_edge_markers():
    shape = map_layout.layout(STORY)
    frame = shape.frame
    assert frame.east - frame.west <= map_layout.MAX_SPAN_LON * 1.5, "not the whole world"
    beyond = {s.place.slug for s in shape.spots if s.outside}
    assert beyond == {"washington", "brussels"}
    for spot in shape.spots:
        assert map_layout.HIT <= spot.x <= map_layout.WIDTH - map_layout.HIT
        assert map_layout.HIT <= spot.y <= frame.height - map_layout.HIT
    washington = next(s for s in shape.spots if s.place.slug == "washington")
    assert washington.x == map_layout.HIT, "on the western edge, towards it"
    svg = venue_map_svg(STORY)
    assert len(svg.encode()) < 30_000, "the outline is cut and simplified to the frame"
    assert "Beyond the map's edges: Washington" in parse(svg).findtext(f"{SVG}desc")


def test_map_dots_never_hide_each_other_and_are_phone_sized_targets():
    shape = map_layout.layout(STORY)
    for a, b in itertools.combinations(shape.spots, 2):
        assert math.hypot(a.x - b.x, a.y - b.y) >= 2 * map_layout.HIT, (a.place.slug, b.place.slug)
    phone_content = 358  # px of a 390 px phone's page width
    assert 2 * map_layout.HIT * phone_content / map_layout.WIDTH >= 24
    pile = [(f"p{i}", f"Place {i}", 35.0, 51.0, i + 1) for i in range(20)]  # twenty places in one spot
    spots = map_layout.layout(pile).spots
    assert min(math.hypot(a.x - b.x, a.y - b.y) for a, b in itertools.combinations(spots, 2)) >= 2 * map_layout.HIT


def test_map_labels_the_most_mentioned_places_clear_of_every_target():
    shape = map_layout.layout(STORY)
    labelled = [label.slug for label in shape.labels]
    assert labelled[:2] == ["iran", "tehran"]
    _assert_labels_clear(shape)


def test_a_crowded_map_still_labels_its_most_mentioned_places_and_covers_no_dot():
    crowd = [(f"p{i:02d}", f"Place number {i}", 35.0 + (i % 5) * 0.2, 51.0 + (i // 5) * 0.2, 30 - i)
             for i in range(30)]
    shape = map_layout.layout(crowd)
    labelled = {label.slug for label in shape.labels}
    assert {"p00", "p01"} <= labelled and len(labelled & {f"p{i:02d}" for i in range(5)}) >= 4, labelled
    _assert_labels_clear(shape)


def test_the_most_mentioned_place_hemmed_in_by_targets_is_labelled_over_them_not_over_a_dot():
    def spot(slug, x, y, r=4.0):
        place = map_layout.Place(slug, slug.title(), 0.0, 0.0, 1.0)
        return map_layout.Spot(place, x, y, x, y, r, False)
    hub = spot("iran", 200.0, 150.0, 12.0)
    around = [spot(name, 200.0 + dx, 150.0 + dy) for name, dx, dy in
              (("east", 30, 0), ("west", -30, 0), ("north", 0, -30), ("south", 0, 30))]
    labels = map_layout.place_labels([hub, *around], 300.0)
    assert "iran" in [label.slug for label in labels], "every target around it is taken; its label still shows"
    box = next(label.box for label in labels if label.slug == "iran")
    for other in around:
        assert not map_layout.overlap(box, (other.x - 6, other.y - 6, other.x + 6, other.y + 6)), other.place.slug


def _assert_labels_clear(shape: map_layout.MapLayout) -> None:
    """No label covers another place's dot; past the few most mentioned, not even its target."""
    rank = {spot.place.slug: i for i, spot in enumerate(shape.spots)}
    for label in shape.labels:
        for spot in shape.spots:
            if spot.place.slug == label.slug:
                continue
            margin = spot.r if rank[label.slug] < map_layout.ALWAYS_LABELLED else map_layout.HIT
            area = (spot.x - margin, spot.y - margin, spot.x + margin, spot.y + margin)
            assert not map_layout.overlap(label.box, area), (label.slug, spot.place.slug)
    for a, b in itertools.combinations(shape.labels, 2):
        assert not map_layout.overlap(a.box, b.box)


def test_map_stays_small():
    world = venue_map_svg(PLACES + [("nyc", "New York", 40.71, -74.0, 1), ("syd", "Sydney", -33.87, 151.21, 1),
                                    ("lima", "Lima", -12.05, -77.04, 1), ("oslo", "Oslo", 59.91, 10.75, 1)])
    assert len(world.encode()) < 30_000, "far places are edge markers, not a world outline"
    assert outline.tolerance_for(360, 400) > outline.tolerance_for(30, 400), "coarser outline for a wider frame"


def test_world_outline_is_simplified_and_cached():
    outline = world_outline()
    assert world_outline() is outline
    assert 100 < len(outline) and sum(len(ring) for ring in outline) < 12_000
    for ring in outline[:50]:
        assert len(ring) >= 3
        for lon, lat in ring:
            assert round(lon, 1) == lon and round(lat, 1) == lat
            assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_numbers_have_fixed_precision():
    for svg in (relationship_graph_svg(NODES, EDGES), venue_map_svg(PLACES)):
        for element in parse(svg).iter():
            for name in ("x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "stroke-width", "d", "viewBox"):
                assert not re.search(r"\d\.\d\d", element.get(name, "")), (name, element.get(name))


def test_figure_wraps_for_markdown():
    wrapped = figure(venue_map_svg(PLACES), "venue-map")
    assert wrapped.startswith('<figure class="venue-map" markdown="0"><svg') and wrapped.endswith("</svg></figure>")


def test_an_actor_pages_graph_is_its_most_often_mentioned_with_list(make_project):
    """The picture and the list under it name the same actors with the same numbers, in shared paragraphs."""
    import datetime as dt

    from generator.model import Article, Block, Entity, Mention, SourceRef, Story
    from generator.render import render_site

    paragraphs = tuple(Block("paragraph", "Iran Qatar Egypt Oman", n) for n in range(1, 6))
    article = Article("talks", "Talks", dt.date(2026, 2, 1), "talks.txt", paragraphs)
    named_in = {"iran": (1, 2, 3, 4, 5), "qatar": (1, 2, 3), "egypt": (3, 4), "oman": (5,)}

    def state(slug: str) -> Entity:
        mentions = tuple(Mention(SourceRef("talks", n), 0, 4, slug, slug, EntityKind.STATE, f"x:{slug}", "test")
                         for n in named_in[slug])
        return Entity(slug, slug.title(), EntityKind.STATE, (), mentions)

    story = Story((article,), actors=tuple(state(s) for s in named_in), venues=(), events=())
    page = render_site(story, make_project().config)["actors/iran.md"]
    listed = re.findall(r"^- \[(\w+)\]\(\w+\.md\) \((\d+) paragraphs?\)$", page, re.M)
    drawn = re.findall(r'aria-label="(\w+) \(state\): (\d+) shared paragraphs?"', page)
    assert listed == [("Qatar", "3"), ("Egypt", "2"), ("Oman", "1")]
    assert sorted(drawn) == sorted(listed)
