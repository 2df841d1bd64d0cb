"""WAGTAIL_FINISH_WORKFLOW_ACTION: Wagtail's own extension point for what finishing a
workflow does. Imported while Wagtail's models load: no model imports at the top."""


def finish_workflow(workflow_state, user=None) -> None:
    """A finished review makes the case study page; a finished page workflow (the sign-off)
    publishes it through the story's lifecycle."""
    from .models import Review
    from .publication import case_study_create, story_sign_off

    content = workflow_state.content_object
    if isinstance(content, Review):
        case_study_create(review=content, user=user)
    else:
        story_sign_off(page=content, user=user)
