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

from .scripts import script_of
from .spans import OTHER_ID, LazyPattern, Span


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile ``pattern`` in NFC, the form the texts arrive in."""
    return re.compile(unicodedata.normalize("NFC", pattern), flags)


def _lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """``_rx`` compiled on first use: most stories never reach the label patterns."""
    return LazyPattern(unicodedata.normalize("NFC", pattern), flags)


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


# --------------------------------------------------------------- finding labels
# Each rule runs only where one of its label words occurs. The Latin-script label words
# are looked up in the set of the story's words (one tokenisation shared by every rule);
# label words in other scripts are searched for only when the story has that script.
_WORD_RE = _rx(r"[a-z0-9ąćęłńóśźżăâîșşțţ'/]+")
_SCRIPT_RES = {
    "arab": _rx(r"[\u0600-\u06ff]"),
    "beng": _rx(r"[\u0980-\u09ff]"),
    "guru": _rx(r"[\u0a00-\u0a7f]"),
}


class _Keys:
    """Label words: Latin ones as whole words, other scripts as substrings, by script."""

    def __init__(self, words: str) -> None:
        firsts = {unicodedata.normalize("NFC", w.split("_")[0].lower()) for w in words.split()}
        self.latin = frozenset(w for w in firsts if script_of(w) is None)
        self.other: dict[str, tuple[str, ...]] = {}
        for w in sorted(firsts):
            script = script_of(w)
            if script:
                self.other[script] = (*self.other.get(script, ()), w)


class _Story:
    """What every rule needs to know about a story, computed once."""

    def __init__(self, text: str, low: str) -> None:
        self.text = text
        self.low = low
        self.words = frozenset(_WORD_RE.findall(low))
        self.scripts = frozenset(
            name for name, rx in _SCRIPT_RES.items() if not low.isascii() and rx.search(low)
        )

    def positions(self, keys: _Keys) -> list[int]:
        """Where a label word of ``keys`` starts."""
        low = self.low
        found = []
        for word in keys.latin & self.words:
            i = low.find(word)
            while i != -1:
                end = i + len(word)
                if (i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_")) and not low[
                    end : end + 1
                ].isalnum():
                    found.append(i)
                i = low.find(word, i + 1)
        for script in self.scripts:
            for word in keys.other.get(script, ()):
                i = low.find(word)
                while i != -1:
                    found.append(i)
                    i = low.find(word, i + 1)
        found.sort()
        return found

    def windows(self, keys: _Keys, before: int, after: int) -> list[tuple[int, int]]:
        """Merged stretches around each label word of ``keys``."""
        n = len(self.low)
        merged: list[tuple[int, int]] = []
        for i in self.positions(keys):
            a, b = max(0, i - before), min(n, i + after)
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
            else:
                merged.append((a, b))
        return merged


# ------------------------------------------------------------------ handles
# "@kev.builds", "@jo_b": the whole handle with its "@"; not the domain of an e-mail.
_AT_HANDLE_RE = _rx(r"@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,38}[A-Za-z0-9_])?)")
_HANDLE_SHAPE = r"[A-Za-z0-9_][A-Za-z0-9_.]{1,38}[A-Za-z0-9_]"
_SOCIAL = _alt(
    """instagram insta ig tiktok tik_tok twitter x snapchat snap facebook fb youtube threads bluesky telegram
    whatsapp linkedin reddit discord twitch pinterest mastodon
    instagramie instagramu tiktoku twitterze facebooku snapchacie fejsie fejsbuku
    انستغرام انستقرام إنستغرام تيك_توك تويتر فيسبوك سناب سناب_شات يوتيوب
    انسٹاگرام ٹک_ٹاک ٹوئٹر فیس_بک اسنیپ_چیٹ یوٹیوب
    ইনস্টাগ্রাম ইন্সটাগ্রাম টিকটক টুইটার ফেসবুক স্ন্যাপচ্যাট ইউটিউব
    ਇੰਸਟਾਗ੍ਰਾਮ ਇੰਸਟਾਗਰਾਮ ਟਿਕਟੌਕ ਟਿੱਕਟੌਕ ਟਵਿੱਟਰ ਫੇਸਬੁੱਕ ਸਨੈਪਚੈਟ ਯੂਟਿਊਬ"""
)
_HANDLE_LABEL_WORDS = """handle username user_name user_handle screen_name screenname account profile page channel insta_name
    ig_name snap_name tiktok_name
    user gamertag gamer_tag nick nicku nickiem login log_in konto konta kontem profil profilu
    cont contul contului utilizator numele_de_utilizator
    حساب حسابي حسابه حسابها اسم_المستخدم المعرف معرف
    اکاؤنٹ ہینڈل یوزر_نیم آئی_ڈی
    অ্যাকাউন্ট একাউন্ট হ্যান্ডেল ইউজারনেম আইডি
    ਅਕਾਊਂਟ ਖਾਤਾ ਹੈਂਡਲ ਯੂਜ਼ਰਨੇਮ ਆਈਡੀ ਲੌਗਇਨ ਲਾਗਇਨ
    لاگ_ان لاگان লগইন লগ_ইন"""
_HANDLE_LABEL = _alt(_HANDLE_LABEL_WORDS)
# "my handle is jo_b", "username: jo_b", "handle jo.b": any handle-shaped token after the label.
_HANDLE_AFTER_LABEL_RE = _lazy(
    rf"(?<![\w])(?:{_HANDLE_LABEL})(?:[ \u00a0]+(?:on|na|pe|في|على|ਤੇ|পে|میں|پر))?(?:[ \u00a0]+(?:{_SOCIAL}))?"
    rf"(?:[ \u00a0]*(?::|-|(?:is|was|it's|its|to|este|e|هو|ہے|হল|ਹੈ)(?![\w]))?[ \u00a0]*\(?)"
    rf"({_HANDLE_SHAPE})(?![\w@])",
)
# "jo_b on insta", "maggie.e9 on tiktok": a token with "_", "." or digits before "on <network>".
_HANDLE_BEFORE_SOCIAL_RE = _lazy(
    rf"(?<![\w@.])({_HANDLE_SHAPE})[ \u00a0]+(?:on|na|pe|في|على|from|z|de[ \u00a0]+pe)[ \u00a0]+(?:{_SOCIAL})(?![\w])",
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
    return any(ch in "_." for ch in tok) or (
        any(ch.isdigit() for ch in tok) and any(ch.isalpha() for ch in tok)
    )


# "KingKai_x12", "imz_gamer13", "Jassi_Singh_2012": letters and digits joined by underscores are a
# username or gamer tag wherever they stand (prose has no such words); not inside an e-mail or link.
_UNDERSCORED_RE = _rx(r"(?<![\w@./-])([A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+)(?![\w@]|\.[A-Za-z0-9])")


# A clinician's or social worker's registration: "NMC PIN 09I2345E", "GMC 7012345", "HCPC OT66104",
# "SWE SW112233", "GPhC 2071234": it names one person on a public register.
_REGISTRATION_RE = _rx(
    r"(?<![\w])(?:NMC(?:[ \u00a0]+PIN)?|GMC(?:[ \u00a0]+(?:No\.?|no\.?|number))?|HCPC(?:[ \u00a0]+(?:No\.?|no\.?|number|reg\.?))?"
    r"|GPhC|SWE(?:[ \u00a0]+(?:No\.?|no\.?|reg\.?))?)[ \u00a0]*[:#]?[ \u00a0]*"
    r"([A-Z]{0,3}[0-9]{2}[A-Z]?[0-9]{3,6}[A-Z]?)(?![\w])"
)
_REGISTRATION_KEYS = ("NMC", "GMC", "HCPC", "GPhC", "SWE")


def _professional_registrations(text: str) -> Iterator[Span]:
    for m in _REGISTRATION_RE.finditer(text):
        yield Span(m.start(1), m.end(1), OTHER_ID, 0.8, "a professional registration number")


def _underscored(text: str) -> Iterator[Span]:
    for m in _UNDERSCORED_RE.finditer(text):
        if len(m.group(1)) >= 4:
            yield Span(m.start(1), m.end(1), OTHER_ID, 0.65, "a username joined by underscores")


def _handles(text: str) -> Iterator[Span]:
    at = text.find("@")
    while at != -1:
        before = text[at - 1] if at > 0 else " "
        if not (before.isalnum() or before in "._%+-'/"):
            m = _AT_HANDLE_RE.match(text, at)
            if m and not (m.end() < len(text) and text[m.end()] == "@"):
                yield Span(at, m.end(), OTHER_ID, 0.9, "social media handle")
        at = text.find("@", at + 1)


# Cheap substrings of the labels and network names: the regexes run only near them.
_HANDLE_KEYS = _Keys(_HANDLE_LABEL_WORDS)
_SOCIAL_KEYS = _Keys(
    """instagram insta ig tiktok tik twitter x snapchat snap facebook fb youtube threads bluesky telegram whatsapp
    linkedin reddit discord twitch pinterest mastodon instagramie instagramu tiktoku twitterze facebooku snapchacie
    fejsie fejsbuku
    انستغرام انستقرام إنستغرام تيك تويتر فيسبوك سناب يوتيوب انسٹاگرام ٹک ٹوئٹر فیس اسنیپ یوٹیوب ইনস্টাগ্রাম
    ইন্সটাগ্রাম টিকটক টুইটার ফেসবুক স্ন্যাপচ্যাট ইউটিউব ਇੰਸਟਾਗ੍ਰਾਮ ਇੰਸਟਾਗਰਾਮ ਟਿਕਟੌਕ ਟਿੱਕਟੌਕ ਟਵਿੱਟਰ ਫੇਸਬੁੱਕ ਸਨੈਪਚੈਟ
    ਯੂਟਿਊਬ"""
)


_POSSESSIVE_BEFORE_RE = _rx(
    r"(?:my|his|her|their|your|our|its|the|insta|ig|tiktok|twitter|snap|x|new|old|mój|moj|jego|jej|meu|mea|lui)[ \u00a0]+$"
)


def _bare_handles(story: _Story) -> Iterator[Span]:
    low = story.low
    for pos in story.positions(_HANDLE_KEYS):
        m = _HANDLE_AFTER_LABEL_RE.match(low, pos)
        if m:
            tok = m.group(1).rstrip(".")
            labelled = _strong_label(m.group(0))
            between = low[m.start() : m.start(1)].split()
            if (
                labelled
                and len(between) == 1
                and tok.isalpha()
                and tok.islower()
                and not _POSSESSIVE_BEFORE_RE.search(low, max(0, pos - 14), pos)
            ):
                labelled = False  # "how we handle every report": the verb, not a label
            if _handle_shaped(tok, labelled=labelled):
                yield Span(m.start(1), m.start(1) + len(tok), OTHER_ID, 0.7, "handle after a label")
    for lo, hi in story.windows(_SOCIAL_KEYS, 50, 20):
        for m in _HANDLE_BEFORE_SOCIAL_RE.finditer(low, lo, hi):
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
# Found from each ".tld" (a literal "." scans fast), the host walked back and the path forwards.
_DOT_TLD_RE = _rx(r"\.([a-z]{2,12})(?![A-Za-z0-9@-])")
_PATH_RE = _rx(r"/[^\s<>\"'()\[\]{}]*")
_HOST_MORE_RE = _rx(r"(?:\.[A-Za-z0-9-]{1,63})+")
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
_ORG_HOST_RE = _lazy(
    r"housing|homes|council|association|ombudsman|gov|nhs|police|trust|lettings|estates|property|properties"
    r"|repairs|group|services|ltd|plc|charity|shelter|citizensadvice|school|academy|college|university"
)
_FILE_EXTS = frozenset(
    "jpg jpeg png gif pdf doc docx xls xlsx txt mp3 mp4 mov heic zip csv ppt pptx webp wav avi".split()
)


def _urls(text: str) -> Iterator[Span]:
    covered = -1
    for m in _DOT_TLD_RE.finditer(text):
        if m.start() < covered or m.group(1) not in _TLD_SET or m.group(1) in _FILE_EXTS:
            continue
        s = m.start()
        while s > 0 and (text[s - 1].isascii() and (text[s - 1].isalnum() or text[s - 1] in "-.")):
            s -= 1
        while s < m.start() and text[s] in ".-":
            s += 1
        if s == m.start():
            continue
        scheme = False
        if text[max(0, s - 3) : s] == "://":
            p = s - 3
            while p > 0 and text[p - 1].isascii() and text[p - 1].isalpha():
                p -= 1
            s, scheme = p, True
        if s > 0 and (text[s - 1] in "@/\\_" or text[s - 1].isalnum()):
            continue  # an e-mail's domain, a path, or inside a word in another script
        e = m.end()
        more = _HOST_MORE_RE.match(text, e)
        if more:
            e = more.end()
        host = text[s:e].lower().split("://", 1)[-1]
        path = _PATH_RE.match(text, e)
        if path:
            e = path.end()
        while e > s and text[e - 1] in ".,;:!?)]}'\"":
            e -= 1
        covered = e
        labels = host.split(".")
        if not scheme and not host.startswith("www."):
            if len(labels[0]) < 2 and not path and host != "x.com":
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
_REG_TAIL_RE = _rx(r"[ \u00a0]?([A-Za-z]{3})(?![\w])")
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
_VEHICLE_RE = _lazy(rf"(?<![\w])(?:{_VEHICLE})", re.IGNORECASE)
_COMMON_3 = frozenset(
    """the and was for are but not you all any can had her his one our out day get has him how man new now old
    see two way who its let put say she too use yes min mins hrs pcm kgs lbs ago and per via etc off""".split()
)
# Any letters-and-digits token after a vehicle word: "reg is ab12cde", "plate ABC 12".
_REG_AFTER_WORD_RE = _lazy(
    r"(?<![\w])(?:reg|registration|numberplate|number[ \u00a0-]plate|plate|rejestracyjn\w*|înmatriculare|inmatriculare"
    r"|لوحة|اللوحة|نمبر[ \u00a0]پلیٹ|নম্বর[ \u00a0]প্লেট|ਨੰਬਰ[ \u00a0]ਪਲੇਟ)"
    r"(?:[ \u00a0]+(?:no\.?|number|nr|numer|număr|is|was|:|to|este|e|هي|هو|ہے|হল|ਹੈ))*[ \u00a0:]*"
    r"([A-Za-z0-9]{1,4}[ \u00a0]?[A-Za-z0-9]{1,4})(?![\w])",
    re.IGNORECASE,
)


def _vehicle_near(text: str, s: int, e: int) -> bool:
    lo, hi = max(0, s - 70), min(len(text), e + 50)
    return _VEHICLE_RE.search(text, lo, hi) is not None


def _word_edge(text: str, i: int) -> bool:
    """True when no letter, digit or underscore is at ``i`` (either end of a token)."""
    return i < 0 or i >= len(text) or not (text[i].isalnum() or text[i] == "_")


def _letters_before(text: str, s: int, k: int) -> bool:
    """``k`` ASCII letters end at ``s`` and start a token."""
    return s >= k and text[s - k : s].isascii() and text[s - k : s].isalpha() and _word_edge(text, s - k - 1)


_REG_KEYS = _Keys(
    """reg registration numberplate plate plates rejestracyjny rejestracyjnej rejestracyjne rejestracyjnym
    rejestracyjnego rejestracyjną rejestracja rejestracji înmatriculare inmatriculare înmatricularea
    لوحة اللوحة پلیٹ প্লেট ਪਲੇਟ"""
)


# Romanian and Polish plates near a vehicle word: "B 127 LRV", "CJ-08-XYZ", "WA 12345", "KR 4H201".
_FOREIGN_PLATE_RE = _lazy(
    r"(?<![\w])([A-Z]{1,2}[ \u00a0-]\d{2,3}[ \u00a0-][A-Z]{3}|[A-Z]{2,3}[ \u00a0](?=[0-9A-Z]{4,5}(?![\w]))[A-Z]?\d[0-9A-Z]{3,4})(?![\w])"
)


def _registrations(story: _Story, runs: list[tuple[int, int]]) -> Iterator[Span]:
    text = story.text
    n = len(text)
    for m in _FOREIGN_PLATE_RE.finditer(text):
        if _vehicle_near(text, m.start(1), m.end(1)):
            yield Span(m.start(1), m.end(1), OTHER_ID, 0.6, "vehicle registration (Romanian or Polish)")
    for s, e in runs:
        d = e - s
        if d > 3 or not text[s:e].isascii():
            continue
        found = []
        tail = _REG_TAIL_RE.match(text, e)
        if tail:
            if d == 2 and _letters_before(text, s, 2):
                found.append((s - 2, tail.end(), "current", tail.group(1)))
            elif _letters_before(text, s, 1):
                found.append((s - 1, tail.end(), "prefix", tail.group(1)))
        if e < n and text[e].isascii() and text[e].isalpha() and _word_edge(text, e + 1):
            p = s - 1 if s > 0 and text[s - 1] in " \u00a0" else s
            if _letters_before(text, p, 3):
                found.append((p - 3, e + 1, "suffix", text[p - 3 : p]))
        for a, b, kind, letters in found:
            whole = text[a:b]
            upper = whole.isupper()
            spaced = " " in whole or "\u00a0" in whole
            common = letters.lower() in _COMMON_3
            if kind == "current":
                ok = (
                    upper
                    or (not common or _vehicle_near(text, a, b))
                    and (not spaced or _vehicle_near(text, a, b))
                )
            else:
                # older styles are looser shapes: upper case, or lower case near a vehicle word
                ok = upper or not common and _vehicle_near(text, a, b)
            if ok:
                yield Span(a, b, OTHER_ID, 0.85 if upper else 0.6, f"vehicle registration ({kind})")
    for lo, hi in story.windows(_REG_KEYS, 14, 60):
        for m in _REG_AFTER_WORD_RE.finditer(text, lo, hi):
            tok = m.group(1)
            if (
                any(ch.isdigit() for ch in tok)
                and any(ch.isalpha() for ch in tok)
                and len(tok.replace(" ", "")) >= 4
            ):
                yield Span(m.start(1), m.end(1), OTHER_ID, 0.7, "value after a registration word")


# ------------------------------------------------------------------ NHS numbers
# Ten digits written 3-3-4 (spaces or dashes), in any script; or ten digits after an NHS label.
_NHS_LABEL_RE = _lazy(
    r"(?:nhs|national[ \u00a0]health|chi[ \u00a0]number|ان[ \u00a0]?ایچ[ \u00a0]?ایس|এনএইচএস|ਐਨਐਚਐਸ|ਐੱਨਐੱਚਐੱਸ)",
    re.IGNORECASE,
)


def _chains(
    text: str, runs: list[tuple[int, int]], lengths: tuple[int, ...], seps: str
) -> Iterator[tuple[int, int]]:
    """Digit runs of the given lengths joined by one and the same separator: "943 476 5919", "20-45-77"."""
    k = len(lengths)
    for i in range(len(runs) - k + 1):
        if runs[i][1] - runs[i][0] != lengths[0]:
            continue
        sep = None
        ok = True
        for j in range(1, k):
            prev_end, (s, e) = runs[i + j - 1][1], runs[i + j]
            between = text[prev_end:s]
            if (
                e - s != lengths[j]
                or not between
                or len(between) > 3
                or between.strip(seps) != ""
                or (sep is not None and between != sep)
            ):
                ok = False
                break
            sep = between
        if ok and (sep.strip() == "" or len(sep.strip()) == 1):
            yield runs[i][0], runs[i + k - 1][1]


def _nhs_numbers(text: str, low: str, runs: list[tuple[int, int]]) -> Iterator[Span]:
    for s, e in _chains(text, runs, (3, 3, 4), " \u00a0-"):
        if s > 0 and text[s - 1] in "+£$€":
            continue
        yield Span(s, e, OTHER_ID, 0.8, "NHS number shape")
    for s, e in runs:
        if e - s == 10 and _NHS_LABEL_RE.search(_window(low, s, 60)):
            yield Span(s, e, OTHER_ID, 0.85, "ten digits after an NHS label")


# -------------------------------------------------------------- bank details
_SORT_LABEL_RE = _lazy(
    r"sort[ \u00a0-]?code|s/c|\bbank|\bacc(?:oun)?t|kod[ \u00a0]+(?:sortuj|banku)|cod(?:ul)?[ \u00a0]+(?:de[ \u00a0]+)?sortare"
    r"|bancar|banc|konto|rachun|رمز[ \u00a0]+الفرز|البنك|بنك|حساب|سورٹ[ \u00a0]?کوڈ|سارٹ[ \u00a0]?کوڈ|بینک|سর্ট|সর্ট[ \u00a0]?কোড|ব্যাংক|ব্যাঙ্ক"
    r"|ਸੌਰਟ|ਸੋਰਟ|ਬੈਂਕ",
    re.IGNORECASE,
)
_ACCOUNT_LABEL_WORDS = """account_number account_no account_no. account_num acct_no acc_no a/c a/c_no account acct acc
    account_ending account_ending_in card_ending card_ending_in ending_in ending last_four_digits
    last_4_digits last_four last_4 iban bank_account bank_details
    numer_konta numeru_konta konto konta konta_bankowego rachunek rachunku numer_rachunku kończące_się_na
    końcówka końcówką cont contul contului numărul_contului numarul_contului cont_bancar contul_bancar
    care_se_termină_în terminat_în
    رقم_الحساب الحساب حسابي الحساب_البنكي ينتهي_بـ ينتهي_ب المنتهي_بـ آخر_أربعة_أرقام
    اکاؤنٹ_نمبر اکاؤنٹ کھاتہ بینک_اکاؤنٹ آخری_چار_ہندسے
    অ্যাকাউন্ট_নম্বর অ্যাকাউন্ট একাউন্ট হিসাব_নম্বর ব্যাংক_অ্যাকাউন্ট শেষ_চারটি_সংখ্যা শেষ_চারটা_সংখ্যা
    ਖਾਤਾ_ਨੰਬਰ ਖਾਤੇ ਖਾਤਾ ਅਕਾਊਂਟ_ਨੰਬਰ ਅਕਾਊਂਟ ਬੈਂਕ_ਖਾਤਾ"""
_ACCOUNT_LABEL = _alt(_ACCOUNT_LABEL_WORDS)
_ACCOUNT_RE = _lazy(
    rf"(?<![\w])(?:{_ACCOUNT_LABEL})"
    r"(?:[ \u00a0]*(?:number|no\.?|nr\.?|numer|numărul|is|was|are|:|-|=|ending|ending[ \u00a0]+in|in|with|to|este|e|my|mine|"
    r"meu|mea|mój|moje|mojego|moim|mojej|her|his|their|our|"
    r"se[ \u00a0]+termină[ \u00a0]+în|kończy[ \u00a0]+się[ \u00a0]+na|na|هو|رقم|نمبر|ہے|নম্বর|হল|ਨੰਬਰ|ਹੈ)(?![\w]))*"
    r"[ \u00a0:#-]*(\d[\d \u00a0]{2,22}\d|\d{4})(?![\w])",
    re.IGNORECASE,
)
_IBAN_RE = _lazy(r"[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){3,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?(?![\w])")


def _digit_count(s: str) -> int:
    return sum(1 for ch in s if ch.isdecimal())


_ACCOUNT_KEYS = _Keys(_ACCOUNT_LABEL_WORDS)


def _bank(story: _Story, runs: list[tuple[int, int]]) -> Iterator[Span]:
    text, low = story.text, story.low
    n = len(text)
    for s, e in _chains(text, runs, (2, 2, 2), " \u00a0-–."):
        if s > 0 and (text[s - 1] in "/.:-" or not _word_edge(text, s - 1)):
            continue
        if e < n and (
            text[e] in "/-"
            or not _word_edge(text, e)
            or text[e] in ".:"
            and e + 1 < n
            and text[e + 1].isdigit()
        ):
            continue
        window = _window(low, s, 80) + low[e : e + 40]
        labelled = _SORT_LABEL_RE.search(window) is not None
        if not labelled:
            if not text[s + 2 : s + 4].strip():
                continue  # "12 34 56" unlabelled: too loose
            six = _digits(text[s:e])
            a, b = int(six[:2]), int(six[2:4])
            if 1 <= a <= 31 and 1 <= b <= 12 or 1 <= b <= 31 and 1 <= a <= 12:
                continue  # could be a date; sort codes are marked with a label or bank word
        yield Span(s, e, OTHER_ID, 0.85 if labelled else 0.6, "sort code")
    if not any(e - s >= 3 for s, e in runs):
        return
    seen = set()
    for lo, hi in story.windows(_ACCOUNT_KEYS, 2, 70):
        for m in _ACCOUNT_RE.finditer(low, lo, hi):
            value = m.group(1).rstrip()
            if m.start(1) in seen:
                continue
            seen.add(m.start(1))
            count = _digit_count(value)
            if count < 4 or count > 20:
                continue
            if count == 4 and value.isdecimal():
                label = m.group(0)[: m.start(1) - m.start()]
                if not any(
                    k in label
                    for k in ("end", "last", "kończ", "końc", "termin", "ينتهي", "آخر", "آخری", "শেষ")
                ):
                    v = int(_digits(value))
                    if 1900 <= v <= 2099:
                        continue  # "account 2019" is a year; a four-digit value needs "ending"
            yield Span(m.start(1), m.start(1) + len(value), OTHER_ID, 0.8, "account number after a label")
    for s, e in runs:
        if e - s == 2 and s >= 2 and text[s - 2 : s].isupper() and text[s - 2 : s].isalpha():
            m = _IBAN_RE.match(text, s - 2)
            if m and _word_edge(text, s - 3) and _digit_count(m.group()) >= 10:
                yield Span(m.start(), m.end(), OTHER_ID, 0.85, "IBAN")


# "the account ending in 5519", "care se termina în 6150", "المنتهي بالأرقام 6150", "جس کے آخری
# ہندسے 3309 ہیں", "ਜਿਸਦੇ ਆਖ਼ਰੀ ਚਾਰ ਅੰਕ 2086": a word for "ending" or "last digits", then a
# few words at most, then three to six digits: the end of an account or card number.
ENDING_KEYS = tuple(
    unicodedata.normalize("NFC", k)
    for k in """ending ends_in end_in last_four last_4 last_digits last_three termin kończ konczy końców koncow
    ostatnie ultimele ultimile منتهي المنتهي ينتهي تنتهي آخر اخر آخری اخری ہندس ਆਖ਼ਰੀ ਆਖਰੀ ਅੰਕ শেষ koncz ਅਖ਼ੀਰ ਅਖੀਰ""".replace(
        "_", " "
    ).split()
)
_ENDING_RE = _lazy(
    r"(?:ending|ends?[ \u00a0]+in|last[ \u00a0]+(?:four|4|three|3|few)(?:[ \u00a0]+(?:digits|numbers))?|last[ \u00a0]+digits"
    r"|termin[ăa]|terminat|termină|kończ\w*|koncz\w*|końcówk\w*|koncowk\w*|ostatnie[ \u00a0]+(?:cztery|4|trzy)[ \u00a0]+cyfry"
    r"|ultimele[ \u00a0]+(?:patru|4|trei)[ \u00a0]+cifre|\w*منتهي\w*|ينتهي|تنتهي|آخر[ \u00a0]+(?:أربعة|اربعة|٤|4)[ \u00a0]+أرقام"
    r"|آخری[ \u00a0]+(?:چار[ \u00a0]+)?ہندسے|اخری[ \u00a0]+(?:چار[ \u00a0]+)?ہندسے|ਆਖ਼ਰੀ[ \u00a0]+(?:ਚਾਰ[ \u00a0]+)?ਅੰਕ"
    r"|ਆਖਰੀ[ \u00a0]+(?:ਚਾਰ[ \u00a0]+)?ਅੰਕ|ਅਖ਼ੀਰਲੇ[ \u00a0]+(?:ਚਾਰ[ \u00a0]+)?ਅੰਕ|ਅਖੀਰਲੇ[ \u00a0]+(?:ਚਾਰ[ \u00a0]+)?ਅੰਕ|শেষ[ \u00a0]+(?:চারটি[ \u00a0]+|চারটা[ \u00a0]+|চার[ \u00a0]+)?(?:সংখ্যা|অঙ্ক|ডিজিট))"
    r"(?:[ \u00a0]+[^\s\d.,;:!?]{1,12}){0,2}?[ \u00a0:]+(\d{3,6})(?![\w/.,:-]\d|\w)",
    re.IGNORECASE,
)


_UNIT_AFTER_RE = _rx(
    r"[ \u00a0]*(?:m|km|metres?|meters?|yards?|miles?|feet|ft|%|pounds?|£|minutes?|days?|years?)(?![\w])"
)
_YEARISH_RE = _rx(
    r"(?<![\w])(?:year|month|week|season|term|quarter|rok|miesiąc|anul|an|السنة|العام|سال|বছর|ਸਾਲ)(?![\w])"
)


# "اس اکاؤنٹ میں ... جس کے آخر میں 7731 ہے", "অ্যাকাউন্টের শেষে 7731", "ਖਾਤੇ ਦੇ ਅਖੀਰ ਵਿੱਚ 7731":
# "at the end" is also "finally", so an account word must come just before.
_AT_THE_END_RE = _lazy(
    r"(?:اکاؤنٹ|اکائونٹ|کھاتے|کھاتہ|حساب|অ্যাকাউন্ট|একাউন্ট|হিসাব|ਖਾਤ|ਅਕਾਊਂਟ|account)[^\d.۔।!?]{0,40}?"
    r"(?:آخر[ \u00a0]+میں|اخر[ \u00a0]+میں|آخر[ \u00a0]+پر|শেষে|শেষের[ \u00a0]+দিকে|ਅਖੀਰ[ \u00a0]+ਵਿੱਚ|ਅਖ਼ੀਰ[ \u00a0]+ਵਿੱਚ|"
    r"ਅੰਤ[ \u00a0]+ਵਿੱਚ|ਅਖੀਰ[ \u00a0]+ਤੇ|في[ \u00a0]+آخره)[ \u00a0:]+(\d{3,6})(?![\w/.,:-]\d|\w)",
    re.IGNORECASE,
)


_ACCOUNT_BEFORE_RE = _rx(r"(?:account|card|acct\.?|konto|konta|contul|cont|cardul)[ \u00a0]+$")


def _endings(text: str, low: str) -> Iterator[re.Match[str]]:
    """_ENDING_RE tried only at the words that hold one of its keys (the scan of the whole
    text with its long alternation was the slow part)."""
    starts = set()
    for key in ENDING_KEYS:
        i = low.find(key)
        while i != -1:
            j = i
            while j > 0 and (low[j - 1].isalnum() or unicodedata.category(low[j - 1]).startswith("M")):
                j -= 1
            starts.add(j)
            i = low.find(key, i + 1)
    end = -1
    for start in sorted(starts):
        if start < end:
            continue
        m = _ENDING_RE.match(text, start)
        if m:
            end = m.end()
            yield m


def _account_endings(text: str, low: str) -> Iterator[Span]:
    if ("آخر" in low or "শেষ" in low or "ਅਖ" in low or "ਅੰਤ" in low) and any(
        k in low
        for k in ("اکاؤنٹ", "اکائونٹ", "کھات", "حساب", "অ্যাকাউন্ট", "একাউন্ট", "হিসাব", "ਖਾਤ", "ਅਕਾਊਂਟ", "account")
    ):
        for m in _AT_THE_END_RE.finditer(text):
            yield Span(m.start(1), m.end(1), OTHER_ID, 0.7, "end of an account number")
    if not any(k in low for k in ENDING_KEYS):
        return
    for m in _endings(text, low):
        after = low[m.end(1) : m.end(1) + 12]
        if _UNIT_AFTER_RE.match(after):
            continue  # "ends in 200 metres"
        if _YEARISH_RE.search(low, max(0, m.start() - 20), m.start(1)):
            continue  # "the year ending 2024"
        # "the account ending 0412" is one identifier: the words go with the digits, so the
        # replacement does not leave "my account ending [number]"
        start = m.start(1)
        if m.start(1) - m.start() <= 12:
            start = m.start()
            before = _ACCOUNT_BEFORE_RE.search(low, max(0, start - 16), start)
            if before:
                start = before.start()
        yield Span(start, m.end(1), OTHER_ID, 0.7, "end of an account number")


# "****7714", "xxxx-4471", "…5176", "...੫੧੭੬": the visible end of a masked card or account
# number, as statements, apps and remittance lines print it (any script's digits).
_MASKED_RE = _rx(r"(?<![\w*.…•])(\*{2,}|[xX]{3,}|•{2,}|…|\.{3})[ \u00a0-]?(\d{3,6})(?![\w]|[.,:/-]\d)")


def _masked_numbers(text: str) -> Iterator[Span]:
    for m in _MASKED_RE.finditer(text):
        if m.group(1) in ("…", "...") and 1900 <= int(_digits(m.group(2))) <= 2099:
            continue  # "and then... 2019 came": a year after a pause
        yield Span(m.start(2), m.end(2), OTHER_ID, 0.7, "the end of a masked number")


def _digits(s: str) -> str:
    return "".join(str(unicodedata.decimal(c)) for c in s if c.isdecimal())


# ------------------------------------------- passport, identity card, residence permit
_DOC_LABEL_WORDS = """passport passport_number passport_no passports brp biometric_residence_permit residence_permit residence_card
    permit_number permit id_card identity_card id_number identity_number national_id driving_licence driver's_licence
    drivers_licence driving_license licence_number license_number visa visa_number share_code
    paszport paszportu paszportem dowód dowodu dowód_osobisty dowodu_osobistego karta_pobytu karty_pobytu
    prawo_jazdy prawa_jazdy
    pașaport pasaport pașaportul pașaportului pasaportul buletin buletinul buletinului carte_de_identitate
    seria seria_și_numărul seria_si_numarul seria_pașaportului seria_buletinului numer_paszportu numer_dowodu
    cartea_de_identitate cărții_de_identitate cartii_de_identitate cărţii_de_identitate permis_de_ședere permisul_de_ședere permis_de_sedere permisul_de_sedere permis_de_conducere
    جواز جواز_السفر جوازي جواز_سفري رقم_الجواز بطاقة_الهوية الهوية هويتي الإقامة الاقامة تصريح_الإقامة بطاقة_الإقامة
    رخصة_القيادة
    پاسپورٹ شناختی_کارڈ شناختی آئی_ڈی_کارڈ رہائشی_اجازت_نامہ ریزیڈنس_پرمٹ بی_آر_پی ڈرائیونگ_لائسنس ویزا
    পাসপোর্ট পরিচয়পত্র পরিচয়_পত্র আইডি_কার্ড রেসিডেন্স_পারমিট বিআরপি বি_আর_পি ড্রাইভিং_লাইসেন্স ভিসা
    ਪਾਸਪੋਰਟ ਸ਼ਨਾਖਤੀ_ਕਾਰਡ ਸ਼ਨਾਖ਼ਤੀ_ਕਾਰਡ ਆਈਡੀ_ਕਾਰਡ ਪਛਾਣ_ਪੱਤਰ ਰੈਜ਼ੀਡੈਂਸ_ਪਰਮਿਟ ਰੈਜੀਡੈਂਸ_ਪਰਮਿਟ ਬੀਆਰਪੀ ਡਰਾਈਵਿੰਗ_ਲਾਇਸੈਂਸ ਵੀਜ਼ਾ"""
_DOC_LABEL = _alt(_DOC_LABEL_WORDS)
_DOC_LABEL_RE = _lazy(rf"(?<![\w])(?:{_DOC_LABEL})", re.IGNORECASE)
_DOC_VALUE_RE = _lazy(
    r"(?<![\w])([A-Za-z]{0,3}[ \u00a0]?\d[\d \u00a0]{3,14}\d[A-Za-z]{0,2}|[A-Za-z0-9]*\d[A-Za-z0-9]*)(?![\w])"
)


_NOT_PREFIX = frozenset("is was no nr to a e i my me it its of on at in are este era jest był ma".split())


_DOC_KEYS = _Keys(_DOC_LABEL_WORDS)


def _documents(story: _Story) -> Iterator[Span]:
    text, low = story.text, story.low
    for lo, hi in story.windows(_DOC_KEYS, 2, 40):
        for lab in _DOC_LABEL_RE.finditer(low, lo, hi):
            end = min(len(text), lab.end() + 90)
            for stop in (". ", "\n", "। ", "۔"):
                i = text.find(stop, lab.end(), end)
                if i != -1:
                    end = i
            for v in _DOC_VALUE_RE.finditer(text, lab.end(), end):
                value = v.group(1).strip()
                head = value.split(None, 1)
                if len(head) == 2 and head[0].lower() in _NOT_PREFIX:
                    value = head[1]  # "is 123456789": the word is not part of the number
                if _digit_count(value) < 5:
                    continue
                s = v.start(1) + v.group(1).index(value)
                yield Span(s, s + len(value), OTHER_ID, 0.8, "document number after a label")
                break


def find(text: str, language: str) -> Iterator[Span]:
    """Other identifiers in ``text`` (any language)."""
    if not text:
        return
    low = text.lower()
    if len(low) != len(text):  # "İ" lower-cases to two characters: keep offsets aligned
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    story = _Story(text, low)
    if "@" in text:
        yield from _handles(text)
    yield from _bare_handles(story)
    if "_" in text:
        yield from _underscored(text)
    if any(k in text for k in _REGISTRATION_KEYS):
        yield from _professional_registrations(text)
    yield from _urls(text)
    runs = [m.span() for m in _DIGIT_RUN_RE.finditer(text)]
    if runs:
        yield from _registrations(story, runs)
        yield from _nhs_numbers(text, low, runs)
        yield from _bank(story, runs)
        yield from _account_endings(text, low)
        if "**" in text or "xxx" in low or "…" in text or "..." in text or "••" in text:
            yield from _masked_numbers(text)
        if any(e - s >= 3 for s, e in runs):
            yield from _documents(story)
        yield from _share_codes(text)
        yield from _four_by_four(text)


# "EUSS: 4400-8821-3307-1196", "card 4929 1234 5678 9012": sixteen digits in four groups of four
# are a card or application number, whatever the label (no phone, date or sum is written so).
_FOUR_BY_FOUR_RE = _rx(r"(?<![\w.,/-])\d{4}([ \u00a0-])\d{4}\1\d{4}\1\d{4}(?![\w/]|[.,-]\d)")


def _four_by_four(text: str) -> Iterator[Span]:
    for m in _FOUR_BY_FOUR_RE.finditer(text):
        if all(g.startswith(("19", "20")) for g in re.split(r"[ \u00a0-]", m.group())):
            continue  # "2019 2020 2021 2022": years
        yield Span(m.start(), m.end(), OTHER_ID, 0.7, "a sixteen-digit card or application number")


# A Home Office share code ("W8K 4PX 2RT", "share code: K2B-9XF-4TQ"): three groups of three
# letters and digits, mixed.
_SHARE_CODE_RE = _rx(r"(?<![\w-])([A-Z0-9]{3})[ \u00a0-]([A-Z0-9]{3})[ \u00a0-]([A-Z0-9]{3})(?![\w-])")


def _share_codes(text: str) -> Iterator[Span]:
    for m in _SHARE_CODE_RE.finditer(text):
        code = m.group(1) + m.group(2) + m.group(3)
        digits = sum(c.isdigit() for c in code)
        if (
            2 <= digits <= 7
            and sum(any(c.isdigit() for c in g) and any(c.isalpha() for c in g) for g in m.groups()) >= 2
        ):
            yield Span(m.start(), m.end(), OTHER_ID, 0.7, "share code")


_DIGIT_RUN_RE = _rx(r"\d+")
