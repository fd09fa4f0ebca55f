#!/usr/bin/env python
"""Extraction time of pathological articles as they double: prints seconds and the growth ratio.

    .venv/bin/python tests/benchmarks/pathological.py [--sizes 50000,100000,200000]

Each input (the cases of ``tests/test_scaling.py``, plus thousands of paragraphs) is extracted
at each size; a ratio near 2 per doubling is linear, near 4 quadratic. Exits 1 if any ratio
passes ``LIMIT`` (a generous factor over 2, for a noisy shared machine).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parents[1])]

from test_scaling import PATHOLOGICAL  # noqa: E402

from generator.extract import RuleExtractor  # noqa: E402
from generator.headings import blocks_from_lines  # noqa: E402
from generator.model import Article  # noqa: E402

LIMIT = 3.0
PARAGRAPH = "Iran's Foreign Minister Abbas Araghchi met officials in Oman on Monday, a spokesman said."


def paragraphs(n: int) -> list[str]:
    return [PARAGRAPH] * (n // len(PARAGRAPH))


def seconds(lines: list[str]) -> float:
    article = Article(slug="x", title="X", date=None, source_path="x.txt", blocks=blocks_from_lines(lines))
    started = time.perf_counter()
    RuleExtractor().extract(article)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="50000,100000,200000", help="characters, comma-separated")
    sizes = [int(s) for s in parser.parse_args().sizes.split(",")]
    makers = {name: (lambda n, e=expr: [eval(e, {"n": n})]) for name, expr in PATHOLOGICAL.items()}
    makers["thousands of paragraphs"] = paragraphs
    worst = 0.0
    print(f"{'input':<24}" + "".join(f"{n:>12,}" for n in sizes) + "   ratio per doubling")
    for name, make in makers.items():
        times = [min(seconds(make(n)) for _ in range(2)) for n in sizes]
        ratios = [b / max(a, 1e-3) for a, b in zip(times, times[1:])]
        worst = max(worst, *ratios)
        print(f"{name:<24}" + "".join(f"{t:>11.3f}s" for t in times) + "   " + " ".join(f"{r:.1f}" for r in ratios))
    print(f"worst ratio {worst:.1f} (limit {LIMIT})")
    return 0 if worst <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
