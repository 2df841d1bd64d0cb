"""Save and come back: a signed link, valid for 14 days, back to the same draft."""

from datetime import timedelta

import pytest

from django.test import Client

from casestudies.models import Submission

from .helpers import answer_all, begin, link_path, send, step_url

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _save(client, step, data, email="later@example.com"):
    response = client.post(step_url("resident", step), {**data, "save_and_return": "1"})
    assert response["Location"].endswith("/share-your-story/save/")
    page = client.get("/share-your-story/save/")
    assert page.status_code == 200
    response = client.post("/share-your-story/save/", {"email": email})
    assert response["Location"].endswith("/share-your-story/saved/")
    return response


def test_any_step_can_email_a_resume_link(client, home_page, outbox):
    begin(client)
    client.post(step_url("resident", "problem"), {"themes": ["leaks_repairs"]})
    _save(client, "your-landlord", {"landlord_type": "council"})
    saved = client.get("/share-your-story/saved/").content.decode()
    assert "later@example.com" in saved and "14 days" in saved

    assert len(outbox) == 1 and outbox[0].to == ["later@example.com"]
    assert outbox[0].alternatives and "14 days" in outbox[0].body
    path = link_path(outbox[0].body, "resume")

    other_device = Client()
    response = other_device.get(path)
    # The landlord page was saved as it was valid, but not marked answered: it is asked again.
    assert response["Location"].endswith("/your-landlord/")
    html = other_device.get(response["Location"]).content.decode()
    assert 'value="council" checked' in html
    submission = Submission.objects.get()
    assert submission.themes == ["leaks_repairs"] and submission.email == "later@example.com"


def test_saving_keeps_valid_answers_and_drops_nothing_else(client, home_page):
    begin(client)
    _save(client, "contact-details", {"full_name": "Sam", "email": "broken@"})
    submission = Submission.objects.get()
    assert submission.full_name == "Sam"
    assert submission.email == "later@example.com"  # from the save page


def test_resume_link_expires_after_14_days(client, home_page, outbox, settings):
    from unittest import mock

    from django.core import signing

    begin(client)
    _save(client, "problem", {"themes": ["safety"]})
    path = link_path(outbox[0].body, "resume")
    real_loads = signing.loads

    def later(*args, **kwargs):
        kwargs["max_age"] = kwargs["max_age"] - timedelta(days=15)
        return real_loads(*args, **kwargs)

    with mock.patch("casestudies.tokens.signing.loads", later):
        response = Client().get(path)
    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()


def test_resume_after_sending_says_it_was_already_sent(client, home_page, outbox):
    begin(client)
    _save(client, "problem", {"themes": ["safety"]})
    path = link_path(outbox[0].body, "resume")
    answer_all(client)
    send(client)
    html = Client().get(path).content.decode()
    assert "You have already sent this story" in html


def test_save_page_validates_the_email(client, home_page):
    begin(client)
    response = client.post("/share-your-story/save/", {"email": "nope"})
    assert response.status_code == 400
    assert "Enter an email address in the correct format" in response.content.decode()
