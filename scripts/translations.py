"""Help keep the Dutch translation complete.

    python scripts/translations.py untranslated [FILE.json]   # list what still needs Dutch
    python scripts/translations.py apply FILE.json            # fill msgstr from a JSON list
    python scripts/translations.py check                      # fail when code has strings the
                                                              # catalogue lacks or leaves empty

The JSON is a list of {"msgid", "msgid_plural"?, "msgctxt"?, "msgstr" | "msgstr_plural": [..]}.
Run `manage.py makemessages -l nl ...` first and `manage.py compilemessages` after.
"""

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

PO = Path(__file__).resolve().parent.parent / "locale" / "nl" / "LC_MESSAGES" / "django.po"


def untranslated(po: polib.POFile) -> list[polib.POEntry]:
    return [e for e in po if not e.obsolete and (not e.translated() or "fuzzy" in e.flags)]


MAKEMESSAGES = [sys.executable, "manage.py", "makemessages", "-l", "nl", "--ignore=.venv",
                "--ignore=static", "--ignore=tests", "--no-obsolete"]


def check() -> int:
    """Extract the strings afresh into the catalogue, count what lacks Dutch, put the file back."""
    with tempfile.TemporaryDirectory() as tmp:
        backup = Path(tmp) / "django.po"
        shutil.copy2(PO, backup)
        try:
            subprocess.run(MAKEMESSAGES, cwd=PO.parents[3], check=True, capture_output=True)
            missing = untranslated(polib.pofile(str(PO)))
        finally:
            shutil.copy2(backup, PO)
    for entry in missing:
        print(f"no Dutch for {entry.msgid[:80]!r} ({entry.occurrences[0][0] if entry.occurrences else '?'})")
    print(f"{len(missing)} strings without Dutch", file=sys.stderr)
    return 1 if missing else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["check"]:
        return check()
    po = polib.pofile(str(PO), wrapwidth=100)
    if argv[:1] == ["untranslated"]:
        rows = [
            {k: v for k, v in {"msgid": e.msgid, "msgid_plural": e.msgid_plural,
                               "msgctxt": e.msgctxt,
                               "where": [f"{f}:{n}" for f, n in e.occurrences][:2]}.items() if v}
            for e in untranslated(po)
        ]
        text = json.dumps(rows, ensure_ascii=False, indent=1)
        if len(argv) > 1:
            Path(argv[1]).write_text(text, encoding="utf-8")
        else:
            print(text)
        print(f"{len(rows)} untranslated", file=sys.stderr)
        return 0
    if argv[:1] == ["apply"] and len(argv) == 2:
        index = {(e.msgctxt or None, e.msgid): e for e in po}
        applied = 0
        for row in json.loads(Path(argv[1]).read_text(encoding="utf-8")):
            entry = index.get((row.get("msgctxt") or None, row["msgid"]))
            if entry is None:
                print(f"not in the catalogue: {row['msgid'][:60]!r}", file=sys.stderr)
                continue
            if entry.msgid_plural:
                entry.msgstr_plural = dict(enumerate(row["msgstr_plural"]))
            else:
                entry.msgstr = row["msgstr"]
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            applied += 1
        po.metadata_is_fuzzy = False
        po.metadata["Language"] = "nl"
        po.save(str(PO))
        print(f"applied {applied}; {len(untranslated(po))} still untranslated", file=sys.stderr)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
