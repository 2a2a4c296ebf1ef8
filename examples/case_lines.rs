//! Prints every case's input as a `daijiao check` line, one a line, for the JS parity spec
//! (`tools/e2e/specs/parity.spec.mjs` runs it before it compares the CLI with the JS API).
//!
//! `cargo run --example case_lines > cases.jsonl`

#[path = "../tests/common/mod.rs"]
mod common;

fn main() {
    for line in common::check_lines() {
        println!("{line}");
    }
}
