"""Who may moderate, flag and follow. Views check these; services change data.

Experts moderate in their own themes, curators everywhere; both only with
two-factor authentication set up (accounts.permissions.is_expert / is_curator).
"""

from accounts.permissions import is_curator, is_expert
from initiatives.models import Theme

from .choices import AnswerState
from .models import Answer, Comment, Question
from .scope import expert_theme_ids


def can_moderate_theme(user, theme_id: int) -> bool:
    """Curator, or expert of the theme. For a post use can_moderate: it avoids lookups."""
    return is_curator(user) or theme_id in expert_theme_ids(user)


def can_moderate(user, post=None) -> bool:
    """Expert of the post's theme, or curator; either with two-factor authentication.

    Without a post: may this user moderate anything at all (the questions part's
    `can_moderate(user)` asks this).
    """
    if post is None:
        return can_moderate_any(user)
    if is_curator(user):
        return True
    # Members and experts without themes are answered without looking up the post's theme
    # (no query per answer on a question page).
    theme_ids = expert_theme_ids(user)
    return bool(theme_ids) and post.theme_id in theme_ids


def can_moderate_any(user) -> bool:
    return is_curator(user) or bool(expert_theme_ids(user))


def moderation_themes(user):
    """The themes `user` moderates: all for curators, their own for experts, none otherwise."""
    if is_curator(user):
        return Theme.objects.all()
    return Theme.objects.filter(pk__in=expert_theme_ids(user))


def can_view_moderation_log(user) -> bool:
    return is_curator(user)


def can_appoint_experts(user) -> bool:
    return is_curator(user)


def _own_or_moderated(user, post) -> bool:
    return user is not None and user.is_authenticated and (
        post.author_id == user.pk or can_moderate(user, post)
    )


def post_is_visible(post, user=None) -> bool:
    """Whether `user` (a visitor when None) sees `post`: the querysets' visible_to, in Python.

    A post is visible only inside a visible thread: an answer when its question is, a comment
    when its question or answer is. Authors see their own posts inside threads they see;
    the theme's moderators see everything in it.
    """
    if isinstance(post, Question):
        return not post.is_hidden or _own_or_moderated(user, post)
    if isinstance(post, Answer):
        return post_is_visible(post.question, user) and (
            post.state == AnswerState.PUBLISHED or _own_or_moderated(user, post)
        )
    if isinstance(post, Comment):
        return post_is_visible(post.question or post.answer, user) and (
            not post.is_hidden or _own_or_moderated(user, post)
        )
    raise TypeError(f"Not a post: {post!r}")


def can_flag(user, post) -> bool:
    """Signed-in members flag what everyone sees (a public post in a public thread) and did
    not write themselves: what is hidden or pending is already before a moderator."""
    return (
        user.is_authenticated
        and user.is_active
        and post.author_id != user.pk
        and post_is_visible(post)
    )


def can_follow(user) -> bool:
    return user.is_authenticated and user.is_active


def can_post(user) -> bool:
    """Any active member may ask, answer and comment."""
    return bool(user.is_authenticated and user.is_active)


def can_answer(user, question: Question) -> bool:
    """Members answer questions that are not closed."""
    return can_post(user) and question.takes_answers


def can_comment(user, post: Question | Answer) -> bool:
    return can_post(user)


def can_vote(user, post: Question | Answer) -> bool:
    """Members vote on other people's posts, never on their own."""
    return can_post(user) and post.author_id != user.pk


def can_accept(user, question: Question) -> bool:
    """Only the asker accepts an answer to their question."""
    return can_post(user) and question.author_id == user.pk


def can_edit(user, post: Question | Answer) -> bool:
    """Authors edit their own posts; the post's moderators edit any (a revision is kept)."""
    return can_post(user) and (post.author_id == user.pk or can_moderate(user, post))


def can_redact(user, post) -> bool:
    """Authors take personal data out of their own posts at any time; the post's moderators
    out of any post they moderate."""
    return _own_or_moderated(user, post) and user.is_active


def can_delete(user, post) -> bool:
    """Authors delete their own answer or comment, and their own question while it has no
    answers (pending ones included: someone wrote them). Moderators hide, never delete."""
    if not (can_post(user) and post.author_id == user.pk):
        return False
    if isinstance(post, Question):
        return not post.answers.exists()
    return True


def can_answer_officially(user) -> bool:
    """Experts and curators (with two-factor) speak for their own organisation; never for
    another, and not without one."""
    return bool(can_post(user) and user.organisation_id and (is_expert(user) or is_curator(user)))
