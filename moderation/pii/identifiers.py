"""Other identifiers (OTHER_ID, version 2 of the marking).

NHS numbers, vehicle registrations, social media handles, personal web and
profile addresses, passport / identity card / residence permit numbers, bank
sort codes and account numbers. Each value is its own span; labels ("sort
code", "passport number", "reg") stay outside it, the "@" of a handle inside.

Shapes that are distinctive on their own (an upper-case "AB12 CDE", "@handle",
"instagram.com/...", a 3-3-4 digit group) are marked wherever they occur;
looser shapes (lower-case registrations, bare handles, 2-2-2 sort codes that
could be dates, short account endings) need a label or a context word nearby,
in any of the site's languages. Digits may be written in any script.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from .spans import OTHER_ID, Span


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile ``pattern`` in NFC, the form the texts arrive in."""
    return re.compile(unicodedata.normalize("NFC", pattern), flags)


def _alt(words: str) -> str:
    """Regex alternation of whitespace-separated words (``_`` = any space), NFC, longest first."""
    items = {unicodedata.normalize("NFC", w.replace("_", " ")) for w in words.split()}
    return "|".join(re.escape(w).replace(r"\ ", r"[\s-]*") for w in sorted(items, key=len, reverse=True))


def _window(text: str, pos: int, before: int = 80) -> str:
    """Lower-cased text from ``before`` characters back to ``pos``, cut at the last sentence end."""
    lo = max(0, pos - before)
    chunk = text[lo:pos]
    for stop in (". ", "! ", "? ", "\n", "। ", "۔"):
        i = chunk.rfind(stop)
        if i != -1:
            chunk = chunk[i + len(stop) :]
    return chunk.lower()


# ------------------------------------------------------------------ handles
# "@kev.builds", "@jo_b": the whole handle with its "@"; not the domain of an e-mail.
_AT_HANDLE_RE = _rx(r"@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,38}[A-Za-z0-9_])?)")
_HANDLE_TOKEN = r"[A-Za-z0-9_][A-Za-z0-9_.]{1,38}[A-Za-z0-9_]"
_SOCIAL = _alt(
    """instagram insta ig tiktok tik_tok twitter x snapchat snap facebook fb youtube threads bluesky telegram
    whatsapp linkedin reddit discord twitch pinterest mastodon
    instagramie instagramu tiktoku twitterze facebooku snapchacie fejsie fejsbuku
    انستغرام انستقرام إنستغرام تيك_توك تويتر فيسبوك سناب سناب_شات يوتيوب
    انسٹاگرام ٹک_ٹاک ٹوئٹر فیس_بک اسنیپ_چیٹ یوٹیوب
    ইনস্টাগ্রাম ইন্সটাগ্রাম টিকটক টুইটার ফেসবুক স্ন্যাপচ্যাট ইউটিউব
    ਇੰਸਟਾਗ੍ਰਾਮ ਇੰਸਟਾਗਰਾਮ ਟਿਕਟੌਕ ਟਿੱਕਟੌਕ ਟਵਿੱਟਰ ਫੇਸਬੁੱਕ ਸਨੈਪਚੈਟ ਯੂਟਿਊਬ"""
)
_HANDLE_LABEL = _alt(
    """handle username user_name user_handle screen_name screenname account profile page channel insta_name
    ig_name snap_name tiktok_name
    nick nicku nickiem login konto konta kontem profil profilu
    cont contul contului utilizator numele_de_utilizator
    حساب حسابي حسابه حسابها اسم_المستخدم المعرف معرف
    اکاؤنٹ ہینڈل یوزر_نیم آئی_ڈی
    অ্যাকাউন্ট একাউন্ট হ্যান্ডেল ইউজারনেম আইডি
    ਅਕਾਊਂਟ ਖਾਤਾ ਹੈਂਡਲ ਯੂਜ਼ਰਨੇਮ ਆਈਡੀ"""
)
# "my handle is jo_b", "username: jo_b", "handle jo.b": any handle-shaped token after the label.
_HANDLE_AFTER_LABEL_RE = _rx(
    rf"(?<![\w])(?:{_HANDLE_LABEL})(?:[ \u00a0]+(?:on|na|pe|في|على|on[ \u00a0]+(?:{_SOCIAL})))?"
    rf"(?:[ \u00a0]*(?::|-|is|was|it's|its|to|este|e|هو|ہے|হল|ਹੈ)?[ \u00a0]*)"
    rf"({_HANDLE_TOKEN})(?![\w@])",
    re.IGNORECASE,
)
# "jo_b on insta", "maggie.e9 on tiktok": a token with "_", "." or digits before "on <network>".
_HANDLE_BEFORE_SOCIAL_RE = _rx(
    rf"(?<![\w@.])({_HANDLE_TOKEN})[ \u00a0]+(?:on|na|pe|في|على|from|z|de[ \u00a0]+pe)[ \u00a0]+(?:{_SOCIAL})(?![\w])",
    re.IGNORECASE,
)
_NOT_HANDLES = frozenset(
    """is was the a an my his her their our your on in at to of and or but this that it its it's me him them
    there here also too called named account page profile name handle username which who public private
    este e jest to mój moja mi ale i și pe cu""".split()
)


def _handle_shaped(tok: str, labelled: bool) -> bool:
    low = tok.lower()
    if low in _NOT_HANDLES or tok.isdecimal():
        return False
    if labelled:
        return True
    return any(ch in "_." for ch in tok) or (any(ch.isdigit() for ch in tok) and any(ch.isalpha() for ch in tok))


def _handles(text: str) -> Iterator[Span]:
    at = text.find("@")
    while at != -1:
        before = text[at - 1] if at > 0 else " "
        if not (before.isalnum() or before in "._%+-'/"):
            m = _AT_HANDLE_RE.match(text, at)
            if m and not (m.end() < len(text) and text[m.end()] == "@"):
                yield Span(at, m.end(), OTHER_ID, 0.9, "social media handle")
        at = text.find("@", at + 1)


def _bare_handles(text: str) -> Iterator[Span]:
    for m in _HANDLE_AFTER_LABEL_RE.finditer(text):
        tok = m.group(1).rstrip(".")
        if _handle_shaped(tok, labelled=_strong_label(m.group(0))):
            yield Span(m.start(1), m.start(1) + len(tok), OTHER_ID, 0.7, "handle after a label")
    for m in _HANDLE_BEFORE_SOCIAL_RE.finditer(text):
        tok = m.group(1).rstrip(".")
        if _handle_shaped(tok, labelled=False):
            yield Span(m.start(1), m.start(1) + len(tok), OTHER_ID, 0.7, "handle before a network")


_STRONG_LABELS = tuple(
    unicodedata.normalize("NFC", w)
    for w in "handle username user name screen nick login utilizator المستخدم ہینڈل یوزر হ্যান্ডেল ইউজারনেম ਹੈਂਡਲ ਯੂਜ਼ਰਨੇਮ".split()
)


def _strong_label(label: str) -> bool:
    low = label.lower()
    return any(w in low for w in _STRONG_LABELS)


# ------------------------------------------------------------- web addresses
# Personal sites and profile links: "instagram.com/jo.b", "https://www.jo-bakes.co.uk",
# "linktr.ee/jo", "x.com/jo_b". Public bodies' sites (.gov.uk, .nhs.uk...) are left alone.
_TLDS = """com org net info biz app dev page site online blog xyz shop store art design studio club live social
    link me tv io co uk ee ly ie eu pl ro de fr es it nl pk bd in ae sa eg jo ma tn dz qa kw om lb iq sy ye
    us ca au nz za ng gh ke be at ch se no dk fi pt gr tr ru ua cz sk hu bg md rs hr si lt lv
    website space today world family me life name pro mobi wales cymru scot london"""
_TLD_SET = frozenset(_TLDS.split())
_URL_RE = _rx(
    r"(?:https?://|www\.)[^\s<>\"'()\[\]{}]+"
    r"|(?<![\w@.\-/])[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63})*\.([a-z]{2,12})"
    r"(?![\w@-])(?:/[^\s<>\"'()\[\]{}]*)?",
)
_PUBLIC_SUFFIXES = (".gov.uk", ".nhs.uk", ".police.uk", ".gov", ".ac.uk", ".parliament.uk", ".gov.wales")
_PUBLIC_SITES = frozenset(
    """gov.uk nhs.uk www.gov.uk www.nhs.uk housing-ombudsman.org.uk www.housing-ombudsman.org.uk
    citizensadvice.org.uk www.citizensadvice.org.uk shelter.org.uk england.shelter.org.uk www.shelter.org.uk
    google.com www.google.com""".split()
)
_SOCIAL_HOSTS = tuple(
    """instagram. facebook. fb. tiktok. x.com twitter. linktr.ee youtube. youtu.be snapchat. threads. bsky.
    linkedin. t.me wa.me m.facebook. reddit. pinterest. twitch. github. medium. substack. wordpress. blogspot.
    wixsite. etsy. ebay. onlyfans. patreon. ko-fi. gofundme. justgiving.""".split()
)
_ORG_HOST_RE = _rx(
    r"housing|homes|council|association|ombudsman|gov|nhs|police|trust|lettings|estates|property|properties"
    r"|repairs|group|services|ltd|plc|charity|shelter|citizensadvice|school|academy|college|university"
)
_FILE_EXTS = frozenset(
    "jpg jpeg png gif pdf doc docx xls xlsx txt mp3 mp4 mov heic zip csv ppt pptx webp wav avi".split()
)


def _urls(text: str) -> Iterator[Span]:
    for m in _URL_RE.finditer(text):
        s, e = m.start(), m.end()
        while e > s and text[e - 1] in ".,;:!?)]}'\"":
            e -= 1
        url = text[s:e]
        low = url.lower()
        host = low.split("://", 1)[-1].split("/", 1)[0]
        if not m.group(0).startswith(("http", "www")):
            tld = m.group(1)
            if tld not in _TLD_SET or tld in _FILE_EXTS:
                continue
            labels = host.split(".")
            if len(labels[0]) < 2 and "/" not in url and host not in ("x.com",):
                continue
            if not any(ch.isalpha() for ch in labels[0]):
                continue  # "3.5", "10.30.am"
        if host in _PUBLIC_SITES or host.endswith(_PUBLIC_SUFFIXES):
            continue
        if not host.removeprefix("www.").startswith(_SOCIAL_HOSTS) and _ORG_HOST_RE.search(host):
            continue  # a landlord's or council's own site: not personal
        yield Span(s, e, OTHER_ID, 0.8, "web or profile address")


# --------------------------------------------------------- vehicle registrations
# Current UK style "AB12 CDE", prefix style "P123 ABC", suffix style "ABC 123D".
_REG_CURRENT_RE = _rx(r"(?<![\w])([A-Za-z]{2}[0-9]{2})[ \u00a0]?([A-Za-z]{3})(?![\w])")
_REG_PREFIX_RE = _rx(r"(?<![\w])([A-Za-z][0-9]{1,3})[ \u00a0]?([A-Za-z]{3})(?![\w])")
_REG_SUFFIX_RE = _rx(r"(?<![\w])([A-Za-z]{3})[ \u00a0]?([0-9]{1,3}[A-Za-z])(?![\w])")
_VEHICLE = _alt(
    """reg registration numberplate number_plate plate plates car cars van vans lorry lorries truck vehicle motor
    motorbike motorcycle moped scooter taxi minicab cab jeep pickup pick-up tipper transit 4x4 suv hatchback
    caravan campervan motorhome trailer bus minibus parked parks parking drives drove driving
    samochód samochodu samochodem auto auta autem furgonetka furgonetki bus busa busem rejestracja rejestracyjny
    rejestracyjnej rejestracyjne tablica tablice tablicy ciężarówka ciężarówki
    mașina mașinii masina masinii mașină masina duba dubei camion camionul înmatriculare inmatriculare număr_de_înmatriculare
    sيارة سيارة سيارته سيارتها السيارة شاحنة الشاحنة لوحة اللوحة فان
    گاڑی گاڑیاں کار وین ٹرک نمبر_پلیٹ رجسٹریشن
    গাড়ি গাড়ির গাড়িটা কার ভ্যান ট্রাক নম্বর_প্লেট রেজিস্ট্রেশন
    ਗੱਡੀ ਗੱਡੀਆਂ ਕਾਰ ਵੈਨ ਟਰੱਕ ਨੰਬਰ_ਪਲੇਟ ਰਜਿਸਟ੍ਰੇਸ਼ਨ"""
)
_VEHICLE_RE = _rx(rf"(?<![\w])(?:{_VEHICLE})", re.IGNORECASE)
_COMMON_3 = frozenset(
    """the and was for are but not you all any can had her his one our out day get has him how man new now old
    see two way who its let put say she too use yes min mins hrs pcm kgs lbs ago and per via etc off""".split()
)
# Any letters-and-digits token after a vehicle word: "reg is ab12cde", "plate ABC 12".
_REG_AFTER_WORD_RE = _rx(
    r"(?<![\w])(?:reg|registration|numberplate|number[ \u00a0-]plate|plate|rejestracyjn\w*|înmatriculare|inmatriculare"
    r"|لوحة|اللوحة|نمبر[ \u00a0]پلیٹ|নম্বর[ \u00a0]প্লেট|ਨੰਬਰ[ \u00a0]ਪਲੇਟ)"
    r"(?:[ \u00a0]+(?:no\.?|number|nr|numer|număr|is|was|:|to|este|e|هي|هو|ہے|হল|ਹੈ))*[ \u00a0:]*"
    r"([A-Za-z0-9]{1,4}[ \u00a0]?[A-Za-z0-9]{1,4})(?![\w])",
    re.IGNORECASE,
)


def _vehicle_near(text: str, s: int, e: int) -> bool:
    lo, hi = max(0, s - 70), min(len(text), e + 50)
    return _VEHICLE_RE.search(text, lo, hi) is not None


def _registrations(text: str) -> Iterator[Span]:
    for rx, kind in ((_REG_CURRENT_RE, "current"), (_REG_PREFIX_RE, "prefix"), (_REG_SUFFIX_RE, "suffix")):
        for m in rx.finditer(text):
            a, b = m.group(1), m.group(2)
            whole = m.group(0)
            upper = whole.isupper()
            spaced = len(whole) > len(a) + len(b)
            letters = b if kind != "suffix" else a
            if kind == "current":
                if upper:
                    ok = True
                elif not spaced:
                    ok = letters.lower() not in _COMMON_3 or _vehicle_near(text, m.start(), m.end())
                else:
                    ok = _vehicle_near(text, m.start(), m.end()) and letters.lower() not in _COMMON_3
            else:
                # older styles are looser shapes: upper case and a vehicle word, or lower case near one
                near = _vehicle_near(text, m.start(), m.end())
                ok = upper or near and letters.lower() not in _COMMON_3
            if ok:
                yield Span(m.start(), m.end(), OTHER_ID, 0.85 if upper else 0.6, f"vehicle registration ({kind})")
    for m in _REG_AFTER_WORD_RE.finditer(text):
        tok = m.group(1)
        if any(ch.isdigit() for ch in tok) and any(ch.isalpha() for ch in tok) and len(tok.replace(" ", "")) >= 4:
            yield Span(m.start(1), m.end(1), OTHER_ID, 0.7, "value after a registration word")


# ------------------------------------------------------------------ NHS numbers
# Ten digits written 3-3-4 (spaces or dashes), in any script; or ten digits after an NHS label.
_NHS_SPACED_RE = _rx(r"(?<![\d])\d{3}([ \u00a0-])\d{3}\1\d{4}(?![\d])")
_NHS_LABEL_RE = _rx(
    r"(?:nhs|national[ \u00a0]health|chi[ \u00a0]number|ان[ \u00a0]?ایچ[ \u00a0]?ایس|এনএইচএস|ਐਨਐਚਐਸ|ਐੱਨਐੱਚਐੱਸ)",
    re.IGNORECASE,
)
_TEN_DIGITS_RE = _rx(r"(?<![\d])\d{10}(?![\d])")


def _nhs_numbers(text: str) -> Iterator[Span]:
    for m in _NHS_SPACED_RE.finditer(text):
        if m.start() > 0 and text[m.start() - 1] in "+£$€":
            continue
        yield Span(m.start(), m.end(), OTHER_ID, 0.8, "NHS number shape")
    for m in _TEN_DIGITS_RE.finditer(text):
        if _NHS_LABEL_RE.search(_window(text, m.start(), 60)):
            yield Span(m.start(), m.end(), OTHER_ID, 0.85, "ten digits after an NHS label")


# -------------------------------------------------------------- bank details
_SORT_CODE_RE = _rx(r"(?<![\d\w/.:-])(\d{2})([ \u00a0]?[-–.][ \u00a0]?|[ \u00a0])(\d{2})\2(\d{2})(?![\d/.:]?\d|[\w-])")
_SORT_LABEL_RE = _rx(
    r"sort[ \u00a0-]?code|s/c|\bbank|\bacc(?:oun)?t|kod[ \u00a0]+(?:sortuj|banku)|cod(?:ul)?[ \u00a0]+(?:de[ \u00a0]+)?sortare"
    r"|bancar|banc|konto|rachun|رمز[ \u00a0]+الفرز|البنك|بنك|حساب|سورٹ[ \u00a0]?کوڈ|بینک|سর্ট|সর্ট[ \u00a0]?কোড|ব্যাংক|ব্যাঙ্ক"
    r"|ਸੌਰਟ|ਸੋਰਟ|ਬੈਂਕ",
    re.IGNORECASE,
)
_ACCOUNT_LABEL = _alt(
    """account_number account_no account_no. account_num acct_no acc_no a/c a/c_no account acct acc
    account_ending account_ending_in card_ending card_ending_in ending_in ending last_four_digits
    last_4_digits last_four last_4 iban bank_account bank_details
    numer_konta numeru_konta konto konta konta_bankowego rachunek rachunku numer_rachunku kończące_się_na
    końcówka końcówką cont contul contului numărul_contului numarul_contului cont_bancar contul_bancar
    care_se_termină_în terminat_în
    رقم_الحساب الحساب حسابي الحساب_البنكي ينتهي_بـ ينتهي_ب المنتهي_بـ آخر_أربعة_أرقام
    اکاؤنٹ_نمبر اکاؤنٹ کھاتہ بینک_اکاؤنٹ آخری_چار_ہندسے
    অ্যাকাউন্ট_নম্বর অ্যাকাউন্ট একাউন্ট হিসাব_নম্বর ব্যাংক_অ্যাকাউন্ট শেষ_চারটি_সংখ্যা
    ਖਾਤਾ_ਨੰਬਰ ਖਾਤੇ ਖਾਤਾ ਅਕਾਊਂਟ_ਨੰਬਰ ਅਕਾਊਂਟ ਬੈਂਕ_ਖਾਤਾ"""
)
_ACCOUNT_RE = _rx(
    rf"(?<![\w])(?:{_ACCOUNT_LABEL})"
    r"(?:[ \u00a0]*(?:number|no\.?|nr\.?|numer|numărul|is|was|are|:|-|=|ending|ending[ \u00a0]+in|in|with|to|este|e|my|mine|"
    r"meu|mea|mój|moje|mojego|moim|mojej|her|his|their|our|"
    r"se[ \u00a0]+termină[ \u00a0]+în|kończy[ \u00a0]+się[ \u00a0]+na|na|هو|رقم|نمبر|ہے|নম্বর|হল|ਨੰਬਰ|ਹੈ)(?![\w]))*"
    r"[ \u00a0:#-]*(\d[\d \u00a0]{2,22}\d|\d{4})(?![\w])",
    re.IGNORECASE,
)
_IBAN_RE = _rx(r"(?<![\w])[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){3,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?(?![\w])")


def _digit_count(s: str) -> int:
    return sum(1 for ch in s if ch.isdecimal())


def _bank(text: str) -> Iterator[Span]:
    for m in _SORT_CODE_RE.finditer(text):
        window = _window(text, m.start(), 80) + text[m.end() : m.end() + 40].lower()
        labelled = _SORT_LABEL_RE.search(window) is not None
        if not labelled:
            if m.group(2).strip() == "":
                continue  # "12 34 56" unlabelled: too loose
            try:
                a, b = int(m.group(1)), int(m.group(3))
            except ValueError:
                continue
            if 1 <= a <= 31 and 1 <= b <= 12 or 1 <= b <= 31 and 1 <= a <= 12:
                continue  # could be a date; sort codes are marked with a label or bank word
        yield Span(m.start(), m.end(), OTHER_ID, 0.85 if labelled else 0.6, "sort code")
    for m in _ACCOUNT_RE.finditer(text):
        value = m.group(1).rstrip()
        n = _digit_count(value)
        if n < 4 or n > 20:
            continue
        if n == 4 and value.isdecimal():
            label = m.group(0)[: m.start(1) - m.start()].lower()
            if not any(k in label for k in ("end", "last", "kończ", "końc", "termin", "ينتهي", "آخر", "آخری", "শেষ")):
                # "account 2019" is a year; a four-digit value needs "ending"
                v = int("".join(str(unicodedata.decimal(c)) for c in value))
                if 1900 <= v <= 2099:
                    continue
        yield Span(m.start(1), m.start(1) + len(value), OTHER_ID, 0.8, "account number after a label")
    for m in _IBAN_RE.finditer(text):
        if _digit_count(m.group()) >= 10:
            yield Span(m.start(), m.end(), OTHER_ID, 0.85, "IBAN")


# ------------------------------------------- passport, identity card, residence permit
_DOC_LABEL = _alt(
    """passport passport_number passport_no passports brp biometric_residence_permit residence_permit residence_card
    permit_number permit id_card identity_card id_number identity_number national_id driving_licence driver's_licence
    drivers_licence driving_license licence_number license_number visa visa_number share_code
    paszport paszportu paszportem dowód dowodu dowód_osobisty dowodu_osobistego karta_pobytu karty_pobytu
    prawo_jazdy prawa_jazdy
    pașaport pasaport pașaportul pașaportului pasaportul buletin buletinul buletinului carte_de_identitate
    cartea_de_identitate permis_de_ședere permisul_de_ședere permis_de_sedere permisul_de_sedere permis_de_conducere
    جواز جواز_السفر جوازي جواز_سفري رقم_الجواز بطاقة_الهوية الهوية هويتي الإقامة الاقامة تصريح_الإقامة بطاقة_الإقامة
    رخصة_القيادة
    پاسپورٹ شناختی_کارڈ شناختی آئی_ڈی_کارڈ رہائشی_اجازت_نامہ ریزیڈنس_پرمٹ بی_آر_پی ڈرائیونگ_لائسنس ویزا
    পাসপোর্ট পরিচয়পত্র পরিচয়_পত্র আইডি_কার্ড রেসিডেন্স_পারমিট বিআরপি বি_আর_পি ড্রাইভিং_লাইসেন্স ভিসা
    ਪਾਸਪੋਰਟ ਸ਼ਨਾਖਤੀ_ਕਾਰਡ ਸ਼ਨਾਖ਼ਤੀ_ਕਾਰਡ ਆਈਡੀ_ਕਾਰਡ ਪਛਾਣ_ਪੱਤਰ ਰੈਜ਼ੀਡੈਂਸ_ਪਰਮਿਟ ਰੈਜੀਡੈਂਸ_ਪਰਮਿਟ ਬੀਆਰਪੀ ਡਰਾਈਵਿੰਗ_ਲਾਇਸੈਂਸ ਵੀਜ਼ਾ"""
)
_DOC_LABEL_RE = _rx(rf"(?<![\w])(?:{_DOC_LABEL})", re.IGNORECASE)
_DOC_VALUE_RE = _rx(r"(?<![\w])([A-Za-z]{0,3}[ \u00a0]?\d[\d \u00a0]{3,14}\d[A-Za-z]{0,2}|[A-Za-z0-9]*\d[A-Za-z0-9]*)(?![\w])")


_NOT_PREFIX = frozenset("is was no nr to a e i my me it its of on at in are este era jest był ma".split())


def _documents(text: str) -> Iterator[Span]:
    for lab in _DOC_LABEL_RE.finditer(text):
        hi = min(len(text), lab.end() + 90)
        for stop in (". ", "\n", "। ", "۔"):
            i = text.find(stop, lab.end(), hi)
            if i != -1:
                hi = i
        for v in _DOC_VALUE_RE.finditer(text, lab.end(), hi):
            value = v.group(1).strip()
            head = value.split(None, 1)
            if len(head) == 2 and head[0].lower() in _NOT_PREFIX:
                value = head[1]  # "is 123456789": the word is not part of the number
            if _digit_count(value) < 5 or not value:
                continue
            compact = value.replace(" ", "").replace("\u00a0", "")
            if compact.isdecimal() and len(compact) == 4:
                continue
            s = v.start(1) + v.group(1).index(value)
            yield Span(s, s + len(value), OTHER_ID, 0.8, "document number after a label")
            break


def find(text: str, language: str) -> Iterator[Span]:
    """Other identifiers in ``text`` (any language)."""
    if not text:
        return
    if "@" in text:
        yield from _handles(text)
    yield from _bare_handles(text)
    if "." in text:
        yield from _urls(text)
    yield from _registrations(text)
    yield from _nhs_numbers(text)
    yield from _bank(text)
    yield from _documents(text)
