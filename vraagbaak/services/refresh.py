"""Keep a question's derived data (counters, state, search vector) in step with its posts.

Every service that changes answers, votes or the question itself calls
`question_refresh` inside its own transaction, so lists never show stale counts.
"""

from django.db import connection
from django.db.models import Sum
from django.utils import timezone

from ..models import Answer, AnswerState, Question, QuestionState, Vote
from ..search.semantic import question_embed_later


def question_state_for(question: Question, published_answers: int) -> str:
    if question.state == QuestionState.CLOSED:
        return QuestionState.CLOSED
    if question.accepted_answer_id is not None:
        return QuestionState.RESOLVED
    return QuestionState.ANSWERED if published_answers else QuestionState.OPEN


def question_refresh(*, question: Question, touch: bool = True) -> Question:
    """Recount published answers and score, derive the state, refresh the search vector
    (and, after the commit, the embedding: vraagbaak.search.semantic).

    Call inside the transaction that made the change, holding the question row
    (select_for_update) when concurrent writers are likely.
    """
    published = question.answers.published()
    question.answer_count = published.count()
    if question.accepted_answer_id and not published.filter(pk=question.accepted_answer_id).exists():
        # An accepted answer that is hidden or pending no longer counts as accepted.
        question.accepted_answer = None
    question.state = question_state_for(question, question.answer_count)
    question.score = Vote.objects.filter(question=question).aggregate(s=Sum("value"))["s"] or 0
    fields = ["answer_count", "accepted_answer", "state", "score"]
    if touch:
        question.last_activity_at = timezone.now()
        fields.append("last_activity_at")
    question.save(update_fields=[*fields, "updated_at"])
    question_index(question=question)
    return question


def question_index(*, question: Question, new: bool = False) -> None:
    """Refresh the search vector now and have the worker embed the question after the commit.

    What a `new` question needs of question_refresh: its counters, state and score are
    already those of a question without answers or votes, and it has no answers to embed.
    """
    question_update_search_vector(question=question)
    question_embed_later(question=question, with_answers=not new)


def answer_refresh_score(*, answer: Answer) -> Answer:
    answer.score = Vote.objects.filter(answer=answer).aggregate(s=Sum("value"))["s"] or 0
    answer.save(update_fields=["score", "updated_at"])
    return answer


def question_update_search_vector(*, question: Question) -> None:
    """PostgreSQL: title (A), body (B), tags and published answers (C); in Dutch and simple.

    Both configurations go into the vector: `dutch` stems Dutch words, `simple`
    keeps English and technical words as written, so either kind of query matches.
    """
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            """
            UPDATE vraagbaak_question q SET search_vector =
                setweight(to_tsvector('dutch', coalesce(q.title, '')), 'A') ||
                setweight(to_tsvector('simple', coalesce(q.title, '')), 'A') ||
                setweight(to_tsvector('dutch', coalesce(q.body, '')), 'B') ||
                setweight(to_tsvector('simple', coalesce(q.body, '')), 'B') ||
                setweight(to_tsvector('dutch', coalesce(extra.text, '')), 'C') ||
                setweight(to_tsvector('simple', coalesce(extra.text, '')), 'C')
            FROM (
                SELECT
                    concat_ws(' ',
                        (SELECT string_agg(t.name, ' ') FROM taggit_tag t
                           JOIN taggit_taggeditem ti ON ti.tag_id = t.id
                           JOIN django_content_type ct ON ct.id = ti.content_type_id
                          WHERE ct.app_label = 'vraagbaak' AND ct.model = 'question'
                            AND ti.object_id = %(id)s),
                        (SELECT string_agg(a.body, ' ') FROM vraagbaak_answer a
                          WHERE a.question_id = %(id)s AND a.state = %(published)s)
                    ) AS text
            ) AS extra
            WHERE q.id = %(id)s
            """,
            {"id": question.pk, "published": AnswerState.PUBLISHED},
        )

