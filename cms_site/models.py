"""Site-wide page types: the campaign's home page and the toolkit pages for each audience."""

from __future__ import annotations

from modelcluster.fields import ParentalKey

from django.db import models
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from .blocks import RICH_TEXT_FEATURES, ToolkitStreamBlock
from .routing import ViewRestrictionsMixin, public


class CampaignHomePage(ViewRestrictionsMixin, Page):
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


class ToolkitPage(ViewRestrictionsMixin, RoutablePageMixin, Page):
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
