"""The toolkit's PDFs (poster, landlord briefing, residents' guide) in all seven languages.

Each is HTML rendered by WeasyPrint: real text shaped by HarfBuzz (Arabic and Urdu joined
and right to left, Bengali and Gurmukhi conjuncts and vowel signs) in the Noto fonts that
bin/setup copies into build/fonts, embedded as subsets; a tagged PDF/UA-1 file with its
language (/Lang), title, headings, paragraphs and lists, so screen readers and search can
read it.

The words come from the toolkit's own translations (``translations/<code>.json``, the home
page's steps and introduction), so a document says what its page says; the few sentences
only the documents use are in DOCUMENT_STRINGS below (drafts for professional review).
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from functools import cache
from html import escape
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils.translation import get_language_info

from wagtail.documents import get_document_model
from wagtail.documents.models import AbstractDocument
from wagtail.models import Page

from cms_site.documents import document_language_set

from .document_choosers import chooser_overrides_translate
from .home import HOME_BODY, HOME_INTRODUCTION
from .locales import page_strings
from .pdf_text import actual_text_add

ACTUAL_TEXT = "actual-text-1"  # in the cache key: PDFs made before blocks had /ActualText are made again

CALL_TO_ACTION = "gov.uk/social-housing-complaints"
CAMPAIGN = "Make Things Right"
LANGUAGES = ("en", "ar", "bn", "pa", "pl", "ro", "ur")

POSTER_TITLE = "Make Things Right poster (A4)"
BRIEFING_TITLE = "Landlord briefing: the Complaint Handling Code"
GUIDE_TITLE = "How to complain: a one-page guide for residents"

BRIEFING_HEADING = "The Complaint Handling Code: a briefing for landlords"
BRIEFING_INTRODUCTION = (
    "Make Things Right is a government campaign that helps social housing residents complain when "
    "something is wrong with their home, so that problems are put right sooner."
)
GUIDE_HEADING = "How to complain about your social home"
TIPS_HEADING = "Helpful tips"
TIP_NOTES = "Keep a note of who you spoke to and when, and take photos of the problem."
TIP_HELP = "You do not have to complain alone: a friend, a relative or an adviser can help you, as long as you agree."
TIP_LANGUAGES = (
    "Advice about complaining is available in seven languages: English, Arabic, Bengali, Polish, "
    "Punjabi, Romanian and Urdu."
)

# The toolkit's own strings, translated in translations/<code>.json.
POSTER_HEADING = "It's now easier to make things right"
FIND_OUT = "Find out how to complain"
HOW_TO_COMPLAIN = "How to complain"
NO_FILTER = "Residents no longer need an MP, a councillor or a tenant panel to refer them, and no longer wait 8 weeks."
WHAT_CHANGED = "What has changed"
WHAT_CHANGED_TEXT = (
    "Residents no longer need an MP, a councillor or a tenant panel to refer their complaint to the Housing "
    "Ombudsman, and no longer wait 8 weeks after your final response. More residents will come to the "
    "Ombudsman sooner, so a good complaints process matters more than ever."
)
CODE = "The Complaint Handling Code"
CODE_POINTS = (
    "No more than two stages in your complaints process.",
    "Reply within 10 working days at stage 1 and 20 working days at stage 2.",
    "Make your complaints policy easy to find, and accept complaints in any form.",
    "Learn from complaints and tell residents what you changed.",
)
SIGNPOST = "Signpost residents to the complaints guidance"
SIGNPOST_TEXT = "Link to GOV.UK from your website, your letters and every complaint response."

# Sentences only the documents use: English -> {language: translation}.
DOCUMENT_STRINGS: dict[str, dict[str, str]] = {
    POSTER_TITLE: {
        "ar": "ملصق Make Things Right (مقاس A4)",
        "bn": "Make Things Right পোস্টার (A4)",
        "pa": "Make Things Right ਪੋਸਟਰ (A4)",
        "pl": "Plakat Make Things Right (A4)",
        "ro": "Afișul Make Things Right (A4)",
        "ur": "Make Things Right پوسٹر (A4)",
    },
    BRIEFING_TITLE: {
        "ar": "موجز للجهات المؤجِّرة: مدوّنة التعامل مع الشكاوى",
        "bn": "বাড়িওয়ালাদের জন্য নির্দেশিকা: অভিযোগ পরিচালনার নিয়মাবলি",
        "pa": "ਮਕਾਨ ਮਾਲਕਾਂ ਲਈ ਜਾਣਕਾਰੀ: ਸ਼ਿਕਾਇਤ ਨਿਪਟਾਰਾ ਕੋਡ",
        "pl": "Informacja dla wynajmujących: Kodeks rozpatrywania skarg",
        "ro": "Informare pentru proprietari: Codul de soluționare a plângerilor",
        "ur": "مالکان مکان کے لیے بریفنگ: شکایات نمٹانے کا ضابطہ",
    },
    GUIDE_TITLE: {
        "ar": "كيفية تقديم شكوى: دليل من صفحة واحدة للسكان",
        "bn": "কীভাবে অভিযোগ করবেন: বাসিন্দাদের জন্য এক পাতার নির্দেশিকা",
        "pa": "ਸ਼ਿਕਾਇਤ ਕਿਵੇਂ ਕਰਨੀ ਹੈ: ਨਿਵਾਸੀਆਂ ਲਈ ਇੱਕ ਸਫ਼ੇ ਦੀ ਗਾਈਡ",
        "pl": "Jak złożyć skargę: jednostronicowy poradnik dla mieszkańców",
        "ro": "Cum faceți o plângere: ghid de o pagină pentru locatari",
        "ur": "شکایت کیسے کریں: رہائشیوں کے لیے ایک صفحے کی رہنمائی",
    },
    BRIEFING_HEADING: {
        "ar": "مدوّنة التعامل مع الشكاوى: موجز للجهات المؤجِّرة",
        "bn": "অভিযোগ পরিচালনার নিয়মাবলি: বাড়িওয়ালাদের জন্য সংক্ষিপ্ত নির্দেশিকা",
        "pa": "ਸ਼ਿਕਾਇਤ ਨਿਪਟਾਰਾ ਕੋਡ: ਮਕਾਨ ਮਾਲਕਾਂ ਲਈ ਸੰਖੇਪ ਜਾਣਕਾਰੀ",
        "pl": "Kodeks rozpatrywania skarg: informacja dla wynajmujących",
        "ro": "Codul de soluționare a plângerilor: informare pentru proprietari",
        "ur": "شکایات نمٹانے کا ضابطہ: مالکان مکان کے لیے بریفنگ",
    },
    BRIEFING_INTRODUCTION: {
        "ar": "Make Things Right حملة حكومية تساعد سكان السكن الاجتماعي على تقديم شكوى عندما تكون في "
        "مسكنهم مشكلة، حتى تُصلَح المشكلات في وقت أبكر.",
        "bn": "Make Things Right একটি সরকারি ক্যাম্পেইন, যা সোশ্যাল হাউজিং-এর বাসিন্দাদের বাড়িতে কোনো সমস্যা "
        "হলে অভিযোগ করতে সাহায্য করে, যাতে সমস্যাগুলো আরও তাড়াতাড়ি ঠিক করা হয়।",
        "pa": "Make Things Right ਇੱਕ ਸਰਕਾਰੀ ਮੁਹਿੰਮ ਹੈ ਜੋ ਸੋਸ਼ਲ ਹਾਊਸਿੰਗ ਦੇ ਨਿਵਾਸੀਆਂ ਨੂੰ ਘਰ ਵਿੱਚ ਕੋਈ ਸਮੱਸਿਆ ਹੋਣ "
        "'ਤੇ ਸ਼ਿਕਾਇਤ ਕਰਨ ਵਿੱਚ ਮਦਦ ਕਰਦੀ ਹੈ, ਤਾਂ ਜੋ ਸਮੱਸਿਆਵਾਂ ਜਲਦੀ ਠੀਕ ਹੋਣ।",
        "pl": "Make Things Right to rządowa kampania, która pomaga mieszkańcom mieszkań socjalnych składać "
        "skargi, gdy coś jest nie tak z ich domem, aby problemy były naprawiane szybciej.",
        "ro": "Make Things Right este o campanie guvernamentală care îi ajută pe locatarii din locuințe sociale "
        "să facă plângere atunci când ceva nu este în regulă cu locuința lor, pentru ca problemele să fie "
        "rezolvate mai repede.",
        "ur": "Make Things Right ایک سرکاری مہم ہے جو سوشل ہاؤسنگ کے رہائشیوں کو گھر میں کوئی مسئلہ ہونے پر "
        "شکایت کرنے میں مدد دیتی ہے، تاکہ مسائل جلد ٹھیک ہوں۔",
    },
    GUIDE_HEADING: {
        "ar": "كيف تقدّمون شكوى بشأن مسكنكم الاجتماعي",
        "bn": "আপনার সোশ্যাল হাউজিং বাড়ি নিয়ে কীভাবে অভিযোগ করবেন",
        "pa": "ਆਪਣੇ ਸੋਸ਼ਲ ਹਾਊਸਿੰਗ ਘਰ ਬਾਰੇ ਸ਼ਿਕਾਇਤ ਕਿਵੇਂ ਕਰੀਏ",
        "pl": "Jak złożyć skargę dotyczącą mieszkania socjalnego",
        "ro": "Cum faceți o plângere despre locuința socială",
        "ur": "اپنے سوشل ہاؤسنگ گھر کے بارے میں شکایت کیسے کریں",
    },
    TIPS_HEADING: {
        "ar": "نصائح مفيدة",
        "bn": "কাজের কিছু পরামর্শ",
        "pa": "ਲਾਭਦਾਇਕ ਸੁਝਾਅ",
        "pl": "Przydatne wskazówki",
        "ro": "Sfaturi utile",
        "ur": "مفید مشورے",
    },
    TIP_NOTES: {
        "ar": "دوّنوا مع مَن تحدّثتم ومتى، والتقطوا صورًا للمشكلة.",
        "bn": "কার সঙ্গে কবে কথা বলেছেন তা লিখে রাখুন, আর সমস্যাটির ছবি তুলে রাখুন।",
        "pa": "ਲਿਖ ਕੇ ਰੱਖੋ ਕਿ ਤੁਸੀਂ ਕਿਸ ਨਾਲ ਅਤੇ ਕਦੋਂ ਗੱਲ ਕੀਤੀ, ਅਤੇ ਸਮੱਸਿਆ ਦੀਆਂ ਫ਼ੋਟੋਆਂ ਖਿੱਚੋ।",
        "pl": "Notuj, z kim i kiedy rozmawiasz, i rób zdjęcia problemu.",
        "ro": "Notați cu cine ați vorbit și când, și faceți fotografii ale problemei.",
        "ur": "لکھ کر رکھیں کہ آپ نے کس سے اور کب بات کی، اور مسئلے کی تصاویر لیں۔",
    },
    TIP_HELP: {
        "ar": "لستم مضطرين إلى تقديم الشكوى وحدكم: يمكن لصديق أو قريب أو مستشار أن يساعدكم، ما دمتم موافقين.",
        "bn": "আপনাকে একা অভিযোগ করতে হবে না: আপনি রাজি থাকলে কোনো বন্ধু, আত্মীয় বা পরামর্শদাতা আপনাকে সাহায্য করতে পারেন।",
        "pa": "ਤੁਹਾਨੂੰ ਇਕੱਲਿਆਂ ਸ਼ਿਕਾਇਤ ਕਰਨ ਦੀ ਲੋੜ ਨਹੀਂ: ਜੇ ਤੁਸੀਂ ਸਹਿਮਤ ਹੋ ਤਾਂ ਕੋਈ ਦੋਸਤ, ਰਿਸ਼ਤੇਦਾਰ ਜਾਂ ਸਲਾਹਕਾਰ "
        "ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ।",
        "pl": "Nie musisz składać skargi w pojedynkę: przyjaciel, krewny lub doradca może ci pomóc, jeśli się "
        "na to zgodzisz.",
        "ro": "Puteți cere ajutor: un prieten, o rudă sau un consilier vă poate ajuta să faceți plângerea, "
        "dacă sunteți de acord.",
        "ur": "آپ کو اکیلے شکایت کرنے کی ضرورت نہیں: اگر آپ رضامند ہوں تو کوئی دوست، رشتہ دار یا مشیر آپ کی "
        "مدد کر سکتا ہے۔",
    },
    TIP_LANGUAGES: {
        "ar": "النصائح حول تقديم الشكاوى متاحة بسبع لغات: الإنجليزية والعربية والبنغالية والبولندية والبنجابية "
        "والرومانية والأردية.",
        "bn": "অভিযোগ করা নিয়ে পরামর্শ সাতটি ভাষায় পাওয়া যায়: ইংরেজি, আরবি, বাংলা, পোলিশ, পাঞ্জাবি, রোমানিয়ান ও উর্দু।",
        "pa": "ਸ਼ਿਕਾਇਤ ਕਰਨ ਬਾਰੇ ਸਲਾਹ ਸੱਤ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਉਪਲਬਧ ਹੈ: ਅੰਗਰੇਜ਼ੀ, ਅਰਬੀ, ਬੰਗਾਲੀ, ਪੋਲਿਸ਼, ਪੰਜਾਬੀ, ਰੋਮਾਨੀਅਨ ਅਤੇ ਉਰਦੂ।",
        "pl": "Porady dotyczące składania skarg są dostępne w siedmiu językach: angielskim, arabskim, "
        "bengalskim, polskim, pendżabskim, rumuńskim i urdu.",
        "ro": "Sfaturile despre cum faceți o plângere sunt disponibile în șapte limbi: engleză, arabă, "
        "bengaleză, poloneză, punjabi, română și urdu.",
        "ur": "شکایت کرنے کے بارے میں مشورہ سات زبانوں میں دستیاب ہے: انگریزی، عربی، بنگالی، پولش، پنجابی، "
        "رومانیائی اور اردو۔",
    },
}

# Font files (in build/fonts, copied by bin/build_assets.py) for each script.
LATIN_FONT = ("Noto Sans", "NotoSans")
SCRIPT_FONTS = {
    "ar": ("Noto Naskh Arabic", "NotoNaskhArabic"),
    "ur": ("Noto Naskh Arabic", "NotoNaskhArabic"),
    "bn": ("Noto Sans Bengali", "NotoSansBengali"),
    "pa": ("Noto Sans Gurmukhi", "NotoSansGurmukhi"),
}


@dataclass(frozen=True)
class DocumentKind:
    key: str  # poster, briefing or guide
    title: str  # in English; the document's title in its language comes from text()
    filename: str  # without the language suffix and extension


POSTER = DocumentKind("poster", POSTER_TITLE, "make-things-right-poster")
BRIEFING = DocumentKind("briefing", BRIEFING_TITLE, "make-things-right-landlord-briefing")
GUIDE = DocumentKind("guide", GUIDE_TITLE, "make-things-right-how-to-complain")
KINDS = (POSTER, BRIEFING, GUIDE)


def text(language: str, english: str) -> str:
    """``english`` in ``language``: the toolkit's translation, else this module's, else English."""
    if language == "en":
        return english
    return page_strings(language).get(english) or DOCUMENT_STRINGS.get(english, {}).get(language) or english


def home_steps() -> list[str]:
    """The home page's four complaint steps (rich text with a bold lead), in English."""
    return re.findall(r"<li>(.*?)</li>", HOME_BODY, flags=re.S)


def _rich(value: str) -> str:
    """Escaped text, keeping only the bold lead of a step as <strong>."""
    safe = escape(value, quote=False)
    return safe.replace("&lt;b&gt;", "<strong>").replace("&lt;/b&gt;", "</strong>")


# Debian's fonts-noto-core first (bin/setup and CI install it): its Noto Naskh Arabic draws
# each letter's dots in one glyph with the letter, so text copied or read out from the PDF is
# right; the newer build in build/fonts (bin/build_assets.py) shares dotless glyphs between
# letters, which a PDF's ToUnicode map cannot tell apart (WeasyPrint issue 2841). Noto Nastaliq
# Urdu has the same problem in every build, so Urdu documents are set in Naskh.
FONT_DIRS = (Path("/usr/share/fonts/truetype/noto"),)


def fonts_dirs() -> tuple[Path, ...]:
    return (*FONT_DIRS, Path(settings.BASE_DIR) / "build" / "fonts")


def font_file(stem: str, style: str) -> Path:
    """The first of fonts_dirs() that has ``<stem>-<style>.ttf``."""
    for folder in fonts_dirs():
        if (folder / f"{stem}-{style}.ttf").exists():
            return folder / f"{stem}-{style}.ttf"
    raise FileNotFoundError(
        f"{stem}-{style}.ttf is missing: run bin/setup (it installs fonts-noto-core and copies build/fonts)"
    )


@cache
def _font_faces(language: str) -> str:
    """@font-face rules for Noto Sans and, where the language needs one, its script's font."""
    faces = [LATIN_FONT] + ([SCRIPT_FONTS[language]] if language in SCRIPT_FONTS else [])
    rules = []
    for family, stem in faces:
        for weight, style in ((400, "Regular"), (700, "Bold")):
            path = font_file(stem, style)
            rules.append(
                f'@font-face {{ font-family: "{family}"; font-weight: {weight}; src: url("{path.as_uri()}"); }}'
            )
    return "\n".join(rules)


STYLE = """
@page { size: A4; margin: 16mm 18mm 18mm; }
html { font-family: %(families)s; color: #0b0c0c; font-size: %(body)s; line-height: %(line_height)s; }
body { margin: 0; }
h1, h2 { font-weight: 700; line-height: %(heading_line_height)s; margin: 0 0 6mm; }
h1 { font-size: 24pt; }
h2 { font-size: 15pt; margin-top: 8mm; margin-bottom: 3mm; color: #00703c; }
p, li { margin: 0 0 3mm; }
ul, ol { margin: 0 0 4mm; padding-inline-start: 7mm; }
.bar { border-top: 4mm solid #00703c; margin-bottom: 8mm; }
.campaign { font-weight: 700; color: #00703c; margin-bottom: 2mm; }
.link { font-weight: 700; }
.footer { margin-top: 10mm; padding-top: 3mm; border-top: 1pt solid #b1b4b6; color: #00703c; }
/* The poster */
.poster .band { background: #00703c; color: #fff; padding: 8mm 10mm 10mm; margin: 0 0 6mm; }
.poster .band .campaign { color: #fff; font-size: 16pt; letter-spacing: 0.05em; }
.poster h1 { font-size: %(poster_heading)s; margin: 0; }
.poster .lead { font-size: %(lead)s; margin-bottom: 5mm; }
.poster ol { font-size: %(steps)s; padding-inline-start: 8mm; }
.poster ol li { margin-bottom: 2mm; }
.poster ol li::marker { color: #00703c; font-weight: 700; }
.poster .note { font-size: %(note)s; font-weight: 700; }
.poster .call { background: #0b0c0c; color: #fff; padding: 6mm 10mm; position: absolute; bottom: 0; left: 0; right: 0; }
.poster .call p { margin: 0; font-size: 15pt; }
.poster .call .link { font-size: 22pt; }
"""


def _style(language: str) -> str:
    families = [f'"{SCRIPT_FONTS[language][0]}"'] if language in SCRIPT_FONTS else []
    families.append(f'"{LATIN_FONT[0]}"')
    # Naskh reads small beside Latin at the same size.
    scale = {"ar": 1.2, "bn": 1.05, "pa": 1.1, "ur": 1.2}.get(language, 1.1)
    return STYLE % {
        "body": "13pt" if language in ("ar", "ur") else "12pt",
        "lead": f"{14 * scale:.1f}pt",
        "steps": f"{13 * scale:.1f}pt",
        "note": f"{12 * scale:.1f}pt",
        "families": ", ".join(families),
        "line_height": "1.5" if language in SCRIPT_FONTS else "1.4",
        "heading_line_height": "1.35" if language in SCRIPT_FONTS else "1.2",
        "poster_heading": "34pt",
    }


def _campaign() -> str:
    return f'<p class="campaign" lang="en">{CAMPAIGN}</p>'


def _link() -> str:
    return f'<span class="link" lang="en" dir="ltr">{CALL_TO_ACTION}</span>'


def _poster_body(language: str) -> str:
    steps = "".join(f"<li>{_rich(text(language, step))}</li>" for step in home_steps())
    return (
        '<div class="poster">'
        f'<div class="band">{_campaign()}<h1>{escape(text(language, POSTER_HEADING))}</h1></div>'
        f'<p class="lead">{escape(text(language, HOME_INTRODUCTION))}</p>'
        f"<ol>{steps}</ol>"
        f'<p class="note">{escape(text(language, NO_FILTER))}</p>'
        f'<div class="call"><p>{escape(text(language, FIND_OUT))}</p><p>{_link()}</p></div>'
        "</div>"
    )


def _briefing_body(language: str) -> str:
    points = "".join(f"<li>{escape(text(language, point))}</li>" for point in CODE_POINTS)
    return (
        f'<div class="bar"></div>{_campaign()}'
        f"<h1>{escape(text(language, BRIEFING_HEADING))}</h1>"
        f"<p>{escape(text(language, BRIEFING_INTRODUCTION))}</p>"
        f"<h2>{escape(text(language, WHAT_CHANGED))}</h2>"
        f"<p>{escape(text(language, WHAT_CHANGED_TEXT))}</p>"
        f"<h2>{escape(text(language, CODE))}</h2><ul>{points}</ul>"
        f"<h2>{escape(text(language, SIGNPOST))}</h2>"
        f"<p>{escape(text(language, SIGNPOST_TEXT))}</p>"
        f'<p class="footer">{_link()}</p>'
    )


def _guide_body(language: str) -> str:
    steps = "".join(f"<li>{_rich(text(language, step))}</li>" for step in home_steps())
    tips = "".join(f"<li>{escape(text(language, tip))}</li>" for tip in (TIP_NOTES, TIP_HELP, TIP_LANGUAGES))
    return (
        f'<div class="bar"></div>{_campaign()}'
        f"<h1>{escape(text(language, GUIDE_HEADING))}</h1>"
        f"<p>{escape(text(language, HOME_INTRODUCTION))}</p>"
        f"<h2>{escape(text(language, HOW_TO_COMPLAIN))}</h2><ol>{steps}</ol>"
        f"<p>{escape(text(language, NO_FILTER))}</p>"
        f"<h2>{escape(text(language, TIPS_HEADING))}</h2><ul>{tips}</ul>"
        f'<p class="footer">{escape(text(language, FIND_OUT))}: {_link()}</p>'
    )


BODIES = {"poster": _poster_body, "briefing": _briefing_body, "guide": _guide_body}


def document_title(kind: DocumentKind, language: str) -> str:
    return text(language, kind.title)


def document_html(kind: DocumentKind, language: str) -> str:
    """The document as a standalone HTML page in ``language``."""
    direction = "rtl" if get_language_info(language)["bidi"] else "ltr"
    return (
        f'<!doctype html><html lang="{language}" dir="{direction}"><head><meta charset="utf-8">'
        f"<title>{escape(document_title(kind, language))}</title>"
        f'<meta name="author" content="{CAMPAIGN}">'
        f"<style>{_font_faces(language)}{_style(language)}</style></head>"
        f"<body>{BODIES[kind.key](language)}</body></html>"
    )


def _weasyprint():
    """WeasyPrint, imported on first use (it loads Pango, which only this needs).

    Importing it sets Pillow's ``ImageFile.LOAD_TRUNCATED_IMAGES`` for the whole process,
    which would let a truncated photo through the resident's upload checks and the
    editors' redaction: the setting is put back as it was."""
    from PIL import ImageFile

    before = ImageFile.LOAD_TRUNCATED_IMAGES
    import weasyprint

    ImageFile.LOAD_TRUNCATED_IMAGES = before
    return weasyprint


def document_pdf(kind: DocumentKind, language: str) -> bytes:
    """The document as a tagged PDF/UA-1 file with its fonts embedded, each block's words as
    /ActualText (pdf_text.py says why)."""
    HTML = _weasyprint().HTML

    html = document_html(kind, language)
    pdf = HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf(pdf_variant="pdf/ua-1", pdf_tags=True)
    return actual_text_add(pdf, html)


def _cached_pdf(kind: DocumentKind, language: str) -> bytes:
    """document_pdf(), kept in build/documents by a hash of its HTML and WeasyPrint's version,
    so that loading the demo again (setup, tests) renders only what changed."""
    weasyprint = _weasyprint()

    html = document_html(kind, language)
    digest = hashlib.sha256(f"{weasyprint.__version__}\n{ACTUAL_TEXT}\n{html}".encode()).hexdigest()[:24]
    folder = Path(settings.BASE_DIR) / "build" / "documents"
    path = folder / f"{kind.filename}-{language}-{digest}.pdf"
    if path.exists():
        return path.read_bytes()
    content = document_pdf(kind, language)
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, suffix=".part")
    with os.fdopen(handle, "wb") as file:
        file.write(content)
    os.replace(temporary, path)  # atomic: parallel test workers never read half a file
    for stale in folder.glob(f"{kind.filename}-{language}-*.pdf"):
        if stale != path:
            stale.unlink(missing_ok=True)
    return content


def pdf_document_ensure(kind: DocumentKind, language: str) -> AbstractDocument:
    """The Wagtail document of ``kind`` in ``language``, made once; a legacy English one (an
    image PDF from before, found by title with no language recorded) is remade in place so
    the pages that link to it keep their links."""
    Document = get_document_model()
    stem = f"{kind.filename}-{language}"
    title = document_title(kind, language)
    document = Document.objects.filter(
        language_record__language=language, file__startswith=f"documents/{stem}"
    ).first()
    if document is not None:
        if document.title != title:  # a translation added or changed since
            document.title = title
            document.save(update_fields=["title"])
        return document
    if language == settings.LANGUAGE_CODE:
        document = Document.objects.filter(title=kind.title, language_record__isnull=True).first()
    if document is None:
        document = Document(title=title)
    elif document.file:
        document.file.delete(save=False)
    document.title = title
    document.file.save(f"{stem}.pdf", ContentFile(_cached_pdf(kind, language)), save=False)
    document._set_document_file_metadata()
    document.save()
    document_language_set(document, language)
    return document


def documents_ensure(language: str) -> dict[str, AbstractDocument]:
    """Kind (poster, briefing, guide) -> the document in ``language``."""
    return {kind.key: pdf_document_ensure(kind, language) for kind in KINDS}


def documents_translate(pages: list[Page]) -> int:
    """Point each translation of these English pages at its own language's PDFs."""
    return chooser_overrides_translate(pages, documents_ensure)
