//! Vietnamese names of units of measure, as a figure's unit is written
//! after its number (lowercase NFC, as `checks::conversion` looks them up).
//! Vietnamese text also writes the English symbols and some English names
//! ("feet", "inch", "pound") when it converts.
use crate::lang::units::Unit::{self, *};

pub const UNITS: &[(&str, Unit)] = &[
    ("mm", Millimetre), ("mi-li-mét", Millimetre), ("cm", Centimetre), ("xăng-ti-mét", Centimetre),
    ("m", Metre), ("mét", Metre), ("km", Kilometre), ("ki-lô-mét", Kilometre), ("cây số", Kilometre),
    ("inch", Inch), ("in-sơ", Inch), ("feet", Foot), ("ft", Foot), ("foot", Foot), ("yard", Yard),
    ("dặm", Mile), ("mile", Mile), ("miles", Mile), ("hải lý", NauticalMile),
    ("g", Gram), ("gam", Gram), ("gram", Gram), ("kg", Kilogram), ("ki-lô-gam", Kilogram), ("ký", Kilogram),
    ("tấn", Tonne), ("ounce", Ounce), ("oz", Ounce), ("pound", Pound), ("pao", Pound), ("lb", Pound), ("lbs", Pound),
    ("m2", SquareMetre), ("m²", SquareMetre), ("mét vuông", SquareMetre),
    ("ha", Hectare), ("héc-ta", Hectare), ("hecta", Hectare), ("hécta", Hectare),
    ("km2", SquareKilometre), ("km²", SquareKilometre), ("ki-lô-mét vuông", SquareKilometre),
    ("feet vuông", SquareFoot), ("mẫu anh", Acre), ("acre", Acre), ("dặm vuông", SquareMile),
    ("ml", Millilitre), ("lít", Litre), ("l", Litre), ("m3", CubicMetre), ("m³", CubicMetre), ("mét khối", CubicMetre),
    ("gallon", UsGallon),
    ("km/h", KilometrePerHour), ("km/giờ", KilometrePerHour), ("kph", KilometrePerHour),
    ("mph", MilePerHour), ("dặm/giờ", MilePerHour), ("dặm/h", MilePerHour), ("hải lý/giờ", Knot), ("knot", Knot), ("m/s", MetrePerSecond),
    ("°c", Celsius), ("℃", Celsius), ("độ c", Celsius), ("°f", Fahrenheit), ("℉", Fahrenheit), ("độ f", Fahrenheit), ("c", Celsius), ("f", Fahrenheit),
];
