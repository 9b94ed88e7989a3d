"""Triage, fortieth pass of issue 12 (engineer-dx): another body's business asked of an office on a borrowed reason
("comme vous me versez …", "puisque c'est la sécu qui payait"), a mutuelle's own contract (cancelled, its formula
changed) and a private insurer's refusal to pay are out of scope, in distress too; the office's own paper or payment
asked on the same reason, the writer's own situation given as a reason, the CSS beside a mutuelle, the office's own
aid beside an insurer's refusal stay in scope.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_borrowed_reason import borrowed_reason_asked
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_insurer_refusal import insurer_refusal_asked
from guichet.drafting.triage_mutuelle_contract import mutuelle_contract_asked


def _rules(administration: str, title: str, body: str):
    return triage(title=title, body=body, administration=administration, use_model=False)


BORROWED = [
    "Bonjour, ma fille voudrait s'inscrire au code de la route. Comme vous nous versez déjà les allocations "
    "familiales, pouvez-vous l'inscrire à l'examen ?",
    "Il me faut un duplicata de mon diplôme de BTS pour un employeur. Vous avez toutes mes informations, "
    "pouvez-vous me l'envoyer ?",
    "Je cherche une place en crèche pour mon fils. Puisque vous me versez ma pension d'invalidité, vous pouvez "
    "lui en attribuer une ?",
    "Mon voisin coupe ses arbres sur mon terrain. La caisse peut-elle lui écrire, puisque c'est la sécu qui me "
    "soigne depuis vingt ans ?",
    "Pour mon adoption, le tribunal veut un extrait d'acte. Je pensais qu'il suffisait de vous le demander comme "
    "c'est vous qui gérez les dossiers de famille ?",
]


@pytest.mark.parametrize("text", BORROWED)
def test_another_body_s_business_asked_on_a_borrowed_reason_is_read(text: str) -> None:
    assert borrowed_reason_asked(fold(text))


NOT_BORROWED = [
    # The office's own paper or payment, asked on the same reason.
    "Comme vous me versez l'AAH, pouvez-vous m'envoyer une attestation de paiement pour mon bailleur ?",
    "Puisque vous me versez ma retraite, pouvez-vous me dire la date du paiement de mars ?",
    "Comme vous me versez l'ARE, dois-je vous déclarer mes heures de ménage chez une voisine ?",
    # The writer's own situation is the reason, no link of the office.
    "Puisque je suis en ALD, mes séances de kiné sont-elles remboursées à 100 % ?",
    "Est-ce qu'il y a un timbre fiscal à payer puisque c'est un vol ?",
    # Sarcasm that lends no link.
    "Puisque vous ne répondez jamais au téléphone, pouvez-vous au moins me rappeler ?",
    # A link told, nothing asked of the office.
    "Comme vous me versez la prime d'activité, je vous signale mon changement d'adresse au 1er mai.",
    # An adviser's quoted words.
    "Votre conseiller m'a écrit « puisque vous avez tout mon dossier, pouvez-vous patienter ». J'attends.",
]


@pytest.mark.parametrize("text", NOT_BORROWED)
def test_the_office_s_own_ask_or_the_writer_s_own_reason_is_not_read(text: str) -> None:
    assert not borrowed_reason_asked(fold(text))


def test_a_borrowed_reason_asked_of_the_caf_is_out_of_scope_with_its_redirect(monkeypatch) -> None:
    # The rule ships off (the lead's probes, fortieth pass); switched on, it redirects.
    monkeypatch.setattr("guichet.drafting.triage_borrowed_reason.BORROWED_REASON_RULE", True)
    result = _rules(
        "CAF",
        "Permis",
        "Bonjour, ma fille voudrait passer son permis. Comme vous nous versez déjà les allocations familiales, "
        "pouvez-vous payer l'auto-école directement ?",
    )
    assert TriageLabel.OUT_OF_SCOPE in result.labels
    assert result.competent is not None and result.competent["topic"] == "motif_emprunte"


def test_the_office_s_own_attestation_on_the_same_reason_stays_routine() -> None:
    result = _rules(
        "CAF",
        "Attestation",
        "Bonjour, comme vous me versez l'allocation de soutien familial, pouvez-vous m'envoyer une attestation "
        "de paiement pour la cantine ?",
    )
    assert TriageLabel.OUT_OF_SCOPE not in result.labels


CONTRACTS = [
    "Bonjour, je voudrais résilier ma mutuelle depuis que je suis en CDI. Pouvez-vous le faire pour moi ?",
    "Ma mutuelle Santé Plus est trop chère. Vous pouvez faire la résiliation ?",
    "Mon employeur a une complémentaire santé collective. Je veux passer à la formule supérieure pour ma "
    "femme, c'est vous qui le faites ?",
    "Pouvez-vous ajouter mon nouveau-né sur ma mutuelle ?",
]


@pytest.mark.parametrize("text", CONTRACTS)
def test_a_mutuelle_s_contract_asked_of_the_cpam_is_another_body_s(text: str) -> None:
    assert mutuelle_contract_asked("assurance maladie", fold(text))
    assert mutuelle_contract_asked("urssaf", fold(text))


NOT_CONTRACTS = [
    # The office's own scheme that replaces a mutuelle.
    "On m'a parlé de la complémentaire santé solidaire. Si je l'obtiens, je dois résilier ma mutuelle moi-même ?",
    "J'ai droit à la mutuelle gratuite ? Et faut-il résilier l'autre avant ?",
    # The office's own refund once the contract changes.
    "Si je résilie ma mutuelle, est-ce que la Sécu me rembourse toujours la kiné ?",
    # A contract cancelled in the past, the office's own question asked.
    "J'ai résilié ma mutuelle en janvier. Ma carte Vitale est-elle à jour ?",
]


@pytest.mark.parametrize("text", NOT_CONTRACTS)
def test_the_office_s_own_scheme_or_refund_beside_a_mutuelle_stays_in_scope(text: str) -> None:
    assert not mutuelle_contract_asked("assurance maladie", fold(text))


def test_a_mutuelle_asked_about_its_own_contract_is_not_sent_away() -> None:
    assert not mutuelle_contract_asked("mutuelle generale", fold(CONTRACTS[0]))


def test_a_mutuelle_contract_asked_of_the_cpam_is_out_of_scope_with_its_redirect() -> None:
    result = _rules("CPAM", "Formule", CONTRACTS[2])
    assert TriageLabel.OUT_OF_SCOPE in result.labels
    assert result.competent is not None and result.competent["topic"] == "contrat_de_mutuelle"


REFUSALS = [
    "Mon assurance habitation refuse de m'indemniser pour la grêle sur la véranda. Que dois-je faire ?",
    "L'assurance de mon prêt traîne pour prendre en charge mes échéances depuis mon opération. Une idée ?",
    "Mon assureur ne veut pas payer le remorquage de la voiture. Comment je fais pour qu'ils paient ?",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_an_insurer_s_refusal_asked_of_an_office_is_another_body_s(text: str) -> None:
    assert insurer_refusal_asked("agence nationale des titres securises", fold(text))
    assert insurer_refusal_asked("caisse d'allocations familiales", fold(text))


NOT_REFUSALS = [
    # The office's own aid asked beside the refusal.
    "Mon assurance habitation refuse de payer le relogement. La mairie a-t-elle une aide d'urgence ?",
    # The CPAM's own recourse against a third party.
    "J'ai été renversé à vélo, accident causé par un tiers ; son assureur refuse de payer. Dois-je vous le déclarer ?",
    # The social insurance's own refusal.
    "L'assurance maladie refuse de rembourser mes semelles orthopédiques. Pourquoi ?",
    # The insurer pays, nothing refused.
    "Mon assurance auto m'a indemnisé. Dois-je déclarer cette somme ?",
]


@pytest.mark.parametrize("text", NOT_REFUSALS)
def test_the_office_s_own_aid_recourse_or_refusal_is_not_read(text: str) -> None:
    assert not insurer_refusal_asked("assurance maladie", fold(text))


def test_an_insurer_is_not_sent_away_from_its_own_refusal() -> None:
    assert not insurer_refusal_asked("assureur habitation", fold(REFUSALS[0]))


def test_an_insurer_s_refusal_in_distress_keeps_the_distress_and_is_out_of_scope() -> None:
    result = _rules(
        "Préfecture",
        "Incendie",
        "Depuis l'incendie nous dormons dans la voiture avec les enfants, je n'ai plus rien à manger. Mon assureur "
        "refuse de payer l'hôtel. Que faire ?",
    )
    assert TriageLabel.DISTRESS in result.labels
    assert TriageLabel.OUT_OF_SCOPE in result.labels
    assert result.competent is not None and result.competent["topic"] == "refus_d_un_assureur"


def test_the_office_s_own_business_asked_on_a_borrowed_reason_stays_in_scope_as_shipped() -> None:
    # The lead's probe (fortieth pass): the reason fires the predicate, yet the APL is the CAF's own business.
    text = (
        "Bonjour,\nJe me suis séparée de mon conjoint le mois dernier et je vis seule avec mes deux enfants. "
        "Vous avez déjà mon dossier, pouvez-vous recalculer mon APL depuis mon changement de situation ?\nMerci"
    )
    assert borrowed_reason_asked(fold(text))
    assert TriageLabel.OUT_OF_SCOPE not in _rules("CAF", "Recalcul APL", text).labels
