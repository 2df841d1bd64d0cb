"""The editors' inbox: who sees what, masking, audit log, filters."""

import pytest

from django.contrib.auth.models import Group

from wagtail.models import ModelLogEntry

from casestudies.choices import SubmissionStatus
from tests.factories.casestudies import ConsentRecordFactory, LandlordSubmissionFactory, SubmissionFactory
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/snippets/casestudies/submission/"


def inspect_url(submission) -> str:
    return f"{LIST_URL}inspect/{submission.pk}/"


@pytest.fixture
def submission():
    submission = SubmissionFactory(
        full_name="Jo Secretname", email="jo.secret@example.com", phone="07700 900982"
    )
    ConsentRecordFactory(submission=submission, use_photos=True)
    return submission


@pytest.fixture
def editor_client(client):
    client.force_login(UserFactory(groups=["Comms editors"]))
    return client


@pytest.fixture
def privacy_client(client):
    client.force_login(UserFactory(groups=["Privacy officers"]))
    return client


def test_groups_are_created_by_migration():
    editors = Group.objects.get(name="Comms editors")
    privacy = Group.objects.get(name="Privacy officers")
    editor_perms = {p.codename for p in editors.permissions.all()}
    privacy_perms = {p.codename for p in privacy.permissions.all()}
    assert {"access_admin", "view_submission"} <= editor_perms
    assert "view_contact_details" not in editor_perms
    assert {"access_admin", "view_submission", "view_contact_details"} <= privacy_perms
    assert "change_submission" not in editor_perms | privacy_perms
    assert "delete_submission" not in editor_perms | privacy_perms


def test_logged_out_visitors_are_sent_to_login(client, submission):
    for url in (LIST_URL, inspect_url(submission), "/admin/submissions/photo/1/"):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_users_without_the_group_cannot_see_submissions(client, submission):
    user = UserFactory()
    user.user_permissions.add(
        *Group.objects.get(name="Comms editors").permissions.filter(codename="access_admin")
    )
    client.force_login(user)
    assert client.get(LIST_URL).status_code in (302, 403)
    assert client.get(inspect_url(submission)).status_code in (302, 403)


def test_listing_shows_verified_submissions_only(editor_client, submission):
    draft = SubmissionFactory(draft=True)
    unverified = SubmissionFactory(status=SubmissionStatus.AWAITING_VERIFICATION, verified_at=None)
    landlord = LandlordSubmissionFactory()
    html = editor_client.get(LIST_URL).content.decode()
    assert submission.reference in html and landlord.reference in html
    assert draft.reference not in html and unverified.reference not in html
    assert "Submissions" in html
    # Nor can an editor open an unverified one by URL.
    assert editor_client.get(inspect_url(unverified)).status_code == 404
    assert editor_client.get(inspect_url(draft)).status_code == 404


def test_listing_has_no_personal_data(editor_client, submission):
    html = editor_client.get(LIST_URL).content.decode()
    assert "Jo Secretname" not in html and "jo.secret@example.com" not in html


def test_search_by_reference(editor_client, submission):
    other = SubmissionFactory()
    html = editor_client.get(LIST_URL, {"q": submission.reference.lower()}).content.decode()
    assert submission.reference in html and other.reference not in html


def test_filters_by_state_type_theme_and_language(editor_client, submission):
    landlord = LandlordSubmissionFactory(themes=["communication"])
    polish = SubmissionFactory(language="pl", themes=["heating_hot_water"])
    withdrawn = SubmissionFactory(status=SubmissionStatus.WITHDRAWN)

    def refs(**params):
        html = editor_client.get(LIST_URL, params).content.decode()
        return {s.reference for s in (submission, landlord, polish, withdrawn) if s.reference in html}

    assert refs(kind="landlord") == {landlord.reference}
    assert refs(theme="heating_hot_water") == {polish.reference}
    assert refs(theme="communication") == {landlord.reference}
    assert refs(language="pl") == {polish.reference}
    assert refs(status="withdrawn") == {withdrawn.reference}


def test_editor_sees_the_story_and_consent_but_contact_details_are_masked(editor_client, submission):
    html = editor_client.get(inspect_url(submission)).content.decode()
    assert submission.story[:40] in html
    assert "Use my photos" in html or "use my photos" in html
    assert "Jo Secretname" not in html
    assert "jo.secret@example.com" not in html
    assert "07700 900982" not in html
    assert "Only privacy officers can see" in html
    assert not ModelLogEntry.objects.filter(action="casestudies.view_contact_details").exists()


def test_privacy_officer_sees_contact_details_and_the_view_is_logged(privacy_client, submission):
    html = privacy_client.get(inspect_url(submission)).content.decode()
    assert "Jo Secretname" in html and "jo.secret@example.com" in html and "07700 900982" in html
    entry = ModelLogEntry.objects.get(action="casestudies.view_contact_details")
    assert entry.object_id == str(submission.pk)
    assert entry.user is not None
    # The log entry names the reference, never the personal data.
    assert entry.label == submission.reference
    assert "Secretname" not in str(entry.data) and "jo.secret" not in str(entry.data)


def test_editors_cannot_add_edit_or_delete(editor_client, submission):
    assert editor_client.get(f"{LIST_URL}add/").status_code in (302, 403)
    assert editor_client.get(f"{LIST_URL}edit/{submission.pk}/").status_code in (302, 403)
    assert editor_client.get(f"{LIST_URL}delete/{submission.pk}/").status_code in (302, 403)


def test_photos_are_streamed_to_editors_only(editor_client, client, submission):
    from django.core.files.base import ContentFile

    from casestudies.models import Photo

    from .helpers import jpeg_bytes

    photo = Photo(submission=submission, content_type="image/jpeg", width=64, height=48, size=10)
    photo.image.save("p.jpg", ContentFile(jpeg_bytes()), save=True)
    url = f"/admin/submissions/photo/{photo.pk}/"
    response = editor_client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert "no-store" in response["Cache-Control"]
    draft_photo = Photo(
        submission=SubmissionFactory(draft=True), content_type="image/jpeg", width=1, height=1, size=1
    )
    draft_photo.image.save("d.jpg", ContentFile(jpeg_bytes()), save=True)
    assert editor_client.get(f"/admin/submissions/photo/{draft_photo.pk}/").status_code == 404


def test_listing_query_count_does_not_grow(editor_client, django_assert_max_num_queries):
    SubmissionFactory.create_batch(3)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    editor_client.get(LIST_URL)  # the session's first admin request stores its start time
    with CaptureQueriesContext(connection) as few:
        editor_client.get(LIST_URL)
    SubmissionFactory.create_batch(30)
    with CaptureQueriesContext(connection) as many:
        editor_client.get(LIST_URL)
    assert len(many) == len(few)
