"""What the privacy tests share: the pseudonymised body of a text, as a message's body."""

from guichet.privacy.pseudonymise import pseudonymise_message


def output(text: str) -> str:
    _title, body = pseudonymise_message(title="", body=text)
    return body.text
