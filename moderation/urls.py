"""Public moderation URLs, mounted under i18n_patterns."""

from django.urls import path

from . import views

app_name = "moderation"
urlpatterns = [
    path("your-story/check/<str:token>/", views.storyteller_check, name="storyteller_check"),
    # The landlord's address for the same check (casestudies.audience.LANDLORD_ROUTES).
    path("your-case-study/check/<str:token>/", views.storyteller_check, name="case_study_check"),
]
