"""Seventh session, c30: the title of a page's own event. A host-year site's headline writes
the year after the meeting ("… Meeting of APEC Peru 2043 Underway"): the title leaves it out;
a group's meeting named by the group's possessive ("the APEC Policy Partnership on Women and
the Economy's second meeting") is that group's meeting, and "the group's meeting" builds no
"APEC Group's Meeting"; a described dialogue "for micro, small and medium enterprises" is not
cut at its comma; a workshop's title in quotes right after its kind word is its name; a
headline's "APEC SME Forum" is the body's "APEC Forum on Small and Medium Enterprises and …".
Invented texts."""

import pytest

from events.importer import event_document_read
from tests.events.reading import dated_records, read_records, record_facts

pytestmark = pytest.mark.django_db


def test_a_host_year_written_after_the_meeting_in_a_headline_is_not_part_of_its_title():
    text = (
        "Saturday, February 21, 2043\n\n"
        "Second Senior Officials' Meeting of APEC Peru 2043 Underway\n\n"
        "Arequipa, February 20, 2043- From February 21 through March 4, the Second Senior "
        "Officials' Meeting (SOM2) and related meetings of APEC Peru 2043 will take place.\n"
    )
    [(title, start, city, host)] = dated_records(text)
    assert (title, start, city, host) == (
        "Second Senior Officials' Meeting",
        "2043-02-21",
        "Arequipa",
        "PER",
    )


@pytest.mark.parametrize(
    "headline",
    ["Meeting of APEC Ministers Opens in Lima", "APEC 2043 Forum on Ports Opens in Lima"],
)
def test_a_name_with_apec_but_no_host_year_after_it_keeps_its_words(headline):
    text = f"{headline}\n\nLIMA, 3 March 2043 - The {headline[:-14]} opened in Lima today.\n"
    title = read_records(text)[0].value("title")
    assert title.startswith(headline[:-14].replace("Meeting of APEC Ministers", "Meeting"))


def test_a_group_meeting_named_by_the_groups_possessive_and_no_built_group_meeting():
    text = (
        "Economies Advance Work on Rural Women's Finance\n\n"
        "Policy Partnership on Women and the Economy Iquitos, Peru | 14 May 2043\n\n"
        "Members met in Iquitos and agreed to share data on lending to women-led firms.\n\n"
        '"Finance is where inclusion starts," said Rosa Quispe, Chair of the APEC Policy '
        "Partnership on Women and the Economy, as she opened the group's meeting.\n\n"
        "The APEC Policy Partnership on Women and the Economy's second meeting, held in "
        "Iquitos on 13 May, carried forward the 2043 APEC theme.\n"
    )
    [record] = read_records(text)
    title, start, city = record_facts(record, "title", "start_date", "city")
    assert title.endswith("APEC Policy Partnership on Women and the Economy meeting")
    assert (start, city) == ("2043-05-13", "Iquitos")


def test_the_groups_meeting_is_the_meeting_of_the_group_named_before_it():
    text = (
        "GENEVA, 3 March 2043 - Ana Ruiz, chair of the APEC Tourism Working Group, opened the "
        "group's meeting in Geneva on 3 March 2043.\n"
    )
    titles = [r.value("title") for r in event_document_read(text).records]
    assert titles == ["APEC Tourism Working Group meeting"]


def test_a_described_dialogue_for_micro_small_and_medium_enterprises_is_not_cut_at_the_comma():
    text = (
        "Hanoi (VNA) – An APEC dialogue on trade facilitation for micro, small and medium "
        "enterprises in the digital age opened in Hanoi on 9 September 2043.\n"
    )
    [(title, start, city, _)] = dated_records(text)
    assert title == (
        "APEC Dialogue on Trade Facilitation for Micro, Small and Medium Enterprises in the "
        "Digital Age"
    )
    assert (start, city) == ("2043-09-09", "Hanoi")


def test_workshop_titles_in_quotes_right_after_the_kind_word_are_their_names():
    text = (
        'The group held a workshop themed "Measuring the Resilience of Port Cities in the APEC '
        'Region" in Hue on 20 May 2043.\n\n'
        'The workshop "Linking Vocational Schools and Start-ups: Youth and Rural Women", held '
        "by the Human Resources Development Working Group in Hue on 21 May 2043, drew 80 "
        "participants.\n"
    )
    assert [r[:3] for r in dated_records(text)] == [
        ("Measuring the Resilience of Port Cities in the APEC Region", "2043-05-20", "Hue"),
        ("Linking Vocational Schools and Start-ups: Youth and Rural Women", "2043-05-21", "Hue"),
    ]


def test_a_theme_of_a_meeting_or_summit_in_quotes_is_no_name():
    text = (
        "PORT MORESBY, 15 November 2043 - Ministers opened the APEC Ministerial Meeting in Port "
        'Moresby today. At the meeting themed "Harnessing Inclusive Opportunities", the host '
        "spoke of small businesses.\n"
    )
    titles = [r.value("title") for r in event_document_read(text).records]
    assert titles == ["APEC Ministerial Meeting"]


def test_a_headlines_short_form_is_the_bodys_name_giving_the_topic_after_the_kind_word():
    text = (
        "APEC SME Forum opens in Trujillo\n\n"
        "TRUJILLO, 7 May 2043 (Andes Wire) - The APEC Forum on Small and Medium Enterprises "
        "and Innovation for Inclusive Growth opened in Trujillo on Thursday at the Casa Grande "
        "Hotel.\n"
    )
    [record] = read_records(text)
    assert record_facts(record) == (
        "APEC Forum on Small and Medium Enterprises and Innovation for Inclusive Growth",
        "2043-05-07",
        "Trujillo",
        "Casa Grande Hotel",
        "PER",
    )


def test_a_headlines_forum_with_another_topic_keeps_its_own_record():
    text = (
        "APEC Energy Forum opens in Trujillo\n\n"
        "TRUJILLO, 7 May 2043 (Andes Wire) - The APEC Energy Forum opened in Trujillo on "
        "Thursday. Speakers recalled the APEC Forum on Small and Medium Enterprises held in "
        "Lima on 2 April 2043.\n"
    )
    assert read_records(text)[0].value("title") == "APEC Energy Forum"


def test_a_years_apec_forum_is_apec_itself_and_the_meeting_held_at_it_is_the_event():
    text = (
        "Lima, 9 August 2043 (PWA): The APEC Secretariat has said that at the APEC 2043 Forum, "
        "the delegates from the 81st APEC Tourism Working Group Meeting are coming together "
        "for talks. The session will last for two days.\n"
    )
    [(title, start, city, host)] = dated_records(text)
    assert (title, start, city, host) == (
        "81st APEC Tourism Working Group Meeting",
        "2043-08-09",
        "Lima",
        "PER",
    )


def test_a_plural_kind_word_with_a_year_after_it_names_an_edition_written_with_its_year_once():
    text = (
        "The President of Chile made the opening keynote speech at the 2043 Asia-Pacific "
        "Economic Cooperation (APEC) CEO Dialogues 2043, held in Santiago, Chile on 18 November "
        "2043, setting out the theme of this year's meeting.\n"
    )
    titles = [r.value("title") for r in read_records(text)]
    assert titles == ["APEC CEO Dialogues 2043"]


def test_a_plural_kind_word_without_a_year_after_it_is_still_no_name():
    text = (
        "SANTIAGO, 18 November 2043 - The APEC CEO Summit opened in Santiago today under the "
        'theme "Succeeding Together: New Challenges for Business".\n'
    )
    titles = [r.value("title") for r in read_records(text)]
    assert titles == ["APEC CEO Summit"]


def test_upcoming_is_when_a_described_meeting_is_no_word_of_its_title():
    text = (
        "HANOI, Oct 3 (VNA) - APEC foreign ministers and trade ministers continued their final "
        "preparation for the upcoming leaders' meeting in Da Nang on Friday, officials said.\n"
    )
    titles = [r.value("title") for r in read_records(text)]
    assert titles == ["APEC Leaders' Meeting"]
