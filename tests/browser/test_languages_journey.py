"""The site in other languages, in a real browser: a resident sends a story in Arabic
(right to left) and in Polish, and the right-to-left public pages pass axe.

Expected wording comes from the translators' catalogues (locale/<code>/LC_MESSAGES/
django.po, read with polib), never hard-coded, so a message that reaches the page or an
email untranslated fails here. The Arabic journey leaves a full-page screenshot of every
page in test-results/screenshots/ar/ for reviewers to look at.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import polib
import pytest
from playwright.sync_api import Page, expect

from django.conf import settings

from tests.factories.pages import case_study_index, index_in, publish_case_study, publish_toolkit
from tests.factories.users import UserFactory

from .conftest import DESKTOP, PHONE, REFERENCE, assert_no_axe_violations, html_part
from .helpers import SUBMISSIONS_URL, editor_logs_in, emails_to, link_in, only_email

pytestmark = pytest.mark.browser

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
SCREENSHOTS = Path(settings.BASE_DIR) / "test-results" / "screenshots"
SITE = "Make Things Right"

# Latin script that may stand in right-to-left text besides what the translators wrote
# themselves: web and email addresses, reference numbers.
LATIN_ALLOWED = re.compile(r"gov\.uk/\S+|https?://\S+|\S+@\S+|MTR-[A-Z0-9-]+")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9.'’/-]*(?:[ \t]+[A-Za-z0-9][A-Za-z0-9.'’/-]*)*")
MARKUP = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_0-9]*\}|<[^>]*>")
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
# English words no Polish, Romanian... sentence has: two of them in a Latin-script
# language's text is English that never went through the catalogue.
ENGLISH_WORDS = re.compile(
    r"\b(the|your|you|and|what|with|this|that|our|have|will|from|for|are|is|it|can|not|of|has)\b", re.I
)

# Faults of the site these tests found, each as the exact English it leaves on pages in
# other languages. They are collected while the journey goes on, and the test ends as an
# xfail naming them (``SiteProblems.xfail_if_any``) once everything else has passed.
# Any other English fails the test at once.
# Faults of the site this test knows about (pattern -> why): reported as one xfail at the
# end so the rest still runs. Empty now that all were fixed; add any new one here.
KNOWN_SITE_PROBLEMS: dict = {}


# The catalogues ------------------------------------------------------------------


@functools.cache
def po_file(code: str) -> polib.POFile:
    return polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))


@functools.cache
def catalogue(code: str) -> dict[str, str]:
    """msgid -> msgstr for every translated, non-fuzzy message without a context."""
    return {
        e.msgid: e.msgstr
        for e in po_file(code)
        if not e.obsolete and not e.msgctxt and e.msgstr and "fuzzy" not in e.flags
    }


@functools.cache
def latin_in_translations(code: str) -> tuple[str, ...]:
    """The Latin-script phrases translators kept in their text ("Make Things Right",
    "Housing Ombudsman" after its translation, file formats), longest first."""
    texts = (MARKUP.sub(" ", text) for text in catalogue(code).values())
    phrases = {run.strip() for text in texts for run in LATIN_RUN.findall(text)}
    return tuple(sorted((p for p in phrases if len(p) > 1), key=len, reverse=True))


@functools.cache
def english_sentences(code: str) -> tuple[tuple[str, re.Pattern], ...]:
    """Every message of three words or more that the catalogue does not keep in English,
    as a pattern its English matches on a page (a placeholder or markup: any short text)."""
    patterns = []
    for entry in po_file(code):
        for msgid in filter(None, (entry.msgid, entry.msgid_plural)):
            if len(re.findall(r"[A-Za-z]{2,}", msgid)) < 3 or entry.msgstr == msgid:
                continue
            parts = [re.escape(part.strip()) for part in MARKUP.split(msgid)]
            pattern = r"[^<>]{1,40}?".join(p for p in parts if p).replace(r"\ ", r"\s+")
            patterns.append((msgid, re.compile(rf"(?<![A-Za-z]){pattern}")))
    return tuple(patterns)


@dataclass(frozen=True)
class Language:
    code: str

    @property
    def direction(self) -> str:
        return "rtl" if self.code in settings.LANGUAGES_BIDI else "ltr"

    @property
    def native_name(self) -> str:
        return settings.LANGUAGE_NATIVE_NAMES[self.code]

    def t(self, msgid: str, **values) -> str:
        """The catalogue's translation of ``msgid`` (formatted with ``values``)."""
        messages = catalogue(self.code)
        assert msgid in messages, f"{msgid!r} is not translated in locale/{self.code}/LC_MESSAGES/django.po"
        text = messages[msgid]
        return text % values if values else text

    def title(self, *msgids: str, error: bool = False) -> re.Pattern:
        """A page title: "[Error: ]<step> – <flow> – Make Things Right", all translated."""
        text = " – ".join([*(self.t(m) for m in msgids), self.t(SITE)])
        prefix = re.escape(self.t("Error:")) + r"\s" if error else ""
        return re.compile(f"^{prefix}{re.escape(text)}$")


ARABIC = Language("ar")
POLISH = Language("pl")
URDU = Language("ur")


# Checks on any page ---------------------------------------------------------------


def page_text(page: Page, within: str = "body") -> str:
    """Every word on the page (or in the parts ``within`` selects) as a screen reader could
    reach it (visually hidden text, labels in attributes, the title), but not the language
    switcher's language names."""
    return page.evaluate(
        """(within) => {
            const skip = (node) => node.closest('.mtr-language-switcher, script, style, noscript');
            const words = within === 'body' ? [document.title] : [];
            for (const root of document.querySelectorAll(within)) {
                const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                    if (!skip(walker.currentNode.parentElement)) words.push(walker.currentNode.data);
                }
                for (const node of root.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
                    if (skip(node)) continue;
                    for (const name of ['aria-label', 'title', 'alt', 'placeholder']) words.push(node.getAttribute(name) || '');
                }
            }
            return words.join(' ');
        }""",
        within,
    )


def latin_words(text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    """The Latin-script words left in ``text`` once the ``allowed`` phrases (as whole
    words) and addresses are taken out."""
    for value in sorted(allowed, key=len, reverse=True):
        text = re.sub(rf"(?<![A-Za-z]){re.escape(value)}(?![A-Za-z])", " ", text)
    return LATIN_WORD.findall(LATIN_ALLOWED.sub(" ", text))


def known_site_problems(text: str) -> tuple[str, dict[str, set[str]]]:
    """Take the known faults' English out of ``text``: (what is left, {reason: {English}})."""
    found: dict[str, set[str]] = {}
    for pattern, reason in KNOWN_SITE_PROBLEMS.items():
        if matches := pattern.findall(text):
            found[reason] = set(matches)
            text = pattern.sub(" ", text)
    return text, found


def check_text_language(text: str, label: str, language: Language, *, allowed: tuple[str, ...] = ()):
    """Nothing in ``text`` is left in English: no message of the catalogue in its English,
    and in a right-to-left language no Latin-script word at all, except what translators
    kept in Latin script and ``allowed`` (what the resident typed). Returns the known
    faults found ({reason: {English}}), which do not fail here."""
    text, problems = known_site_problems(text)
    english = sorted({msgid for msgid, pattern in english_sentences(language.code) if pattern.search(text)})
    assert not english, f"{label} shows these messages in English, not {language.code}: {english}"
    if language.direction == "ltr":
        words = sorted({w.lower() for w in ENGLISH_WORDS.findall(LATIN_ALLOWED.sub(" ", text))})
        assert len(words) < 2, f"{label} reads like English, not {language.code} (it has {words}): {text!r}"
    if language.direction == "rtl":
        # Languages are offered by the names they give themselves (the language question).
        names = tuple(settings.LANGUAGE_NATIVE_NAMES.values())
        leftover = latin_words(text, (*allowed, *names, *latin_in_translations(language.code)))
        assert not leftover, f"{label} shows untranslated English words: {sorted(set(leftover))}"
    return problems


def check_page_language(page: Page, label: str, language: Language, *, allowed: tuple[str, ...] = ()):
    expect(page.locator("html")).to_have_attribute("lang", language.code)
    expect(page.locator("html")).to_have_attribute("dir", language.direction)
    return check_text_language(page_text(page), f"{label} ({page.url})", language, allowed=allowed)


def assert_error_summary(page: Page, language: Language, errors: tuple[str, ...]) -> None:
    """The GOV.UK error summary in the page's language: focused, its links reach their fields."""
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    expect(summary.locator(".govuk-error-summary__title")).to_have_text(language.t("There is a problem"))
    links = summary.locator(".govuk-error-summary__list a")
    expect(links).to_have_text([language.t(e) for e in errors])
    for i in range(links.count()):
        href = links.nth(i).get_attribute("href") or ""
        assert href.startswith("#") and len(href) > 1, f"error link {href!r} is not a fragment"
        expect(page.locator(f"[id='{href[1:]}']")).to_have_count(1)
    # Each field's own message says the same, after a hidden "Error:" in the page's language.
    messages = page.locator(".govuk-error-message")
    expect(messages).to_have_count(len(errors))
    for i, error in enumerate(errors):
        expect(messages.nth(i).locator(".govuk-visually-hidden")).to_have_text(language.t("Error:"))
        expect(messages.nth(i)).to_contain_text(language.t(error))
    first = links.first
    target = (first.get_attribute("href") or "#")[1:]
    first.click()
    expect(page.locator(f"[id='{target}']")).to_be_focused()


MIRRORING = """() => {
    const rect = (el) => el.getBoundingClientRect();
    const px = (value) => parseFloat(value) || 0;
    const out = {};
    const item = document.querySelector('main .govuk-radios__item, main .govuk-checkboxes__item');
    if (item) {
        const input = rect(item.querySelector('input'));
        const labelEl = item.querySelector('label');
        const label = rect(labelEl);
        const before = getComputedStyle(labelEl, '::before');
        const box = rect(item).left + px(before.left);
        out.control = {
            inputLeft: input.left, inputRight: input.right,
            labelLeft: label.left, labelRight: label.right,
            boxCentre: box + px(before.width) / 2,
        };
    }
    const group = document.querySelector('.govuk-form-group--error');
    if (group) {
        const style = getComputedStyle(group);
        out.errorBar = {left: px(style.borderLeftWidth), right: px(style.borderRightWidth)};
    }
    const back = document.querySelector('.govuk-back-link');
    if (back) {
        const r = rect(back);
        const before = getComputedStyle(back, '::before');
        out.back = {left: r.left, right: r.right, arrow: r.left + px(before.left) + px(before.width) / 2};
    }
    const button = document.querySelector('main .govuk-button-group .govuk-button, main .govuk-button--start');
    const column = button && button.closest('[class*="govuk-grid-column"]');
    if (button && column) {
        out.button = {left: rect(button).left, right: rect(button).right,
                      columnLeft: rect(column).left, columnRight: rect(column).right};
    }
    return out;
}"""


def assert_mirrored(page: Page, language: Language) -> None:
    """Right to left, the page is mirrored: radios and checkboxes have their box on the
    right of the label and drawn over the input, an error's red bar is on the right, the
    back link's arrow is on the right, buttons line up with the right edge. Left to right,
    all of it on the left."""
    found = page.evaluate(MIRRORING)
    rtl = language.direction == "rtl"
    label = f"{page.url} ({language.direction})"
    if control := found.get("control"):
        if rtl:
            assert control["inputLeft"] >= control["labelRight"] - 1, (
                f"{label}: the radio/checkbox is not on the right of its label: {control}"
            )
        else:
            assert control["inputRight"] <= control["labelLeft"] + 1, (
                f"{label}: the radio/checkbox is not on the left of its label: {control}"
            )
        assert control["inputLeft"] - 1 <= control["boxCentre"] <= control["inputRight"] + 1, (
            f"{label}: the drawn radio/checkbox is not over the input people tap: {control}"
        )
    if bar := found.get("errorBar"):
        near, far = (bar["right"], bar["left"]) if rtl else (bar["left"], bar["right"])
        assert near >= 4 and far == 0, f"{label}: the error's red bar is on the wrong side: {bar}"
    if back := found.get("back"):
        middle = (back["left"] + back["right"]) / 2
        assert (back["arrow"] > middle) == rtl, f"{label}: the back link's arrow is on the wrong side: {back}"
    if button := found.get("button"):
        if rtl:
            gap = abs(button["right"] - button["columnRight"])
        else:
            gap = abs(button["left"] - button["columnLeft"])
        assert gap <= 16, (
            f"{label}: the button is not at the {'right' if rtl else 'left'} of its column: {button}"
        )


@dataclass
class SiteProblems:
    """KNOWN_SITE_PROBLEMS seen on the way: {reason: {where: {English text}}}."""

    found: dict[str, dict[str, set[str]]] = field(default_factory=dict)

    def add(self, where: str, problems: dict[str, set[str]]) -> None:
        for reason, english in problems.items():
            self.found.setdefault(reason, {}).setdefault(where, set()).update(english)

    def xfail_if_any(self) -> None:
        """Last of all, once everything else has passed: the known faults of the site seen
        on the way make the test an xfail that names each of them and where it was seen."""
        if self.found:
            pytest.xfail(
                "English left in other languages by faults of the site: "
                + " | ".join(
                    f"{reason}. Seen: {sorted(set().union(*places.values()))} in {len(places)} place(s), "
                    + "; ".join(sorted(places)[:3])
                    + ("..." if len(places) > 3 else "")
                    for reason, places in self.found.items()
                )
            )


# One resident, one language ---------------------------------------------------------


@dataclass
class Resident:
    """A resident going through the form in one language on their phone."""

    page: Page
    base_url: str
    language: Language
    email: str
    full_name: str
    typed: tuple[str, ...] = ()  # what they typed that may be in another script
    shots: Path | None = None
    shot_number: int = 0
    problems: SiteProblems = field(default_factory=SiteProblems)

    def t(self, msgid: str, **values) -> str:
        return self.language.t(msgid, **values)

    def press(self, msgid: str) -> None:
        self.page.get_by_role("button", name=self.t(msgid), exact=True).click()

    def check(self, *msgids: str) -> None:
        for msgid in msgids:
            self.page.get_by_label(self.t(msgid), exact=True).check()

    def fill(self, values: dict[str, str]) -> None:
        for msgid, value in values.items():
            self.page.get_by_label(self.t(msgid), exact=True).fill(value)

    def arrive(self, label: str) -> None:
        """Every page: its language and direction, nothing left in English, axe, a screenshot."""
        problems = check_page_language(self.page, label, self.language, allowed=self.typed)
        self.problems.add(self.page.url.replace(self.base_url, ""), problems)
        assert_no_axe_violations(self.page, f"{label} ({self.language.code})")
        self.screenshot(label)

    def screenshot(self, label: str) -> None:
        if self.shots is None:
            return
        slug = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")
        self.page.screenshot(path=str(self.shots / f"{self.shot_number:02d}-{slug}.png"), full_page=True)
        self.shot_number += 1

    def start(self) -> None:
        response = self.page.goto(f"{self.base_url}/{self.language.code}/share-your-story/")
        assert response is not None and response.status == 200
        expect(self.page).to_have_title(self.language.title("Share your story about a housing complaint"))
        self.arrive("start")
        assert_mirrored(self.page, self.language)
        self.press("Start now")

    def on_step(self, slug: str, title: str, *, error: bool = False) -> None:
        expect(self.page).to_have_url(
            re.compile(rf"/{self.language.code}/share-your-story/{re.escape(slug)}/(\?.*)?$")
        )
        expect(self.page).to_have_title(self.language.title(title, "Share your story", error=error))

    def answer(self, step: Step) -> None:
        """One question page: check it (and its error state, if asked), answer it, continue."""
        self.on_step(step.slug, step.title)
        self.arrive(step.slug)
        assert_mirrored(self.page, self.language)
        if step.errors:
            self.press("Continue")
            self.on_step(step.slug, step.title, error=True)
            assert_error_summary(self.page, self.language, step.errors)
            self.arrive(f"{step.slug} error")
            assert_mirrored(self.page, self.language)
        step.answer(self)
        self.press("Continue")
        expect(self.page).not_to_have_url(re.compile(rf"/{re.escape(step.slug)}/$"))


@dataclass(frozen=True)
class Step:
    slug: str
    title: str  # msgid
    answer: Callable[[Resident], None]
    errors: tuple[str, ...] = ()  # msgids of the errors shown when it is sent empty


def resident_steps(story: str, what_changed: str, landlord: str, phone: str, *, errors: set[str]) -> list:
    """The resident's question pages in order; those in ``errors`` are first sent empty."""

    def contact(r: Resident) -> None:
        r.fill({"Full name": r.full_name, "Email address": r.email, "Phone number (optional)": phone})

    def language(r: Resident) -> None:
        r.page.get_by_label(r.language.native_name, exact=True).check()

    steps = [
        Step(
            "problem",
            "What the problem was about",
            lambda r: r.check("Damp and mould", "Leaks and repairs"),
            ("Select what the problem was about",),
        ),
        Step(
            "your-landlord",
            "Your landlord",
            lambda r: (r.check("Housing association"), r.fill({"Your landlord's name (optional)": landlord})),
            ("Select what type of landlord you have",),
        ),
        Step(
            "complaint-stage",
            "How far your complaint went",
            lambda r: r.check("I took it to the Housing Ombudsman"),
            ("Select how far your complaint went",),
        ),
        Step("when", "When you first complained", lambda r: r.check("1 to 2 years ago")),
        Step(
            "on-time",
            "Whether your landlord replied on time",
            lambda r: r.check("Some replies came on time and some were late"),
        ),
        Step(
            "outcome",
            "What you got in the end",
            lambda r: r.check("An apology", "A repair or the problem fixed"),
        ),
        # Only there because the complaint reached the Housing Ombudsman.
        Step("ombudsman", "What the Housing Ombudsman decided", lambda r: r.check("Maladministration")),
        Step(
            "your-story",
            "Your story",
            lambda r: r.fill({"Tell us your story in your own words": story}),
            ("Enter your story",),
        ),
        Step(
            "what-changed",
            "What has changed for you",
            lambda r: r.fill({"What has changed for you since you complained?": what_changed}),
            ("Enter what has changed for you",),
        ),
        # Photos are optional: the resident goes on without one.
        Step("photos", "Photos", lambda r: None),
        Step(
            "contact-details",
            "Your contact details",
            contact,
            ("Enter your full name", "Enter your email address"),
        ),
        Step(
            "region",
            "Where you live",
            lambda r: r.check("North West"),
            ("Select the part of England where you live",),
        ),
        Step(
            "language",
            "The language we use to contact you",
            language,
            ("Select the language we should use when we contact you",),
        ),
        Step(
            "consent",
            "How we can use your story",
            lambda r: r.check("Publish my story with my name and details removed", "Use my photos"),
            ("Select that we can publish your story anonymised, or you cannot send it",),
        ),
    ]
    return [s if s.slug in errors else Step(s.slug, s.title, s.answer) for s in steps]


def resident_checks_and_sends(r: Resident, shown: tuple[str, ...]) -> str:
    # "Check for personal details" comes first when the detector finds something in the
    # story (casestudies.personal_details; tests/browser/test_personal_details_journey.py
    # tests it). Its wording is not translated yet, so it is passed through here.
    r.page.wait_for_url(re.compile(r"/share-your-story/(check-your-answers|check-for-personal-details)/$"))
    if r.page.url.endswith("/check-for-personal-details/"):
        expect(r.page.locator("html")).to_have_attribute("lang", r.language.code)
        assert_no_axe_violations(r.page, f"check for personal details ({r.language.code})")
        r.page.locator("button[name=keep_all]").click()
    expect(r.page).to_have_url(re.compile(rf"/{r.language.code}/share-your-story/check-your-answers/$"))
    expect(r.page).to_have_title(r.language.title("Check your answers before sending", "Share your story"))
    answers = r.page.locator(".govuk-summary-list")
    for msgid in (
        "Damp and mould",
        "Leaks and repairs",
        "Housing association",
        "I took it to the Housing Ombudsman",
        "Maladministration",
        "North West",
    ):
        expect(answers).to_contain_text(r.t(msgid))
    for text in (r.full_name, r.email, r.language.native_name, *shown):
        expect(answers).to_contain_text(text)
    r.arrive("check your answers")
    assert_mirrored(r.page, r.language)
    r.press("Accept and send")

    expect(r.page).to_have_url(re.compile(rf"/{r.language.code}/share-your-story/confirmation/$"))
    expect(r.page).to_have_title(r.language.title("Check your email to send your story", "Share your story"))
    panel = r.page.locator(".govuk-panel--confirmation")
    expect(panel.locator("h1")).to_have_text(r.t("Check your email to send your story"))
    expect(panel.locator("strong")).to_have_text(REFERENCE)
    reference = panel.locator("strong").inner_text().strip()
    expect(r.page.get_by_text(r.email)).to_be_visible()
    r.arrive("confirmation")
    return reference


# What each email to the resident must say in their language: plain messages, and
# messages with the reference in them.
VERIFY_MESSAGES = (
    "Confirm your email address",
    "To send your story to the campaign team, confirm your email address:",
    "If you did not send a story, you can ignore this email.",
    "Need to make a complaint about your social housing?",
)
VERIFY_WITH_REFERENCE = (
    "Thank you for sharing your story with the Make Things Right campaign. "
    "Your reference number is %(reference)s."
)
ACKNOWLEDGE_MESSAGES = (
    "We have your story",
    "What happens next",
    "Changing your mind",
    "You can withdraw your story at any time, before or after it is published:",
    "Need to make a complaint about your social housing?",
)
ACKNOWLEDGE_WITH_REFERENCE = (
    "Thank you for confirming your email address. Your reference number is %(reference)s."
)


def assert_email_in(
    language: Language, message, msgids: tuple[str, ...], with_reference: str, reference: str
) -> dict[str, set[str]]:
    """The email's subject, text and HTML are in ``language``, none of it in English.
    Returns the known faults found, as ``check_text_language`` does."""
    text = message.body
    page = html.unescape(html_part(message))
    words = re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<(style|head)\b.*?</\1>", " ", page))
    assert f'lang="{language.code}"' in page and f'dir="{language.direction}"' in page, (
        f"the HTML part of {message.subject!r} does not say lang={language.code} dir={language.direction}"
    )
    assert reference in text
    words = " ".join(words.split())
    for msgid in msgids:
        assert language.t(msgid) in text, (
            f"{message.subject!r}: the text lacks the {language.code} of {msgid!r}"
        )
        assert language.t(msgid) in words, (
            f"{message.subject!r}: the HTML lacks the {language.code} of {msgid!r}"
        )
    # The HTML part puts the reference in <strong>: a message of its own.
    assert language.t(with_reference, reference=reference) in text, (
        f"{message.subject!r}: the text lacks the {language.code} of {with_reference!r}"
    )
    in_html = with_reference.replace("%(reference)s", "<strong>%(reference)s</strong>")
    translated = re.sub(r"<[^>]+>", "", language.t(in_html, reference=reference))
    assert "".join(translated.split()) in "".join(words.split()), (
        f"{message.subject!r}: the HTML lacks the {language.code} of {in_html!r}"
    )
    problems: dict[str, set[str]] = {}
    for part, content in (("subject", message.subject), ("text", text), ("HTML", words)):
        for reason, english in check_text_language(
            content, f"the email {message.subject!r} ({part})", language
        ).items():
            problems.setdefault(reason, set()).update(english)
    if language.direction == "rtl":
        assert ARABIC_SCRIPT.search(message.subject), f"subject {message.subject!r} is not in {language.code}"
    return problems


def resident_confirms_address(r: Resident, reference: str) -> None:
    verify = only_email(r.email, r.t("Confirm your email address to send your story"))
    found = assert_email_in(r.language, verify, VERIFY_MESSAGES, VERIFY_WITH_REFERENCE, reference)
    r.problems.add(f"the email {verify.subject!r}", found)
    path = link_in(verify, "verify")
    assert path.startswith(f"/{r.language.code}/share-your-story/verify/"), path
    r.page.goto(r.base_url + path)
    expect(r.page).to_have_title(r.language.title("Confirm your email address"))
    expect(r.page.get_by_text(reference)).to_be_visible()
    r.arrive("verify")
    r.press("Confirm and send my story")
    expect(r.page).to_have_title(r.language.title("Your story has been sent"))
    expect(r.page.get_by_role("heading", name=r.t("Your story has been sent"))).to_be_visible()
    expect(r.page.locator(".govuk-panel--confirmation")).to_contain_text(reference)
    r.arrive("verified")

    acknowledgement = only_email(
        r.email, r.t("We have your story: reference %(reference)s", reference=reference)
    )
    found = assert_email_in(
        r.language, acknowledgement, ACKNOWLEDGE_MESSAGES, ACKNOWLEDGE_WITH_REFERENCE, reference
    )
    r.problems.add(f"the email {acknowledgement.subject!r}", found)
    withdraw = link_in(acknowledgement, "withdraw")
    assert withdraw.startswith(f"/{r.language.code}/share-your-story/withdraw/"), withdraw
    # Opening the withdrawal link only shows a page with a button: nothing is withdrawn.
    r.page.goto(r.base_url + withdraw)
    expect(r.page).to_have_title(r.language.title("Withdraw your story"))
    r.arrive("withdraw")
    # Those are all the emails the resident gets, each checked above.
    assert len(emails_to(r.email)) == 2, [m.subject for m in emails_to(r.email)]


def editor_sees_the_submission(
    page: Page, base_url: str, username: str, reference: str, code: str, language: str
) -> None:
    """The editors' inbox and the moderation queue show the story, told in ``language``."""
    editor_logs_in(page, base_url, username)

    page.goto(f"{base_url}{SUBMISSIONS_URL}?language={code}")
    expect(page).to_have_title(re.compile("^Submissions"))
    row = page.locator("table.listing tbody tr", has_text=reference)
    expect(row).to_have_count(1)
    headers = [h.strip() for h in page.locator("table.listing thead th").all_inner_texts()]
    column = next(i for i, h in enumerate(headers) if h.startswith("Language"))
    expect(row.locator("td, th").nth(column)).to_have_text(language)
    other = "pl" if code != "pl" else "ar"
    page.goto(f"{base_url}{SUBMISSIONS_URL}?language={other}")
    expect(page.locator("table.listing tbody tr", has_text=reference)).to_have_count(0)

    page.goto(f"{base_url}/admin/moderation/")
    expect(page).to_have_title(re.compile("^Moderation queue"))
    row = page.locator("table.listing tbody tr", has_text=reference)
    expect(row).to_have_count(1)
    row.get_by_role("link", name=reference, exact=True).click()
    expect(page).to_have_url(re.compile(r"/admin/moderation/\d+/$"))
    expect(page.locator("dl.mtr-summary dt:text-is('Language') + dd")).to_have_text(language)


# 1. Arabic ----------------------------------------------------------------------------

AR_EMAIL = "amira.arabic@example.org"
AR_NAME = "أميرة حسن"
AR_LANDLORD = "جمعية الإسكان النموذجية"
AR_PHONE = "07700 900 982"
AR_STORY = (
    "ظهر العفن الأسود على جدار غرفة النوم كل شتاء وكانت ابنتي تسعل باستمرار. "
    "اشتكيت مرتين ثم لجأت إلى أمين المظالم الذي طلب منهم إصلاح التهوية."
)
AR_WHAT_CHANGED = "تم تركيب مراوح الشفط وأصبح المالك يرد على اتصالاتي الآن."


def test_a_resident_sends_a_story_in_arabic(
    django_db_serialized_rollback, page: Page, live_server, new_context_page
):
    from casestudies.models import Submission

    shots = SCREENSHOTS / "ar"
    shots.mkdir(parents=True, exist_ok=True)
    for old in shots.glob("[0-9][0-9]-*.png"):
        old.unlink()
    editor = UserFactory(groups=["Comms editors"], email="editor@example.gov.uk")
    resident = Resident(
        page,
        live_server.url,
        ARABIC,
        email=AR_EMAIL,
        full_name=AR_NAME,
        typed=(AR_EMAIL, AR_PHONE),
        shots=shots,
    )

    resident.start()
    errors = {"problem", "your-landlord", "contact-details", "consent"}
    for step in resident_steps(AR_STORY, AR_WHAT_CHANGED, AR_LANDLORD, AR_PHONE, errors=errors):
        resident.answer(step)
    reference = resident_checks_and_sends(resident, (AR_LANDLORD, AR_STORY[:40]))
    submission = Submission.objects.get(reference=reference)
    assert (submission.language, submission.preferred_language) == ("ar", "ar")
    resident_confirms_address(resident, reference)
    assert len(list(shots.glob("[0-9][0-9]-*.png"))) == resident.shot_number >= 20

    admin = new_context_page(**DESKTOP)
    editor_sees_the_submission(admin, live_server.url, editor.username, reference, "ar", "Arabic")
    resident.problems.xfail_if_any()


# 2. Polish ----------------------------------------------------------------------------

PL_EMAIL = "agnieszka.polish@example.org"
PL_NAME = "Agnieszka Kowalska-Testowa"
PL_LANDLORD = "Przykładowe Stowarzyszenie Mieszkaniowe"
PL_STORY = (
    "Co zimę na ścianie sypialni pojawiała się czarna pleśń, a córka ciągle kaszlała. "
    "Dwa razy złożyłam skargę, potem zwróciłam się do Rzecznika, który kazał naprawić wentylację."
)
PL_WHAT_CHANGED = "Zamontowano wentylatory, a administrator teraz oddzwania."


def test_a_resident_sends_a_story_in_polish(
    django_db_serialized_rollback, page: Page, live_server, new_context_page
):
    from casestudies.models import Submission

    editor = UserFactory(groups=["Comms editors"], email="editor@example.gov.uk")
    resident = Resident(page, live_server.url, POLISH, email=PL_EMAIL, full_name=PL_NAME)
    resident.start()
    for step in resident_steps(PL_STORY, PL_WHAT_CHANGED, PL_LANDLORD, "07700 900 983", errors={"problem"}):
        resident.answer(step)
    reference = resident_checks_and_sends(resident, (PL_LANDLORD, PL_STORY[:40]))
    submission = Submission.objects.get(reference=reference)
    assert (submission.language, submission.preferred_language) == ("pl", "pl")
    resident_confirms_address(resident, reference)

    admin = new_context_page(**DESKTOP)
    editor_sees_the_submission(admin, live_server.url, editor.username, reference, "pl", "Polish")
    resident.problems.xfail_if_any()


# 3. The right-to-left public pages ----------------------------------------------------


def translated_home(home, code: str, title: str, introduction: str):
    """The home page translated into ``code`` (a real translation, not an alias) and published."""
    from wagtail.models import Locale

    locale, _created = Locale.objects.get_or_create(language_code=code)
    existing = home.get_translations().filter(locale=locale).first()
    if existing is not None:
        return existing.specific
    translation = home.copy_for_translation(locale)
    translation.title = title
    translation.introduction = introduction
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation.specific


AR_HOME_TITLE = "أصبح تصحيح الأمور أسهل الآن"


def test_right_to_left_public_pages_pass_axe_and_the_switcher_reaches_them(
    django_db_serialized_rollback, desktop_page: Page, live_server, home_page, new_context_page
):
    base = live_server.url
    translated_home(home_page, "ar", AR_HOME_TITLE, "قصص شكاوى السكن التي تم حلها.")
    translated_home(
        home_page, "ur", "اب چیزیں درست کروانا آسان ہے", "رہائش کی شکایات کی کہانیاں جو حل ہوئیں۔"
    )
    index = case_study_index(home_page)
    story = publish_case_study(
        index_in(index, "ar"),
        title="تم إصلاح التدفئة بعد الشكوى",
        summary="اشتكت مستأجرة واستبدل المالك المرجل خلال أسابيع.",
        pull_quote="بمجرد أن كتبت الشكوى، تحرك كل شيء.",
        story="تعطلت التدفئة في الشتاء. بعد شكوى رسمية أصلحها المالك.",
        what_changed="أصبح المالك يرد على طلبات الإصلاح خلال يوم واحد.",
        story_language="ar",
        themes=["heating_hot_water"],
    )
    publish_case_study(index, title="Boiler fixed after a stage 1 complaint")
    publish_toolkit(home_page, title="Toolkit for residents")
    assert story.url.startswith("/ar/stories/"), story.url

    pages = {
        "Arabic home": ("/ar/", ARABIC),
        "Arabic stories": ("/ar/stories/", ARABIC),
        "Arabic story": (story.url, ARABIC),
        "Urdu home": ("/ur/", URDU),
    }
    shots = SCREENSHOTS / "ar"
    shots.mkdir(parents=True, exist_ok=True)
    problems = SiteProblems()
    for viewport in (DESKTOP, PHONE):
        page = new_context_page(**viewport)
        width = viewport["viewport"]["width"]
        for label, (path, language) in pages.items():
            response = page.goto(base + path)
            assert response is not None and response.status == 200, (label, response and response.status)
            expect(page.locator("html")).to_have_attribute("lang", language.code)
            expect(page.locator("html")).to_have_attribute("dir", "rtl")
            # The site's own words (header, navigation, footer) are in the page's language;
            # the listing's title comes from its English original (an alias, as synchronised).
            expect(page.get_by_role("navigation", name=language.t("Choose a language"))).to_be_attached()
            expect(page.locator(".govuk-footer")).to_contain_text(
                language.t("Need to make a complaint about your social housing?")
            )
            chrome = page_text(page, "header, footer")
            where = f"{label}'s header and footer ({path})"
            problems.add(path, check_text_language(chrome, where, language))
            assert_no_axe_violations(page, f"{label} ({width}px)")
            if language is ARABIC:
                name = label.split()[-1]
                page.screenshot(path=str(shots / f"public-{name}-{width}px.png"), full_page=True)

    # From the English home page to the Arabic one with the language switcher.
    desktop_page.goto(base + "/")
    expect(desktop_page.locator("html")).to_have_attribute("dir", "ltr")
    switcher = desktop_page.get_by_role("navigation", name="Choose a language")
    current = switcher.locator("[aria-current='true']")
    expect(current).to_have_text("English")
    expect(current).to_have_attribute("lang", "en")
    expect(switcher.get_by_role("link", name="English")).to_have_count(0)
    arabic_link = switcher.get_by_role("link", name=ARABIC.native_name, exact=True)
    expect(arabic_link).to_have_attribute("lang", "ar")
    expect(arabic_link).to_have_attribute("hreflang", "ar")
    expect(arabic_link).to_have_attribute("dir", "rtl")
    expect(arabic_link).to_have_attribute("href", "/ar/")
    urdu_link = switcher.get_by_role("link", name=URDU.native_name, exact=True)
    expect(urdu_link).to_have_attribute("hreflang", "ur")
    expect(urdu_link).to_have_attribute("href", "/ur/")
    assert_no_axe_violations(desktop_page, "English home with the language switcher")
    arabic_link.click()

    expect(desktop_page).to_have_url(re.compile(r"/ar/$"))
    expect(desktop_page.get_by_role("heading", level=1)).to_have_text(AR_HOME_TITLE)
    switcher = desktop_page.get_by_role("navigation", name=ARABIC.t("Choose a language"))
    current = switcher.locator("[aria-current='true']")
    expect(current).to_have_count(1)
    expect(current).to_have_text(ARABIC.native_name)
    expect(current).to_have_attribute("lang", "ar")
    expect(switcher.get_by_role("link", name=ARABIC.native_name, exact=True)).to_have_count(0)
    english_link = switcher.get_by_role("link", name="English", exact=True)
    expect(english_link).to_have_attribute("lang", "en")
    expect(english_link).to_have_attribute("hreflang", "en")
    expect(english_link).to_have_attribute("href", "/")
    problems.add("/ar/", check_page_language(desktop_page, "Arabic home", ARABIC))
    problems.xfail_if_any()
