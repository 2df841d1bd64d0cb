"""Public page types: the case study listing and the case study itself.

A ``CaseStudyPage`` is made by moderation from the anonymised text only (see
docs/moderation.md). It keeps a link to its Submission so that withdrawal and
erasure can find it, but that link is never shown, searched or served by the API,
and nothing from the Submission's private fields is ever copied onto a page.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from modelcluster.fields import ParentalKey

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms_site.public_urls import PublicURLMixin
from cms_site.routing import ViewRestrictionsMixin

from .choices import (
    ON_TIME_COLOURS,
    ON_TIME_SUMMARIES,
    ComplaintStage,
    ComplaintWhen,
    OmbudsmanFinding,
    OnTime,
    Outcome,
    Region,
    SubmissionKind,
    Theme,
)

THEME_LABELS = dict(Theme.choices)
OUTCOME_LABELS = dict(Outcome.choices)
REGION_LABELS = dict(Region.choices)
KIND_LABELS = dict(SubmissionKind.choices)

SUMMARY_MAX_LENGTH = 300
QUOTE_MAX_LENGTH = 280

# The page's public text fields: the detector rescans every one on each save.
PUBLIC_TEXT_FIELDS = ("title", "summary", "pull_quote", "story", "what_changed", "lessons", "attribution")
PHOTO_TEXT_FIELDS = ("caption", "alt_text")


def slug_words(slug: str) -> str:
    """A slug's words, for the detector: not the numeric suffix that keeps slugs unique."""
    return " ".join(word for word in slug.split("-") if len(word) > 2 and not word.isdigit())


class CaseStudyIndexPage(PublicURLMixin, ViewRestrictionsMixin, Page):
    """Where published case studies live in the tree, and their listing."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    parent_page_types = ["cms_site.CampaignHomePage"]
    subpage_types = ["casestudies.CaseStudyPage"]
    max_count_per_parent = 1  # one listing per locale's home page
    per_page = 20

    class Meta:
        verbose_name = _("case study index page")

    def get_workflow(self):
        # The sign-off workflow assigned here is for the case studies below it, not for
        # this listing page, which follows its parent's workflow.
        parent = self.get_parent()
        return parent.get_workflow() if parent else None

    def get_context(self, request, *args, **kwargs):
        from .filters import CaseStudyFilterForm
        from .selectors import (
            case_studies_count,
            case_studies_filtered,
            case_studies_page_ids,
            case_studies_published,
        )

        context = super().get_context(request, *args, **kwargs)
        form = CaseStudyFilterForm(request.GET or None)
        filters = form.cleaned_data if form.is_valid() else {}
        scope = f"locale-{self.locale_id}"
        stories = case_studies_filtered(index=self, filters=filters)
        paginator = Paginator(stories, self.per_page)
        paginator.count = case_studies_count(stories, scope=scope, filters=filters)
        stories = paginator.get_page(request.GET.get("page"))
        # Which stories are on this page is remembered until the next publish too (a rare
        # filter combination makes the database read many rows to find 20); the stories
        # themselves are read fresh, by id.
        ids = case_studies_page_ids(stories.object_list, scope=scope, filters=filters, number=stories.number)
        found = {story.pk: story for story in case_studies_published().filter(pk__in=ids).order_by()}
        stories.object_list = [found[pk] for pk in ids if pk in found]
        context.update(
            filter_form=form,
            filter_form_html=filter_form_html(form),
            stories=stories,
            page_numbers=list(paginator.get_elided_page_range(stories.number, on_each_side=1, on_ends=1)),
            nav_current="stories",
            filtered=any(filters.values()),
            query_string=form.query_string(),
        )
        return context


def filter_form_html(form) -> str:
    """The filter form's HTML, remembered per language and choice of filters.

    Its forty-odd checkboxes were an eighth of the listing's rendering time; the HTML
    depends only on the language and what is ticked.
    """
    from django.utils.translation import get_language

    if form.is_bound and not form.is_valid():
        return str(form)
    chosen = tuple(
        sorted((name, tuple(values)) for name, values in (form.cleaned_data if form.is_bound else {}).items())
    )
    return _filter_form_html(get_language(), chosen)


@functools.lru_cache(maxsize=512)
def _filter_form_html(language: str, chosen: tuple) -> str:
    from django.utils.safestring import mark_safe
    from django.utils.translation import override

    from .filters import CaseStudyFilterForm

    data = {name: list(values) for name, values in chosen}
    with override(language):
        return mark_safe(str(CaseStudyFilterForm(data or None)))  # noqa: S308 - rendered by our own template


# Checks run on every save of a case study in the editor, each ``check(form)`` adding
# errors to the form. Moderation adds the PII scan when it loads (moderation.apps):
# this app must not know moderation.
CASE_STUDY_FORM_CHECKS: list[Callable[[WagtailAdminPageForm], None]] = []


class CaseStudyPageForm(WagtailAdminPageForm):
    """Lists as checkboxes, and the PII rescan on every save (moderation's service)."""

    themes = forms.MultipleChoiceField(
        label=_("Themes"), choices=Theme.choices, widget=forms.CheckboxSelectMultiple, required=False
    )
    outcomes = forms.MultipleChoiceField(
        label=_("Outcome"), choices=Outcome.choices, widget=forms.CheckboxSelectMultiple, required=False
    )
    shown_findings = forms.CharField(widget=forms.HiddenInput, required=False)
    keep_findings = forms.BooleanField(
        label=_("The highlighted text does not identify anyone: keep it"),
        help_text=_("Only when you are sure. Your decision is recorded in the audit log."),
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        for check in CASE_STUDY_FORM_CHECKS:
            check(self)
        return cleaned


class CaseStudyPage(PublicURLMixin, ViewRestrictionsMixin, Page):
    """An anonymised story, ready for sign-off and then the public toolkit."""

    kind = models.CharField(_("type"), max_length=16, choices=SubmissionKind.choices)
    summary = models.TextField(_("summary"), max_length=SUMMARY_MAX_LENGTH)
    pull_quote = models.TextField(_("pull quote"), max_length=QUOTE_MAX_LENGTH, blank=True)
    story = models.TextField(_("story"))
    what_changed = models.TextField(_("what changed"), blank=True)
    lessons = models.TextField(_("what the landlord learned"), blank=True)
    attribution = models.CharField(
        _("attribution"),
        max_length=200,
        blank=True,
        help_text=_('For example "A resident in the North West". A first name only if consent allows.'),
    )
    themes = models.JSONField(_("themes"), default=list, blank=True)
    complaint_stage = models.CharField(
        _("stage reached"), max_length=16, choices=ComplaintStage.choices, blank=True
    )
    complaint_when = models.CharField(
        _("when they complained"), max_length=16, choices=ComplaintWhen.choices, blank=True
    )
    responses_on_time = models.CharField(
        _("responses on time"), max_length=16, choices=OnTime.choices, blank=True
    )
    outcomes = models.JSONField(_("outcome"), default=list, blank=True)
    ombudsman_finding = models.CharField(
        _("Ombudsman's finding"), max_length=32, choices=OmbudsmanFinding.choices, blank=True
    )
    region = models.CharField(_("region"), max_length=32, choices=Region.choices, blank=True)
    story_language = models.CharField(
        _("language of the story"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    paired_case_study = models.ForeignKey(
        "self",
        verbose_name=_("paired story"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A landlord's lessons shown with a resident's story, or the other way round."),
    )
    # Set from the consent check: share images are made only when this is true.
    share_on_social = models.BooleanField(_("share images for social media"), default=False, editable=False)
    # Private: the link back for withdrawal and erasure. Never in panels, search or API.
    submission = models.ForeignKey(
        "casestudies.Submission",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="case_study_pages",
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("pull_quote"),
        FieldPanel("story"),
        FieldPanel("what_changed"),
        FieldPanel("lessons"),
        FieldPanel("attribution"),
        FieldPanel("paired_case_study"),
        InlinePanel("photos", label=_("Photos"), max_num=5),
        MultiFieldPanel(
            [
                FieldPanel("themes"),
                FieldPanel("complaint_stage"),
                FieldPanel("complaint_when"),
                FieldPanel("responses_on_time"),
                FieldPanel("outcomes"),
                FieldPanel("ombudsman_finding"),
                FieldPanel("region"),
                FieldPanel("story_language"),
            ],
            heading=_("About the complaint"),
        ),
        FieldPanel("keep_findings"),
        FieldPanel("shown_findings"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("story"),
        index.SearchField("what_changed"),
        index.SearchField("lessons"),
        index.FilterField("kind"),
        index.FilterField("region"),
        index.FilterField("story_language"),
    ]
    # The API serves public fields only: never the submission link.
    api_fields = [
        APIField("kind"),
        APIField("summary"),
        APIField("pull_quote"),
        APIField("story"),
        APIField("what_changed"),
        APIField("lessons"),
        APIField("attribution"),
        APIField("themes"),
        APIField("complaint_stage"),
        APIField("complaint_when"),
        APIField("responses_on_time"),
        APIField("outcomes"),
        APIField("ombudsman_finding"),
        APIField("region"),
        APIField("story_language"),
    ]
    base_form_class = CaseStudyPageForm
    # Case studies come only from moderated submissions (moderation.publication), never by hand.
    is_creatable = False
    parent_page_types = ["casestudies.CaseStudyIndexPage"]

    def get_indexed_instance(self):
        """Only live stories are in the search index: a draft (which may still hold what
        anonymisation removes) is never indexed, and a withdrawn story leaves it."""
        instance = super().get_indexed_instance()
        return instance if instance is not None and instance.live else None

    @property
    def text_language(self) -> str:
        """The language of this page's text: its locale's (a story told in Urdu has an
        Urdu page and an English page, both with story_language "ur")."""
        from cms_site.locales import language_code_for

        return language_code_for(self.locale_id)

    @property
    def is_translation(self) -> bool:
        return self.text_language != self.story_language

    def copy_for_translation(self, locale, copy_parents=False, alias=False, exclude_fields=None):
        """Stories are not mirrored into every locale as aliases by wagtail-localize's
        synchronisation: each is published by moderation in the language it was told in
        and in English, from the English translation editors record (and anonymise)."""
        if alias:
            return None
        return super().copy_for_translation(
            locale, copy_parents=copy_parents, alias=alias, exclude_fields=exclude_fields
        )

    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")

    # Django rebuilds the choices on every get_FOO_display call; story cards call these
    # for every story on a listing, so they read prebuilt label maps instead.
    def get_themes_display(self) -> list[str]:
        return [str(THEME_LABELS.get(code, code)) for code in self.themes]

    def get_outcomes_display(self) -> list[str]:
        return [str(OUTCOME_LABELS.get(code, code)) for code in self.outcomes]

    def get_region_display(self) -> str:
        return str(REGION_LABELS.get(self.region, self.region))

    def get_kind_display(self) -> str:
        return str(KIND_LABELS.get(self.kind, self.kind))

    def get_context(self, request, *args, **kwargs):
        from .selectors import case_studies_related

        context = super().get_context(request, *args, **kwargs)
        context["related"] = case_studies_related(self)
        context["timeline"] = self.timeline()
        context["share_images"] = self.share_cards
        context["other_versions"] = self.other_versions()
        return context

    def other_versions(self) -> list[dict[str, str]]:
        """The story's live pages in other languages (its original, or its English translation)."""
        from django.conf import settings

        from cms_site.caching import remembered
        from cms_site.locales import language_code_for

        def compute() -> list[dict[str, str]]:
            versions = []
            for page in self.get_translations().live().only("id", "url_path", "locale_id"):
                code = language_code_for(page.locale_id)
                name = settings.LANGUAGE_NATIVE_NAMES.get(code, code)
                versions.append({"code": code, "name": name, "url": page.get_url(None)})
            return versions

        return remembered(f"story-versions:{self.translation_key}:{self.pk}", compute)

    @functools.cached_property
    def share_cards(self) -> list[ShareImage]:
        """The share images offered for download (and to link previews): one query per page."""
        if not self.share_on_social:
            return []
        return list(self.share_images.select_related("image").order_by("size"))

    @property
    def link_preview_card(self) -> ShareImage | None:
        """The landscape share image, for Open Graph and Twitter cards."""
        return next((card for card in self.share_cards if card.size == "landscape"), None)

    def timeline(self) -> list[dict]:
        """The complaint's steps as reached, with whether the landlord answered on time."""
        order = [ComplaintStage.STAGE_1, ComplaintStage.STAGE_2, ComplaintStage.OMBUDSMAN]
        if self.complaint_stage not in order:
            return []
        reached = order[: order.index(self.complaint_stage) + 1]
        labels = {
            ComplaintStage.STAGE_1: _("Stage 1: complaint to the landlord"),
            ComplaintStage.STAGE_2: _("Stage 2: the landlord looked again"),
            ComplaintStage.OMBUDSMAN: _("The Housing Ombudsman"),
        }
        on_time = ON_TIME_SUMMARIES.get(self.responses_on_time, "")
        colour = ON_TIME_COLOURS.get(self.responses_on_time, "")
        steps = []
        for stage in reached:
            # "tag": the landlord's replies at stages 1 and 2 (in the form's words), the
            # Ombudsman's finding at the last (a blue tag: it says nothing about time).
            step = {"stage": stage, "label": labels[stage], "tag": "", "colour": ""}
            if stage != ComplaintStage.OMBUDSMAN:
                step["tag"], step["colour"] = on_time, colour
            elif self.ombudsman_finding:
                step["tag"], step["colour"] = self.get_ombudsman_finding_display(), "blue"
            steps.append(step)
        return steps

    def public_texts(self) -> dict[str, str]:
        """Every public text on the page, named: what the detector must find clean."""
        texts = {name: getattr(self, name) or "" for name in PUBLIC_TEXT_FIELDS}
        texts.update(
            seo_title=self.seo_title or "",
            search_description=self.search_description or "",
            slug=slug_words(self.slug or ""),
        )
        for index_, photo in enumerate(self.photos.all(), start=1):
            for name in PHOTO_TEXT_FIELDS:
                texts[f"photo {index_} {name}"] = getattr(photo, name) or ""
        return texts


class ShareImage(models.Model):
    """A share card made from a published story's pull quote (only where consent covers social media)."""

    page = models.ForeignKey(CaseStudyPage, on_delete=models.CASCADE, related_name="share_images")
    size = models.CharField(max_length=16)
    image = models.ForeignKey("wagtailimages.Image", on_delete=models.CASCADE, related_name="+")
    alt_text = models.CharField(max_length=500)

    class Meta:
        ordering = ["page", "size"]
        constraints = [models.UniqueConstraint(fields=["page", "size"], name="one_share_image_per_size")]

    def __str__(self) -> str:
        return f"{self.page_id} {self.size}"


class CaseStudyPagePhoto(Orderable):
    """A photo the storyteller agreed to share, with areas blurred by an editor."""

    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey("wagtailimages.Image", on_delete=models.CASCADE, related_name="+")
    caption = models.CharField(_("caption"), max_length=250, blank=True)
    alt_text = models.CharField(
        _("alternative text"), max_length=250, help_text=_("Describe the photo for people who cannot see it.")
    )

    # Only the blurred copies made in the anonymisation review: the image cannot be swapped here.
    panels = [FieldPanel("image", read_only=True), FieldPanel("caption"), FieldPanel("alt_text")]

    class Meta(Orderable.Meta):
        verbose_name = _("photo")
