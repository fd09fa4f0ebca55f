"""The CI workflow: least privilege per job, one deployment at a time, caches, one run per change,
and nothing in the repository that depends on files outside it."""
from __future__ import annotations

import subprocess

import yaml
from conftest import REPO

WORKFLOW = REPO / ".github" / "workflows" / "site.yml"
OUTSIDE = ("../" + "shared", "/work/" + "shared")  # spelt in two parts so this file does not match itself


def workflow() -> dict:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key 'on' as true
    return data


def test_only_the_deploy_job_may_publish():
    data = workflow()
    assert data["permissions"] == {}, "nothing granted to every job"
    assert data["jobs"]["build"]["permissions"] == {"contents": "read"}, "the job that runs pull-request code"
    assert data["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert "run" not in str(data["jobs"]["deploy"]["steps"]), "the publishing job runs no project code"


def test_deployments_run_one_at_a_time_and_only_from_main():
    deploy = workflow()["jobs"]["deploy"]
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert "refs/heads/main" in deploy["if"] and "push" in deploy["if"]


def test_one_run_per_change():
    triggers = workflow()["on"]
    assert triggers["push"] == {"branches": ["main"]}, "a pull request's pushes run once, as the pull request"
    assert "pull_request" in triggers


def test_pip_apt_and_npm_downloads_are_cached():
    steps = workflow()["jobs"]["build"]["steps"]
    cached = " ".join(str(s["with"]["path"]) for s in steps if s.get("uses", "").startswith("actions/cache@"))
    for folder in ("~/.cache/pip", "~/.cache/apt", "~/.npm"):
        assert folder in cached
    assert workflow()["jobs"]["build"]["env"]["APT_ARCHIVES"] == "/github/home/.cache/apt"
    assert "APT_ARCHIVES" in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_ci_runs_the_readme_commands():
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert script.rstrip().endswith("make site\nmake test")


def test_nothing_points_outside_the_repository():
    """README, the writers' pages, the CI files, the Makefile and the tests' code stand alone."""
    listed = subprocess.run(["git", "ls-files", "README.md", "WRITING.md", "Makefile", ".ci", ".github", "docs",
                             "tests/*.py", "mkdocs.yml", "site_config"],
                            cwd=REPO, capture_output=True, text=True, check=True).stdout.split()
    offenders = [name for name in listed
                 if any(word in (REPO / name).read_text(encoding="utf-8", errors="replace")
                        for word in OUTSIDE)]
    assert offenders == []


def test_in_ci_nothing_a_test_needs_is_missing():
    """The browser and accessibility tests skip where Chromium or axe-core is missing; CI installs both,
    so there a skip would hide a test that never ran."""
    import os

    from browser_support import missing_axe, missing_browser

    if not os.environ.get("CI"):
        return
    assert missing_browser() is None and missing_axe() is None, (missing_browser(), missing_axe())
