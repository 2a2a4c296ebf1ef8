//! The `daijiao` command: a thin shell over [`daijiao::cli`].
//!
//! Exit status, the same for every subcommand: 0 all good; 1 some input line or roster row
//! was rejected (each is answered or written to the rejects file); 2 a usage error (an
//! argument, including every budget argument), an I/O failure or an internal failure.

use daijiao::cli::roster::{parse_args, run};
use daijiao::cli::{run_budget, run_check, to_json, USAGE};
use daijiao::contract::ErrorOut;
use daijiao::shell::Problem;
use daijiao::text::Lang;
use std::io::{self, Write};
use std::process::ExitCode;

/// Reports a usage, I/O or internal failure: the error record on stdout (for programs), the
/// English sentence on stderr (for people), exit 2.
fn fail(command: &str, p: &Problem) -> ExitCode {
    if let Ok(json) = to_json(&ErrorOut::new(p, None), false) {
        let _ = writeln!(io::stdout(), "{json}");
    }
    eprintln!("daijiao {command}: {}", Lang::En.message(p));
    ExitCode::from(2)
}

/// Writes `text` and a line end to stdout; a failed write (a closed pipe) is an I/O failure,
/// exit 2, never a panic.
fn emit(text: &str, ok: ExitCode) -> ExitCode {
    let mut out = io::stdout().lock();
    match writeln!(out, "{text}").and_then(|()| out.flush()) {
        Ok(()) => ok,
        Err(_) => ExitCode::from(2),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("check") if args.len() == 1 => {
            let stdin = io::stdin().lock();
            let stdout = io::BufWriter::new(io::stdout().lock());
            match run_check(stdin, stdout) {
                Ok(true) => ExitCode::SUCCESS,
                Ok(false) => ExitCode::from(1),
                Err(e) => {
                    eprintln!("daijiao check: {e}");
                    ExitCode::from(2)
                }
            }
        }
        Some("budget") => match run_budget(&args[1..]) {
            Ok(text) => emit(&text, ExitCode::SUCCESS),
            Err(p) => fail("budget", &p),
        },
        Some("roster") => {
            let result = parse_args(&args[1..]).and_then(|a| run(&a));
            match result.and_then(|report| Ok((to_json(&report, true)?, report.rejected))) {
                Ok((json, rejected)) => {
                    println!("{json}");
                    if rejected == 0 {
                        ExitCode::SUCCESS
                    } else {
                        eprintln!(
                            "daijiao roster: {rejected} row(s) rejected, see the rejects file"
                        );
                        ExitCode::from(1)
                    }
                }
                Err(p) => fail("roster", &p),
            }
        }
        Some("summary") => match daijiao::cli::summary::run(&args[1..]) {
            Ok(text) => emit(text.trim_end(), ExitCode::SUCCESS),
            Err(p) => fail("summary", &p),
        },
        Some("lists") => match daijiao::cli::lists::run(&args[1..]) {
            Ok(text) => emit(&text, ExitCode::SUCCESS),
            Err(p) => fail("lists", &p),
        },
        Some("policy") => match daijiao::cli::policy::run(&args[1..]) {
            Ok(text) => emit(text.trim_end(), ExitCode::SUCCESS),
            Err(p) => fail("policy", &p),
        },
        Some("strings") if args.len() == 1 => match daijiao::cli::english_strings_json() {
            Ok(json) => emit(&json, ExitCode::SUCCESS),
            Err(p) => fail("strings", &p),
        },
        Some("--version") | Some("-V") => emit(
            &format!(
                "daijiao {} ({})",
                env!("CARGO_PKG_VERSION"),
                daijiao::rules::POLICY_VERSION
            ),
            ExitCode::SUCCESS,
        ),
        Some("--help") | Some("-h") | Some("help") => emit(USAGE, ExitCode::SUCCESS),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
