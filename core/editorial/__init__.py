"""The secretariat's editorial workflow, shared by the admin of every public record.

Split by concern, each module over `core.publication` (which alone changes publication
states and holds the rules):

- `admin`: `EditorialAdmin`, put together from the mixins below.
- `forms`: `EditorialForm` (the edit-number check, publication rights, rules between
  records) and the change form built for a user.
- `pending`: changes to public records waiting for a Publisher, their review, and
  `propose_for_review` for routes other than the change form.
- `merge`: "apply my changes on top of the current version" after a refused save.
- `history`: the history page, restore and recover.
- `buttons`: the publication buttons, list actions, status column and filter.
- `diffs`, `formdata`, `log`: what changed as people read it; a form's data as plain
  data; editorial acts in the admin's log.

- Roles: Editors change records; only a user with the model's "publish" permission (the
  Publishers group) can publish or unpublish, by any route.
- No lost edits: each change form carries the record's `version`; a save over a version
  someone else has moved on is refused with what they changed, and can be merged.
- Changes to public records wait for a Publisher: an Editor's save of a public record
  (published, or shown by a published record) writes nothing to it; what the Editor's
  form holds is kept as a `PendingChange`, reviewed as a field-by-field diff.
- A save that changes nothing writes nothing (no history version, no new edit number).

Every name other modules import from `core.editorial` stays importable from here.
"""

from core.editorial.admin import EditorialAdmin
from core.editorial.buttons import (
    PUBLISHER_BUTTONS,
    TRANSITIONS,
    PublicationFilter,
    publication_status,
)
from core.editorial.diffs import (  # noqa: F401  (older names, still importable from here)
    QUIET_FIELDS,
    SHOWN_CHARS,
    STATE_FIELDS,
    _form_errors,
    _shown,
    field_changes,
    inline_versions_of,
    pending_changes,
    revision_changes,
)
from core.editorial.formdata import (  # noqa: F401  (older names, still importable from here)
    NEVER_PROPOSED,
    _as_querydict,
    _posted_data,
    _unbound_data,
    proposal_data,
)
from core.editorial.forms import EditorialForm, conflict_report
from core.editorial.history import _KeepLiveRecord  # noqa: F401
from core.editorial.log import log_editorial
from core.editorial.pending import ProposalRefused, propose_for_review

__all__ = [
    "NEVER_PROPOSED",
    "PUBLISHER_BUTTONS",
    "QUIET_FIELDS",
    "TRANSITIONS",
    "EditorialAdmin",
    "EditorialForm",
    "ProposalRefused",
    "PublicationFilter",
    "conflict_report",
    "field_changes",
    "inline_versions_of",
    "log_editorial",
    "pending_changes",
    "proposal_data",
    "propose_for_review",
    "publication_status",
    "revision_changes",
]
