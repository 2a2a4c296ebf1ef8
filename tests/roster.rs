//! `daijiao roster` on real files: encodings, line ends, rejects, chunk boundaries, and the
//! cross-check against the peer OpenFisca model on a generated roster.

use daijiao::cli::parse_line;
use daijiao::rules::evaluate;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("daijiao-roster-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn roster(file: &Path, extra: &[&str]) -> (i32, Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_daijiao"))
        .arg("roster")
        .arg(file)
        .args(extra)
        .output()
        .unwrap();
    let json = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    let mut rejects = file.as_os_str().to_owned();
    rejects.push(".rejects.csv");
    let rejects = std::fs::read_to_string(PathBuf::from(rejects)).unwrap_or_default();
    (out.status.code().unwrap_or(-1), json, rejects)
}

const HEADER: &str = "id,year,age,statuses,exited_on,pension";

#[test]
fn a_clean_utf8_roster_exits_0_with_the_aggregates() {
    let f = tmp("clean.csv");
    std::fs::write(
        &f,
        format!("{HEADER}\n1,2018,40,dibao,,enrolled\n2,2018,65,registered_poor,,not_enrolled\n3,2020,30,tekun|dibao,,enrolled\n"),
    )
    .unwrap();
    let (code, v, rejects) = roster(&f, &[]);
    assert_eq!(code, 0);
    assert_eq!(v["rows"], 3);
    assert_eq!(v["rejected"], 0);
    assert_eq!(v["years"][0]["year"], 2018);
    assert_eq!(v["years"][0]["government_pays_pension_count"], 1);
    assert_eq!(v["years"][0]["direct_claim_count"], 1);
    assert_eq!(v["years"][0]["medical_subsidy_amount_sum"], "352.00");
    assert_eq!(v["years"][1]["year"], 2020);
    assert_eq!(v["years"][1]["medical_subsidy_amount_sum"], "280.00");
    assert_eq!(v["government_pension_amount_total"], "200.00");
    assert_eq!(
        rejects.lines().count(),
        1,
        "only the rejects header: {rejects}"
    );
}

#[test]
fn excel_files_bom_crlf_gbk_and_blank_trailing_lines_are_read() {
    let body = format!("{HEADER}\r\n张三,2018,40,dibao,,enrolled\r\n李四,2018,abc,dibao,,enrolled\r\n,,,,,\r\n\r\n");
    let bom = tmp("bom.csv");
    std::fs::write(&bom, [b"\xEF\xBB\xBF".as_slice(), body.as_bytes()].concat()).unwrap();
    let (code, v, rejects) = roster(&bom, &[]);
    assert_eq!(code, 1);
    assert_eq!(v["encoding"], "utf-8-bom");
    assert_eq!(
        (
            v["accepted"].as_u64(),
            v["rejected"].as_u64(),
            v["blank_lines"].as_u64()
        ),
        (Some(1), Some(1), Some(2))
    );
    assert!(rejects.contains("3,李四,age,wrong_type"), "{rejects}");

    let gbk = tmp("gbk.csv");
    let (bytes, _, _) = encoding_rs::GBK.encode(&body);
    std::fs::write(&gbk, &bytes).unwrap();
    let (code, v, rejects) = roster(&gbk, &[]);
    assert_eq!(code, 1);
    assert_eq!(v["encoding"], "gbk");
    assert_eq!(v["accepted"], 1);
    assert!(
        rejects.contains("3,李四,age,wrong_type"),
        "GBK id decoded: {rejects}"
    );
}

#[test]
fn every_bad_row_is_listed_with_its_line_id_field_and_reason() {
    let f = tmp("bad.csv");
    let rows = [
        "1,2018,40,dibao,,enrolled",
        "2,2027,40,dibao,,enrolled",
        "3,2018,40,poor,,enrolled",
        "4,2018,40,registered_poor_exited,,enrolled",
        "5,2018,40,dibao,,enrolled,extra",
        "\"6,2018,40",
        "7,2018,140,,,enrolled",
        "8,2018,40,dibao,2017-01-01,enrolled",
        "9,2018,40,dibao,,",
    ];
    std::fs::write(&f, format!("{HEADER}\n{}\n", rows.join("\n"))).unwrap();
    let (code, v, _) = roster(&f, &["--rejects", tmp("bad.rejects.csv").to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(v["rejected"], 8);
    let rejects = std::fs::read_to_string(tmp("bad.rejects.csv")).unwrap();
    let lines: Vec<&str> = rejects.lines().collect();
    assert!(lines[0].ends_with("line,id,field,code,message_zh,message"));
    let expect = [
        ("3,2,year,year_not_covered"),
        ("4,3,statuses[0],unknown_value"),
        ("5,4,exited_on,required_with"),
        ("6,5,$,columns"),
        ("7,,$,syntax"),
        ("8,7,age,out_of_range"),
        ("9,8,exited_on,not_allowed_without"),
        ("10,9,pension,missing"),
    ];
    assert_eq!(lines.len(), expect.len() + 1, "{rejects}");
    for (line, want) in lines[1..].iter().zip(expect) {
        assert!(line.starts_with(want), "{line} should start with {want}");
    }
}

#[test]
fn a_wrong_header_rejects_the_file() {
    let f = tmp("header.csv");
    std::fs::write(&f, "name,age\n1,2\n").unwrap();
    let (code, v, rejects) = roster(&f, &[]);
    assert_eq!(code, 1);
    assert_eq!(v["accepted"], 0);
    assert!(rejects.contains("1,,$,columns"), "{rejects}");
}

#[test]
fn a_missing_file_is_an_io_error_naming_the_file_and_exits_2() {
    let (code, v, _) = roster(Path::new("/nonexistent/roster.csv"), &[]);
    assert_eq!(code, 2);
    assert_eq!(v["error"]["field"], "file");
    assert_eq!(v["error"]["code"], "io");
    assert!(v["error"]["message"]
        .as_str()
        .unwrap()
        .contains("/nonexistent/roster.csv"));
}

/// SplitMix64 rows as the peer's gen_roster.py makes them (its docstring's recipe).
fn generated(rows: u64, seed: u64) -> String {
    let mix = |mut z: u64| {
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
        z ^ (z >> 31)
    };
    let draw = |k: u64| mix(seed.wrapping_add(k.wrapping_mul(0x9E3779B97F4A7C15)));
    let statuses = [
        "registered_poor",
        "registered_poor_exited",
        "dibao",
        "tekun",
    ];
    let pensions = ["not_enrolled", "enrolled", "receiving", "employee_scheme"];
    let mut out = format!("{HEADER}\n");
    for i in 1..=rows {
        let (a, b) = (draw(2 * i - 1), draw(2 * i));
        let age = (a & 0xFFFF_FFFF) % 101;
        let has = ((a >> 32) & 0xFFFF) % 100 >= 40;
        let mask = if has { (a >> 48) % 15 + 1 } else { 0 };
        let pension = pensions[((b & 0xFFFF) % 4) as usize];
        let day = ((b >> 16) & 0xFFFF_FFFF) % 1461;
        let names: Vec<&str> = (0..4)
            .filter(|k| mask & (1 << k) != 0)
            .map(|k| statuses[k])
            .collect();
        let exit = if mask & 2 != 0 {
            // 2015-01-01 + day
            let mut d = day as i64;
            let mut y = 2015;
            loop {
                let len = if y == 2016 { 366 } else { 365 };
                if d < len {
                    break;
                }
                d -= len;
                y += 1;
            }
            let months = [
                31,
                if y == 2016 { 29 } else { 28 },
                31,
                30,
                31,
                30,
                31,
                31,
                30,
                31,
                30,
                31,
            ];
            let mut m = 0;
            while d >= months[m] {
                d -= months[m];
                m += 1;
            }
            format!("{y}-{:02}-{:02}", m + 1, d + 1)
        } else {
            String::new()
        };
        out.push_str(&format!(
            "{i},2018,{age},{},{exit},{pension}\n",
            names.join("|")
        ));
    }
    out
}

/// Over several chunks and threads, the roster's aggregates equal those of evaluating every
/// row one by one through the check contract.
#[test]
fn a_multi_chunk_roster_equals_row_by_row_evaluation() {
    let text = generated(150_000, 7); // about 7 MB: two chunks and more
    assert!(text.len() > 2 * daijiao::cli::roster::CHUNK / 2);
    let f = tmp("gen.csv");
    std::fs::write(&f, &text).unwrap();
    let (code, v, _) = roster(&f, &[]);
    assert_eq!(code, 0);
    let (mut pays, mut direct, mut full, mut partial) = (0u64, 0u64, 0u64, 0u64);
    let mut medical = rust_decimal::Decimal::ZERO;
    for row in text.lines().skip(1) {
        let c: Vec<&str> = row.split(',').collect();
        let statuses: Vec<&str> = c[3].split('|').filter(|s| !s.is_empty()).collect();
        let mut o = serde_json::json!({"year": 2018, "age": c[2].parse::<i64>().unwrap(), "statuses": statuses, "pension": c[5]});
        if !c[4].is_empty() {
            o["exited_on"] = c[4].into();
        }
        let (r, _) = parse_line(o.to_string().as_bytes()).unwrap();
        let d = evaluate(&r).unwrap();
        pays += u64::from(d.pension_contribution.government_pays);
        direct += u64::from(d.direct_claim.eligible);
        full += u64::from(d.medical_subsidy.rate == Some(rust_decimal::Decimal::ONE));
        partial += u64::from(d.medical_subsidy.rate == Some(rust_decimal_macros::dec!(0.6)));
        medical += d.medical_subsidy.amount_yuan.unwrap_or_default();
    }
    let y = &v["years"][0];
    assert_eq!(y["persons"], 150_000);
    assert_eq!(y["government_pays_pension_count"], pays);
    assert_eq!(y["direct_claim_count"], direct);
    assert_eq!(y["medical_full_rate_count"], full);
    assert_eq!(y["medical_partial_rate_count"], partial);
    assert_eq!(
        y["medical_subsidy_amount_sum"],
        daijiao::money::fmt_yuan(medical)
    );
}

fn openfisca_python() -> PathBuf {
    std::env::var_os("OPENFISCA_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").unwrap()).join(".venvs/openfisca/bin/python")
        })
}

/// The peer's own generator and model (shared/peers/openfisca) on a 20 000-row roster:
/// every aggregate must be equal. tools/setup.sh installs the peer's virtualenv.
#[test]
fn on_a_generated_roster_the_aggregates_equal_openfiscas() {
    let peer = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/peers/openfisca");
    let py = openfisca_python();
    assert!(py.exists(), "{py:?} is missing: run tools/setup.sh");
    let f = tmp("peer.csv");
    let gen = Command::new(&py)
        .arg(peer.join("gen_roster.py"))
        .args(["--rows", "20000", "--seed", "1"])
        .output()
        .unwrap();
    assert!(
        gen.status.success(),
        "{}",
        String::from_utf8_lossy(&gen.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&gen.stdout),
        generated(20_000, 1),
        "our port of the generator"
    );
    std::fs::write(&f, &gen.stdout).unwrap();
    let bench = Command::new(&py)
        .current_dir(&peer)
        .arg("bench.py")
        .arg(&f)
        .output()
        .unwrap();
    assert!(
        bench.status.success(),
        "{}",
        String::from_utf8_lossy(&bench.stderr)
    );
    let theirs: Value = serde_json::from_slice(&bench.stdout).unwrap();
    let theirs = &theirs["aggregates"];
    let (code, ours, _) = roster(&f, &[]);
    assert_eq!(code, 0);
    let y = &ours["years"][0];
    for key in [
        "persons",
        "is_poor_count",
        "government_pays_pension_count",
        "direct_claim_count",
        "medical_full_rate_count",
    ] {
        assert_eq!(y[key], theirs[key], "{key}");
    }
    assert_eq!(
        y["medical_partial_rate_count"],
        theirs["medical_dibao_rate_count"]
    );
    let money = |v: &Value| format!("{:.2}", v.as_f64().unwrap());
    assert_eq!(
        y["government_pension_amount_sum"].as_str().unwrap(),
        money(&theirs["government_pension_amount_sum"])
    );
    assert_eq!(
        y["medical_subsidy_amount_sum"].as_str().unwrap(),
        money(&theirs["medical_subsidy_amount_sum"])
    );
}
