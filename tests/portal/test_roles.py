import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_create_staff_account_makes_a_non_superuser_staff_member_in_the_role():
    call_command(
        "create_staff_account", "ana", role="editor", password="Long-enough-2026", verbosity=0
    )
    user = get_user_model().objects.get(username="ana")
    assert (user.is_staff, user.is_superuser) == (True, False)
    assert [g.name for g in user.groups.all()] == ["Editors"]
    assert user.check_password("Long-enough-2026") is True


def test_create_staff_account_moves_an_account_to_its_new_role_only():
    call_command("create_staff_account", "ana", role="editor", verbosity=0)
    call_command("create_staff_account", "ana", role="publisher", verbosity=0)
    user = get_user_model().objects.get(username="ana")
    assert [g.name for g in user.groups.all()] == ["Publishers"]


def test_create_staff_account_refuses_a_weak_password():
    with pytest.raises(CommandError, match="too short"):
        call_command("create_staff_account", "ana", role="editor", password="abc", verbosity=0)
    assert get_user_model().objects.filter(username="ana").exists() is False


def test_only_publishers_hold_the_publish_and_delete_permissions(editor, publisher):
    publish = {
        "initiatives.publish_initiative",
        "events.publish_event",
        "statements.publish_statement",
    }
    deletes = {
        "initiatives.delete_initiative",
        "events.delete_event",
        "statements.delete_statement",
    }
    assert editor.get_all_permissions() & (publish | deletes) == set()
    assert publisher.get_all_permissions() >= publish | deletes
    assert editor.has_perm("statements.change_paragraph") is True
    assert editor.has_perm("initiatives.change_economy") is False
