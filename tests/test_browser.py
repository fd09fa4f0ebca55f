"""End to end in a real headless Chromium: the real site (seeds/ + content/) built once, served on 127.0.0.1.

Checks what only a browser can: the search (Pagefind) ranks entity pages first,
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


@pytest.fixture(scope="module")
def site_server(tmp_path_factory):
    """The real project built into a tmp copy (``python -m generator build``), served while this module's
    tests run: its threads end with them, so later tests run in a process with no other thread (one
    that forks, like the generator's parallel work, would otherwise copy a lock a thread holds)."""
    site = build_real_site(tmp_path_factory.mktemp("browser") / "project")
    server = StaticServer(site)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def site_url(site_server):
    return site_server.url


@pytest.fixture(scope="module")
def desktop(site_url):
    browser = Browser(site_url, DESKTOP, "desktop")
    yield browser
    browser.quit()


@pytest.fixture(scope="module")
def phone(site_url):
    browser = Browser(site_url, PHONE, "phone")
    yield browser
    browser.quit()


@pytest.fixture(params=["desktop", "phone"])
def browser(request) -> Browser:
    return request.getfixturevalue(request.param)


def open_search(browser: Browser, page: str = HOME):
    """Open ``page`` and the header's search dialog from the keyboard: the search button, focused, then Enter.

    Returns the dialog's text box, which has the focus."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    driver = browser.driver
    browser.open(page)
    button = driver.find_element(By.CSS_SELECTOR, ".md-header button[data-md-pagefind]")  # in the page itself
    assert button.is_displayed(), f"the search button is hidden on {browser.name}"
    button.send_keys(Keys.ENTER)
    box = WebDriverWait(driver, 10).until(
        lambda d: d.find_element(By.CSS_SELECTOR, "dialog.pf-modal[open] input"), "the search dialog did not open")
    WebDriverWait(driver, 5).until(lambda d: d.switch_to.active_element == box, "the search box has no focus")
    return box


def search(browser: Browser, query: str) -> list[str]:
    """Type ``query`` in the search dialog; the result links' hrefs, best first (the results drawn so far)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    box = open_search(browser)
    box.send_keys(query)

    def results(d):  # (hrefs,) once Pagefind has answered this query: "N results for …" or "No results for …"
        summary = d.find_element(By.CSS_SELECTOR, "dialog.pf-modal pagefind-summary").text.lower()
        if query.lower() not in summary:
            return False
        if summary.startswith("no results"):
            return ([],)
        links = d.find_elements(By.CSS_SELECTOR, "dialog.pf-modal pagefind-results .pf-result-link")
        return ([link.get_attribute("href") for link in links],) if links else False

    return WebDriverWait(browser.driver, 20).until(results, f"no search results for {query!r}")[0]


@pytest.mark.parametrize("query", list(SEARCHES))
def test_search_lists_the_entity_page_first(desktop, query):
    sections, slug = SEARCHES[query]
    hrefs = search(desktop, query)
    assert hrefs, f"{query!r}: no matching documents"
    print(f"search {query!r}: first results {[h.replace(desktop.base_url, '/') for h in hrefs[:5]]}")
    first = hrefs[0]
    assert any(f"/{section}/{slug}/" in first for section in sections), (
        f"{query!r}: first result is {first}, expected /{'|'.join(sections)}/{slug}/; all: {hrefs[:5]}")


def test_search_works_under_a_sub_path(site_server, tmp_path):
    """Published under /sub/ (as on a project's GitHub Pages), the search loads and its links stay in /sub/."""
    (tmp_path / "sub").symlink_to(site_server.directory, target_is_directory=True)
    server = StaticServer(tmp_path)
    browser = Browser(server.url + "sub/", DESKTOP, "sub-path")
    try:
        hrefs = search(browser, "Ankara")
        assert hrefs and hrefs[0] == server.url + "sub/venues/ankara/", hrefs[:3]
        assert all(href.startswith(server.url + "sub/") for href in hrefs), hrefs
        assert not [path for path, code in server.served if code >= 400], server.served
    finally:
        browser.quit()
        server.stop()


def test_search_from_the_keyboard_opens_the_result(browser):
    """On a desktop and a phone: "/" opens the search, typing shows results, ↓ and Enter open the first."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    driver = browser.driver
    browser.open(CHRONOLOGY)
    driver.find_element(By.TAG_NAME, "body").send_keys("/")
    box = WebDriverWait(driver, 10).until(
        lambda d: d.find_element(By.CSS_SELECTOR, "dialog.pf-modal[open] input"), "'/' did not open the search")
    assert driver.switch_to.active_element == box
    box.send_keys("Witkoff")
    WebDriverWait(driver, 20).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "dialog.pf-modal .pf-result-link"), "no results for Witkoff")
    first = driver.find_element(By.CSS_SELECTOR, "dialog.pf-modal .pf-result-link").get_attribute("href")
    assert first == browser.base_url + "actors/steve-witkoff/"
    box.send_keys(Keys.ARROW_DOWN)
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    WebDriverWait(driver, 10).until(lambda d: d.current_url == first, f"Enter did not open {first}")
    browser.wait_ready()
    assert driver.find_element(By.CSS_SELECTOR, "article h1").text.startswith("Steve Witkoff")


HOSTILE_ARTICLE = """---
title: "<img src=x onerror=alert('title')> Envoys in Vienna"
date: 2026-02-08
---

Iran and the United States met in Vienna <img src=x onerror=alert('body')> on Sunday, said <script>alert(1)</script>.

## <img src=x onerror=alert('heading')> Vienna talks

The Vienna round ended with <b onmouseover=alert(2)>bold</b> words.
"""


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    """A small project with an article made of markup, built (Pagefind included) and served."""
    from conftest import create_project

    from generator import pipeline
    from generator.site import mkdocs_build

    project = create_project(tmp_path_factory.mktemp("hostile-search") / "project", "two_articles")
    (project.input / "2026-02-08-vienna.md").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    pipeline.generate(project.config)
    mkdocs_build(project.config)
    server = StaticServer(project.config.site_dir)
    yield server.url
    server.stop()


def test_search_results_show_article_markup_as_text(hostile_url):
    """Titles, excerpts and section names in the results are text: no element, handler or alert from them."""
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    browser = Browser(hostile_url, DESKTOP, "hostile")
    try:
        hrefs = search(browser, "Vienna")
        assert hrefs, "the hostile article is not found"
        results = browser.driver.find_element(By.CSS_SELECTOR, "dialog.pf-modal pagefind-results")
        live = browser.driver.execute_script(
            "const r = arguments[0]; return [...r.querySelectorAll('*')].filter(e => e.tagName !== 'SCRIPT' &&"
            " (['IMG', 'B', 'IFRAME', 'SVG'].includes(e.tagName.toUpperCase()) ||"
            " [...e.attributes].some(a => a.name.startsWith('on')))).map(e => e.outerHTML)", results)
        assert live == [], f"article markup became elements in the search results: {live}"
        text = results.text
        assert "<img src=x onerror=alert('title')> Envoys in Vienna" in text  # the title, as written
        assert "<script>alert(1)</script>" in text or "<img src=x onerror=alert('body')>" in text, text
        try:
            alert = browser.driver.switch_to.alert.text
        except NoAlertPresentException:
            alert = None
        assert alert is None, f"an alert ran: {alert!r}"
        assert browser.console_errors() == []
    finally:
        browser.quit()


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


def test_chronology_is_a_timeline_in_body_text(browser):
    """Each event once, drawn as a timeline by the stylesheet: text at the body's size, a dot per event."""
    browser.open(CHRONOLOGY)
    body, entries, dots = browser.driver.execute_script(
        "const size = e => getComputedStyle(e).fontSize;"
        "const entries = [...document.querySelectorAll('article .chronology-event')];"
        "return [size(document.querySelector('article > p')), entries.map(e => size(e.querySelector('p'))),"
        " entries.map(e => getComputedStyle(e, '::before').width)];")
    assert entries, "the chronology lists its events"
    assert set(entries) == {body}, f"event text {set(entries)} against body text {body}"
    assert all(width not in ("0px", "auto") for width in dots), "each event has its dot on the axis"


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
        pytest.skip(f"no {selector} on /{page} (generator/pictures/ draws nothing for it)")
    assert all(b["width"] > 0 and b["height"] > 0 for b in boxes), boxes
    if browser.name == "phone":
        width = browser.driver.execute_script("return window.innerWidth")
        assert all(b["width"] <= width for b in boxes), f"{selector} wider than the phone: {boxes}"


CRAWL = [HOME, "articles/", "actors/", "venues/", CHRONOLOGY, "about/", TRUMP, "actors/turkiye/", "venues/ankara/"]


@pytest.mark.parametrize("name", ["desktop", "phone"])
def test_no_console_error_and_nothing_leaves_localhost(request, site_server, name):
    """Pages and search: every request the page makes is to 127.0.0.1 (Chrome's performance log), and
    the search's own requests, made by Pagefind's Web Worker (which that log does not show), are for
    the site's pagefind/ folder and were answered by the local server."""
    browser: Browser = request.getfixturevalue(name)
    browser.collect()  # start clean: earlier tests' logs are theirs
    browser.requests.clear()
    browser.console.clear()
    site_server.served.clear()
    browser.driver.execute_cdp_cmd("Network.clearBrowserCache", {})  # earlier searches cached Pagefind's files
    for page in CRAWL + [_first_article(browser)]:
        browser.open(page)
    assert search(browser, "Iran"), "no results for Iran"  # Pagefind's script, worker, wasm and index chunks load
    external = browser.external_requests()  # reads the logs
    assert len(browser.requests) > len(CRAWL), "the performance log recorded the page loads"
    fetched = [url.replace(browser.base_url, "/") for url in browser.requests]
    assert "/pagefind/pagefind-worker.js" in fetched, f"the page did not start Pagefind's worker: {fetched}"
    served = {path: code for path, code in site_server.served}
    for chunk in ("/pagefind/pagefind-entry.json", "/pagefind/wasm.", "/pagefind/index/", "/pagefind/fragment/"):
        assert any(path.startswith(chunk) and code == 200 for path, code in served.items()), (
            f"the search did not fetch {chunk}… from the site: {sorted(served)}")
    assert not any("search_index.json" in path for path in [*fetched, *served]), "Material's whole-site index"
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


@pytest.fixture(scope="module")
def bundled_site_url(site_server, tmp_path_factory):
    """The same site, its search index rebuilt in bundles of 8 pages (as a big site's is, by the thousand)."""
    import shutil

    from generator.site import pagefind_index

    served = tmp_path_factory.mktemp("bundled") / "site"
    shutil.copytree(site_server.directory, served)
    summary = pagefind_index(served, bundle_pages=8)
    assert "more bundles" in summary, summary
    server = StaticServer(served)
    yield server.url, server
    server.stop()


@pytest.mark.parametrize("query", ["Witkoff", "Ankara"])
def test_search_finds_pages_in_every_bundle(bundled_site_url, query):
    url, server = bundled_site_url
    browser = Browser(url, DESKTOP, "desktop-bundled")
    try:
        sections, slug = SEARCHES[query]
        hrefs = search(browser, query)
        assert hrefs and any(f"/{section}/{slug}/" in hrefs[0] for section in sections), hrefs[:5]
    finally:
        browser.quit()
    fetched = {path.split("?")[0] for path, _ in server.served}
    other_bundles = {p.split("/")[1] for p in fetched if p.startswith("/pagefind-")}
    assert len(other_bundles) >= 2, f"the search loaded the other bundles: {sorted(fetched)[:20]}"
