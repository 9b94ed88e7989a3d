"""Fifty-third pass (engineer-ge): another body's act asked inside a complaint or a distress, said as a demand (an
insurer's refusal « je veux que la mairie leur écrive », a judgment to appeal « à ma place »), is out of scope by rule;
the model's out of scope is dropped where the writer sets the other party's matter aside before asking the office its
own business (`triage_outside_asks`).

Fresh messages, in none of the corpora, through `triage()` with the rules alone (`use_model=False`: what the rules add
whatever the model's scores) and through the module's functions; each switch is flipped at run time."""

from guichet.drafting import triage_outside_asks
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_outside_asks import appeal_asked, demanded, set_aside_asked, without_set_aside

OUT = TriageLabel.OUT_OF_SCOPE

INSURER_DEMAND = (
    "Mairie de Quimperlé",
    "La tempête a arraché la moitié de mon toit et mon assureur refuse toujours de m'indemniser, ça fait deux mois. "
    "J'en ai ras-le-bol. J'exige que la mairie leur envoie une lettre pour qu'ils paient enfin.",
)
INSURER_COMMAND = (
    "Préfecture",
    "Mon assurance ne veut pas rembourser le vol de ma moto alors que j'ai porté plainte le jour même. "
    "Obligez-les à payer, c'est votre rôle de faire respecter la loi !",
)
INSURER_TOLD_ONLY = (
    "Mairie",
    "Mon assurance refuse de payer la fuite chez le voisin. Bref. Je viens vous demander l'horaire de la déchetterie.",
)
APPEAL_DEMAND = (
    "CAF",
    "Le tribunal a fixé la résidence de ma fille chez son père, c'est injuste et je suis en colère. "
    "Je demande à la CAF de faire appel de cette décision pour moi.",
)
APPEAL_HOW = (
    "Mairie",
    "Le juge m'a condamné à payer une amende que je trouve injuste. Pouvez-vous m'expliquer comment faire appel de "
    "ce jugement ?",
)
OWN_DECISION = (
    "CAF",
    "Vous avez refusé ma prime d'activité et je conteste cette décision, je veux faire un recours.",
)
SET_ASIDE_BANK = fold(
    "Je sais que les frais de ma banque ne sont pas votre affaire, je vais régler ça avec eux. "
    "Ma question est pour vous : mon allocation de rentrée scolaire sera-t-elle versée en août ?"
)
SET_ASIDE_LAWYER = fold(
    "Mon ancien patron me doit trois salaires, mon avocat s'en occupe. Mais vous, pouvez-vous me dire si je peux "
    "toucher l'allocation chômage en attendant ?"
)
REFUSAL_FORESEEN = fold(
    "Mon garage a abîmé ma voiture et refuse de payer. Vous allez encore me dire que c'est pas votre problème ? "
    "Trouvez-moi une solution."
)
NO_ASIDE = fold("Mon propriétaire garde ma caution. Pouvez-vous l'appeler pour qu'il me la rende ?")


def _labels(case: tuple[str, str]) -> list[str]:
    administration, body = case
    return triage(title="", body=body, administration=administration, use_model=False).labels


def test_the_shipped_switches():
    assert triage_outside_asks.DEMAND_ASK_RULE is True
    assert triage_outside_asks.APPEAL_RULE is True
    assert triage_outside_asks.SET_ASIDE_GATE is True


def test_an_insurer_refusal_said_as_a_demand_is_out_of_scope(monkeypatch):
    for case in (INSURER_DEMAND, INSURER_COMMAND):
        assert OUT in _labels(case)
    monkeypatch.setattr(triage_outside_asks, "DEMAND_ASK_RULE", False)
    for case in (INSURER_DEMAND, INSURER_COMMAND):
        assert OUT not in _labels(case)


def test_an_insurer_refusal_told_beside_an_own_question_is_left_alone():
    assert not demanded(fold(INSURER_TOLD_ONLY[1]))
    assert OUT not in _labels(INSURER_TOLD_ONLY)


def test_a_judgment_to_appeal_asked_of_an_office_is_out_of_scope(monkeypatch):
    result = triage(title="", body=APPEAL_DEMAND[1], administration=APPEAL_DEMAND[0], use_model=False)
    assert OUT in result.labels
    assert result.competent is not None
    assert result.competent["topic"] == "acte_reserve_appel_d_une_decision_de_justice"
    monkeypatch.setattr(triage_outside_asks, "APPEAL_RULE", False)
    assert OUT not in _labels(APPEAL_DEMAND)


def test_how_to_appeal_the_office_own_decision_and_a_court_are_not_read():
    assert appeal_asked("mairie", fold(APPEAL_HOW[1])) is None
    assert appeal_asked("caf", fold(OWN_DECISION[1])) is None
    assert appeal_asked("tribunal judiciaire", fold(APPEAL_DEMAND[1])) is None
    assert OUT not in _labels(OWN_DECISION)


def test_the_set_aside_gate_drops_the_model_out_of_scope(monkeypatch):
    for folded in (SET_ASIDE_BANK, SET_ASIDE_LAWYER):
        assert set_aside_asked(folded)
        labels, learned, evidence = [OUT], [OUT], {OUT: ["modèle : 0.80"]}
        without_set_aside(labels, learned, evidence, None, folded)
        assert labels == [] and learned == [] and OUT not in evidence
    monkeypatch.setattr(triage_outside_asks, "SET_ASIDE_GATE", False)
    labels, learned = [OUT], [OUT]
    without_set_aside(labels, learned, {OUT: []}, None, SET_ASIDE_BANK)
    assert labels == [OUT]


def test_the_set_aside_gate_keeps_a_rule_out_of_scope_and_the_look_alikes():
    labels, learned = [OUT], []
    without_set_aside(labels, learned, {OUT: ["x"]}, {"topic": "x", "body": "", "service": ""}, SET_ASIDE_BANK)
    assert labels == [OUT]
    assert not set_aside_asked(REFUSAL_FORESEEN)
    assert not set_aside_asked(NO_ASIDE)
