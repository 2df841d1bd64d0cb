"""PII detection: plain Python, no Django imports, so it is fast and reusable.

from moderation.pii import detect
detect("Call Sam on 07700 900123", "en")
# [Span(start=5, end=8, kind='PERSON', ...), Span(start=12, end=24, kind='PHONE', ...)]
"""

from .detector import detect
from .spans import IDENTIFYING, KINDS, Span

__all__ = ["IDENTIFYING", "KINDS", "Span", "detect"]
