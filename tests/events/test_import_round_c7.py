"""The event reader's rules of the thirteenth round, wave 2 (c7): the title of the event.

The texts are invented, in the layouts of real ministry releases, university news pages,
newswire copies and consultancy blogs on APEC meetings (docs/importing.md, "Thirteenth
round, wave 2, c7"). Each class of phrasing is read by one rule: a meeting named by its year
in the body and by its number elsewhere, a working group named by its meeting's number and
its acronym, two words a copy glued together, and the APEC year written after a meeting's
name. The first tests of each class fail on the reader before the round; those marked as
guards hold on it and after.
"""

from pathlib import Path

import pytest

from events.importer import event_document_read
from tests.events.reading import main_record, record_facts

pytestmark = pytest.mark.django_db

DEVSET = Path(__file__).parent / "devset"


# --- A meeting named by its year in the body and by its number in the headline ------------


def test_the_number_the_headline_gives_beats_the_year_form_of_the_body():
    # the layout of a ministry's news table: headline cell, date cell, then one cell holding
    # the release's own heading run into its body (devset e529)
    text = (DEVSET / "e529_c7_release_headline_ordinal_body_year_form.txt").read_text()
    assert record_facts(main_record(text), "title", "start_date") == (
        "47th APEC Small and Medium Enterprises Ministerial Meeting",
        "2041-08-20",
    )


def test_guard_a_year_form_alone_stays_the_name():
    text = (
        "Ministry Starts Work on the SME Ministerial\n\n"
        "The ministry signed an agreement today on the 2046 APEC SME Ministerial Meeting, to "
        "be held from 3 to 5 September 2046 in Cebu."
    )
    assert record_facts(main_record(text), "title") == ("2046 APEC SME Ministerial Meeting",)


# --- A working group named by its meeting's number and its acronym -------------------------


def test_a_headline_group_acronym_after_an_ordinal_names_its_meeting():
    text = (
        "Volunteers Welcome Delegates to the 63rd APEC SMEWG\n\n"
        "From 9 to 11 June 2047, forty volunteers guided delegates at an international "
        "forum, namely the 63rd Asia Pacific Economic Asia-Pacific Economic Cooperation Small "
        "and Medium Enterprises Working Group (APEC SMEWG) in Surabaya."
    )
    assert record_facts(main_record(text), "title", "start_date") == (
        "63rd APEC SME Working Group meeting",
        "2047-06-09",
    )


def test_a_group_acronym_with_its_number_glued_on_names_its_meeting():
    text = (
        "SMEWG63 opens in Surabaya\n\n"
        "Delegates of the 21 economies met in Surabaya on 9 June 2047 as SMEWG63 opened at "
        "the city's convention hall."
    )
    assert record_facts(main_record(text), "title") == ("63rd APEC SME Working Group meeting",)


def test_guard_a_group_acronym_with_a_spaced_number_is_no_numbered_meeting():
    text = (
        "September 24, 2047\n"
        "Women's forum opens in Arequipa\n\n"
        "The second APEC Policy Partnership on Women and the Economy (PPWE 2) Meeting opened "
        "in Arequipa on September 23.\n\n"
        "PPWE 2 is the first meeting of the four-day APEC 2047 Women and the Economy Forum."
    )
    titles = [r.value("title") for r in event_document_read(text).records]
    assert not any(title.startswith("2nd") for title in titles)


# --- Two words a copy glued together -------------------------------------------------------


def test_glued_capitalised_words_of_a_name_are_split_when_both_are_words():
    text = (
        "Hanoi (VNA) – The 52nd APEC Small and MediumEnterprises Ministerial Meeting will "
        "take place in Hue from 2 to 4 August 2048, the agency said."
    )
    assert record_facts(main_record(text), "title") == (
        "52nd APEC Small and Medium Enterprises Ministerial Meeting",
    )


def test_a_glued_pair_of_name_words_is_split_though_the_text_writes_neither_apart():
    text = "The Forum on APEC DigitalEconomy opened in Hue on 2 August 2048."
    assert record_facts(main_record(text), "title") == ("Forum on APEC Digital Economy",)


def test_guard_a_brand_written_in_two_capitals_stays_whole():
    text = (
        "The APEC WeChat Marketing Workshop for Small Firms will be held in Hue on 2 August 2048."
    )
    assert record_facts(main_record(text), "title") == (
        "APEC WeChat Marketing Workshop for Small Firms",
    )


# --- The APEC year written after a meeting's name ------------------------------------------


def test_the_apec_year_after_a_meetings_name_recalls_no_past():
    text = (
        "The Third Senior Officials’ Meeting (SOM3) of APEC 2049 brought together officials "
        "in Lima to talk about services trade.\n"
        "Two of our analysts at a Trade Committee Workshop.\n"
        "Here is what we learned."
    )
    assert record_facts(main_record(text), "title") == ("Third Senior Officials’ Meeting",)


# --- A newspaper's "Apec" ------------------------------------------------------------------


def test_a_newspapers_apec_names_the_meeting_as_apec_does():
    text = (
        "Ministers meet as Apec turns to services\n\n"
        "PORT MORESBY — Ministers gather for the 43rd Asia Pacific Economic Cooperation (Apec) "
        "Ministerial Meeting, which opened in Port Moresby on November 12, 2042."
    )
    assert record_facts(main_record(text), "title", "start_date") == (
        "43rd APEC Ministerial Meeting",
        "2042-11-12",
    )


# --- A project's quoted title inside a workshop's name -------------------------------------


def test_a_projects_quoted_title_stays_inside_the_workshops_name():
    text = (
        "APEC Project “Safer Cold Chains for Small Farms” Lima Workshop [June 3-4, 2044]\n\n"
        "The institute ran this Lima Workshop for experts of six economies.\n\n"
        "Dates: June 3 (Tuesday), 4 (Wednesday), 2044"
    )
    assert record_facts(main_record(text), "title", "start_date") == (
        "APEC Project “Safer Cold Chains for Small Farms” Lima Workshop",
        "2044-06-03",
    )


def test_guard_a_quoted_remark_before_a_name_is_no_part_of_it():
    text = (
        "“We are ready,” said the minister as the APEC Ports Workshop opened in Lima on "
        "3 June 2044."
    )
    assert record_facts(main_record(text), "title") == ("APEC Ports Workshop",)


# --- A workshop titled in quotes; an office whose name ends in "Training" ------------------


def test_a_workshop_themed_with_a_quoted_title_is_named_by_it():
    text = (
        "Under the APEC trade committee, a working group held a workshop themed “Counting "
        "Green Jobs in Coastal Cities.” on 4 May 2045 in Da Nang."
    )
    assert record_facts(main_record(text), "title") == ("Counting Green Jobs in Coastal Cities",)


def test_an_office_whose_name_ends_in_training_is_no_event():
    text = (
        "Speakers from the General Department of Vocational Training met APEC delegates. "
        "The APEC Skills Forum was held in Hue on 4 May 2045."
    )
    assert record_facts(main_record(text), "title") == ("APEC Skills Forum",)


def test_guard_a_training_named_for_its_subject_stays_an_event():
    text = "The APEC Customs Risk Management Training was held in Hue on 4 May 2045."
    assert record_facts(main_record(text), "title") == ("APEC Customs Risk Management Training",)
