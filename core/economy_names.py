"""How an economy is written: its code in a query string, and the rule for short names.

Two readers find economies in text: search (`apec_portal.search.read_query`, the names
and aliases of the Economy table) and the document importers
(`core.importing.EconomyNames.find`, which also know the shipped spellings, agencies and
host cities). They share these rules.
"""


def economy_code(value):
    """An economy code as the records hold it: `phl`, ` PHL ` and `Phl` are PHL."""
    return str(value).strip().upper()


# A name this short ("US", "PRC", "ROK") is also an ordinary word or abbreviation in
# lower case ("us"), so it names an economy only when written in capitals.
SHORT_NAME_LETTERS = 3


def named_in_capitals_only(spelling):
    """Whether `spelling` names an economy only when written in capitals."""
    return len(spelling.replace(".", "").replace(" ", "")) <= SHORT_NAME_LETTERS
