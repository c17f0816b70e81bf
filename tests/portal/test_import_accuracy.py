"""The readers' accuracy over their development sets never falls (docs/importing.md, Accuracy).

`manage.py import_accuracy --verbose` prints each field's share and every miss. Raise a
floor when a change reads more; never lower one to let a change in.
"""

import json

import pytest

from apec_portal.import_accuracy import (
    DEVSETS,
    _economy_names,
    _event_records,
    _same,
    measure,
    report,
)

pytestmark = pytest.mark.django_db

FLOORS = {"statement": 1.0, "event": 1.0, "initiative": 1.0}


@pytest.mark.parametrize("kind", sorted(DEVSETS))
def test_accuracy_over_the_development_set_does_not_fall(kind):
    accuracy = measure(kind)
    print("\n".join(report(accuracy, verbose=True)))
    assert sum(accuracy.total.values()) >= 20  # the set is there and read
    assert accuracy.overall >= FLOORS[kind]


def test_a_refused_text_counts_every_field_wrong(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "expected.json").write_text(
        '{"empty.txt": [["APEC SME Forum", "2024-01-01", "Lima", "Lima Convention Center", "PER", ["CHL"]]]}',
        encoding="utf-8",
    )
    accuracy = measure("event", tmp_path)
    assert accuracy.overall == 0
    assert accuracy.total["title"] == 1


@pytest.mark.parametrize(
    ("expected", "read", "same"),
    [
        (
            "Eighth APEC SME Ministerial Meeting",
            "Eighth APEC Small and Medium-sized Enterprises Ministerial Meeting",
            True,
        ),
        (
            "APEC Small and Medium Enterprises Ministerial Meeting",
            "17th APEC SME Ministerial Meeting",
            True,
        ),
        (
            "46th Small and Medium Enterprises Working Group meeting",
            "46th APEC Small and Medium Enterprises Working Group meeting",
            True,
        ),
        ("Asia-Pacific Economic Cooperation Digital Forum", "APEC Digital Forum", True),
        ("APEC SME Ministerial Meeting", "APEC SME Working Group Meeting", False),
        ("Second Senior Officials' Meeting", "Third Senior Officials' Meeting", False),
        ("APEC Women Forum", "APEC Women Forums", False),
        ("APEC SME Forum", "APEC", False),
        (
            "Eighth APEC Small and Medium Enterprises (SME) Ministerial Meeting",
            "Eighth APEC SME Ministerial Meeting",
            True,
        ),
        (
            "APEC Ministers Responsible for Trade (MRT) Meeting",
            "APEC Ministers Responsible for Trade Meeting",
            True,
        ),
        # A bracket that names something else is kept, so different meetings still differ.
        (
            "APEC Ministers Responsible for Trade (SOM) Meeting",
            "APEC Ministers Responsible for Trade Meeting",
            False,
        ),
        (
            "Small and Medium Enterprises (SME) Ministerial Meeting",
            "Small and Medium Enterprises Working Group Meeting",
            False,
        ),
        ("Third Senior Officials' Meeting (SOM3)", "Second Senior Officials' Meeting", False),
        # The singular spelling some releases use ("Small and Medium Enterprise Working Group")
        (
            "41st APEC SME Working Group meeting",
            "41st APEC Small and Medium Enterprise Working Group meeting",
            True,
        ),
        # Restatements in other shapes: a plural, a hyphenated word, a possessive, a number.
        (
            "Eighth APEC Small and Medium-sized Enterprises (SMEs) Ministerial Meeting",
            "Eighth APEC Small and Medium-sized Enterprises Ministerial Meeting",
            True,
        ),
        (
            "Eighth Asia Pacific Economic Co-operation (APEC) Small and Medium-sized "
            "Enterprises (SME) Ministerial Meeting",
            "Eighth APEC Small and Medium-sized Enterprises Ministerial Meeting",
            True,
        ),
        (
            "11th APEC Women Leader's Network (WLN) meeting",
            "11th APEC Women Leaders' Network Meeting",
            True,
        ),
        ("Second APEC SOM (SOM2)", "Second Senior Officials' Meeting", True),
        # The short forms of APEC's standing meetings, "meeting of the X" and "X meeting".
        ("22nd meeting of the SME Working Group", "22nd MEETING OF APEC SMEWG", True),
        (
            "41st meeting of the APEC Small, Medium Enterprise Working Group",
            "41st APEC Small and Medium Enterprise Working Group meeting",
            True,
        ),
        ("Ministers Responsible for Trade (MRT) meeting", "APEC MRT Meeting", True),
        ("22nd meeting of the SME Working Group", "23rd SME Working Group meeting", False),
        ("Informal Senior Officials' Meeting", "Senior Officials' Meeting", True),
        ("ISOM", "Concluding Senior Officials' Meeting", False),
        # A numbered officials' meeting written short: "SOM1" is the First SOM, "CSOM" the
        # Concluding one; different numbers still differ.
        ("SOM1", "First Senior Officials' Meeting", True),
        ("APEC SOM 3", "Third APEC Senior Officials' Meeting", True),
        ("CSOM", "Concluding Senior Officials' Meeting", True),
        ("SOM2", "Third Senior Officials' Meeting", False),
        ("CSOM", "First Senior Officials' Meeting", False),
        # The SME ministerial meeting named by who meets or by its subject.
        (
            "meeting of APEC Ministers Responsible for SMEs",
            "1998 APEC SME Ministerial Meeting",
            True,
        ),
        ("24th APEC ministerial meeting on SMEs", "24th APEC SME Ministerial Meeting", True),
        (
            "Fourth APEC Ministers' Meeting on Small and Medium Enterprises",
            "Fourth SME Ministerial Meeting",
            True,
        ),
        ("24th APEC ministerial meeting on SMEs", "25th APEC SME Ministerial Meeting", False),
        ("Ministerial Meeting on Trade", "SME Ministerial Meeting", False),
        # A bracketed short form of several words, each a word before it or their initials.
        (
            "2023 Asia Pacific Economic Cooperation SME Working Group (APEC SME WG) meeting",
            "2023 APEC SME Working Group meeting",
            True,
        ),
        (
            "Digital Economy Steering Group (DESG) meeting",
            "Digital Economy Steering Group meeting",
            True,
        ),
        ("SME Working Group (APEC OFWG) meeting", "SME Working Group meeting", False),
        # Standing meetings named by who meets (seventh session), as the press names them.
        ("APEC ministerial meeting on food security", "APEC Food Security Ministers Meeting", True),
        ("APEC Trade Ministers' Meeting", "APEC Ministers Responsible for Trade Meeting", True),
        ("meeting of APEC foreign and trade ministers", "APEC Ministerial Meeting", True),
        ("Ministerial Meeting on Fisheries (Ocean Week)", "Ministerial Meeting on Fisheries", True),
        ("SOM III", "Third Senior Officials' Meeting", True),
        ("SOM-II", "Second Senior Officials' Meeting", True),
        ("20th summit meeting of the APEC leaders", "APEC Economic Leaders' Meeting", True),
        ("third informal meeting of the leaders of APEC", "APEC Economic Leaders' Meeting", True),
        ("annual meeting of APEC leaders", "APEC Economic Leaders' Meeting", True),
        ("2012 APEC summit", "APEC Economic Leaders' Meeting", True),
        ("APEC Trade Ministers' Meeting", "APEC Energy Ministers Meeting", False),
        ("29th APEC Ministerial Meeting", "Meeting of APEC Ministers Responsible for Trade", False),
        ("AMM", "29th APEC Ministerial Meeting", True),
        ("SOM III", "Second Senior Officials' Meeting", False),
        ("APEC CEO Summit", "APEC Economic Leaders' Meeting", False),
        ("APEC Youth Summit", "APEC Economic Leaders' Meeting", False),
        ("2012 APEC summit", "APEC CEO Summit 2012", False),
        ("APEC Leaders' Week", "APEC Economic Leaders' Meeting", False),
    ],
)
def test_a_title_is_the_same_when_a_person_reads_the_same_words(expected, read, same):
    assert _same("title", expected, read) is same


def test_records_of_one_page_are_paired_by_their_facts_not_their_order(tmp_path):
    text = (
        "Lima, Peru, 3 May 2024 -- Peru will host two APEC meetings in Lima this month. The APEC "
        "SME Working Group Meeting will be held on 10 May 2024. The Second Senior Officials' "
        "Meeting (SOM2) will be held on 20 May 2024.\n"
    )
    (tmp_path / "two.txt").write_text(text, encoding="utf-8")
    records = _event_records(text, _economy_names())
    assert len(records) == 2
    expected = [list(record) for record in reversed(records)]
    (tmp_path / "expected.json").write_text(json.dumps({"two.txt": expected}), encoding="utf-8")
    accuracy = measure("event", tmp_path)
    assert accuracy.overall == 1
    assert accuracy.total["title"] == 2
    assert accuracy.extra_records == 0


@pytest.mark.parametrize(
    ("field_name", "expected", "read", "same"),
    [
        ("venue", "The Green Sun Hotel", "Green Sun Hotel", True),
        ("venue", "Lima's Convention Center", "Lima Convention Center", True),
        ("venue", "Lima Convention Center", "Lima Convention Centre", False),
        # A bracket after a venue's name restates it or adds an aside.
        (
            "venue",
            "International Convention Center Jeju (ICC JEJU)",
            "International Convention Center Jeju",
            True,
        ),
        ("venue", "Lima Convention Center (LCC)", "Pacific Convention Center (PCC)", False),
        ("city", "Ho Chi Minh City", "ho chi minh city", True),
        # A town written with or without "City" is one town; a country or province without it
        # is not ("Mexico City" is not "Mexico", "Quezon City" is not the Quezon province).
        ("city", "Taipei City", "Taipei", True),
        ("city", "Iloilo", "Iloilo City", True),
        ("city", "Mexico City", "Mexico", False),
        ("city", "Quezon City", "Quezon", False),
        ("city", "City", "", False),
        # Two spellings of one town of the gazetteer are that town.
        ("city", "HCM City", "Ho Chi Minh City", True),
        ("city", "Ha Noi", "Hanoi", True),
        ("city", "Mexico", "Mexico City", False),
        ("city", "Hanoi", "Ho Chi Minh City", False),
        ("city", "Hanoi", "", False),
        ("city", "", None, True),
    ],
)
def test_a_place_is_the_same_when_only_case_an_article_or_a_possessive_differs(
    field_name, expected, read, same
):
    assert _same(field_name, expected, read) is same


def test_a_meeting_dated_by_its_month_has_no_first_day_to_score(tmp_path):
    """The reader keeps "this November" as November's first day with the precision "month";
    the text gives no first day, so the scorer reads an empty start, as for statements."""
    text = (
        "Minister welcomes APEC summit plans\n\nFriday, 20 September 2047\n\nThe minister "
        "said on Thursday that the Asia-Pacific Economic Cooperation (APEC) Summit would be "
        "held in Manila this November.\n"
    )
    (tmp_path / "summit.txt").write_text(text, encoding="utf-8")
    [record] = _event_records(text, _economy_names())
    assert record[1] is None
    for start, right in ((None, 1), ("2047-11-01", 0)):
        expected = {"summit.txt": [["APEC Summit", start, "Manila", "", "PHL", []]]}
        (tmp_path / "expected.json").write_text(json.dumps(expected), encoding="utf-8")
        assert measure("event", tmp_path).right["start"] == right


def test_a_missed_record_counts_every_field_wrong_even_the_empty_ones(tmp_path):
    """A page's second meeting the reader does not make: its empty venue and co-hosts are not
    "read right", and the pairing does not leave the read record unpaired to gain them."""
    text = (
        "Lima, Peru, 3 May 2024 -- The APEC SME Working Group Meeting will be held in Lima on "
        "10 May 2024.\n"
    )
    (tmp_path / "one.txt").write_text(text, encoding="utf-8")
    [read] = _event_records(text, _economy_names())
    missed = ["APEC Workshop on Export Finance", "2024-05-20", "", "", "", []]
    expected = {"one.txt": [list(read), missed]}
    (tmp_path / "expected.json").write_text(json.dumps(expected), encoding="utf-8")
    accuracy = measure("event", tmp_path)
    assert accuracy.right["venue"] == 1
    assert accuracy.right["co_hosts"] == 1
    assert accuracy.total["venue"] == 2
    assert accuracy.overall == 0.5
