"""Build the demo site: home page, toolkits, downloads, published stories, users, submissions.

Safe to run twice: everything is looked up before it is made. All people and
stories here are invented (see cms_site/demo/).
"""

import time

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Locale, Page, Site

from casestudies import lifecycle, services
from casestudies.choices import SubmissionKind
from casestudies.models import CaseStudyIndexPage, CaseStudyPage, Submission
from cms_site.demo.documents import documents_translate
from cms_site.demo.home import HOME_BODY, HOME_INTRODUCTION, featured_stories_ensure
from cms_site.demo.locales import locale_trees_sync, pages_translate
from cms_site.demo.poster_pictures import poster_pictures_translate
from cms_site.demo.privacy import privacy_notice_ensure
from cms_site.demo.resources import resources_ensure
from cms_site.demo.stories import case_studies_ensure
from cms_site.demo.text_files import text_files_translate
from cms_site.demo.toolkits import toolkits_ensure
from cms_site.models import CampaignHomePage, ToolkitPage
from moderation.reviews import review_open

DEMO_PASSWORD = "make-things-right"  # noqa: S105 - demo users on a local SQLite site only
DEMO_USERS = [
    # username, email, superuser, group
    ("admin", "admin@example.com", True, None),
    ("editor", "editor@example.com", False, "Comms editors"),
    ("privacy", "privacy@example.com", False, "Privacy officers"),
    ("signoff", "signoff@example.com", False, "Sign-off editors"),
]

# Invented stories for the editors' inbox. Names, places and emails are fictional.
DEMO_SUBMISSIONS = [
    {
        "kind": SubmissionKind.RESIDENT,
        "language": "en",
        "answers": {
            "themes": ["damp_mould"],
            "landlord_type": "housing_association",
            "complaint_stage": "stage_2",
            "complaint_when": "6_to_12_months",
            "responses_on_time": "some",
            "outcomes": ["apology", "repair"],
            "what_changed": "The mould treatment was done and the extractor fan was replaced. They now phone me back.",
            "story": "Black mould kept coming back in my son's bedroom every winter. I reported it four times. "
            "When I made a formal complaint, a surveyor came within a week and found the fan had never worked.",
            "full_name": "Demo Resident One",
            "email": "demo.resident1@example.com",
            "region": "north_west",
            "preferred_language": "en",
        },
        "consent": {"publish_anonymised": True, "use_first_name": False, "use_in_advertising": True},
    },
    {
        "kind": SubmissionKind.RESIDENT,
        "language": "pl",
        "answers": {
            "themes": ["heating_hot_water"],
            "landlord_type": "council",
            "complaint_stage": "ombudsman",
            "complaint_when": "1_to_2_years",
            "responses_on_time": "no",
            "outcomes": ["compensation", "repair"],
            "ombudsman_finding": "maladministration",
            "what_changed": "Nowy bojler i rekompensata.",
            "story": "Przez dwie zimy nie mieliśmy ciepłej wody. Po skardze do Rzecznika sprawa została rozwiązana.",
            "full_name": "Demo Resident Two",
            "email": "demo.resident2@example.com",
            "region": "london",
            "preferred_language": "pl",
        },
        "consent": {"publish_anonymised": True},
    },
    {
        "kind": SubmissionKind.LANDLORD,
        "language": "en",
        "answers": {
            "themes": ["communication", "leaks_repairs"],
            "organisation_name": "Example Homes (demo)",
            "sender_role": "Complaints manager",
            "complaint_summary": "A resident waited months for a roof leak repair and was never told why.",
            "lessons_learned": "Our repairs team and complaints team were not sharing information.",
            "changes_made": "Every open repair now has a named contact and a weekly update.",
            "figures": "Stage 2 escalations fell by a third in six months.",
            "full_name": "Demo Landlord Officer",
            "email": "complaints@example-homes.example",
        },
        "consent": {"publish_anonymised": True, "publish_organisation_name": True},
    },
]


class Command(BaseCommand):
    help = (
        "Create the demo site: home page, toolkits, downloads, published case studies, demo users "
        "(password in README) and sample submissions."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        started = time.monotonic()
        self._home_page()
        self._case_study_index()
        privacy_notice_ensure()  # before the sample submissions, whose consents record its version
        self._users()
        self._submissions()
        locale = Locale.get_default()
        home = CampaignHomePage.objects.get(locale=locale)
        index = CaseStudyIndexPage.objects.get(locale=locale)
        resources = resources_ensure()
        # The other six languages: the tree mirrored, then home and listing translated.
        locale_trees_sync()
        translated = pages_translate([home, index])
        stories = case_studies_ensure(index)
        toolkits = toolkits_ensure(home, resources)
        locale_trees_sync()
        translated += pages_translate(list(ToolkitPage.objects.child_of(home)))
        # Each language's toolkit links to its own language's PDFs.
        documents = documents_translate(list(ToolkitPage.objects.child_of(home)))
        # ... and to its own language's text files (social media posts, radio script) and poster picture.
        documents += text_files_translate(list(ToolkitPage.objects.child_of(home)))
        documents += poster_pictures_translate(list(ToolkitPage.objects.child_of(home)))
        featured = featured_stories_ensure(home)
        self.stdout.write(
            f"Case studies: {stories} new, {CaseStudyPage.objects.live().count()} live. "
            f"Toolkit pages: {toolkits} new. Page translations: {translated} new, {documents} given their "
            "language's documents. "
            f"Featured stories: {'set' if featured else 'unchanged'}. "
            f"Submissions: {Submission.objects.count()}."
        )
        self.stdout.write(self.style.SUCCESS(f"Demo content ready in {time.monotonic() - started:.1f} s."))

    def _home_page(self) -> None:
        if CampaignHomePage.objects.filter(locale=Locale.get_default()).exists():
            return
        root = Page.get_first_root_node()
        locale = Locale.get_default()
        home = CampaignHomePage(
            title="It's now easier to make things right",
            slug="home-mtr",
            locale=locale,
            introduction=HOME_INTRODUCTION,
            body=HOME_BODY,
        )
        root.add_child(instance=home)
        old_roots = [site.root_page for site in Site.objects.all()]
        site = Site.objects.filter(is_default_site=True).first()
        if site:
            site.root_page = home
            site.site_name = "Make Things Right"
            site.save()
        else:
            Site.objects.create(
                hostname="localhost", root_page=home, is_default_site=True, site_name="Make Things Right"
            )
        for page in old_roots:
            if page.pk != home.pk and page.get_children_count() == 0 and page.depth == 2:
                # Wagtail's welcome page, and the copies synchronised into other locales.
                for copy in page.get_translations():
                    if copy.depth == 2 and copy.get_children_count() == 0:
                        copy.delete()
                page.delete()

    def _case_study_index(self) -> None:
        if CaseStudyIndexPage.objects.filter(locale=Locale.get_default()).exists():
            return
        home = CampaignHomePage.objects.get(locale=Locale.get_default())
        home.add_child(
            instance=CaseStudyIndexPage(
                title="Stories of complaints put right",
                slug="stories",
                locale=home.locale,
                introduction="Real stories from residents and landlords, with names and details changed.",
            )
        )

    def _users(self) -> None:
        User = get_user_model()
        for username, email, superuser, group in DEMO_USERS:
            user, created = User.objects.get_or_create(username=username, defaults={"email": email})
            if created:
                user.set_password(DEMO_PASSWORD)
                user.is_superuser = user.is_staff = superuser
                user.save()
            if group:
                user.groups.add(Group.objects.get(name=group))

    def _submissions(self) -> None:
        for demo in DEMO_SUBMISSIONS:
            email = demo["answers"]["email"]
            if Submission.objects.filter(email=email).exists():
                continue
            submission = services.submission_start(kind=demo["kind"], language=demo["language"])
            submission = services.submission_update(submission=submission, step="demo", data=demo["answers"])
            services.consent_record(submission=submission, scopes=demo["consent"], language=demo["language"])
            submission, _ = services.submission_submit(submission=submission)
            lifecycle.story_verified(submission=submission)  # opens its moderation review
        for submission in Submission.objects.for_editors().filter(review__isnull=True):
            review_open(submission=submission)
