"""The types an agent can choose when marking a missed personal value (inbox/_pii_mark.html)."""

from django import template

from guichet.inbox.pii_marks import MARKABLE_TYPES

register = template.Library()


@register.simple_tag
def pii_mark_types() -> list[tuple[str, str]]:
    return MARKABLE_TYPES
