"""Reading a file into records, with the reader its format names."""

from django.utils.translation import gettext as _

from . import generic, pstw
from .base import FORMATS, storage_problem
from .records import ImportFileError


def read_file(path_or_file, fmt: str, *, country: str | None = None, technologies=None):
    """Records and the number of rows left out by `country` and `technologies` (PSTW only).

    Raises ImportFileError.
    """
    if fmt not in FORMATS:
        raise ImportFileError(
            _("Unknown format %(format)r; use one of %(formats)s.")
            % {"format": fmt, "formats": ", ".join(FORMATS)}
        )
    if fmt == "pstw":
        records, filtered_out = pstw.read(path_or_file, country=country, technologies=technologies)
    else:
        records, filtered_out = generic.read(path_or_file, fmt)
    for record in records:
        record.skip_reason = record.skip_reason or storage_problem(record)
    return records, filtered_out
