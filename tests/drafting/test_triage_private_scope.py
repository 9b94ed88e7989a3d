"""Triage, eighth pass of issue 12: requests no public body answers, abuse without a swear word, distress in one line
of a formal letter. Every message here was written for these tests (none is in corpora/triage)."""

import pytest

from guichet.drafting.frame import redirect_block
from guichet.drafting.prompts import AdministrationProfile
from guichet.drafting.triage import PRIVATE_NEED, private_need, triage
from guichet.drafting.triage_cues import cue_counts
from guichet.drafting.triage_model import ARTEFACT_PATH, TriageModel


def result(title: str, body: str, administration: str = "CAF", *, use_model: bool = True):
    return triage(title=title, body=body, administration=administration, use_model=use_model)


@pytest.mark.parametrize(
    ("administration", "title", "body"),
    [
        (
            "CAF",
            "lapin malade",
            "Bonjour, mon lapin nain ne mange plus ses granulés. Quel vétérinaire est de garde ce "
            "dimanche près de chez moi ? Merci",
        ),
        (
            "Assurance retraite",
            "TikTok",
            "mon compte tiktok a été piraté cette nuit, le mot de passe a changé et je "
            "n'ai plus accès. vous pouvez le récupérer ?",
        ),
        (
            "Mairie",
            "Commande Amazon",
            "Hello, my Amazon parcel was delivered to the wrong building and the seller "
            "on Amazon won't refund me. Can you help me get my money back?",
        ),
        (
            "URSSAF",
            "séjour",
            "Bonjour, nous cherchons un camping avec piscine en Bretagne pour août, et un restaurant "
            "sympa pour l'anniversaire de mamie. Vous avez des adresses ?",
        ),
    ],
)
def test_a_request_for_no_public_body_is_out_of_scope_by_the_rules(administration, title, body):
    rules = result(title, body, administration, use_model=False)
    assert "out_of_scope" in rules.labels
    assert rules.competent is not None and rules.competent["topic"] == PRIVATE_NEED["topic"]
    assert "out_of_scope" in result(title, body, administration).labels


@pytest.mark.parametrize(
    ("administration", "title", "body"),
    [
        # A tax question about sales on private platforms.
        (
            "Impôts",
            "ventes en ligne",
            "Bonjour, cette année j'ai vendu des meubles sur Leboncoin et des habits sur "
            "Vinted pour 2 000 € environ. Est-ce que je dois le déclarer aux impôts ?",
        ),
        # A Caf question that names a bank.
        (
            "CAF",
            "nouvelle banque",
            "Bonjour, j'ai ouvert un compte dans une autre banque. Comment changer mon RIB "
            "pour que mon RSA arrive sur le nouveau compte ?",
        ),
        # A pet's category at the mairie.
        (
            "Mairie",
            "chien",
            "Bonjour, j'ai un chien de catégorie 2 et je déménage dans votre commune. Dois-je "
            "refaire le permis de détention à la mairie ?",
        ),
        # An app-based driver's contributions at the Urssaf.
        (
            "URSSAF",
            "livreur Uber Eats",
            "Bonjour, je suis livreur à vélo pour Uber Eats en micro-entreprise. Comment "
            "déclarer mon chiffre d'affaires du trimestre et combien de cotisations ?",
        ),
    ],
)
def test_a_public_question_that_names_a_shop_a_bank_or_a_pet_stays_in_scope(administration, title, body):
    assert not private_need(title, body)
    assert "out_of_scope" not in result(title, body, administration).labels


def test_one_private_word_is_not_enough_and_distress_is_never_sent_away():
    # One private word (a password) beside no public procedure word: not a redirection by the rules.
    assert not private_need("connexion", "Je n'arrive plus à me connecter, j'ai oublié mon mot de passe.")
    counts = cue_counts("Mon chien et moi dormons dans la voiture depuis que mon ordinateur a brûlé avec la maison.")
    assert counts["private_only"] >= 2
    body = "Mon chien et moi dormons dans la voiture depuis l'incendie, mon ordinateur a brûlé avec la maison."
    rules = result("aide", body, use_model=False)
    assert "distress" in rules.labels and "out_of_scope" not in rules.labels


def test_the_redirection_for_a_private_need_names_no_administration_as_competent():
    triaged = result("chat perdu", "Bonjour, notre chaton s'est échappé, il est pucé. Un vétérinaire l'a-t-il vu ?")
    profile = AdministrationProfile(name="Caisse d'allocations familiales")
    block = redirect_block(triaged, profile)
    assert "Votre demande ne relève pas de la caisse d'allocations familiales" in block
    assert "aucune administration ne traite cette demande" in block


@pytest.mark.parametrize(
    "body",
    [
        # Sexist contempt, no swear word.
        "Je refuse d'être reçu par votre conseillère. Passez-moi un homme, elle ne comprend rien à mon dossier.",
        "Ce n'est pas un métier pour une femme, la vérification des comptes. Qu'elle retourne à ses fourneaux.",
        # Veiled threats.
        "Ce serait dommage qu'il vous arrive quelque chose en sortant du bureau. Payez ce que vous me devez.",
        "Je sais qu'elle finit à 18h, votre collègue de l'accueil. On aura l'occasion de discuter.",
        # Xenophobic contempt for an agent.
        "L'agent au guichet ne parle même pas bien français, qu'il rentre dans son pays.",
    ],
)
def test_abuse_without_a_swear_word(body):
    assert "abusive" in result("accueil", body, use_model=False).labels


@pytest.mark.parametrize(
    "body",
    [
        # Sexism reported, between quotes: the writer is not abusive.
        "Un employeur m'a dit « une femme ne devrait pas conduire un camion ». Est-ce de la discrimination ?",
        # A relative going home, not an agent sent back.
        "Ma mère rentre dans son pays pour l'été, est-ce que ses allocations continuent ?",
        # Office hours known, no threat.
        "Je sais que votre accueil ferme à 16h le mercredi, je passerai donc le matin avec mes papiers.",
    ],
)
def test_look_alikes_of_abuse_are_not_abusive(body):
    assert "abusive" not in result("question", body, use_model=False).labels


def test_distress_said_in_one_line_of_a_formal_letter():
    body = (
        "Madame, Monsieur,\nPar la présente, je forme un recours amiable contre la décision du 3 mars qui met à ma "
        "charge un indu de 1 950 € au titre de la prime d'activité. Les revenus retenus ne sont pas les miens. "
        "Depuis la retenue, il ne me reste que 60 € par mois pour vivre avec mon fils. Je vous prie de suspendre "
        "la retenue pendant l'examen de ma demande.\nVeuillez agréer mes salutations distinguées."
    )
    triaged = result("Recours amiable - indu de prime d'activité", body)
    assert "distress" in triaged.labels and triaged.distress_kinds == ["food"]
    assert "complaint" in triaged.labels


@pytest.mark.skipif(not ARTEFACT_PATH.exists(), reason="no triage artefact shipped")
def test_the_abusive_threshold_is_set_by_false_alarms_not_by_the_rules_recall():
    """The recall-first threshold rises whenever the rules catch more; the shipped one is the false-alarm one."""
    model = TriageModel.load()
    chosen = model.meta["chosen"]["abusive"]
    assert model.thresholds["abusive"] <= chosen["recall_first_threshold"]
    assert model.thresholds["abusive"] < 0.6


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour, ma carte Vitale est bloquée et la pharmacie ne me donne plus mon insuline. Je n'ai plus d'insuline "
        "depuis trois jours. Comment débloquer mes droits ?",
        "Le cardiologue dit qu'il faut m'opérer en urgence mais je n'ai pas de complémentaire. Qui paie l'avance ?",
        "J'ai des douleurs dans la poitrine depuis hier soir, mais je voulais d'abord savoir si mon arrêt est payé.",
    ],
)
def test_a_danger_to_health_without_care_is_distress_with_the_emergency_number(body):
    triaged = result("soins", body, "Assurance maladie", use_model=False)
    assert "health" in triaged.distress_kinds
    assert any(c["number"] == "15 ou 112" for c in triaged.emergency_contacts)


def test_a_past_treatment_or_a_planned_operation_is_not_an_emergency():
    for body in (
        "J'ai arrêté mon traitement il y a deux ans sur avis du médecin, dois-je garder l'ALD ?",
        "Mon opération du genou est prévue en mars, comment sont payées les indemnités journalières ?",
    ):
        assert "distress" not in result("soins", body, "Assurance maladie", use_model=False).labels


def test_a_forced_marriage_is_distress_not_another_office_business():
    body = (
        "J'ai 16 ans, mon père veut me marier au pays en août avec un homme plus âgé. Est-ce que la préfecture "
        "peut garder mon passeport ?"
    )
    triaged = result("mariage", body, "Préfecture", use_model=False)
    assert "violence" in triaged.distress_kinds and "out_of_scope" not in triaged.labels
    wedding = "Nous voulons nous marier en mairie en juin, quels papiers ?"
    assert "distress" not in result("mariage", wedding, "Mairie").labels
