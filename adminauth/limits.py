"""Limits on guessing codes, like the sign-in lockout (cms_site.admin_limits, docs/security.md).

Every wrong code counts against the signed-in user and against the client's address,
through django-ratelimit's counters in the shared cache. When either reaches
``ADMIN_TWO_FACTOR_RATE_LIMIT`` (5 in 15 minutes) it is locked for
``ADMIN_TWO_FACTOR_LOCKOUT_SECONDS``: no code is checked until the lock ends, and the
page says so with HTTP 429. django-otp's own growing delay per device (1, 2, 4... seconds
after each failure, kept in the database) holds as well, also while the cache is down,
when these limits fail open as the sign-in limits do.
"""

from __future__ import annotations

import hashlib
import logging
import math
import time

from django_ratelimit.core import get_usage

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest

from cms_site.client_ip import client_ip

logger = logging.getLogger(__name__)

GROUP = "admin-two-factor"


def now() -> float:
    """The clock the locks read (tests replace it)."""
    return time.time()


def _cache():
    return caches[getattr(settings, "RATELIMIT_USE_CACHE", "default")]


def _lock_keys(request: HttpRequest) -> dict[str, str]:
    ip = hashlib.sha256(client_ip(request).encode()).hexdigest()
    return {"ip": f"mtr:2fa-lock:ip:{ip}", "user": f"mtr:2fa-lock:user:{request.user.pk}"}


def locked_for(request: HttpRequest) -> int:
    """Seconds left on the longest code lock that applies to this request; 0 when none does."""
    try:
        until = _cache().get_many(list(_lock_keys(request).values())).values()
    except Exception:
        logger.warning("Two-factor limits skipped: the cache could not be read", exc_info=True)
        return 0
    return max([0, *(math.ceil(value - now()) for value in until if value)])


def code_failed(request: HttpRequest) -> int:
    """Count a wrong code; lock what reached the limit. Seconds locked, or 0."""
    rate = settings.ADMIN_TWO_FACTOR_RATE_LIMIT
    lockout = settings.ADMIN_TWO_FACTOR_LOCKOUT_SECONDS
    user_key = str(request.user.pk)
    keys = {"ip": "ip", "user": lambda group, req: user_key}
    try:
        reached = [
            kind
            for kind, key in keys.items()
            if (usage := get_usage(request, group=f"{GROUP}-{kind}", key=key, rate=rate, increment=True))
            and usage["count"] >= usage["limit"]
        ]
        if not reached:
            return 0
        lock_keys = _lock_keys(request)
        _cache().set_many({lock_keys[kind]: now() + lockout for kind in reached}, timeout=lockout)
    except Exception:
        logger.warning("Two-factor limits skipped: the cache could not be written", exc_info=True)
        return 0
    logger.warning(
        "Two-factor codes locked for %s minutes after repeated failures (%s)", lockout // 60, reached
    )
    return lockout
