"""Forms of the supervisor pages (filters, spot-check grades and rates, cohort draw)."""

from datetime import timedelta
from decimal import Decimal

from django import forms

from guichet.accounts.enums import Cohort
from guichet.drafting.enums import TriageLabel
from guichet.insights.dashboard import Filters
from guichet.insights.models import SpotCheck

MAX_PERIOD_DAYS = 366 * 2


class DashboardFilterForm(forms.Form):
    debut = forms.DateField(label="Du", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    fin = forms.DateField(label="Au", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    cohorte = forms.ChoiceField(label="Cohorte des agents", required=False, choices=[("", "Toutes"), *Cohort.choices])
    etiquette = forms.ChoiceField(
        label="Étiquette de tri", required=False, choices=[("", "Toutes"), *TriageLabel.choices]
    )

    def clean(self):
        data = super().clean()
        start, end = data.get("debut"), data.get("fin")
        if start and end and start > end:
            raise forms.ValidationError("La date de début doit précéder la date de fin.")
        if start and end and (end - start).days > MAX_PERIOD_DAYS:
            raise forms.ValidationError("Choisissez une période de deux ans au plus.")
        return data

    def filters(self) -> Filters:
        default = Filters.default()
        if not self.is_bound or not self.is_valid():
            return default
        data = self.cleaned_data
        end = data.get("fin") or default.end
        start = data.get("debut") or min(default.start, end - timedelta(weeks=12))
        return Filters(start=start, end=end, cohort=data.get("cohorte") or "", label=data.get("etiquette") or "")


class GradeForm(forms.Form):
    grade = forms.ChoiceField(label="Appréciation", choices=SpotCheck.Grade.choices, widget=forms.RadioSelect)
    reason = forms.CharField(
        label="Justification (obligatoire pour un défaut ou une erreur)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class PolicyForm(forms.Form):
    sensitive_percent = forms.DecimalField(
        label="Détresse et réclamations : part contrôlée (%)", min_value=0, max_value=100, decimal_places=1
    )
    random_percent = forms.DecimalField(
        label="Autres réponses : part tirée au hasard (%)", min_value=0, max_value=100, decimal_places=1
    )

    def rates(self) -> tuple[Decimal, Decimal]:
        return (
            (self.cleaned_data["sensitive_percent"] / 100).quantize(Decimal("0.001")),
            (self.cleaned_data["random_percent"] / 100).quantize(Decimal("0.001")),
        )


class RandomiseForm(forms.Form):
    seed = forms.IntegerField(label="Graine du tirage", min_value=0, max_value=2**31 - 1)
    control_percent = forms.IntegerField(label="Part des agents en cohorte témoin (%)", min_value=0, max_value=100)
