"""Reading an index folder as data, never as code: Whoosh's pickles, restricted.

Whoosh stores its table of contents (``_quotes_N.toc``: the schema and the list
of segments), each segment's directory of files, posting-block headers and
some column values as pickles, and unpickles them when an index is opened or
searched. A pickle can name any importable callable and call it, so a crafted
``.toc`` or ``.seg`` file in an index folder someone else gave you ran code as
soon as ``quotesearch stats`` (or the web server) opened it.

`install` replaces every unpickling Whoosh does on index files with
`RestrictedUnpickler`, which admits only what those files legitimately hold:

* plain data types (containers, numbers, strings, bytes, dates), the helpers
  the pickle protocol itself uses to rebuild them (``copyreg._reconstructor``,
  ``_codecs.encode``) and compiled regular expressions (``re._compile``, for
  tokenizer patterns);
* Whoosh's own schema vocabulary, by base class, not by module: field types
  and ``Schema`` (``whoosh.fields``), analysers, tokenizers and filters
  (``whoosh.analysis``), posting formats, column types, codecs and segments,
  and stemmers (``whoosh.lang``).

Anything else (``os.system``, ``builtins.eval``, ``subprocess.Popen``, a Whoosh
function that imports by name...) is refused with `UnsafeIndexFile` before it
is even looked up, so nothing it names is imported or called. Whoosh writes
none of those, so a genuine index never trips it.
"""
from __future__ import annotations

import importlib
import io
import pickle
import sys
import types

# (module, name) pairs admitted as they are.
_PLAIN = frozenset({
    *(("builtins", name) for name in (
        "set", "frozenset", "dict", "list", "tuple", "int", "float", "complex", "bool",
        "bytes", "bytearray", "str", "slice", "range", "object")),
    ("collections", "defaultdict"), ("collections", "OrderedDict"), ("collections", "deque"),
    ("copyreg", "_reconstructor"), ("_codecs", "encode"), ("re", "_compile"),
    ("datetime", "datetime"), ("datetime", "date"), ("datetime", "time"),
    ("datetime", "timedelta"), ("datetime", "timezone"),
    ("array", "array"), ("array", "_array_reconstructor"),
})
# Protocol-2 pickles (the schema) use Python 2 module names.
_PYTHON2_MODULES = {"__builtin__": "builtins", "copy_reg": "copyreg"}


class UnsafeIndexFile(pickle.UnpicklingError):
    """An index file names something that is not part of a Whoosh index."""


def _whoosh_bases(module: str) -> tuple[type, ...] | None:
    """The classes a Whoosh module may contribute to an index file, or None
    when the module may contribute nothing."""
    if module == "whoosh.fields":
        from whoosh.fields import FieldType, Schema
        return (FieldType, Schema)
    if module.startswith("whoosh.analysis."):
        from whoosh.analysis.acore import Composable
        return (Composable,)
    if module == "whoosh.formats":
        from whoosh.formats import Format
        return (Format,)
    if module == "whoosh.columns":
        from whoosh.columns import Column
        return (Column,)
    if module.startswith("whoosh.codec."):
        from whoosh.codec.base import Codec, Segment
        return (Codec, Segment)
    if module.startswith("whoosh.lang."):
        return (object,)            # stemmer classes; stem functions are handled below
    return None


def admitted(module: str, name: str):
    """The object ``module.name`` if an index file may name it, else None."""
    module = _PYTHON2_MODULES.get(module, module)
    if (module, name) in _PLAIN:
        return getattr(importlib.import_module(module), name)
    if "." in name or name.startswith("_"):
        return None
    bases = _whoosh_bases(module)
    if bases is None:
        return None
    try:
        found = getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None
    if isinstance(found, type):
        # defined there, not merely imported there
        ok = found.__module__ == module and issubclass(found, bases)
        return found if ok else None
    if (module.startswith("whoosh.lang.") and name == "stem" and isinstance(found, types.FunctionType)
            and found.__module__ == module):
        return found
    return None


class RestrictedUnpickler(pickle.Unpickler):
    """An unpickler that builds only what `admitted` allows."""

    def find_class(self, module: str, name: str):
        found = admitted(module, name)
        if found is None:
            raise UnsafeIndexFile(
                f"holds a reference to {module}.{name}, which is no part of a Whoosh index; "
                "refusing to load it (the file was made by something other than QuoteSearch, "
                "possibly to run code)")
        return found


def safe_load(file, **_ignored):
    """``pickle.load`` through `RestrictedUnpickler`."""
    return RestrictedUnpickler(file).load()


def safe_loads(data, **_ignored):
    """``pickle.loads`` through `RestrictedUnpickler`."""
    return RestrictedUnpickler(io.BytesIO(bytes(data))).load()


def _restricted_pickle_module() -> types.ModuleType:
    """A stand-in for the ``pickle`` module, writing as pickle does, reading safely."""
    stand_in = types.ModuleType("pickle")
    stand_in.__dict__.update({k: v for k, v in vars(pickle).items() if not k.startswith("__")})
    stand_in.load, stand_in.loads, stand_in.Unpickler = safe_load, safe_loads, RestrictedUnpickler
    return stand_in


# Where Whoosh unpickles what it reads from an index folder: (module, the
# name it imported pickle's reader under). Modules not importable are skipped.
_READERS = (
    ("whoosh.index", "pickle"),                 # TOC: the schema
    ("whoosh.filedb.fileindex", "pickle"),      # the older TOC reader
    ("whoosh.filedb.structfile", "load"),       # read_pickle: TOC segments, .seg directories,
                                                # posting-block headers, table extras
    ("whoosh.filedb.misc", "loads"),
    ("whoosh.filedb.misc", "depickle"),
    ("whoosh.codec.whoosh3", "loads"),          # posting blocks, inlined postings
    ("whoosh.codec.whoosh2", "loads"),
    ("whoosh.codec.plaintext", "loads"),
    ("whoosh.columns", "loads"),                # pickle columns
    ("whoosh.formats", "loads"),                # positions and characters
)


def install() -> None:
    """Make every Whoosh reader of index files unpickle through
    `RestrictedUnpickler`. Idempotent; call before opening an index."""
    stand_in = _restricted_pickle_module()
    replacement = {"pickle": stand_in, "load": safe_load, "loads": safe_loads, "depickle": safe_loads}
    for module_name, attribute in _READERS:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        if hasattr(module, attribute):
            setattr(module, attribute, replacement[attribute])


def installed() -> bool:
    """Whether `install` covers every reader present (for tests and ``check-index``)."""
    for module_name, attribute in _READERS:
        module = sys.modules.get(module_name)
        if module is None or not hasattr(module, attribute):
            continue
        value = getattr(module, attribute)
        if isinstance(value, types.ModuleType):
            if value.loads is not safe_loads:
                return False
        elif value not in (safe_load, safe_loads):
            return False
    return True
