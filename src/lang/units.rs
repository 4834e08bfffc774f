//! Units of measure a text converts between ("5 miles (8 km)"): each with
//! its dimension and its size in that dimension's base unit. The names a
//! language writes for them are in `vi::units` and `en::units`.
//!
//! Only units whose size is not in doubt are here: no "ton" (short, long or
//! metric), no "gallon" without the US reading newsrooms mean by it (US
//! gallons are listed; imperial gallons are rare in today's news).

/// What a unit measures. Units convert only within one dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    Length,
    Mass,
    Area,
    Volume,
    Speed,
    Temperature,
}

/// A unit of measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Millimetre,
    Centimetre,
    Metre,
    Kilometre,
    Inch,
    Foot,
    Yard,
    Mile,
    NauticalMile,
    Gram,
    Kilogram,
    Tonne,
    Ounce,
    Pound,
    SquareMetre,
    Hectare,
    SquareKilometre,
    SquareFoot,
    Acre,
    SquareMile,
    Millilitre,
    Litre,
    CubicMetre,
    UsGallon,
    Barrel,
    KilometrePerHour,
    MilePerHour,
    Knot,
    MetrePerSecond,
    Celsius,
    Fahrenheit,
}

impl Unit {
    /// The unit's dimension and its size in that dimension's base unit
    /// (metre, kilogram, square metre, litre, km/h). Temperatures have no
    /// size: [`Unit::convert`] handles them.
    pub fn size(self) -> (Dimension, f64) {
        use Dimension::*;
        use Unit::*;
        match self {
            Millimetre => (Length, 0.001),
            Centimetre => (Length, 0.01),
            Metre => (Length, 1.0),
            Kilometre => (Length, 1000.0),
            Inch => (Length, 0.0254),
            Foot => (Length, 0.3048),
            Yard => (Length, 0.9144),
            Mile => (Length, 1609.344),
            NauticalMile => (Length, 1852.0),
            Gram => (Mass, 0.001),
            Kilogram => (Mass, 1.0),
            Tonne => (Mass, 1000.0),
            Ounce => (Mass, 0.028_349_523_125),
            Pound => (Mass, 0.453_592_37),
            SquareMetre => (Area, 1.0),
            Hectare => (Area, 10_000.0),
            SquareKilometre => (Area, 1_000_000.0),
            SquareFoot => (Area, 0.092_903_04),
            Acre => (Area, 4_046.856_422_4),
            SquareMile => (Area, 2_589_988.110_336),
            Millilitre => (Volume, 0.001),
            Litre => (Volume, 1.0),
            CubicMetre => (Volume, 1000.0),
            UsGallon => (Volume, 3.785_411_784),
            Barrel => (Volume, 158.987_294_928),
            KilometrePerHour => (Speed, 1.0),
            MilePerHour => (Speed, 1.609_344),
            Knot => (Speed, 1.852),
            MetrePerSecond => (Speed, 3.6),
            Celsius | Fahrenheit => (Temperature, 1.0),
        }
    }

    pub fn dimension(self) -> Dimension {
        self.size().0
    }

    /// `value` of this unit in unit `to`, or `None` across dimensions.
    pub fn convert(self, value: f64, to: Unit) -> Option<f64> {
        let ((d, a), (e, b)) = (self.size(), to.size());
        if d != e {
            return None;
        }
        Some(match (self, to) {
            (Unit::Celsius, Unit::Fahrenheit) => value * 9.0 / 5.0 + 32.0,
            (Unit::Fahrenheit, Unit::Celsius) => (value - 32.0) * 5.0 / 9.0,
            _ => value * a / b,
        })
    }
}
