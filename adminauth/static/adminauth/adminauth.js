// Two-factor pages (adminauth). No inline script: the page works under a strict CSP.
// When django-otp-webauthn's script has registered a passkey, tell the server, which
// shows recovery codes on enrolment, or comes back to the settings page.
document.addEventListener("otp_webauthn.register_complete", () => {
  const form = document.getElementById("adminauth-passkey-added");
  if (form) {
    form.submit();
  }
});
