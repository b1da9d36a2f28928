//! Whole numbers as JSON Schema counts them: `integer` holds 2.0 as well as 2, so a generated
//! client (or Python's `json.dumps(2.0)`) may send either, and both mean the same number.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, Visitor};

/// For an integer field: `#[serde(deserialize_with = "whole")]`.
pub fn whole<'de, D: Deserializer<'de>, T: TryFrom<i64>>(d: D) -> Result<T, D::Error> {
    d.deserialize_any(WholeVisitor(PhantomData))
}

/// For an optional integer field: `#[serde(default, deserialize_with = "optional_whole")]`.
pub fn optional_whole<'de, D: Deserializer<'de>, T: TryFrom<i64>>(
    d: D,
) -> Result<Option<T>, D::Error> {
    d.deserialize_option(OptionVisitor(PhantomData))
}

struct WholeVisitor<T>(PhantomData<T>);

impl<T: TryFrom<i64>> WholeVisitor<T> {
    fn fit<E: de::Error>(n: i64) -> Result<T, E> {
        T::try_from(n).map_err(|_| E::invalid_value(de::Unexpected::Signed(n), &Self(PhantomData)))
    }
}

impl<T: TryFrom<i64>> Visitor<'_> for WholeVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a whole number of {}", std::any::type_name::<T>())
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<T, E> {
        Self::fit(n)
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<T, E> {
        let n =
            i64::try_from(n).map_err(|_| E::invalid_value(de::Unexpected::Unsigned(n), &self))?;
        Self::fit(n)
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<T, E> {
        // Exactly whole and within i64: 2.0 is 2; 2.5 or 1e300 is not a whole number here.
        if n.fract() == 0.0 && n >= i64::MIN as f64 && n < i64::MAX as f64 {
            Self::fit(n as i64)
        } else {
            Err(E::invalid_value(de::Unexpected::Float(n), &self))
        }
    }
}

struct OptionVisitor<T>(PhantomData<T>);

impl<'de, T: TryFrom<i64>> Visitor<'de> for OptionVisitor<T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "null or a whole number of {}",
            std::any::type_name::<T>()
        )
    }

    fn visit_none<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Option<T>, D::Error> {
        whole(d).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    struct Body {
        #[serde(deserialize_with = "whole")]
        n: i32,
        #[serde(default, deserialize_with = "optional_whole")]
        p: Option<i16>,
    }

    fn parse(json: &str) -> Result<Body, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn integral_floats_are_whole_numbers() {
        let body = parse(r#"{"n": 2.0, "p": 40.0}"#).unwrap();
        assert_eq!((body.n, body.p), (2, Some(40)));
        let body = parse(r#"{"n": -3, "p": null}"#).unwrap();
        assert_eq!((body.n, body.p), (-3, None));
        assert_eq!(parse(r#"{"n": 1}"#).unwrap().p, None);
    }

    #[test]
    fn fractions_strings_and_overflow_are_refused() {
        for bad in [
            r#"{"n": 2.5}"#,
            r#"{"n": "2"}"#,
            r#"{"n": 1e300}"#,
            r#"{"n": 3000000000}"#,
            r#"{"n": 1, "p": 40000}"#,
            r#"{"n": 1, "p": 1.5}"#,
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }
}
