"""How an economy is written: its code in a query string, and the rule for short names.

Two readers find economies in text: search (`apec_portal.search.read_query`, the names
and aliases of the Economy table) and the document importers
(`core.importing.EconomyNames.find`, which also know the shipped spellings, agencies and
host cities). They share these rules.

The economies' names in the portal's other languages live here too (`economy_names`,
`economy_aliases`): a reader searching in Chinese, Thai or Spanish names an economy as
their language does (泰国, ประเทศไทย and Tailandia all name Thailand), and the exports
add those names beside the English ones. Each comes from the Unicode CLDR territory name
that Babel ships, except where APEC names an economy differently (Chinese Taipei; Hong
Kong, China), where the list below is used instead; Thai also writes a country with
"ประเทศ" in front, so that form is added for the economies that are countries.
"""

from functools import cache

from babel import Locale


def economy_code(value):
    """An economy code as the records hold it: `phl`, ` PHL ` and `Phl` are PHL."""
    return str(value).strip().upper()


# A name this short ("US", "PRC", "ROK") is also an ordinary word or abbreviation in
# lower case ("us"), so it names an economy only when written in capitals.
SHORT_NAME_LETTERS = 3


def named_in_capitals_only(spelling):
    """Whether `spelling` names an economy only when written in capitals."""
    return len(spelling.replace(".", "").replace(" ", "")) <= SHORT_NAME_LETTERS


#: The economies' ISO 3166-1 alpha-2 codes (CLDR names territories by these).
ALPHA_2 = {
    "AUS": "AU",
    "BRN": "BN",
    "CAN": "CA",
    "CHL": "CL",
    "CHN": "CN",
    "HKG": "HK",
    "IDN": "ID",
    "JPN": "JP",
    "KOR": "KR",
    "MEX": "MX",
    "MYS": "MY",
    "NZL": "NZ",
    "PER": "PE",
    "PHL": "PH",
    "PNG": "PG",
    "RUS": "RU",
    "SGP": "SG",
    "THA": "TH",
    "TWN": "TW",
    "USA": "US",
    "VNM": "VN",
}

#: Babel's names of the portal's languages other than English.
LOCALES = ("zh_Hans", "zh_Hant", "es", "ru", "ja", "ko", "vi", "th", "id")

#: APEC's names where they differ from the territory's name: these replace CLDR's.
APEC_NAMES = {
    "TWN": {
        "zh_Hans": ["中华台北"],
        "zh_Hant": ["中華台北"],
        "es": ["China Taipéi", "Taipéi Chino"],
        "ru": ["Китайский Тайбэй"],
        "ja": ["チャイニーズ・タイペイ", "チャイニーズタイペイ"],
        "ko": ["중화 타이베이", "중화타이베이"],
        "vi": ["Đài Bắc Trung Hoa"],
        "th": ["จีนไทเป"],
        "id": ["Taipei Tiongkok", "Taipei Cina"],
    },
    "HKG": {
        "zh_Hans": ["中国香港", "香港"],
        "zh_Hant": ["中國香港", "香港"],
        "es": ["Hong Kong, China"],
        "ru": ["Гонконг, Китай", "Гонконг"],
        "ja": ["香港"],
        "ko": ["홍콩"],
        "vi": ["Hồng Kông, Trung Quốc", "Hồng Kông"],
        "th": ["ฮ่องกง จีน", "ฮ่องกง"],
        "id": ["Hong Kong, Tiongkok", "Hong Kong"],
    },
}

#: Fuller official names that CLDR's short names leave out.
MORE_NAMES = {
    "CHN": {"zh_Hans": ["中华人民共和国"], "zh_Hant": ["中華人民共和國"]},
    "KOR": {"zh_Hans": ["大韩民国"], "zh_Hant": ["大韓民國", "韓國"], "ko": ["한국"]},
    "USA": {"ja": ["米国", "アメリカ"], "ru": ["США"]},
    "RUS": {"ru": ["Российская Федерация"]},
}


@cache
def economy_names():
    """{code: {locale: [names]}} for the 21 economies in the nine languages."""
    names = {}
    for code, alpha_2 in ALPHA_2.items():
        per_locale = {}
        for locale in LOCALES:
            if code in APEC_NAMES:
                spellings = list(APEC_NAMES[code][locale])
            else:
                spellings = [Locale.parse(locale).territories[alpha_2]]
                if locale == "th":
                    spellings.append("ประเทศ" + spellings[0])
            spellings += MORE_NAMES.get(code, {}).get(locale, [])
            per_locale[locale] = spellings
        names[code] = per_locale
    return names


def economy_aliases(code):
    """Every name of the economy `code` in the portal's other languages, without repeats."""
    seen = []
    for spellings in economy_names().get(code, {}).values():
        for spelling in spellings:
            if spelling not in seen:
                seen.append(spelling)
    return seen
