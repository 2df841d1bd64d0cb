"""One person taken all the way to a published case study, and ways to look for them afterwards.

Every name, address and number is invented.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from PIL import Image

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import connection

from casestudies.models import CaseStudyPage, Photo, Submission
from moderation import anonymisation, publication, reviews
from moderation.anonymisation import Decision
from moderation.choices import IntendedUse
from moderation.models import Review
from tests.moderation.helpers import PII_STORY, consent_checked, verified_review

FULL_NAME = "Zofia Wiśniewska-Kettering"
EMAIL = "zofia.kettering@example.com"
PHONE = "07700 900777"
POSTCODE = "BL1 4QX"
LANDLORD = "Kettering Vale Homes"
POLISH_STORY = (
    "Mój sąsiad Dave Pritchard z 14 Acacia Avenue, Bolton BL1 4QX też widział pleśń na ścianach. "
    "Zadzwoniłam do biura mieszkaniowego pod numer 07700 900123. "
    "Po skardze w drugim etapie naprawili wentylator i przeprosili."
)
WHAT_CHANGED = "Naprawili wentylator w łazience i teraz oddzwaniają w ciągu tygodnia."
FEEDBACK = "Proszę usunąć nazwę ulicy Acacia Avenue z mojej historii."
# Sentences that only this person's story holds (original, translation, edits, feedback).
STORY_SENTENCES = [
    "też widział pleśń na ścianach",
    "Zadzwoniłam do biura mieszkaniowego",
    "naprawili wentylator i przeprosili",
    "teraz oddzwaniają w ciągu tygodnia",
    "Proszę usunąć nazwę ulicy",
    "saw the mould too",
    "I called the housing office",
    "Pleśń wracała, dopóki nie naprawiono wentylatora",
    "Mould came back until the fan was fixed",
    "They fixed the fan and apologised",
    "A kitchen wall with the window blurred",
]
SECRETS = [
    FULL_NAME,
    "Kettering",
    EMAIL,
    PHONE,
    "07700900777",
    POSTCODE,
    "Pritchard",
    LANDLORD,
    *STORY_SENTENCES,
]


def photo_bytes(comment: str = "") -> bytes:
    """A small JPEG; with a comment, its bytes carry text (as a careless upload might)."""
    image = Image.new("RGB", (120, 90), (180, 40, 40))
    image.paste((255, 255, 255), (20, 20, 60, 60))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", comment=comment.encode())
    return buffer.getvalue()


def published_story(editor, signer, **fields) -> Submission:
    """A Polish story with a photo, blurred and published in Polish and English, with share images.

    The storyteller first asks for a change (their feedback stays on the review), then approves.
    """
    fields = {
        "language": "pl",
        "preferred_language": "pl",
        "story": POLISH_STORY,
        "what_changed": WHAT_CHANGED,
        "full_name": FULL_NAME,
        "email": EMAIL,
        "phone": PHONE,
        "landlord_name": LANDLORD,
        **fields,
    }
    review = verified_review(
        consent={"use_photos": True, "use_in_advertising": True, "publish_without_reply": True}, **fields
    )
    submission = review.submission
    # The photo as received: its bytes name the person (a careless upload).
    Photo.objects.filter(submission=submission).delete()
    photo = Photo.objects.create(
        submission=submission,
        image=ContentFile(photo_bytes(f"{FULL_NAME} {EMAIL}"), name=f"{submission.reference}.jpg"),
        content_type="image/jpeg",
        width=120,
        height=90,
        size=1000,
    )
    review.photos.all().delete()
    review.photos.create(photo=photo)
    review = consent_checked(review, editor, [IntendedUse.WEBSITE, IntendedUse.PHOTOS, IntendedUse.SOCIAL])
    anonymisation.lock_take(review=review, user=editor)
    anonymisation.texts_save(
        review=review,
        user=editor,
        texts={
            "title": "Pleśń wracała, dopóki nie naprawiono wentylatora",
            "summary": "Skarga w drugim etapie pomogła naprawić wentylator.",
            "pull_quote": "Naprawili wentylator i przeprosili.",
            "english_title": "Mould came back until the fan was fixed",
            "english_summary": "A resident's stage 2 complaint got a broken fan replaced.",
            "english_pull_quote": "They fixed the fan and apologised.",
            "english_story": PII_STORY,  # a faithful translation, details and all, until redacted
        },
    )
    review = Review.objects.get(pk=review.pk)
    findings = anonymisation.review_findings(review)
    anonymisation.findings_decide(
        review=review,
        user=editor,
        decisions=[
            Decision(key=f.key, text=f.text, accept=True, replacement=f.replacement) for f in findings
        ],
    )
    review = Review.objects.get(pk=review.pk)
    anonymisation.photo_decide(
        review=review,
        user=editor,
        photo=review.photos.get(),
        use=True,
        regions_json=json.dumps([{"x": 0.1, "y": 0.1, "w": 0.5, "h": 0.5}]),
        mode="blur",
        caption="",
        alt_text="A kitchen wall with the window blurred",
    )
    anonymisation.anonymisation_approve(review=Review.objects.get(pk=review.pk), user=editor)
    original = CaseStudyPage.objects.get(submission=submission, locale__language_code="pl")
    publication.storyteller_respond(page=original, approve=False, feedback=FEEDBACK)
    # The editors change the summary and resubmit; the storyteller approves this time.
    page = CaseStudyPage.objects.get(pk=original.pk)
    page.summary = "Skarga w drugim etapie pomogła."
    page.save_revision(user=editor)
    page.current_workflow_state.resume(editor)
    publication.storyteller_respond(page=CaseStudyPage.objects.get(pk=original.pk), approve=True)
    reviews.task_act(
        obj=CaseStudyPage.objects.get(pk=original.pk), user=signer, stage="sign_off", action="approve"
    )
    submission.refresh_from_db()
    return submission


def text_columns() -> list[tuple[str, str]]:
    """(table, column) for every text, char and JSON column of every table in the database.

    Columns with no declared type (SQLite's full-text tables) count as text.
    """
    text_fields = ("CharField", "TextField", "JSONField", "SlugField", "EmailField", "URLField")
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor, include_views=False):
            for column in connection.introspection.get_table_description(cursor, table):
                try:
                    field_type = connection.introspection.get_field_type(column.type_code, column)
                except KeyError:
                    field_type = "TextField"  # untyped (FTS5 columns) or unknown: look anyway
                if field_type in text_fields:
                    found.append((table, column.name))
    return found


def database_hits(secrets: list[str]) -> list[tuple[str, str, str]]:
    """(table, column, secret) wherever a secret is stored in a text column (case-insensitive)."""
    hits = []
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for table, column in text_columns():
            cursor.execute(f"SELECT {quote(column)} FROM {quote(table)}")  # noqa: S608 - names from introspection
            for (value,) in cursor.fetchall():
                if value is None:
                    continue
                if isinstance(value, bytes | memoryview):
                    text = bytes(value).decode("utf-8", errors="replace")
                else:
                    text = (
                        value
                        if isinstance(value, str)
                        else json.dumps(value, ensure_ascii=False, default=str)
                    )
                lowered = text.lower()
                # JSON escapes non-ASCII (\u015b): look in the decoded form too.
                for secret in secrets:
                    if secret.lower() in lowered or json.dumps(secret)[1:-1].lower() in lowered:
                        hits.append((table, column, secret))
    return sorted(set(hits))


def media_files() -> set[Path]:
    files = set()
    for root in (Path(settings.MEDIA_ROOT), Path(settings.PRIVATE_MEDIA_ROOT)):
        files |= {path for path in root.rglob("*") if path.is_file()}
    return files


def file_hits(secrets: list[str], files: set[Path] | None = None) -> list[tuple[str, str]]:
    """(path, secret) for every file under the media roots whose bytes hold a secret (UTF-8)."""
    hits = []
    for path in sorted(files if files is not None else media_files()):
        data = path.read_bytes().lower()
        for secret in secrets:
            if secret.lower().encode() in data:
                hits.append((str(path), secret))
    return hits
