"""Twenty-fourth pass, privacy: after "il s'appelle" / "elle s'appelle", the words up to the punctuation are the
name, whatever their case or origin ("elle s'appelle kamala rajendran, …"). Fresh sentences, none from the
corpora."""

from tests.privacy.helpers import output


def test_a_lower_case_full_name_after_elle_s_appelle() -> None:
    masked = output("ma tante est hospitalisée depuis lundi, elle s'appelle kamala rajendran, elle a 82 ans. merci")
    assert "kamala" not in masked and "rajendran" not in masked, masked


def test_a_question_after_il_s_appelle_stays() -> None:
    masked = output("Le formulaire, il s'appelle comment déjà ? Je ne le trouve pas.")
    assert "comment déjà" in masked, masked
