"""`QueryLinks` writes exactly the links `{% querystring %}` writes, on awkward query strings."""

import pytest
from django.http import QueryDict
from django.template import Context, Template

from core.querylinks import QueryLinks, download_links

QUERIES = [
    "",
    "page=3",
    "economy=PHL&economy=tha&year=2019&page=12",
    "q=caf%C3%A9+%E4%B8%AD%E5%B0%8F%E4%BC%81%E4%B8%9A&page=2",  # café 中小企业
    "q=&economy=&year=2019",  # empty values are kept as given
    "q=a%26b%3Dc%2Bd%25+e&type=event",  # & = + % inside a value
    "economy=PHL&page=2&economy=THA&q=%F0%9F%9A%80",  # a repeated key split by another; emoji
    "weird+key=1&a%5Bb%5D=2&page=4",  # keys that need encoding
    "page=1&page=2",  # repeated page
    "format=csv&sort=-date&when=upcoming",
]

CHANGES = [
    {},
    {"page": 7},
    {"page": "7"},
    {"page": None},
    {"page": ""},
    {"format": "json", "page": None},
    {"type": None, "page": None},
    {"type": "event", "page": None},
    {"q": "digital résilience & growth", "page": None, "as_typed": None},
    {"q": "x", "as_typed": 1, "page": None},
    {"economy": ["VNM", "PHL"]},
    {"economy": []},
    {"economy": None, "year": None, "q": None, "page": None, "type": None},
    {"sort": "title", "page": None},
]


def rendered(query, changes, autoescape):
    """What `{% querystring %}` writes for `query` changed by `changes`."""
    names = list(changes)
    arguments = " ".join(f"{name}=value_{index}" for index, name in enumerate(names))
    tag = f"{{% querystring query {arguments} %}}"
    if not autoescape:
        tag = f"{{% autoescape off %}}{tag}{{% endautoescape %}}"
    context = {f"value_{index}": changes[name] for index, name in enumerate(names)}
    return Template(tag).render(Context({"query": query, **context}))


@pytest.mark.parametrize("query_string", QUERIES)
@pytest.mark.parametrize("changes", CHANGES, ids=repr)
def test_links_are_those_of_the_querystring_tag(query_string, changes):
    query = QueryDict(query_string)
    links = QueryLinks(query)
    expected = rendered(query, changes, autoescape=False)
    assert links(**changes) == expected
    # In a template, through autoescaping, the same HTML comes out either way.
    html = Template("{{ url }}").render(Context({"url": links(**changes)}))
    assert html == rendered(query, changes, autoescape=True)


def test_one_builder_answers_many_links_without_changing_its_query():
    query = QueryDict("economy=PHL&economy=THA&page=2&q=caf%C3%A9")
    links = QueryLinks(query)
    assert links(page=3) == "?economy=PHL&economy=THA&page=3&q=caf%C3%A9"
    assert links(page=None) == "?economy=PHL&economy=THA&q=caf%C3%A9"
    assert links(format="csv", page=None) == "?economy=PHL&economy=THA&q=caf%C3%A9&format=csv"
    assert links(page=3) == "?economy=PHL&economy=THA&page=3&q=caf%C3%A9"
    assert query.urlencode() == "economy=PHL&economy=THA&page=2&q=caf%C3%A9"


def without_by_hand(query, name, value=None):
    """The chips' rule, written with QueryDict operations: no page, no `name` (or value)."""
    query = query.copy()
    query.pop("page", None)
    if value is None:
        query.pop(name, None)
    else:
        query.setlist(name, [item for item in query.getlist(name) if item != value])
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


@pytest.mark.parametrize("query_string", QUERIES)
def test_chip_links_remove_one_value_and_the_page(query_string):
    query = QueryDict(query_string)
    links = QueryLinks(query)
    for name in [*query.keys(), "absent"]:
        for value in [None, *query.getlist(name), "not given"]:
            assert links.without(name, value) == without_by_hand(query, name, value)


def test_removing_the_last_filter_leaves_a_bare_question_mark():
    links = QueryLinks(QueryDict("economy=PHL&page=4"))
    assert links.without("economy", "PHL") == "?"
    assert links.without("economy") == "?"
    assert QueryLinks(QueryDict("economy=PHL&economy=THA")).without("economy", "THA") == (
        "?economy=PHL"
    )


def test_download_links_keep_the_filters_and_drop_the_page():
    links = QueryLinks(QueryDict("year=2019&page=3&economy=PHL"))
    assert download_links(links, ("html", "csv", "json", "ics")) == [
        {
            "format": "csv",
            "label": "CSV",
            "download": True,
            "url": "?year=2019&economy=PHL&format=csv",
        },
        {
            "format": "json",
            "label": "JSON",
            "download": False,
            "url": "?year=2019&economy=PHL&format=json",
        },
        {
            "format": "ics",
            "label": "iCalendar",
            "download": True,
            "url": "?year=2019&economy=PHL&format=ics",
        },
    ]
