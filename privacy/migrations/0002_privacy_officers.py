"""Privacy officers may export and erase a person's data (privacy.handle_requests)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Privacy officers"


def grant(apps, schema_editor):
    # Permissions are normally made after all migrations; make this app's now.
    app_config = apps.get_app_config("privacy")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="privacy", codename="handle_requests")
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.filter(content_type__app_label="privacy", codename="handle_requests")
    for group in Group.objects.filter(name=GROUP):
        group.permissions.remove(*permission)


class Migration(migrations.Migration):
    dependencies = [
        ("privacy", "0001_initial"),
        ("casestudies", "0002_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
