import factory
from django.utils.text import slugify

from vraagbaak.models import Answer, Comment, Question

from .accounts import UserFactory
from .initiatives import ThemeFactory


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Mag ik een taalmodel gebruiken voor Woo-verzoek {n}?")
    slug = factory.LazyAttribute(lambda o: slugify(o.title)[:160])
    body = "Wij krijgen veel Woo-verzoeken. Mag een taalmodel de stukken samenvatten?"
    author = factory.SubFactory(UserFactory)
    theme = factory.SubFactory(ThemeFactory)


class AnswerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Answer

    question = factory.SubFactory(QuestionFactory)
    author = factory.SubFactory(UserFactory)
    body = "Ja, mits de gegevens binnen de eigen omgeving blijven en een mens controleert."


class CommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Comment

    question = factory.SubFactory(QuestionFactory)
    author = factory.SubFactory(UserFactory)
    body = "Welke gegevens staan er in de stukken?"
