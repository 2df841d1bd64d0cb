"""The privacy notice and the consent wording are versioned: what each person agreed to stays
retrievable, and the wording cannot change without a new CONSENT_TEXT_VERSION."""

import json
import os
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from django.conf import settings
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale

from casestudies import services
from casestudies.choices import SubmissionKind
from casestudies.flows import FLOWS
from casestudies.models import ConsentRecord
from cms_site import notices
from cms_site.demo.privacy import NOTICE_INTRODUCTION, NOTICE_TITLE, NOTICE_VERSION, notice_body
from cms_site.models import PRIVACY_NOTICE_SLUG, ConsentTextVersion, PrivacyNoticePage
from tests.factories.casestudies import SubmissionFactory
from tests.factories.users import UserFactory

from ..casestudies.helpers import answer_all, begin, step_url

pytestmark = pytest.mark.django_db

VNU = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIST_URL = reverse("wagtailsnippets_cms_site_consenttextversion:list")
ARABIC_TITLE = "إشعار الخصوصية"


def _notice(home_page, *, version: str = NOTICE_VERSION, body=None) -> PrivacyNoticePage:
    notice = PrivacyNoticePage(
        title=NOTICE_TITLE,
        slug=PRIVACY_NOTICE_SLUG,
        version=version,
        introduction=NOTICE_INTRODUCTION,
        body=json.dumps(body if body is not None else notice_body()),
        live=False,
    )
    home_page.add_child(instance=notice)
    notice.save_revision().publish()
    notice.refresh_from_db()
    return notice


def _republish(notice: PrivacyNoticePage, **changes) -> PrivacyNoticePage:
    for name, value in changes.items():
        setattr(notice, name, value)
    notice.save_revision().publish()
    notice.refresh_from_db()
    return notice


def _arabic(home_page, notice: PrivacyNoticePage) -> PrivacyNoticePage:
    """The notice translated into Arabic (under the home page's Arabic alias), published."""
    locale = Locale.objects.get(language_code="ar")
    if not home_page.get_translations().filter(locale=locale).exists():
        home_page.copy_for_translation(locale, alias=True)
    arabic = notice.copy_for_translation(locale).specific
    arabic.title = ARABIC_TITLE
    arabic.introduction = "يشرح هذا الإشعار المعلومات التي نحتفظ بها عندما تشاركون قصتكم."
    arabic.save_revision().publish()
    arabic.refresh_from_db()
    return arabic


def _consent(kind=SubmissionKind.RESIDENT, language="en"):
    submission = SubmissionFactory(draft=True, kind=kind, language=language)
    return services.consent_record(
        submission=submission, scopes={"publish_anonymised": True}, language=language
    )


# The notice page ------------------------------------------------------------------------


def test_the_notice_renders_in_english_and_arabic(client, home_page):
    notice = _notice(home_page)
    _arabic(home_page, notice)
    english = client.get("/privacy/")
    assert english.status_code == 200
    html = english.content.decode()
    assert '<html lang="en" dir="ltr"' in html and f'<h1 class="govuk-heading-xl">{NOTICE_TITLE}</h1>' in html
    assert f"Version {NOTICE_VERSION}" in html
    for heading in ("Who we are", "Our legal basis", "How long we keep it", "Your rights", "How to complain"):
        assert heading in html
    assert 'href="#section-1"' in html and 'id="section-1"' in html  # the contents list
    assert "https://ico.org.uk/make-a-complaint/" in html and "0303 123 1113" in html
    assert "draft for our data protection officer" in html
    days = settings.RETENTION_DAYS
    assert f"after {days['UNVERIFIED']} days" in html and f"{days['PUBLISHED_CONTACT']} days after" in html
    # Every page's footer links to the notice in the page's language.
    assert '<a class="govuk-footer__link" href="/privacy/">Privacy</a>' in html
    arabic = client.get("/ar/privacy/")
    assert arabic.status_code == 200
    html = arabic.content.decode()
    assert '<html lang="ar" dir="rtl"' in html and ARABIC_TITLE in html
    assert 'href="/ar/privacy/">الخصوصية</a>' in html
    assert "الإصدار " + NOTICE_VERSION in html


def test_the_notice_is_valid_content(client, home_page, tmp_path):
    notice = _notice(home_page)
    notice.full_clean()
    PrivacyNoticePage.body.field.stream_block.clean(notice.body)
    _arabic(home_page, notice)
    java_ready = shutil.which("java") and VNU.exists()
    if not java_ready:
        if os.environ.get("CI") == "true":
            pytest.fail("the Nu HTML Checker needs java and vnu-jar")
        pytest.skip("the Nu HTML Checker needs java and vnu-jar (bin/setup --dev)")
    for name, url in (("en", "/privacy/"), ("ar", "/ar/privacy/"), ("consent", None)):
        if url is None:
            begin(client)
            url = step_url("resident", "consent")
        (tmp_path / f"{name}.html").write_text(client.get(url).content.decode(), encoding="utf-8")
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--skip-non-html", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    problems = [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] in ("error", "non-document-error")
        or (m.get("subType") == "warning" and "appears to be written in" not in m["message"])
    ]
    assert not problems, "\n".join(problems)


def test_the_notice_lives_at_privacy_under_the_home_page(home_page):
    notice = PrivacyNoticePage(title="Privacy notice", slug="privacy-notice", version="2026-11")
    with pytest.raises(ValidationError) as error:
        home_page.add_child(instance=notice)
    assert "slug" in error.value.message_dict
    assert PrivacyNoticePage.parent_page_types == ["cms_site.CampaignHomePage"]
    assert PrivacyNoticePage.max_count_per_parent == 1


# Versions recorded against consents ------------------------------------------------------


def test_a_new_consent_records_both_versions(client, home_page):
    _notice(home_page)
    answer_all(client, "resident")
    record = ConsentRecord.objects.get()
    assert record.text_version == settings.CONSENT_TEXT_VERSION
    assert record.privacy_notice_version == NOTICE_VERSION
    assert (
        notices.consent_text_for_record(record)
        == notices.consent_text_for(settings.CONSENT_TEXT_VERSION, "en")["resident"]
    )


def test_the_consent_step_links_to_the_notice_in_the_readers_language(client, home_page):
    notice = _notice(home_page)
    begin(client)
    html = client.get(step_url("resident", "consent")).content.decode()
    assert 'href="/privacy/" rel="noreferrer noopener" target="_blank">how we use your information' in html
    # Not translated yet: the Arabic reader gets the English notice.
    html = client.get("/ar" + step_url("resident", "consent")).content.decode()
    assert 'href="/privacy/"' in html
    _arabic(home_page, notice)
    html = client.get("/ar" + step_url("resident", "consent")).content.decode()
    assert 'href="/ar/privacy/" rel="noreferrer noopener" target="_blank">كيف نستخدم معلوماتكم' in html
    begin(client, "landlord")
    html = client.get(step_url("landlord", "consent")).content.decode()
    assert 'href="/privacy/"' in html


def test_without_a_live_notice_the_version_is_blank_and_there_is_no_link(client, home_page):
    assert _consent().privacy_notice_version == ""
    notice = _notice(home_page)
    notice.unpublish()
    assert _consent().privacy_notice_version == ""
    begin(client)
    assert "how we use your information" not in client.get(step_url("resident", "consent")).content.decode()


def test_bumping_the_notice_version_records_the_new_one_and_keeps_the_old_text(home_page):
    old_body = notice_body()
    notice = _notice(home_page, version="2026-11", body=old_body)
    before = _consent()
    published_before = timezone.now()
    new_body = old_body + [
        {
            "type": "section",
            "value": {"heading": "Surveys", "content": "<p>We may ask you about the form.</p>"},
        }
    ]
    notice = _republish(notice, version="2027-03", body=json.dumps(new_body))
    after = _consent(kind=SubmissionKind.LANDLORD)
    before.refresh_from_db()
    assert before.privacy_notice_version == "2026-11"
    assert after.privacy_notice_version == "2027-03"
    # A draft of the next version changes nothing until it is published.
    notice.version = "2027-09"
    notice.save_revision()
    assert _consent().privacy_notice_version == "2027-03"

    old = notices.notice_for_version("2026-11")
    new = notices.notice_for_version("2027-03")
    assert old is not None and new is not None and old.pk != new.pk
    old_page, new_page = old.as_object(), new.as_object()
    assert old_page.version == "2026-11" and "Surveys" not in str(old_page.body)
    assert new_page.version == "2027-03" and "Surveys" in str(new_page.body)
    assert notices.notice_for_version("2027-09") is None  # never published
    assert notices.notice_for_version("1999-01") is None
    # The one in force at a given moment, and the English one where a language has none.
    assert notices.notice_for_version("2026-11", at=published_before).pk == old.pk
    assert notices.notice_for_version("2027-03", at=published_before) is None
    assert notices.notice_for_version("2026-11", language="ar").pk == old.pk


def test_a_version_published_twice_returns_the_text_in_force(home_page):
    notice = _notice(home_page, version="2026-11")
    first = notices.notice_for_version("2026-11")
    between = timezone.now()
    _republish(notice, introduction="A typo fixed, nothing of substance.")
    latest = notices.notice_for_version("2026-11")
    assert latest.pk != first.pk and latest.as_object().introduction.startswith("A typo fixed")
    assert notices.notice_for_version("2026-11", at=between).pk == first.pk
    assert notices.notice_for_version("2026-11", at=between - timedelta(days=1)) is None


def test_wagtails_revision_history_keeps_every_version(home_page):
    notice = _notice(home_page, version="2026-11")
    _republish(notice, version="2027-03")
    versions = [revision.content["version"] for revision in notice.revisions.order_by("created_at")]
    assert versions == ["2026-11", "2027-03"]
    client = Client()
    client.force_login(UserFactory(is_superuser=True))
    assert client.get(reverse("wagtailadmin_pages:history", args=[notice.pk])).status_code == 200
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[notice.pk]))
    assert edit.status_code == 200 and 'name="version"' in edit.content.decode()


# The consent wording ---------------------------------------------------------------------


def test_the_consent_wording_of_each_version_is_kept_per_language():
    # Recorded after migrate (cms_site.apps); recording again changes nothing.
    record, created = notices.consent_text_record()
    assert record is not None and not created
    assert set(record.wording) == {code for code, _name in settings.LANGUAGES}
    english = notices.consent_text_for(settings.CONSENT_TEXT_VERSION, "en")
    # One wording per flow, and the landlord's once per type of organisation (its consent
    # names the type: "we will describe your organisation as 'a council'").
    assert set(FLOWS) <= set(english)
    assert {key.split(":")[0] for key in english} == set(FLOWS)
    assert "landlord:local_authority" in english
    assert any("a council" in line for line in english["landlord:local_authority"])
    assert english["resident"][0] == "How we can use your story"
    assert "Publish my story with my name and details removed" in english["resident"]
    assert "Name our organisation" in english["landlord"]
    arabic = notices.consent_text_for(settings.CONSENT_TEXT_VERSION, "ar")
    assert arabic["resident"][0] == "كيف يمكننا استخدام قصتكم"
    assert len(arabic["resident"]) == len(english["resident"])
    assert notices.consent_text_for("no-such-version", "en") == {}
    landlord = _consent(kind=SubmissionKind.LANDLORD, language="pl")
    assert (
        notices.consent_text_for_record(landlord)
        == notices.consent_text_for(settings.CONSENT_TEXT_VERSION, "pl")["landlord"]
    )


def test_a_stored_version_is_never_rewritten_and_a_missing_one_is_recorded_after_migrate():
    ConsentTextVersion.objects.create(version="2025-01", wording={"en": {"resident": ["Old words"]}})
    record, created = notices.consent_text_record(version="2025-01")
    assert not created and record.wording == {"en": {"resident": ["Old words"]}}
    ConsentTextVersion.objects.filter(version=settings.CONSENT_TEXT_VERSION).delete()
    notices.post_migrate_consent_text(sender=None)
    stored = ConsentTextVersion.objects.get(version=settings.CONSENT_TEXT_VERSION)
    assert stored.wording == notices.consent_wording_all()


def test_wording_that_differs_from_its_committed_version_is_not_recorded(monkeypatch):
    from casestudies.forms import ConsentForm

    # A new English label with no translations yet: every language now shows something else.
    monkeypatch.setattr(ConsentForm.base_fields["use_photos"], "label", "Use my pictures")
    changed = notices.consent_wording_changed(notices.consent_wording_all(), settings.CONSENT_TEXT_VERSION)
    assert set(changed) == {code for code, _name in settings.LANGUAGES}
    monkeypatch.setitem(
        notices.CONSENT_TEXT_DIGESTS, "2099-01", notices.CONSENT_TEXT_DIGESTS[settings.CONSENT_TEXT_VERSION]
    )
    assert notices.consent_text_record(version="2099-01") == (None, False)
    assert not ConsentTextVersion.objects.filter(version="2099-01").exists()


def test_the_consent_wording_has_not_changed_without_a_new_version():
    """Fails when the consent step's wording changes (an English string, a translation, the
    number of days shown) while CONSENT_TEXT_VERSION stays the same."""
    version = settings.CONSENT_TEXT_VERSION
    shown = notices.consent_wording_all()
    digests = {code: notices.consent_wording_digest(wording) for code, wording in shown.items()}
    committed = notices.CONSENT_TEXT_DIGESTS.get(version)
    assert committed, (
        f"CONSENT_TEXT_VERSION {version} has no wording on record: add it to CONSENT_TEXT_DIGESTS in "
        f"cms_site/notices.py:\n    {version!r}: {json.dumps(digests, indent=8)},"
    )
    changed = notices.consent_wording_changed(shown, version)
    assert not changed, (
        f"The consent wording shown in {', '.join(changed)} is no longer the wording of consent text "
        f"version {version}, which existing consents name. Bump CONSENT_TEXT_VERSION in "
        "cms_site/settings/base.py, then add the new version's digests to CONSENT_TEXT_DIGESTS in "
        f"cms_site/notices.py (keep the old ones):\n    'NEW-VERSION': {json.dumps(digests, indent=8)},"
    )
    stored = ConsentTextVersion.objects.filter(version=version).first()
    assert stored is not None, "the current consent wording was not recorded after migrate"
    for code, wording in shown.items():
        assert stored.wording.get(code) == wording, (
            f"The stored wording of {version} in {code} is not what the consent step shows: bump "
            "CONSENT_TEXT_VERSION in cms_site/settings/base.py"
        )


# The admin listing -----------------------------------------------------------------------


def _admin(*groups, superuser=False) -> Client:
    client = Client()
    client.force_login(UserFactory(groups=list(groups), is_superuser=superuser))
    return client


def _refused(response) -> bool:
    """Wagtail turns PermissionDenied in the admin into a redirect to the dashboard."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


def test_the_consent_wording_listing_is_for_logged_in_editors_only():
    record, _created = notices.consent_text_record()
    inspect = reverse("wagtailsnippets_cms_site_consenttextversion:inspect", args=[record.pk])
    for url in (LIST_URL, inspect):
        response = Client().get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url
        assert _refused(_admin("Editors").get(url)), url
    for group in ("Comms editors", "Privacy officers"):
        client = _admin(group)
        listing = client.get(LIST_URL)
        assert listing.status_code == 200 and settings.CONSENT_TEXT_VERSION in listing.content.decode()
        html = client.get(inspect).content.decode()
        assert 'lang="ar" dir="rtl"' in html and "كيف يمكننا استخدام قصتكم" in html
        assert "Publish this case study" in html  # the landlord's form too


@pytest.mark.parametrize("who", ["Comms editors", "superuser"])
def test_nobody_can_add_change_or_delete_consent_wording(who):
    record, _created = notices.consent_text_record()
    client = _admin(superuser=True) if who == "superuser" else _admin(who)
    for name, args in (("add", []), ("edit", [record.pk]), ("delete", [record.pk])):
        url = reverse(f"wagtailsnippets_cms_site_consenttextversion:{name}", args=args)
        assert _refused(client.get(url)), name
        assert _refused(client.post(url, {"version": "x", "wording": "{}"})), name
    assert ConsentTextVersion.objects.get(pk=record.pk).wording == record.wording
    assert "/edit/" not in client.get(LIST_URL).content.decode()
