"""Signed-in sessions that end: after ``ADMIN_SESSION_IDLE_SECONDS`` without a request, and
``ADMIN_SESSION_MAX_SECONDS`` after signing in, whatever happens in between.

Only sessions with a signed-in user are timed (everyone signed in is an admin user
here); a resident's anonymous session, which holds their draft, is never touched.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.http import HttpRequest

STARTED = "adminauth_started"
SEEN = "adminauth_seen"
# The last-seen time is written at most this often: not a session save on every request.
TOUCH_SECONDS = 60


def now() -> float:
    """The clock sessions are timed by (tests replace it)."""
    return time.time()


def session_expired(request: HttpRequest) -> bool:
    """Whether the signed-in session has gone idle or is too old; marks it as seen when not."""
    session = request.session
    current = now()
    started = session.get(STARTED)
    seen = session.get(SEEN)
    if not isinstance(started, (int, float)) or not isinstance(seen, (int, float)):
        # A session signed in before this check existed, or just now: time it from here.
        session[STARTED] = session[SEEN] = current
        return False
    idle, limit = settings.ADMIN_SESSION_IDLE_SECONDS, settings.ADMIN_SESSION_MAX_SECONDS
    if (idle and current - seen > idle) or (limit and current - started > limit):
        return True
    if current - seen >= TOUCH_SECONDS:
        session[SEEN] = current
    return False
