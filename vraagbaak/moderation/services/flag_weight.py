"""How much a flag counts, by who raised it and on what.

- An expert of the post's theme or a curator acts at once: their flag hides the post
  pending review (they could hide it themselves; flagging keeps a second pair of eyes).
- A member's flag weighs 1, or less when most of that member's decided flags were
  dismissed: from DECIDED_MIN decided flags on, the weight is the share upheld, at least
  WEIGHT_FLOOR. Three flags of members whose flags are mostly unfounded hide nothing.
- An author's own flag (the personal-data check they confirmed away) weighs nothing.
- Member flags never hide an accepted or verified answer, or a post by an expert of the
  theme or a curator: those go to the review queue, and a moderator decides.
"""

from django.db.models import Count, F, Q

from ...models import Answer, Flag
from ...permissions import can_moderate

DECIDED_MIN = 3
WEIGHT_FLOOR = 0.2


def acts_at_once(reporter, post) -> bool:
    return can_moderate(reporter, post)


def member_weight(reporter) -> float:
    """The weight of `reporter`'s flags: their record of upheld and dismissed flags."""
    # Flags on one's own posts (the personal-data check) are no judgement of others.
    own = Q(question__author=F("reporter")) | Q(answer__author=F("reporter")) | Q(
        comment__author=F("reporter"))
    record = Flag.objects.filter(reporter=reporter, upheld__isnull=False).exclude(own).aggregate(
        decided=Count("pk"), upheld=Count("pk", filter=Q(upheld=True)))
    if record["decided"] < DECIDED_MIN:
        return 1.0
    return max(WEIGHT_FLOOR, record["upheld"] / record["decided"])


def held_for_review(post) -> bool:
    """Whether member flags send `post` to review rather than hide it."""
    trusted_answer = isinstance(post, Answer) and (
        post.verified_by_id is not None or post.question.accepted_answer_id == post.pk)
    return trusted_answer or can_moderate(post.author, post)


def open_flag_weight(post) -> float:
    """The summed weight of the open flags on `post` raised by members other than its author."""
    flags = (Flag.objects.filter(**{post._meta.model_name: post}, resolved_at__isnull=True)
             .exclude(reporter_id=post.author_id).select_related("reporter"))
    return sum(member_weight(flag.reporter) for flag in flags)
