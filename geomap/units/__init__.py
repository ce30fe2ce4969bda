"""Area figures as published: numbers, units, conversions and comparisons.

Conflict reporting states areas in many ways, and often wrongly: "over 5,000
kilometers (3,100 miles)" is an *area* of 5,000 km² whose bracketed
conversion was done as a length (5,000 km² is 1,931 sq mi); "nearly half the
size of neighboring Lebanon" is 0.5 × 10,452 km².  This module reads such
figures without guessing silently: every reading that is not literal
(a length unit taken as an area unit, a conversion that does not match) is
flagged on the returned :class:`AreaFigure`.

Pure standard library; shared by the article extractor and the ledger's
claims.

Examples
--------
>>> fig = parse_area("over 5,000 kilometers (3,100 miles)")
>>> fig.value_km2, fig.qualifier, fig.unit_corrected
(5000.0, 'over', True)
>>> fig.conversions[0].status
'converted-as-length'
>>> round(parse_area("nearly half the size of neighboring Lebanon").value_km2)
5226
"""

from .figures import (
    NUMBER_WORDS,
    THE_COUNTRY,
    AreaFigure,
    Conversion,
    ConversionStatus,
    UnitKind,
    find_area_figures,
    format_area,
    parse_area,
)
from .reference import (
    FACTBOOK_SOURCE,
    GEONAMES_SOURCE,
    KM2_PER_SQMI,
    KM_PER_MI,
    REFERENCE_AREAS,
    ReferenceArea,
    as_of,
    as_units,
    compare,
    country_names,
    home_areas,
    home_regions,
    is_country_name,
    other_published,
    reference_area,
    regions,
)

__all__ = [
    "AreaFigure",
    "Conversion",
    "ConversionStatus",
    "FACTBOOK_SOURCE",
    "GEONAMES_SOURCE",
    "KM2_PER_SQMI",
    "KM_PER_MI",
    "NUMBER_WORDS",
    "REFERENCE_AREAS",
    "ReferenceArea",
    "THE_COUNTRY",
    "UnitKind",
    "as_of",
    "as_units",
    "compare",
    "country_names",
    "find_area_figures",
    "format_area",
    "home_areas",
    "home_regions",
    "is_country_name",
    "other_published",
    "parse_area",
    "reference_area",
    "regions",
]
