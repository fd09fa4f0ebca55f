"""``python -m generator``. A Python without the project's dependencies (outside the venv) gets a
one-line error saying which Python to use, not a ``ModuleNotFoundError`` traceback."""
import sys

try:
    from generator.cli import main
except ModuleNotFoundError as missing:
    if (missing.name or "").partition(".")[0] == "generator":
        raise
    sys.exit(f"Error: {sys.executable}: the package '{missing.name}' is not installed for this Python; "
             "run 'make site' once, then '.venv/bin/python -m generator …' (or '. .venv/bin/activate' first)")

sys.exit(main())
