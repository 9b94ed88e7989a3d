"""Triage, eighteenth pass of issue 12: a writer who weighs what their own death would pay their family shows a warning
sign of suicide strong enough to be a rule; a death insurance asked about after a relative's death, or as planning,
is not. Tobacco said to kill is a health warning, not a threat to one's life.

Every message here was written for these tests (none is in a corpus)."""

from guichet.drafting.triage_signs import signs_make_a_rule, warning_signs
from tests.drafting.triage_helpers import rules


def test_asking_whether_the_death_insurance_pays_when_it_is_not_an_accident_is_a_strong_sign():
    text = (
        "Le garage ne tourne plus et la banque a dit non. Le capital décès de ma prévoyance est-il versé à mes "
        "enfants même si ce n'est pas un accident ?"
    )
    assert warning_signs(text) == ["own_death_paid"]
    assert signs_make_a_rule(text, warning_signs(text))


def test_the_family_would_at_least_get_the_insurance_is_a_strong_sign():
    assert warning_signs("Parfois je pense qu'au moins mes gosses toucheraient l'assurance du crédit.") == [
        "own_death_paid"
    ]
    assert warning_signs("Mes enfants toucheraient au moins l'assurance-vie, ce serait déjà ça.") == ["own_death_paid"]


def test_the_sign_makes_a_distress_rule_with_the_suicide_contacts():
    result = rules(
        "cotisations",
        "Bonjour, je n'arrive plus à payer les cotisations de la boulangerie. Est-ce que l'assurance décès de mon "
        "prêt paie quand ce n'est pas un accident ? Je voudrais savoir avant la fin du mois.",
        "URSSAF",
    )
    assert "distress" in result.labels
    assert "suicide" in result.distress_kinds


def test_a_death_insurance_asked_about_after_a_death_or_as_planning_is_no_sign():
    assert (
        warning_signs(
            "Mon père est mort d'une crise cardiaque et l'assurance décès dit que ce n'était pas un accident. "
            "Que faire ?"
        )
        == []
    )
    assert warning_signs("Si je décède avant ma femme, toucherait-elle le capital décès de la MSA ?") == []
    assert warning_signs("Mes enfants toucheraient-ils quelque chose de mon assurance-vie en cas de décès ?") == []


def test_tobacco_said_to_kill_is_not_a_suicide_rule_a_person_threatening_still_is():
    result = rules(
        "les cigarettes vont me tuer",
        "Ma pneumologue répète que les cigarettes vont me tuer. Les substituts nicotiniques sont-ils remboursés ?",
        "CPAM",
    )
    assert "distress" not in result.labels
    result = rules(
        "peur",
        "Mon compagnon a dit qu'il allait me tuer si je demandais l'allocation à mon nom. Comment faire ?",
        "CAF",
    )
    assert "distress" in result.labels


def test_paid_with_our_taxes_said_of_the_agents_is_not_the_tax_office_topic():
    result = rules(
        "dossier perdu",
        "Vous êtes des incapables nourris avec nos impôts. J'ai renvoyé mon avis d'imposition deux fois et vous "
        "dites encore qu'il manque. Ça suffit.",
        "CAF",
    )
    assert "out_of_scope" not in result.labels
    asked = rules(
        "avis d'imposition", "Le centre des impôts me demande mon avis d'imposition 2024, où le trouver ?", "CAF"
    )
    assert "out_of_scope" in asked.labels
