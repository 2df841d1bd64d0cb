"""Public moderation URLs, mounted under i18n_patterns."""

from django.urls import path

from . import views

app_name = "moderation"
urlpatterns = [
    path("your-story/check/<str:token>/", views.storyteller_check, name="storyteller_check"),
]
