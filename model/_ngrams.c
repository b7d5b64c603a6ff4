/*
 * Optional compiled path of the text features: the hashed character n-gram counts of message units
 * (model.char_units). model.char_units.python_counts is the reference and the fallback; tests hold the two to
 * the same counts.
 *
 * Why it exists: every code point of every message is hashed n_max - n_min + 1 times; in Python that loop is
 * most of a request's time, here it is a few microseconds per message.
 *
 * Input is untrusted (conversation text): every type is checked, every size is bounded by the input, no
 * fixed-size buffer is written without a check (a word is cut at MAX_WORD code points). The GIL is held.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

/* 64-bit finaliser (MurmurHash3 fmix64): spreads FNV-1a's low bits before they are masked to a bucket. */
static uint64_t mix(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

/* ---- character n-grams of message units (model.char_units) ------------------------------------------------------
 *
 * char_units(units: list[str], n_min, n_max, bits) -> (indptr, indices, counts) as bytes (int64, int64, float64):
 * the counts of each unit's hashed character n-grams as a CSR matrix. A unit is split into words at whitespace;
 * each word is padded with one space on each side, and every n-gram of n_min..n_max code points inside a padded
 * word is hashed (FNV-1a over the code points, then the `mix` finaliser) into 2**bits buckets. A unit's buckets are
 * sorted and merged, so each row lists a bucket once. model.char_units.python_counts is the reference.
 */
#define MAX_WORD 256 /* a longer word is cut (the Python reference does the same) */

static int cmp_u32(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

static PyObject *ngrams_char_units(PyObject *module, PyObject *args) {
    PyObject *units;
    int n_min, n_max, bits;
    if (!PyArg_ParseTuple(args, "O!iii", &PyList_Type, &units, &n_min, &n_max, &bits)) return NULL;
    if (n_min < 1 || n_max < n_min || n_max > 8 || bits < 4 || bits > 30) {
        PyErr_SetString(PyExc_ValueError, "need 1 <= n_min <= n_max <= 8 and 4 <= bits <= 30");
        return NULL;
    }
    Py_ssize_t n_units = PyList_GET_SIZE(units), cap = 1024, used = 0;
    uint32_t mask = (uint32_t)((1u << bits) - 1u);
    uint32_t *grams = NULL;
    int64_t *indptr = NULL, *indices = NULL;
    double *counts = NULL;
    PyObject *result = NULL;
    Py_UCS4 word[MAX_WORD + 2];
    Py_ssize_t total = 0, total_cap = 4096;
    indptr = PyMem_Malloc((size_t)(n_units + 1) * sizeof(int64_t));
    grams = PyMem_Malloc((size_t)cap * sizeof(uint32_t));
    indices = PyMem_Malloc((size_t)total_cap * sizeof(int64_t));
    counts = PyMem_Malloc((size_t)total_cap * sizeof(double));
    if (!indptr || !grams || !indices || !counts) {
        PyErr_NoMemory();
        goto done;
    }
    indptr[0] = 0;
    for (Py_ssize_t u = 0; u < n_units; u++) {
        PyObject *text = PyList_GET_ITEM(units, u);
        if (!PyUnicode_Check(text)) {
            PyErr_SetString(PyExc_TypeError, "units must be a list of str");
            goto done;
        }
        if (PyUnicode_READY(text) < 0) goto done; /* a legacy (not yet canonical) string */
        int kind = PyUnicode_KIND(text);
        const void *data = PyUnicode_DATA(text);
        Py_ssize_t len = PyUnicode_GET_LENGTH(text), i = 0;
        used = 0;
        while (i < len) {
            while (i < len && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i))) i++;
            if (i >= len) break;
            Py_ssize_t w = 1;
            word[0] = ' ';
            while (i < len && !Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i))) {
                if (w <= MAX_WORD) word[w++] = PyUnicode_READ(kind, data, i);
                i++;
            }
            word[w++] = ' ';
            for (int n = n_min; n <= n_max && n <= w; n++) {
                for (Py_ssize_t s = 0; s + n <= w; s++) {
                    uint64_t h = 14695981039346656037ULL;
                    for (int k = 0; k < n; k++) {
                        h ^= (uint64_t)word[s + k];
                        h *= 1099511628211ULL;
                    }
                    if (used == cap) {
                        if ((size_t)cap > PY_SSIZE_T_MAX / 2 / sizeof(uint32_t)) {
                            PyErr_NoMemory();
                            goto done;
                        }
                        uint32_t *bigger = PyMem_Realloc(grams, (size_t)cap * 2 * sizeof(uint32_t));
                        if (!bigger) {
                            PyErr_NoMemory();
                            goto done;
                        }
                        grams = bigger;
                        cap *= 2;
                    }
                    grams[used++] = (uint32_t)(mix(h) & mask);
                }
            }
        }
        qsort(grams, (size_t)used, sizeof(uint32_t), cmp_u32);
        if (total + used > total_cap) {
            while (total + used > total_cap) {
                if ((size_t)total_cap > PY_SSIZE_T_MAX / 2 / sizeof(int64_t)) {
                    PyErr_NoMemory();
                    goto done;
                }
                total_cap *= 2;
            }
            int64_t *ni = PyMem_Realloc(indices, (size_t)total_cap * sizeof(int64_t));
            if (ni) indices = ni;
            double *nc = PyMem_Realloc(counts, (size_t)total_cap * sizeof(double));
            if (nc) counts = nc;
            if (!ni || !nc) {
                PyErr_NoMemory();
                goto done;
            }
        }
        for (Py_ssize_t g = 0; g < used; g++) {
            if (g > 0 && grams[g] == grams[g - 1]) {
                counts[total - 1] += 1.0;
            } else {
                indices[total] = grams[g];
                counts[total++] = 1.0;
            }
        }
        indptr[u + 1] = total;
    }
    result = Py_BuildValue("(y#y#y#)", (const char *)indptr, (Py_ssize_t)((n_units + 1) * sizeof(int64_t)),
                           (const char *)indices, (Py_ssize_t)(total * sizeof(int64_t)), (const char *)counts,
                           (Py_ssize_t)(total * sizeof(double)));
done:
    PyMem_Free(indptr);
    PyMem_Free(grams);
    PyMem_Free(indices);
    PyMem_Free(counts);
    return result;
}

/* ---- the units' logits (model.char_units.logits_of) -------------------------------------------------------------
 *
 * rows_dot(indptr: int64 buffer, indices: int64 buffer, values: float64 buffer, weights: float64 buffer) -> bytes
 * (float64 per row): sum over each CSR row of weights[index] * value. Every index is checked against the weights
 * (a bad index raises ValueError), indptr must be non-decreasing and end at the length of indices and values.
 */
static PyObject *ngrams_rows_dot(PyObject *module, PyObject *args) {
    Py_buffer ptr = {0}, idx = {0}, val = {0}, w = {0};
    PyObject *result = NULL;
    double *out = NULL;
    if (!PyArg_ParseTuple(args, "y*y*y*y*", &ptr, &idx, &val, &w)) return NULL;
    Py_ssize_t n_rows = ptr.len / (Py_ssize_t)sizeof(int64_t) - 1;
    Py_ssize_t n = idx.len / (Py_ssize_t)sizeof(int64_t), size = w.len / (Py_ssize_t)sizeof(double);
    const int64_t *indptr = ptr.buf, *indices = idx.buf;
    const double *values = val.buf, *weights = w.buf;
    if (n_rows < 0 || ptr.len % sizeof(int64_t) || idx.len % sizeof(int64_t) || val.len != n * (Py_ssize_t)sizeof(double)
        || w.len % sizeof(double) || indptr[0] != 0 || indptr[n_rows] != n) {
        PyErr_SetString(PyExc_ValueError, "rows_dot needs a CSR matrix: indptr from 0 to len(indices), one value each");
        goto done;
    }
    out = PyMem_Malloc((size_t)(n_rows > 0 ? n_rows : 1) * sizeof(double));
    if (!out) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t r = 0; r < n_rows; r++) {
        int64_t start = indptr[r], end = indptr[r + 1];
        if (start > end || end > n) {
            PyErr_SetString(PyExc_ValueError, "rows_dot: indptr must be non-decreasing");
            goto done;
        }
        double total = 0.0;
        for (int64_t k = start; k < end; k++) {
            if (indices[k] < 0 || indices[k] >= size) {
                PyErr_SetString(PyExc_ValueError, "rows_dot: an index is outside the weights");
                goto done;
            }
            total += weights[indices[k]] * values[k];
        }
        out[r] = total;
    }
    result = PyBytes_FromStringAndSize((const char *)out, n_rows * (Py_ssize_t)sizeof(double));
done:
    PyMem_Free(out);
    PyBuffer_Release(&ptr);
    PyBuffer_Release(&idx);
    PyBuffer_Release(&val);
    PyBuffer_Release(&w);
    return result;
}

static PyMethodDef module_methods[] = {
    {"rows_dot", ngrams_rows_dot, METH_VARARGS,
     "rows_dot(indptr, indices, values, weights) -> bytes: each CSR row's dot product with the weights"},
    {"char_units", ngrams_char_units, METH_VARARGS,
     "char_units(units, n_min, n_max, bits) -> (indptr, indices, counts) bytes: hashed character n-gram counts"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "grooming_risk.model._ngrams",
    .m_doc = "Compiled hashed character n-gram counts of message units (see grooming_risk.model.char_units).",
    .m_size = -1,
    .m_methods = module_methods,
};

PyMODINIT_FUNC PyInit__ngrams(void) { return PyModule_Create(&module); }
