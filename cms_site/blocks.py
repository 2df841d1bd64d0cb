"""StreamField blocks of the toolkit pages, each rendered with GOV.UK Frontend markup."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from casestudies.choices import SubmissionKind, Theme

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "link", "ol", "ul"]
LANGUAGE_CHOICES = [
    ("en", "English"),
    ("ar", "العربية"),
    ("bn", "বাংলা"),
    ("pl", "Polski"),
    ("pa", "ਪੰਜਾਬੀ"),
    ("ro", "Română"),
    ("ur", "اردو"),
]


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    link_text = blocks.CharBlock(label=_("Link text"), max_length=80)
    url = blocks.URLBlock(label=_("Link"))

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "cms_site/blocks/call_to_action.html"


class AccordionItemBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Question or heading"), max_length=200)
    content = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Sections"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Accordion or FAQ")
        template = "cms_site/blocks/accordion.html"


class ResourceBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(label=_("What it is"), required=False, max_length=200)


class ResourcesBlock(blocks.StructBlock):
    """Downloads (posters, social media copy, radio scripts) with their type and size."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120, default=_("Downloads"))
    resources = blocks.ListBlock(ResourceBlock(), label=_("Resources"), min_num=1)

    class Meta:
        icon = "doc-full"
        label = _("Downloadable resources")
        template = "cms_site/blocks/resources.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Leave empty only if the image is decorative."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "cms_site/blocks/image.html"


class CaseStudiesBlock(blocks.StructBlock):
    """Published stories, chosen by hand or picked automatically by theme, audience and language."""

    heading = blocks.CharBlock(
        label=_("Heading"), max_length=120, default=_("Stories of complaints put right")
    )
    stories = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="casestudies.CaseStudyPage"),
        label=_("Chosen stories"),
        required=False,
        help_text=_("Leave empty to pick the newest stories that match the options below."),
    )
    theme = blocks.ChoiceBlock(label=_("Theme"), choices=Theme.choices, required=False)
    kind = blocks.ChoiceBlock(label=_("Audience"), choices=SubmissionKind.choices, required=False)
    language = blocks.ChoiceBlock(label=_("Language"), choices=LANGUAGE_CHOICES, required=False)
    count = blocks.IntegerBlock(label=_("How many"), default=3, min_value=1, max_value=12)

    class Meta:
        icon = "openquote"
        label = _("Case studies")
        template = "cms_site/blocks/case_studies.html"

    def get_context(self, value, parent_context=None):
        from casestudies.selectors import case_studies_for_block

        context = super().get_context(value, parent_context=parent_context)
        page = (parent_context or {}).get("page")
        context["case_studies"] = case_studies_for_block(value, locale_id=getattr(page, "locale_id", None))
        return context


class ToolkitStreamBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(
        label=_("Text"), features=RICH_TEXT_FEATURES, template="cms_site/blocks/text.html"
    )
    call_to_action = CallToActionBlock()
    accordion = AccordionBlock()
    resources = ResourcesBlock()
    image = ImageBlock()
    case_studies = CaseStudiesBlock()
