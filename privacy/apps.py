from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    """Retention, erasure and subject access for the personal data the site holds."""

    name = "privacy"
    verbose_name = "Personal data"
    default_auto_field = "django.db.models.BigAutoField"
