from collections.abc import Callable, Iterable
from typing import Any

from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.dates import MONTHS
from django.utils.text import Truncator
from django.utils.timezone import localtime
from django.views.decorators.http import require_POST

from guichet.inbox import workflow
from guichet.inbox.draft_alerts import messages_with_alert
from guichet.inbox.forms import OPEN, InboxFilterForm, order_inbox
from guichet.inbox.models import Message
from guichet.inbox.selectors import colleagues_of, messages_for
from guichet.inbox.services import is_manager
from guichet.inbox.templatetags.guichet_ui import age, label_name, sentiment_name, status_badge
from guichet.inbox.views.common import administration_get_for, membership_of
from guichet.inbox.workflow import OPEN_STATES

PAGE_SIZE = 25
PK_SLOT = 987_654_321  # stands for a message's id in a reversed URL
# The columns `inbox_rows` shows, and only they, are read for the 25 rows of a page (not the texts, nor the
# administration, which the page already has): narrower rows to sort in the database and to build here.
LIST_COLUMNS = (
    *("id", "administration_id", "title", "triage_labels", "priority", "status", "received_at", "sentiment"),
    *("office__name", "assignee__username", "assignee__first_name", "assignee__last_name"),
)


def _members(administration) -> list[tuple[str, str]]:
    return [(str(u.pk), u.get_full_name() or u.get_username()) for u in colleagues_of(administration)]


def _url_for(name: str) -> Callable[[int], str]:
    """`reverse(name, args=[pk])` for many pks at the cost of one `reverse`."""
    head, tail = reverse(name, args=[PK_SLOT]).split(str(PK_SLOT))
    return lambda pk: f"{head}{pk}{tail}"


def inbox_rows(messages: Iterable[Message], *, user, source_changed: set[int]) -> list[dict[str, Any]]:
    """What each row of the list shows, computed once here rather than by template lookups and tags per cell."""
    message_url, take_url = _url_for("message"), _url_for("message_take")
    priorities = {value: str(label) for value, label in Message._meta.get_field("priority").flatchoices}
    statuses = {value: str(label) for value, label in Message._meta.get_field("status").flatchoices}
    rows = []
    for message in messages:
        received = localtime(message.received_at)
        assignee = message.assignee
        if assignee is None:
            assignee_name = ""
        elif assignee.pk == user.pk:
            assignee_name = "Vous"
        else:
            assignee_name = assignee.get_full_name() or assignee.get_username()
        rows.append(
            {
                "pk": message.pk,
                "url": message_url(message.pk),
                "take_url": take_url(message.pk),
                "title": Truncator(message.title or "(sans titre)").chars(90),
                "office": message.office.name if message.office_id else "",
                "distress": message.is_distress,
                "priority": priorities.get(message.priority, message.priority),
                "source_changed": message.pk in source_changed,
                "has_labels": bool(message.triage_labels),
                "labels": [label_name(label) for label in message.triage_labels or [] if label != "distress"],
                "status_class": status_badge(message.status),
                "status": statuses.get(message.status, message.status),
                "received_iso": received.isoformat(),  # the `date:"c"` filter
                "received_long": f"{received.day} {MONTHS[received.month]} {received.year} à {received:%H:%M}",
                "age": age(message.received_at),
                "assignee": assignee_name,
                "sentiment": sentiment_name(message.sentiment),
                "can_take": assignee is None and message.status in OPEN_STATES,
            }
        )
    return rows


def _is_open_view(form: InboxFilterForm) -> bool:
    """Whether the filters select exactly the open messages (the default view, in any order)."""
    data = form.cleaned_data if form.is_valid() else {}  # as `InboxFilterForm.apply` reads them
    return (data.get("status") or OPEN) == OPEN and not any(
        data.get(k) for k in ("q", "label", "assignee", "received_from", "received_to")
    )


@login_required
def inbox(request: HttpRequest, slug: str) -> HttpResponse:
    """One administration's messages; an htmx request gets only the results."""
    administration = administration_get_for(request.user, slug)
    form = InboxFilterForm(request.GET or None, members=_members(administration))
    qs = form.apply(messages_for(request.user, administration=administration), user=request.user)
    qs = qs.select_related(None).select_related("assignee", "office").only(*LIST_COLUMNS)
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    page.pages_list = list(page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1))
    source_changed = messages_with_alert([m.pk for m in page.object_list], "source_changed")
    if _is_open_view(form):  # the list is the open messages: its count is the one to show, no second query
        open_count = page.paginator.count
    else:
        open_count = messages_for(request.user, administration=administration).filter(status__in=OPEN_STATES).count()
    context = {
        "title": f"Messages — {administration.name}",
        "administration": administration,
        "form": form,
        "page_obj": page,
        "rows": inbox_rows(page.object_list, user=request.user, source_changed=source_changed),
        "open_count": open_count,
        "can_manage": is_manager(user=request.user, administration=administration),
    }
    template = "inbox/inbox.html#results" if request.htmx and not request.htmx.boosted else "inbox/inbox.html"
    return render(request, template, context)


@login_required
@require_POST
def inbox_next(request: HttpRequest, slug: str) -> HttpResponse:
    """Take the most urgent open message nobody else holds, and open it."""
    administration = administration_get_for(request.user, slug)
    if membership_of(request.user, administration) is None:
        return redirect("home")
    candidates = messages_for(request.user, administration=administration).filter(status__in=OPEN_STATES)
    skip = request.POST.get("after")
    if skip and skip.isdigit():
        candidates = candidates.exclude(pk=int(skip))
    message = order_inbox(candidates.filter(Q(assignee__isnull=True) | Q(assignee=request.user))).first()
    if message is None:
        flash.info(request, "Aucun message en attente : la boîte est à jour.")
        return redirect("inbox", slug=administration.slug)
    if message.assignee_id is None:
        workflow.message_assign(message=message, actor=request.user)
    return redirect("message", pk=message.pk)
