"""``{% privacy_officers as privacy %}``: who an editor asks to contact a storyteller."""

from django import template

from moderation.selectors import PrivacyOfficers, privacy_officer_contacts

register = template.Library()


@register.simple_tag
def privacy_officers() -> PrivacyOfficers:
    return privacy_officer_contacts()
