"""The hall's own texts per language: branch name, lobby notice, ticket footer."""
from __future__ import annotations

from queuedesk.domain.languages import LocalText
from queuedesk.store.repositories import Repository
from queuedesk.store.schema import hall_texts


class HallTextRepository(Repository):
    def all(self) -> dict[str, LocalText]:
        return self._texts(hall_texts, "key", "text")

    def set(self, key: str, texts: LocalText) -> None:
        self._replace_texts(hall_texts, "key", "text", key, texts)
