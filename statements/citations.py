"""How a statement and its paragraphs are cited and downloaded whole.

A citation names the document first (its own name, or "Joint Ministerial
Statement" when the record's title is the meeting's name), then the meeting
once, its place and date, and the paragraph. The same facts go out as plain
text, BibTeX, CSL-JSON (what Zotero, Mendeley and citeproc read) and RIS (what
EndNote and most reference managers import).
"""

import json
import re
from dataclasses import dataclass

BIBTEX_SPECIAL = re.compile(r"([&%$#_{}])")


def _bibtex_escape(text):
    return BIBTEX_SPECIAL.sub(r"\\\1", text)


def _ordinal(number):
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def meeting_name(statement):
    if statement.meeting_number:
        return f"{_ordinal(statement.meeting_number)} APEC SME Ministerial Meeting"
    return "APEC SME Ministerial Meeting"


JOINT_STATEMENT = "Joint Ministerial Statement"
MEETING_WORDS = re.compile(r"\bmeeting\b", re.IGNORECASE)


def document_name(statement):
    """What the document is called, without repeating the meeting.

    A title that names the meeting ("2017 APEC Small and Medium Enterprises
    Ministerial Meeting", "... Meeting Joint Statement") is the record of the
    meeting's joint statement: the document is the Joint Ministerial
    Statement, and the meeting is named beside it. Any other title is the
    document's own name ("Nanjing Declaration on ...") and is kept.
    """
    title = " ".join(statement.title.split())
    if not title or MEETING_WORDS.search(title):
        return JOINT_STATEMENT
    return title


def meeting_place(statement):
    meeting = statement.meeting
    host = meeting.host.name if meeting.host_id else ""
    return ", ".join(part for part in (meeting.city, host) if part)


@dataclass(frozen=True)
class Citation:
    url: str
    text: str
    bibtex: str


def _place_and_date(statement):
    date = statement.meeting.start_date
    place = meeting_place(statement)
    return ", ".join(part for part in (place, f"{date:%-d %B %Y}") if part)


def statement_citation_text(statement, url, paragraph=None):
    """“Joint Ministerial Statement”, 24th APEC SME Ministerial Meeting, Ho Chi Minh City,
    Viet Nam, 15 September 2017[, paragraph 5]. <url>"""
    locator = f", paragraph {paragraph.cited_label}" if paragraph is not None else ""
    return (
        f"“{document_name(statement)}”, {meeting_name(statement)}, "
        f"{_place_and_date(statement)}{locator}. {url}"
    )


def _bibtex(statement, url, paragraph=None):
    date = statement.meeting.start_date
    place = meeting_place(statement)
    title = document_name(statement)
    key = statement.slug
    if paragraph is not None:
        title = f"{title}, paragraph {paragraph.cited_label}"
        key = f"{statement.slug}-{paragraph.anchor}"
    fields = [
        ("author", "{" + _bibtex_escape(meeting_name(statement)) + "}"),
        ("title", _bibtex_escape(title)),
        ("howpublished", _bibtex_escape(meeting_name(statement))),
        ("address", _bibtex_escape(place)) if place else None,
        ("year", str(date.year)),
        ("date", date.isoformat()),
        ("note", f"Paragraph {paragraph.cited_label}") if paragraph is not None else None,
        ("url", url),
    ]
    lines = [f"@misc{{{key},"]
    lines += [f"  {name} = {{{value}}}," for name, value in filter(None, fields)]
    lines.append("}")
    return "\n".join(lines)


def paragraph_citation(statement, paragraph, url):
    """A plain-text and a BibTeX citation of one paragraph at its permalink `url`."""
    return Citation(
        url=url,
        text=statement_citation_text(statement, url, paragraph),
        bibtex=_bibtex(statement, url, paragraph),
    )


def statement_citation(statement, url):
    """A plain-text and a BibTeX citation of the whole statement at `url`."""
    return Citation(
        url=url, text=statement_citation_text(statement, url), bibtex=_bibtex(statement, url)
    )


def csl_item(statement, url, paragraph=None):
    """One CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html)."""
    date = statement.meeting.start_date
    place = meeting_place(statement)
    item = {
        "id": statement.slug if paragraph is None else f"{statement.slug}-{paragraph.anchor}",
        "type": "document",
        "title": document_name(statement),
        "container-title": meeting_name(statement),
        "event-title": meeting_name(statement),
        "author": [{"literal": meeting_name(statement)}],
        "issued": {"date-parts": [[date.year, date.month, date.day]]},
        "URL": url,
    }
    if place:
        item["event-place"] = place
        item["publisher-place"] = place
    if paragraph is not None:
        item["title"] = f"{item['title']}, paragraph {paragraph.cited_label}"
        item["locator"] = str(paragraph.cited_label)
        item["label"] = "paragraph"
    return item


def csl_json(statement, url, paragraph=None):
    """A CSL-JSON file: a list holding the one item."""
    return json.dumps([csl_item(statement, url, paragraph)], ensure_ascii=False, indent=1) + "\n"


def _ris_value(value):
    # One field per line: line breaks inside a value would start a new (bogus) tag.
    return " ".join(str(value).split())


def ris(statement, url, paragraph=None):
    """An RIS record (TY ... ER), lines ending in CRLF as the format asks."""
    date = statement.meeting.start_date
    place = meeting_place(statement)
    title = document_name(statement)
    if paragraph is not None:
        title = f"{title}, paragraph {paragraph.cited_label}"
    fields = [
        ("TY", "GOVDOC"),
        ("TI", title),
        ("T2", meeting_name(statement)),
        ("AU", meeting_name(statement) + ","),
        ("CY", place),
        ("PY", str(date.year)),
        ("DA", f"{date:%Y/%m/%d}/"),
        ("UR", url),
        ("N1", f"Paragraph {paragraph.cited_label}" if paragraph is not None else ""),
        ("ID", statement.slug if paragraph is None else f"{statement.slug}-{paragraph.anchor}"),
    ]
    lines = [f"{tag}  - {_ris_value(value)}" for tag, value in fields if value]
    lines.append("ER  - ")
    return "\r\n".join(lines) + "\r\n"


def statement_text(statement, url):
    """The whole statement as plain text: a header, then headings and numbered paragraphs."""
    date = statement.meeting.start_date
    lines = [statement.title, ""]
    lines.append(f"{meeting_name(statement)}, {meeting_place(statement)}, {date:%-d %B %Y}")
    if statement.meeting_theme:
        lines.append(f"Theme: {statement.meeting_theme}")
    if statement.chair:
        lines.append(f"Chair: {statement.chair}")
    if statement.incomplete:
        lines.append("Incomplete text: this copy holds only part of the statement.")
    lines.append(f"Permalink: {url}")
    if statement.source_url:
        lines.append(f"Source: {statement.source_url}")
    for section, paragraphs in statement.reading_order():
        if section is not None:
            prefix = f"{section.display_label}. " if section.display_label else ""
            lines += ["", f"{prefix}{section.heading}"]
        for paragraph in paragraphs:
            if paragraph.numbered_by_portal:  # the source gives no number: the portal's, bracketed
                lines += ["", f"[{paragraph.number}] {paragraph.text}"]
            else:
                lines += ["", f"{paragraph.label or paragraph.number}. {paragraph.text}"]
    return "\n".join(lines) + "\n"


def statement_data(statement, absolute):
    """The whole statement as a JSON-ready dict; `absolute(path)` makes a full URL."""
    url = absolute(statement.get_absolute_url())
    meeting = statement.meeting
    section_positions = {section.pk: section.position for section in statement.sections.all()}
    return {
        "slug": statement.slug,
        "title": statement.title,
        "document": document_name(statement),
        "meeting_number": statement.meeting_number,
        "meeting": meeting_name(statement),
        "date": meeting.start_date.isoformat(),
        "city": meeting.city,
        "host_economy": (
            {"code": meeting.host.code, "name": meeting.host.name} if meeting.host_id else None
        ),
        "meeting_theme": statement.meeting_theme,
        "chair": statement.chair,
        "incomplete": statement.incomplete,
        "themes": [
            {"slug": theme.slug, "name": theme.name}
            for theme in sorted(statement.themes.all(), key=lambda t: t.slug)
        ],
        "source_url": statement.source_url,
        "url": url,
        # Only a public event page is linked (the file is public data, even for staff).
        "meeting_url": absolute(meeting.get_absolute_url()) if meeting.is_published else None,
        "sections": [
            {
                "position": section.position,
                "number": section.number,
                "label": section.display_label,
                "heading": section.heading,
            }
            for section in statement.sections.all()
        ],
        "paragraphs": [
            {
                "number": paragraph.number,
                "label": "" if paragraph.numbered_by_portal else paragraph.cited_label,
                "numbered_by_portal": paragraph.numbered_by_portal,
                "section_position": section_positions.get(paragraph.section_id),
                "text": paragraph.text,
                "url": f"{url}#{paragraph.anchor}",
                "initiatives": [
                    {"slug": initiative.slug, "title": initiative.title}
                    for initiative in sorted(paragraph.initiatives.all(), key=lambda i: i.slug)
                    if initiative.is_published
                ],
            }
            for paragraph in sorted(statement.paragraphs.all(), key=lambda p: p.number)
        ],
    }
