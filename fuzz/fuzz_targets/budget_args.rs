//! `daijiao budget` arguments from arbitrary bytes: never a panic; a budget's levels always
//! sum to its total.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let args: Vec<String> = text.split(['\0', ' ']).map(str::to_string).collect();
    if let Ok((request, _, _)) = daijiao::cli::parse_budget_args(&args) {
        if let Ok(b) = request.budget() {
            let sum: rust_decimal::Decimal = b.levels.iter().map(|l| l.exact_yuan).sum();
            assert_eq!(sum, b.total_yuan);
        }
    }
    let _ = daijiao::cli::run_budget(&args);
});
