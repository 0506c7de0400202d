"""checklist(), weighted-checklist(), area() and distance(), as JavaRosa (ODK Collect) has them.

Geo values are ODK's text: a geopoint "lat lon [alt [accuracy]]", a geotrace or geoshape the
points joined by ";". JavaRosa's formulas (org.javarosa.core.util.GeoUtils): distance sums the
spherical law of cosines between consecutive points on a sphere of the equatorial radius;
area projects the points onto a plane around the first one and sums the triangles. Bad
geo text gives NaN (JavaRosa raises; a constraint then simply fails).
"""

from __future__ import annotations

import itertools
import math

from surveyor.core.expressions.values import NAN, to_boolean, to_number, to_string

EARTH_RADIUS = 6_378_100.0                       # metres, as JavaRosa
CIRCUMFERENCE = 2 * math.pi * EARTH_RADIUS


def _flat(values: tuple[object, ...]) -> list[object]:
    found: list[object] = []
    for value in values:
        found.extend(value if isinstance(value, list) else [value])
    return found


def _within(total: float, least: object, most: object) -> bool:
    """JavaRosa's bounds: a negative bound is no bound."""
    low, high = to_number(least), to_number(most)
    return (low < 0 or total >= low) and (high < 0 or total <= high)


def checklist(ctx: object, least: object, most: object, *values: object) -> bool:
    """True when the number of true values is within [least, most] (-1: no bound)."""
    return _within(sum(1 for v in _flat(values) if to_boolean(v)), least, most)


def weighted_checklist(ctx: object, least: object, most: object, *pairs: object) -> bool:
    """Values and weights alternate (v1, w1, v2, w2, …; a node-set pairs with a node-set of the
    same length): true when the weights of the true values sum within [least, most]."""
    if len(pairs) % 2:
        return False
    total = 0.0
    for value, weight in zip(pairs[::2], pairs[1::2], strict=True):
        values = value if isinstance(value, list) else [value]
        weights = weight if isinstance(weight, list) else [weight]
        if len(values) != len(weights):
            return False
        total += sum(to_number(w) for v, w in zip(values, weights, strict=True) if to_boolean(v))
    return _within(total, least, most)


def points(values: tuple[object, ...]) -> list[tuple[float, float]] | None:
    """(lat, lon) of every point in the arguments (geotraces split at ';'), or None if any is
    not a point."""
    found = []
    for value in _flat(values):
        for text in to_string(value).split(";"):
            parts = text.split()
            if not parts:
                continue
            if len(parts) < 2:
                return None
            try:
                lat, lon = float(parts[0]), float(parts[1])
            except ValueError:
                return None
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                return None
            found.append((lat, lon))
    return found


def distance(ctx: object, *values: object) -> float:
    """Metres along the points in order (a geotrace, a geoshape, or several geopoints)."""
    found = points(values)
    if found is None:
        return NAN
    total = 0.0
    for (lat1, lon1), (lat2, lon2) in itertools.pairwise(found):
        phi1, phi2 = math.radians(lat1), math.radians(lat2)
        cosine = (math.sin(phi1) * math.sin(phi2)
                  + math.cos(phi1) * math.cos(phi2) * math.cos(math.radians(lon1 - lon2)))
        total += math.acos(max(-1.0, min(1.0, cosine))) * EARTH_RADIUS
    return total


def area(ctx: object, shape: object) -> float:
    """Square metres enclosed by a geoshape (fewer than 3 points: 0)."""
    found = points((shape,))
    if found is None:
        return NAN
    if len(found) < 3:
        return 0.0
    lat0, lon0 = found[0]
    xs = [(lon - lon0) * CIRCUMFERENCE * math.cos(math.radians(lat)) / 360 for lat, lon in found[1:]]
    ys = [(lat - lat0) * CIRCUMFERENCE / 360 for lat, _ in found[1:]]
    return abs(sum((ys[i - 1] * xs[i] - xs[i - 1] * ys[i]) / 2 for i in range(1, len(xs))))
