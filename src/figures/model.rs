//! What a figure is: a span of text and the quantity it denotes.

use crate::span::Span;
use serde::Serialize;

/// One figure found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub span: Span,
    pub quantity: Quantity,
    /// The counted noun after the figure ("đảng viên", "people"), if any.
    pub unit: Option<String>,
    /// Hedged by the text: "khoảng", "gần", "hơn", "about", "nearly", …
    pub approximate: bool,
}

impl Figure {
    pub fn new(span: Span, quantity: Quantity) -> Figure {
        Figure { span, quantity, unit: None, approximate: false }
    }

    pub fn kind(&self) -> Kind {
        self.quantity.kind()
    }

    /// The main numeric value, where the kind has one.
    pub fn value(&self) -> Option<f64> {
        self.quantity.value()
    }
}

/// The figure kinds of the v1 contract (see docs/report-v1.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Number,
    Percent,
    PercentagePoint,
    Ratio,
    Money,
    Date,
    Time,
    Range,
    Ordinal,
    Duration,
    Multiplier,
    Identifier,
}

/// An end of a range: a number (also a year) or an ISO date/time.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Bound {
    Value(f64),
    Iso(String),
}

/// Units of a duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TimeUnit {
    Year,
    Month,
    Week,
    Day,
    Hour,
    Minute,
}

/// The quantity a figure denotes, with the fields its kind carries.
/// Serialized flat into the figure's JSON object, tagged by `kind`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Quantity {
    Number {
        value: f64,
        /// Digits written after the decimal mark (0 for "611", 1 for "3,5").
        decimals: u8,
    },
    Percent {
        /// In percent: 70.0 for "70%".
        value: f64,
        decimals: u8,
    },
    PercentagePoint {
        value: f64,
        decimals: u8,
    },
    Ratio {
        numerator: f64,
        denominator: f64,
        /// numerator / denominator.
        value: f64,
    },
    Money {
        value: f64,
        /// ISO 4217 code.
        currency: &'static str,
        decimals: u8,
    },
    Date {
        /// "2018-06-12", "2016-05" or "2018".
        iso: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        weekday: Option<String>,
        /// False for dates that do not exist (31/2/2018).
        valid: bool,
    },
    Time {
        /// "17:06" or "17:06:30".
        iso: String,
    },
    Range {
        from: Bound,
        to: Bound,
        inner: Kind,
    },
    Ordinal {
        value: f64,
    },
    Duration {
        value: f64,
        unit: TimeUnit,
    },
    Multiplier {
        value: f64,
    },
    /// A number that names something rather than counting it: document
    /// numbers, phone numbers, versions, scores, clause numbers.
    Identifier,
}

impl Quantity {
    pub fn kind(&self) -> Kind {
        match self {
            Quantity::Number { .. } => Kind::Number,
            Quantity::Percent { .. } => Kind::Percent,
            Quantity::PercentagePoint { .. } => Kind::PercentagePoint,
            Quantity::Ratio { .. } => Kind::Ratio,
            Quantity::Money { .. } => Kind::Money,
            Quantity::Date { .. } => Kind::Date,
            Quantity::Time { .. } => Kind::Time,
            Quantity::Range { .. } => Kind::Range,
            Quantity::Ordinal { .. } => Kind::Ordinal,
            Quantity::Duration { .. } => Kind::Duration,
            Quantity::Multiplier { .. } => Kind::Multiplier,
            Quantity::Identifier => Kind::Identifier,
        }
    }

    pub fn value(&self) -> Option<f64> {
        match *self {
            Quantity::Number { value, .. }
            | Quantity::Percent { value, .. }
            | Quantity::PercentagePoint { value, .. }
            | Quantity::Ratio { value, .. }
            | Quantity::Money { value, .. }
            | Quantity::Ordinal { value }
            | Quantity::Duration { value, .. }
            | Quantity::Multiplier { value } => Some(value),
            _ => None,
        }
    }
}
