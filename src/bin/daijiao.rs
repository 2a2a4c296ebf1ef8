//! The `daijiao` command: a thin shell over [`daijiao::cli`].

use daijiao::cli::{run_budget, run_check, USAGE};
use daijiao::contract::ErrorOut;
use std::io::{self, Write};
use std::process::ExitCode;

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
            Ok(text) => {
                println!("{text}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                let json = serde_json::to_string(&ErrorOut::new(&e, None)).unwrap_or_default();
                let _ = writeln!(io::stdout(), "{json}");
                eprintln!("daijiao budget: {}", e.message);
                ExitCode::from(1)
            }
        },
        Some("roster") => {
            let result = daijiao::cli::roster::parse_args(&args[1..])
                .and_then(|a| daijiao::cli::roster::run(&a));
            match result {
                Ok(report) => {
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&report).unwrap_or_default()
                    );
                    if report.rejected == 0 {
                        ExitCode::SUCCESS
                    } else {
                        eprintln!(
                            "daijiao roster: {} row(s) rejected, see the rejects file",
                            report.rejected
                        );
                        ExitCode::from(1)
                    }
                }
                Err(e) => {
                    let json = serde_json::to_string(&ErrorOut::new(&e, None)).unwrap_or_default();
                    let _ = writeln!(io::stdout(), "{json}");
                    eprintln!("daijiao roster: {}", e.message);
                    ExitCode::from(1)
                }
            }
        }
        Some("--version") | Some("-V") => {
            println!(
                "daijiao {} ({})",
                env!("CARGO_PKG_VERSION"),
                daijiao::rules::POLICY_VERSION
            );
            ExitCode::SUCCESS
        }
        Some("--help") | Some("-h") | Some("help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
