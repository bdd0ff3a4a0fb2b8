"""Every source file of our own (Python, templates, scripts and stylesheets) stays under 400
lines, so that one reader holds it in mind; a longer one is split along its domain.
Vendored files, migrations, translations and data files are not ours to split."""

import os
from pathlib import Path

from django.conf import settings

MAX_LINES = 400
SOURCE_SUFFIXES = {".py", ".html", ".js", ".css"}
# Not ours (vendored, generated, installed) or not source (collected static files, data).
SKIPPED_DIRS = {"migrations", "node_modules", "__pycache__", "staticfiles", "data", "media",
                "sent-mail", "test-results", "build"}
SKIPPED_PATHS = {Path("static") / "vendor"}


def overlong_files(root: Path) -> dict[str, int]:
    """Our source files under `root` with more than MAX_LINES lines, and their length."""
    found = {}
    for directory, subdirectories, files in os.walk(root):
        here = Path(directory)
        # Pruned, not filtered afterwards: a virtualenv or .git is not walked at all.
        subdirectories[:] = sorted(
            name for name in subdirectories
            if not name.startswith(".") and name not in SKIPPED_DIRS
            and (here / name).relative_to(root) not in SKIPPED_PATHS
        )
        for name in files:
            path = here / name
            if path.suffix not in SOURCE_SUFFIXES:
                continue
            with path.open(encoding="utf-8", errors="replace") as lines:
                count = sum(1 for _ in lines)
            if count > MAX_LINES:
                found[path.relative_to(root).as_posix()] = count
    return found


def test_no_source_file_of_ours_is_over_400_lines():
    assert overlong_files(Path(settings.BASE_DIR)) == {}


def test_the_check_finds_a_long_file_and_passes_over_vendored_and_generated_ones(tmp_path):
    long_text = "x = 1\n" * (MAX_LINES + 1)
    for name in ("vraagbaak/long.py", "templates/long.html", "static/js/long.js",
                 "static/vendor/nlds/index.css", "vraagbaak/migrations/0001_initial.py",
                 ".venv/lib/site.py", "locale/nl/LC_MESSAGES/django.po", "initiatives/data/x.csv"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(long_text)
    (tmp_path / "vraagbaak" / "short.py").write_text("x = 1\n" * MAX_LINES)
    assert overlong_files(tmp_path) == {
        "static/js/long.js": MAX_LINES + 1,
        "templates/long.html": MAX_LINES + 1,
        "vraagbaak/long.py": MAX_LINES + 1,
    }
