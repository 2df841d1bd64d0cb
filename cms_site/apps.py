from django.apps import AppConfig


class CmsSiteConfig(AppConfig):
    name = "cms_site"
    verbose_name = "Make Things Right"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_delete

        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .caching import purge_on_change

        # Any change to what is published drops the whole page cache (cms_site/caching.py).
        page_published.connect(purge_on_change, dispatch_uid="mtr-cache-published")
        page_unpublished.connect(purge_on_change, dispatch_uid="mtr-cache-unpublished")
        post_page_move.connect(purge_on_change, dispatch_uid="mtr-cache-moved")
        post_delete.connect(_page_deleted, dispatch_uid="mtr-cache-deleted")


def _page_deleted(sender, instance, **kwargs) -> None:
    from wagtail.models import Page

    if isinstance(instance, Page):
        from .caching import page_cache_purge

        page_cache_purge()
