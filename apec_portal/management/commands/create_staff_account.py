import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from core.publication import ROLES


class Command(BaseCommand):
    help = (
        "Create (or update) a secretariat staff account in a role: 'editor' creates and changes "
        "records, 'publisher' also publishes and unpublishes. The account is staff, never a "
        "superuser. The password comes from --password or the STAFF_PASSWORD variable; without "
        "one the account cannot log in until a password is set."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--role", required=True, choices=sorted(ROLES))
        parser.add_argument("--email", default="")
        parser.add_argument("--password", default=None)
        parser.add_argument("--dry-run", action="store_true", help="Check; save nothing.")

    @transaction.atomic
    def handle(self, *args, username, role, email, password, dry_run, **options):
        password = password or os.environ.get("STAFF_PASSWORD") or None
        User = get_user_model()
        try:
            group = Group.objects.get(name=ROLES[role])
        except Group.DoesNotExist as exc:
            raise CommandError(f"The group {ROLES[role]!r} is missing; run migrate.") from exc
        user = User.objects.filter(username=username).first()
        created = user is None
        if created:
            user = User(username=username)
        if user.is_superuser:
            raise CommandError(f"{username!r} is a superuser; roles are for ordinary staff.")
        user.email = email or user.email
        user.is_staff = True
        user.is_active = True
        if password:
            try:
                validate_password(password, user)
            except ValidationError as exc:
                raise CommandError("; ".join(exc.messages)) from exc
            user.set_password(password)
        elif created:
            user.set_unusable_password()
        if dry_run:
            self.stdout.write(f"Would {'create' if created else 'update'} {username} as {role}.")
            return
        user.save()
        user.groups.remove(*Group.objects.filter(name__in=ROLES.values()))
        user.groups.add(group)
        if options["verbosity"] >= 1:
            self.stdout.write(f"{'Created' if created else 'Updated'} {username} as {role}.")
        if not user.has_usable_password():
            self.stderr.write(
                self.style.WARNING(
                    f"{username} cannot sign in until a password is set. Set one with "
                    f"`manage.py changepassword {username}`, or run this command again with "
                    "--password or STAFF_PASSWORD."
                )
            )
