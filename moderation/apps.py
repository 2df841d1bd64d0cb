from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    """Workflow tasks, PII detection and redaction, photo anonymisation (docs/moderation.md)."""

    name = "moderation"
    verbose_name = _("Moderation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from casestudies.pages import CASE_STUDY_FORM_CHECKS
        from casestudies.personal_details import FINDERS

        from . import emails, handlers, resident_choices, scanning

        handlers.connect()
        emails.register()
        if scanning.page_form_check not in CASE_STUDY_FORM_CHECKS:
            CASE_STUDY_FORM_CHECKS.append(scanning.page_form_check)
        # The storyteller's own check before sending (casestudies.personal_details).
        if resident_choices.find not in FINDERS:
            FINDERS.append(resident_choices.find)
