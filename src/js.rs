//! The JavaScript API for portal integrators (feature `js`): `evaluate`, `budget`,
//! `policyYears`, `version`, and `mount` for the embed.
//!
//! A thin shell: a JS value becomes contract [`Field`]s (no float: numbers are taken only when
//! they are safe integers, read through their decimal text), the core decides, and the same
//! contract records the CLI prints ([`crate::contract`]) go back through serde-wasm-bindgen in
//! JSON-compatible form (decimals as strings, `null` for absent values). Bad input throws a JS
//! `Error` named `DaijiaoError` carrying `field`, `code`, `message` and `messageZh`; nothing
//! here can panic on input, so the instance stays usable after any bad call.

use crate::budget::{budget as core_budget, Fiscal};
use crate::contract::{BudgetOut, DecisionOut};
use crate::input::{shown, ErrorCode, Field, InputError, Resident};
use crate::policy::params::POLICY_YEARS;
use crate::rules::{decide, POLICY_VERSION};
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
    let err = js_sys::Error::new(&e.message);
    err.set_name("DaijiaoError");
    let o: &JsValue = err.as_ref();
    for (k, v) in [
        ("field", e.field.as_str()),
        ("code", e.code.code()),
        ("messageZh", e.message_zh.as_str()),
    ] {
        let _ = Reflect::set(o, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    err.into()
}

fn bad(field: &str, code: ErrorCode, en: String, zh: String) -> InputError {
    InputError::new(field, code, en, zh)
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
            return Err(bad(
                field,
                ErrorCode::OutOfRange,
                format!(
                    "{field} has {} items; at most {MAX_ITEMS} are read",
                    a.length()
                ),
                format!("{field} 有 {} 项，最多 {MAX_ITEMS} 项", a.length()),
            ));
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
    let not_object = || {
        bad(
            "$",
            ErrorCode::NotAnObject,
            "the resident must be an object {year, age, statuses, pension, ...}".into(),
            "居民信息应为对象 {year, age, statuses, pension, ...}".into(),
        )
    };
    if !input.is_object() || Array::is_array(input) || input.is_function() {
        return Err(not_object());
    }
    let keys = Reflect::own_keys(input).map_err(|_| not_object())?;
    if keys.length() > MAX_KEYS {
        return Err(bad(
            "$",
            ErrorCode::UnknownField,
            format!(
                "the resident has {} fields; the contract has 6",
                keys.length()
            ),
            format!("居民信息有 {} 个字段，合同只有 6 个", keys.length()),
        ));
    }
    let mut out = Vec::with_capacity(keys.length() as usize);
    for key in keys.iter() {
        let Some(name) = key.as_string() else {
            continue; // symbol keys are not data
        };
        let value = Reflect::get(input, &key).map_err(|_| {
            bad(
                &name,
                ErrorCode::WrongType {
                    expected: "a plain value",
                },
                format!("field {} could not be read", shown(&name)),
                format!("无法读取字段 {}", shown(&name)),
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
/// `fiscal` is `"ordinary"` (default) or `"province-direct"`.
#[wasm_bindgen]
pub fn budget(year: JsValue, people: JsValue, fiscal: JsValue) -> Result<JsValue, JsValue> {
    let year = safe_integer(&year).ok_or_else(|| {
        error_value(&bad(
            "year",
            ErrorCode::WrongType {
                expected: "an integer",
            },
            "year must be a whole number".into(),
            "year 应为整数年份".into(),
        ))
    })?;
    let people = safe_integer(&people)
        .and_then(|p| u64::try_from(p).ok())
        .ok_or_else(|| {
            error_value(&bad(
                "people",
                ErrorCode::WrongType {
                    expected: "a whole number 0 or more",
                },
                "people must be a whole number 0 or more".into(),
                "people 应为不小于 0 的整数".into(),
            ))
        })?;
    let fiscal = if fiscal.is_undefined() || fiscal.is_null() {
        Fiscal::Ordinary
    } else {
        fiscal
            .as_string()
            .and_then(|f| Fiscal::from_code(&f))
            .ok_or_else(|| {
                error_value(&bad(
                    "fiscal",
                    ErrorCode::UnknownValue,
                    "fiscal must be \"ordinary\" or \"province-direct\"".into(),
                    "fiscal 应为 \"ordinary\" 或 \"province-direct\"".into(),
                ))
            })?
    };
    let b = core_budget(year, people, fiscal).map_err(|e| error_value(&e))?;
    to_js(&BudgetOut::new(&b))
}

/// The policy years the rules encode.
#[wasm_bindgen(js_name = policyYears)]
pub fn policy_years() -> Vec<u32> {
    POLICY_YEARS.iter().map(|&y| u32::from(y)).collect()
}

/// The package version and the rules' version, e.g. `0.1.0 (JRS-2018-3/daijiao-rules-1)`.
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
