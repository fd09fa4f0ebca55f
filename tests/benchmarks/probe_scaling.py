#!/usr/bin/env python
"""Where generation time goes as the corpus grows: seconds and calls of named generator functions.

    .venv/bin/python tests/benchmarks/probe_scaling.py /tmp/bench/n100 /tmp/bench/n1000 /tmp/bench/n5000

Each argument is a project kept by ``bench.py --keep DIR`` (``DIR/n<size>``). For each,
in a fresh process (``PYTHONPATH`` decides which generator runs; ``bench.py --keep`` leaves its
copy in ``DIR/code``), every function named in ``PROBES`` is wrapped with a timer
wherever a module holds it, then ``pipeline.generate`` runs once. Times are inclusive (a
function's time contains the probed functions it calls). The last column is the growth
exponent k in time ∝ articles^k between consecutive projects: about 1 is linear, about 2
quadratic. Cheaper than cProfile (no per-call tracing of everything), so it can run at 5,000.
"""
from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

PROBES = {
    "generator.extract": ["extract_all"],
    "generator.resolve": ["resolve", "_join_acronyms", "_join_same_names", "_join_person_names",
                          "_join_short_names", "_apply_registry", "_resolve_role_references", "_entities", "_quotes"],
    "generator.chronology": ["build_chronology", "_check_citations", "_merge_reports", "_apply_corrections", "_events"],
    "generator.render": ["render_site"],
    "generator.render.articles": ["article_page", "articles_index"],
    "generator.render.entities": ["entity_page", "entity_index"],
    "generator.render.chronology": ["chronology_pages"],
    "generator.render.home": ["home_snippets", "relationship_graph"],
    "generator.render.context": ["excerpt"],
    "generator.yamlio": ["front_matter_block"],
    "generator.write": ["write_pages"],
}

CHILD = r"""
import functools, importlib, json, sys, time
from pathlib import Path
probes = json.loads(sys.argv[2])
stats = {}
import generator.pipeline as pipeline
from generator.config import load_config
modules = [m for name, m in list(sys.modules.items()) if name.startswith("generator") and m is not None]
for module_name, names in probes.items():
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        continue
    for name in names:
        original = getattr(module, name, None)
        if original is None:
            continue
        label = f"{module_name.removeprefix('generator.')}.{name}"
        stats[label] = [0.0, 0]
        def make(original, label):
            @functools.wraps(original)
            def timed(*args, **kwargs):
                started = time.perf_counter()
                try:
                    return original(*args, **kwargs)
                finally:
                    stats[label][0] += time.perf_counter() - started
                    stats[label][1] += 1
            return timed
        wrapper = make(original, label)
        for m in [mod for name_, mod in list(sys.modules.items()) if name_.startswith("generator") and mod]:
            for attr, value in list(vars(m).items()):
                if value is original:
                    setattr(m, attr, wrapper)
config = load_config(Path(sys.argv[1]) / "site_config" / "generator.yml")
report = pipeline.generate(config)
print(json.dumps({"articles": report.articles, "seconds": report.seconds, "stats": stats,
                  "generator": pipeline.__file__}))
"""


def probe(project: Path) -> dict:
    env = os.environ.copy()
    # cwd is the project, so that PYTHONPATH (not a generator/ in the current folder) decides the code
    result = subprocess.run([sys.executable, "-c", CHILD, str(project.resolve()), json.dumps(PROBES)],
                            capture_output=True, text=True, env=env, cwd=project, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{project}: {result.stderr.strip()[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    runs = []
    for project in argv:
        data = probe(Path(project))
        runs.append(data)
        print(f"{project}: {data['articles']} articles, generate {data['seconds']:.1f} s ({data['generator']})",
              file=sys.stderr, flush=True)
    labels = [label for label in runs[0]["stats"] if any(r["stats"].get(label, [0, 0])[1] for r in runs)]
    head = " | ".join(f"{r['articles']:,} articles: s (calls)" for r in runs)
    print(f"| function | {head} | growth exponent k |")
    print("|---|" + "---:|" * (len(runs) + 1))
    for label in ["(whole generate)"] + labels:
        cells, times = [], []
        for r in runs:
            seconds, calls = (r["seconds"], 1) if label == "(whole generate)" else r["stats"].get(label, [0.0, 0])
            cells.append(f"{seconds:.2f} ({calls:,})")
            times.append(seconds)
        ks = []
        for (a, ta), (b, tb) in zip(zip([r["articles"] for r in runs], times),
                                    zip([r["articles"] for r in runs][1:], times[1:])):
            ks.append(f"{math.log(tb / ta) / math.log(b / a):.1f}" if ta > 0.01 and tb > 0 else "—")
        print(f"| {label} | " + " | ".join(cells) + " | " + ", ".join(ks) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
