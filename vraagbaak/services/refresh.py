"""Keep a question's derived data (counters, state, search vector) in step with its posts.

Every service that changes answers, votes or the question itself calls
`question_refresh` inside its own transaction, so lists never show stale counts.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import connection
from django.db.models import Sum
from django.db.models.expressions import RawSQL
from django.utils import timezone

from ..models import Answer, AnswerState, Question, QuestionState, Vote
from ..search.semantic import question_embed_later


def question_state_for(question: Question, published_answers: int) -> str:
    if question.state == QuestionState.CLOSED:
        return QuestionState.CLOSED
    if question.accepted_answer_id is not None:
        return QuestionState.RESOLVED
    return QuestionState.ANSWERED if published_answers else QuestionState.OPEN


def question_refresh(*, question: Question, touch: bool = True, new_answer: Answer | None = None) -> Question:
    """Recount published answers and score, derive the state, refresh the search vector
    (and, after the commit, the embedding: vraagbaak.search.semantic).

    Call inside the transaction that made the change, holding the question row
    (select_for_update) when concurrent writers are likely. With `new_answer` (the answer
    just posted): the score is not recounted (no vote changed) and of the answers only the
    new one is embedded (the others' texts did not change).
    """
    published = question.answers.published()
    question.answer_count = published.count()
    if question.accepted_answer_id and not published.filter(pk=question.accepted_answer_id).exists():
        # An accepted answer that is hidden or pending no longer counts as accepted.
        question.accepted_answer = None
    question.state = question_state_for(question, question.answer_count)
    fields = ["answer_count", "accepted_answer", "state"]
    if new_answer is None:
        question.score = Vote.objects.filter(question=question).aggregate(s=Sum("value"))["s"] or 0
        fields.append("score")
    if touch:
        question.last_activity_at = timezone.now()
        fields.append("last_activity_at")
    if connection.vendor == "postgresql":  # the vector in the same UPDATE
        question.search_vector = question_search_vector()
        fields.append("search_vector")
    question.save(update_fields=[*fields, "updated_at"])
    if "search_vector" in fields:
        del question.search_vector  # an expression, not a value: read again when asked for
    question_embed_later(question=question, answer_ids=None if new_answer is None else [new_answer.pk])
    return question


def question_index(*, question: Question) -> None:
    """Of question_refresh, what a question just posted needs: its counters, state and score
    are already those of a question without answers or votes, and it has no answers to embed."""
    question_update_search_vector(question=question)
    question_embed_later(question=question, answer_ids=[])


def score_refresh(*, post: Question | Answer) -> int:
    """Recount the votes of one question or answer, and nothing else: a vote changes no text
    (so no search vector and no embedding) and no answer count."""
    votes = Vote.objects.filter(**{"question" if isinstance(post, Question) else "answer": post})
    post.score = votes.aggregate(s=Sum("value"))["s"] or 0
    post.save(update_fields=["score", "updated_at"])
    return post.score


# PostgreSQL: title (A), body (B), tags and published answers (C); in Dutch and simple. Both
# configurations go into the vector: `dutch` stems Dutch words, `simple` keeps English and
# technical words as written, so either kind of query matches. Of the row being updated.
SEARCH_VECTOR_SQL = """
    setweight(to_tsvector('dutch', coalesce("vraagbaak_question"."title", '')), 'A') ||
    setweight(to_tsvector('simple', coalesce("vraagbaak_question"."title", '')), 'A') ||
    setweight(to_tsvector('dutch', coalesce("vraagbaak_question"."body", '')), 'B') ||
    setweight(to_tsvector('simple', coalesce("vraagbaak_question"."body", '')), 'B') ||
    (SELECT setweight(to_tsvector('dutch', coalesce(extra.text, '')), 'C') ||
            setweight(to_tsvector('simple', coalesce(extra.text, '')), 'C')
       FROM (SELECT concat_ws(' ',
                (SELECT string_agg(t.name, ' ') FROM taggit_tag t
                   JOIN taggit_taggeditem ti ON ti.tag_id = t.id
                   JOIN django_content_type ct ON ct.id = ti.content_type_id
                  WHERE ct.app_label = 'vraagbaak' AND ct.model = 'question'
                    AND ti.object_id = "vraagbaak_question"."id"),
                (SELECT string_agg(a.body, ' ') FROM vraagbaak_answer a
                  WHERE a.question_id = "vraagbaak_question"."id" AND a.state = %s)
             ) AS text) AS extra)
"""


def question_search_vector() -> RawSQL:
    """The search vector of the question an UPDATE writes (PostgreSQL only)."""
    return RawSQL(  # noqa: S611 (a constant statement; the one value is a parameter)
        SEARCH_VECTOR_SQL, [AnswerState.PUBLISHED], output_field=SearchVectorField())


def question_update_search_vector(*, question: Question) -> None:
    """Refresh the stored search vector (PostgreSQL; elsewhere search reads the text)."""
    if connection.vendor == "postgresql":
        Question.objects.filter(pk=question.pk).update(search_vector=question_search_vector())
