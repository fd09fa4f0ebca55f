"""What readers meet, audited in a real headless Chromium as the web's standard tools would: axe-core
(WCAG 2.1 A/AA, the engine inside Lighthouse's accessibility score) on every page type in the light
and dark scheme, on a desktop and a phone; the page never shifts while it loads (cumulative layout
shift 0); every map dot's centre opens its own place; search costs nothing until it is opened.

The site is the real project (seeds/, content/) plus six articles on other stories, so pages have
the spread of a real one. Screenshots of each page type, light and dark, desktop and phone, land in
tests/artifacts/screenshots/ (git-ignored).

Needs Debian's chromium and chromium-driver, selenium, and axe-core (`npm ci`, which `make test`
runs); skipped with the reason otherwise.
"""
from __future__ import annotations

import pytest
from browser_support import (DESKTOP, PHONE, Browser, StaticServer, build_real_site, missing_axe,
                             missing_browser)

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(missing_browser() is not None, reason=str(missing_browser())),
              pytest.mark.skipif(missing_axe() is not None, reason=str(missing_axe()))]

PAGE_TYPES = {"home": "", "chronology": "chronology/", "actors": "actors/", "venues": "venues/",
              "actor": "actors/iran/", "venue": "venues/tehran/", "article": None}  # None: found in the site
SCHEMES = ("default", "slate")  # Material's light and dark schemes
SERIOUS = {"serious", "critical"}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    built = build_real_site(tmp_path_factory.mktemp("accessibility") / "project", more_articles=True)
    server = StaticServer(built)
    yield server
    server.stop()


@pytest.fixture(scope="module", params=[DESKTOP, PHONE], ids=["desktop", "phone"])
def browser(request, site):
    name = "desktop" if request.param == DESKTOP else "phone"
    browser = Browser(site.url, request.param, name)
    yield browser
    browser.quit()


def _path(site: StaticServer, page_type: str) -> str:
    """The page's path; for an article, one with the most parts (a source link, subheadings)."""
    path = PAGE_TYPES[page_type]
    if path is not None:
        return path
    pages = sorted(site.directory.glob("articles/*/index.html"))
    richest = max(pages, key=lambda p: (p.read_text(encoding="utf-8").count('href="http'), p.name))
    return richest.parent.relative_to(site.directory).as_posix() + "/"


@pytest.mark.parametrize("page_type", list(PAGE_TYPES))
def test_no_serious_axe_violation_and_no_layout_shift(site, browser, page_type):
    path = _path(site, page_type)
    browser.open(path)
    shift = browser.layout_shift()
    problems = []
    for scheme in SCHEMES:
        browser.use_scheme(scheme)
        browser.screenshot(f"{page_type}-{'light' if scheme == 'default' else 'dark'}")
        for violation in browser.axe():
            if violation["impact"] in SERIOUS:
                nodes = "; ".join(f"{target}: {summary.splitlines()[-1].strip()}"
                                  for target, summary in violation["nodes"][:3])
                problems.append(f"{scheme} {violation['id']} ({violation['impact']}, {len(violation['nodes'])}"
                                f" elements): {violation['help']} — {nodes}")
    print(f"{browser.name} {page_type} /{path}: layout shift {shift:.4f}, "
          f"{len(problems)} serious violations")
    assert problems == []
    assert shift == 0, f"the page moved while loading: cumulative layout shift {shift:.4f}"


@pytest.mark.parametrize("page", ["", "venues/"])
def test_every_map_dot_centre_opens_its_own_place(browser, page):
    browser.open(page)
    dots = browser.driver.execute_script("""
        return [...document.querySelectorAll('svg.venue-map a')].map(a => {
          a.scrollIntoView({block: 'center'});
          const mark = a.querySelector('.map-dot');
          const r = mark.getBoundingClientRect(), hit = a.querySelector('.map-hit').getBoundingClientRect();
          const x = r.left + r.width / 2, y = r.top + r.height / 2;
          const found = document.elementFromPoint(x, y);
          return {href: a.getAttribute('href'), opens: found && found.closest('a') ?
                  found.closest('a').getAttribute('href') : null, target: Math.min(hit.width, hit.height)};
        });""")
    assert len(dots) >= 5, f"the map of /{page} shows its places: {dots}"
    wrong = [d for d in dots if d["opens"] != d["href"]]
    assert wrong == [], f"{len(wrong)} of {len(dots)} dots open another place (or none) at their centre: {wrong}"
    small = [d for d in dots if d["target"] < 24]
    assert small == [], f"targets under 24 px on a {browser.name}: {small}"


def test_a_focused_picture_link_shows_a_ring(browser):
    """Keyboard users see where they are in a picture: Tab onto a map place rings it in the accent colour."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.open("venues/")
    first = browser.driver.find_element(By.CSS_SELECTOR, "svg.venue-map a")
    for _ in range(400):  # Tab through the page up to the map's first place
        browser.driver.switch_to.active_element.send_keys(Keys.TAB)
        if browser.driver.execute_script("return document.activeElement === arguments[0]", first):
            break
    ring, accent = browser.driver.execute_script(
        "const hit = arguments[0].querySelector('.map-hit');"
        " return [getComputedStyle(hit).stroke, getComputedStyle(document.body).getPropertyValue("
        "'--md-accent-fg-color').trim()]", first)
    assert browser.driver.execute_script("return document.activeElement === arguments[0]", first), "Tab reaches it"
    assert ring not in ("none", ""), f"no focus ring on the focused place ({ring}; accent {accent})"


def test_search_loads_only_when_opened(site):
    """Nothing of Pagefind's is fetched until the reader opens the search; then the dialog works."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser = Browser(site.url, DESKTOP, "on-demand")
    try:
        browser.open("")
        browser.collect()
        assert not [url for url in browser.requests if "/pagefind" in url], browser.requests
        browser.driver.find_element(By.CSS_SELECTOR, "button[data-md-pagefind]").click()
        box = WebDriverWait(browser.driver, 20).until(
            lambda d: d.find_element(By.CSS_SELECTOR, "dialog.pf-modal[open] input"), "the search did not open")
        box.send_keys("mediator")
        WebDriverWait(browser.driver, 20).until(
            lambda d: d.find_element(By.CSS_SELECTOR, ".pf-result-excerpt mark"), "no results")
        wrap, clamp = browser.driver.execute_script(
            "const s = getComputedStyle(document.querySelector('.pf-result-excerpt'));"
            " return [s.whiteSpace, s.webkitLineClamp]")
        assert (wrap, clamp) == ("normal", "3"), "excerpts wrap over three lines, to show the match's context"
        browser.collect()
        assert any(url.endswith("pagefind-component-ui.js") for url in browser.requests)
    finally:
        browser.quit()
