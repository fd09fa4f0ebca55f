"""Helpers for tests/test_browser.py: build the real site in a tmp copy, serve it, drive Chromium.

The browser is Debian's ``chromium`` with its ``chromium-driver`` (``.ci/run``
installs both); Selenium Manager is never used, so nothing is downloaded.
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = REPO / "tests" / "artifacts" / "screenshots"
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"  # `make test` installs it (package.json)
# Six articles on other stories (the first eval corpus), added to the seeds so the site has the spread
# of a real one: places on several continents, a hundred events.
MORE_ARTICLES = REPO / "tests" / "eval" / "dev"
MORE_ARTICLES_GLOB = "articles/10[1-6]_*"

DESKTOP = (1280, 900)
PHONE = (390, 844)

# What ``make site`` reads, minus what the generator writes (docs/<generated>/, site/, caches).
PROJECT_FILES = ("mkdocs.yml", "site_config", "seeds", "content", "docs")
GENERATED = ("articles", "actors", "venues", "chronology", ".generated.json")
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}
LOCAL_SCHEMES = {"data", "blob", "about", "chrome", "devtools", "chrome-extension"}


def missing_axe() -> str | None:
    return None if AXE.exists() else f"{AXE} is missing: npm ci (make test does it)"


def missing_browser() -> str | None:
    """Why the browser tests cannot run here, or None."""
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not path.exists():
            return f"{path} is missing: apt-get install -y chromium chromium-driver (.ci/run does it)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed: pip install -r requirements.txt"
    return None


def build_real_site(root: Path, more_articles: bool = False) -> Path:
    """Copy the project's inputs into ``root`` and run ``python -m generator build`` there (as ``make site``);
    with ``more_articles``, the eval corpus's articles are added to the seeds."""
    docs = REPO / "docs"

    def ignore(folder: str, names: list[str]) -> set[str]:
        skipped = {n for n in names if n == "__pycache__" or n.endswith(".pyc")}
        return skipped | (set(names) & set(GENERATED) if Path(folder) == docs else set())

    root.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=ignore)
        elif source.is_file():
            shutil.copy2(source, root / name)
    if more_articles:
        for article in sorted(MORE_ARTICLES.rglob(MORE_ARTICLES_GLOB)):
            shutil.copy2(article, root / "seeds" / article.name)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--config", "site_config/generator.yml"],
                            cwd=root, env=env, capture_output=True, text=True, timeout=600, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"python -m generator build failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return root / "site"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass

    def log_request(self, code="-", size="-"):
        self.server.served.append((self.path, int(code) if str(code).isdigit() else 0))


@dataclass
class StaticServer:
    """``python -m http.server``'s handler on 127.0.0.1 and a free port, in a thread.

    ``served`` lists every (path, status) it answered, including what Web Workers fetched: Chrome's
    page-level performance log does not show a worker's requests (Pagefind searches in one)."""

    directory: Path
    server: ThreadingHTTPServer = field(init=False)
    thread: threading.Thread = field(init=False)

    def __post_init__(self) -> None:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(self.directory)))
        self.server.served = []
        self.thread = threading.Thread(target=self.server.serve_forever, name="site-server", daemon=True)
        self.thread.start()

    @property
    def served(self) -> list[tuple[str, int]]:
        return self.server.served

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)


class Browser:
    """One headless Chromium at one window size, with its console and network logs collected."""

    def __init__(self, base_url: str, size: tuple[int, int], name: str):
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        self.base_url, self.size, self.name = base_url, size, name
        self.profile = tempfile.mkdtemp(prefix=f"chromium-{name}-")
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                     "--no-first-run", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--disable-extensions", "--hide-scrollbars",
                     f"--user-data-dir={self.profile}", f"--window-size={size[0]},{size[1]}"):
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        self.driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
        self.driver.set_page_load_timeout(60)
        self.driver.set_window_size(*size)
        self.requests: list[str] = []
        self.console: list[dict] = []
        self.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": LAYOUT_SHIFTS})

    def open(self, path: str = "") -> None:
        self.driver.get(self.base_url + path.lstrip("/"))
        self.wait_ready()

    def wait_ready(self) -> None:
        from selenium.webdriver.support.ui import WebDriverWait

        WebDriverWait(self.driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")

    def collect(self) -> None:
        """Move the browser's logs into ``requests`` and ``console`` (reading a log empties it)."""
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") == "Network.requestWillBeSent":
                self.requests.append(message["params"]["request"]["url"])
        self.console.extend(self.driver.get_log("browser"))

    def external_requests(self) -> list[str]:
        self.collect()
        return sorted({url for url in self.requests if not is_local(url)})

    def console_errors(self) -> list[str]:
        self.collect()
        return [f"{e.get('source', '')}: {e['message']}" for e in self.console if e.get("level") == "SEVERE"]

    def screenshot(self, name: str, max_height: int = 8000) -> Path:
        """A full-page PNG (through the DevTools protocol) in tests/artifacts/screenshots/."""
        metrics = self.driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
        content = metrics.get("cssContentSize") or metrics["contentSize"]
        width = self.driver.execute_script("return window.innerWidth")
        height = min(max_height, int(content["height"]))
        shot = self.driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}-{self.name}.png"
        path.write_bytes(base64.b64decode(shot["data"]))
        return path

    def use_scheme(self, scheme: str) -> None:
        """Switch the open page to Material's ``default`` (light) or ``slate`` (dark) scheme, as its toggle does."""
        self.driver.execute_script(  # without transitions, so colours are final when axe measures them
            "const still = document.createElement('style'); still.textContent = '*, *::before, *::after"
            " { transition: none !important; }'; document.head.append(still);"
            "document.body.setAttribute('data-md-color-scheme', arguments[0])", scheme)

    def axe(self) -> list[dict]:
        """axe-core's WCAG 2.1 A/AA violations on the open page: [{id, impact, help, nodes: [target, summary]}]."""
        if "axe" not in self.driver.execute_script("return Object.keys(window)"):
            self.driver.execute_script(AXE.read_text(encoding="utf-8"))
        result = self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
            " resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
            " help: v.help, nodes: v.nodes.map(n => [n.target.join(' '), n.failureSummary])}))),"
            " e => done({error: String(e)}));")
        if isinstance(result, dict):
            raise RuntimeError(f"axe-core failed: {result['error']}")
        return result

    def layout_shift(self) -> float:
        """Cumulative layout shift since the page started loading, not counting shifts right after input."""
        return self.driver.execute_script("return window.__layoutShift || 0")

    def quit(self) -> None:
        try:
            self.driver.quit()
        finally:
            shutil.rmtree(self.profile, ignore_errors=True)


# Installed before any page script runs (the shifts while loading are the ones readers see).
LAYOUT_SHIFTS = """
window.__layoutShift = 0;
new PerformanceObserver(list => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
}).observe({type: 'layout-shift', buffered: true});
"""


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in LOCAL_SCHEMES:
        return True
    return parts.scheme in ("http", "https", "ws", "wss") and (parts.hostname or "") in LOCAL_HOSTS
