"""``{% risk_panel review %}``: the re-identification panel on the anonymisation page."""

from __future__ import annotations

from django import template

from ..choices import Stage
from ..reidentification import review_risk
from ..selectors import queue_item

register = template.Library()


@register.inclusion_tag("moderation/admin/_risk.html", takes_context=True)
def risk_panel(context, review):
    user = context["request"].user
    return {
        "risk": review_risk(review),
        "review": review,
        "mode": "anonymise",
        "can_generalise": user.has_perm("moderation.change_review")
        and queue_item(review).stage == Stage.ANONYMISATION,
        "csrf_token": context.get("csrf_token"),
    }
