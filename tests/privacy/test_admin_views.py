"""The "Personal data" admin page: who may use it, hostile input, the ZIP, erasure, the audit log."""

import io
import json
import zipfile

import pytest

from django.test import Client
from django.urls import reverse
from django.utils.functional import SimpleLazyObject

from wagtail.models import ModelLogEntry

from casestudies.models import CaseStudyPage, Submission
from privacy.access import request_digest, request_log
from tests.factories.casestudies import ConsentRecordFactory, SubmissionFactory
from tests.factories.users import UserFactory
from tests.moderation.helpers import case_index

from .helpers import EMAIL, FULL_NAME, POLISH_STORY, published_story

pytestmark = pytest.mark.django_db

URL = "/admin/personal-data/"


@pytest.fixture
def officer():
    return UserFactory(groups=["Privacy officers"])


@pytest.fixture
def client(officer):
    client = Client()
    client.force_login(officer)
    return client


@pytest.fixture
def story(home_page):
    """A published story and a second, unverified one from the same address (different case)."""
    case_index(home_page)
    published = published_story(
        UserFactory(groups=["Comms editors"]), UserFactory(groups=["Sign-off editors"])
    )
    second = SubmissionFactory(email=EMAIL.upper(), status="awaiting_verification", verified_at=None)
    ConsentRecordFactory(submission=second)
    return published, second


def _post(client, action, **data):
    return client.post(URL, {"action": action, **data})


def test_the_url_and_menu():
    assert reverse("privacy_admin:personal_data") == URL


def test_logged_out_visitors_are_sent_to_log_in():
    response = Client().get(URL)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    response = Client().post(URL, {"action": "find", "email": EMAIL})
    assert response.status_code in (302, 403)


@pytest.mark.parametrize("groups", [["Comms editors"], ["Sign-off editors"]])
def test_other_users_get_403(groups):
    client = Client()
    client.force_login(UserFactory(groups=groups))
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"action": "export", "email": EMAIL}).status_code == 403
    assert "Personal data" not in client.get("/admin/").content.decode()


def test_privacy_officers_see_the_page_and_its_menu_item(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert 'name="email"' in response.content.decode()
    assert URL in client.get("/admin/").content.decode()


def test_forms_need_the_csrf_token(officer):
    client = Client(enforce_csrf_checks=True)
    client.force_login(officer)
    assert client.post(URL, {"action": "find", "email": EMAIL}).status_code == 403


def test_finding_lists_the_stories_held(client, story):
    published, second = story
    other = SubmissionFactory(email="someone.else@example.com")
    response = _post(client, "find", email=f"  {EMAIL.title()} ")
    html = response.content.decode()
    assert response.status_code == 200
    assert "We hold 2 stories sent from this address." in html
    assert published.reference in html and second.reference in html and other.reference not in html
    assert FULL_NAME not in html and "Pritchard" not in html  # references and states only


def test_an_unknown_address_reveals_nothing_but_that(client, story):
    response = _post(client, "find", email="nobody@example.com")
    html = response.content.decode()
    assert "Nothing held for this address." in html
    assert "MTR-" not in html
    response = _post(client, "export", email="nobody@example.com")
    assert response["Content-Type"].startswith("text/html") and "Nothing held" in response.content.decode()
    response = _post(client, "confirm", email="nobody@example.com")
    assert "Nothing held" in response.content.decode() and "Erase everything" not in response.content.decode()


@pytest.mark.parametrize(
    "email, message",
    [
        ("", "Enter the person&#x27;s email address"),
        ("not an email", "correct format"),
        ("a@" + "b" * 5000 + ".com", "254 characters"),
        ("amina\x00@example.com", "Null characters are not allowed"),
        ("<script>alert(1)</script>@example.com", "correct format"),
    ],
)
def test_hostile_input_gets_a_clear_message(client, email, message):
    response = _post(client, "find", email=email)
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert "<script>alert(1)" not in html


def test_a_huge_request_or_an_unknown_action_is_refused_kindly(client):
    response = client.post(URL, {"action": "find", "email": "a" * 3_000_000})
    assert response.status_code == 400 and "far too long" in response.content.decode()
    response = _post(client, "delete-everything", email=EMAIL)
    assert response.status_code == 400 and "not recognised" in response.content.decode()


def test_the_export_holds_everything_about_each_story(client, story):
    published, second = story
    response = _post(client, "export", email=EMAIL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert EMAIL not in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = set(archive.namelist())
    assert {"README.txt", f"{published.reference}.json", f"{second.reference}.json"} <= names
    record = json.loads(archive.read(f"{published.reference}.json"))

    assert record["submission"]["email"] == EMAIL and record["submission"]["full_name"] == FULL_NAME
    assert record["submission"]["story"] == POLISH_STORY and record["submission"]["status"] == "published"
    [consent] = record["consent_records"]
    assert consent["text_version"] and consent["use_photos"] is True and "withdrawn_scopes" in consent
    assert record["review"]["texts"]["english_title"] == "Mould came back until the fan was fixed"
    assert any("Pritchard" in json.dumps(v["texts"]) for v in record["review"]["earlier_versions"])
    actions = [entry["action"] for entry in record["history"]]
    assert {"moderation.consent_checked", "wagtail.publish", "moderation.photo_redacted"} <= set(actions)
    assert all(entry["date"] and entry["description"] for entry in record["history"])
    assert "user" not in json.dumps(record["history"])
    assert {"acknowledge", "storyteller_preview"} <= {email["kind"] for email in record["emails"]}
    assert all(email["created_at"] for email in record["emails"])
    pages = record["published_pages"]
    assert {page["language"] for page in pages} == {"pl", "en"}
    assert all(page["url"].startswith("http") for page in pages)
    [photo] = record["photos"]
    stored = Submission.objects.get(pk=published.pk).photos.get()
    assert archive.read(photo["as_received"]) == stored.image.open("rb").read()
    assert archive.read(photo["blurred"]) == stored.review.redacted.open("rb").read()
    assert photo["alt_text"] and photo["used"] is True

    other = json.loads(archive.read(f"{second.reference}.json"))
    assert other["review"] is None and other["published_pages"] == []


def test_erasing_asks_for_confirmation_then_erases_only_what_was_shown(client, story):
    published, second = story
    response = _post(client, "confirm", email=EMAIL)
    html = response.content.decode()
    assert "Erase everything" in html and published.reference in html and second.reference in html
    references = f"{published.reference} {second.reference}"

    response = _post(client, "erase", email=EMAIL, references=references)
    assert "Tick the box to confirm the erasure" in response.content.decode()
    assert Submission.objects.get(pk=published.pk).erased_at is None

    response = _post(client, "erase", email=EMAIL, references="not a; reference", confirm="on")
    assert "not recognised" in response.content.decode()

    arrived_since = SubmissionFactory(email=EMAIL)
    response = _post(client, "erase", email=EMAIL, references=references, confirm="on")
    assert response.status_code == 302
    messages = client.get(response["Location"]).content.decode()
    assert "Erased 2 stories" in messages
    for submission in (published, second):
        submission.refresh_from_db()
        assert submission.erased_at and submission.erasure_reason == "request" and submission.email == ""
    assert not CaseStudyPage.objects.filter(submission=published).exists()
    assert Submission.objects.get(pk=arrived_since.pk).email == EMAIL  # not shown, so not erased
    assert "Nothing held" not in _post(client, "find", email=EMAIL).content.decode()


def test_requests_are_audited_without_the_address(client, officer, story):
    published, second = story
    _post(client, "find", email=EMAIL)
    _post(client, "find", email="nobody@example.com")
    _post(client, "export", email=EMAIL)
    _post(client, "erase", email=EMAIL, references=f"{published.reference} {second.reference}", confirm="on")

    requests = ModelLogEntry.objects.filter(action="privacy.request").order_by("pk")
    assert [(e.user_id, e.data["step"], e.data["submissions"]) for e in requests] == [
        (officer.pk, "find", 2),
        (officer.pk, "find", 0),
        (officer.pk, "export", 2),
        (officer.pk, "erase", 2),
    ]
    assert requests[0].data["request"] == request_digest(EMAIL) != requests[1].data["request"]
    exported = ModelLogEntry.objects.filter(action="privacy.exported")
    assert {e.label for e in exported} == {published.reference, second.reference}
    erased = ModelLogEntry.objects.filter(action="privacy.erased")
    assert {e.label for e in erased} == {published.reference, second.reference}
    assert all(e.user_id == officer.pk and e.timestamp for e in erased)
    logged = json.dumps(list(ModelLogEntry.objects.values("label", "data")), ensure_ascii=False).lower()
    for secret in (EMAIL, "nobody@example.com", FULL_NAME.lower(), "pritchard"):
        assert secret.lower() not in logged


def test_a_request_is_audited_when_the_user_is_lazy_twice_over(officer):
    """request.user as django_otp's OTPMiddleware leaves it: a lazy object around
    AuthenticationMiddleware's lazy object (Wagtail's log() unwraps one level only)."""
    user = SimpleLazyObject(lambda: SimpleLazyObject(lambda: officer))
    request_log(user=user, step="find", email=EMAIL, submissions=[])
    entry = ModelLogEntry.objects.get(action="privacy.request")
    assert (entry.object_id, entry.user_id, entry.data["step"]) == (str(officer.pk), officer.pk, "find")
