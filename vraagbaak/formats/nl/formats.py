"""One date format for the whole site (issue 13): "1 december 2026, 21:41" and "1 december 2026".

Django reads these through FORMAT_MODULE_PATH; the `|date` filter's named formats
(DATE_FORMAT, DATETIME_FORMAT and their short forms) all give the same shape, so a
template cannot pick a second one by accident."""

DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATETIME_FORMAT = "j F Y, H:i"
TIME_FORMAT = "H:i"
