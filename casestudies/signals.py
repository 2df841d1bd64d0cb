"""Signals other apps listen to: casestudies knows nothing of who acts on them."""

from django.dispatch import Signal

# Sent inside the verifying transaction, with ``submission``: the story has reached editors.
submission_verified = Signal()

# Sent inside the withdrawing transaction, with ``submission``: stop everything made from it.
submission_withdrawn = Signal()
