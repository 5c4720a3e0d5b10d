from enum import StrEnum


class UnitType(StrEnum):
    CENTIMETER = "centimeter"
    DAY = "day"
    GIGABYTE = "gigabyte"
    GRAM = "gram"
    HECTAR = "hectar"
    HOUR = "hour"
    KILOGRAM = "kilogram"
    KILOMETER = "kilometer"
    LITER = "liter"
    MEGABYTE = "megabyte"
    METER = "meter"
    METERCUBIC = "meterCubic"
    METERSQUARED = "meterSquared"
    MILE = "mile"
    MILLIMETER = "millimeter"
    MINUTE = "minute"
    MONTH = "month"
    PIECE = "piece"
    TON = "ton"
    UNSPECIFIED = "unspecified"
    WEEK = "week"
    WORDS = "words"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
