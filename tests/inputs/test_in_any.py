"""``in_any``: text membership across columns, as a set of the columns' cells would say."""

import numpy as np
import pandas as pd
import pytest

from geomap.inputs._folder import in_any


@pytest.mark.parametrize("dtype", [object, "string", "str"])
def test_in_any_is_set_membership(dtype):
    values = pd.Series(["a", "b", "c", "d"], dtype=dtype)
    one = pd.Series(["b", None, "x"], dtype=dtype)
    two = pd.Series([np.nan, "d"], dtype=object)
    assert in_any(values, one, two).tolist() == [False, True, False, True]
    assert in_any(values).tolist() == [False] * 4
    assert in_any(values, pd.Series([], dtype=object)).tolist() == [False] * 4
    assert in_any(values.iloc[:0], one).tolist() == []


def test_a_missing_value_matches_nothing():
    values = pd.Series(["a", None], dtype=object)
    assert in_any(values, pd.Series([None, "a"], dtype=object)).tolist() == [True, False]
