from django.urls import path

from . import admin_views, risk_views

app_name = "moderation_admin"
urlpatterns = [
    path("", admin_views.QueueView.as_view(), name="queue"),
    path("<int:pk>/", admin_views.ReviewView.as_view(), name="review"),
    path("<int:pk>/consent/", admin_views.ConsentCheckView.as_view(), name="consent_check"),
    path("<int:pk>/decline/", admin_views.DeclineView.as_view(), name="decline"),
    path("<int:pk>/anonymise/", admin_views.AnonymiseView.as_view(), name="anonymise"),
    path("<int:pk>/photos/<int:photo_pk>/", admin_views.PhotoView.as_view(), name="photo"),
    path("<int:pk>/sign-off/", admin_views.SignOffReviewView.as_view(), name="sign_off_review"),
    path("<int:pk>/risk/generalise/", risk_views.RiskGeneraliseView.as_view(), name="risk_generalise"),
    path("<int:pk>/risk/accept/", risk_views.RiskAcceptView.as_view(), name="risk_accept"),
    path("photo/<int:pk>/<str:variant>/", admin_views.photo_file, name="photo_file"),
]
