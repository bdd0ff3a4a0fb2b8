"""The interface speaks Dutch first: the Dutch catalogue is complete and compiled."""

from pathlib import Path

import polib
from django.conf import settings

PO = Path(settings.BASE_DIR) / "locale" / "nl" / "LC_MESSAGES" / "django.po"


def test_dutch_catalogue_has_no_untranslated_or_fuzzy_entries():
    po = polib.pofile(str(PO))
    missing = [e.msgid for e in po if not e.obsolete and (not e.translated() or "fuzzy" in e.flags)]
    assert missing == [], f"{len(missing)} entries without Dutch: {missing[:10]}"
    assert len(po) > 100


def test_compiled_catalogue_matches_the_source():
    mo = polib.mofile(str(PO.with_suffix(".mo")))
    compiled = {(e.msgctxt, e.msgid) for e in mo}
    source = {(e.msgctxt, e.msgid) for e in polib.pofile(str(PO)) if e.translated()}
    assert source <= compiled, "run manage.py compilemessages"


def test_strings_the_admin_and_taggit_leave_untranslated_have_dutch_from_our_catalogue():
    """Django's admin and django-taggit ship Dutch catalogues with gaps; ours fills them."""
    import django.contrib.admin
    import taggit
    from django.utils import translation

    catalogues = [Path(module.__file__).parent / "locale" / "nl" / "LC_MESSAGES" / "django.po"
                  for module in (django.contrib.admin, taggit)]
    gaps = [e for path in catalogues for e in polib.pofile(str(path))
            if not e.obsolete and e.msgid != ", " and (not e.translated() or "fuzzy" in e.flags)]
    with translation.override("nl"):
        untranslated = [e.msgid for e in gaps
                        if (translation.ngettext(e.msgid, e.msgid_plural, 2) if e.msgid_plural
                            else translation.gettext(e.msgid)) in (e.msgid, e.msgid_plural)]
    assert untranslated == []
