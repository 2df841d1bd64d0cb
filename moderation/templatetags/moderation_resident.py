"""``{% if finding|kept_by_storyteller:review.submission %}``: the storyteller kept these words.

See moderation.resident_choices: the storyteller's own check before sending.
"""

from django import template

from moderation import resident_choices

register = template.Library()


@register.filter
def kept_by_storyteller(finding, submission) -> bool:
    if finding is None or submission is None:
        return False
    return resident_choices.kept_by_storyteller(finding, submission)
