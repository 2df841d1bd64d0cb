"""Our own labelled stories, written apart from the shared development set.

The detector is tuned on the shared set; these check that it generalises. Spans are
marked inline as ``[[KIND:text]]`` and turned into offsets by ``parse``. All people,
places, organisations and numbers are invented.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]", re.S)

STORIES: list[tuple[str, str, str]] = [
    (
        "ho-en-01",
        "en",
        "My name is [[PERSON:Grace Adeyemi]] and I rent from [[ORGANISATION:Meadowgate Housing Trust]]. "
        "We live at [[ADDRESS:Flat 12, 40 Kestrel Avenue]], Leeds [[POSTCODE:LS9 7QP]]. The bathroom "
        "ceiling leaked for months. My daughter [[PERSON:Amara]], who is [[AGE:6]], has [[HEALTH:asthma]] and "
        "the damp made it worse. I rang repairs on [[PHONE:0113 496 0571]] so many times. My complaint "
        "reference was [[REFERENCE:MHT/CMP/40917]]. In the end a surveyor called [[PERSON:Declan]] came "
        "and sorted it, and they paid £300 compensation.",
    ),
    (
        "ho-en-02",
        "en",
        "honestly i gave up ringing. my neighbour [[PERSON:mo]] said go to the ombudsman so i did. the "
        "heating in [[ADDRESS:Larch Court]] was off for 3 weeks in january. the housing officer "
        "[[PERSON:Bill]] kept saying it would be fixed soon. it was not. the ombudsman case number was "
        "[[REFERENCE:202318842]]. now they have a new boiler contractor and they text you when they are coming. "
        "you can email me at [[EMAIL:tenant.larch@example.net]] if you want to know more.",
    ),
    (
        "ho-en-03",
        "en",
        "I am a [[OTHER_SPECIAL:Muslim]] woman and I was scared to complain because of my "
        "[[OTHER_SPECIAL:refugee status]]. Mrs [[PERSON:Hope Mensah]] from the tenants group helped me. "
        "My son [[PERSON:Kwame]]'s bedroom had black mould. He was born on [[DATE_OF_BIRTH:3 March 2017]]. "
        "Our tenancy number is [[REFERENCE:TEN-558201]] and my National Insurance number is "
        "[[NI_NUMBER:QQ 12 34 56 C]]. The landlord, [[ORGANISATION:Riverside Green Homes]], apologised at stage 2.",
    ),
    (
        "ho-en-04",
        "en",
        "We are a small housing association. A resident in her 80s reported a broken lift at "
        "[[ADDRESS:Thornbury House]] and waited eleven weeks. Our complaints lead, [[PERSON:Priya Natarajan]], "
        "reviewed the case and found our contractor, [[ORGANISATION:Liftcare Services Ltd]], had no escalation "
        "route. We changed the contract. Escalations to stage 2 fell from 41 to 17 in a year. Contact: "
        "[[EMAIL:complaints@meadowgate.example.org]] or [[PHONE:020 7946 0815]].",
    ),
    (
        "ho-en-05",
        "en",
        "Nothing identifying here: the council fixed the gutters after my stage 1 complaint, within 10 "
        "working days, and the Housing Ombudsman was not needed. Things are better now.",
    ),
    (
        "ho-pl-01",
        "pl",
        "Nazywam się [[PERSON:Agnieszka Wróbel]] i mieszkam w [[ADDRESS:mieszkaniu 5, 18 Poplar Street]], "
        "[[POSTCODE:B12 9TX]]. Sąsiadka, pani [[PERSON:Bożena]], pomogła mi napisać skargę. Mój syn ma "
        "[[AGE:4 lata]] i choruje na [[HEALTH:astmę]]. Numer skargi: [[REFERENCE:CMP-77120]]. Rozmawiałam z "
        "[[PERSON:Krzysztofem]] z działu napraw. Mój telefon: [[PHONE:07700 900 614]].",
    ),
    (
        "ho-ro-01",
        "ro",
        "Mă numesc [[PERSON:Ioana Popescu]] și locuiesc la [[ADDRESS:apartamentul 3, 27 Orchard Lane]]. "
        "Fiica mea, [[PERSON:Maria]], are [[AGE:9 ani]]. Am sunat la [[PHONE:+44 7700 900 238]] de zeci de ori. "
        "Domnul [[PERSON:Radu]] de la reparații a venit abia după plângerea de etapa 2. Referința: "
        "[[REFERENCE:RJ-2024-5531]].",
    ),
    (
        "ho-ar-01",
        "ar",
        "اسمي [[PERSON:سلمى حداد]] وأسكن في [[ADDRESS:شقة 7، 15 Willow Road]]. ابني [[PERSON:يوسف]] "
        "عمره [[AGE:5 سنوات]] ويعاني من [[HEALTH:الربو]]. جاري [[PERSON:خالد]] ساعدني في كتابة الشكوى. "
        "رقم الشكوى [[REFERENCE:CMP-30418]] ورقم هاتفي [[PHONE:07700 900 771]].",
    ),
    (
        "ho-ur-01",
        "ur",
        "میرا نام [[PERSON:نسرین اختر]] ہے۔ میرے بیٹے [[PERSON:عمران]] کی عمر [[AGE:8 سال]] ہے اور اسے "
        "[[HEALTH:دمہ]] ہے۔ ہمارے گھر [[ADDRESS:فلیٹ 2، 9 Cedar Close]] میں نمی تھی۔ شکایت نمبر "
        "[[REFERENCE:HA-55102]] ہے۔",
    ),
    (
        "ho-bn-01",
        "bn",
        "আমার নাম [[PERSON:রাশেদা খাতুন]]। আমার মেয়ে [[PERSON:নুসরাত]] এর বয়স [[AGE:৭ বছর]]। আমরা "
        "[[ADDRESS:ফ্ল্যাট ৩, ২২ Birch Street]] এ থাকি। অভিযোগ নম্বর [[REFERENCE:CMP-81230]]। "
        "আমার ফোন [[PHONE:07700 900 452]]।",
    ),
    (
        "ho-pa-01",
        "pa",
        "ਮੇਰਾ ਨਾਮ [[PERSON:ਗੁਰਪ੍ਰੀਤ ਕੌਰ]] ਹੈ। ਮੇਰੇ ਪੁੱਤਰ [[PERSON:ਹਰਮਨ]] ਦੀ ਉਮਰ [[AGE:6 ਸਾਲ]] ਹੈ। "
        "ਸਾਡੇ ਘਰ ਵਿੱਚ ਸਿੱਲ੍ਹ ਸੀ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:CMP-66019]] ਹੈ। ਮੇਰਾ ਫ਼ੋਨ [[PHONE:07700 900 389]] ਹੈ।",
    ),
    (
        "ho-cy-01",
        "cy",
        "Fy enw i yw [[PERSON:Siân Roberts]] ac rwy'n byw yn [[ADDRESS:Fflat 6, 14 Heol y Felin]], "
        "[[POSTCODE:SA1 4PQ]]. Roedd y to yn gollwng. Helpodd [[PERSON:Gareth]] o'r tîm atgyweirio yn y diwedd. "
        "Cyfeirnod y gŵyn: [[REFERENCE:CYM-20931]].",
    ),
    # A second batch, written after the detector was built and never tuned on.
    (
        "h2-en-01",
        "en",
        "ok so this is about the damp. me and my partner [[PERSON:jade]] moved into [[ADDRESS:no 7 ashgrove terrace]] in 2021. the bedroom wall was wet to touch. i told the repairs guy, [[PERSON:Terry]], and he said its condensation open a window. our baby [[PERSON:Lily-Mae]] was [[AGE:8 months]] and kept getting chest infections. i complained to [[ORGANISATION:Pennine Vale Homes]] and quoted my tenancy ref [[REFERENCE:PVH 0045521]]. stage 2 came back late. ring me on [[PHONE:07700900514]] if you need anything.",
    ),
    (
        "h2-en-02",
        "en",
        "I want to thank [[PERSON:Mark Whitfield]] at the council's complaints team. Mark listened. Our estate, [[ADDRESS:Greenacre Park estate]], had no lighting in the stairwells for a year and my dad, who is [[AGE:78]] and has [[HEALTH:Parkinson's]], fell twice. Will my story help anyone? I hope so. My email is [[EMAIL:j.okafor77@example.co.uk]].",
    ),
    (
        "h2-en-03",
        "en",
        "The contractor, [[ORGANISATION:Ashdown Roofing Ltd]], left scaffolding up for 14 weeks. Mrs [[PERSON:Patel]] next door could not open her windows. My complaint number was [[REFERENCE:ASC-2291]]. When the Ombudsman looked at it they found service failure and ordered £250. I was born [[DATE_OF_BIRTH:12/05/1961]] and I've never had to fight like this. Our postcode is [[POSTCODE:wf10 4rt]].",
    ),
    (
        "h2-en-04",
        "en",
        "My name's [[PERSON:Rose]] and I'm a carer for my husband [[PERSON:Des]], he's got [[HEALTH:COPD]]. The heating broke in November. We live in [[ADDRESS:Flat 3B, Hawthorn Tower]]. [[PERSON:Des]] was on oxygen and the flat was freezing. A man called [[PERSON:Kofi]] from the contact centre escalated it the same day once I said the word complaint.",
    ),
    (
        "h2-pl-01",
        "pl",
        "Mój mąż [[PERSON:Tomasz]] ma [[HEALTH:cukrzycę]]. Mieszkamy przy [[ADDRESS:14 Hazel Road]] od sześciu lat. Pani [[PERSON:Joanna]] z biura mieszkaniowego obiecała naprawę, ale nic się nie działo. Złożyłam skargę, numer [[REFERENCE:HR-44810]]. Naszej córce [[PERSON:Zuzi]] zrobiło się zimno w pokoju.",
    ),
    (
        "h2-ro-01",
        "ro",
        "Sunt [[PERSON:Andrei Ionescu]], am [[AGE:42 de ani]] și lucrez în construcții. Apartamentul nostru din [[ADDRESS:Cobden House]] avea igrasie. Am vorbit cu doamna [[PERSON:Elena]] de la asociație. Telefonul meu este [[PHONE:07700 900 862]].",
    ),
    (
        "h2-ar-01",
        "ar",
        "أنا [[PERSON:منى الشريف]]، أعيش مع زوجي [[PERSON:أحمد]] وابنتنا [[PERSON:ليلى]] البالغة من العمر [[AGE:ثلاث سنوات]]. كان السقف يسرب الماء. بريدي الإلكتروني [[EMAIL:mona.s@example.org]].",
    ),
    (
        "h2-bn-01",
        "bn",
        "আমি [[PERSON:ফারহানা ইসলাম]]। আমার স্বামী [[PERSON:কামরুল]] অসুস্থ, তাঁর [[HEALTH:ডায়াবেটিস]] আছে। বাড়িওয়ালা [[ORGANISATION:ইস্টসাইড হোমস]] অনেক দেরি করেছে। আমাদের পোস্টকোড [[POSTCODE:E1 6QR]]।",
    ),
    (
        "h2-ur-01",
        "ur",
        "میں [[PERSON:شازیہ]] ہوں۔ ہمارے پڑوسی [[PERSON:طارق]] صاحب نے مدد کی۔ میری بیٹی [[PERSON:حنا]] کو [[HEALTH:الرجی]] ہے۔ میرا فون نمبر [[PHONE:07700 900 913]] ہے۔",
    ),
    (
        "h2-pa-01",
        "pa",
        "ਮੈਂ [[PERSON:ਜਸਵਿੰਦਰ ਸਿੰਘ]] ਹਾਂ। ਮੇਰੀ ਪਤਨੀ [[PERSON:ਮਨਜੀਤ]] ਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ। ਸਾਡਾ ਪਤਾ [[ADDRESS:23 Elm Grove]] ਹੈ। ਹਵਾਲਾ ਨੰਬਰ [[REFERENCE:EG-77310]]।",
    ),
    # A third batch, harder: names that are words, lower case, lists of names.
    (
        "h3-en-01",
        "en",
        "When the roof started leaking I rang and rang. Eventually [[PERSON:Will]] from the repairs hub came out. [[PERSON:Will]] was great, but he said the job needed scaffolding. We waited. I will be honest, I nearly gave up. My sister [[PERSON:Grace]] told me to put it in writing. The ombudsman reference is [[REFERENCE:202412345]]. We're at [[ADDRESS:22 Sandpiper Close]], [[POSTCODE:NE23 6YH]].",
    ),
    (
        "h3-en-02",
        "en",
        "Our housing officer is called [[PERSON:Rhiannon Pryce-Davies]]. She was kind. I have [[HEALTH:fibromyalgia]] and can't climb stairs, and the lift in our block had been broken since spring. I'm a [[OTHER_SPECIAL:Sikh]] and my turban got soaked from the ceiling drip in the hallway, which sounds funny but wasn't. Mr [[PERSON:O'Donnell]] upstairs had it worse.",
    ),
    (
        "h3-en-03",
        "en",
        "Dear team, I am writing about my mum, [[PERSON:Margaret Ellison]], who is [[AGE:91]]. She lives alone at [[ADDRESS:4 Chapel Row]]. Her carer [[PERSON:Abi]] noticed the mould. Please call me, her son [[PERSON:Stephen]], on [[PHONE:+44 (0)1632 960 442]] or email [[EMAIL:s.ellison@example.com]].",
    ),
    (
        "h3-en-04",
        "en",
        "The council sorted out the boiler in two weeks after my stage 1 complaint. I didn't need the Housing Ombudsman in the end. Thank you to everyone who helped.",
    ),
    (
        "h3-en-05",
        "en",
        "my kids [[PERSON:tyler]] and [[PERSON:mason]] share a room. [[PERSON:tyler]] is [[AGE:9]] and [[PERSON:mason]] is [[AGE:5]]. the window frame rotted through and in winter the wind came right in. i spoke to [[PERSON:sharon]] at the office about 10 times before she logged a complaint.",
    ),
    (
        "h3-pl-01",
        "pl",
        "Dzień dobry, jestem [[PERSON:Marek Kowalczyk]]. Pan [[PERSON:Nowak]] z administracji nie odpowiadał na maile. Mój numer najmu to [[REFERENCE:TN 448120]]. Mieszkam na [[ADDRESS:Willow Court]] z żoną [[PERSON:Ewą]].",
    ),
    (
        "h3-ro-01",
        "ro",
        "Vecinul meu, [[PERSON:Gheorghe]], m-a ajutat să scriu plângerea. Eu am [[HEALTH:diabet]]. Fiul meu [[PERSON:Luca]] are [[AGE:3 ani]]. Adresa: [[ADDRESS:8 Maple Drive]], [[POSTCODE:LE4 5GH]].",
    ),
    (
        "h3-ar-01",
        "ar",
        "تحدثت مع موظفة اسمها [[PERSON:سارة]] في قسم الصيانة. زوجي [[PERSON:عمر]] يعاني من [[HEALTH:السكري]]. رقم القضية لدى أمين المظالم [[REFERENCE:202455120]].",
    ),
    (
        "h3-bn-01",
        "bn",
        "আমার প্রতিবেশী [[PERSON:রহিম]] ভাই সাহায্য করেছেন। আমার ছেলে [[PERSON:আরিফ]] এর বয়স [[AGE:১১ বছর]]। ইমেইল: [[EMAIL:arif.mum@example.com]]।",
    ),
    (
        "h3-ur-01",
        "ur",
        "مرمت کے محکمے سے [[PERSON:عائشہ]] نے فون کیا۔ میری والدہ [[PERSON:زبیدہ]] کی عمر [[AGE:80 سال]] ہے۔ ہمارا پوسٹ کوڈ [[POSTCODE:BD8 7PL]] ہے۔",
    ),
    (
        "h3-pa-01",
        "pa",
        "ਮੁਰੰਮਤ ਵਾਲਾ ਬੰਦਾ [[PERSON:ਬਲਜੀਤ]] ਦੋ ਵਾਰ ਆਇਆ। ਮੇਰੀ ਧੀ [[PERSON:ਸਿਮਰਨ]] ਨੂੰ [[HEALTH:ਐਲਰਜੀ]] ਹੈ। ਮੇਰਾ ਈਮੇਲ [[EMAIL:kaur.family@example.com]] ਹੈ।",
    ),
]


def parse(marked: str) -> tuple[str, list[dict]]:
    """Turn ``[[KIND:text]]`` marks into plain text and gold spans."""
    text, gold, pos = [], [], 0
    length = 0
    for match in _MARK.finditer(marked):
        before = marked[pos : match.start()]
        text.append(before)
        length += len(before)
        kind, value = match.group(1), match.group(2)
        gold.append({"start": length, "end": length + len(value), "kind": kind})
        text.append(value)
        length += len(value)
        pos = match.end()
    text.append(marked[pos:])
    return "".join(text), gold


def records() -> list[dict]:
    out = []
    for story_id, language, marked in STORIES:
        text, gold = parse(marked)
        out.append({"id": story_id, "language": language, "text": text, "gold": gold})
    return out
