"""Text features for the theme model: TF-IDF over words, word pairs and word prefixes.

Vectorised with numpy because scikit-learn's vectoriser spends most of its time
in Python per n-gram. Explanations ("words that counted") use only content
words: never stop words or numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, repeat

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

TOKEN = re.compile(r"\w\w+")  # same tokens as scikit-learn's default, faster
# scikit-learn's list lacks some words abstracts lean on that tell a curator nothing.
_EXTRA_STOP = frozenset({"also", "may", "might", "must", "could", "would", "shall", "will", "per", "versus", "vs",
                         "et", "al", "ie", "eg", "use", "used", "using", "one", "two", "within", "among", "however"})
STOP_WORDS = frozenset(ENGLISH_STOP_WORDS) | _EXTRA_STOP


def _is_content(word: str) -> bool:
    return word not in STOP_WORDS and not word.isdigit() and not any(c.isdigit() for c in word[:1])


@dataclass(frozen=True, eq=False)  # holds arrays: compare decisions, not models
class Features:
    """TF-IDF over word 1-2 grams and long words' prefixes, vectorised with numpy.

    scikit-learn's vectoriser spends most of its time in Python per n-gram;
    here each token is looked up once and bigrams become integer keys. The
    prefix (first 6 letters of a longer word) is a cheap stemmer: "apoptotic"
    and "apoptosis" share it. Columns: word unigrams, word bigrams, prefixes.
    """

    types: dict[str, int]  # every training token -> type id
    names: tuple[str, ...]  # type id -> token
    prefixes: dict[str, int]  # prefix -> prefix id
    ptype: np.ndarray  # type id -> prefix id, or -1 for short words
    uni_col: np.ndarray  # type id -> column, or -1
    uni_type: np.ndarray  # column -> type id, for unigram columns
    bi_keys: np.ndarray  # sorted keys (first type * n types + second) of kept bigrams
    pre_col: np.ndarray  # prefix id -> column, or -1
    idf: np.ndarray
    prefix: int

    @classmethod
    def fit(cls, texts: Sequence[str], prefix: int) -> Features:
        """Vocabulary and idf; terms in under 2 or over half the texts are dropped."""
        tokens = [TOKEN.findall(t.lower()) for t in texts]
        types: dict[str, int] = {}
        tid = np.array([types.setdefault(w, len(types)) for w in chain.from_iterable(tokens)], dtype=np.int64)
        doc = np.repeat(np.arange(len(texts)), [len(t) for t in tokens])
        names = tuple(types)
        prefixes: dict[str, int] = {}
        ptype = np.array([prefixes.setdefault(w[:prefix], len(prefixes)) if len(w) > prefix else -1
                          for w in names], dtype=np.int64)
        n, nt, npf = len(texts), max(len(types), 1), max(len(prefixes), 1)
        min_df, max_df = (2, 0.5 * n) if n >= 100 else (1, n)
        pid = ptype[tid] if tid.size else tid
        same, long = doc[:-1] == doc[1:], pid >= 0

        def kept(keys: np.ndarray, docs: np.ndarray, space: int) -> tuple[np.ndarray, np.ndarray]:
            values, df = np.unique(np.unique(docs * space + keys) % space, return_counts=True)
            ok = (df >= min_df) & (df <= max_df)
            return values[ok], df[ok]

        (uni, uni_df), (bi, bi_df), (pre, pre_df) = (
            kept(tid, doc, nt), kept((tid[:-1] * nt + tid[1:])[same], doc[:-1][same], nt * nt),
            kept(pid[long], doc[long], npf))
        uni_col = np.full(nt, -1, dtype=np.int64)
        uni_col[uni] = np.arange(len(uni))
        pre_col = np.full(npf, -1, dtype=np.int64)
        pre_col[pre] = np.arange(len(pre)) + len(uni) + len(bi)
        idf = np.log((1 + n) / (1 + np.concatenate([uni_df, bi_df, pre_df]))) + 1
        return cls(types, names, prefixes, ptype, uni_col, uni, bi, pre_col, idf, prefix)

    def plain(self) -> np.ndarray:
        """Columns fit to explain a decision to a curator: content words, and pairs of them.

        Stop words ("their", "not", "the") and numbers say nothing about why an
        item is in a theme, so they are never offered as "words that counted",
        even where the model leans on them; nor is a pair holding one.
        """
        content = np.array([_is_content(w) for w in self.names], dtype=bool)
        uni_ok = content[self.uni_type] if len(self.uni_type) else np.zeros(0, bool)
        first, second = np.divmod(self.bi_keys, len(self.uni_col)) if len(self.uni_col) else (self.bi_keys,) * 2
        pairs = np.zeros(len(self.bi_keys), bool)
        if len(self.bi_keys):
            pairs = (self.uni_col[first] >= 0) & (self.uni_col[second] >= 0) & content[first] & content[second]
        return np.flatnonzero(np.concatenate([uni_ok, pairs]))

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """Rows of L2-normalised TF-IDF (sublinear tf), one per text."""
        tokens = [TOKEN.findall(t.lower()) for t in texts]
        flat = list(chain.from_iterable(tokens))
        lengths = np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens))
        doc = np.repeat(np.arange(len(texts), dtype=np.int32), lengths)
        tid = np.fromiter(map(self.types.get, flat, repeat(-1)), dtype=np.int64, count=len(flat))
        pid = np.append(self.ptype, -1)[tid]  # index -1 (unknown) reads the appended -1
        unknown = np.flatnonzero(tid < 0)
        if unknown.size:
            p = self.prefix
            pid[unknown] = [self.prefixes.get(flat[i][:p], -1) if len(flat[i]) > p else -1 for i in unknown]
        uni = np.append(self.uni_col, -1)[tid]
        pre = np.append(self.pre_col, -1)[pid]
        ok = tid >= 0
        ok[np.cumsum(lengths)[lengths > 0] - 1] = False  # a doc's last token starts no bigram
        pair = np.flatnonzero(ok[:-1] & ok[1:])
        keys, bi = self.bi_keys, tid[pair] * len(self.uni_col) + tid[pair + 1]
        pos = np.minimum(np.searchsorted(keys, bi), max(len(keys) - 1, 0))
        hit = keys[pos] == bi if len(keys) else np.zeros(len(bi), bool)
        rows = np.concatenate([doc[uni >= 0], doc[pair[hit]], doc[pre >= 0]])
        cols = np.concatenate([uni[uni >= 0], pos[hit] + len(self.uni_type), pre[pre >= 0]])
        x = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(texts), len(self.idf)))
        x.sum_duplicates()
        x.data = (1 + np.log(x.data)) * self.idf[x.indices]
        norms = np.sqrt(np.bincount(np.repeat(np.arange(len(texts)), np.diff(x.indptr)),
                                    weights=x.data**2, minlength=len(texts)))
        x.data /= np.repeat(np.where(norms > 0, norms, 1), np.diff(x.indptr))
        return x

    def name(self, col: int) -> str:
        """The words of a readable (word 1-2 gram) column."""
        if col < len(self.uni_type):
            return self.names[int(self.uni_type[col])]
        first, second = divmod(int(self.bi_keys[col - len(self.uni_type)]), len(self.uni_col))
        return f"{self.names[first]} {self.names[second]}"


def chi2(x: sparse.csr_matrix, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Weighted chi-squared score of each column against a yes/no label."""
    pos = np.asarray(x.T @ (w * y)).ravel()
    total = np.asarray(x.T @ w).ravel()
    share = (w * y).sum() / w.sum()
    observed = np.vstack([total - pos, pos])
    expected = np.vstack([(1 - share) * total, share * total])
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.nan_to_num(((observed - expected) ** 2 / expected).sum(axis=0))


