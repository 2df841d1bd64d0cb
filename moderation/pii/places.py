"""Places in England a story may name, by the region the campaign's filters use.

A town, city or London borough is not personal data on its own (the marking leaves them
alone), but beside a landlord, a child's age and a condition it can narrow a story to
one household: the re-identification check (``risk``) lists them and offers the region
instead. General knowledge, not drawn from any story: cities, large towns and London
boroughs, with the spellings the campaign's other scripts use for the biggest cities.
"""

from __future__ import annotations

NORTH_EAST = "north_east"
NORTH_WEST = "north_west"
YORKSHIRE = "yorkshire_humber"
EAST_MIDLANDS = "east_midlands"
WEST_MIDLANDS = "west_midlands"
EAST = "east_of_england"
LONDON = "london"
SOUTH_EAST = "south_east"
SOUTH_WEST = "south_west"

_BY_REGION: dict[str, str] = {
    NORTH_EAST: """
        Newcastle|Newcastle upon Tyne|Sunderland|Gateshead|Middlesbrough|Durham|Darlington|Hartlepool|
        Stockton|Stockton-on-Tees|South Shields|North Shields|Washington|Blyth|Redcar|Consett|Jarrow|
        Cramlington|Ashington|Peterlee|Morpeth|Hexham|Seaham|Bishop Auckland|Newton Aycliffe|Whitley Bay
    """,
    NORTH_WEST: """
        Manchester|Liverpool|Salford|Bolton|Stockport|Oldham|Rochdale|Wigan|Bury|Blackburn|Blackpool|
        Preston|Burnley|Warrington|St Helens|Birkenhead|Wallasey|Bootle|Southport|Chester|Crewe|Lancaster|
        Carlisle|Barrow|Barrow-in-Furness|Widnes|Runcorn|Ellesmere Port|Macclesfield|Accrington|
        Wythenshawe|Moss Side|Ashton-under-Lyne|Ashton|Stalybridge|Hyde|Kendal|Workington|Whitehaven|
        Morecambe|Chorley|Skelmersdale|Knowsley|Kirkby|Huyton|Sale|Altrincham|Trafford|Tameside|Eccles
    """,
    YORKSHIRE: """
        Leeds|Sheffield|Bradford|Hull|Kingston upon Hull|York|Huddersfield|Wakefield|Doncaster|Rotherham|
        Barnsley|Halifax|Dewsbury|Batley|Keighley|Harrogate|Scarborough|Grimsby|Scunthorpe|Castleford|
        Pontefract|Selby|Goole|Beverley|Bridlington|Brighouse|Pudsey|Morley|Shipley|Ilkley|Otley|
        Mexborough|Skipton|Whitby|Cleethorpes|Kirklees|Calderdale
    """,
    EAST_MIDLANDS: """
        Nottingham|Leicester|Derby|Northampton|Lincoln|Chesterfield|Mansfield|Loughborough|Kettering|
        Corby|Wellingborough|Boston|Grantham|Newark|Worksop|Ilkeston|Long Eaton|Hinckley|Coalville|
        Market Harborough|Melton Mowbray|Skegness|Gainsborough|Spalding|Buxton|Glossop|Matlock|
        Beeston|Hucknall|Oakham|Daventry|Wigston|Oadby
    """,
    WEST_MIDLANDS: """
        Birmingham|Coventry|Wolverhampton|Stoke|Stoke-on-Trent|Walsall|Dudley|West Bromwich|Solihull|
        Sutton Coldfield|Telford|Shrewsbury|Worcester|Hereford|Nuneaton|Rugby|Redditch|Kidderminster|
        Tamworth|Burton|Burton upon Trent|Stafford|Cannock|Lichfield|Newcastle-under-Lyme|Leamington|
        Leamington Spa|Warwick|Stratford|Stratford-upon-Avon|Halesowen|Stourbridge|Smethwick|Oldbury|
        Sandwell|Bromsgrove|Bilston|Wednesbury|Tipton|Handsworth|Sparkbrook|Small Heath|Erdington
    """,
    EAST: """
        Norwich|Ipswich|Cambridge|Peterborough|Luton|Bedford|Colchester|Chelmsford|Southend|
        Southend-on-Sea|Basildon|Harlow|Stevenage|Watford|St Albans|Hemel Hempstead|Welwyn Garden City|
        Hatfield|Hitchin|Letchworth|Hertford|Bishop's Stortford|Brentwood|Braintree|Clacton|
        Clacton-on-Sea|Harwich|Great Yarmouth|King's Lynn|Lowestoft|Bury St Edmunds|Haverhill|
        Felixstowe|Thetford|Ely|Huntingdon|St Neots|Wisbech|Grays|Tilbury|Thurrock|Canvey Island|
        Rayleigh|Dunstable|Leighton Buzzard|Biggleswade|Borehamwood|Cheshunt|Hoddesdon|Epping|Loughton
    """,
    LONDON: """
        London|Barking|Dagenham|Barnet|Bexley|Brent|Bromley|Camden|Croydon|Ealing|Enfield|Greenwich|
        Hackney|Hammersmith|Fulham|Haringey|Harrow|Havering|Hillingdon|Hounslow|Islington|Kensington|
        Chelsea|Kingston|Kingston upon Thames|Lambeth|Lewisham|Merton|Newham|Redbridge|Richmond|
        Southwark|Sutton|Tower Hamlets|Waltham Forest|Wandsworth|Westminster|Brixton|Peckham|Tottenham|
        Walthamstow|Stratford|Whitechapel|Bethnal Green|Poplar|Stepney|Bow|Canning Town|East Ham|
        West Ham|Ilford|Romford|Wembley|Harlesden|Willesden|Kilburn|Holloway|Finsbury Park|Edmonton|
        Woolwich|Thamesmead|Deptford|New Cross|Catford|Streatham|Clapham|Battersea|Tooting|Balham|
        Acton|Southall|Hayes|Uxbridge|Feltham|Mitcham|Morden|Thornton Heath|Norwood|Camberwell|
        Kennington|Stockwell|Vauxhall|Pimlico|Paddington|Marylebone|Kentish Town|Archway|Dalston|
        Homerton|Shoreditch|Hoxton|Leyton|Leytonstone|Chingford|Plaistow|Beckton|Erith|Sidcup|Bexleyheath|
        Orpington|Penge|Sydenham|Forest Hill|Elephant and Castle|Bermondsey|Rotherhithe|Wood Green|
        Hornsey|Muswell Hill|Edgware|Hendon|Colindale|Cricklewood|Neasden|Shepherd's Bush|White City
    """,
    SOUTH_EAST: """
        Brighton|Hove|Southampton|Portsmouth|Reading|Oxford|Milton Keynes|Slough|Crawley|Basingstoke|
        Maidstone|Canterbury|Dover|Folkestone|Margate|Ramsgate|Hastings|Eastbourne|Worthing|Bognor Regis|
        Chichester|Guildford|Woking|Aylesbury|High Wycombe|Bracknell|Wokingham|Newbury|Maidenhead|
        Windsor|Gillingham|Chatham|Rochester|Gravesend|Dartford|Sittingbourne|Ashford|Tunbridge Wells|
        Tonbridge|Sevenoaks|Swanley|Horsham|Redhill|Reigate|Epsom|Staines|Aldershot|Farnborough|Andover|
        Winchester|Eastleigh|Fareham|Gosport|Havant|Waterlooville|Bicester|Banbury|Abingdon|Didcot|
        Witney|Sheerness|Isle of Sheppey|Newport|Ryde|Bexhill|Crowborough|Medway|Thanet|Herne Bay|Whitstable
    """,
    SOUTH_WEST: """
        Bristol|Plymouth|Exeter|Bath|Swindon|Gloucester|Cheltenham|Bournemouth|Poole|Torquay|Paignton|
        Taunton|Yeovil|Weston-super-Mare|Salisbury|Trowbridge|Chippenham|Weymouth|Dorchester|Barnstaple|
        Newquay|Truro|Falmouth|Penzance|St Austell|Camborne|Redruth|Bodmin|Bridgwater|Stroud|Tewkesbury|
        Cirencester|Frome|Glastonbury|Wells|Minehead|Exmouth|Newton Abbot|Tiverton|Bideford|Christchurch|
        Kingswood|Keynsham|Yate|Clevedon|Portishead|Devizes|Melksham|Warminster|Bradford on Avon
    """,
}

# The biggest cities in the campaign's other scripts (Arabic, Urdu, Bengali, Gurmukhi).
_NATIVE: dict[str, tuple[str, ...]] = {
    LONDON: ("لندن", "লন্ডন", "ਲੰਡਨ"),
    NORTH_WEST: (
        "مانشستر",
        "مانچسٹر",
        "ليفربول",
        "لیورپول",
        "اولڈہم",
        "بلیک برن",
        "ম্যানচেস্টার",
        "ওল্ডহ্যাম",
        "ਮਾਨਚੈਸਟਰ",
    ),
    WEST_MIDLANDS: (
        "برمنغهام",
        "برمنگھم",
        "کوونٹری",
        "ولور ہیمپٹن",
        "বার্মিংহাম",
        "ਬਰਮਿੰਘਮ",
        "ਕਵੈਂਟਰੀ",
        "ਵੁਲਵਰਹੈਂਪਟਨ",
        "ਵੁਲਵਰਹੈਮਪਟਨ",
    ),
    YORKSHIRE: (
        "ليدز",
        "لیڈز",
        "برادفورد",
        "بریڈفورڈ",
        "شيفيلد",
        "شیفیلڈ",
        "হাডার্সফিল্ড",
        "ব্র্যাডফোর্ড",
        "ਬਰੈਡਫੋਰਡ",
        "ਲੀਡਜ਼",
    ),
    EAST_MIDLANDS: ("ليستر", "لیسٹر", "نوتنغهام", "ناٹنگھم", "লেস্টার", "ਲੈਸਟਰ", "ਡਰਬੀ"),
    EAST: ("لوتن", "لوٹن", "লুটন", "ਲੂਟਨ", "پیٹربرو"),
    SOUTH_EAST: ("سلاو", "سلاؤ", "ریڈنگ", "স্লাও", "ਸਲੋਹ", "ਸਲੋ", "ਗ੍ਰੇਵਸੈਂਡ"),
    SOUTH_WEST: ("بريستول", "برسٹل", "ব্রিস্টল", "ਬ੍ਰਿਸਟਲ"),
    NORTH_EAST: ("نيوكاسل", "نیوکاسل", "নিউক্যাসল", "ਨਿਊਕਾਸਲ"),
}


def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for region, names in _BY_REGION.items():
        for name in names.split("|"):
            name = " ".join(name.split())
            if name:
                table.setdefault(name, region)
    for region, names in _NATIVE.items():
        for name in names:
            table.setdefault(name, region)
    return table


PLACES: dict[str, str] = _table()

# Names that are also everyday words or people's names: a place only after "in", "from",
# "near", "to", "at" or "of" ("we moved to Reading", not "reading the letter").
NEEDS_PREPOSITION = frozenset(
    "Bow Sale Hyde Reading Bury Bath Wells Chester Richmond Sutton Kingston Boston Lancaster Hayes Ely "
    "Newport Warwick Barking Morley Selby Harrow Poole Frome Yate Ryde Stratford Washington Blyth Kirkby "
    "Eccles Burton Rugby Lincoln Derby Windsor Dover Preston Halifax Chelsea Brent Merton Ashton Sidcup".split()
)
