"""Pages finished for a reader (issue 15): story and rich text in GOV.UK type in English and
Arabic, the stories listing on a phone with and without JavaScript, and fonts only for the
scripts a page shows."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, expect

from tests.factories.pages import case_study_index, index_in, publish_case_study, publish_toolkit

from .conftest import DESKTOP, PHONE, assert_no_axe_violations, new_page

pytestmark = pytest.mark.browser

PHONE_HEIGHT = PHONE["viewport"]["height"]
# Computed styles that make text look like GOV.UK's: a paragraph of rich or plain text must
# match a paragraph the templates wrote with GOV.UK's class, in the same language.
TYPE_STYLES = ("fontFamily", "fontSize", "fontWeight", "lineHeight", "marginBottom", "color")
STYLE_OF = "(element, names) => Object.fromEntries(names.map(n => [n, getComputedStyle(element)[n]]))"

RICH_TEXT = {
    "en": (
        '<h2>Before you complain</h2><p>Read the <a href="https://www.gov.uk/social-housing-complaints">'
        "advice on GOV.UK</a> first.</p><h3>What to keep</h3><ul><li>Photos</li><li>Letters</li></ul>"
        "<ol><li>Tell your landlord</li><li>Complain</li></ol>"
    ),
    "ar": (
        '<h2>قبل أن تشتكي</h2><p>اقرأ <a href="https://www.gov.uk/social-housing-complaints">'
        "النصائح على موقع GOV.UK</a> أولاً.</p><h3>ما يجب الاحتفاظ به</h3><ul><li>الصور</li><li>الرسائل</li></ul>"
        "<ol><li>أبلغ المالك</li><li>قدّم شكوى</li></ol>"
    ),
}
CALL_TO_ACTION = {
    "heading": "How to complain",
    "text": "Advice on every step.",
    "link_text": "Find out how",
    "url": "https://www.gov.uk/social-housing-complaints",
}


def _translated_home(home, code: str, title: str):
    from wagtail.models import Locale

    locale, _created = Locale.objects.get_or_create(language_code=code)
    translation = home.copy_for_translation(locale)
    translation.title = title
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation.specific


def _styles(page: Page, selector: str) -> dict[str, str]:
    locator = page.locator(selector).first
    expect(locator).to_be_attached()
    return locator.evaluate(STYLE_OF, list(TYPE_STYLES))


def _reference(page: Page, within: str, tag: str = "p", classes: str = "govuk-body") -> dict[str, str]:
    """The computed style of an element with GOV.UK's class, put beside the text being checked."""
    return page.locator(within).first.evaluate(
        """(container, [tag, classes, names]) => {
            const element = document.createElement(tag);
            element.className = classes;
            element.textContent = "x";
            container.appendChild(element);
            const style = Object.fromEntries(names.map(n => [n, getComputedStyle(element)[n]]));
            element.remove();
            return style;
        }""",
        [tag, classes, list(TYPE_STYLES)],
    )


def _assert_govuk_type(page: Page, label: str, script_font: str) -> None:
    """Rich and plain text on the page is set exactly as GOV.UK's own classes set it."""
    # No bare paragraph, heading, list or link left in the main content.
    bare = page.locator("main :is(p, h2, h3, ul, ol, a):not([class])")
    assert bare.count() == 0, f"{label}: unstyled {bare.first.evaluate('e => e.outerHTML')}"
    if page.locator(".mtr-rich-text p").count():
        reference = _reference(page, ".mtr-rich-text")
        assert reference["fontFamily"].startswith(script_font), (label, reference["fontFamily"])
        assert reference["fontSize"] == "19px" and reference["marginBottom"] == "20px", (label, reference)
        assert _styles(page, ".mtr-rich-text p") == reference, (
            f"{label}: rich text differs from GOV.UK body text"
        )


def test_story_and_rich_text_are_in_govuk_type_in_english_and_arabic(
    django_db_serialized_rollback, desktop_page: Page, live_server, home_page
):
    index = case_study_index(home_page)
    story = publish_case_study(
        index,
        story="The heating failed in winter.\n\nAfter a formal complaint the landlord fixed it.",
        lessons="We answer within a day now.",
    )
    arabic_home = _translated_home(home_page, "ar", "أصبح تصحيح الأمور أسهل الآن")
    arabic_story = publish_case_study(
        index_in(index, "ar"),
        title="تم إصلاح التدفئة بعد الشكوى",
        summary="اشتكت مستأجرة واستبدل المالك المرجل خلال أسابيع.",
        story="تعطلت التدفئة في الشتاء.\n\nبعد شكوى رسمية أصلحها المالك.",
        what_changed="أصبح المالك يرد على طلبات الإصلاح خلال يوم واحد.",
        story_language="ar",
    )
    toolkits = {}
    for code, parent in (("en", home_page), ("ar", arabic_home)):
        body = [
            {"type": "text", "value": RICH_TEXT[code]},
            {"type": "call_to_action", "value": CALL_TO_ACTION},
        ]
        toolkits[code] = publish_toolkit(parent, title=f"Toolkit {code}", body=json.dumps(body))
    base = live_server.url
    for label, url, font in (
        ("English story", story.url, '"GDS Transport"'),
        ("Arabic story", arabic_story.url, '"Noto Naskh Arabic"'),
    ):
        desktop_page.goto(base + url)
        paragraphs = desktop_page.locator(".govuk-grid-column-two-thirds > p.govuk-body")
        assert paragraphs.count() >= 3, f"{label}: the story's paragraphs are not GOV.UK body text"
        reference = _reference(desktop_page, ".govuk-grid-column-two-thirds")
        assert reference["fontFamily"].startswith(font), (label, reference)
        assert reference["fontSize"] == "19px" and reference["marginBottom"] == "20px", (label, reference)
        story_paragraph = desktop_page.locator("h2 + p.govuk-body").first
        assert story_paragraph.evaluate(STYLE_OF, list(TYPE_STYLES)) == reference, label
        _assert_govuk_type(desktop_page, label, font)
        assert_no_axe_violations(desktop_page, label)
    for code, font in (("en", '"GDS Transport"'), ("ar", '"Noto Naskh Arabic"')):
        label = f"toolkit ({code})"
        desktop_page.goto(base + toolkits[code].url)
        _assert_govuk_type(desktop_page, label, font)
        rich = desktop_page.locator(".mtr-rich-text")
        # Its headings are GOV.UK's medium and small headings, like the page's own.
        heading_m = _reference(desktop_page, ".mtr-rich-text", "h2", "govuk-heading-m")
        assert rich.locator("h2").evaluate(STYLE_OF, list(TYPE_STYLES)) == heading_m, label
        assert rich.locator("h3").evaluate("e => getComputedStyle(e).fontWeight") == "700", label
        # Lists are GOV.UK bullet and numbered lists, indented on the reading side.
        start = "paddingRight" if code == "ar" else "paddingLeft"
        for selector, marker in (("ul", "disc"), ("ol", "decimal")):
            style = rich.locator(selector).evaluate(
                f"e => [getComputedStyle(e).listStyleType, getComputedStyle(e).{start}, getComputedStyle(e).fontSize]"
            )
            assert style == [marker, "20px", "19px"], (label, selector, style)
        link = rich.locator("a")
        expect(link).to_have_class("govuk-link")
        colour = "e => [getComputedStyle(e).color, getComputedStyle(e).textDecorationLine]"
        assert link.evaluate(colour) == desktop_page.locator("aside a.govuk-link").first.evaluate(colour), (
            label
        )
        assert_no_axe_violations(desktop_page, label)


def _listing(home_page):
    _translated_home(home_page, "ar", "أصبح تصحيح الأمور أسهل الآن")
    index = case_study_index(home_page)
    publish_case_study(index, title="Mould gone after the Ombudsman's decision", themes=["damp_mould"])
    for number in range(4):
        publish_case_study(index, title=f"Heating fixed, story {number}", publish_signals=False)
    arabic_index = index_in(index, "ar")
    publish_case_study(arabic_index, title="تم إصلاح التدفئة بعد الشكوى", story_language="ar")
    return index, arabic_index


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_the_first_story_is_on_a_phones_first_screen_and_the_filters_one_tap_away(
    django_db_serialized_rollback, browser, live_server, home_page, javascript
):
    index, arabic_index = _listing(home_page)
    page = new_page(browser, java_script_enabled=javascript, **PHONE)
    try:
        for label, url in (("stories", index.url), ("Arabic stories", arabic_index.url)):
            page.goto(live_server.url + url)
            first = page.locator(".mtr-story-card").first.bounding_box()
            assert first is not None and first["y"] < PHONE_HEIGHT, f"{label}: first story at {first}"
            checkbox = page.locator(".mtr-filters input[type=checkbox]").first
            expect(checkbox).to_be_hidden()
            if javascript:
                assert_no_axe_violations(page, f"{label} on a phone, filters folded")
            # One tap on the summary shows the filters.
            page.locator(".mtr-filters-toggle > summary").tap()
            expect(checkbox).to_be_visible()
            if javascript:
                assert_no_axe_violations(page, f"{label} on a phone, filters open")
        # Filtering still works, and the results stay first.
        page.goto(live_server.url + index.url)
        page.locator(".mtr-filters-toggle > summary").tap()
        page.get_by_label("Damp and mould").check()
        page.get_by_role("button", name="Apply filters").click()
        expect(page.get_by_role("heading", name="1 story")).to_be_visible()
        first = page.locator(".mtr-story-card").first.bounding_box()
        assert first is not None and first["y"] < PHONE_HEIGHT
        expect(page.locator(".mtr-filters-clear a")).to_be_visible()
    finally:
        page.context.close()


def test_on_a_desktop_the_filters_are_open_beside_the_stories(
    django_db_serialized_rollback, desktop_page: Page, live_server, home_page
):
    index, _arabic_index = _listing(home_page)
    desktop_page.goto(live_server.url + index.url)
    expect(desktop_page.locator(".mtr-filters input[type=checkbox]").first).to_be_visible()
    expect(desktop_page.locator(".mtr-filters-toggle > summary")).to_be_hidden()
    expect(desktop_page.get_by_role("heading", name="Filter the stories")).to_be_visible()


def _font_bytes(page: Page, url: str) -> dict[str, int]:
    """Bytes of each font the page downloads (response bodies, as sent)."""
    fonts: dict[str, int] = {}

    def finished(request) -> None:
        if request.resource_type == "font":
            fonts[request.url.rsplit("/", 1)[-1]] = request.sizes()["responseBodySize"]

    page.on("requestfinished", finished)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.evaluate("document.fonts.ready.then(() => true)")
    page.wait_for_load_state("networkidle")
    page.remove_listener("requestfinished", finished)
    return fonts


def test_an_english_page_downloads_at_most_100_kb_of_fonts(
    django_db_serialized_rollback, browser, live_server, home_page
):
    _translated_home(home_page, "ar", "أصبح تصحيح الأمور أسهل الآن")
    page = new_page(browser, **DESKTOP)
    try:
        english = _font_bytes(page, live_server.url + "/")
        # The switcher's names come from their tiny subsets, not the scripts' whole fonts.
        assert {name for name in english if name.startswith("language-name-")} == {
            f"language-name-{code}-400.woff2" for code in ("ar", "bn", "pa", "ur")
        }, english
        assert not [name for name in english if name.startswith("noto-")], english
        assert sum(english.values()) <= 100_000, english
        # An Arabic page still gets the whole Arabic font for its text.
        context = new_page(browser, **DESKTOP)
        try:
            arabic = _font_bytes(context, live_server.url + "/ar/")
        finally:
            context.context.close()
        assert "noto-naskh-arabic-arabic-400-normal.woff2" in arabic, arabic
        assert not [name for name in arabic if name.startswith(("noto-sans-bengali", "noto-nastaliq"))], (
            arabic
        )
    finally:
        page.context.close()
