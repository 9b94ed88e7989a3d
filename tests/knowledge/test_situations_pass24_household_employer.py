"""Twenty-fourth pass: a fiche written for a private person who employs someone at home (a cleaner, a nanny, a carer)
is the neighbour, not the answer, for a shopkeeper or an artisan with staff; it only keeps such fiches off (never
lifts them) and leaves them to a writer who names the home, the household job or the Cesu. Fresh sentences."""

from guichet.knowledge.analysis import fold
from guichet.knowledge.rerank import MISMATCH_ONLY, mismatch
from guichet.knowledge.situations import qualifiers_in_message, qualifiers_in_title

HOUSEHOLD = "particulier employeur"


def _title(text: str) -> frozenset[str]:
    return qualifiers_in_title(fold(text))


def _writer(text: str) -> frozenset[str]:
    return qualifiers_in_message(fold(text))


def test_titles_written_for_a_household_employer_name_it():
    assert HOUSEHOLD in _title("Licenciement du salarié à domicile employé par un particulier")
    assert HOUSEHOLD in _title("Contrat de travail du salarié à domicile (services à la personne)")
    assert HOUSEHOLD in _title("Emploi à domicile : peut-on être exonéré des cotisations sociales ?")
    assert HOUSEHOLD not in _title("Licenciement économique : obligations de l'employeur")


def test_a_household_employer_is_read_from_the_job_or_the_cesu():
    assert HOUSEHOLD in _writer("Je déclare la garde d'enfants de mes deux filles avec le Cesu, et pour les congés ?")
    assert HOUSEHOLD in _writer("Notre femme de ménage veut arrêter, combien de préavis doit-elle ?")
    assert HOUSEHOLD in _writer("Je suis assmat et une famille veut rompre le contrat, que dois-je recevoir ?")
    assert HOUSEHOLD not in _writer("Mon garage compte quatre mécaniciens, dont un qui ne vient plus depuis lundi.")


def test_a_shopkeeper_with_staff_is_kept_off_the_household_fiches():
    writer = _writer("Je tiens une quincaillerie avec deux vendeurs, l'un ne fait pas l'affaire, comment arrêter ?")
    assert mismatch(_title("Licenciement du salarié à domicile employé par un particulier"), writer)


def test_a_household_fiche_is_never_lifted_only_kept_off():
    assert HOUSEHOLD in MISMATCH_ONLY
    writer = _writer("Mon aide à domicile est malade depuis trois semaines, dois-je continuer à la payer ?")
    assert not mismatch(_title("Services à la personne : congés du salarié employé à domicile"), writer)
