//! The JavaScript API for portal integrators (feature `js`): `evaluate`, `budget`,
//! `policyYears`, `version`, and `mount` for the embed.
//!
//! A thin shell: a JS value becomes contract [`Field`]s (no float: numbers are taken only when
//! they are safe integers, read through their decimal text), the core decides, and the same
//! contract records the CLI prints ([`crate::contract`]) go back through serde-wasm-bindgen in
//! JSON-compatible form (decimals as strings, `null` for absent values). Bad input throws a JS
//! `Error` named `DaijiaoError` carrying `field`, `code`, `message` and `messageZh`; nothing
//! here can panic on input, so the instance stays usable after any bad call.

use crate::budget::Request;
use crate::contract::{BudgetOut, DecisionOut};
use crate::input::{names, Args, ErrorCode, Expected, Field, InputError, Resident, FIELDS};
use crate::policy::params::POLICY_YEARS;
use crate::rules::{decide, POLICY_VERSION};
use crate::text::Lang;
use js_sys::{Array, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Deepest nesting read from an input value; deeper is answered as a type error.
const MAX_DEPTH: usize = 8;
/// Longest list read; longer is an error (the contract has five statuses).
const MAX_ITEMS: u32 = 64;
/// Most keys read from an input object.
const MAX_KEYS: u32 = 64;

fn error_value(e: &InputError) -> JsValue {
    let err = js_sys::Error::new(&Lang::En.input_message(e));
    err.set_name("DaijiaoError");
    let o: &JsValue = err.as_ref();
    for (k, v) in [
        ("field", e.field.as_str()),
        ("code", e.code.code()),
        ("messageZh", Lang::Zh.input_message(e).as_str()),
    ] {
        let _ = Reflect::set(o, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    err.into()
}

/// A JS number as a whole `i64`, read through its decimal text; `None` unless a safe integer.
fn safe_integer(v: &JsValue) -> Option<i64> {
    if !js_sys::Number::is_safe_integer(v) {
        return None;
    }
    let text: String = js_sys::Number::unchecked_from_js_ref(v)
        .to_string_with_radix(10)
        .ok()?
        .into();
    text.parse().ok()
}

/// A JS value as a contract field. `field` names it in errors.
fn to_field(v: &JsValue, field: &str, depth: usize) -> Result<Field, InputError> {
    if v.is_null() || v.is_undefined() {
        return Ok(Field::Null);
    }
    if let Some(b) = v.as_bool() {
        return Ok(Field::Bool(b));
    }
    if let Some(s) = v.as_string() {
        return Ok(Field::Str(s));
    }
    if js_sys::Number::is_safe_integer(v) {
        return Ok(safe_integer(v).map_or(Field::OtherNumber, Field::Int));
    }
    if v.js_typeof() == JsValue::from_str("number") || v.is_bigint() {
        return Ok(Field::OtherNumber);
    }
    if Array::is_array(v) && depth < MAX_DEPTH {
        let a: &Array = v.unchecked_ref();
        if a.length() > MAX_ITEMS {
            return Err(InputError::out_of_range(field, a.length(), 0, MAX_ITEMS));
        }
        let mut items = Vec::with_capacity(a.length() as usize);
        for (i, item) in a.iter().enumerate() {
            items.push(to_field(&item, &format!("{field}[{i}]"), depth + 1)?);
        }
        return Ok(Field::List(items));
    }
    // Objects, functions, symbols, too-deep arrays: only their kind matters to the contract.
    Ok(Field::Object)
}

/// The members of a plain JS object, read with `Reflect` (a throwing getter is an error).
fn members(input: &JsValue) -> Result<Vec<(String, Field)>, InputError> {
    let not_object = || InputError::new("$", ErrorCode::NotAnObject, Args::default());
    if !input.is_object() || Array::is_array(input) || input.is_function() {
        return Err(not_object());
    }
    let keys = Reflect::own_keys(input).map_err(|_| not_object())?;
    if keys.length() > MAX_KEYS {
        return Err(InputError::new(
            "$",
            ErrorCode::UnknownField,
            Args {
                value: keys.length().to_string(),
                allowed: names(FIELDS),
                ..Args::default()
            },
        ));
    }
    let mut out = Vec::with_capacity(keys.length() as usize);
    for key in keys.iter() {
        let Some(name) = key.as_string() else {
            continue; // symbol keys are not data
        };
        let value = Reflect::get(input, &key).map_err(|_| {
            let field: String = name.chars().take(40).collect();
            InputError::new(
                field,
                ErrorCode::WrongType {
                    expected: Expected::PlainValue,
                },
                Args {
                    got: "getter",
                    ..Args::default()
                },
            )
        })?;
        let field = to_field(&value, &name, 0)?;
        out.push((name, field));
    }
    Ok(out)
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| js_sys::Error::new(&e.to_string()).into())
}

/// Evaluates one resident: the decision object of the check contract.
/// Throws a `DaijiaoError` (`field`, `code`, `message`, `messageZh`) on bad input.
#[wasm_bindgen]
pub fn evaluate(resident: JsValue) -> Result<JsValue, JsValue> {
    let fields = members(&resident).map_err(|e| error_value(&e))?;
    let (r, id) = Resident::from_fields(fields).map_err(|e| error_value(&e))?;
    let d = decide(&r).map_err(|e| error_value(&e))?;
    to_js(&DecisionOut::new(&d, id))
}

/// The government payment for `people` people in `year`, split by level.
/// `fiscal` is `"ordinary"` (default) or `"province-direct"`. The values go through the one
/// budget request parser (`budget::Request::from_fields`), as the CLI's and the page's do.
#[wasm_bindgen]
pub fn budget(year: JsValue, people: JsValue, fiscal: JsValue) -> Result<JsValue, JsValue> {
    let field = |v: &JsValue, name: &str| to_field(v, name, 0);
    let request = field(&year, "year")
        .and_then(|y| Ok((y, field(&people, "people")?, field(&fiscal, "fiscal")?)))
        .and_then(|(y, p, f)| Request::from_fields(y, p, f))
        .and_then(|r| r.budget())
        .map_err(|e| error_value(&e))?;
    to_js(&BudgetOut::new(&request))
}

/// The policy years the rules encode.
#[wasm_bindgen(js_name = policyYears)]
pub fn policy_years() -> Vec<u32> {
    POLICY_YEARS.iter().map(|&y| u32::from(y)).collect()
}

/// The package version and the rules' version, e.g. `0.2.0 (JRS-2018-3+TRANSITION-2021/daijiao-rules-2)`.
#[wasm_bindgen]
pub fn version() -> String {
    format!("{} ({POLICY_VERSION})", env!("CARGO_PKG_VERSION"))
}

/// Mounts the resident's page into `host`, inside a shadow root so that the host's styles
/// and ours never meet. `css` is the stylesheet's text (the embed script fetches it from the
/// package, same origin as the script). `lang` `"en"` opens it in English; anything else, or
/// nothing, in Chinese (the person can switch either way).
#[wasm_bindgen]
pub fn mount(host: web_sys::HtmlElement, css: String, lang: Option<String>) -> Result<(), JsValue> {
    let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
    let root = match host.shadow_root() {
        Some(r) => r,
        None => host.attach_shadow(&init)?,
    };
    let document = host
        .owner_document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    // A constructed stylesheet: scoped to the shadow root, and not an inline <style>, so a
    // host's Content-Security-Policy without 'unsafe-inline' still allows it.
    let sheet = web_sys::CssStyleSheet::new()?;
    // `all: initial` on our own container stops everything the host's rules give the host
    // element (inherited letter-spacing, colour, fonts) from reaching the widget.
    sheet.replace_sync(&format!(
        ":host{{all:initial;display:block}}\n.dj-embed-root{{all:initial;display:block}}\n{css}"
    ))?;
    Reflect::set(
        &root,
        &JsValue::from_str("adoptedStyleSheets"),
        &Array::of1(&sheet),
    )?;
    let container = document.create_element("div")?;
    container.set_class_name("dj-embed-root");
    root.append_child(&container)?;
    let container: web_sys::HtmlElement = container.unchecked_into();
    let lang = match lang.as_deref() {
        Some("en") => crate::text::Lang::En,
        _ => crate::text::Lang::Zh,
    };
    let handle = leptos::mount::mount_to(
        container,
        move || leptos::view! { <crate::ui::App lang=Some(lang) /> },
    );
    handle.forget();
    Ok(())
}
