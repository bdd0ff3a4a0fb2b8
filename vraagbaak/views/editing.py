"""The edit flow shared by questions and answers: preview, save, or refuse a stale save."""

from collections.abc import Callable

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from initiatives.markup import render_markdown

from ..moderation.services import post_mark_possible_personal_data
from ..services.revisions import EditConflict


def edit_post(request, *, form, context: dict, template: str, save: Callable[[dict], object]):
    """Render `form`; on POST preview it, or save it through `save(cleaned_data)`.

    When someone else saved the post since the editor opened it, `save` raises
    EditConflict: the page shows the newer version and keeps what the editor typed,
    with the newest revision as the new base, so a second save is a deliberate choice.
    """
    context = {**context, "form": form}
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if request.POST.get("action") == "preview":
            context["preview"] = render_markdown(data["body"])
        else:
            try:
                post = save(data)
            except EditConflict as conflict:
                typed = request.POST.copy()
                typed["base_revision"] = conflict.latest.pk if conflict.latest else 0
                context.update(conflict=conflict.latest, form=type(form)(typed))
            else:
                post_mark_possible_personal_data(post=post, author=request.user,
                                                 kinds=form.confirmed_personal_data)
                messages.success(request, _("Your changes have been saved."))
                return redirect(post)
    return render(request, template, context)
