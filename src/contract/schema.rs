//! The schemas of the values the derives cannot describe alone, built from the core's own
//! tables (so the schema follows the rules, never a second list).

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use std::borrow::Cow;

/// `^[0-9]+\.[0-9]{2}$`: an amount in 元.
pub const YUAN_PATTERN: &str = r"^[0-9]+\.[0-9]{2}$";
/// `YYYY-MM-DD`.
pub const DATE_PATTERN: &str = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

impl JsonSchema for super::Yuan {
    fn schema_name() -> Cow<'static, str> {
        "Yuan".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An amount in 元: a decimal string with two places, never a number.",
            "type": "string",
            "pattern": YUAN_PATTERN
        })
    }
}

impl JsonSchema for super::Rate {
    fn schema_name() -> Cow<'static, str> {
        "Rate".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let rates: Vec<String> = crate::policy::params::medical_rates()
            .into_iter()
            .map(crate::money::fmt_plain)
            .collect();
        json_schema!({
            "description": "A share of a contribution: a decimal string, never a number.",
            "type": "string",
            "enum": rates
        })
    }
}

/// The policy years the rules encode.
pub fn year(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": "integer", "enum": crate::policy::params::POLICY_YEARS })
}

/// Completed years, 0 to the maximum the core accepts.
pub fn age(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": "integer", "minimum": 0, "maximum": crate::policy::params::MAX_AGE })
}

/// Completed years or null (with `born`, the age is computed).
pub fn age_or_null(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": ["integer", "null"], "minimum": 0, "maximum": crate::policy::params::MAX_AGE })
}

/// `YYYY-MM`.
pub const MONTH_PATTERN: &str = r"^[0-9]{4}-(0[1-9]|1[0-2])$";

/// A `YYYY-MM` text or null.
pub fn month_or_null(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": ["string", "null"], "pattern": MONTH_PATTERN })
}

/// A `YYYY-MM` text.
pub fn month(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": "string", "pattern": MONTH_PATTERN })
}

/// A list of statuses, each at most once.
pub fn statuses(g: &mut SchemaGenerator) -> Schema {
    let item = g.subschema_for::<crate::input::Status>();
    json_schema!({ "type": "array", "uniqueItems": true, "items": item })
}

/// A `YYYY-MM-DD` text or null.
pub fn date_or_null(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": ["string", "null"], "pattern": DATE_PATTERN })
}

/// The ids of the documents the rules cite.
pub fn doc(_: &mut SchemaGenerator) -> Schema {
    let mut docs: Vec<&str> = Vec::new();
    for c in crate::policy::clauses::ALL {
        if !docs.contains(&c.doc) {
            docs.push(c.doc);
        }
    }
    json_schema!({ "type": "string", "enum": docs })
}
