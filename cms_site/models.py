"""Site-wide page types: the campaign's home page, the toolkit pages for each audience and the
privacy notice; and the consent wording of each consent text version (cms_site/notices.py)."""

from __future__ import annotations

from modelcluster.fields import ParentalKey
from wagtail_localize.fields import SynchronizedField

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from .blocks import RICH_TEXT_FEATURES, ToolkitStreamBlock
from .public_urls import PublicURLMixin
from .routing import ViewRestrictionsMixin, public


class CampaignHomePage(PublicURLMixin, ViewRestrictionsMixin, Page):
    """The root of the public site: the complaint steps, featured stories, the toolkits."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = RichTextField(
        _("the complaint steps"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("How to complain: your landlord, stage 1, stage 2, the Housing Ombudsman."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
        InlinePanel("featured_stories", label=_("Featured stories"), max_num=6),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]
    api_fields: list = []
    parent_page_types = ["wagtailcore.Page"]  # one per locale: the English site root and its translations

    class Meta:
        verbose_name = _("campaign home page")

    def get_context(self, request, *args, **kwargs):
        from casestudies.selectors import case_studies_featured

        context = super().get_context(request, *args, **kwargs)
        context["featured"] = case_studies_featured(self)
        context["toolkits"] = public(ToolkitPage.objects.child_of(self).live()).order_by("path")
        return context


class HomePageFeaturedStory(Orderable):
    page = ParentalKey(CampaignHomePage, on_delete=models.CASCADE, related_name="featured_stories")
    story = models.ForeignKey("casestudies.CaseStudyPage", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("story")]


class ToolkitAudience(models.TextChoices):
    RESIDENTS = "residents", _("Residents")
    LANDLORDS = "landlords", _("Landlords")
    STAKEHOLDERS = "stakeholders", _("Stakeholders and partners")


class ToolkitPage(PublicURLMixin, ViewRestrictionsMixin, RoutablePageMixin, Page):
    """Materials for one audience, and a ZIP pack of its downloads and share images."""

    audience = models.CharField(_("audience"), max_length=16, choices=ToolkitAudience.choices)
    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(ToolkitStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("audience"),
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]
    parent_page_types = ["cms_site.CampaignHomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("toolkit page")

    @path("pack/", name="pack")
    def pack(self, request) -> HttpResponse:
        from .toolkit_pack import toolkit_pack_response

        return toolkit_pack_response(self)


# The privacy notice and the consent wording: versioned content ---------------------

# The notice's address in every language (/privacy/, /ar/privacy/...): the footer links to it.
PRIVACY_NOTICE_SLUG = "privacy"


class NoticeSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    content = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "doc-full"
        label = _("Section")
        template = "cms_site/blocks/notice_section.html"


class PrivacyNoticeStreamBlock(blocks.StreamBlock):
    section = NoticeSectionBlock()


class PrivacyNoticePage(PublicURLMixin, ViewRestrictionsMixin, Page):
    """How the campaign uses people's information: one per locale, at /privacy/.

    ``version`` names the notice's substance. Editors change it when the notice changes
    in substance (not for a typo); each new consent records the live English notice's
    version (``ConsentRecord.privacy_notice_version``), and the published revision of any
    version stays retrievable (``cms_site.notices.notice_for_version``).
    """

    version = models.CharField(
        _("version"),
        max_length=32,
        help_text=_(
            "For example 2026-11. Change it when the notice changes in substance: new consents record the version they were given under."
        ),
    )
    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(PrivacyNoticeStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("version"),
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]
    parent_page_types = ["cms_site.CampaignHomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    # Translations keep the English address and version; their text is translated.
    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("version")]

    class Meta:
        verbose_name = _("privacy notice page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Each section's heading links from the contents list (the ids its template gives).
        context["contents"] = [
            (f"section-{number}", block.value["heading"])
            for number, block in enumerate(self.body, start=1)
            if block.block_type == "section"
        ]
        return context

    def clean(self) -> None:
        super().clean()
        if self.slug != PRIVACY_NOTICE_SLUG:
            raise ValidationError(
                {
                    "slug": _("The privacy notice's slug must be %(slug)s: every page's footer links to it.")
                    % {"slug": PRIVACY_NOTICE_SLUG}
                }
            )


class ConsentTextVersion(models.Model):
    """The consent step's wording exactly as shown, in every language, for one version.

    ``wording`` is ``{language: {flow: [question, intro..., label, hint, ...]}}`` (the
    resident's and the landlord's consent pages). Recorded after every ``migrate`` for
    ``settings.CONSENT_TEXT_VERSION`` when it is new; never changed afterwards.
    """

    version = models.CharField(_("version"), max_length=32, unique=True)
    created_at = models.DateTimeField(_("recorded"), default=timezone.now)
    wording = models.JSONField(_("wording"), default=dict)

    class Meta:
        verbose_name = _("consent text version")
        verbose_name_plural = _("consent text versions")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.version


register_snippet(ConsentTextVersion, viewset="cms_site.notices.ConsentTextVersionViewSet")


class DocumentLanguage(models.Model):
    """The language a Wagtail document is written in, shown beside its links (cms_site/documents.py)."""

    document = models.OneToOneField(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="language_record"
    )
    language = models.CharField(_("language"), max_length=8)

    class Meta:
        verbose_name = _("document language")
        verbose_name_plural = _("document languages")

    def __str__(self) -> str:
        return f"{self.document_id}: {self.language}"
