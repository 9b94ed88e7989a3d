from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from guichet.inbox import workflow
from guichet.inbox.draft_alerts import messages_with_alert
from guichet.inbox.forms import InboxFilterForm, order_inbox
from guichet.inbox.selectors import colleagues_of, messages_for
from guichet.inbox.services import is_manager
from guichet.inbox.views.common import administration_get_for, membership_of
from guichet.inbox.workflow import OPEN_STATES

PAGE_SIZE = 25
# Large columns the list never shows: not read for the 25 rows of a page.
LIST_DEFERRED = ("body", "pseudonymised_body", "pii_mapping", "pii_entities", "triage_details", "drafting_error")


def _members(administration) -> list[tuple[str, str]]:
    return [(str(u.pk), u.get_full_name() or u.get_username()) for u in colleagues_of(administration)]


@login_required
def inbox(request: HttpRequest, slug: str) -> HttpResponse:
    """One administration's messages; an htmx request gets only the results."""
    administration = administration_get_for(request.user, slug)
    form = InboxFilterForm(request.GET or None, members=_members(administration))
    qs = form.apply(messages_for(request.user, administration=administration), user=request.user)
    qs = qs.defer(*LIST_DEFERRED)  # the list shows titles and labels, not texts
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    page.pages_list = list(page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1))
    page.source_changed = messages_with_alert([m.pk for m in page.object_list], "source_changed")
    context = {
        "title": f"Messages — {administration.name}",
        "administration": administration,
        "form": form,
        "page_obj": page,
        "open_count": messages_for(request.user, administration=administration).filter(status__in=OPEN_STATES).count(),
        "open_statuses": [str(s) for s in OPEN_STATES],
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
