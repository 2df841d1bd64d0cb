"""``{% publication_promise submission %}``: when a story is published (casestudies.promises)."""

from __future__ import annotations

from django import template

from ..promises import publication_promise as promise

register = template.Library()


@register.simple_tag
def publication_promise(submission=None, landlord: bool = False) -> str:
    return promise(submission=submission, landlord=landlord)
