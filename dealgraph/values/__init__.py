"""Value types found in business text: money, percentages, changes, quantities, dates."""

from dealgraph.values.dates import DateResolver, DateValue, find_explicit_years, iso_of, parse_iso
from dealgraph.values.horizons import find_horizons
from dealgraph.values.money import Money, find_money, parse_money
from dealgraph.values.numbers import parse_number
from dealgraph.values.percent import Change, Percent, find_changes, find_percents, parse_percent
from dealgraph.values.quantity import Quantity, find_quantities, parse_quantity

__all__ = [
    "Change", "DateResolver", "DateValue", "Money", "Percent", "Quantity",
    "find_changes", "find_explicit_years", "find_horizons", "find_money", "find_percents",
    "find_quantities", "iso_of", "parse_iso", "parse_money", "parse_number", "parse_percent",
    "parse_quantity",
]
