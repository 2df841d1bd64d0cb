"""How each detector finding was decided, recorded in Wagtail's audit log.

Every decision is a log entry on the review with who and when (Wagtail's own
columns) and, in its data, only codes: the field, the kind of finding, the
outcome and a keyed digest of the finding (``scanning.digest``, the same HMAC
the review keeps for dismissed findings). The finding's words are never
stored: the sign-off review finds them again by running the detector over the
review's revision the decision was made on and matching the digest.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log

from .scanning import Finding, digest

REMOVED = "removed"
REPLACED = "replaced"
KEPT = "kept"

OUTCOME_LABELS = {
    REMOVED: _("Redacted: removed"),
    REPLACED: _("Redacted: replaced"),
    KEPT: _("Kept: not personal data"),
}

ACCEPTED_ACTION = "moderation.finding_accepted"
KEPT_ACTION = "moderation.finding_rejected"
DECISION_ACTIONS = (ACCEPTED_ACTION, KEPT_ACTION)


def outcome_for(*, accept: bool, replacement: str) -> str:
    if not accept:
        return KEPT
    return REPLACED if replacement.strip() else REMOVED


def finding_decision_log(*, review, user, finding: Finding, outcome: str, where: str = "review") -> None:
    """One log entry for one decision: codes and a keyed digest, never the finding's text."""
    data = {
        "field": finding.field,
        "kind": finding.kind,
        "outcome": outcome,
        "digest": digest(finding.kind, finding.text),
    }
    if where != "review":
        data["where"] = where
    log(instance=review, action=KEPT_ACTION if outcome == KEPT else ACCEPTED_ACTION, user=user, data=data)
