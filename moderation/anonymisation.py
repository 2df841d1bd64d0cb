"""Anonymisation review: detector suggestions, manual redactions, photo blurring, locking.

The editor works on the Review's copy of the public text. Each accepted or rejected
suggestion, each manual redaction and each photo decision is its own log entry
(field, kind and counts only). Only the editor holding the lock may change a review.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from wagtail.log_actions import log

from .choices import CONSENT_FOR_USE, IntendedUse
from .finding_decisions import finding_decision_log, outcome_for
from .models import TEXT_FIELDS, AnonymisationTask, Review, ReviewPhoto
from .photo_redaction import parse_regions, redact_image
from .pii.generalise import apply_replacements, people_in, suggestions, token_span
from .pii.readability import BRACKET, CUT, DOUBLED, STACKED, readability_problems
from .pii.spans import PERSON
from .reviews import task_act
from .scanning import Finding, digest, findings_for

REQUIRED_FIELDS = ("title", "summary", "story")
MAX_REPLACEMENT_LENGTH = 80


@dataclass(frozen=True)
class Decision:
    key: str  # "field:start:end", as the form showed it
    text: str  # the text the editor saw, checked again before anything changes
    accept: bool
    replacement: str = ""


def review_findings(review: Review) -> list[Finding]:
    """Unresolved findings in the review's text fields and its photos' caption and alt text."""
    return review_scan(review, review_texts(review))


def review_scan(review: Review, texts: dict[str, str]) -> list[Finding]:
    """The detector over the review's texts, each in its own language (original or English).

    Each person gets one label across all the texts (title, summary, quote, story, the
    translation, photo captions), and the storyteller, named on the submission, their own.
    """
    found = findings_for(
        texts,
        language=review.submission.language,
        dismissed=review.dismissed,
        languages=review.text_languages(),
    )
    return coherent_people(
        texts, found, languages=_languages(review, texts), storyteller=storyteller_name(review)
    )


def storyteller_name(review: Review) -> str:
    """The name the storyteller gave on the form (never shown: it only tells who they are)."""
    return review.submission.full_name or ""


def _languages(review: Review, texts: dict[str, str]) -> dict[str, str]:
    return {name: review.submission.language for name in texts} | review.text_languages()


def coherent_people(
    texts: dict[str, str], found: list[Finding], *, languages: dict[str, str], storyteller: str = ""
) -> list[Finding]:
    """``found`` with each name's replacement made the same for one person in every text."""
    fields = {f.field for f in found if f.kind == PERSON}
    if not fields:
        return found
    people = people_in(texts, languages, storyteller=storyteller)
    labels = {}
    for field in fields:
        for s in suggestions(texts[field], languages.get(field, "en"), people=people, field=field):
            labels[(field, s.start, s.end)] = s.replacement
    return [
        replace(f, replacement=labels.get((f.field, f.start, f.end), f.replacement))
        if f.kind == PERSON
        else f
        for f in found
    ]


def review_texts(review: Review) -> dict[str, str]:
    texts = review.texts()
    for number, photo in enumerate(review.photos.all(), start=1):
        if photo.use:
            texts[f"photo {number} caption"] = photo.caption
            texts[f"photo {number} alt text"] = photo.alt_text
    return texts


# Locking -------------------------------------------------------------------------


def lock_take(*, review: Review, user) -> bool:
    """Lock the review for this editor if nobody else holds it. Returns whether they hold it."""
    with transaction.atomic():
        locked = Review.objects.select_for_update().get(pk=review.pk)
        if locked.locked and locked.locked_by_id not in (None, user.pk):
            review.locked, review.locked_by_id = locked.locked, locked.locked_by_id
            return False
        if not locked.locked or locked.locked_by_id is None:  # free, or its holder was deleted
            locked.locked, locked.locked_by, locked.locked_at = True, user, timezone.now()
            locked.save(update_fields=["locked", "locked_by", "locked_at"])
            log(instance=locked, action="wagtail.lock", user=user)
        review.locked, review.locked_by_id, review.locked_at = True, user.pk, locked.locked_at
        return True


def lock_release(*, review: Review, user) -> None:
    """The holder, or a superuser, releases the lock."""
    with transaction.atomic():
        locked = Review.objects.select_for_update().get(pk=review.pk)
        if not locked.locked:
            return
        if locked.locked_by_id != user.pk and not user.is_superuser:
            raise PermissionDenied(_("Only the editor holding the lock, or an administrator, can unlock it."))
        locked.locked, locked.locked_by, locked.locked_at = False, None, None
        locked.save(update_fields=["locked", "locked_by", "locked_at"])
        log(instance=locked, action="wagtail.unlock", user=user)


def _editable(review: Review, user) -> Review:
    """The review, locked for update, if this editor may change it now."""
    locked = Review.objects.select_for_update().select_related("submission").get(pk=review.pk)
    state = locked.current_workflow_task
    if state is None or getattr(state.specific, "stage", "") != AnonymisationTask.stage:
        raise PermissionDenied(_("This story is not in anonymisation review."))
    if not state.specific.user_in_groups(user):
        raise PermissionDenied(_("You cannot anonymise stories."))
    if locked.locked_by_id != user.pk:
        raise PermissionDenied(_("Another editor is working on this story. Ask them to finish first."))
    return locked


# Text decisions ------------------------------------------------------------------


@transaction.atomic
def findings_decide(*, review: Review, user, decisions: list[Decision]) -> tuple[int, int]:
    """Apply the editor's accept/reject decisions. Returns (accepted, rejected).

    A decision is applied only if the finding still covers exactly the text shown,
    so a stale form can never redact the wrong words.
    """
    review = _editable(review, user)
    texts = review_texts(review)
    current = {f.key: f for f in review_scan(review, texts)}
    edits: dict[str, list[tuple[int, int, str]]] = {}
    accepted = rejected = 0
    for decision in decisions:
        finding = current.get(decision.key)
        if finding is None or finding.text != decision.text:
            raise ValidationError(
                _("The text changed since this page was shown. Look at the suggestions again.")
            )
        replacement = ""
        if decision.accept:
            replacement = _clean_replacement(decision.replacement)
            edits.setdefault(finding.field, []).append((finding.start, finding.end, replacement))
            accepted += 1
        else:
            review.dismissed = [*review.dismissed, digest(finding.kind, finding.text)]
            rejected += 1
        outcome = outcome_for(accept=decision.accept, replacement=replacement)
        finding_decision_log(review=review, user=user, finding=finding, outcome=outcome)
    for field, field_edits in edits.items():
        _set_text(review, field, apply_replacements(texts[field], field_edits))
    _save(review, user)
    return accepted, rejected


@transaction.atomic
def manual_redact(*, review: Review, user, field: str, text: str, replacement: str) -> int:
    """Redact every occurrence of text the detector missed, in one field or all ("*").

    Never inside a token: a handle or email holding the text is replaced whole, and the text
    as part of an ordinary word ("Ann" in "Annual") is left alone.
    """
    review = _editable(review, user)
    text = text.strip()
    if not text:
        raise ValidationError(_("Enter or select the text to redact"))
    if len(text) > 500:
        raise ValidationError(_("Text to redact must be 500 characters or fewer"))
    replacement = _clean_replacement(replacement)
    texts = review_texts(review)
    fields = list(texts) if field == "*" else [field]
    if any(name not in texts for name in fields):
        raise ValidationError(_("Choose a field"))
    count = inside_words = 0
    for name in fields:
        places = _occurrences(texts[name], text)
        inside_words += texts[name].count(text) - len(places)
        if places:
            _set_text(review, name, apply_replacements(texts[name], [(s, e, replacement) for s, e in places]))
            count += len(places)
    if not count and inside_words:
        raise ValidationError(
            _("That text is only part of longer words, so nothing was redacted. Select whole words.")
        )
    if not count:
        raise ValidationError(_("That text is not in the story any more. Check it and try again."))
    _save(review, user)
    log(
        instance=review,
        action="moderation.manual_redaction",
        user=user,
        data={"field": field, "count": count},
    )
    return count


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Where to replace ``needle`` in ``text`` without cutting a token: a handle, email or web
    address it sits in is replaced whole, and a part of an ordinary word is left alone."""
    places: list[tuple[int, int]] = []
    at = text.find(needle)
    while at != -1:
        span = token_span(text, at, at + len(needle))
        if span is not None and not (places and span[0] < places[-1][1]):
            places.append(span)
        at = text.find(needle, at + len(needle))
    return places


def findings_keep(*, review: Review, user, findings: list[Finding], where: str) -> None:
    """Record findings an editor judged not personal data (digests only, logged)."""
    review.dismissed = [*review.dismissed, *(digest(f.kind, f.text) for f in findings)]
    review.save(update_fields=["dismissed"])
    for finding in findings:
        finding_decision_log(review=review, user=user, finding=finding, outcome="kept", where=where)


@transaction.atomic
def texts_save(*, review: Review, user, texts: dict[str, str]) -> None:
    """The editor's own edits of the public text (title, summary, quote...)."""
    review = _editable(review, user)
    changed = [
        name for name in review.text_fields() if name in texts and texts[name] != getattr(review, name)
    ]
    for name in changed:
        setattr(review, name, texts[name])
    if changed:
        _save(review, user)
        log(instance=review, action="moderation.text_edited", user=user, data={"fields": changed})


def _clean_replacement(value: str) -> str:
    value = " ".join((value or "").split())
    if len(value) > MAX_REPLACEMENT_LENGTH:
        raise ValidationError(
            _("A replacement must be %(n)s characters or fewer") % {"n": MAX_REPLACEMENT_LENGTH}
        )
    return value


def _set_text(review: Review, field: str, value: str) -> None:
    if field in TEXT_FIELDS:
        setattr(review, field, value)
        return
    # "photo N caption" / "photo N alt text"
    _photo, number, *rest = field.split(" ")
    photo = list(review.photos.all())[int(number) - 1]
    attribute = "caption" if rest == ["caption"] else "alt_text"
    setattr(photo, attribute, value)
    photo.save(update_fields=[attribute])


def _save(review: Review, user) -> None:
    review.save()
    review.save_revision(user=user, clean=False)


# Photos --------------------------------------------------------------------------


@transaction.atomic
def photo_decide(
    *,
    review: Review,
    user,
    photo: ReviewPhoto,
    use: bool,
    regions_json: str,
    mode: str,
    caption: str,
    alt_text: str,
) -> ReviewPhoto:
    """Use or leave out a photo; blur or black out the drawn areas into a new private copy.

    Each area is hidden in its own mode, or in ``mode`` if the widget sent none.
    """
    review = _editable(review, user)
    photo = ReviewPhoto.objects.select_for_update().get(pk=photo.pk, review=review)
    if use and IntendedUse.PHOTOS not in review.intended_uses:
        raise ValidationError(_("The consent check did not allow photos for this story"))
    if use and not alt_text.strip():
        raise ValidationError(_("Enter alternative text that describes the photo"))
    regions = parse_regions(regions_json)
    old = photo.redacted.name if photo.redacted else ""
    photo.use, photo.caption, photo.alt_text = use, caption.strip(), alt_text.strip()
    photo.regions = [region.as_json(mode) for region in regions]
    photo.reviewed_at, photo.reviewed_by = timezone.now(), user
    if use:
        with photo.photo.image.open("rb") as source:
            data, content_type, _width, _height = redact_image(source.read(), regions, mode)
        extension = "png" if content_type == "image/png" else "jpg"
        photo.redacted.save(f"photo-{photo.pk}.{extension}", ContentFile(data), save=False)
        photo.redacted_at = timezone.now()
    else:
        photo.redacted, photo.redacted_at = "", None
    photo.save()
    if old and old != photo.redacted.name:
        photo.redacted.storage.delete(old)
    log(
        instance=review,
        action="moderation.photo_redacted" if use else "moderation.photo_not_used",
        user=user,
        data={"photo_id": photo.photo_id, "areas": len(regions), **photo.area_counts()},
    )
    return photo


# Finishing -----------------------------------------------------------------------


class ReviewProblem(str):
    """A reason anonymisation cannot finish yet; ``anchor`` links to where it is on the review
    page and ``excerpt`` shows the words (the message itself never repeats the text)."""

    anchor: str
    excerpt: str

    def __new__(cls, message: str, *, anchor: str = "", excerpt: str = "") -> ReviewProblem:
        problem = super().__new__(cls, message)
        problem.anchor, problem.excerpt = anchor, excerpt
        return problem


def text_anchor(field: str) -> str:
    """The id of a text's heading on the anonymisation review page."""
    return f"text-{slugify(field)}"


_READABILITY_MESSAGES = {
    BRACKET: _lazy("A bracket is left open, empty or inside another"),
    STACKED: _lazy("Replacements are stacked side by side: merge them into one phrase"),
    DOUBLED: _lazy("A word is written twice in a row"),
    CUT: _lazy("A replacement cuts into a word, handle or address: replace all of it"),
}


def readability_review(review: Review) -> list[ReviewProblem]:
    """What would not read well in each text once published (moderation.pii.readability)."""
    texts = review_texts(review)
    languages = _languages(review, texts)
    problems = []
    for field, text in texts.items():
        for found in readability_problems(text or "", languages.get(field, "en")):
            message = _("%(field)s: %(problem)s") % {
                "field": _field_label(field),
                "problem": _READABILITY_MESSAGES[found.reason],
            }
            problems.append(ReviewProblem(message, anchor=text_anchor(field), excerpt=found.excerpt))
    return problems


def _field_label(field: str) -> str:
    if field in TEXT_FIELDS:
        return str(Review._meta.get_field(field).verbose_name).capitalize()
    return field.capitalize()


def anonymisation_problems(review: Review) -> list[str]:
    """Why anonymisation cannot be approved yet (empty when it can): missing texts, findings
    left, text that would not read well, photos not decided."""
    problems = []
    labels = {name: Review._meta.get_field(name).verbose_name for name in TEXT_FIELDS}
    required = [*REQUIRED_FIELDS, *(f"english_{name}" for name in REQUIRED_FIELDS if review.needs_english)]
    for name in required:
        if not (getattr(review, name) or "").strip():
            problems.append(_("Write the %(field)s") % {"field": labels[name]})
    count = len(review_findings(review))
    if count:
        problems.append(
            _("Resolve the %(count)s detector finding(s): accept or reject each one") % {"count": count}
        )
    problems += readability_review(review)
    problems += photo_problems(review)
    return problems


def photos_covered(review: Review) -> bool:
    """The consent allows photos and the consent check chose to use them."""
    consent = review.submission.consent
    return (
        IntendedUse.PHOTOS in review.intended_uses
        and consent is not None
        and not consent.withdrawn_at
        and bool(getattr(consent, CONSENT_FOR_USE[IntendedUse.PHOTOS], False))
    )


def photo_problems(review: Review) -> list[str]:
    """Photos not yet decided: each covered photo is left out on purpose, or redacted and described."""
    problems = []
    covered = photos_covered(review)
    photos = list(review.photos.select_related("photo"))
    for number, photo in enumerate(photos, start=1):
        name = _("Photo %(n)s of %(total)s (sent %(when)s)") % {
            "n": number,
            "total": len(photos),
            "when": date_format(timezone.localtime(photo.photo.uploaded_at), "DATETIME_FORMAT"),
        }
        if covered and photo.reviewed_at is None:
            problems.append(
                _(
                    "%(photo)s has not been reviewed. Open it and either leave it out, or hide what "
                    "identifies anyone and describe it."
                )
                % {"photo": name}
            )
        elif photo.use and not photo.redacted:
            problems.append(
                _("%(photo)s is to be used but has not been redacted. Open it and save it again.")
                % {"photo": name}
            )
        elif photo.use and not photo.alt_text:
            problems.append(_("%(photo)s is to be used: write its alternative text.") % {"photo": name})
    return problems


@transaction.atomic
def anonymisation_approve(*, review: Review, user) -> None:
    """Anonymisation is complete: the workflow finishes and makes the case study draft."""
    review = _editable(review, user)
    problems = anonymisation_problems(review)
    if problems:
        raise ValidationError(problems)
    review.locked, review.locked_by, review.locked_at = False, None, None
    review.save(update_fields=["locked", "locked_by", "locked_at"])
    task_act(obj=review, user=user, stage=AnonymisationTask.stage, action="approve")
