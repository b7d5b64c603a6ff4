/*
 * Optional compiled n-gram path for serving: counting by vocabulary id (GramTable.counts), weighing (weigh),
 * the sparse dot product (dot) and each message's share of it (GramTable.parts). model.text_vectors uses it
 * when it was built; its numpy / Python code is the reference and the fallback.
 *
 * Why it exists: counting a conversation's unigrams and bigrams by vocabulary id is a loop over every word
 * of every message. In Python that loop builds a tuple per bigram and touches many objects, and the
 * service runs it with cold caches between calls. Here a word is looked up once (a dict lookup with the
 * string's cached hash), and a bigram is a pair of word numbers looked up in a flat open-addressing table.
 *
 * Exactness: `counts` returns the same dict as the Python path, with the keys in the same order (first the
 * unigrams of all messages in order of first occurrence, then bigrams), so the vectors weighed from it are
 * identical. Bigrams never cross messages. Input is untrusted (conversation text): every type is checked,
 * every size is bounded by the input, no fixed-size buffer is written without a check. The GIL is held
 * throughout, so the table's scratch buffers are never used by two calls at once.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>

/* Word numbers kept between calls: enough for a few thousand messages; a larger buffer is freed after use. */
#define KEEP_WORDS 65536

typedef struct {
    PyObject_HEAD
    PyObject *words;       /* dict: word (str) -> word number (int) */
    Py_ssize_t n_words;
    int32_t *unigram_of;   /* word number -> vocabulary id of the word as a unigram, or -1 */
    uint64_t *keys;        /* bigram table: (a + 1) << 32 | (b + 1); 0 = empty slot */
    int32_t *values;       /* bigram table: vocabulary id */
    size_t mask;           /* table size - 1 (a power of two) */
    Py_ssize_t vocabulary_size;
    int32_t *count;        /* scratch, vocabulary_size entries, all zero between calls */
    int32_t *order;        /* scratch, vocabulary ids in order of first occurrence */
    double *share;         /* scratch, vocabulary_size entries, all zero between calls (`parts`) */
    int32_t *wordbuf;      /* scratch, word numbers of one call (grown on demand) */
    Py_ssize_t wordbuf_size;
} GramTable;

static uint64_t mix(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

static uint64_t pair_key(int32_t a, int32_t b) {
    return ((uint64_t)(uint32_t)(a + 1) << 32) | (uint64_t)(uint32_t)(b + 1);
}

static int32_t bigram_lookup(const GramTable *t, int32_t a, int32_t b) {
    uint64_t key = pair_key(a, b);
    size_t slot = (size_t)mix(key) & t->mask;
    for (;;) {
        uint64_t k = t->keys[slot];
        if (k == key) return t->values[slot];
        if (k == 0) return -1;
        slot = (slot + 1) & t->mask;
    }
}

/* The word number of `word`, adding it when `add` is set; -1 when absent, -2 on error. */
static Py_ssize_t word_number(GramTable *t, PyObject *word, int add) {
    PyObject *found = PyDict_GetItemWithError(t->words, word);
    if (found != NULL) return PyLong_AsSsize_t(found);
    if (PyErr_Occurred()) return -2;
    if (!add) return -1;
    PyObject *number = PyLong_FromSsize_t(t->n_words);
    if (number == NULL) return -2;
    int failed = PyDict_SetItem(t->words, word, number);
    Py_DECREF(number);
    if (failed) return -2;
    return t->n_words++;
}

static void GramTable_dealloc(GramTable *self) {
    Py_XDECREF(self->words);
    PyMem_Free(self->unigram_of);
    PyMem_Free(self->keys);
    PyMem_Free(self->values);
    PyMem_Free(self->count);
    PyMem_Free(self->order);
    PyMem_Free(self->share);
    PyMem_Free(self->wordbuf);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int check_id(PyObject *value, Py_ssize_t size, int32_t *out) {
    Py_ssize_t id = PyLong_AsSsize_t(value);
    if (id == -1 && PyErr_Occurred()) return -1;
    if (id < 0 || id >= size) {
        PyErr_SetString(PyExc_ValueError, "vocabulary id out of range");
        return -1;
    }
    *out = (int32_t)id;
    return 0;
}

/* GramTable(unigrams: dict[str, int], bigrams: dict[tuple[str, str], int], vocabulary_size: int) */
static int GramTable_init(GramTable *self, PyObject *args, PyObject *kwds) {
    PyObject *unigrams, *bigrams;
    Py_ssize_t size;
    if (!PyArg_ParseTuple(args, "O!O!n", &PyDict_Type, &unigrams, &PyDict_Type, &bigrams, &size)) return -1;
    if (self->words != NULL) {
        PyErr_SetString(PyExc_RuntimeError, "GramTable is already initialised");
        return -1;
    }
    if (size <= 0 || size > INT32_MAX / 2) {
        PyErr_SetString(PyExc_ValueError, "vocabulary_size out of range");
        return -1;
    }
    self->vocabulary_size = size;
    self->words = PyDict_New();
    Py_ssize_t max_words = PyDict_Size(unigrams) + 2 * PyDict_Size(bigrams);
    Py_ssize_t n_bigrams = PyDict_Size(bigrams);
    size_t table = 16;
    while (table < (size_t)n_bigrams * 2) table <<= 1;
    self->mask = table - 1;
    self->unigram_of = PyMem_Malloc(sizeof(int32_t) * (size_t)(max_words + 1));
    self->keys = PyMem_Calloc(table, sizeof(uint64_t));
    self->values = PyMem_Calloc(table, sizeof(int32_t));
    self->count = PyMem_Calloc((size_t)size, sizeof(int32_t));
    self->order = PyMem_Malloc(sizeof(int32_t) * (size_t)size);
    self->share = PyMem_Calloc((size_t)size, sizeof(double));
    if (self->words == NULL || !self->unigram_of || !self->keys || !self->values || !self->count || !self->order ||
        !self->share) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i <= max_words; i++) self->unigram_of[i] = -1;

    PyObject *key, *value;
    Py_ssize_t pos = 0;
    while (PyDict_Next(unigrams, &pos, &key, &value)) {
        int32_t id;
        if (!PyUnicode_CheckExact(key)) {
            PyErr_SetString(PyExc_TypeError, "unigrams must map str to int");
            return -1;
        }
        if (check_id(value, size, &id)) return -1;
        Py_ssize_t w = word_number(self, key, 1);
        if (w < 0) return -1;
        self->unigram_of[w] = id;
    }
    pos = 0;
    while (PyDict_Next(bigrams, &pos, &key, &value)) {
        int32_t id;
        if (!PyTuple_CheckExact(key) || PyTuple_GET_SIZE(key) != 2 || !PyUnicode_CheckExact(PyTuple_GET_ITEM(key, 0)) ||
            !PyUnicode_CheckExact(PyTuple_GET_ITEM(key, 1))) {
            PyErr_SetString(PyExc_TypeError, "bigrams must map (str, str) to int");
            return -1;
        }
        if (check_id(value, size, &id)) return -1;
        Py_ssize_t a = word_number(self, PyTuple_GET_ITEM(key, 0), 1);
        Py_ssize_t b = a < 0 ? -2 : word_number(self, PyTuple_GET_ITEM(key, 1), 1);
        if (a < 0 || b < 0) return -1;
        uint64_t k = pair_key((int32_t)a, (int32_t)b);
        size_t slot = (size_t)mix(k) & self->mask;
        while (self->keys[slot] != 0 && self->keys[slot] != k) slot = (slot + 1) & self->mask;
        self->keys[slot] = k;
        self->values[slot] = id;
    }
    return 0;
}

static int grow_wordbuf(GramTable *self, Py_ssize_t needed) {
    if (needed <= self->wordbuf_size) return 0;
    Py_ssize_t size = self->wordbuf_size ? self->wordbuf_size : 1024;
    while (size < needed) {
        if (size > PY_SSIZE_T_MAX / 2 / (Py_ssize_t)sizeof(int32_t)) {
            PyErr_NoMemory();
            return -1;
        }
        size *= 2;
    }
    int32_t *buffer = PyMem_Realloc(self->wordbuf, sizeof(int32_t) * (size_t)size);
    if (buffer == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    self->wordbuf = buffer;
    self->wordbuf_size = size;
    return 0;
}

static inline void bump(GramTable *self, int32_t id, Py_ssize_t *n_seen) {
    if (self->count[id]++ == 0) self->order[(*n_seen)++] = id;
}

static void reset(GramTable *self, Py_ssize_t n_seen) {
    for (Py_ssize_t i = 0; i < n_seen; i++) self->count[self->order[i]] = 0;
}

/* Checks that `messages` is a list of lists of exact str (a str subclass could run Python code when compared). */
static int check_messages(PyObject *messages) {
    if (PyList_CheckExact(messages)) {
        Py_ssize_t n = PyList_GET_SIZE(messages);
        for (Py_ssize_t m = 0; m < n; m++) {
            PyObject *tokens = PyList_GET_ITEM(messages, m);
            if (!PyList_CheckExact(tokens)) goto bad;
            for (Py_ssize_t i = 0; i < PyList_GET_SIZE(tokens); i++)
                if (!PyUnicode_CheckExact(PyList_GET_ITEM(tokens, i))) goto bad;
        }
        return 0;
    }
bad:
    PyErr_SetString(PyExc_TypeError, "messages must be a list of lists of str");
    return -1;
}

/* counts(messages: list[list[str]]) -> dict[int, int]: vocabulary id -> count, as GramIds.counts. */
static PyObject *GramTable_counts(GramTable *self, PyObject *messages) {
    if (self->words == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "GramTable is not initialised");
        return NULL;
    }
    /* Created first: creating a container can run the garbage collector, and with it finalisers (Python code)
     * that could change the lists or find the scratch half used. After it no Python code runs (exact str keys
     * compare in C), so the lists keep the sizes measured here. */
    PyObject *result = PyDict_New();
    if (result == NULL) return NULL;
    if (check_messages(messages)) {
        Py_DECREF(result);
        return NULL;
    }
    Py_ssize_t n_messages = PyList_GET_SIZE(messages), total = 0;
    for (Py_ssize_t m = 0; m < n_messages; m++)
        total += PyList_GET_SIZE(PyList_GET_ITEM(messages, m)) + 1; /* + a separator: no bigram across messages */
    if (grow_wordbuf(self, total)) {
        Py_DECREF(result);
        return NULL;
    }
    Py_ssize_t n_seen = 0, at = 0;
    for (Py_ssize_t m = 0; m < n_messages; m++) { /* unigrams, and the word numbers for the bigrams */
        PyObject *tokens = PyList_GET_ITEM(messages, m);
        for (Py_ssize_t i = 0; i < PyList_GET_SIZE(tokens); i++) {
            Py_ssize_t w = word_number(self, PyList_GET_ITEM(tokens, i), 0);
            if (w == -2) {
                reset(self, n_seen);
                Py_DECREF(result);
                return NULL;
            }
            self->wordbuf[at++] = (int32_t)w;
            if (w >= 0 && self->unigram_of[w] >= 0) bump(self, self->unigram_of[w], &n_seen);
        }
        self->wordbuf[at++] = -1;
    }
    for (Py_ssize_t i = 0; i + 1 < at; i++) { /* bigrams */
        int32_t a = self->wordbuf[i], b = self->wordbuf[i + 1];
        if (a >= 0 && b >= 0) {
            int32_t id = bigram_lookup(self, a, b);
            if (id >= 0) bump(self, id, &n_seen);
        }
    }
    for (Py_ssize_t i = 0; result != NULL && i < n_seen; i++) {
        int32_t id = self->order[i];
        PyObject *k = PyLong_FromLong(id), *v = PyLong_FromLong(self->count[id]);
        if (k == NULL || v == NULL || PyDict_SetItem(result, k, v)) Py_CLEAR(result);
        Py_XDECREF(k);
        Py_XDECREF(v);
    }
    reset(self, n_seen);
    if (self->wordbuf_size > KEEP_WORDS) { /* one huge request must not hold its buffer for good */
        PyMem_Free(self->wordbuf);
        self->wordbuf = NULL;
        self->wordbuf_size = 0;
    }
    return result;
}

/* A 1-d C-contiguous buffer of float64 (format "d") or of native signed 64-bit ints (format "l" or "q"). */
static int get_vector(PyObject *obj, Py_buffer *view, char kind, const char *name) {
    if (PyObject_GetBuffer(obj, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT)) return -1;
    const char *f = view->format ? view->format : "B";
    if (f[0] == '<' || f[0] == '=' || f[0] == '@') f++;
    int ok = view->ndim == 1 && view->itemsize == 8 && f[0] != '\0' && f[1] == '\0' &&
             (kind == 'd' ? f[0] == 'd' : (f[0] == 'l' || f[0] == 'q'));
    if (!ok) {
        PyBuffer_Release(view);
        PyErr_Format(PyExc_TypeError, "%s must be a 1-d contiguous array of %s", name,
                     kind == 'd' ? "float64" : "int64");
        return -1;
    }
    return 0;
}

/* The three arrays of a weighed vector against weights; on failure none is held. */
static int get_sparse(PyObject *i_obj, PyObject *v_obj, PyObject *w_obj, Py_buffer *ix, Py_buffer *v, Py_buffer *w) {
    if (get_vector(i_obj, ix, 'q', "index")) return -1;
    if (get_vector(v_obj, v, 'd', "values")) {
        PyBuffer_Release(ix);
        return -1;
    }
    if (get_vector(w_obj, w, 'd', "weights")) {
        PyBuffer_Release(ix);
        PyBuffer_Release(v);
        return -1;
    }
    return 0;
}

static void release_sparse(Py_buffer *ix, Py_buffer *v, Py_buffer *w) {
    PyBuffer_Release(ix);
    PyBuffer_Release(v);
    PyBuffer_Release(w);
}

/* One item of a counts dict: an id within [0, size) and a count >= 1 (plain ints: an object's __index__ would
 * be Python code run in the middle of a loop). */
static int count_item(PyObject *key, PyObject *value, Py_ssize_t size, Py_ssize_t *id, long *count) {
    if (!PyLong_Check(key) || !PyLong_Check(value)) {
        PyErr_SetString(PyExc_TypeError, "counts must map int to int");
        return -1;
    }
    *id = PyLong_AsSsize_t(key);
    *count = PyLong_AsLong(value);
    if (PyErr_Occurred()) return -1;
    if (*id < 0 || *id >= size || *count < 1 || *count > INT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "counts must map vocabulary ids to positive counts");
        return -1;
    }
    return 0;
}

/* weigh(counts: dict[int, int], idf: float64 array, smoothing: float) -> (bytes, bytes): the int64 ids and
 * the float64 values of model.text_vectors.weigh, in the dict's order. */
static PyObject *ngrams_weigh(PyObject *module, PyObject *args) {
    PyObject *counts, *idf_obj;
    double smoothing;
    if (!PyArg_ParseTuple(args, "O!Od", &PyDict_Type, &counts, &idf_obj, &smoothing)) return NULL;
    if (!(smoothing >= 0.0)) {
        PyErr_SetString(PyExc_ValueError, "smoothing must be >= 0");
        return NULL;
    }
    Py_buffer idf;
    if (get_vector(idf_obj, &idf, 'd', "idf")) return NULL;
    const double *w = idf.buf;
    Py_ssize_t size = idf.shape[0], n = PyDict_Size(counts);
    PyObject *index = PyBytes_FromStringAndSize(NULL, n * (Py_ssize_t)sizeof(int64_t));
    PyObject *values = PyBytes_FromStringAndSize(NULL, n * (Py_ssize_t)sizeof(double));
    if (index == NULL || values == NULL) goto fail;
    int64_t *ids = (int64_t *)PyBytes_AS_STRING(index);
    double *vals = (double *)PyBytes_AS_STRING(values);
    PyObject *key, *value;
    Py_ssize_t pos = 0, i = 0;
    double squares = 0.0;
    while (PyDict_Next(counts, &pos, &key, &value)) {
        if (i >= n) break; /* cannot happen: no Python code runs while the dict is read */
        Py_ssize_t id;
        long count;
        if (count_item(key, value, size, &id, &count)) goto fail;
        double v = (1.0 + log((double)count)) * w[id];
        ids[i] = id;
        vals[i++] = v;
        squares += v * v;
    }
    double norm = sqrt(squares + smoothing); /* as the numpy reference: no special case for a zero norm */
    for (Py_ssize_t j = 0; j < i; j++) vals[j] /= norm;
    PyBuffer_Release(&idf);
    return Py_BuildValue("(NN)", index, values);
fail:
    PyBuffer_Release(&idf);
    Py_XDECREF(index);
    Py_XDECREF(values);
    return NULL;
}

/* dot(weights: float64 array, index: int64 array, values: float64 array) -> float: sum(weights[index] * values). */
static PyObject *ngrams_dot(PyObject *module, PyObject *args) {
    PyObject *w_obj, *i_obj, *v_obj;
    if (!PyArg_ParseTuple(args, "OOO", &w_obj, &i_obj, &v_obj)) return NULL;
    Py_buffer w, ix, v;
    if (get_sparse(i_obj, v_obj, w_obj, &ix, &v, &w)) return NULL;
    const double *weights = w.buf, *values = v.buf;
    const int64_t *index = ix.buf;
    Py_ssize_t n = ix.shape[0], size = w.shape[0];
    double total = 0.0;
    int bad = v.shape[0] != n;
    for (Py_ssize_t i = 0; i < n && !bad; i++) {
        if (index[i] < 0 || index[i] >= size) bad = 1;
        else total += weights[index[i]] * values[i];
    }
    release_sparse(&ix, &v, &w);
    if (bad) {
        PyErr_SetString(PyExc_ValueError, "index and values must have one length and ids within weights");
        return NULL;
    }
    return PyFloat_FromDouble(total);
}

static PyMethodDef module_methods[] = {
    {"weigh", ngrams_weigh, METH_VARARGS, "weigh(counts, idf, smoothing) -> (ids bytes, values bytes)"},
    {"dot", ngrams_dot, METH_VARARGS, "dot(weights, index, values) -> float"},
    {NULL, NULL, 0, NULL},
};

/* parts(messages, index, values, weights, counts) -> list[float]: for each message, the sum over its n-grams
 * (unigrams, then bigrams) of weights[id] * value[id] / counts[id], where (index, values) is a vector weighed
 * from `counts`: the share of weights · vector that each message's n-grams carry (model.scorer's attribution
 * of a score to the messages and their indicator categories). */
static PyObject *GramTable_parts(GramTable *self, PyObject *args) {
    PyObject *messages, *i_obj, *v_obj, *w_obj, *counts, *result = NULL;
    if (!PyArg_ParseTuple(args, "OOOOO!", &messages, &i_obj, &v_obj, &w_obj, &PyDict_Type, &counts)) return NULL;
    if (self->words == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "GramTable is not initialised");
        return NULL;
    }
    /* Everything that may allocate tracked objects (and so run the garbage collector and finalisers) comes
     * first; the messages are checked after it, and from there on no Python code runs. */
    Py_buffer ix, v, w;
    if (get_sparse(i_obj, v_obj, w_obj, &ix, &v, &w)) return NULL;
    const int64_t *index = ix.buf;
    const double *values = v.buf, *weights = w.buf;
    Py_ssize_t n = ix.shape[0], size = self->vocabulary_size, filled = 0, counted = 0;
    result = PyList_New(0);
    if (result == NULL) goto done;
    if (check_messages(messages)) goto fail;
    if (v.shape[0] != n || w.shape[0] != size) {
        PyErr_SetString(PyExc_ValueError, "index, values and weights do not fit this vocabulary");
        goto fail;
    }
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    while (PyDict_Next(counts, &pos, &key, &value)) {
        Py_ssize_t id;
        long count;
        if (count_item(key, value, size, &id, &count)) goto fail; /* dict keys are distinct: each id once */
        self->count[id] = (int32_t)count;
        self->order[counted++] = (int32_t)id;
    }
    for (; filled < n; filled++) {
        int64_t id = index[filled];
        if (id < 0 || id >= size || self->count[id] == 0 || self->share[id] != 0.0) {
            PyErr_SetString(PyExc_ValueError, "the vector's ids must be distinct ids of counts");
            goto fail;
        }
        self->share[id] = weights[id] * values[filled] / (double)self->count[id];
    }
    for (Py_ssize_t m = 0; m < PyList_GET_SIZE(messages); m++) {
        PyObject *tokens = PyList_GET_ITEM(messages, m);
        Py_ssize_t length = PyList_GET_SIZE(tokens);
        if (grow_wordbuf(self, length)) goto fail;
        double part = 0.0;
        for (Py_ssize_t i = 0; i < length; i++) { /* unigrams */
            Py_ssize_t word = word_number(self, PyList_GET_ITEM(tokens, i), 0);
            if (word == -2) goto fail;
            self->wordbuf[i] = (int32_t)word;
            if (word >= 0 && self->unigram_of[word] >= 0) part += self->share[self->unigram_of[word]];
        }
        for (Py_ssize_t i = 0; i + 1 < length; i++) { /* bigrams */
            int32_t a = self->wordbuf[i], b = self->wordbuf[i + 1];
            if (a >= 0 && b >= 0) {
                int32_t id = bigram_lookup(self, a, b);
                if (id >= 0) part += self->share[id];
            }
        }
        PyObject *number = PyFloat_FromDouble(part); /* floats are not tracked by the GC, nor is a list's growth */
        int failed = number == NULL || PyList_Append(result, number);
        Py_XDECREF(number);
        if (failed) goto fail;
    }
    goto done;
fail:
    Py_CLEAR(result);
done:
    for (Py_ssize_t i = 0; i < filled; i++) self->share[index[i]] = 0.0;
    for (Py_ssize_t i = 0; i < counted; i++) self->count[self->order[i]] = 0;
    release_sparse(&ix, &v, &w);
    return result;
}

static PyMethodDef GramTable_methods[] = {
    {"parts", (PyCFunction)GramTable_parts, METH_VARARGS,
     "parts(messages, index, values, weights, counts) -> list[float]: each message's share of weights · vector."},
    {"counts", (PyCFunction)GramTable_counts, METH_O,
     "counts(messages: list[list[str]]) -> dict[int, int]: vocabulary id -> count of the unigrams and bigrams "
     "of each message (none across messages), keys in order of first occurrence, unigrams first."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject GramTableType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "grooming_risk.model._ngrams.GramTable",
    .tp_basicsize = sizeof(GramTable),
    .tp_dealloc = (destructor)GramTable_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "GramTable(unigrams, bigrams, vocabulary_size): n-gram counting by vocabulary id.",
    .tp_methods = GramTable_methods,
    .tp_init = (initproc)GramTable_init,
    .tp_new = PyType_GenericNew,
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "grooming_risk.model._ngrams",
    .m_doc = "Compiled n-gram counting, weighing and dot products (see grooming_risk.model.text_vectors).",
    .m_size = -1,
    .m_methods = module_methods,
};

PyMODINIT_FUNC PyInit__ngrams(void) {
    if (PyType_Ready(&GramTableType) < 0) return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) return NULL;
    Py_INCREF(&GramTableType);
    if (PyModule_AddObject(m, "GramTable", (PyObject *)&GramTableType) < 0) {
        Py_DECREF(&GramTableType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
