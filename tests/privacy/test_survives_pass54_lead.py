"""The leak metric reads a name left inside a file name (fifty-fourth pass, the lead, issue 13).

An underscore joins the words of a file name: « acte_deces_GIRARD_Robert.pdf » still names Robert Girard, and the
metric must count it as a leak, not as a removed name with a partial piece."""

from guichet.privacy.evaluation import survives


def test_a_name_between_underscores_survives() -> None:
    assert survives("Robert GIRARD", "full_name", "Ci-joint acte_deces_GIRARD_Robert.pdf") == "word"
    assert survives("Nadia", "first_name", "scan_cni_Nadia.jpg") == "word"


def test_a_placeholder_or_a_longer_word_is_no_leak() -> None:
    assert survives("Robert GIRARD", "full_name", "Ci-joint acte_deces_[PERSONNE_1].pdf") == ""
    assert survives("Nadia", "first_name", "scan_cni_Nadiatou.jpg") == ""
    assert survives("Sow", "surname", "Mme Sowa, dossier_2024.pdf") == ""
