"""Every campaign language has a real translation of every message, marked for review."""

import re
import shutil
from pathlib import Path

import polib
import pytest

from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
LANGUAGES = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
# Messages that are rightly the same in another language: the campaign's name, and words
# a language borrows unchanged (checked by the translators).
SAME_EVERYWHERE = {"Make Things Right"}
# The separator in a download's details ("PDF, 84 KB, Arabic"): the same in languages that
# write a comma like English (Polish and Romanian use "; ", their sizes have decimal commas).
SAME_IN = {"pl": {"Menu"}, "ro": {"Punjabi", "Urdu"}, "bn": {", "}, "pa": {", "}}
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_0-9]*\}")
TAG = re.compile(r"</?[a-z][^>]*>")


def _catalogue(language: str) -> polib.POFile:
    path = LOCALE_DIR / language / "LC_MESSAGES" / "django.po"
    assert path.exists(), f"no catalogue for {language}"
    return polib.pofile(str(path))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    catalogue = _catalogue(language)
    untranslated = [entry.msgid for entry in catalogue if not entry.translated()]
    assert not untranslated, f"{len(untranslated)} untranslated in {language}: {untranslated[:5]}"
    fuzzy = [entry.msgid for entry in catalogue if "fuzzy" in entry.flags]
    assert not fuzzy, f"fuzzy in {language}: {fuzzy[:5]}"
    plural_forms = int(re.search(r"nplurals=(\d+)", catalogue.metadata["Plural-Forms"]).group(1))
    for entry in catalogue:
        if entry.msgid_plural:
            assert len(entry.msgstr_plural) == plural_forms and all(entry.msgstr_plural.values()), entry.msgid


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_are_not_copies_of_the_english(language):
    allowed = SAME_EVERYWHERE | SAME_IN.get(language, set())
    copies = [e.msgid for e in _catalogue(language) if e.msgstr == e.msgid and e.msgid not in allowed]
    assert not copies, f"{language} keeps the English for {copies[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_and_markup_survive(language):
    for entry in _catalogue(language):
        if entry.msgid_plural:
            expected = set(PLACEHOLDER.findall(entry.msgid_plural))
            for form in entry.msgstr_plural.values():
                # Some languages drop the number in the singular and dual forms ("one story").
                assert set(PLACEHOLDER.findall(form)) <= expected, (entry.msgid, form)
            continue
        assert sorted(PLACEHOLDER.findall(entry.msgstr)) == sorted(PLACEHOLDER.findall(entry.msgid)), (
            language,
            entry.msgid,
        )
        assert sorted(TAG.findall(entry.msgstr)) == sorted(TAG.findall(entry.msgid)), (language, entry.msgid)


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_header_asks_for_professional_review(language):
    catalogue = _catalogue(language)
    assert catalogue.metadata["Language"] == language
    assert "professional review" in catalogue.metadata.get("X-Translation-Status", "")
    assert "professional translator" in catalogue.header


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext's xgettext is not installed")
def test_catalogues_hold_every_message_in_the_source(tmp_path, monkeypatch):
    """Run makemessages into a temporary folder: nothing in the code is missing from the catalogues."""
    # Links to the apps' code in a scratch folder, so makemessages writes its catalogue there.
    for app in ("cms_site", "casestudies", "moderation", "privacy"):
        (tmp_path / app).symlink_to(Path(settings.BASE_DIR) / app)
    (tmp_path / "locale").mkdir()
    monkeypatch.chdir(tmp_path)
    with override_settings(LOCALE_PATHS=[tmp_path / "locale"]):
        call_command("makemessages", locale=["xx"], symlinks=True, verbosity=0)
    source = {
        entry.msgid for entry in polib.pofile(str(tmp_path / "locale" / "xx" / "LC_MESSAGES" / "django.po"))
    }
    assert len(source) > 500, "makemessages found too few messages: is the scan looking at the code?"
    for language in LANGUAGES:
        missing = source - {entry.msgid for entry in _catalogue(language)}
        assert not missing, f"{language} lacks {sorted(missing)[:5]}: run bin/makemessages and translate"
