"""The vocabulary's switches as one table read at call time (fifty-second pass, the lead): every module whose
entries have switches of their own is listed in `_SILENCERS`, and its switches silence only its own entries; a group
switch turned off at run time removes its entries from `find_every`."""

import pytest

from guichet.knowledge import rented_home, vocabulary
from guichet.knowledge.vocabulary import VOCABULARY, find_every


def _switches(module) -> list[str]:
    return [name for name in dir(module) if name.startswith("READ_") and isinstance(getattr(module, name), bool)]


@pytest.mark.parametrize("module, terms", vocabulary._SILENCERS, ids=lambda value: getattr(value, "__name__", ""))
def test_a_module_s_switches_silence_its_own_entries_only(monkeypatch, module, terms) -> None:
    own = set(terms)
    for name in _switches(module):
        monkeypatch.setattr(module, name, False)
    silenced = {term for term in VOCABULARY if module.silenced(term)}
    assert silenced, f"{module.__name__}: no entry silenced with every switch off"
    assert silenced <= own


def test_every_module_with_a_silenced_function_is_in_the_table() -> None:
    listed = {module for module, _ in vocabulary._SILENCERS} | {owner for owner, _, _ in vocabulary._GROUPS}
    hooked = {
        value
        for value in vars(vocabulary).values()
        if getattr(value, "__name__", "").startswith("guichet.knowledge.") and hasattr(value, "silenced")
    }
    assert hooked <= listed


def test_a_group_switch_is_read_at_call_time(monkeypatch) -> None:
    text = "Comment payer la taxe d'habitation ?"
    tax = set(vocabulary._TAX_TERMS)
    assert any(found.term in tax for found in find_every(text))
    monkeypatch.setattr(vocabulary, "READ_TAX_TERMS", False)
    assert not any(found.term in tax for found in find_every(text))


def test_an_entry_s_own_switch_is_read_at_call_time(monkeypatch) -> None:
    text = "Mon bail dit pas d'animaux mais j'ai un chat depuis deux ans, le proprio peut m'obliger à le donner ?"
    pet = rented_home.SWITCHES["READ_PET_CLAUSE"]
    assert any(found.term is pet for found in find_every(text))
    monkeypatch.setattr(rented_home, "READ_PET_CLAUSE", False)
    assert not any(found.term is pet for found in find_every(text))
