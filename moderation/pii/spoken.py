"""Identifiers read out word by word, in any of the site's languages.

People who dictate a story (a voice message, a volunteer's notes) say their
identifiers the way they would on the phone:

* e-mail addresses with the local part in words and numbers ("anna dot kowal
  sixty-one at gmail dot com", "... małpa wp kropka pl", "... آت جي ميل دوت كوم",
  "... ایٹ جی میل ڈاٹ کام", "... অ্যাট জিমেইল ডট কম", "... ਐਟ ਜੀਮੇਲ ਡਾਟ ਕਾਮ");
* references as letter names and digit words ("P, zero four, nine one two",
  "H jak Halina, dwa, dziewięć...", "بي سي، سبعة، أربعة...", "এইচ আর, ফোর, ওয়ান...");
* postcodes spelt out ("B N twelve, four T X", "ایل ایس سات، تین پی ڈبلیو").

Each is found from a token list (words between spaces and punctuation): letter
names of the English alphabet as written in each script, the digit and number
words the phone rule already knows (``contact``), and "at"/"dot" words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from . import contact, identifiers
from .spans import EMAIL, NI_NUMBER, OTHER_ID, PERSON, POSTCODE, REFERENCE, LazyPattern, Span


def _nfc_set(words: str) -> frozenset[str]:
    return frozenset(unicodedata.normalize("NFC", w) for w in words.split())


# The English alphabet's letter names (not those that are common words: Arabic "في", "أو", "ال") as written in Arabic, Urdu, Bengali and Gurmukhi script.
_LETTER_NAMES: dict[str, str] = {}
for _letter, _names in {
    "A": "إيه ايه اے এ ਏ",
    "B": "بي بى بی বি ਬੀ",
    "C": "سي سى سی সি ਸੀ",
    "D": "دي دى ڈی ডি ਡੀ",
    "E": "إي ئي ای ई ই ਈ",
    "F": "إف ایف এফ ਐਫ ਐੱਫ",
    "G": "جي جى جی জি ਜੀ",
    "H": "إتش اتش ايتش ایچ এইচ ਐਚ ਐੱਚ",
    "I": "آي آئی আই ਆਈ",
    "J": "جاي جيه جے জে ਜੇ",
    "K": "كي كى کے কে ਕੇ",
    "L": "إل ایل এল ਐਲ ਐੱਲ",
    "M": "إم ایم এম ਐਮ ਐੱਮ",
    "N": "إن این এন ਐਨ ਐੱਨ",
    "O": "اؤ ও ਓ",
    "P": "بي پی পি ਪੀ",
    "Q": "كيو کیو কিউ ਕਿਊ",
    "R": "آر ار আর ਆਰ",
    "S": "إس ایس এস ਐਸ ਐੱਸ",
    "T": "تي تى ٹی টি ਟੀ",
    "U": "يو یو ইউ ਯੂ",
    "V": "ڤي وی ভি ਵੀ",
    "W": "دبليو ڈبلیو ডাব্লিউ ডব্লিউ ডাবলিউ ਡਬਲਯੂ ਡਬਲਿਊ",
    "X": "إكس اكس ایکس এক্স ਐਕਸ",
    "Y": "واي وای وائی وائے ওয়াই ਵਾਈ",
    "Z": "زد زيد زیڈ জেড ਜ਼ੈੱਡ ਜ਼ੈਡ ਜੈੱਡ",
}.items():
    for _name in _names.split():
        _LETTER_NAMES.setdefault(unicodedata.normalize("NFC", _name), _letter)

# The Latin letters' names as English, Polish and Romanian speakers say them, as a phone's speech
# recogniser writes them ("l s nine eight q t", "ce em douăzeci unu", "q q dwanaście ...").
# Only inside a run with number words do they count, and a run must make a postcode, a
# reference after its label, or a National Insurance number.
_SAID_LETTERS: dict[str, str] = {}
for _letter, _names in {
    "A": "ay",
    "B": "bee be",
    "C": "cee ce",
    "D": "dee de",
    "E": "ee",
    "F": "ef eff",
    "G": "gee gie ge",
    "H": "aitch haitch ha haș",
    "J": "jay jot je",
    "K": "kay ka",
    "L": "el ell",
    "M": "em",
    "N": "en",
    "P": "pee pe",
    "Q": "cue ku chiu",
    "R": "ar er",
    "S": "ess es",
    "T": "tee te",
    "V": "vee ve",
    "W": "wu",
    "X": "ex iks ics",
    "Y": "wy igrek igrec",
    "Z": "zed zee zet",
}.items():
    for _name in _names.split():
        _SAID_LETTERS[unicodedata.normalize("NFC", _name)] = _letter

_AT_WORDS = _nfc_set("at małpa malpa małpką małpka malpka arond arobase آت ات ايت أت ایٹ ایٹ অ্যাট এট ਐਟ ਐੱਟ")
_DOT_WORDS = _nfc_set("dot kropka kropeczka punct punkt period point نقطة دوت دot ڈاٹ ডট ডট ਡੌਟ ਡਾਟ ਡੋਟ")
_TLD_WORDS = _nfc_set(
    """com org net uk pl ro co info ie eu
    كوم كم اورج اورغ نت يو_كي
    کام کوم آرگ نیٹ یوکے
    কম অর্গ নেট ইউকে
    ਕਾਮ ਕੌਮ ਕੋਮ ਆਰਗ ਨੈੱਟ ਯੂਕੇ""".replace("_", " ")
)
# A bare English "at" is everywhere: it needs a mail host or a mail word nearby.
_MAIL_HOST_WORDS = _nfc_set(
    """gmail hotmail yahoo outlook live icloud btinternet aol proton protonmail wp onet o2 interia sky virginmedia
    talktalk ymail msn gmx yandex googlemail"""
)
_MAIL_CUE_RE = LazyPattern(
    unicodedata.normalize(
        "NFC", r"e-?mail|mail|ইমেইল|ইমেল|মেইল|ਈਮੇਲ|ਈ-ਮੇਲ|ਮੇਲ|ای میل|ای-میل|ایمیل|میل|إيميل|ايميل|بريد|ميل"
    ),
    re.IGNORECASE,
)
# The word for "e-mail" that may stand right before the local part: never part of it.
_MAIL_WORDS = _nfc_set(
    """email e-mail mail mailul mailu maila emailul adresa adres إيميل الإيميل ايميل الايميل بريد البريد
    میل ای-میل ইমেইল ই-মেইল ইমেল ਈਮੇਲ ਈ-ਮੇਲ ਮੇਲ is it's its e este jest to هو ہے হল হলো ਹੈ"""
)

_TOKEN_RE = LazyPattern(r"[^\s,،;:!?()\[\]{}\"“”„«»।۔…/]+")
_CLAUSE_BREAK = frozenset(',،;:!?()[]{}"“”„«»।۔…\n')


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN_RE.finditer(text, start, end):
        s, e = m.span()
        while e > s and text[e - 1] in ".'’-":
            e -= 1
        if e > s:
            out.append((s, e, unicodedata.normalize("NFC", text[s:e]).lower()))
    return out


def _broken(text: str, a: int, b: int) -> bool:
    """Punctuation (a clause break) between two tokens."""
    return any(c in _CLAUSE_BREAK for c in text[a:b]) or ". " in text[a:b]


# English tens as written in Urdu, Bengali and Gurmukhi script ("এইটি ফোর", "ففٹی ٹو").
_SCRIPT_TENS = {
    unicodedata.normalize("NFC", w): (i + 2) * 10
    for words in (
        "ٹوینٹی تھرٹی فورٹی ففٹی سکسٹی سیونٹی ایٹی نائنٹی",
        "টুয়েন্টি থার্টি ফোর্টি ফিফটি সিক্সটি সেভেন্টি এইটি নাইন্টি",
        "ਟਵੈਂਟੀ ਥਰਟੀ ਫੋਰਟੀ ਫਿਫਟੀ ਸਿਕਸਟੀ ਸੈਵਨਟੀ ਏਟੀ ਨਾਈਨਟੀ",
    )
    for i, w in enumerate(words.split())
}


def _number_value(tok: str) -> int | None:
    """The value of one spoken number token ("seven", "fifty-two", "ساٹھ", "17"), else None."""
    if tok.isdigit():
        try:
            return int(unicodedata.normalize("NFKD", tok).encode("ascii", "ignore") or tok)
        except ValueError:
            return None
    if tok in contact._DIGIT_WORDS:
        return int(contact._DIGIT_WORDS[tok])
    if tok in contact._VALUE_WORDS:
        return contact._VALUE_WORDS[tok]
    if tok in _SCRIPT_TENS:
        return _SCRIPT_TENS[tok]
    if "-" in tok:
        parts = tok.split("-")
        if len(parts) == 2 and parts[0] in contact._VALUE_WORDS and parts[1] in contact._DIGIT_WORDS:
            return contact._VALUE_WORDS[parts[0]] + int(contact._DIGIT_WORDS[parts[1]])
    return None


def _is_number(tok: str) -> bool:
    return (
        _number_value(tok) is not None
        or tok in contact._REPEATS
        or tok in contact._HUNDREDS
        or tok in ("și", "şi", "si", "and", "و")
    )


# ----------------------------------------------------------------- e-mails
_DOT_WORD_RE = LazyPattern(
    r"(?<![^\W_])(?:"
    + "|".join(re.escape(w) for w in sorted(_DOT_WORDS, key=len, reverse=True))
    + r")(?![^\W_])"
)


# "O" as said in Urdu, Arabic, Bengali and Gurmukhi script: a letter only inside a domain
# ("او آر جی"), elsewhere the word "or".
_TLD_O = _nfc_set("او أو اُو ও ਓ")


def _tld_end(toks: list[tuple[int, int, str]], k: int) -> int | None:
    """Index after a top-level domain said at ``k``: a word ("com", "کام") or two or three
    letter names ("او آر جی": o r g), else None."""
    if k >= len(toks):
        return None
    if toks[k][2] in _TLD_WORDS:
        return k + 1
    m = k
    while m < len(toks) and m - k < 3 and (toks[m][2] in _LETTER_NAMES or toks[m][2] in _TLD_O):
        m += 1
    return m if m - k >= 2 else None


def _emails(text: str, low: str) -> Iterator[Span]:
    if not any(w in low for w in _DOT_WORDS) or not _DOT_WORD_RE.search(low):
        return  # no "dot" word on its own ("appointment" is not one)
    toks = _tokens(text, 0, len(text))
    n = len(toks)
    for i, (s, _e, tok) in enumerate(toks):
        if tok not in _AT_WORDS or i == 0:
            continue
        # the domain: one to three words, a "dot" word, a top-level domain word (twice for "co dot uk")
        j = i + 1
        end = None
        for k in range(i + 2, min(n, i + 5)):
            tld = _tld_end(toks, k + 1) if toks[k][2] in _DOT_WORDS else None
            if tld is not None:
                if _broken(text, toks[i][1], toks[tld - 1][0]):
                    break
                j = k + 2
                end = toks[tld - 1][1]
                more = _tld_end(toks, tld + 1) if tld < n and toks[tld][2] in _DOT_WORDS else None
                if more is not None:
                    end = toks[more - 1][1]  # "co dot uk"
                break
        if end is None:
            continue
        host = "".join(t[2] for t in toks[i + 1 : j - 2])
        if tok == "at" and host not in _MAIL_HOST_WORDS and not _MAIL_CUE_RE.search(text, max(0, s - 120), s):
            continue
        # the local part: "word (dot word)* [number words]", or up to two words and the numbers after them
        k = i - 1
        while k >= 0 and _is_number(toks[k][2]) and not _broken(text, toks[k][1], toks[k + 1][0]):
            k -= 1
        if k < 0:
            continue
        first = k
        chained = False
        while (
            first >= 2
            and toks[first - 1][2] in _DOT_WORDS
            and not _broken(text, toks[first - 2][1], toks[first][0])
        ):
            first -= 2
            chained = True
        if not chained and toks[first][2] not in _MAIL_WORDS:
            if (
                first >= 1
                and toks[first - 1][2] not in _MAIL_WORDS
                and not _broken(text, toks[first - 1][1], toks[first][0])
            ):
                first -= 1
        if first < 0 or first >= i:
            continue
        while first < i - 1 and toks[first][2] in _MAIL_WORDS:
            first += 1
        yield Span(toks[first][0], end, EMAIL, 0.75, "e-mail address said in words")


# ----------------------------------------------------- references, postcodes
# "H jak Halina", "H as in Harry", "H ca Horia", "H de la Horia": a letter spelt with a word.
_SPELLING_RE = LazyPattern(
    r"(?<![\w])([A-Z])[ \u00a0]+(?:jak|as[ \u00a0]+in|like|for|ca[ \u00a0]+(?:în|in)|ca|de[ \u00a0]+la)[ \u00a0]+[A-ZĄĆĘŁŃÓŚŹŻȘȚĂÂÎ][\w-]+"
)
_REF_CUE_RE = LazyPattern(
    unicodedata.normalize(
        "NFC",
        r"ref|number|numer|nr|număr|numar|case|job|claim|tenancy|complaint|zgłosz|sprawy|lucrare|dosar|caz"
        r"|رقم|مرجع|البلاغ|الشكوى|نمبر|ریفرنس|حوالہ|کیس|নম্বর|নাম্বার|রেফারেন্স|কেস|জব|ਨੰਬਰ|ਹਵਾਲਾ|ਕੇਸ|ਜੌਬ",
    ),
    re.IGNORECASE,
)


def _letter(tok: str, raw: str, after: str, before: str = "") -> str | None:
    """The letter(s) a token says: "B", a script's letter name, a said letter ("ef", "pee") or one
    lower-case letter when a number follows; "PE"/"pe" or "HR" before a number: two letters."""
    if len(raw) == 1 and "A" <= raw <= "Z":
        return raw
    if len(raw) > 3 and tok not in _SAID_LETTERS and tok not in _LETTER_NAMES:
        return None  # most words: no letter's name
    # lower-case letters and two or three letters together count only before a short number
    # ("l s nine", "PE jeden trzy", "HR zero zero"); not "la 0722 ..." (Romanian "at" and a phone)
    # a number said (a word under a hundred, or one digit alone: "F C 2 0 4"), not a phone's "020"
    value = _number_value(after) if after else None
    # ("HR zero zero osiem": a said zero after capitals counts; not "la zero sapte", "at" and a phone)
    short = (
        value is not None
        and (value > 0 or (raw.isupper() and not after.isdigit()))
        and (len(after) == 1 if after.isdigit() else value < 100)
    )
    beside = any((len(w) == 1 and w.isalpha()) or w in _SAID_LETTERS for w in (after, before))
    if len(raw) == 1 and raw.isascii() and raw.isalpha():
        return raw.upper() if short or beside or after in _SAID_LETTERS else None
    area = raw.isupper() or raw.upper() in contact._AREAS
    latin_after = not any("\u0600" <= c <= "\u0a7f" for c in after)
    if 2 <= len(raw) <= 3 and raw.isascii() and raw.isalpha() and area and short and latin_after:
        return raw.upper()  # the letters of a postcode's area or a reference's prefix
    if tok in _SAID_LETTERS:
        return _SAID_LETTERS[tok] if short or beside or after in _SAID_LETTERS else None
    if (
        tok == "في"
        and (before in _LETTER_NAMES or _number_value(before) is not None)
        and (after in _LETTER_NAMES or _number_value(after) is not None)
    ):
        return "V"  # "سي في واحد": V between letters or numbers, not "in"
    found = _LETTER_NAMES.get(tok)
    if found:
        return found
    return None


def _spelling_o(toks: list[tuple[int, int, str]], i: int) -> bool:
    """A lone "o" between single letters is the letter O of a spelt word."""
    near = [toks[j][2] for j in (i - 1, i + 1) if 0 <= j < len(toks)]
    return any(len(w) == 1 and w.isalpha() and w != "o" for w in near)


def _runs(text: str) -> Iterator[tuple[int, int, list[tuple[str, str]], list[tuple[int, int]]]]:
    """Runs of letter names and number words: (start, end, [(kind, value)], [each item's span])."""
    spelt = {m.start(): (m.end(), m.group(1)) for m in _SPELLING_RE.finditer(text)}
    toks = _tokens(text, 0, len(text))
    run: list[tuple[str, str]] = []
    ends: list[tuple[int, int]] = []
    start = end = -1
    i = 0
    while i <= len(toks):
        item = None
        if i < len(toks):
            s, e, tok = toks[i]
            raw = text[s:e]
            if s in spelt:
                item = ("L", spelt[s][1])
                e = spelt[s][0]
                while i + 1 < len(toks) and toks[i + 1][0] < e:
                    i += 1
            elif tok == "o" and _spelling_o(toks, i):
                item = ("L", "O")  # "t o m a s z": the letter, not "oh" for zero
            elif not (raw.isascii() and raw.isupper()) and (v := _number_value(tok)) is not None:
                item = ("N", str(v))  # not "EK", "DO": capitals are letters, not Roman Urdu numbers
            elif tok in contact._REPEATS or tok in contact._HUNDREDS:
                item = ("N", tok)
            elif (
                letter := _letter(
                    tok, raw, toks[i + 1][2] if i + 1 < len(toks) else "", toks[i - 1][2] if i else ""
                )
            ) is not None:
                item = ("L", letter)
            gap_ok = run and not any(c in "\n" for c in text[end:s]) and len(text[end:s].strip(" ,،-–")) == 0
            if (
                gap_ok
                and item is not None
                and item[0] == "N"
                and run[-1][0] == "L"
                and text[end - 1 : end].isascii()
                and text[end - 1 : end].islower()
                and len(raw) >= 3
                and raw.isdigit()
            ):
                gap_ok = False  # "de pe 07700 ...": words before a phone's digits are no letters of it
        if item is not None and (not run or gap_ok):
            if not run:
                start = s
            run.append(item)
            ends.append((s, e))
            end = e
        else:
            if len(run) >= 3:
                yield start, end, run, ends
            run, ends = [], []
            if item is not None:
                start, end, run, ends = s, e, [item], [(s, e)]
        i += 1


def _postcode_in(items: list[tuple[str, str]]) -> tuple[int, int] | None:
    """Where a spoken postcode lies in a run: letters, a number, a digit, two letters."""
    kinds = "".join(k for k, _ in items)
    for m in re.finditer(r"(?=(L{1,2}N{1,2}NLL))", kinds):
        a = m.start()
        b = a + len(m.group(1))
        letters = "".join(v for k, v in items[a:b] if k == "L")
        digits = [v for k, v in items[a:b] if k == "N"]
        outward = letters[:-2]
        if outward.upper() in contact._AREAS and all(d.isdigit() for d in digits) and len(digits[-1]) == 1:
            if int("".join(digits[:-1])) < 100:
                return a, b
    return None


# A letter (name) next to a number word or digit: the cheap test before the token walk.
_LETTER_NUMBER_RE = LazyPattern(
    r"(?<![^\W_])(?:[A-Z]|(?:[A-Z]{2,3}|[a-z]|"
    # two lower-case letters are a letter pair only as a postcode's area ("ls", "ab"): _letter
    + "|".join(sorted(a.lower() for a in contact._AREAS if len(a) == 2))
    + r")(?=[ \u00a0,-]+(?:\d(?!\d)|[^\W\d_]{3,}[ \u00a0,-]+[^\W\d_]{3,}))|"
    + "|".join(re.escape(w) for w in sorted(set(_LETTER_NAMES) | set(_SAID_LETTERS), key=len, reverse=True))
    + r")(?:[ \u00a0]+(?:jak|as[ \u00a0]+in|like|for|ca|de[ \u00a0]+la)[ \u00a0]+\w+)?[ \u00a0,،-]+(?:\d|في[ \u00a0]|(?:"
    + contact._SPOKEN_TOKEN
    + r"|"
    + "|".join(re.escape(w) for w in _SCRIPT_TENS)
    + r")(?![^\W\d_]))"  # a whole number word: not "ten" in "tenant", "one" in "oneself"
)


def _five_number_words(text: str, needed: int = 5) -> bool:
    """Five (or ``needed``) number words in a row (the cheap test before a digits-only run is looked for)."""
    run = 0
    for word in text.lower().split():
        word = word.strip(",،.;:!?()\"'“”")
        if word in contact._DIGIT_WORDS or word in contact._REPEATS:
            run += 1
            if run >= needed:
                return True
        else:
            run = 0
    return False


# "that's S-E-U-N" said as "thats s e u n", "se scrie v a s i l e", "czyli k o w a l".
_SPELT_CUE_RE = LazyPattern(
    r"(?:that'?s|thats|spelt|spelled|spell(?:ing)?|written|se[ \u00a0]+scrie|scris|pisze[ \u00a0]+się|piszę|czyli|"
    r"przez)[ \u00a0,:]*$",
    re.IGNORECASE,
)
# The cheap test for a name spelt after its cue: "thats s e u n", "se scrie V A S".
_SPELT_LETTERS_RE = LazyPattern(
    r"(?:that'?s|thats|spelt|spelled|spell(?:ing)?|written|se[ \u00a0]+scrie|scris|pisze[ \u00a0]+się|piszę|czyli|przez)"
    r"[ \u00a0,:]+[A-Za-z](?:[ \u00a0-]+[A-Za-z]){2}(?![\w])",
    re.IGNORECASE,
)
# "QQ 12 34 56 C" said: two letters, six digits (in pairs or one by one), a letter A to D.
_NI_KINDS = re.compile(r"L{1,2}N{1,6}L")


def _refs_and_postcodes(text: str, runs: list) -> Iterator[Span]:
    for start, full_end, all_items, ends in runs:
        found = list(_classify(text, start, full_end, all_items, ends))
        if not found and len(all_items) > 4 and all_items[0][0] == "L" and text[start].islower():
            # "e h m h c zero unu ...": the word before ("e", Romanian "is") read as a letter
            found = list(_classify(text, ends[1][0], full_end, all_items[1:], ends[1:]))
        yield from found


def _worth_a_walk(text: str) -> bool:
    """The cheap tests before the token walk: a letter (name) next to a number, a spelling cue,
    or five number words after a reference's label."""
    if _LETTER_NUMBER_RE.search(text) is not None:
        return True
    if _SPELT_LETTERS_RE.search(text):
        return True
    return bool(_REF_CUE_RE.search(text) and _five_number_words(text))


def _paired_digits(items: list[tuple[str, str]]) -> str:
    """The digits said, a tens word and the unit after it read as one pair ("thirty four": 34)."""
    out, k = [], 0
    values = [v for kind, v in items if kind == "N" and v.isdigit()]
    while k < len(values):
        v = values[k]
        if len(v) == 2 and v.endswith("0") and v != "10" and k + 1 < len(values) and len(values[k + 1]) == 1:
            out.append(str(int(v) + int(values[k + 1])))
            k += 2
        else:
            out.append(v)
            k += 1
    return "".join(out)


def _classify(
    text: str, start: int, full_end: int, all_items: list[tuple[str, str]], spans: list[tuple[int, int]]
) -> Iterator[Span]:
    """A run as a postcode, an NI number, a reference or a spelt name; a run that reads as one
    only without its last letters ("... one i think", "... c i w sumie") is cut there."""
    for cut in range(len(all_items), max(2, len(all_items) - 3), -1):
        items, end = all_items[:cut], spans[cut - 1][1]
        if cut < len(all_items) and not all(k == "L" and len(v) == 1 for k, v in all_items[cut:]):
            break
        where = _postcode_in(items)
        if where is not None and where[1] == len(items) and sum(len(v) for k, v in items if k == "N") <= 4:
            yield Span(spans[where[0]][0], end, POSTCODE, 0.7, "postcode spelt out")
            return
        found = list(_as_identifier(text, start, end, items))
        if found:
            yield from found
            return
    digits = sum(len(v) for k, v in all_items if k == "N" and v.isdigit())
    if _postcode_in(all_items) is not None and digits <= 4:
        yield Span(start, full_end, POSTCODE, 0.7, "postcode spelt out")  # a postcode and a word more


def _as_identifier(text: str, start: int, end: int, items: list[tuple[str, str]]) -> Iterator[Span]:
    kinds = "".join(k for k, _ in items)
    digits = sum(len(v) for k, v in items if k == "N" and v.isdigit())
    if "N" not in kinds:
        if (
            len(items) >= 3
            and all(len(v) == 1 for _, v in items)
            and _SPELT_CUE_RE.search(text, max(0, start - 25), start)
        ):
            yield Span(start, end, PERSON, 0.6, "a name spelt out letter by letter")
        return
    letters_said = "".join(v for k, v in items if k == "L")
    if kinds in ("LLNLLL", "LLNNLLL") and len(letters_said) == 5 and digits == 2:
        yield Span(start, end, OTHER_ID, 0.7, "vehicle registration said aloud")  # "دبليو إن ٢١ إكس واي زد"
        return
    if (
        _NI_KINDS.fullmatch(kinds)
        and len(_paired_digits(items)) == 6
        and len(letters_said) == 3
        and letters_said[-1] in "ABCD"
    ):
        yield Span(start, end, NI_NUMBER, 0.7, "National Insurance number said aloud")
        return
    if "L" not in kinds:
        # digit words alone: a phone number is the phone rule's; after a reference
        # label, five or more digits said one by one are the reference ("job number,
        # two two seven four one nine")
        if (
            digits >= 5
            and len(items) >= 5
            and items[0][1] != "0"
            and _REF_CUE_RE.search(text, max(0, start - 90), start)
        ):
            yield Span(start, end, REFERENCE, 0.65, "reference said as digits")
        return
    if _postcode_in(items) is not None and digits <= 4:
        return  # a postcode inside, but not at the end: the shorter run is tried
    if digits < 4 or not kinds.startswith("L") or kinds.count("L") > 4:
        return
    if text[end - 1].islower() and not text[end - 2 : end - 1].isalnum():
        return  # "... five one i think": a reference does not end in a lone lower-case letter
    if _REF_CUE_RE.search(text, max(0, start - 120), start) or digits >= 5:
        yield Span(start, end, REFERENCE, 0.7, "reference read out")


def _endings_said(text: str, runs: list) -> Iterator[Span]:
    for start, end, items, _spans in runs:
        if all(k == "N" for k, _ in items) and len("".join(v for _, v in items)) == 4 and len(items) >= 3:
            # "the account ending four one one seven": the words for "ending" the typed rule knows
            before = unicodedata.normalize("NFC", text[max(0, start - 40) : start].lower())
            if any(k in before for k in identifiers.ENDING_KEYS):
                yield Span(start, end, OTHER_ID, 0.7, "the end of an account number said aloud")


def find(text: str, language: str) -> Iterator[Span]:
    """Identifiers said in words."""
    if not text:
        return
    low = text.lower()
    yield from _emails(text, low)
    ending = any(k in low for k in identifiers.ENDING_KEYS) and _five_number_words(text.replace(",", " "), 3)
    if not ending and not _worth_a_walk(text):
        return
    runs = list(_runs(text))
    yield from _refs_and_postcodes(text, runs)
    if ending:
        yield from _endings_said(text, runs)
