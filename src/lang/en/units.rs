//! English names of units of measure, as a figure's unit is written after
//! its number (lowercase, as `checks::conversion` looks them up).
use crate::lang::units::Unit::{self, *};

pub const UNITS: &[(&str, Unit)] = &[
    ("mm", Millimetre), ("millimetres", Millimetre), ("millimeters", Millimetre),
    ("cm", Centimetre), ("centimetres", Centimetre), ("centimeters", Centimetre),
    ("m", Metre), ("metres", Metre), ("meters", Metre), ("metre", Metre), ("meter", Metre),
    ("km", Kilometre), ("kilometres", Kilometre), ("kilometers", Kilometre), ("kilometre", Kilometre), ("kilometer", Kilometre),
    ("in", Inch), ("inches", Inch), ("inch", Inch),
    ("ft", Foot), ("feet", Foot), ("foot", Foot),
    ("yards", Yard), ("yard", Yard), ("yd", Yard),
    ("miles", Mile), ("mile", Mile), ("mi", Mile),
    ("nautical miles", NauticalMile), ("nautical mile", NauticalMile),
    ("g", Gram), ("grams", Gram), ("gram", Gram),
    ("kg", Kilogram), ("kilograms", Kilogram), ("kilogram", Kilogram), ("kilos", Kilogram),
    ("tonnes", Tonne), ("tonne", Tonne), ("metric tons", Tonne), ("metric tonnes", Tonne),
    ("oz", Ounce), ("ounces", Ounce), ("ounce", Ounce),
    ("lb", Pound), ("lbs", Pound), ("pounds", Pound), ("pound", Pound),
    ("m2", SquareMetre), ("m²", SquareMetre), ("square metres", SquareMetre), ("square meters", SquareMetre),
    ("ha", Hectare), ("hectares", Hectare), ("hectare", Hectare),
    ("km2", SquareKilometre), ("km²", SquareKilometre), ("square kilometres", SquareKilometre), ("square kilometers", SquareKilometre),
    ("square feet", SquareFoot), ("sq ft", SquareFoot),
    ("acres", Acre), ("acre", Acre),
    ("square miles", SquareMile), ("square mile", SquareMile),
    ("ml", Millilitre), ("millilitres", Millilitre), ("milliliters", Millilitre),
    ("l", Litre), ("litres", Litre), ("liters", Litre), ("litre", Litre), ("liter", Litre),
    ("m3", CubicMetre), ("m³", CubicMetre), ("cubic metres", CubicMetre), ("cubic meters", CubicMetre),
    ("gallons", UsGallon), ("gallon", UsGallon),
    ("barrels", Barrel), ("barrel", Barrel),
    ("km/h", KilometrePerHour), ("kph", KilometrePerHour), ("kmh", KilometrePerHour),
    ("mph", MilePerHour), ("miles per hour", MilePerHour),
    ("knots", Knot), ("knot", Knot),
    ("m/s", MetrePerSecond),
    ("°c", Celsius), ("℃", Celsius), ("degrees celsius", Celsius), ("degrees c", Celsius),
    ("°f", Fahrenheit), ("℉", Fahrenheit), ("degrees fahrenheit", Fahrenheit), ("degrees f", Fahrenheit),
    // The scale letter glued to the number ("104F"), read as a unit only near a word of temperature.
    ("c", Celsius), ("f", Fahrenheit),
];
