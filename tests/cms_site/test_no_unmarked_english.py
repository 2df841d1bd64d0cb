"""Every translated public page is in its language: no English left unmarked.

The demo site is built once for the module (as in test_demo_content) and every public page
a person meets in Arabic, Bengali, Punjabi, Polish, Romanian and Urdu is fetched: home,
stories listing, each story, the three toolkits, the privacy notice, search, and the first
page of both story forms. English that must stay (a postal address, a document only in
English, a story told in English) is allowed only inside an element marked ``lang="en"``;
see unmarked_english.py for how English is recognised.
"""

from __future__ import annotations

import io
import re
import zipfile
from io import StringIO

import pytest

from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from cms_site.models import CampaignHomePage, PrivacyNoticePage, ToolkitPage

from .unmarked_english import english_runs, unmarked_english

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
ACCORDION_I18N = (
    "show-all-sections",
    "hide-all-sections",
    "show-section",
    "hide-section",
    "show-section-aria-label",
    "hide-section-aria-label",
)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", stdout=StringIO())
        yield
        transaction.set_rollback(True)


def _pages(language: str) -> list[str]:
    """The addresses of every public page in ``language``."""
    locale = Locale.objects.get(language_code=language)
    home = CampaignHomePage.objects.get(locale=locale)
    urls = [home.url, CaseStudyIndexPage.objects.get(locale=locale).url]
    urls += [page.url for page in ToolkitPage.objects.filter(locale=locale).live().order_by("slug")]
    urls += [page.url for page in PrivacyNoticePage.objects.filter(locale=locale).live()]
    urls += [page.url for page in CaseStudyPage.objects.filter(locale=locale).live().order_by("slug")]
    with translation.override(language):
        urls += [
            reverse("search"),
            reverse("search") + "?q=damp",
            reverse("casestudies:resident_start"),
            reverse("casestudies:landlord_start"),
        ]
    return urls


def test_the_detector_finds_english_and_spares_what_is_allowed():
    html = (
        '<html lang="ar"><body><main><h3>?How long should my landlord take to reply</h3>'
        '<p lang="en">Information Commissioner\'s Office, Wycliffe House</p>'
        "<p>راسلونا على stories@makethingsright.example أو gov.uk/social-housing-complaints "
        "https://www.gov.uk/social-housing-complaints — Make Things Right — 0303 123 1113 — ICO</p>"
        '<nav class="mtr-language-switcher"><a lang="pl">Polski</a><a lang="en">English</a></nav>'
        '<img alt="tell your landlord first"><p lang="en">English <span lang="ar">'
        "لكن هذا عربي and this is not marked</span></p></main></body></html>"
    )
    assert unmarked_english(html, "ar") == [
        "How long should my landlord take to reply",
        "tell your landlord first",
        "and this is not marked",
    ]
    assert english_runs("Jak długo wynajmujący ma na odpowiedź? 10 dni roboczych.", "pl") == []
    assert english_runs("Cât timp are proprietarul ca să-mi răspundă?", "ro") == []
    assert english_runs("How long should my landlord take to reply?", "ro")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translated_page_has_no_unmarked_english(client, demo, language):
    found = {}
    for url in _pages(language):
        response = client.get(url)
        assert response.status_code == 200, url
        runs = unmarked_english(response.content.decode(), language)
        if runs:
            found[url] = runs
    assert not found, f"English not marked lang=en on {len(found)} {language} pages: {found}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_toolkit_accordions_carry_their_buttons_words(client, demo, language):
    """GOV.UK Frontend writes the accordion's buttons itself: their words are passed as
    data-i18n attributes in the page's language."""
    locale = Locale.objects.get(language_code=language)
    for page in ToolkitPage.objects.filter(locale=locale).live():
        html = client.get(page.url).content.decode()
        roots = re.findall(r'<div class="govuk-accordion"[^>]*>', html)
        assert roots, page.url
        for root in roots:
            for key in ACCORDION_I18N:
                assert f'data-i18n.{key}="' in root, (page.url, key)


@pytest.mark.parametrize("language", LANGUAGES)
def test_component_texts_are_in_the_page_language(client, demo, language):
    """The accordion's button words are translated (needs the message catalogues filled in)."""
    locale = Locale.objects.get(language_code=language)
    page = ToolkitPage.objects.get(locale=locale, slug="residents")
    root = re.search(r'<div class="govuk-accordion"[^>]*>', client.get(page.url).content.decode()).group()
    values = dict(re.findall(r'data-i18n\.([a-z-]+)="([^"]*)"', root))
    english = {
        "Show all sections",
        "Hide all sections",
        "Show",
        "Hide",
        "Show this section",
        "Hide this section",
    }
    assert not english & set(values.values()), (language, values)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_pack_holds_its_own_documents(client, demo, language):
    locale = Locale.objects.get(language_code=language)
    page = ToolkitPage.objects.get(locale=locale, slug="residents")
    response = client.get(page.url + page.reverse_subpage("pack"))
    assert response.status_code == 200
    assert f"-{language}.zip" in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    resources = [name for name in archive.namelist() if name.startswith("resources/")]
    assert len(resources) == 4 and not any(name.startswith("resources/document") for name in resources)
    texts = [name for name in resources if name.endswith(".txt")]
    assert len(texts) == 2
    for name in texts:
        content = archive.read(name).decode()
        assert "gov.uk/social-housing-complaints" in content
        assert not english_runs(content.replace("Make Things Right", ""), language), (name, content[:200])
