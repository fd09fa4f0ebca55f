"""End to end in a real headless Chromium: the real site (seeds/ + content/) built once, served on 127.0.0.1.

Checks what only a browser can: Material's search ranks entity pages first,
citation links land on the paragraph, the SVG pictures render, no console
error, no request leaves the machine, no sideways scrolling on a phone.
Screenshots go to tests/artifacts/screenshots/ (git-ignored).

Needs /usr/bin/chromium and /usr/bin/chromedriver (Debian's packages; .ci/run
installs them) and selenium; skipped with the reason otherwise.
"""
from __future__ import annotations

import pytest
from browser_support import DESKTOP, PHONE, Browser, StaticServer, build_real_site, missing_browser

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(missing_browser() is not None, reason=str(missing_browser()))]

HOME, TRUMP, CHRONOLOGY = "", "actors/donald-trump/", "chronology/"
PAGES = {"home": HOME, "actor": TRUMP, "chronology": CHRONOLOGY}
SEARCHES = {  # query → (section, slug) of the page that must come first
    "Turkiye": (("actors", "venues"), "turkiye"),
    "Araghchi": (("actors",), "abbas-araghchi"),
    "Witkoff": (("actors",), "steve-witkoff"),
    "Ankara": (("venues",), "ankara"),
}


@pytest.fixture(scope="session")
def site_url(tmp_path_factory):
    """The real project built into a tmp copy (``python -m generator build``), served until the session ends."""
    site = build_real_site(tmp_path_factory.mktemp("browser") / "project")
    server = StaticServer(site)
    yield server.url
    server.stop()


@pytest.fixture(scope="session")
def desktop(site_url):
    browser = Browser(site_url, DESKTOP, "desktop")
    yield browser
    browser.quit()


@pytest.fixture(scope="session")
def phone(site_url):
    browser = Browser(site_url, PHONE, "phone")
    yield browser
    browser.quit()


@pytest.fixture(params=["desktop", "phone"])
def browser(request) -> Browser:
    return request.getfixturevalue(request.param)


def search(browser: Browser, query: str) -> list[str]:
    """Type ``query`` in Material's search box; the result links' hrefs, best first."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver = browser.driver
    browser.open(HOME)
    box = driver.find_element(By.CSS_SELECTOR, "input.md-search__input")
    box.click()
    box.send_keys(query)

    def results(d):  # (hrefs,) once the worker has answered: "N matching documents" or "No matching documents"
        meta = d.find_element(By.CSS_SELECTOR, ".md-search-result__meta").text.lower()
        items = d.find_elements(By.CSS_SELECTOR, ".md-search-result__item > a.md-search-result__link")
        if "no matching" in meta:
            return ([],)
        return ([item.get_attribute("href") for item in items],) if items and "matching" in meta else False

    return WebDriverWait(driver, 20).until(results, f"no search results for {query!r}")[0]


@pytest.mark.parametrize("query", list(SEARCHES))
def test_search_lists_the_entity_page_first(desktop, query):
    sections, slug = SEARCHES[query]
    hrefs = search(desktop, query)
    assert hrefs, f"{query!r}: no matching documents"
    print(f"search {query!r}: first results {[h.replace(desktop.base_url, '/') for h in hrefs[:5]]}")
    first = hrefs[0]
    assert any(f"/{section}/{slug}/" in first for section in sections), (
        f"{query!r}: first result is {first}, expected /{'|'.join(sections)}/{slug}/; all: {hrefs[:5]}")


def test_mention_link_lands_on_the_cited_paragraph(desktop):
    from selenium.webdriver.common.by import By

    driver = desktop.driver
    desktop.open(TRUMP)
    links = driver.find_elements(By.CSS_SELECTOR, "article.md-content__inner li a[href*='/articles/'][href*='#p']")
    assert links, "the actor page's mentions cite article paragraphs"
    # Follow one further down the list, so that landing in view is not an accident of the page top.
    link = links[min(len(links) - 1, 3)]
    target = link.get_attribute("href")
    fragment = target.split("#", 1)[1]
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
    link.click()
    desktop.wait_ready()
    assert driver.current_url == target
    assert fragment.startswith("p") and fragment[1:].isdigit()
    paragraph = driver.find_element(By.ID, fragment)
    assert "article-paragraph" in paragraph.get_attribute("class")
    top, bottom, height, header = driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "const h = document.querySelector('.md-header');"
        "return [r.top, r.bottom, window.innerHeight, h ? h.getBoundingClientRect().bottom : 0];", paragraph)
    assert bottom > header and top < height, f"#{fragment} is not in view: top {top}, bottom {bottom}"
    assert top >= header - 2, f"#{fragment} is hidden under the sticky header ({top} < {header})"


def _rendered(browser: Browser, selector: str) -> list[dict]:
    return browser.driver.execute_script(
        "return [...document.querySelectorAll(arguments[0])].map(e => {"
        "  const r = e.getBoundingClientRect(); return {width: r.width, height: r.height}; });", selector)


def test_chronology_timeline_renders(browser):
    browser.open(CHRONOLOGY)
    boxes = _rendered(browser, ".timeline svg")
    assert boxes, "the chronology has a timeline <svg>"
    assert all(b["width"] > 0 and b["height"] > 0 for b in boxes), boxes


@pytest.mark.parametrize("page, selector", [
    (HOME, "svg.relationship-graph"),
    (TRUMP, "svg.relationship-graph"),
    ("venues/", "svg.venue-map"),
    (HOME, "svg.venue-map"),
])
def test_pictures_render_when_present(browser, page, selector):
    browser.open(page)
    boxes = _rendered(browser, selector)
    if not boxes:
        pytest.skip(f"no {selector} on /{page} yet (generator/pictures.py is not wired into this page)")
    assert all(b["width"] > 0 and b["height"] > 0 for b in boxes), boxes
    if browser.name == "phone":
        width = browser.driver.execute_script("return window.innerWidth")
        assert all(b["width"] <= width for b in boxes), f"{selector} wider than the phone: {boxes}"


CRAWL = [HOME, "articles/", "actors/", "venues/", CHRONOLOGY, "about/", TRUMP, "actors/turkiye/", "venues/ankara/"]


@pytest.mark.parametrize("name", ["desktop", "phone"])
def test_no_console_error_and_nothing_leaves_localhost(request, name):
    browser: Browser = request.getfixturevalue(name)
    browser.collect()  # start clean: earlier tests' logs are theirs
    browser.requests.clear()
    browser.console.clear()
    for page in CRAWL + [_first_article(browser)]:
        browser.open(page)
    if name == "desktop":
        search(browser, "Iran")  # the search worker and its index load too
    external = browser.external_requests()  # reads the logs
    assert len(browser.requests) > len(CRAWL), "the performance log recorded the page loads"
    assert any("search_index.json" in url for url in browser.requests) or name == "phone"
    assert external == []
    errors = sorted(set(browser.console_errors()))
    hint = ("" if not any("sitemap.xml" in e for e in errors) else
            " (Material fetches sitemap.xml next to every <link rel=alternate> of the page, as for a language"
            " version: a feed linked as rel=alternate must sit where ./sitemap.xml exists, i.e. at the site root)")
    assert errors == [], f"console errors{hint}: {errors}"


def _first_article(browser: Browser) -> str:
    """The newest article's page, from the articles index."""
    from selenium.webdriver.common.by import By

    browser.open("articles/")
    return browser.driver.find_element(
        By.CSS_SELECTOR, "article.md-content__inner li a[href]").get_attribute("href").replace(browser.base_url, "")


@pytest.mark.parametrize("page", CRAWL + ["an article"])
def test_no_horizontal_scroll_on_a_phone(phone, page):
    if page == "an article":
        page = _first_article(phone)
    phone.open(page)
    scroll, inner = phone.driver.execute_script(
        "return [document.scrollingElement.scrollWidth, window.innerWidth]")
    assert scroll <= inner + 1, f"/{page} scrolls sideways on a phone: {scroll} px of content in {inner} px"


def test_screenshots(desktop, phone, capsys):
    paths = []
    for browser in (desktop, phone):
        for name, page in PAGES.items():
            browser.open(page)
            paths.append(browser.screenshot(name))
    with capsys.disabled():
        print("\nscreenshots:\n" + "\n".join(f"  {p}" for p in paths))
    assert all(p.stat().st_size > 5_000 for p in paths)
