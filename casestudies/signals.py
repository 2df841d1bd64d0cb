"""Signals other apps listen to: casestudies knows nothing of who acts on them."""

from django.dispatch import Signal

# Sent inside the verifying transaction, with ``submission``: the story has reached editors.
submission_verified = Signal()

# Sent inside the withdrawing transaction, with ``submission``: stop everything made from it.
submission_withdrawn = Signal()

# Sent inside the transaction, with ``submission`` and ``scope`` (a ConsentScope value):
# take that use away from everything made from the story, published pages included.
consent_scope_withdrawn = Signal()

# Sent with ``submission`` and ``text``: the storyteller asks for more to be removed.
removal_requested = Signal()
