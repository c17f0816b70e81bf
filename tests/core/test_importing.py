"""The shared import machinery: dates, page chrome, economy names, lengths, corrections."""

import datetime
import re

import pytest

from core.filters import FIRST_YEAR, LAST_YEAR
from core.importing import (
    EconomyNames,
    FactField,
    ImportResult,
    Memo,
    apply_corrections,
    check_date_order,
    content_lines,
    correction_data,
    correction_form,
    find_dates,
    parse_date_span,
)

D = datetime.date


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("5 September 2014", (D(2014, 9, 5), None)),
        ("05 September 2014", (D(2014, 9, 5), None)),
        ("September 5, 2014", (D(2014, 9, 5), None)),
        ("Sep 13,2014 12:02 PM", (D(2014, 9, 13), None)),
        ("March 3rd 2018", (D(2018, 3, 3), None)),
        ("the 21st of May, 2001", (D(2001, 5, 21), None)),
        ("Sept. 9 1997", (D(1997, 9, 9), None)),
        ("2014-09-05", (D(2014, 9, 5), None)),
        ("11 - 12 July 2003", (D(2003, 7, 11), D(2003, 7, 12))),
        ("from 6 to 7 November 2008", (D(2008, 11, 6), D(2008, 11, 7))),
        ("June 4-6, 2013", (D(2013, 6, 4), D(2013, 6, 6))),
        ("17–18 May 2001", (D(2001, 5, 17), D(2001, 5, 18))),
        ("30 September – 1 October 2015", (D(2015, 9, 30), D(2015, 10, 1))),
        ("September 30 - October 1, 2015", (D(2015, 9, 30), D(2015, 10, 1))),
        ("met in Lima on 1 and 2 October 2009 to", (D(2009, 10, 1), D(2009, 10, 2))),
    ],
)
def test_dates_single_days_and_ranges_in_either_order(text, span):
    assert parse_date_span(text) == span


@pytest.mark.parametrize("text", ["31 June 2014", "35 Septober 2014", "May 2001", "2014"])
def test_impossible_or_partial_dates_are_not_dates(text):
    assert parse_date_span(text) is None


def test_several_dates_are_found_in_reading_order():
    spans = find_dates("held on 10-14 September 2017 and, on 15 September 2017, the meeting")
    assert [(s.start, s.end, s.written) for s in spans] == [
        (D(2017, 9, 10), D(2017, 9, 14), "10-14 September 2017"),
        (D(2017, 9, 15), None, "15 September 2017"),
    ]


def test_page_chrome_is_dropped_wherever_it_stands_and_line_numbers_are_kept():
    text = "\n".join(
        [
            "Skip to main content",
            "Home > Meeting Papers > Ministerial Statements",
            "[Text] 2005 APEC SME Ministerial Meeting",
            "Hits: 1204",
            "Views: 1,517",
            "Retrieved 3 March 2011",
            "[PDF]",
            "",
            "1. We met.",
            "Back to top",
            "https://www.apec.org/page",
            "2. We agreed.",
        ]
    )
    assert content_lines(text) == [
        (3, "2005 APEC SME Ministerial Meeting"),
        (9, "1. We met."),
        (12, "2. We agreed."),
    ]


def test_content_lines_leave_out_a_document_sharing_sites_lines_around_a_transcription():
    text = "\n".join(
        [
            "Joint Statement of the Meeting",
            "Size: px",
            "Start display at page:",
            'Download "Joint Statement of the Meeting"',
            "Transcription",
            "Download the statement from the ministry's site.",
            "1 We met.",
        ]
    )
    assert content_lines(text) == [
        (1, "Joint Statement of the Meeting"),
        (6, "Download the statement from the ministry's site."),
        (7, "1 We met."),
    ]


def test_content_lines_repeated_lines_and_a_second_call_read_the_same():
    text = "• one\n\nHome\n• one\n  • one  \n[Text] two\n• one"
    first = content_lines(text)
    assert first == [(1, "• one"), (4, "• one"), (5, "• one"), (6, "two"), (7, "• one")]
    first.append((99, "changed by a caller"))
    assert content_lines(text) == first[:-1]  # the kept reading is not the caller's list


def test_memo_works_out_each_distinct_key_once():
    calls = []
    memo = Memo(lambda line: calls.append(line) or line.upper())
    assert [memo[line] for line in ["a", "b", "a", "a"]] == ["A", "B", "A", "A"]
    assert calls == ["a", "b"]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("1. " * 50 + "no month here, only 2014-09-05", ["2014-09-05"]),
        ("1. " * 50, []),
        ("held on 5 SEPT 2014 and on 2015-01-02", ["5 SEPT 2014", "2015-01-02"]),
        ("on the 6th of dec. 2019", ["6th of dec. 2019"]),
    ],
)
def test_dates_are_found_with_or_without_a_month_named(text, written):
    assert [span.written for span in find_dates(text)] == written


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the AUSTRALIAN small business and family enterprise ombudsman and australia",
         ["AUSTRALIAN small business and family enterprise ombudsman", "australia"]),
        ("A. A. Australiana, America-first, Peru’s Ministerio de la Producción",
         ["Peru", "Ministerio de la Producción"]),
    ],
)  # fmt: skip
def test_economy_names_grouped_by_first_letter_find_what_the_plain_alternation_finds(text, found):
    names = EconomyNames({"Australia": "AUS", "America": "USA", "Peru": "PER"})
    assert [spelling for _, spelling, _ in names.find(text)] == found
    plain = "|".join(re.escape(name) for name in names._patterns)
    pattern = re.compile(rf"(?<![\w-])(?:{plain})(?![\w-])", re.I)
    assert [m.group(0) for m in pattern.finditer(text)] == found


NAMES = EconomyNames(
    {"United States": "USA", "US": "USA", "Viet Nam": "VNM", "Hong Kong, China": "HKG"}
)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("U.S.", "USA"),
        ("the United States of America", "USA"),
        ("US", "USA"),
        ("Korea", "KOR"),
        ("Vietnam", "VNM"),
        ("Viet Nam", "VNM"),
        ("Hong Kong, China", "HKG"),
        ("the Russian Federation", "RUS"),
        ("the Philippines", "PHL"),
        ("People’s Republic of China", "CHN"),
        ("Atlantis", None),
    ],
)
def test_economy_names_in_every_spelling(name, code):
    assert NAMES.economy(name) == code


def test_host_cities_come_from_the_shipped_data_file():
    assert NAMES.city("Honolulu, Hawaii") == "USA"
    assert NAMES.city("Chiang Mai") == "THA"
    assert NAMES.city("Ho Chi Minh City") == "VNM"
    assert NAMES.city("Atlantis") is None


def test_a_town_written_with_city_after_its_name_is_the_town():
    assert NAMES.city("Hue City") == "VNM"  # "Hue" is a host city; "Hue City" its spelling
    assert NAMES.city("Atlantis City") is None


def test_economies_named_in_a_sentence_with_short_names_only_in_capitals():
    found = NAMES.find("Administrator of the U.S. Small Business Administration; us and Korea")
    assert [(code, spelling) for code, spelling, _ in found] == [
        ("USA", "the U.S."),
        ("KOR", "Korea"),
    ]


SPECS = [
    FactField("title", "Title", max_length=20, required=True),
    FactField("start_date", "First day", kind="date", required=True),
    FactField("end_date", "Last day", kind="date"),
    FactField("virtual", "Held online", kind="boolean"),
]


def test_a_fact_longer_than_its_column_is_a_warning_and_the_form_refuses_it():
    result = ImportResult("test", "A title far too long for its column\n12 May 2001")
    result.fact("title", "A title far too long for its column", 1)
    result.fact("start_date", D(2001, 5, 12), 2)
    assert result.check_lengths({"title": 20}) is True
    assert [(w.code, w.line) for w in result.warnings] == [("too-long", 1)]
    assert result.facts["title"].text == "A title far too long for its column"
    form = correction_form(SPECS)(correction_data(result, SPECS, "fact"), prefix="fact")
    assert not form.is_valid()
    assert form.errors["title"] == ["Ensure this value has at most 20 characters (it has 35)."]
    assert result.value("title") == "A title far too long for its column"  # nothing cut off


def test_corrections_replace_the_facts_they_change_and_say_so():
    result = ImportResult("test", "x")
    result.fact("title", "Old", 1)
    result.fact("start_date", D(2001, 5, 12), 1)
    form = correction_form(SPECS, (check_date_order(),))(
        {"fact-title": "New", "fact-start_date": "2001-05-12", "fact-virtual": "on"},
        prefix="fact",
    )
    assert form.is_valid()
    assert apply_corrections(result, form.cleaned_data, SPECS) == ["title", "virtual"]
    assert (result.value("title"), result.value("virtual")) == ("New", True)
    assert result.facts["title"].corrected
    assert not result.facts["start_date"].corrected


def test_a_last_day_before_the_first_is_refused():
    form = correction_form(SPECS, (check_date_order(),))(
        {"fact-title": "T", "fact-start_date": "2001-05-12", "fact-end_date": "2001-05-10"},
        prefix="fact",
    )
    assert not form.is_valid()
    assert form.non_field_errors() == [
        "The last day (10 May 2001) is before the first (12 May 2001)."
    ]


# --- Facts that are lists: economies' codes, lines, pairs ----------------------------------

LIST_SPECS = [
    FactField(
        "co", "Co-hosts", kind="codes", choices=(("PHL", "The Philippines"), ("RUS", "Russia"))
    ),
    FactField("items", "Objectives", kind="list"),
    FactField("pairs", "Officials", kind="pairs"),
    FactField("year", "Year", kind="year"),
]


def test_list_facts_go_into_the_form_as_text_and_come_back_as_lists():
    result = ImportResult("event", "x")
    result.fact("co", ["PHL", "RUS"])
    result.fact("items", ["First.", "Second."])
    result.fact("pairs", [("Ms. A", "Minister"), ("Mr. B", "")])
    result.fact("year", 2019)
    data = correction_data(result, LIST_SPECS, "rec-0")
    assert data == {
        "rec-0-co": "PHL, RUS",
        "rec-0-items": "First.\nSecond.",
        "rec-0-pairs": "Ms. A | Minister\nMr. B",
        "rec-0-year": "2019",
    }
    form = correction_form(LIST_SPECS)(data, prefix="rec-0")
    assert form.is_valid(), form.errors
    assert form.cleaned_data == {
        "co": ["PHL", "RUS"],
        "items": ["First.", "Second."],
        "pairs": [("Ms. A", "Minister"), ("Mr. B", "")],
        "year": 2019,
    }
    assert apply_corrections(result, form.cleaned_data, LIST_SPECS) == []  # nothing changed


def test_codes_accept_names_in_any_case_and_refuse_what_is_unknown():
    form = correction_form(LIST_SPECS)(
        {"co": "the philippines; rus, Russia", "items": "", "pairs": "", "year": ""}
    )
    assert form.is_valid()
    assert form.cleaned_data["co"] == ["PHL", "RUS"]
    form = correction_form(LIST_SPECS)({"co": "PHL, Atlantis", "year": "1200"})
    assert not form.is_valid()
    assert form.errors["co"] == [
        "Not known here: “Atlantis”. Write them separated by commas, from: PHL, RUS."
    ]
    assert "year" in form.errors


def test_a_year_fact_has_the_bounds_of_every_year_field():
    def year_error(value):
        form = correction_form(LIST_SPECS)({"co": "", "year": str(value)})
        return form.errors.get("year")

    assert FIRST_YEAR == 1989  # the portal's first year (core/filters.py)
    assert year_error(FIRST_YEAR) is None
    assert year_error(LAST_YEAR) is None
    assert year_error(FIRST_YEAR - 1) == [
        f"Ensure this value is greater than or equal to {FIRST_YEAR}."
    ]
    assert year_error(LAST_YEAR + 1) == [f"Ensure this value is less than or equal to {LAST_YEAR}."]


def test_codes_without_choices_are_written_as_every_economy_code():
    spec = FactField("co", "Co-hosts", kind="codes")
    form = correction_form([spec])({"co": " phl ; Rus,PHL"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["co"] == ["PHL", "RUS"]


def test_a_changed_list_is_a_staff_correction_and_is_shown_joined():
    result = ImportResult("initiative", "x")
    result.fact("items", ["One."])
    result.fact("pairs", [("activity", "A forum")])
    changed = apply_corrections(
        result, {"items": ["One.", "Two."], "pairs": [("output", "A report")]}, LIST_SPECS
    )
    assert changed == ["items", "pairs"]
    assert result.facts["items"].confidence == "staff"
    assert result.facts["items"].shown == "One., Two."
    assert result.facts["pairs"].shown == "output | A report"
    assert result.facts["items"].shown_items == ["One.", "Two."]
    assert result.facts["pairs"].shown_items == ["output | A report"]
    result.fact("codes", ["PHL", "RUS"])
    assert (result.facts["codes"].shown, result.facts["codes"].shown_items) == ("PHL, RUS", None)


@pytest.mark.parametrize(
    ("value", "where"),
    [
        # a word is found as a word, not inside another ("day" is not the end of "Monday",
        # "Lima" not the start of "Limassol")
        ("day", None),
        ("Lima", "Lima:"),
        ("APEC SME Forum", "APEC  SME Forum"),
        ("(AMM)", "(AMM)"),
    ],
)
def test_a_facts_span_is_its_value_written_as_whole_words(value, where):
    line = "Opened on Monday in Limassol, then Lima: the APEC  SME Forum (AMM) of the year."
    result = ImportResult("event", f"Headline\n{line}\n")
    start, end = result.span_of(value, 2)
    if where is None:  # not written as a word: the whole line is the evidence
        assert result.text[start:end] == line
    else:
        assert start == result.text.index(where)
        assert " ".join(result.text[start:end].split()) == value


def test_a_reader_runs_without_gc_pauses_and_turns_the_collector_back_on():
    import gc

    from core.importing import ImportRefused, without_gc_pauses

    seen = []

    @without_gc_pauses
    def read(text):
        seen.append(gc.isenabled())
        if text == "bad":
            raise ImportRefused(1, "nothing here")
        return text

    assert gc.isenabled()
    assert read("good") == "good"
    with pytest.raises(ImportRefused):
        read("bad")
    assert seen == [False, False]
    assert gc.isenabled()  # on again after a return and after a raise
    gc.disable()
    try:
        read("good")
        assert not gc.isenabled()  # a caller's own pause is left as it was
    finally:
        gc.enable()
