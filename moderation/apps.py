from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    """Workflow tasks, PII detection and redaction, photo anonymisation (docs/moderation.md)."""

    name = "moderation"
    verbose_name = _("Moderation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import emails, handlers

        handlers.connect()
        emails.register()
