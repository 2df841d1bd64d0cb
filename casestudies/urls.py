"""Public intake URLs, mounted under i18n_patterns at /share-your-story/."""

from django.urls import path

from .views import intake, links

app_name = "casestudies"


def _flow_patterns(name: str, prefix: str) -> list:
    kwargs = {"flow": name}
    return [
        path(prefix, intake.start, kwargs, name=f"{name}_start"),
        path(f"{prefix}begin/", intake.begin, kwargs, name=f"{name}_begin"),
        path(f"{prefix}check-your-answers/", intake.check_answers, kwargs, name=f"{name}_check"),
        path(
            f"{prefix}check-for-personal-details/",
            intake.personal_details_check,
            kwargs,
            name=f"{name}_personal_details",
        ),
        path(f"{prefix}confirmation/", intake.confirmation, kwargs, name=f"{name}_confirmation"),
        path(
            f"{prefix}confirmation/send-again/",
            links.verification_send_again,
            kwargs,
            name=f"{name}_send_again",
        ),
        path(f"{prefix}save/", intake.save_and_return, kwargs, name=f"{name}_save"),
        path(f"{prefix}saved/", intake.saved, kwargs, name=f"{name}_saved"),
        path(f"{prefix}<slug:step>/", intake.step, kwargs, name=f"{name}_step"),
    ]


urlpatterns = [
    path("share-your-story/verify/<str:token>/", links.verify, name="verify"),
    path("share-your-story/resume/<str:token>/", links.resume, name="resume"),
    path("share-your-story/photo/<int:pk>/", intake.draft_photo, name="draft_photo"),
    path("share-your-story/photo-status/", intake.photo_status, name="photo_status"),
    *_flow_patterns("landlord", "share-your-story/landlord/"),
    *_flow_patterns("resident", "share-your-story/"),
]
