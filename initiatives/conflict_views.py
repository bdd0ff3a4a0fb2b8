"""The curator's side of imports: the open import conflicts, and confirming suggested themes."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.models import Organisation

from .curation_views import curator_required
from .forms import ConflictResolveForm
from .models import Initiative
from .provenance import ImportConflict
from .services.provenance import (
    ConflictAlreadyResolved,
    import_conflict_resolve,
    initiative_confirm_themes,
)


def _shown(conflict: ImportConflict, names: dict[int, str]) -> ImportConflict:
    """Labels for the template: the field's name, and organisations by name."""
    field = Initiative._meta.get_field(conflict.field)
    conflict.label = field.verbose_name
    if conflict.field == "lead_organisation":
        conflict.source_shown = names.get(conflict.source_value, conflict.source_value)
        conflict.person_shown = names.get(conflict.person_value, conflict.person_value)
    else:
        conflict.source_shown, conflict.person_shown = conflict.source_value, conflict.person_value
    return conflict


@curator_required
def conflict_list(request):
    conflicts = list(ImportConflict.objects.open().select_related("initiative")[:200])
    pks = {
        value for c in conflicts if c.field == "lead_organisation"
        for value in (c.source_value, c.person_value)
    }
    names = dict(Organisation.objects.filter(pk__in=pks).values_list("pk", "name")) if pks else {}
    return render(request, "initiatives/importconflict_list.html", {
        "conflicts": [_shown(conflict, names) for conflict in conflicts],
    })


@require_POST
@curator_required
def conflict_resolve(request, pk: int):
    conflict = get_object_or_404(ImportConflict, pk=pk)
    form = ConflictResolveForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose which value to keep."))
        return redirect("initiatives:conflict-list")
    try:
        import_conflict_resolve(conflict=conflict, side=form.cleaned_data["side"], curator=request.user)
    except ConflictAlreadyResolved:
        messages.info(request, _("Someone else resolved this conflict already."))
    else:
        messages.success(request, _("The conflict is resolved."))
    return redirect("initiatives:conflict-list")


@require_POST
@curator_required
def themes_confirm(request, slug: str):
    initiative = get_object_or_404(Initiative, slug=slug)
    initiative_confirm_themes(initiative=initiative, curator=request.user)
    messages.success(request, _("The themes are confirmed."))
    return redirect("initiatives:curation-review", initiative.slug)
