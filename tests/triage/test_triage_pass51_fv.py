"""Fifty-first pass (engineer-fv): a threat of violence by a partner, an ex, a relative or a neighbour, said in the
conditional, the future or reported speech beside an ordinary question, is distress (`triage_said_threats`); its
harmless look-alikes (a figure of speech, a threat aimed at the office, a danger over and handled) are not read so.

Fresh messages, in none of the corpora, through `triage()`: the rules alone (`use_model=False`) show what the rule
adds whatever the model's scores; each switch is flipped at run time to show the case it moves."""

from guichet.drafting import triage_said_threats
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_said_threats import said_threat_hits

DISTRESS = TriageLabel.DISTRESS


def _rules(administration: str, body: str, title: str = "Question"):
    return triage(title=title, body=body, administration=administration, use_model=False)


CONDITIONAL_KILL = (
    "CAF",
    "Bonjour, je voudrais savoir si mes allocations familiales peuvent être versées sur un nouveau compte. Mon "
    "compagnon répète qu'il me tuerait si je le quittais, donc je prépare les choses discrètement.",
)
REPORTED_IDIOM = (
    "Mairie",
    "Bonjour, pour la cantine de mes deux garçons, faut-il refaire le dossier ? Leur père m'a prévenue qu'il me "
    "ferait la peau le jour où je demanderais la garde.",
)
FUTURE_CHILDREN = (
    "CPAM",
    "Je change de caisse car nous avons changé de ville. Mon ancien conjoint a écrit qu'il s'en prendra aux enfants "
    "s'il ne les voit pas à Noël. Quels documents dois-je envoyer ?",
)
KIN_FIGURE = (
    "Impôts",
    "Bonjour, j'ai oublié de signer la déclaration en ligne, ma femme va me tuer si on paie une majoration ! Est-ce "
    "que je peux encore corriger ?",
)
THING_FIGURE = (
    "CAF",
    "Bonjour, on me réclame un trop-perçu de 900 euros, franchement ça me tuerait de rembourser ça en une fois. "
    "Puis-je étaler ?",
)
AT_THE_OFFICE = (
    "France Travail",
    "Si je croise encore votre conseiller je lui casserais la figure, il m'a supprimé mes droits sans raison.",
)
OVER_AND_HANDLED = (
    "CAF",
    "Bonjour, j'ai quitté mon ex-mari en 2021 après des violences, il disait qu'il me tuerait. Il a été condamné, "
    "j'ai refait ma vie et je vais bien. Je voudrais déclarer mon nouveau salaire.",
)
NO_CONTEXT_KILL = (
    "Préfecture",
    "Bonjour, mon mari me tuerait s'il savait que j'ai encore perdu ma carte grise. Comment en refaire une ?",
)


def test_the_switches_state():
    assert triage_said_threats.SAID_THREAT_RULE
    assert triage_said_threats.SAID_KILL_RULE


def test_a_conditional_death_threat_beside_a_question_is_distress():
    result = _rules(*CONDITIONAL_KILL)
    assert DISTRESS in result.labels
    assert "violence" in result.distress_kinds
    assert any(hit.startswith("menace :") for hit in result.evidence[DISTRESS])


def test_a_reported_threat_idiom_is_distress():
    result = _rules(*REPORTED_IDIOM)
    assert DISTRESS in result.labels
    assert "violence" in result.distress_kinds


def test_a_future_threat_on_the_children_is_distress():
    assert DISTRESS in _rules(*FUTURE_CHILDREN).labels


def test_without_the_kill_rule_the_conditional_kill_is_not_read(monkeypatch):
    monkeypatch.setattr(triage_said_threats, "SAID_KILL_RULE", False)
    assert DISTRESS not in _rules(*CONDITIONAL_KILL).labels
    # The threat-only verbs are the other switch's.
    assert DISTRESS in _rules(*REPORTED_IDIOM).labels


def test_without_the_threat_rule_the_idioms_are_not_read(monkeypatch):
    monkeypatch.setattr(triage_said_threats, "SAID_THREAT_RULE", False)
    assert DISTRESS not in _rules(*REPORTED_IDIOM).labels
    assert DISTRESS not in _rules(*FUTURE_CHILDREN).labels
    assert DISTRESS in _rules(*CONDITIONAL_KILL).labels


def test_figures_of_speech_stay_routine():
    assert said_threat_hits(fold(KIN_FIGURE[1])) == []
    assert said_threat_hits(fold(THING_FIGURE[1])) == []
    assert DISTRESS not in _rules(*THING_FIGURE).labels


def test_a_kill_without_any_danger_around_it_is_left_to_the_model():
    # « il me tuerait s'il savait que j'ai encore perdu … »: no leaving, secret, fear or police is said.
    assert said_threat_hits(fold(NO_CONTEXT_KILL[1])) == []


def test_a_threat_aimed_at_the_office_is_abuse_not_distress():
    result = _rules(*AT_THE_OFFICE)
    assert said_threat_hits(fold(AT_THE_OFFICE[1])) == []
    assert DISTRESS not in result.labels


def test_a_danger_over_and_handled_is_not_read():
    assert said_threat_hits(fold(OVER_AND_HANDLED[1])) == []


def test_a_laugh_or_a_threat_that_does_not_frighten_is_not_read():
    assert said_threat_hits(fold("mon frère a dit qu'il me ferait la peau si je mangeais sa part 😂")) == []
    assert said_threat_hits(fold("Le voisin a dit qu'il allait me frapper, ça ne me fait pas peur.")) == []
