from django.contrib import admin

from .models import Answer, Question


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
