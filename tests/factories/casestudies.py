"""Factories for intake records. All values are invented.

Usage:
    SubmissionFactory()                          # a verified resident story, state "new"
    SubmissionFactory(draft=True)                # a draft, nothing answered
    SubmissionFactory(status="awaiting_verification", verified_at=None)
    LandlordSubmissionFactory()
    ConsentRecordFactory(submission=s, use_photos=True)
"""

import factory

from django.utils import timezone

from casestudies.choices import SubmissionKind, SubmissionStatus
from casestudies.models import ConsentRecord, Submission
from casestudies.references import reference_generate


class SubmissionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Submission

    class Params:
        draft = factory.Trait(
            status=SubmissionStatus.DRAFT,
            submitted_at=None,
            verified_at=None,
            themes=[],
            story="",
            full_name="",
            email="",
            answered_steps=[],
        )

    reference = factory.LazyFunction(reference_generate)
    kind = SubmissionKind.RESIDENT
    status = SubmissionStatus.NEW
    language = "en"
    themes = factory.LazyFunction(lambda: ["damp_mould"])
    landlord_type = "housing_association"
    complaint_stage = "stage_1"
    complaint_when = "last_6_months"
    responses_on_time = "yes"
    outcomes = factory.LazyFunction(lambda: ["repair"])
    what_changed = "The repair was done and they now call back."
    story = factory.Faker("paragraph", nb_sentences=5)
    full_name = factory.Faker("name", locale="en_GB")
    email = factory.Sequence(lambda n: f"resident{n}@example.com")
    phone = ""
    region = "north_west"
    preferred_language = "en"
    submitted_at = factory.LazyFunction(timezone.now)
    verified_at = factory.LazyFunction(timezone.now)
    answered_steps = factory.LazyFunction(list)


class LandlordSubmissionFactory(SubmissionFactory):
    kind = SubmissionKind.LANDLORD
    organisation_name = "Example Homes"
    sender_role = "Complaints manager"
    complaint_summary = "A leak was left unrepaired for months."
    lessons_learned = "Teams were not sharing information."
    changes_made = "Every repair now has a named contact."
    email = factory.Sequence(lambda n: f"officer{n}@example-homes.example")


class ConsentRecordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ConsentRecord

    submission = factory.SubFactory(SubmissionFactory)
    publish_anonymised = True
    text_version = "test-v1"
    language = "en"
    given_at = factory.LazyFunction(timezone.now)
