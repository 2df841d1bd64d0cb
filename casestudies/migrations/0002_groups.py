"""Create the editorial groups and their permissions (never by hand).

Comms editors: the Wagtail admin and the Submissions inbox (read only for now).
Privacy officers: the same, plus submitters' contact details.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = {
    "Comms editors": ["casestudies.view_submission"],
    "Privacy officers": ["casestudies.view_submission", "casestudies.view_contact_details"],
}


def create_groups(apps, schema_editor):
    # Permissions are normally made after all migrations; make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    admin_access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    for name, codes in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(admin_access)
        for code in codes:
            app_label, codename = code.split(".")
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("casestudies", "0001_initial"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
