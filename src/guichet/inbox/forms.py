"""Forms of the agent's workbench (DSFR-rendered through DsfrBaseForm)."""

from datetime import datetime, time, timedelta

from django import forms
from django.db.models import Q, QuerySet
from django.utils import timezone
from dsfr.forms import DsfrBaseForm

from guichet.accounts.models import Administration
from guichet.inbox.enums import FeedbackRating, FeedbackReason, Status, TriageLabel
from guichet.inbox.models import CannedResponse, Message
from guichet.inbox.workflow import OPEN_STATES

OPEN = "open"
ALL = "all"
MINE = "me"
UNASSIGNED = "none"

# Each order ends with the id (a stable page order) and is the order of an index of `Message` (read forwards or
# backwards): a page reads its 25 rows, whatever the number of messages.
SORTS = {
    "priority": ("Urgence d'abord", ("-distress", "-priority", "received_at", "pk")),
    "oldest": ("Plus anciens d'abord", ("received_at", "pk")),
    "newest": ("Plus récents d'abord", ("-received_at", "-pk")),
}


class InboxFilterForm(DsfrBaseForm):
    """Filters, search and sort of an inbox; `apply` turns them into a queryset filter."""

    q = forms.CharField(label="Rechercher", required=False, help_text="Titre, texte, identifiant ou nom")
    status = forms.ChoiceField(
        label="Statut",
        required=False,
        choices=[(OPEN, "À traiter"), (ALL, "Tous les statuts"), *Status.choices],
    )
    label = forms.ChoiceField(label="Étiquette", required=False, choices=[("", "Toutes"), *TriageLabel.choices])
    assignee = forms.ChoiceField(label="Attribué à", required=False)
    received_from = forms.DateField(
        label="Reçu à partir du", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    received_to = forms.DateField(
        label="Reçu jusqu'au", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    sort = forms.ChoiceField(label="Trier par", required=False, choices=[(k, v[0]) for k, v in SORTS.items()])

    def __init__(self, *args, members: list[tuple[str, str]] | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["assignee"].choices = [
            ("", "Tout le monde"),
            (MINE, "Moi"),
            (UNASSIGNED, "Personne (à prendre)"),
            *(members or []),
        ]

    def apply(self, qs: QuerySet[Message], *, user) -> QuerySet[Message]:
        data = self.cleaned_data if self.is_valid() else {}
        status = data.get("status") or OPEN
        if status == OPEN:
            qs = qs.filter(status__in=OPEN_STATES)
        elif status != ALL:
            qs = qs.filter(status=status)
        if data.get("label") == TriageLabel.DISTRESS:
            qs = qs.filter(distress=True)  # the stored copy of the label, in the inbox's index
        elif data.get("label"):
            qs = qs.filter(triage_labels__icontains=f'"{data["label"]}"')
        assignee = data.get("assignee")
        if assignee == MINE:
            qs = qs.filter(assignee=user)
        elif assignee == UNASSIGNED:
            qs = qs.filter(assignee__isnull=True)
        elif assignee:
            qs = qs.filter(assignee__pk=assignee)
        tz = timezone.get_current_timezone()
        if data.get("received_from"):
            qs = qs.filter(received_at__gte=datetime.combine(data["received_from"], time.min, tzinfo=tz))
        if data.get("received_to"):
            end = datetime.combine(data["received_to"], time.min, tzinfo=tz) + timedelta(days=1)
            qs = qs.filter(received_at__lt=end)
        if data.get("q"):
            term = data["q"].strip()
            match = Q(title__icontains=term) | Q(body__icontains=term) | Q(citizen_name__icontains=term)
            match |= Q(external_id__iexact=term)
            if term.lstrip("#").isdigit():
                match |= Q(pk=int(term.lstrip("#")))
            qs = qs.filter(match)
        return order_inbox(qs, data.get("sort") or "priority")


def order_inbox(qs: QuerySet[Message], sort: str = "priority") -> QuerySet[Message]:
    """Distress first (even when the priority was lowered by hand), then priority, then the oldest.

    `distress` is the stored copy of the label: over the open messages this order is the one of the index
    `message_open_urgency_idx`, so the first page reads 25 rows, however many messages are waiting."""
    return qs.order_by(*SORTS.get(sort, SORTS["priority"])[1])


class DraftForm(DsfrBaseForm):
    text = forms.CharField(
        label="Réponse à l'usager",
        required=False,
        widget=forms.Textarea(attrs={"rows": 18, "spellcheck": "true"}),
    )
    draft_id = forms.IntegerField(required=False, widget=forms.HiddenInput)


class SendForm(DraftForm):
    urgency_handled = forms.BooleanField(
        label="J'ai pris en charge l'urgence (appel, orientation ou signalement) avant de répondre",
        required=False,
    )
    rating = forms.ChoiceField(
        label="Le brouillon proposé était…",
        required=False,
        choices=FeedbackRating.choices,
        widget=forms.RadioSelect,
    )
    reasons = forms.MultipleChoiceField(
        label="Pourquoi ? (facultatif)",
        required=False,
        choices=FeedbackReason.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    comment = forms.CharField(
        label="Commentaire (facultatif)", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    time_on_task_s = forms.IntegerField(required=False, min_value=0, max_value=86_400, widget=forms.HiddenInput)


class FeedbackForm(DsfrBaseForm):
    rating = SendForm.base_fields["rating"]
    reasons = SendForm.base_fields["reasons"]
    comment = SendForm.base_fields["comment"]


class RegenerateForm(DsfrBaseForm):
    instruction = forms.CharField(
        label="Consigne",
        required=False,
        max_length=500,
        help_text="Par exemple : plus court, plus simple, insister sur les délais",
    )
    context = forms.CharField(
        label="Contexte à prendre en compte (facultatif)",
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Éléments du dossier connus de vous ; les données personnelles sont pseudonymisées.",
    )
    links = forms.CharField(
        label="Liens utiles (facultatif)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Une adresse par ligne, ajoutée au contexte du brouillon.",
    )

    def agent_context(self) -> str:
        context = self.cleaned_data.get("context", "").strip()
        links = [line.strip() for line in self.cleaned_data.get("links", "").splitlines() if line.strip()]
        if links:
            context = "\n".join([context, "Liens utiles :", *links]).strip()
        return context


class RedirectForm(DsfrBaseForm):
    to_administration = forms.ModelChoiceField(
        label="Administration compétente", queryset=Administration.objects.none(), empty_label="Choisir…"
    )
    note = forms.CharField(label="Note (facultative)", required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, current: Administration, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["to_administration"].queryset = Administration.objects.exclude(pk=current.pk)


class EscalateForm(DsfrBaseForm):
    note = forms.CharField(
        label="Pourquoi transmettre à un superviseur ?", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class CannedChoiceForm(DsfrBaseForm):
    canned_id = forms.IntegerField(widget=forms.HiddenInput)


class CannedResponseForm(DsfrBaseForm):
    title = forms.CharField(label="Titre", max_length=200)
    body = forms.CharField(label="Texte", widget=forms.Textarea(attrs={"rows": 10}))
    tags = forms.CharField(label="Mots-clés", required=False, help_text="Séparés par des virgules")
    is_active = forms.BooleanField(label="Proposer ce modèle aux agents", required=False, initial=True)

    @classmethod
    def for_instance(cls, canned: CannedResponse | None, data=None) -> "CannedResponseForm":
        initial = {}
        if canned is not None:
            initial = {
                "title": canned.title,
                "body": canned.body,
                "tags": ", ".join(canned.tags),
                "is_active": canned.is_active,
            }
        return cls(data=data, initial=initial)

    def tag_list(self) -> list[str]:
        return [t.strip() for t in self.cleaned_data.get("tags", "").split(",") if t.strip()]
