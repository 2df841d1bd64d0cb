from django.apps import AppConfig


class CmsSiteConfig(AppConfig):
    name = "cms_site"
    verbose_name = "Make Things Right"
    default_auto_field = "django.db.models.BigAutoField"
