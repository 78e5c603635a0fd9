"""Models shaped like generated ones, for the benchmarks' synthetic API."""

from __future__ import annotations

import dataclasses
from typing import ClassVar

from stacksdk.runtime import UNSET, Unset
from stacksdk.runtime import types as t
from stacksdk.runtime.model import Field, Model, Opts, Param


@dataclasses.dataclass(kw_only=True, repr=False)
class Thing(Model):
    id: str
    name: str | Unset = UNSET
    size: int | Unset = UNSET
    status: str | Unset = UNSET
    tags: list[str] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("size", "size", t.INTEGER),
        Field("status", "status", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
    )


@dataclasses.dataclass(kw_only=True, repr=False)
class ListOpts(Opts):
    limit: int | Unset = UNSET
    marker: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )
