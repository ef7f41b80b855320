//! The browser's clock, in the ISO form the core stores.

pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// The date part of an ISO timestamp in the user's terms: "2024-03-12 14:05".
pub fn short(iso: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_string();
    }
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date(),
        date.get_hours(),
        date.get_minutes()
    )
}

/// Today's date in the user's time zone, as `<input type="date">` wants it: "2024-03-12".
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// This calendar year in the user's time zone.
pub fn this_year() -> i32 {
    js_sys::Date::new_0().get_full_year() as i32
}
