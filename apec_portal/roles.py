"""The secretariat's roles: auth groups made by the migration `0001_editorial_roles`."""

ROLES = {"editor": "Editors", "publisher": "Publishers"}
