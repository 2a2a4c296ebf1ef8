//! `daijiao check` on one line of arbitrary bytes: never a panic, always one JSON object,
//! an answer exactly when the contract parser accepts the line.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (answer, ok) = daijiao::cli::answer_line(data, 1);
    let v: serde_json::Value = serde_json::from_str(&answer).expect("the answer is JSON");
    assert!(v.is_object());
    assert_eq!(ok, v.get("error").is_none());
    assert_eq!(ok, daijiao::cli::parse_line(data).is_ok());
});
