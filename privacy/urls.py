"""The storyteller's public pages (their rights), mounted under i18n_patterns."""

from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("share-your-story/withdraw/<str:token>/", views.withdraw, name="withdraw"),
    path("your-story/", views.link_request, name="story_link_request"),
    path("your-story/<str:token>/", views.story, name="story_page"),
]
