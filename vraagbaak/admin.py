from django.contrib import admin

from accounts.admin import AppendOnlyAdmin
from initiatives.admin import ThemeAdmin
from initiatives.models import Theme

from .models import Answer, Flag, ModerationAction, Question, Subscription
from .moderation import services as moderation_services


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ["title", "author", "theme", "state", "answer_count", "created_at"]
    list_filter = ["state", "theme", "is_hidden"]
    search_fields = ["title", "body"]
    raw_id_fields = ["author", "accepted_answer", "duplicate_of", "closed_by", "initiatives"]


@admin.register(Answer)
class AnswerAdmin(admin.ModelAdmin):
    list_display = ["question", "author", "state", "score", "created_at"]
    list_filter = ["state"]
    raw_id_fields = ["question", "author", "verified_by"]


@admin.register(ModerationAction)
class ModerationActionAdmin(AppendOnlyAdmin):
    """The log is append-only: curators read it here, nobody changes it."""

    list_display = ["created_at", "actor", "action", "question", "answer", "comment", "reason"]
    list_filter = ["action", "theme"]
    search_fields = ["note", "question__title"]


@admin.register(Flag)
class FlagAdmin(admin.ModelAdmin):
    list_display = ["created_at", "reporter", "reason", "question", "answer", "comment", "resolved_at"]
    list_filter = ["reason", "resolved_at", "theme"]
    raw_id_fields = ["reporter", "question", "answer", "comment", "resolved_by"]


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ["user", "question", "theme", "created_at"]
    raw_id_fields = ["user", "question", "theme"]


class ThemeWithExpertsAdmin(ThemeAdmin):
    """Appointing experts in the admin goes through the services: role and log included."""

    def save_related(self, request, form, formsets, change):
        theme = form.instance
        before = set(theme.experts.values_list("pk", flat=True)) if change else set()
        super().save_related(request, form, formsets, change)
        after = {user.pk: user for user in theme.experts.all()}
        theme.experts.set(before)
        for pk in after.keys() - before:
            moderation_services.expert_appoint(user=after[pk], theme=theme, by=request.user)
        removed = theme.experts.model.objects.filter(pk__in=before - after.keys())
        for user in removed:
            moderation_services.expert_remove(user=user, theme=theme, by=request.user)


admin.site.unregister(Theme)
admin.site.register(Theme, ThemeWithExpertsAdmin)
