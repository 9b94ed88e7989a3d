"""What the privacy tests share: the pseudonymised body of a text, as a message's body; a corpus item's leaks."""

from guichet.privacy.pseudonymise import pseudonymise_message


def output(text: str) -> str:
    _title, body = pseudonymise_message(title="", body=text)
    return body.text


def leaks(item: dict) -> list[str]:
    """The planted strings of a corpus item (`pii`) still in its pseudonymised title or body."""
    title, body = pseudonymise_message(title=item["title"], body=item["message"])
    shown = f"{title.text}\n{body.text}"
    return [value for value in item["pii"] if value in shown]
