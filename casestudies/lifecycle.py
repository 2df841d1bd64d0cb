"""The life of a story: its states, the one table of allowed transitions, one service per
transition. Nothing else writes ``Submission.status``.

Every door calls these functions: the intake views, the links in emails, the
storyteller's page (privacy.rights), Wagtail's workflow tasks (moderation), the daily
commands, retention and erasure. Each transition locks the row, checks the table (a
transition not in it raises ``TransitionNotAllowed``), writes the state and its dates,
writes one Wagtail log entry (codes only, never the story's words or the person's
details), queues its emails (sent after commit, so the story is always saved first) and
does what the transition means for the case study pages, which are this app's own.

What moderation keeps (its Review, its photo copies) it looks after itself when told:
``story_transitioned`` is sent inside the transaction after every transition. It is the
one signal between the apps, because this app must not know moderation.

::

    draft --submitted--> awaiting_verification --verified--> new --consent_checked--> in_moderation
                               |                            (review_opened: new -> new)      |
                               +--expired--> expired                                    anonymised
                                                                                             v
    changes_requested <--changes_asked-- with_storyteller <--sent_to_storyteller-- anonymised
          |                                 |        ^                  ^
          +-------sent_to_storyteller-------+--------+                  |
                                            |                           |
                       storyteller_approved / storyteller_no_reply      |
                                            v                           |
                                    awaiting_sign_off --changes_asked---+ (to changes_requested)
                                            |
                                   signed_off (the page is live)
                                            v
                                        published --renewal_lapsed--> withdrawn

    declined:        any state in moderation (new ... awaiting_sign_off) -> rejected
    withdrawn:       awaiting_verification, any state in moderation, published -> withdrawn
    use_withdrawn:   a state in moderation or published -> the same state (the use taken away)
    erased:          expired, rejected, withdrawn -> the same state (personal data gone; a story
                     still moving is withdrawn first, a draft or unconfirmed one expires first)

``docs/story-lifecycle.md`` draws the same picture with every door.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone

from wagtail.log_actions import log

from . import emails
from .choices import ConsentScope, EmailKind, SubmissionStatus
from .models import Submission

logger = logging.getLogger(__name__)

S = SubmissionStatus

# States in which editors are working on the story (it can still be declined or withdrawn).
IN_PROGRESS = frozenset(
    {S.NEW, S.IN_MODERATION, S.ANONYMISED, S.WITH_STORYTELLER, S.CHANGES_REQUESTED, S.AWAITING_SIGN_OFF}
)
# States a storyteller can still change (take a use back, withdraw).
LIVING = IN_PROGRESS | {S.PUBLISHED}
FINAL = frozenset({S.EXPIRED, S.REJECTED, S.WITHDRAWN})


def _same(states: Iterable[SubmissionStatus]) -> dict[SubmissionStatus, SubmissionStatus]:
    return {state: state for state in states}


def _to(
    target: SubmissionStatus, states: Iterable[SubmissionStatus]
) -> dict[SubmissionStatus, SubmissionStatus]:
    return {state: target for state in states}


# The table: transition -> {state it may start from: state it leads to}.
TRANSITIONS: dict[str, dict[SubmissionStatus, SubmissionStatus]] = {
    "submitted": {S.DRAFT: S.AWAITING_VERIFICATION},
    "verified": {S.AWAITING_VERIFICATION: S.NEW},
    "expired": _to(S.EXPIRED, [S.DRAFT, S.AWAITING_VERIFICATION]),
    "review_opened": {S.NEW: S.NEW},
    "consent_checked": {S.NEW: S.IN_MODERATION},
    "anonymised": {S.IN_MODERATION: S.ANONYMISED},
    # A live page edited later goes through the storyteller and sign-off again: it stays published.
    "sent_to_storyteller": {
        **_to(
            S.WITH_STORYTELLER, [S.ANONYMISED, S.CHANGES_REQUESTED, S.WITH_STORYTELLER, S.AWAITING_SIGN_OFF]
        ),
        S.PUBLISHED: S.PUBLISHED,
    },
    "storyteller_approved": {S.WITH_STORYTELLER: S.AWAITING_SIGN_OFF, S.PUBLISHED: S.PUBLISHED},
    "storyteller_no_reply": {S.WITH_STORYTELLER: S.AWAITING_SIGN_OFF, S.PUBLISHED: S.PUBLISHED},
    "changes_asked": {
        **_to(S.CHANGES_REQUESTED, [S.WITH_STORYTELLER, S.AWAITING_SIGN_OFF]),
        S.PUBLISHED: S.PUBLISHED,
    },
    "signed_off": {S.AWAITING_SIGN_OFF: S.PUBLISHED, S.PUBLISHED: S.PUBLISHED},
    "declined": _to(S.REJECTED, IN_PROGRESS),
    "use_withdrawn": _same(LIVING),
    "withdrawn": _to(S.WITHDRAWN, [S.AWAITING_VERIFICATION, *LIVING]),
    "renewal_lapsed": {S.PUBLISHED: S.WITHDRAWN},
    "erased": _same(FINAL),
}

# Log entry action for each transition (registered in casestudies/wagtail_hooks.py).
ACTIONS = {name: f"story.{name}" for name in TRANSITIONS}

# Sent inside the transaction after every transition, with ``submission``, ``transition``,
# ``previous`` (the state before), ``user`` and ``data``.
story_transitioned = Signal()


class TransitionNotAllowed(Exception):
    """The transition is not in the table for the story's current state."""

    def __init__(self, transition: str, state: str) -> None:
        super().__init__(f"{transition} is not allowed from {state}")
        self.transition, self.state = transition, state


def allowed(submission: Submission, transition: str) -> bool:
    return submission.status in TRANSITIONS[transition]


def _move(
    submission: Submission,
    transition: str,
    *,
    user=None,
    data: dict | None = None,
    fields: dict | None = None,
    effects: Callable[[Submission], None] | None = None,
) -> Submission:
    """Lock, check the table, write the state (and ``fields``), log, do this app's
    ``effects``, then tell the other apps (after the pages have changed, so that what
    they delete is no longer shown)."""
    locked = Submission.objects.select_for_update().get(pk=submission.pk)
    previous = locked.status
    table = TRANSITIONS[transition]
    if previous not in table:
        raise TransitionNotAllowed(transition, previous)
    locked.status = table[previous]
    for name, value in (fields or {}).items():
        setattr(locked, name, value)
    locked.save(update_fields=["status", "updated_at", *(fields or {})])
    log(
        instance=locked,
        action=ACTIONS[transition],
        user=user,
        data={"from": previous, "to": locked.status, **(data or {})},
    )
    if effects is not None:
        effects(locked)
    story_transitioned.send(
        sender=Submission,
        submission=locked,
        transition=transition,
        previous=previous,
        user=user,
        data=data or {},
    )
    return locked


# Intake ---------------------------------------------------------------------------------


@transaction.atomic
def story_submitted(*, submission: Submission) -> tuple[Submission, bool]:
    """A complete draft is sent: the address must be confirmed. Idempotent (a double click
    or a refresh finds it sent already and changes nothing)."""
    current = Submission.objects.select_for_update().get(pk=submission.pk)
    if not allowed(current, "submitted"):
        return current, False
    now = timezone.now()
    current = _move(current, "submitted", fields={"submitted_at": now})
    current.consents.update(given_at=now)
    emails.email_queue(submission=current, kind=EmailKind.VERIFY)
    return current, True


@transaction.atomic
def story_verified(*, submission: Submission) -> tuple[Submission, bool]:
    """The address is confirmed: the story reaches editors (moderation opens its review).
    Idempotent; returns (submission, newly_verified)."""
    current = Submission.objects.select_for_update().get(pk=submission.pk)
    if not allowed(current, "verified"):
        return current, False
    now = timezone.now()
    current = _move(current, "verified", fields={"verified_at": now})
    current.consents.filter(verified_at__isnull=True).update(verified_at=now)
    emails.email_queue(submission=current, kind=EmailKind.ACKNOWLEDGE)
    emails.email_queue(submission=current, kind=EmailKind.EDITOR_NOTIFICATION)
    return current, True


@transaction.atomic
def story_expired(*, submission: Submission) -> Submission:
    """Never confirmed in time (or a draft erased): it will never reach editors."""
    return _move(submission, "expired")


# Moderation (called by moderation's services and Wagtail tasks) ---------------------------


@transaction.atomic
def story_review_opened(*, submission: Submission) -> Submission:
    return _move(submission, "review_opened")


@transaction.atomic
def story_consent_checked(*, submission: Submission, user, uses: list[str]) -> Submission:
    return _move(submission, "consent_checked", user=user, data={"uses": list(uses)})


@transaction.atomic
def story_anonymised(*, submission: Submission, user, page_id: int) -> Submission:
    """Anonymisation approved: the case study page draft is made from the redacted text."""
    return _move(submission, "anonymised", user=user, data={"page_id": page_id})


@transaction.atomic
def story_sent_to_storyteller(*, submission: Submission, user=None) -> Submission:
    """The storyteller is emailed the anonymised version to check."""
    current = _move(submission, "sent_to_storyteller", user=user)
    emails.email_queue(submission=current, kind=EmailKind.STORYTELLER_PREVIEW)
    return current


@transaction.atomic
def story_storyteller_approved(*, submission: Submission, revision_id: int) -> Submission:
    return _move(submission, "storyteller_approved", data={"revision_id": revision_id})


@transaction.atomic
def story_storyteller_no_reply(*, submission: Submission, revision_id: int) -> Submission:
    """No answer in time, and the consent allowed publishing then."""
    return _move(submission, "storyteller_no_reply", data={"revision_id": revision_id})


@transaction.atomic
def story_changes_asked(*, submission: Submission, user=None, by: str) -> Submission:
    """The storyteller (``by="storyteller"``) or the sign-off editor (``by="sign_off"``)
    asks for changes: the page goes back to the editors."""
    current = _move(submission, "changes_asked", user=user, data={"by": by})
    if by == "storyteller":
        emails.email_queue(submission=current, kind=EmailKind.EDITOR_STORY_CHANGE)
    return current


@transaction.atomic
def story_signed_off(*, submission: Submission, page, user) -> Submission:
    """A second person signed off: the page's latest revision (the one the storyteller
    approved) is published, with its translations, and only then does the story say
    published. If publishing raises, nothing here is kept: the state follows the page."""
    from .publishing import page_publish_with_translations

    current = Submission.objects.select_for_update().get(pk=submission.pk)
    if not allowed(current, "signed_off"):
        raise TransitionNotAllowed("signed_off", current.status)
    first_time = current.status != S.PUBLISHED
    page_publish_with_translations(page=page, user=user)
    page.refresh_from_db(fields=["live"])
    if not page.live:
        raise RuntimeError(f"Page {page.pk} is not live after publishing")
    current = _move(current, "signed_off", user=user, data={"page_id": page.pk})
    if first_time:
        emails.email_queue(submission=current, kind=EmailKind.STORY_PUBLISHED)
    return current


@transaction.atomic
def story_declined(*, submission: Submission, user, reason_id: int) -> Submission:
    """Not used: every page draft goes, the storyteller is told kindly."""
    from .publishing import pages_take_down

    current = _move(
        submission,
        "declined",
        user=user,
        data={"reason_id": reason_id},
        effects=lambda story: pages_take_down(submission=story, user=user),
    )
    emails.email_queue(submission=current, kind=EmailKind.STORY_REJECTED)
    return current


# The storyteller's rights (their doors: privacy.rights and the links in emails) -----------


@transaction.atomic
def story_use_withdrawn(*, submission: Submission, scope: str) -> Submission:
    """One use taken back (first name, photos, advertising, media contact): recorded on
    the consent, removed from every page made from the story (live ones republished at
    once without it), the storyteller and the editors told."""
    from .publishing import pages_remove_use

    if scope not in ConsentScope.values:
        raise ValueError(scope)
    current = Submission.objects.select_for_update().get(pk=submission.pk)
    consent = current.consent
    if consent is None or consent.withdrawn_at or not getattr(consent, scope, False):
        raise TransitionNotAllowed("use_withdrawn", current.status)
    now = timezone.now()
    setattr(consent, scope, False)
    consent.withdrawn_scopes = {**consent.withdrawn_scopes, scope: now.isoformat()}
    consent.save(update_fields=[scope, "withdrawn_scopes"])
    current = _move(
        current,
        "use_withdrawn",
        data={"scope": scope},
        effects=lambda story: pages_remove_use(submission=story, scope=scope),
    )
    emails.email_queue(submission=current, kind=EmailKind.CONSENT_CHANGED)
    emails.email_queue(submission=current, kind=EmailKind.EDITOR_STORY_CHANGE)
    return current


# The doors of withdrawal, each named in the log entry of the transition.
DOORS = ("email_link", "story_page", "renewal", "erasure")


def _stop(submission: Submission, transition: str, *, user=None, door: str, confirm: bool) -> Submission:
    """What every withdrawal does, whichever door it came through."""
    from .publishing import pages_take_down

    now = timezone.now()
    current = _move(
        submission,
        transition,
        user=user,
        data={"door": door},
        fields={"withdrawn_at": submission.withdrawn_at or now},
        effects=lambda story: pages_take_down(submission=story, user=user),
    )
    current.consents.filter(withdrawn_at__isnull=True).update(withdrawn_at=now)
    if confirm and current.email:
        emails.email_queue(submission=current, kind=EmailKind.WITHDRAWAL_CONFIRMED)
    if current.verified_at:  # editors only ever knew of verified stories
        emails.email_queue(submission=current, kind=EmailKind.EDITOR_STORY_CHANGE)
    return current


@transaction.atomic
def story_withdrawn(*, submission: Submission, door: str, user=None) -> tuple[Submission, bool]:
    """The story is taken back, through any door: consent withdrawn, every page in every
    language unpublished (and so out of the page cache, the CDN, search, the feed, the API,
    the sitemap and the packs: casestudies.publishing), moderation stopped, the storyteller
    sent a confirmation, editors told. Idempotent: returns (submission, changed)."""
    current = Submission.objects.select_for_update().get(pk=submission.pk)
    if not allowed(current, "withdrawn"):
        return current, False
    return _stop(current, "withdrawn", user=user, door=door, confirm=True), True


@transaction.atomic
def story_renewal_lapsed(*, submission: Submission) -> Submission:
    """The consent was not renewed in time (or no address is left to ask): the same effects
    as a withdrawal; the confirmation goes where an address is held."""
    return _stop(submission, "renewal_lapsed", door="renewal", confirm=True)


@transaction.atomic
def story_erased(*, submission: Submission, reason: str, user=None) -> Submission:
    """Personal data erased (privacy.erasure does the erasing and calls this first). A story
    still moving is withdrawn the way every door withdraws it, except for the confirmation
    email (its address is about to go: the privacy officer answers the request); a draft or
    an unconfirmed one expires."""
    current = Submission.objects.select_for_update().get(pk=submission.pk)
    if current.status in (S.DRAFT, S.AWAITING_VERIFICATION):
        current = _move(current, "expired", user=user)
    elif current.status in LIVING:
        current = _stop(current, "withdrawn", user=user, door="erasure", confirm=False)
    return _move(
        current,
        "erased",
        user=user,
        data={"reason": reason[:32]},
        fields={"erased_at": timezone.now(), "erasure_reason": reason[:32]},
    )
