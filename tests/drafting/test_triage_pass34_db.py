"""Triage, thirty-fourth pass of issue 12 (engineer-db): a child beaten or neglected is distress (the 119), and out of
scope where it is told to an office that cannot protect it (a fund, the tax office, a school) and nothing of its own is
asked; another fund's benefit asked by an unhappy writer is no complaint about the office written to, unless the
office itself is blamed; a chore said to kill the writer, or the writer's own "je ne sais toujours pas où", is no
distress and no complaint. Guards: a mother who asks the Caf to transfer the allocations, a girl who asks for her own
carte Vitale, a town's services, bullying at school, a partner's blows before the children, the writer's own hunger
with her children, a person's threat to kill.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_child_harm import (
    CHILD_PROTECTION,
    asks_procedure,
    cannot_protect,
    child_harm_elsewhere,
    child_harmed,
)
from guichet.drafting.triage_chores import chore_kill, own_confusion_blanked
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_wrong_fund import grievance_at_office


def _rules(administration: str, title: str, body: str):
    return triage(title=title, body=body, administration=administration, use_model=False)


CHILD_HARM_AWAY = [
    (
        "CAF",
        "le petit d'à côté",
        "Bonjour, le garçon du troisième, il a sept ans à peu près, vient à l'école avec des marques sur le visage. "
        "Sa mère et son copain hurlent toutes les nuits. Elle reçoit des aides chez vous. Vous pouvez envoyer "
        "quelqu'un ?",
    ),
    (
        "Impôts",
        "au secours",
        "j'ai 14 ans, mon beau-père me tape avec sa ceinture quand ma mère travaille de nuit. j'ai trouvé que ce "
        "site. aidez moi s'il vous plait",
    ),
    (
        "Collège Jean-Moulin",
        "pour la CPE",
        "Madame, mon neveu Rayan est dans votre établissement. Depuis Noël ses parents le laissent seul des "
        "journées entières, il n'a rien à manger le soir et il a maigri. Je préfère vous le dire.",
    ),
    (
        "MSA",
        "ma nièce",
        "Je vous écris pour ma nièce de quatre ans. Son père la frappe quand elle pleure, je l'ai vu dimanche. Ma "
        "soeur a peur de lui. Je ne sais pas qui prévenir.",
    ),
]


@pytest.mark.parametrize(("administration", "title", "body"), CHILD_HARM_AWAY)
def test_a_child_harmed_told_to_an_office_that_cannot_protect_it_is_distress_and_out_of_scope(
    administration, title, body
):
    result = _rules(administration, title, body)
    assert TriageLabel.DISTRESS in result.labels
    assert "child" in result.distress_kinds
    assert TriageLabel.OUT_OF_SCOPE in result.labels
    assert result.competent == CHILD_PROTECTION
    assert any("119" in str(contact) for contact in result.emergency_contacts)


CHILD_HARM_OWN_ASK = [
    (
        "CAF",
        "garde des enfants",
        "Mes deux filles sont revenues de chez leur père avec des bleus sur les jambes et la grande dit qu'il les "
        "frappe. Elles vivent chez moi maintenant. Comment faire pour que les allocations familiales me soient "
        "versées ?",
    ),
    (
        "CPAM",
        "carte vitale",
        "bonjour j'ai 16 ans mon père me frappe quand il rentre du bar. est-ce que je peux avoir ma propre carte "
        "vitale pour voir un médecin seule ?",
    ),
]


@pytest.mark.parametrize(("administration", "title", "body"), CHILD_HARM_OWN_ASK)
def test_a_child_harmed_beside_a_question_of_the_office_is_distress_not_out_of_scope(administration, title, body):
    result = _rules(administration, title, body)
    assert TriageLabel.DISTRESS in result.labels
    assert "child" in result.distress_kinds
    assert TriageLabel.OUT_OF_SCOPE not in result.labels


def test_a_town_or_a_departement_told_of_a_child_harmed_keeps_it():
    body = (
        "Le fils de mes voisins, six ans, a des brûlures sur les mains et ses parents le laissent seul la nuit. "
        "Je ne sais pas à qui le dire."
    )
    for administration in ("Mairie de Lens", "Conseil départemental du Gard", "CCAS de Niort"):
        result = _rules(administration, "un enfant", body)
        assert TriageLabel.DISTRESS in result.labels
        assert TriageLabel.OUT_OF_SCOPE not in result.labels


def test_which_offices_cannot_protect_a_child():
    assert cannot_protect("Lycée Victor-Hugo", set())
    assert cannot_protect("CAF du Var", {"caf"})
    assert cannot_protect("CROUS de Lyon", set())
    assert not cannot_protect("Mairie de Brest", {"mairie"})
    assert not cannot_protect("Conseil départemental de l'Aude", set())
    assert not cannot_protect("Tribunal judiciaire de Lille", set())


@pytest.mark.parametrize(
    "text",
    [
        # A partner's blows before the children: conjugal violence, its own rule.
        "Mon compagnon m'a frappée hier devant les enfants.",
        # The writer's own hunger with her children.
        "Nous n'avons plus rien à manger, mes enfants ont faim ce soir.",
        # A child who hurt himself.
        "Mon fils de 9 ans s'est cassé le bras au foot, il a des bleus partout.",
        # A child who plays.
        "Ma fille tape sur son tambour toute la journée, c'est son cadeau de Noël.",
    ],
)
def test_what_is_no_child_harmed(text):
    assert not child_harmed(text)


def test_bullying_at_school_stays_the_schools():
    body = "Mon fils de 11 ans pleure le matin : trois élèves le frappent dans la cour depuis la rentrée. Aidez-nous."
    assert child_harmed(body)
    assert not child_harm_elsewhere("Collège Pasteur", set(), body)


def test_the_benefit_given_as_the_reason_for_writing_is_no_ask():
    assert not asks_procedure("Elle touche vos allocations pour ses enfants, vous pouvez faire quelque chose ?")
    assert asks_procedure("Est-ce que je peux toucher l'APL à mon nom ?")


WRONG_FUND_UNHAPPY = [
    ("CAF", "pension", "Ma pension de retraite n'est toujours pas arrivée, deux mois que j'attends. Versez-la vite."),
    ("Impôts", "APL", "C'est inadmissible, mon APL a été suspendue sans raison. Rétablissez-la immédiatement."),
]


@pytest.mark.parametrize(("administration", "title", "body"), WRONG_FUND_UNHAPPY)
def test_an_unhappy_writer_asking_another_funds_benefit_holds_no_grievance_at_this_office(administration, title, body):
    assert not grievance_at_office(f"{title}\n{body}")


@pytest.mark.parametrize(
    "text",
    [
        "C'est la quatrième fois que je vous écris pour ma carte Vitale.",
        "Vous me dites d'aller voir la Caf et la Caf me renvoie chez vous.",
        "Votre conseillère m'a raccroché au nez.",
        "C'est à vous de corriger, c'est vous qui avez transmis mes revenus.",
    ],
)
def test_a_grievance_at_the_office_written_to(text):
    assert grievance_at_office(text)


def test_a_chore_said_to_kill_is_no_distress():
    result = _rules(
        "URSSAF",
        "déclaration",
        "Ce portail va me tuer un jour 😩 Où est-ce que je déclare mon chiffre d'affaires de décembre ?",
    )
    assert TriageLabel.DISTRESS not in result.labels
    assert chore_kill("Votre espace personnel va finir par me tuer.")
    assert chore_kill("cette déclaration va me tuer haha non sérieusement 😅")


@pytest.mark.parametrize(
    "text",
    [
        "Mon ex va me tuer s'il me retrouve.",
        "Il m'a dit qu'il allait me tuer.",
        "Je vais me tuer, je n'en peux plus.",
    ],
)
def test_a_threat_or_an_intent_to_kill_stays(text):
    assert not chore_kill(text)
    assert TriageLabel.DISTRESS in _rules("CAF", "aide", text).labels


def test_the_writers_own_confusion_is_no_wait_for_the_office():
    result = _rules(
        "ANTS",
        "permis",
        "Ces démarches en ligne ça me rend chèvre, je ne trouve toujours pas où on ajoute la photo pour le permis.",
    )
    assert TriageLabel.COMPLAINT not in result.labels
    assert "toujours pas" not in own_confusion_blanked(fold("je ne sais toujours pas ou cliquer"))
    assert "toujours pas" in own_confusion_blanked(fold("je n'ai toujours pas reçu ma carte"))
