#!/usr/bin/env python
"""The biggest single article: generate, MkDocs (with Pagefind) and the link check, timed and measured.

    .venv/bin/python tests/benchmarks/big_article.py [--sizes 1,2,4] [--keep DIR]

For each size in MB, a throwaway project (the ``two_articles`` fixture plus one raw article of
plain paragraphs, ``tests/test_bad_inputs.py``'s ``huge_article``) is generated, built and
link-checked, each step in its own process; prints seconds and the step's peak memory (its
process and the processes it waited for: MkDocs includes Pagefind), then how each grew per
doubling of the article (about 2 is linear).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from conftest import create_project  # noqa: E402
from test_bad_inputs import huge_article  # noqa: E402

STEPS = {
    "generate": "from generator import pipeline; pipeline.generate(config)",
    "mkdocs": "from generator import site; site.mkdocs_build(config)",
    "link check": "from generator import site; site.link_check(config.site_dir)",
}


def run_step(root: Path, code: str) -> tuple[float, float]:
    """Seconds and peak MiB of one step in a fresh process."""
    script = ("import sys; from generator.config import load_config\n"
              f"config = load_config(__import__('pathlib').Path({str(root / 'site_config' / 'generator.yml')!r}))\n"
              + code)
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", script], cwd=root, env=os.environ | {"PYTHONPATH": str(REPO)})
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"step failed: {code}")
    return seconds, usage.ru_maxrss / 1024


def measure(size_mb: float, folder: Path) -> dict[str, tuple[float, float]]:
    project = create_project(folder / f"article-{size_mb:g}mb", "two_articles")
    (project.input / "huge_article.txt").write_text(huge_article(int(size_mb * 1024 * 1024)), encoding="utf-8")
    return {name: run_step(project.root, code) for name, code in STEPS.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1,2,4", help="article sizes in MB, comma-separated")
    parser.add_argument("--keep", type=Path, help="keep the projects in DIR")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        results = {}
        for size in sizes:
            results[size] = measure(size, folder)
            row = "  ".join(f"{name} {s:7.1f} s {mib:7.0f} MiB" for name, (s, mib) in results[size].items())
            print(f"{size:5g} MB article: {row}", flush=True)
    for a, b in zip(sizes, sizes[1:]):
        growth = "  ".join(f"{name} ×{results[b][name][0] / max(results[a][name][0], 0.01):.1f}" for name in STEPS)
        print(f"{a:g} → {b:g} MB (×{b / a:g}): {growth}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
