"""A member's questions, answers, comments and votes, for the personal data download."""


def export(user) -> dict:
    return {
        "questions": [
            {"url": q.get_absolute_url(), "title": q.title, "body": q.body,
             "created_at": q.created_at.isoformat()}
            for q in user.questions.order_by("created_at")
        ],
        "answers": [
            {"question": a.question.get_absolute_url(), "body": a.body, "state": a.state,
             "created_at": a.created_at.isoformat()}
            for a in user.answers.select_related("question").order_by("created_at")
        ],
        "comments": [
            {"body": c.body, "created_at": c.created_at.isoformat()}
            for c in user.comments.order_by("created_at")
        ],
        "votes": [
            {"question_id": v.question_id, "answer_id": v.answer_id, "value": v.value}
            for v in user.votes.order_by("created_at")
        ],
    }
