//! The page in a real browser (wasm-bindgen-test in headless Chromium): mount the form,
//! answer it as a resident would, and read the cards.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn doc() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Lets Leptos run its scheduled effects.
async fn tick() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

fn fire(el: &web_sys::Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&Event::new_with_event_init_dict(kind, &init).unwrap())
        .unwrap();
}

fn by_id<T: JsCast>(id: &str) -> T {
    doc()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("#{id} is on the page"))
        .dyn_into::<T>()
        .unwrap()
}

async fn type_into(id: &str, value: &str) {
    let input: HtmlInputElement = by_id(id);
    input.set_value(value);
    fire(&input, "input");
    tick().await;
}

async fn click(id: &str) {
    by_id::<HtmlElement>(id).click();
    tick().await;
}

async fn select_year(y: &str) {
    let s: HtmlSelectElement = by_id("dj-year");
    s.set_value(y);
    fire(&s, "change");
    tick().await;
}

fn card(name: &str) -> String {
    doc()
        .query_selector(&format!("[data-card={name}]"))
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

/// Mounts a fresh page into its own container and removes the previous test's one
/// (the runner's own output elements in <body> are left alone).
async fn mount() {
    if let Some(old) = doc().get_element_by_id("dj-test-root") {
        old.remove();
    }
    let host = doc().create_element("div").unwrap();
    host.set_id("dj-test-root");
    doc().body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.unchecked_into(), || {
        leptos::view! { <daijiao::ui::App /> }
    });
    std::mem::forget(handle);
    tick().await;
}

#[wasm_bindgen_test]
async fn an_empty_form_waits_for_answers() {
    mount().await;
    let text = by_id::<HtmlElement>("dj-test-root").inner_text();
    assert!(text.contains("这里会显示结果"), "{text}");
    assert!(card("pension").is_empty());
}

#[wasm_bindgen_test]
async fn an_enrolled_dibao_resident_sees_the_government_pay_100_yuan() {
    mount().await;
    select_year("2018").await;
    type_into("dj-age", "40").await;
    click("dj-st-dibao").await;
    click("dj-pe-enrolled").await;
    let pension = card("pension");
    assert!(
        pension.contains("政府为您代缴不低于 100 元的最低档次保费"),
        "{pension}"
    );
    let medical = card("medical");
    assert!(medical.contains("132 元"), "{medical}");
    assert!(card("direct").contains("否"));
}

#[wasm_bindgen_test]
async fn a_registered_poor_65_year_old_may_claim_directly() {
    mount().await;
    select_year("2018").await;
    type_into("dj-age", "65").await;
    click("dj-st-registered_poor").await;
    click("dj-pe-not_enrolled").await;
    let direct = card("direct");
    assert!(direct.contains("可以直接领取"), "{direct}");
    assert!(direct.contains("108 元/月"), "{direct}");
}

#[wasm_bindgen_test]
async fn a_non_numeric_age_is_explained_in_chinese() {
    mount().await;
    click("dj-pe-enrolled").await;
    type_into("dj-age", "abc").await;
    let err = by_id::<HtmlElement>("dj-age-error").inner_text();
    assert_eq!(err, "年龄请填写整数，例如 45。");
    let input: HtmlInputElement = by_id("dj-age");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
fn kiosk_settings_come_from_the_query() {
    use daijiao::ui::kiosk::Settings;
    assert_eq!(Settings::from_query(""), None);
    assert_eq!(Settings::from_query("?kiosk=0"), None);
    assert_eq!(
        Settings::from_query("?kiosk=1"),
        Some(Settings { idle_seconds: 90 })
    );
    assert_eq!(
        Settings::from_query("?kiosk=1&idle=5"),
        Some(Settings { idle_seconds: 5 })
    );
    assert_eq!(
        Settings::from_query("?idle=1&kiosk=1"),
        Some(Settings { idle_seconds: 90 })
    );
    assert_eq!(
        Settings::from_query("?kiosk=1&idle=x"),
        Some(Settings { idle_seconds: 90 })
    );
}
