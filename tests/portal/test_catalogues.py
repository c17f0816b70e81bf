"""Issue 25: the nine message catalogues are complete, well-formed and compiled, and no
interface string reaches a translated page in English."""

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.utils.translation import to_locale

ROOT = Path(settings.BASE_DIR)
CODES = [code for code, _ in settings.LANGUAGES if code != "en"]
PLACEHOLDER = re.compile(r"%\(\w+\)s")


def catalogue(code):
    path = ROOT / "locale" / to_locale(code) / "LC_MESSAGES" / "django.po"
    with path.open("rb") as handle:
        return read_po(handle)


def test_every_language_has_a_catalogue():
    found = sorted(path.parent.name for path in (ROOT / "locale").glob("*/LC_MESSAGES"))
    assert found == sorted(to_locale(code) for code in CODES)


@pytest.mark.parametrize("code", CODES)
def test_the_catalogue_is_complete_with_no_fuzzy_entry_and_the_same_placeholders(code):
    entries = [message for message in catalogue(code) if message.id]
    assert len(entries) > 150
    untranslated = [
        m.id for m in entries if not all(m.string if isinstance(m.string, tuple) else [m.string])
    ]
    fuzzy = [m.id for m in entries if m.fuzzy]
    assert untranslated == []
    assert fuzzy == []
    for message in entries:
        english = message.id if isinstance(message.id, str) else message.id[0]
        translated = message.string if isinstance(message.string, str) else message.string[0]
        # Russian counts drop the noun (its case depends on the number): the noun may go.
        allowed = set(PLACEHOLDER.findall(english))
        assert set(PLACEHOLDER.findall(translated)) <= allowed, (code, english)
        for name in ("%(count)s", "%(code)s", "%(value)s", "%(label)s", "%(total)s"):
            if name in english and code != "ru":
                assert name in translated, (code, english)
        # Links and markup keep their tags.
        assert sorted(re.findall(r"</?\w+", english)) == sorted(
            re.findall(r"</?\w+", translated)
        ), (code, english)


@pytest.mark.parametrize("code", CODES)
def test_the_catalogue_header_names_who_may_review_it(code):
    header = catalogue(code).header_comment
    assert "Reviewer: a fluent" in header
    assert "APEC Secretariat's SME team" in header


def test_the_committed_compiled_catalogues_match_their_sources():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "compilemessages"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


# --- no English interface string on a translated page -----------------------------------


class TextNodes(HTMLParser):
    """The visible text of a page (and its title, labels and placeholders), one piece per node.
    Search syntax typed as is (`<kbd>or</kbd>`) is left out: it is not translated."""

    def __init__(self):
        super().__init__()
        self.pieces = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "kbd", "code"):
            self.skip += 1
        for name, value in attrs:
            if name in ("aria-label", "placeholder", "title") and value:
                self.pieces.append(value)

    def handle_endtag(self, tag):
        if tag in ("script", "style", "kbd", "code"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.pieces.append(" ".join(data.split()))


def english_interface_strings(code):
    """Every catalogue string with no placeholder whose translation differs from the English."""
    strings = set()
    for message in catalogue(code):
        plain = isinstance(message.id, str) and message.id and "%(" not in message.id
        plain = plain and "<" not in message.id
        if plain and message.string != message.id:
            strings.add(message.id)
    return strings


LEAK_PAGES = [
    "/",
    "/economies/twn/",
    "/initiatives/apec-local-innovation-ecosystem-initiative/",
    "/events/apec-local-innovation-ecosystem-forum-philippines-2019/",
    "/statements/2017-apec-small-and-medium-enterprises-ministerial-meeting/",
    "/search/",
    "/search/?q=innovation",
    "/search/?q=Viet+Nam",
    "/about/",
    "/accessibility/",
    "/privacy/",
    "/contact/",
    "/events/?year=2019",
    "/events/?year=abc",
    "/events/?year=1901",
    "/initiatives/",
    "/statements/",
    "/economies/",
    "/economies/co-hosting/",
    "/economies/co-hosting/?year=1901",
    "/economies/phl/",
    "/data/",
    "/no-such-page/",
]

#: Pages of which only some parts are checked ({path: [(start, end)]}): none now; /data/,
#: its field tables included, is checked whole.
CHECKED_PARTS = {}


def checked_part(path, html):
    parts = CHECKED_PARTS.get(path)
    if parts is None:
        return html
    pieces = []
    for start, end in parts:
        assert start in html and end in html, (path, start)
        pieces.append(html.split(start, 1)[1].split(end, 1)[0])
    return "\n".join(pieces)


#: A theme's name in the three languages of the leak test (the demo's themes have none).
FINANCE = {"es": "Finanzas", "ja": "金融", "ru": "Финансы"}


def english_names_translated(code):
    """The English names of the economies and themes that have a name in `code`: shown on
    a page in that language, they are English left where a translation exists (the
    co-hosting page's filter form, the lists' facets, the economy pages)."""
    from initiatives.models import Economy, Theme

    names = set()
    for model in (Economy, Theme):
        translated = f"name_{code.replace('-', '_')}"
        for name, other in model.objects.values_list("name", translated):
            if other and other != name:
                names.add(name)
    return names


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["es", "ja", "ru"])
def test_no_english_interface_string_is_left_on_a_translated_page(client, demo, code):
    from initiatives.models import Theme

    Theme.objects.filter(slug="finance").update(**{f"name_{code}": FINANCE[code]})
    english = english_interface_strings(code) | english_names_translated(code)
    assert "Apply filters" in english and "Skip to main content" in english
    assert {"Thailand", "Finance"} <= english
    for path in LEAK_PAGES:
        response = client.get(f"/{code}{path}")
        parser = TextNodes()
        parser.feed(checked_part(path, response.content.decode()))
        leaked = sorted({piece for piece in parser.pieces if piece.strip(" :·") in english})
        assert leaked == [], (code, path)
        # The same page in English does show them: the test can fail.
        parser = TextNodes()
        parser.feed(checked_part(path, client.get(path).content.decode()))
        assert {piece.strip(" :·") for piece in parser.pieces} & english, path


def leaked_strings(html, english):
    parser = TextNodes()
    parser.feed(html)
    return sorted({piece for piece in parser.pieces if piece.strip(" :·") in english})


@pytest.mark.django_db
def test_the_data_pages_field_tables_are_translated(client):
    # Generated from the export declarations: headings, captions, types and meanings.
    html = client.get("/es/data/").content.decode()
    assert "<caption>Columnas CSV de eventos</caption>" in html
    assert "<td>fecha</td><td>Año de la fecha de inicio.</td>" not in html  # year is an integer
    assert "<td>entero</td><td>Año de la fecha de inicio.</td>" in html
    assert "El nombre del evento." in html and "The event's name." not in html
    # An economy column's two CSV columns, composed in Spanish.
    assert "<td>código</td><td>La economía anfitriona del evento (code).</td>" in html
    assert "La economía anfitriona del evento (nombre)." in html
    # The English page, and the data release's datapackage, keep the English.
    english = client.get("/data/").content.decode()
    assert "<td>integer</td><td>Year of the start date.</td>" in english


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["es", "ja", "ru"])
def test_the_portals_admin_screens_speak_the_staff_members_language(
    code, editor_client, publisher_client
):
    from django.urls import reverse

    from tests.core.test_desk import change_url, propose, review_url, send_for_review
    from tests.factories import EventFactory, InitiativeFactory

    live = InitiativeFactory(title="Digital SMEs", slug="digital-smes")
    draft = EventFactory(title="Draft forum", publication_status="draft")
    propose(editor_client, live, title="Digital SMEs 2")
    send_for_review(editor_client, draft)
    # The portal's own parts of each screen (Django's admin translates its own; the models'
    # names and field labels: test_the_admins_model_names_and_field_labels_are_translated).
    own = ('id="content"', 'id="footer"')
    pages = [
        # the desk (waiting for review, the import link), before Django's list of models
        (publisher_client, "/admin/", ('id="editorial-desk"', 'id="content-main"')),
        (editor_client, "/admin/", ('id="editorial-desk"', 'id="content-main"')),
        (publisher_client, review_url(live), own),
        (editor_client, change_url(live), ('id="pending-change"', "</div>")),
        (publisher_client, change_url(live).replace("/change/", "/history/"), own),
        (publisher_client, reverse("admin_notifications"), own),
        # the page's template and its form's labels (declared in the import code)
        (publisher_client, reverse("admin_document_import"), ('id="content-main"', 'id="footer"')),
    ]
    english = english_interface_strings(code)
    for client, path, (start, end) in pages:
        client.cookies["portal_language"] = "en"
        html = client.get(path).content.decode()
        part = html.split(start, 1)[1].split(end, 1)[0]
        # In English the portal's own strings are there: the test can fail.
        assert leaked_strings(part, english), path
        client.cookies["portal_language"] = code
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        assert f'lang="{code}"' in html, path
        part = html.split(start, 1)[1].split(end, 1)[0]
        assert leaked_strings(part, english) == [], (code, path)


#: What the admin's home page and an initiative's change form show in each language: the
#: site's titles, the models' names, field labels and help texts (docs/languages.md).
ADMIN_WORDS = {
    "es": {
        "index": [
            "Administración del Portal de Innovación de las Pymes de APEC",
            "Registros y trabajo editorial",
            ">Iniciativas</a>",
            ">Eventos</a>",
            ">Declaraciones</a>",
            ">Economías</a>",
            ">Temas</a>",
        ],
        "change": [
            'for="id_title">Título',
            'for="id_proposer">Economía proponente',
            'for="id_co_implementers">Economías coejecutoras',
            'for="id_lead_agency">Organismo responsable',
            "El organismo que la ejecuta, tal como lo nombran las fuentes.",
            "Actividades y productos",
            "Traducción: Español (es)",
            "Objetivos",
            'for="id_title_es">Título [es]',
        ],
    },
    "ja": {
        "index": [
            "APEC 中小企業イノベーション・ポータル管理",
            ">イニシアチブ</a>",
            ">イベント</a>",
            ">エコノミー</a>",
        ],
        "change": [
            'for="id_title">タイトル',
            'for="id_proposer">提案エコノミー',
            'for="id_lead_agency">主管機関',
            "実施する機関です。出典での名称で記入します。",
            "活動と成果物",
        ],
    },
    "ru": {
        "index": [
            "Администрирование Портала инноваций МСП АТЭС",
            ">Инициативы</a>",
            ">Мероприятия</a>",
            ">Заявления</a>",
            ">Экономики</a>",
        ],
        "change": [
            'for="id_title">Название',
            'for="id_proposer">Экономика-инициатор',
            'for="id_lead_agency">Ведущее ведомство',
            "Ведомство, которое её ведёт, как его называют источники.",
            "Мероприятия и результаты",
        ],
    },
}


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["es", "ja", "ru"])
def test_the_admins_model_names_and_field_labels_are_translated(code, publisher_client):
    from tests.core.test_desk import change_url
    from tests.factories import InitiativeFactory

    initiative = InitiativeFactory(title="Digital SMEs", slug="digital-smes")
    english = {
        "index": [
            "APEC SME Innovation Portal administration",
            ">Initiatives</a>",
            ">Economies</a>",
        ],
        "change": [
            'for="id_title">Title',
            'for="id_proposer">Proposing economy',
            'for="id_lead_agency">Lead agency',
            "The agency that runs it, as the sources name it.",
            "Activities and outputs",
            "Translation: Español (es)",
        ],
    }
    pages = {"index": "/admin/", "change": change_url(initiative)}
    for name, path in pages.items():
        publisher_client.cookies["portal_language"] = "en"
        html = publisher_client.get(path).content.decode()
        for words in english[name]:  # the English screen shows them: the test can fail
            assert words in html, (name, words)
        publisher_client.cookies["portal_language"] = code
        response = publisher_client.get(path)
        assert response.status_code == 200
        html = response.content.decode()
        for words in ADMIN_WORDS[code][name]:
            assert words in html, (code, name, words)
        for words in english[name]:
            assert words not in html, (code, name, words)


@pytest.mark.django_db
def test_the_lock_out_page_speaks_the_readers_language(client, editor):
    client.cookies["portal_language"] = "es"
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = client.post(
            "/admin/login/?next=/admin/",
            {"username": "editor", "password": "wrong"},
            REMOTE_ADDR="198.51.100.8",
        )
    assert response.status_code == 429
    html = response.content.decode()
    assert "<h1>Demasiados intentos fallidos de inicio de sesión</h1>" in html
    assert leaked_strings(html, english_interface_strings("es")) == []


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["es", "ja", "ru"])
def test_the_admins_refusals_and_the_import_kinds_speak_the_staff_members_language(
    code, editor, publisher
):
    """The publication service's and the change form's refusals, the edit-conflict report
    and the import form's kinds: English when the staff member reads English, else never
    one of the English catalogue strings, and no English sentence left whole."""
    from django.core.exceptions import PermissionDenied
    from django.utils import translation

    from core.editorial.forms import conflict_report
    from core.importing.kinds import all_kinds
    from core.publication import (
        TransitionRefused,
        record_publish,
        record_send_back,
        rule_problem,
    )
    from tests.factories import EventFactory, StatementFactory

    statement = StatementFactory(
        title="Joint statement", publication_status="draft", meeting__publication_status="draft"
    )
    published = EventFactory(title="Live forum")
    draft = EventFactory(title="Draft forum", publication_status="draft")
    shown = StatementFactory(title="Live statement")

    def refusal(call, *args, **kwargs):
        try:
            call(*args, **kwargs)
        except (PermissionDenied, TransitionRefused) as error:
            return str(error)
        raise AssertionError(f"{call.__name__} was not refused")

    def messages():
        return [
            rule_problem(statement, "published"),
            rule_problem(shown.meeting, "draft"),
            refusal(record_publish, draft, user=editor),  # an Editor may not publish
            refusal(record_publish, published, user=publisher),  # already published
            refusal(record_send_back, published, user=publisher, comment=" "),
            *conflict_report(type(published), published.pk, base_version=None),
            *(str(kind.label) for kind in all_kinds().values()),
        ]

    with translation.override("en"):
        english = messages()
    assert "Ministerial statement" in english
    assert any(message.startswith("“Joint statement” cannot be published") for message in english)
    catalogue_strings = english_interface_strings(code)
    with translation.override(code):
        translated = messages()
    assert len(translated) == len(english)
    for before, after in zip(english, translated, strict=True):
        assert after != before, (code, after)
        assert after not in catalogue_strings, (code, after)
        # The record's own title stays as written.
        if "Joint statement" in before:
            assert "Joint statement" in after
