"""Triage, eleventh pass of issue 12: out of scope told in the office's own words (money lost to a fraud in the
office's name, another country's administration named as the party that acts) and distress relayed by a third
party in the third person (a social worker, a teacher, an adviser writing for someone else). Each rule is checked
beside its in-scope look-alike. Every message here was written for these tests (none is in corpora/triage)."""

import pytest

from guichet.drafting.triage import names_foreign_body
from tests.drafting.triage_helpers import rules, vetoed

CAF = "Caisse d'allocations familiales"


@pytest.mark.parametrize(
    ("administration", "body"),
    [
        (
            CAF,
            "Un texto « Caf : mise à jour de vos droits » m'a envoyé sur un lien, j'ai cliqué et rempli ma carte. "
            "La banque a vu deux débits de 290 €. Pouvez-vous me rembourser ?",
        ),
        (
            "Assurance maladie",
            "Une femme se faisant passer pour une conseillère de l'Assurance maladie m'a fait faire un virement de "
            "800 € pour garder ma carte Vitale. Comment récupérer cet argent ?",
        ),
        (
            "France Travail",
            "Un texto « France Travail : aide de 250 €, cliquez ici » : j'ai saisi ma carte et il y a deux achats de "
            "300 € que je n'ai pas faits. Vous pouvez les annuler ?",
        ),
        (
            "Direction générale des finances publiques",
            "Sur un faux site des impôts j'ai payé 130 € de « frais de remboursement ». Pouvez-vous annuler ce "
            "paiement ?",
        ),
    ],
)
def test_money_lost_to_a_fraud_in_the_office_name_is_out_of_scope(administration, body):
    result = rules("arnaque", body, administration)
    assert "out_of_scope" in result.labels
    assert result.competent is not None and result.competent["topic"] == "escroquerie"


@pytest.mark.parametrize(
    ("administration", "body"),
    [
        # Asking whether a message really comes from the office: no loss, the office's own question.
        (
            "Assurance maladie",
            "Un SMS au nom d'ameli me demande de régler 4,50 € pour une nouvelle carte Vitale. Est-ce bien vous ?",
        ),
        # A real overpayment recovered by the office: a loss, but no fake.
        (
            CAF,
            "Vous m'avez débité 60 € pour un indu sur mes allocations. Pouvez-vous me rembourser si c'est faux ?",
        ),
        # A fraud on the writer's own account at the office: the office's business.
        (
            CAF,
            "Un escroc a changé le RIB de mon compte Caf et le virement de mes allocations est parti chez lui. "
            "Pouvez-vous me rembourser ?",
        ),
        # Reporting a fraud attempt without having paid anything.
        (CAF, "J'ai reçu un faux mail de la Caf avec un lien bizarre, je n'ai rien rempli. Où puis-je le signaler ?"),
    ],
)
def test_the_office_own_questions_about_fraud_stay_in_scope(administration, body):
    assert "out_of_scope" not in rules("message reçu", body, administration).labels


@pytest.mark.parametrize(
    ("administration", "body"),
    [
        (
            "Assurance retraite",
            "La caisse de retraite luxembourgeoise a suspendu ma pension de vieillesse. Pouvez-vous savoir pourquoi ?",
        ),
        (
            "Direction générale des finances publiques",
            "Le canton de Vaud m'a taxé deux fois mon salaire de 2025, comment faire rembourser cet impôt ?",
        ),
        ("Mairie", "Le consulat marocain ne me délivre pas mon acte de naissance, la mairie peut-elle le demander ?"),
    ],
)
def test_another_country_administration_lifts_the_competence_map_veto(administration, body):
    assert names_foreign_body(body)
    assert not vetoed("ma demande", body, administration)


@pytest.mark.parametrize(
    ("administration", "body"),
    [
        (
            "Assurance retraite",
            "J'ai travaillé sept ans au Luxembourg. Ces années comptent-elles pour ma retraite française ?",
        ),
        (
            "Direction générale des finances publiques",
            "Je travaille en Suisse et j'habite dans l'Ain : où déclarer mon salaire sur ma déclaration de revenus ?",
        ),
        ("Mairie", "Je suis né au Maroc et je suis français : comment obtenir ma première carte d'identité ?"),
    ],
)
def test_a_country_named_without_its_administration_keeps_the_veto(administration, body):
    assert not names_foreign_body(body)


@pytest.mark.parametrize(
    ("administration", "body"),
    [
        (
            CAF,
            "Je suis éducatrice de rue. Un père et sa fille de 4 ans dorment dans leur voiture sur le parking du "
            "supermarché depuis la coupure de leur RSA. Comment débloquer leur dossier ?",
        ),
        (
            "Préfecture du Rhône",
            "J'accompagne un jeune majeur étranger qui dort à la gare depuis sa sortie du foyer. Peut-il déposer sa "
            "demande de titre sans adresse ?",
        ),
        ("Mairie", "Ma voisine m'a dit que son compagnon la frappe le soir, je l'entends crier. Que faire ?"),
        (
            "France Travail",
            "Une élève de 17 ans que je suis en insertion me dit que sa famille veut la marier au pays en août.",
        ),
        (CAF, "Mon ami est à la rue depuis dimanche : on lui a dit qu'ils sont à la rue à cause de l'expulsion."),
    ],
)
def test_distress_relayed_in_the_third_person_is_seen_by_the_rules(administration, body):
    assert "distress" in rules("pour quelqu'un", body, administration).labels


@pytest.mark.parametrize(
    ("administration", "body"),
    [
        (CAF, "Je suis assistante sociale : quelles pièces faut-il pour la demande de RSA d'une dame hébergée ?"),
        ("Mairie", "Mon voisin voudrait inscrire sa fille à la cantine et à l'étude du soir, où doit-il aller ?"),
        ("France Travail", "Je fais l'actualisation de mon père qui ne sait pas utiliser internet, c'est possible ?"),
    ],
)
def test_a_relayed_routine_request_raises_no_distress_rule(administration, body):
    assert "distress" not in rules("pour quelqu'un", body, administration).labels
