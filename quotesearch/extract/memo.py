"""Memoisation of the pure phrase readers that extraction calls again and again.

The same short phrases come back many times in a collection ("he said", "Trump",
"the president"): reading each once and remembering the answer is a large part of
extraction's speed. Only functions whose answer depends on their arguments alone
(and the fixed lexicons) may be memoised. Callers get a shallow copy of a mutable
answer, so nothing they change reaches the remembered one.
"""
from __future__ import annotations

import copy
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

F = TypeVar("F", bound=Callable)

_IMMUTABLE = (type(None), str, int, float, bool, tuple, frozenset)


def _plain_class(cls: type) -> bool:
    """Whether ``copy.copy`` of an instance of ``cls`` that has an instance dict is
    ``cls.__new__(cls)`` given the same ``__dict__``: true of a class without copying
    or pickling hooks of its own (a plain dataclass like `Mention`)."""
    return (cls.__reduce_ex__ is object.__reduce_ex__ and cls.__reduce__ is object.__reduce__
            and cls.__getstate__ is object.__getstate__ and not hasattr(cls, "__copy__")
            and not hasattr(cls, "__setstate__") and "__slots__" not in vars(cls))


_PLAIN: dict[type, bool] = {}


def shallow_copy(answer):
    """``copy.copy(answer)``; made directly for an instance of a plain class, for
    which `copy.copy` does the same by way of ``__reduce_ex__``, several times slower."""
    cls = answer.__class__
    plain = _PLAIN.get(cls)
    if plain is None:
        plain = _PLAIN[cls] = _plain_class(cls)
    if not plain or not hasattr(answer, "__dict__"):
        return copy.copy(answer)
    fresh = cls.__new__(cls)
    fresh.__dict__.update(answer.__dict__)
    return fresh


def memoized(maxsize: int) -> Callable[[F], F]:
    """Remember the last ``maxsize`` answers of a pure function of hashable arguments."""
    def decorate(function: F) -> F:
        remembered = lru_cache(maxsize=maxsize)(function)

        @wraps(function)
        def call(*args, **kwargs):
            answer = remembered(*args, **kwargs)
            return answer if isinstance(answer, _IMMUTABLE) else shallow_copy(answer)

        call.cache_clear = remembered.cache_clear   # type: ignore[attr-defined]
        call.cache_info = remembered.cache_info     # type: ignore[attr-defined]
        return call  # type: ignore[return-value]
    return decorate
