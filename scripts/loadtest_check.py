"""After scripts/loadtest: what the database holds against what the writers were told."""

import collections
import re


def check(members) -> list[str]:
    """What the database holds against what the writers were told."""
    from django.db.models import Count, F, Q, Sum

    from vraagbaak.models import Answer, AnswerState, Comment, Question, Vote

    problems = []
    for model, kind in ((Answer, "answer"), (Comment, "comment")):
        stored = collections.Counter()
        for body in model.objects.filter(body__contains="LT-").values_list("body", flat=True):
            stored.update(re.findall(r"LT-\d+-\d+", body))
        accepted = [marker for member in members for marker in member.accepted[kind]]
        refused = {marker for member in members for marker in member.refused[kind]}
        missing = [m for m in accepted if stored[m] == 0]
        doubled = [m for m, n in stored.items() if n > 1]
        phantom = [m for m in stored if m in refused]
        problems += [f"{kind} lost: {m}" for m in missing] + [f"{kind} doubled: {m}" for m in doubled]
        problems += [f"{kind} refused yet stored: {m}" for m in phantom]
    for member in members:
        expected: dict[tuple[str, int], int] = {}
        for kind, pk, direction in member.votes:
            value = 1 if direction == "up" else -1
            expected[(kind, pk)] = 0 if expected.get((kind, pk), 0) == value else value
        for (kind, pk), value in expected.items():
            field = "question_id" if kind == "vraag" else "answer_id"
            rows = list(Vote.objects.filter(user=member.user, **{field: pk}).values_list("value", flat=True))
            if rows != ([value] if value else []):
                problems.append(
                    f"vote of user {member.user.pk} on {kind} {pk}: expected {value}, stored {rows}"
                )
    for model, relation in ((Question, "votes"), (Answer, "votes")):
        wrong = (
            model.objects.annotate(total=Sum(f"{relation}__value"))
            .exclude(score=0, total=None)
            .exclude(score=F("total"))
        )
        problems += [f"{model.__name__} {post.pk}: score {post.score}, votes {post.total}" for post in wrong]
    counted = Question.objects.annotate(n=Count("answers", filter=Q(answers__state=AnswerState.PUBLISHED)))
    problems += [
        f"question {q.pk}: answer_count {q.answer_count}, published {q.n}"
        for q in counted
        if q.answer_count != q.n
    ]
    return problems
