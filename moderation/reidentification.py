"""Re-identification risk in moderation: the panel, one-click generalisations, and the
explicit decision a high risk needs before sign-off.

``moderation.pii.risk`` finds the details that remain after redaction (town, landlord, a
child's age, a condition, a background or faith, a job, exact dates, small-area details)
and how far they narrow the field together. Here they become what editors see and do:

- ``review_risk`` (anonymisation) and ``page_risk`` (sign-off): the level, the reason in
  words and each detail with the coarser form offered in the text's own language;
- ``risk_generalise``: one click replaces one detail in the review's text with its coarser
  form ("On 14 March 2023" -> "In early 2023", "Leeds" -> "a town in Yorkshire and the
  Humber", "asthma" -> "a health condition", "6" -> "5-9"), applied only if the text there
  is still what the editor saw, and logged with codes only;
- ``risk_accept``: at sign-off, a high risk needs the sign-off editor to say why the story
  can go out as it is (a reason from a fixed list, so nothing personal enters the log). The
  decision is logged against the page revision it was made on; ``sign_off_risk_problem``
  refuses sign-off without one (``publication.sign_off_check``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from casestudies.choices import Region
from casestudies.models import CaseStudyPage

from .anonymisation import texts_save
from .models import Review, SignOffTask
from .pii import risk as pii_risk
from .pii.generalise import suggest_replacement
from .pii.spans import ORGANISATION
from .scanning import page_text_language
from .selectors import anonymiser_ids

GENERALISED_ACTION = "moderation.risk_generalised"
ACCEPTED_ACTION = "moderation.risk_accepted"

CATEGORY_LABELS = {
    pii_risk.PLACE: gettext_lazy("a town, city or borough"),
    pii_risk.LANDLORD: gettext_lazy("the landlord or another organisation by name"),
    pii_risk.CHILD_AGE: gettext_lazy("a child's age"),
    pii_risk.ADULT_AGE: gettext_lazy("an adult's age"),
    pii_risk.CONDITION: gettext_lazy("a health condition or disability"),
    pii_risk.BACKGROUND: gettext_lazy("ethnicity, nationality, religion or immigration status"),
    pii_risk.JOB: gettext_lazy("a job"),
    pii_risk.DATE: gettext_lazy("an exact date"),
    pii_risk.SMALL_AREA: gettext_lazy("a detail of a small area (a floor, “the only family on the street”)"),
}
LEVEL_LABELS = {
    pii_risk.LOW: gettext_lazy("Low"),
    pii_risk.MEDIUM: gettext_lazy("Medium"),
    pii_risk.HIGH: gettext_lazy("High"),
}
# Why a high risk may still be published: codes in the log, words on screen.
ACCEPT_REASONS = {
    "needed": gettext_lazy(
        "The details are needed to tell the story, and the storyteller approved this version"
    ),
    "common": gettext_lazy(
        "The details are common where the storyteller lives, so they do not point to one household"
    ),
    "public": gettext_lazy("The storyteller has already made these details public themselves"),
}


@dataclass(frozen=True)
class RiskItem:
    detail: pii_risk.Detail
    label: str
    replacement: str  # "" when there is no one-click generalisation

    @property
    def token(self) -> str:
        """What the generalise form posts back: field, position, category (the text is
        checked again on the server)."""
        d = self.detail
        return f"{d.field}:{d.start}:{d.end}:{d.category}"


@dataclass(frozen=True)
class RiskView:
    level: str
    level_label: str
    reason: str
    items: list[RiskItem]
    categories: list[str]

    @property
    def high(self) -> bool:
        return self.level == pii_risk.HIGH


def _replacement(detail: pii_risk.Detail, language: str) -> str:
    """The coarser form of one detail, in the language of the text it is in."""
    if detail.coarser:
        return detail.coarser
    with translation.override(language):
        if detail.category == pii_risk.PLACE and detail.region:
            region = str(Region(detail.region).label)
            if detail.region == Region.LONDON:
                return region
            return _("a town in %(region)s") % {"region": region}
        if detail.category == pii_risk.CONDITION:
            return _("a health condition")
        if detail.category == pii_risk.LANDLORD:
            phrase = suggest_replacement(ORGANISATION, detail.text).strip("[]")
            return {
                "the council": _("the council"),
                "a contractor": _("a contractor"),
            }.get(phrase, _("a housing association"))
    return ""


def _reason(categories: list[str], level: str) -> str:
    if not categories:
        return _("Nothing that could single someone out remains.")
    named = ", ".join(str(CATEGORY_LABELS[c]) for c in categories)
    if level == pii_risk.HIGH:
        return _(
            "Together, these could let someone who knows the area work out who wrote the story: %(details)s. "
            "Generalise some of them, or record why the story can go out as it is."
        ) % {"details": named}
    if level == pii_risk.MEDIUM:
        return _("Some details remain that narrow down who this could be: %(details)s.") % {"details": named}
    return _("Only details shared by many people remain: %(details)s.") % {"details": named}


def _view(risk: pii_risk.Risk, languages: dict[str, str], default_language: str) -> RiskView:
    items = [
        RiskItem(
            detail=detail,
            label=str(CATEGORY_LABELS[detail.category]),
            replacement=_replacement(detail, languages.get(detail.field, default_language)),
        )
        for detail in risk.details
    ]
    level = risk.level
    return RiskView(
        level=level,
        level_label=str(LEVEL_LABELS[level]),
        reason=_reason(risk.categories, level),
        items=items,
        categories=risk.categories,
    )


def _assess(texts: dict[str, str], languages: dict[str, str], default_language: str) -> pii_risk.Risk:
    """One assessment over texts in several languages (an original and its English translation)."""
    combined = pii_risk.Risk()
    for language in sorted({languages.get(name, default_language) for name in texts}):
        group = {
            name: text for name, text in texts.items() if languages.get(name, default_language) == language
        }
        combined.details.extend(pii_risk.assess(group, language).details)
    return combined


def review_risk(review: Review) -> RiskView:
    """The risk in the review's working text (anonymisation)."""
    texts, languages = review.texts(), review.text_languages()
    language = review.submission.language or "en"
    return _view(_assess(texts, languages, language), languages, language)


def page_risk(page: CaseStudyPage) -> RiskView:
    """The risk in a case study's latest draft, with its English translation (sign-off)."""
    texts: dict[str, str] = {}
    languages: dict[str, str] = {}
    others = CaseStudyPage.objects.filter(submission_id=page.submission_id).exclude(pk=page.pk)
    for version in (page, *(others if page.submission_id else ())):
        revision = version.get_latest_revision()
        latest = revision.as_object() if revision else version
        language = page_text_language(latest, page.story_language)
        prefix = "" if version.pk == page.pk else f"{language}: "
        for name, text in latest.public_texts().items():
            texts[prefix + name] = text
            languages[prefix + name] = language
    default = page_text_language(page, page.story_language)
    return _view(_assess(texts, languages, default), languages, default)


# Generalising --------------------------------------------------------------------


def risk_generalise(*, review: Review, user, token: str, seen_text: str) -> bool:
    """Replace one detail with its coarser form in the review's text. False (and nothing
    changed) if the text there is no longer what the editor saw or has no coarser form.
    Permission and the editor's lock are checked by ``anonymisation.texts_save``."""
    try:
        field_name, start_s, end_s, category = token.split(":")
        start, end = int(start_s), int(end_s)
    except ValueError:
        return False
    with transaction.atomic():
        review = Review.objects.select_for_update().select_related("submission").get(pk=review.pk)
        if field_name not in review.text_fields():
            return False
        text = getattr(review, field_name) or ""
        if not (0 <= start < end <= len(text)) or text[start:end] != seen_text:
            return False
        item = next(
            (i for i in review_risk(review).items if i.token == token and i.detail.text == seen_text), None
        )
        if item is None or not item.replacement:
            return False
        texts_save(review=review, user=user, texts={field_name: text[:start] + item.replacement + text[end:]})
        log(review, GENERALISED_ACTION, user=user, data={"field": field_name, "category": category})
    return True


# The decision at sign-off --------------------------------------------------------


def _review_of(page: CaseStudyPage) -> Review | None:
    return Review.objects.filter(submission_id=page.submission_id).first()


def risk_acceptance(page: CaseStudyPage) -> ModelLogEntry | None:
    """The sign-off editor's decision to publish this very draft despite a high risk."""
    review = _review_of(page)
    revision = page.get_latest_revision()
    if review is None or revision is None:
        return None
    entries = ModelLogEntry.objects.for_instance(review).filter(action=ACCEPTED_ACTION).order_by("-timestamp")
    return next((e for e in entries if (e.data or {}).get("revision") == revision.pk), None)


def risk_accept(*, page: CaseStudyPage, user, reason: str) -> None:
    """Record why a high-risk story may be published as it is (codes only)."""
    if reason not in ACCEPT_REASONS:
        raise PermissionDenied(_("Choose why the story can be published as it is."))
    task_state = page.current_workflow_task_state
    task = task_state.task.specific if task_state is not None else None
    if not isinstance(task, SignOffTask) or not task.user_in_groups(user):
        raise PermissionDenied(
            _("Only a sign-off editor can decide this, while the story waits for sign-off.")
        )
    if user.pk in anonymiser_ids(page):
        raise PermissionDenied(_("You anonymised this story, so a second person must decide."))
    review = _review_of(page)
    revision = page.get_latest_revision()
    if review is None or revision is None:
        raise PermissionDenied(_("This story has no draft to sign off."))
    view = page_risk(page)
    log(
        review,
        ACCEPTED_ACTION,
        user=user,
        data={"revision": revision.pk, "level": view.level, "categories": view.categories, "reason": reason},
    )


def sign_off_risk_problem(page: CaseStudyPage) -> str | None:
    """Why sign-off must wait, if the risk is high and nobody has recorded a decision."""
    if page_risk(page).high and risk_acceptance(page) is None:
        return _(
            "The re-identification risk is high. Open the sign-off review to generalise details "
            "(request changes) or record why the story can be published as it is."
        )
    return None
