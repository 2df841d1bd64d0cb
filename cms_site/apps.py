from django.apps import AppConfig


class CmsSiteConfig(AppConfig):
    name = "cms_site"
    verbose_name = "Make Things Right"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .caching import purge_on_change
        from .locales import post_migrate_locales

        post_migrate.connect(post_migrate_locales, sender=self, dispatch_uid="mtr-locales")
        from .notices import post_migrate_consent_text  # the consent wording of this version, on record

        post_migrate.connect(post_migrate_consent_text, sender=self, dispatch_uid="mtr-consent-text")
        _locale_sync_unless_raw()
        from wagtail.models import Locale as _Locale

        from .locales import locale_codes_forget

        post_save.connect(locale_codes_forget, sender=_Locale, dispatch_uid="mtr-locale-codes-save")
        post_delete.connect(locale_codes_forget, sender=_Locale, dispatch_uid="mtr-locale-codes-delete")

        # Any change to what is published drops the whole page cache (cms_site/caching.py).
        page_published.connect(purge_on_change, dispatch_uid="mtr-cache-published")
        page_unpublished.connect(purge_on_change, dispatch_uid="mtr-cache-unpublished")
        post_page_move.connect(purge_on_change, dispatch_uid="mtr-cache-moved")
        post_delete.connect(_page_deleted, dispatch_uid="mtr-cache-deleted")
        post_save.connect(_page_created_live, dispatch_uid="mtr-cache-created-live")
        # Privacy settings, sites and locales change what is served where (and the routes
        # cms_site/routing.py remembers): a page made private must not be served from cache.
        # Documents and images are shown on pages (a download's title, size and language; a
        # toolkit's remembered blocks, cms_site/templatetags/streams.py) without a publish.
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import Locale, PageViewRestriction, Site

        from .models import DocumentLanguage

        for model in (
            PageViewRestriction,
            Site,
            Locale,
            get_document_model(),
            get_image_model(),
            DocumentLanguage,
        ):
            label = model._meta.label_lower
            post_save.connect(purge_on_change, sender=model, dispatch_uid=f"mtr-cache-save-{label}")
            post_delete.connect(purge_on_change, sender=model, dispatch_uid=f"mtr-cache-delete-{label}")
        m2m_changed.connect(
            purge_on_change,
            sender=PageViewRestriction.groups.through,
            dispatch_uid="mtr-cache-restriction-groups",
        )


def _page_deleted(sender, instance, **kwargs) -> None:
    from wagtail.models import Page

    if isinstance(instance, Page):
        from .caching import page_cache_purge

        page_cache_purge()


def _page_created_live(sender, instance, created, **kwargs) -> None:
    # Pages made live without a publish signal (aliases, e.g. wagtail-localize's
    # synchronised trees) still change what is served.
    from wagtail.models import Page

    if created and isinstance(instance, Page) and instance.live:
        from .caching import page_cache_purge

        page_cache_purge()


def _locale_sync_unless_raw() -> None:
    """wagtail-localize syncs the page tree whenever a LocaleSynchronization is saved, even
    when loaded raw from a fixture or a test database's serialized copy (before the
    locales it points at exist). Sync only on real saves."""
    from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save

    from django.db.models.signals import post_save

    post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)

    def sync_trees(sender, instance, raw=False, **kwargs):
        if not raw:
            sync_trees_on_locale_sync_save(instance=instance, **kwargs)

    post_save.connect(sync_trees, sender=LocaleSynchronization, weak=False, dispatch_uid="mtr-locale-sync")
