"""An email backend that fails like an ESP outage (HTTP 503)."""

from anymail.exceptions import AnymailAPIError

from django.core.mail.backends.base import BaseEmailBackend


class FailingBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        error = AnymailAPIError("Service unavailable for testy@example.com")
        error.status_code = 503
        raise error
