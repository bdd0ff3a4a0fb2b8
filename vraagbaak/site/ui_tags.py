"""Template helpers for the NL Design System look of the portal.

Django already ties a field to its help text and errors: a bound field's widget
gets `aria-describedby="<id>_helptext <id>_error"` and `aria-invalid="true"`.
`components/field.html` renders elements with exactly those ids, so these
helpers only add the NLDS classes and the navigation state.
"""

from django import forms, template
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html

register = template.Library()

# Most specific first: RadioSelect and CheckboxSelectMultiple are Select subclasses,
# CheckboxInput and FileInput are Input subclasses.
_WIDGET_CLASSES = (
    (forms.CheckboxSelectMultiple, "utrecht-checkbox utrecht-checkbox--html-input"),
    (forms.RadioSelect, "utrecht-radio-button utrecht-radio-button--html-input"),
    (forms.CheckboxInput, "utrecht-checkbox utrecht-checkbox--html-input"),
    (forms.FileInput, "portal-file-input"),
    (forms.Select, "utrecht-select utrecht-select--html-select"),
    (forms.Textarea, "utrecht-textarea utrecht-textarea--html-textarea"),
    (forms.widgets.Input, "utrecht-textbox utrecht-textbox--html-input"),
)


def _nlds_class(widget: forms.Widget) -> str:
    for widget_type, css_class in _WIDGET_CLASSES:
        if isinstance(widget, widget_type):
            return css_class
    return ""


@register.filter
def nlds_widget(field: forms.BoundField) -> str:
    """Render `field`'s widget with the NLDS classes added to the widget's own.

    A placeholder that only repeats the visible label is dropped (allauth sets
    those): it adds nothing and looks like a value already filled in.
    """
    widget = field.field.widget
    attrs = {}
    classes = " ".join(part for part in (widget.attrs.get("class", ""), _nlds_class(widget)) if part)
    if classes:
        attrs["class"] = classes
    placeholder = widget.attrs.get("placeholder")
    if placeholder and str(placeholder).strip().casefold() == str(field.label).strip().casefold():
        attrs["placeholder"] = False
    return field.as_widget(attrs=attrs or None)


@register.filter
def is_checkbox(field: forms.BoundField) -> bool:
    """A single checkbox: its label goes after the box."""
    return isinstance(field.field.widget, forms.CheckboxInput)


@register.simple_tag(takes_context=True)
def aria_current(context, url_name: str, *args) -> str:
    """` aria-current="page"` on the section's own page, `"true"` anywhere below it."""
    request = context.get("request")
    if request is None:
        return ""
    try:
        url = reverse(url_name, args=args)
    except NoReverseMatch:
        return ""
    if request.path == url:
        return format_html(' aria-current="{}"', "page")
    if url != "/" and request.path.startswith(url):
        return format_html(' aria-current="{}"', "true")
    return ""


@register.filter
def elided_page_range(page_obj):
    """Page numbers around the current page, with ellipses: 1 … 4 5 [6] 7 8 … 20."""
    return page_obj.paginator.get_elided_page_range(page_obj.number)
