from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from casestudies.feeds import CaseStudiesFeed

from . import admin_limits, routing, seo, views
from .api import api_router

urlpatterns = [
    # Wagtail's own sign-in and password reset views, with limits (cms_site/admin_limits.py).
    path("admin/login/", admin_limits.LimitedLoginView.as_view(), name="wagtailadmin_login"),
    path(
        "admin/password_reset/",
        admin_limits.LimitedPasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("health/", views.health, name="health"),
    path("healthz/", views.healthz, name="healthz"),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": seo.PublicSitemap}}, name="sitemap"),
    path("robots.txt", seo.robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("", include("privacy.urls")),
    path("", include("casestudies.urls")),
    path("", include("moderation.urls")),
    # Before Wagtail's catch-all, which would otherwise look for pages at these paths.
    path("stories/feed/", CaseStudiesFeed(), name="case_studies_feed"),
    path("search/", views.search, name="search"),
    # Wagtail's page serving, through remembered routes (cms_site/routing.py); the rest of
    # wagtail.urls (password and login views for private pages) as usual.
    re_path(serve_pattern, routing.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler404 = "cms_site.views.page_not_found"
handler500 = "cms_site.views.server_error"
