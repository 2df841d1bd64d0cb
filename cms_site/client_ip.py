"""The visitor's address, as the rate limits see it, behind a known number of proxies.

django-ratelimit's ``key="ip"`` reads it through ``RATELIMIT_IP_META_KEY``, which
points here. With ``TRUSTED_PROXY_COUNT = 0`` (the default outside production) the
address is the connection's own, ``REMOTE_ADDR``. Behind N proxies that each append
the address they were connected from to ``X-Forwarded-For`` (nginx's
``$proxy_add_x_forwarded_for``, a load balancer's own header), the last N entries
were written by our proxies and the N-th from the right is the client's. Anything
to the left of it came from the client and may be anything, so it is never read.

When the header has fewer entries than there are trusted proxies, or the entry is
not an address, the request did not come through the configured chain (or the
count is wrong): the connection's address is used, which a client cannot choose.
The app servers must be reachable only through the proxies for any of this to hold.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest

#: The header our proxies append to, as a ``request.META`` key.
DEFAULT_HEADER = "HTTP_X_FORWARDED_FOR"


def _address(value: str) -> str | None:
    """A bare IP address from a header entry ("1.2.3.4", "1.2.3.4:5678", "[::1]:80"), or None."""
    value = value.strip().strip('"')
    if value.startswith("[") and "]" in value:
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # IPv4 with a port; IPv6 has several colons
        value = value.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str:
    """The client's address: the right-most entry our trusted proxies did not add."""
    remote = request.META.get("REMOTE_ADDR", "")
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    address = remote
    if count > 0:
        header = request.META.get(getattr(settings, "TRUSTED_PROXY_HEADER", DEFAULT_HEADER), "")
        entries = [entry for entry in header.split(",") if entry.strip()]
        if len(entries) >= count:
            address = _address(entries[-count]) or remote
    if not address:
        # A Unix socket between proxy and app server leaves REMOTE_ADDR empty.
        raise ImproperlyConfigured(
            "No client address: REMOTE_ADDR is empty. Behind a proxy, set TRUSTED_PROXY_COUNT "
            "(docs/security.md)."
        )
    return address
