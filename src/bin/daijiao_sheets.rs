//! The clerk page's spreadsheet worker: reads list files (xlsx, xls, ods, csv) into sheets of
//! text and writes the 代缴名单's xlsx, off the page's thread. The page starts it only when a
//! list file is chosen, so the readers and the writer (`daijiao::sheets`, the code the CLI runs)
//! are not part of the clerk page's own download. Nothing is stored or sent: bytes in, cells out.
//!
//! Messages (structured clones): first, unasked, `{ready: true}`; then `{op: "read", bytes: Uint8Array}` → `{sheets}` or `{error}`;
//! `{op: "xlsx", sheets}` (see `daijiao::sheets::xlsx_to_js`) → `{bytes: Uint8Array}` or `{error}`.

use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn reply(scope: &web_sys::DedicatedWorkerGlobalScope, key: &str, value: &JsValue) {
    let out = Object::new();
    let _ = Reflect::set(&out, &key.into(), value);
    let _ = scope.post_message(&out);
}

fn handle(scope: &web_sys::DedicatedWorkerGlobalScope, data: &JsValue) {
    let get = |k: &str| Reflect::get(data, &k.into()).unwrap_or(JsValue::UNDEFINED);
    match get("op").as_string().as_deref() {
        Some("read") => {
            let bytes = get("bytes")
                .dyn_into::<Uint8Array>()
                .map(|b| b.to_vec())
                .unwrap_or_default();
            match daijiao::sheets::read(&bytes) {
                Ok((_, sheets)) => reply(scope, "sheets", &daijiao::sheets::sheets_to_js(&sheets)),
                Err(e) => reply(scope, "error", &e.into()),
            }
        }
        Some("xlsx") => match daijiao::sheets::xlsx_from_js(&get("sheets"))
            .ok_or_else(|| "sheets".to_string())
            .and_then(|s| daijiao::sheets::xlsx(&s))
        {
            Ok(bytes) => reply(scope, "bytes", &Uint8Array::from(bytes.as_slice()).into()),
            Err(e) => reply(scope, "error", &e.into()),
        },
        _ => reply(scope, "error", &"op".into()),
    }
}

fn main() {
    let Ok(scope) = js_sys::global().dyn_into::<web_sys::DedicatedWorkerGlobalScope>() else {
        return;
    };
    let handler_scope = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            handle(&handler_scope, &ev.data());
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // ready: the page posts nothing before this (a message before the handler would be lost)
    reply(&scope, "ready", &true.into());
}
