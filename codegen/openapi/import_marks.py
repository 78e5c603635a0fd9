"""TODO marks: what an OpenAPI document cannot say, left in an imported spec for a person.

A mark is a string value ``"TODO: <question> [suggest: <YAML>]"`` where the answer
goes (``paging:``, ``status:``, ``sensitive:``, ``idempotent:``, ``doc:``). The spec
loader refuses every mark (``TODO not answered: <question>``) before it checks
anything else, so an imported tree lints only on its marks until each is answered: by
replacing the whole string with the answer (the suggestion, or a better one).
"""

from __future__ import annotations

import json
from typing import Any

import yaml

from ..loader import TODO_MARK, todo_question


def mark(question: str, suggestion: Any) -> str:
    """A mark asking ``question``, suggesting ``suggestion`` (a YAML value)."""
    return f"{TODO_MARK} {question} [suggest: {json.dumps(suggestion, ensure_ascii=True)}]"


def count(data: Any) -> int:
    """The marks in a spec's data."""
    if isinstance(data, dict):
        return sum(count(v) for v in data.values())
    if isinstance(data, list):
        return sum(count(v) for v in data)
    return 1 if todo_question(data) is not None else 0


def answer(data: Any) -> Any:
    """``data`` with every mark replaced by its suggestion (what a person who agrees with
    every guess would write; the upstream import test uses it)."""
    if isinstance(data, dict):
        return {k: answer(v) for k, v in data.items()}
    if isinstance(data, list):
        return [answer(v) for v in data]
    found = todo_question(data)
    if found is None or found[1] is None:
        return data
    return yaml.safe_load(found[1])
