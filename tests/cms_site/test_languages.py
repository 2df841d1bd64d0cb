"""Seven languages: addresses, the language switcher, and stories per language."""

import re

import pytest

from django.conf import settings

from wagtail.models import Locale

from tests.factories.pages import case_study_index, index_in, publish_case_study

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return case_study_index(home_page)


def _switcher(html: str) -> dict[str, str]:
    nav = re.search(r'<nav class="mtr-language-switcher".*?</nav>', html, re.S).group(0)
    links = dict(re.findall(r'href="([^"]+)" lang="([a-z]+)" hreflang', nav))
    return {code: url for url, code in links.items()} | {
        code: "current" for code in re.findall(r'lang="([a-z]+)" dir="[a-z]+" aria-current="true"', nav)
    }


def test_every_language_has_its_form_under_its_own_prefix(client):
    for code, _name in settings.LANGUAGES:
        prefix = "" if code == settings.LANGUAGE_CODE else f"/{code}"
        html = client.get(f"{prefix}/share-your-story/").content.decode()
        direction = "rtl" if code in ("ar", "ur") else "ltr"
        assert f'<html lang="{code}" dir="{direction}"' in html


def test_the_switcher_links_a_form_step_to_the_same_step_in_each_language(client):
    links = _switcher(client.get("/pl/share-your-story/").content.decode())
    assert links["pl"] == "current"
    assert links["en"] == "/share-your-story/" and links["ar"] == "/ar/share-your-story/"
    assert set(links) == {code for code, _name in settings.LANGUAGES}


def test_the_switcher_links_a_page_to_its_translation(client, home_page, index):
    arabic_index = index_in(index, "ar")
    original = publish_case_study(arabic_index, title="تم إصلاح التسرب", story_language="ar")
    english = publish_case_study(
        index, title="The leak was fixed", story_language="ar", slug="the-leak-was-fixed"
    )
    english.translation_key = original.translation_key
    english.save()
    links = _switcher(client.get(english.url).content.decode())
    assert links["en"] == "current" and links["ar"] == original.url
    arabic_html = client.get(original.url).content.decode()
    assert _switcher(arabic_html)["en"] == english.url
    assert "Read this story in English" in arabic_html  # the link is written in the language it leads to
    english_html = client.get(english.url).content.decode()
    assert 'lang="ar" hreflang="ar"' in english_html and "This story was told in Arabic" in english_html


def test_listings_feeds_and_search_are_per_language(client, home_page, index):
    arabic_index = index_in(index, "ar")
    publish_case_study(arabic_index, title="تم إصلاح التسرب في المطبخ", story_language="ar")
    publish_case_study(index, title="Kitchen leak fixed in a week")
    assert Locale.objects.filter(language_code="ar").exists()
    english_list = client.get(index.url).content.decode()
    arabic_list = client.get(arabic_index.url).content.decode()
    assert "Kitchen leak fixed" in english_list and "تم إصلاح التسرب" not in english_list
    assert "تم إصلاح التسرب" in arabic_list and "Kitchen leak fixed" not in arabic_list
    assert "تم إصلاح التسرب" in client.get("/ar/stories/feed/").content.decode()
    assert "تم إصلاح التسرب" not in client.get("/stories/feed/").content.decode()
    assert "Kitchen leak" in client.get("/search/?q=kitchen").content.decode()
    assert "Kitchen leak" not in client.get("/ar/search/?q=kitchen").content.decode()


@pytest.mark.parametrize(
    ("language", "categories"),
    [
        ("ar", {"zero", "one", "two", "few", "many", "other"}),
        ("pl", {"one", "few", "many", "other"}),
        ("en", {"one", "other"}),
    ],
)
def test_govuk_script_messages_come_in_the_page_language(client, language, categories):
    """The character count's live messages: one translated form per plural category."""
    import polib

    from tests.casestudies.helpers import begin, step_url

    begin(client, "resident")
    prefix = "" if language == "en" else f"/{language}"
    html = client.get(f"{prefix}{step_url('resident', 'what-changed')}").content.decode()
    found = dict(re.findall(r'data-i18n\.characters-under-limit\.([a-z]+)="([^"]*)"', html))
    assert set(found) == categories
    assert all("%{count}" in text for text in found.values() if text)
    if language != "en":
        entry = polib.pofile(f"{settings.BASE_DIR}/locale/{language}/LC_MESSAGES/django.po").find(
            "You have %(count)s character remaining"
        )
        expected = {form.replace("%(count)s", "%{count}") for form in entry.msgstr_plural.values()}
        assert set(found.values()) <= expected and "You have" not in html.split("data-i18n")[1]


def test_editors_translate_a_page_in_wagtail_localizes_editor(client, home_page):
    """A page translated with wagtail-localize opens in its translation editor in the admin."""
    from wagtail_localize.models import Translation, TranslationSource

    from django.contrib.auth import get_user_model

    locale, _created = Locale.objects.get_or_create(language_code="ar")
    source, _created = TranslationSource.get_or_create_from_instance(home_page)
    translation = Translation.objects.create(source=source, target_locale=locale)
    translation.save_target(publish=True)
    arabic_home = home_page.get_translation(locale)
    admin = get_user_model().objects.create_superuser("translator", "translator@example.com", "x")
    client.force_login(admin)
    response = client.get(f"/admin/pages/{arabic_home.pk}/edit/")
    assert response.status_code == 200
    assert "wagtail-localize" in response.content.decode().lower()
