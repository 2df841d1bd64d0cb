"""WAGTAIL_FINISH_WORKFLOW_ACTION. Imported while Wagtail's models load: no model imports at the top."""


def finish_workflow(workflow_state, user=None) -> None:
    """A finished review makes the case study page; a finished page workflow publishes."""
    from .models import Review
    from .publication import case_study_create

    content = workflow_state.content_object
    if isinstance(content, Review):
        case_study_create(review=content, user=user)
    else:
        # The approved workflow is the authority to publish: sign-off editors need no
        # publish permission of their own (and so cannot publish outside the workflow).
        content.get_latest_revision().publish(user=user, skip_permission_checks=True)
