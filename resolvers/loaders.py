"""Per-request dataloaders; every one applies the caller's row scope.

They are created per request in the GraphQL context (see :class:`Loaders`), so
their cache never outlives a request nor crosses principals.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Generic, TypeVar

from strawberry.dataloader import DataLoader
from tortoise.models import Model

from resolvers.principal import Principal
from resolvers.scope import scoped

M = TypeVar("M", bound=Model)
L = TypeVar("L")
K = TypeVar("K")
V = TypeVar("V")


class BatchLoader(DataLoader[K, V]):
    """A dataloader whose batch function is its own :meth:`_load`, looked up when a batch
    runs. Kept as a bound method (``load_fn=self._load``) it would make the loader a
    reference cycle, left with all it cached to the garbage collector: a subscription's
    loaders live as long as its socket, frozen by then (``roost.gc_pauses``)."""

    def __init__(self) -> None:
        super().__init__(load_fn=self._load)  # not kept: see the setter

    @property
    def load_fn(self) -> Callable[[Sequence[K]], Awaitable[Sequence[V]]]:
        """The batch function: :meth:`_load`."""
        return self._load

    @load_fn.setter
    def load_fn(self, _: object) -> None:
        """Set by ``DataLoader.__init__``; :meth:`_load` is the batch function."""

    async def _load(self, keys: Sequence[K]) -> Sequence[V]:
        raise NotImplementedError


class RowByIdLoader(BatchLoader[int, Any], Generic[M]):
    """Rows of one model by primary key, ``None`` where missing or out of scope."""

    def __init__(self, model: type[M], principal: Principal) -> None:
        super().__init__()
        self.model = model
        self.principal = principal

    async def _load(self, keys: Sequence[int]) -> list[M | None]:
        rows = await scoped(self.model, self.principal).filter(id__in=list(keys))
        by_id = {row.id: row for row in rows}
        return [by_id.get(key) for key in keys]


class RowsByParentLoader(BatchLoader[int, Any], Generic[M]):
    """Child rows of one model grouped by a foreign key (e.g. invoices by booking id)."""

    def __init__(self, model: type[M], parent_field: str, principal: Principal) -> None:
        super().__init__()
        self.model = model
        self.parent_field = parent_field
        self.principal = principal

    async def _load(self, keys: Sequence[int]) -> list[list[M]]:
        rows = await scoped(self.model, self.principal).filter(
            **{f"{self.parent_field}__in": list(keys)}
        )
        grouped: dict[int, list[M]] = defaultdict(list)
        for row in rows:
            grouped[getattr(row, self.parent_field)].append(row)
        return [grouped.get(key, []) for key in keys]


class RowsByRelatedLoader(BatchLoader[int, Any], Generic[M]):
    """Rows of one model linked many-to-many to a key (e.g. teams by member id)."""

    def __init__(self, model: type[M], relation: str, principal: Principal) -> None:
        super().__init__()
        self.model = model
        self.relation = relation
        self.principal = principal

    async def _load(self, keys: Sequence[int]) -> list[list[M]]:
        key_field = f"{self.relation}__id"
        queryset = scoped(self.model, self.principal).filter(**{f"{key_field}__in": list(keys)})
        links = await queryset.values("id", key_field)
        rows = {row.id: row for row in await self.model.filter(id__in={x["id"] for x in links})}
        grouped: dict[int, list[M]] = defaultdict(list)
        for link in links:
            grouped[link[key_field]].append(rows[link["id"]])
        return [grouped.get(key, []) for key in keys]


class Loaders:
    """The dataloaders of one request, created lazily and kept for the request."""

    def __init__(self, principal: Principal) -> None:
        self.principal = principal
        self._by_id: dict[type[Model], RowByIdLoader[Any]] = {}
        self._by_parent: dict[tuple[type[Model], str], RowsByParentLoader[Any]] = {}
        self._by_related: dict[tuple[type[Model], str], RowsByRelatedLoader[Any]] = {}
        self._unscoped: dict[type[Model], DataLoader[int, Any]] = {}
        self._cached: dict[type[Any], Any] = {}

    def by_id(self, model: type[M]) -> RowByIdLoader[M]:
        """The ``<Model>ById`` loader of this request."""
        if model not in self._by_id:
            self._by_id[model] = RowByIdLoader(model, self.principal)
        return self._by_id[model]

    def by_parent(self, model: type[M], parent_field: str) -> RowsByParentLoader[M]:
        """The ``<Models>By<parent_field>`` loader of this request."""
        key = (model, parent_field)
        if key not in self._by_parent:
            self._by_parent[key] = RowsByParentLoader(model, parent_field, self.principal)
        return self._by_parent[key]

    async def load(self, model: type[M], key: int | None) -> M | None:
        """One row by id within scope, ``None`` for a missing key or row."""
        if key is None:
            return None
        return await self.by_id(model).load(key)

    async def children(self, model: type[M], parent_field: str, key: int) -> list[M]:
        """Child rows of ``key`` within scope."""
        return await self.by_parent(model, parent_field).load(key)

    async def related(self, model: type[M], relation: str, key: int) -> list[M]:
        """Rows of ``model`` linked to ``key`` through the many-to-many ``relation``."""
        loader_key = (model, relation)
        if loader_key not in self._by_related:
            self._by_related[loader_key] = RowsByRelatedLoader(model, relation, self.principal)
        return await self._by_related[loader_key].load(key)

    async def unscoped(self, model: type[M], key: int | None) -> M | None:
        """A row by id regardless of scope, for fields the policy derives from it.

        Only for values the policy exposes on the scoped parent (e.g. an author's name on
        a message); never return such a row as a GraphQL object.
        """
        if key is None:
            return None
        if model not in self._unscoped:
            self._unscoped[model] = DataLoader(load_fn=_rows_by_id(model))
        return await self._unscoped[model].load(key)

    async def joined(self, row: Model, relation: str, model: type[M]) -> M | None:
        """``row``'s ``relation`` regardless of scope, as :meth:`unscoped`: the row read with
        it (``select_related``, e.g. by a subscription's shared feed), else the loader's."""
        if f"_{relation}" in row.__dict__:
            return row.__dict__[f"_{relation}"]
        return await self.unscoped(model, getattr(row, f"{relation}_id"))

    def cached(self, loader: Callable[[Principal], L]) -> L:
        """This request's instance of a principal-bound loader class."""
        if loader not in self._cached:
            self._cached[loader] = loader(self.principal)
        return self._cached[loader]


def _rows_by_id(model: type[M]) -> Callable[[Sequence[int]], Awaitable[list[M | None]]]:
    async def load(keys: Sequence[int]) -> list[M | None]:
        rows = {row.id: row for row in await model.filter(id__in=list(keys))}
        return [rows.get(key) for key in keys]

    return load
