"""The storyteller's public pages (their rights), mounted under i18n_patterns.

A landlord's case study has its own addresses (``/your-case-study/``) for the same views,
which word themselves by the submission (casestudies.audience).
"""

from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("share-your-story/withdraw/<str:token>/", views.withdraw, name="withdraw"),
    path("your-story/", views.link_request, name="story_link_request"),
    path("your-story/<str:token>/", views.story, name="story_page"),
    path("your-case-study/", views.link_request, {"landlord": True}, name="case_study_link_request"),
    path("your-case-study/<str:token>/", views.story, name="case_study_page"),
]
