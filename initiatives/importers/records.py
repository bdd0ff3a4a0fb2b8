"""What an import passes around: the records the readers make, the result `apply_records`
reports, the error of a file that cannot be read. A leaf: it imports no reader and no model,
so the readers, the writer and the ImportJob model can all use it.
"""

from dataclasses import asdict, dataclass, field
from datetime import date

from django.utils.translation import gettext as _


class ImportFileError(Exception):
    """The file as a whole cannot be imported (format, encoding, missing columns)."""


@dataclass
class Record:
    line: int
    source: str
    source_id: str
    values: dict
    organisation_name: str
    organisation_type: str
    themes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    skip_reason: str = ""


@dataclass
class ImportResult:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[int, str, str]] = field(default_factory=list)  # line, id, reason
    warnings: list[tuple[int, str, str]] = field(default_factory=list)
    organisations_created: list[str] = field(default_factory=list)
    # Fields the source changed after a person had changed them: (source id, field).
    conflicts: list[tuple[str, str]] = field(default_factory=list)
    filtered_out: int = 0
    dry_run: bool = False

    def summary(self) -> str:
        return (
            f"created {len(self.created)}, updated {len(self.updated)}, "
            f"unchanged {len(self.unchanged)}, skipped {len(self.skipped)}, "
            f"conflicts {len(self.conflicts)}"
        )

    def as_dict(self) -> dict:
        """JSON for an import job's report; `from_dict` reads it back."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "ImportResult":
        result = cls(**data)
        result.skipped = [tuple(row) for row in result.skipped]
        result.warnings = [tuple(row) for row in result.warnings]
        result.conflicts = [tuple(row) for row in result.conflicts]
        return result


def year_to_date(text: str, problems: list[str], label: str) -> date | None:
    text = (text or "").strip()
    if not text:
        return None
    if text.isdigit() and 1950 <= int(text) <= 2100:
        return date(int(text), 1, 1)
    problems.append(_("%(field)s %(value)r is not a year; left empty") % {"field": label, "value": text})
    return None
