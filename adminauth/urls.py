from django.urls import include, path

from . import views

app_name = "adminauth"

urlpatterns = [
    path("", views.manage, name="manage"),
    path("enrol/", views.enrol, name="enrol"),
    path("verify/", views.verify, name="verify"),
    path("recovery-codes/", views.recovery_codes, name="recovery_codes"),
    path("recovery-codes/new/", views.recovery_codes_new, name="recovery_codes_new"),
    path("passkeys/added/", views.passkey_added, name="passkey_added"),
    path("passkeys/<int:pk>/remove/", views.passkey_remove, name="passkey_remove"),
    path("users/<int:pk>/reset/", views.user_reset, name="user_reset"),
]

# django-otp-webauthn's JSON endpoints for the passkey scripts (namespace otp_webauthn).
webauthn_urlpatterns = [path("", include("django_otp_webauthn.urls"))]
