//! `daijiao` run as a user runs it: the real binary, real files, real pipes.

use serde_json::{json, Value};
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn daijiao(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_daijiao"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("daijiao runs");
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || input.write_all(&bytes));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    out
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

const GOOD: &str = r#"{"year":2018,"age":40,"statuses":["dibao"],"pension":"enrolled"}"#;

#[test]
fn a_batch_keeps_its_good_lines_in_order_and_exits_1_for_the_bad_ones() {
    let mut input = Vec::new();
    input.extend_from_slice(GOOD.as_bytes());
    input.extend_from_slice(b"\r\n"); // CRLF line end
    input.extend_from_slice(b"\xff\xfe not utf-8\n"); // invalid UTF-8
    input.extend_from_slice(b"{\"year\":2018}\n");
    input.extend_from_slice(b"\n"); // a blank line is a line
    input.extend_from_slice(
        br#"{"id":9,"year":2020,"age":61,"statuses":["registered_poor"],"pension":"not_enrolled"}"#,
    );
    // no final newline: the last line still counts
    let out = daijiao(&["check"], &input);
    assert_eq!(out.status.code(), Some(1));
    let got = lines(&out);
    assert_eq!(got.len(), 5);
    assert_eq!(got[0]["pension_contribution"]["government_pays"], true);
    assert_eq!(got[1]["error"]["code"], "invalid_utf8");
    assert_eq!(got[1]["error"]["line"], 2);
    assert_eq!(got[2]["error"]["field"], "age");
    assert_eq!(got[3]["error"]["code"], "empty_line");
    assert_eq!(got[4]["id"], 9);
    assert_eq!(got[4]["direct_claim"]["eligible"], true);
}

#[test]
fn an_all_good_file_exits_0_and_empty_input_answers_nothing() {
    let out = daijiao(&["check"], format!("{GOOD}\n{GOOD}\n").as_bytes());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(lines(&out).len(), 2);
    let out = daijiao(&["check"], b"");
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
}

#[test]
fn random_bytes_never_crash_the_command() {
    // A deterministic byte soup (xorshift), split into lines: every line is answered.
    let mut x: u64 = 0x9E3779B97F4A7C15;
    let mut input = Vec::new();
    for _ in 0..20_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        input.push((x >> 24) as u8);
    }
    let expected_lines =
        input.split(|b| *b == b'\n').count() - usize::from(input.last() == Some(&b'\n'));
    let out = daijiao(&["check"], &input);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(lines(&out).len(), expected_lines);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn budget_for_700_people_shows_the_request_documents_own_figures() {
    let out = daijiao(
        &[
            "budget", "--year", "2018", "--people", "700", "--format", "text",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("33.00"), "{text}");
    assert!(text.contains("23100.00"), "{text}");
    assert!(text.contains("2.31"), "{text}");
    let out = daijiao(&["budget", "--year", "2018", "--people", "700"], b"");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["levels"][2]["budgeted_wan_yuan"], "2.31");
}

#[test]
fn budget_errors_name_the_argument_and_exit_2_as_usage_errors() {
    let out = daijiao(&["budget", "--year", "2018", "--people", "many"], b"");
    assert_eq!(out.status.code(), Some(2));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["error"]["field"], "people");
    assert_eq!(v["error"]["code"], "wrong_type");
    assert!(String::from_utf8_lossy(&out.stderr).contains("people"));
}

#[test]
fn usage_errors_exit_2_for_every_subcommand() {
    for args in [
        &["check", "extra"][..],
        &["budget", "--year", "2018", "--people", "7", "--rate", "2"],
        &["budget", "--year"],
        &["roster"],
        &["roster", "a.csv", "--fiscal", "city"],
        &["roster", "a.csv", "b.csv"],
        &["roster", "/nonexistent/roster.csv"],
    ] {
        let out = daijiao(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn the_budget_table_takes_its_words_from_the_catalogue_in_either_language() {
    use daijiao::text::{en, zh};
    for (lang, t) in [("zh", &zh::CLERK), ("en", &en::CLERK)] {
        let out = daijiao(
            &[
                "budget", "--year", "2018", "--people", "700", "--format", "text", "--lang", lang,
            ],
            b"",
        );
        assert_eq!(out.status.code(), Some(0));
        let text = String::from_utf8(out.stdout).unwrap();
        for word in [
            t.col_exact,
            t.col_settlement,
            t.level_county,
            t.total,
            t.budget_rounding,
        ] {
            assert!(text.contains(word), "{lang}: no {word:?} in\n{text}");
        }
    }
}

#[test]
fn an_unknown_command_prints_usage_and_exits_2() {
    let out = daijiao(&["frobnicate"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("USAGE"));
    let out = daijiao(&["--help"], b"");
    assert_eq!(out.status.code(), Some(0));
}

/// The peer's 16 hand-computed edge cases (shared/peers/openfisca/sample_expected.json),
/// turned into check lines: our answers must equal OpenFisca's per person.
#[test]
fn the_peers_hand_computed_sample_gives_the_same_answers() {
    let dir = shared().join("peers/openfisca");
    let csv = std::fs::read_to_string(dir.join("sample.csv")).expect("shared/ beside the repo");
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("sample_expected.json")).unwrap())
            .unwrap();
    let mut input = String::new();
    for row in csv.lines().skip(1) {
        let f: Vec<&str> = row.split(',').collect();
        let statuses: Vec<&str> = f[3].split('|').filter(|s| !s.is_empty()).collect();
        let mut o = serde_json::json!({"id": f[0].parse::<i64>().unwrap(), "year": f[1].parse::<i64>().unwrap(),
            "age": f[2].parse::<i64>().unwrap(), "statuses": statuses, "pension": f[5]});
        if !f[4].is_empty() {
            o["exited_on"] = f[4].into();
        }
        input.push_str(&o.to_string());
        input.push('\n');
    }
    let out = daijiao(&["check"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let got = lines(&out);
    let per_person = expected["per_person"].as_array().unwrap();
    assert_eq!(got.len(), per_person.len());
    for (g, e) in got.iter().zip(per_person) {
        let id = &e["id"];
        assert_eq!(&g["id"], id);
        assert_eq!(
            g["pension_contribution"]["government_pays"], e["government_pays_pension"],
            "id {id}"
        );
        let amount: i64 = g["pension_contribution"]["government_amount_yuan"]
            .as_str()
            .unwrap()
            .trim_end_matches(".00")
            .parse()
            .unwrap();
        assert_eq!(
            Value::from(amount),
            e["government_pension_amount"],
            "id {id}"
        );
        assert_eq!(g["direct_claim"]["eligible"], e["direct_claim"], "id {id}");
        let rate = g["medical_subsidy"]["rate"].as_str().unwrap();
        let want_rate = match e["medical_subsidy_rate"].to_string().as_str() {
            "1.0" => "1",
            "0.6" => "0.6",
            "0.0" => "0",
            other => panic!("unexpected rate {other}"),
        };
        assert_eq!(rate, want_rate, "id {id}");
        let amount: i64 = g["medical_subsidy"]["amount_yuan"]
            .as_str()
            .unwrap()
            .trim_end_matches(".00")
            .parse()
            .unwrap();
        assert_eq!(Value::from(amount), e["medical_subsidy_amount"], "id {id}");
    }
}

/// Every clause we quote word for word must stand in the source text.
#[test]
fn every_verbatim_clause_is_found_in_the_source_text() {
    let source = std::fs::read_to_string(shared().join("policy/source-text.zh.txt"))
        .expect("shared/ beside the repo");
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let source = squash(&source);
    for c in daijiao::policy::clauses::ALL {
        if !c.verbatim {
            assert!(
                !source.contains(&squash(c.text_zh)),
                "{} could be verbatim",
                c.clause
            );
            continue;
        }
        for part in c.text_zh.split("……") {
            assert!(
                source.contains(&squash(part)),
                "{} {}: not in source: {part}",
                c.doc,
                c.clause
            );
        }
    }
}

#[test]
fn the_summary_states_each_years_figures_as_the_rules_answer_them() {
    let out = daijiao(&["summary"], b"");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    // 2018: 100 元 paid (verified), 108 元 a month, 220 元 medical contribution (provisional)
    assert!(text.contains("2018 年：100 元\n"), "{text}");
    assert!(text.contains("2018 年：每月 108 元\n"), "{text}");
    assert!(text.contains("2018 年：220 元 [暂定]"), "{text}");
    assert!(
        text.contains("2019 年：未查到，以当地经办机构为准 [暂定]"),
        "{text}"
    );
    assert!(text.contains("资助个人缴费标准的 60%"), "{text}");
    assert!(text.contains("依据：冀人社发〔2018〕3号 二(二)1"), "{text}");
    let en = String::from_utf8(daijiao(&["summary", "--lang", "en"], b"").stdout).unwrap();
    assert!(en.contains("2018: 108 yuan a month"), "{en}");
    let html = String::from_utf8(daijiao(&["summary", "--format", "html"], b"").stdout).unwrap();
    assert!(
        html.contains("id=\"dj-summary-zh\"") && html.contains(" hidden>"),
        "{html}"
    );
    for why in ["noscript", "nowasm", "slow"] {
        assert!(html.contains(&format!("data-why=\"{why}\"")), "{why}");
    }
    let messages: Value =
        serde_json::from_slice(&daijiao(&["summary", "--format", "messages"], b"").stdout).unwrap();
    assert!(messages["wasm_unavailable"]["zh"]
        .as_str()
        .unwrap()
        .contains("WebAssembly"));
    let bad = daijiao(&["summary", "--lang", "fr"], b"");
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn a_closed_output_pipe_is_an_io_failure_not_a_panic() {
    // The reading end is closed before the command starts: its first write fails (EPIPE).
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    for args in [
        &["summary"][..],
        &["budget", "--year", "2018", "--people", "7"],
        &["--help"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_daijiao"))
            .args(args)
            .stdout(writer.try_clone().unwrap())
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert!(
            !String::from_utf8_lossy(&out.stderr).contains("panicked"),
            "{args:?}"
        );
        assert_eq!(out.status.code(), Some(2), "{args:?}: an I/O failure");
    }
}

#[test]
fn the_policy_listing_gives_every_value_in_force_with_its_source_and_confidence() {
    let out = daijiao(&["policy", "--year", "2019"], b"");
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["year"], 2019);
    let params = v["parameters"].as_array().unwrap();
    assert!(params.len() >= 12, "{}", params.len());
    for p in params {
        let rows = p["rows"].as_array().unwrap();
        assert_eq!(rows.len(), 1, "{}: one row in force", p["name"]);
        let r = &rows[0];
        assert!(r["source"]["read"].as_str().is_some_and(|s| !s.is_empty()));
        assert!(r["confidence"].is_string() && r["from"].is_string());
    }
    let by_name = |n: &str| params.iter().find(|p| p["name"] == n).unwrap()["rows"][0].clone();
    let pension = by_name("basic_pension_monthly");
    assert_eq!(pension["value"], Value::Null, "unknown stays unknown");
    assert_eq!(pension["confidence"], "unknown");
    let tier = by_name("government_payment_tier");
    assert_eq!(tier["value"], "100");
    assert_eq!(
        tier["provisional"], true,
        "2019's payment tier is not verified"
    );
    assert_eq!(tier["source"]["number"], "冀人社发〔2018〕3号");
    assert_eq!(by_name("medical_exit_cutoff")["value"], "2016-08-01");
    // every row of every year without --year
    let all: Value = serde_json::from_slice(&daijiao(&["policy"], b"").stdout).unwrap();
    let rows = |v: &Value, n: &str| {
        v["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == n)
            .unwrap()["rows"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(rows(&all, "medical_contribution"), 4);
    assert_eq!(all["periods"][1]["name"], "transition");
    assert_eq!(all["answered_until"], 2026);
    // 2024: every value with its source and confidence; what was not found says unknown
    let y2024: Value =
        serde_json::from_slice(&daijiao(&["policy", "--year", "2024"], b"").stdout).unwrap();
    assert_eq!(y2024["period"]["name"], "transition");
    assert_eq!(y2024["period"]["continued"], false);
    let in_2024 = |n: &str| {
        y2024["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == n)
            .unwrap()["rows"][0]
            .clone()
    };
    for name in [
        "government_payment_tier",
        "tiers",
        "basic_pension_monthly",
        "medical_contribution",
        "medical_full_rate",
        "split_ordinary",
    ] {
        let r = in_2024(name);
        assert_eq!(r["value"], Value::Null, "{name} unknown in 2024");
        assert_eq!(r["confidence"], "unknown", "{name}");
        assert!(r["source"]["read"]
            .as_str()
            .is_some_and(|s| s.contains("not found")));
    }
    let floor = in_2024("national_basic_pension_floor");
    assert_eq!(floor["value"], "123");
    assert_eq!(floor["provisional"], true);
    let y2026: Value =
        serde_json::from_slice(&daijiao(&["policy", "--year", "2026"], b"").stdout).unwrap();
    assert_eq!(y2026["period"]["continued"], true);
    // the text table, in both languages
    let zh =
        String::from_utf8(daijiao(&["policy", "--year", "2019", "--format", "text"], b"").stdout)
            .unwrap();
    assert!(zh.contains("2019 年适用的政策参数") && zh.contains("未查到，以当地经办机构为准"));
    let en = String::from_utf8(
        daijiao(
            &[
                "policy", "--year", "2019", "--format", "text", "--lang", "en",
            ],
            b"",
        )
        .stdout,
    )
    .unwrap();
    assert!(en.contains("in force in 2019") && en.contains("not found; ask the local office"));
    // a year the data does not cover is a usage error naming the year
    let out = daijiao(&["policy", "--year", "2027"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stdout).contains("year_not_covered"));
}

/// A made-up identity number (address code 000000, which no region has) with its right check
/// character: `wrong` gives one with a wrong check character instead.
/// `daijiao lists FILE… --year 2018 --out OUT` followed by `more` arguments.
fn lists_2018(
    files: &[&std::path::Path],
    out: &std::path::Path,
    more: &[&str],
) -> std::process::Output {
    let mut args = vec!["lists"];
    args.extend(files.iter().map(|f| f.to_str().unwrap()));
    args.extend(["--year", "2018", "--out", out.to_str().unwrap()]);
    args.extend(more);
    daijiao(&args, b"")
}

fn made_up_id(birth: &str, seq: &str, wrong: bool) -> String {
    let body = format!("000000{birth}{seq}");
    let ok = |c: &char| daijiao::input::IdNumber::parse(&format!("{body}{c}")).is_ok();
    let check = "0123456789X".chars().find(|c| ok(c) != wrong).unwrap();
    format!("{body}{check}")
}

#[test]
fn two_departments_lists_become_one_daijiao_list_with_each_person_once() {
    let dir = std::env::temp_dir().join(format!("daijiao-lists-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p1 = made_up_id("19700101", "123", false);
    let p2_bad = made_up_id("19700202", "123", true);
    let p3_legacy = "000000700303123"; // 15 digits: born 1970-03-03
    let p4 = made_up_id("19700404", "123", false);
    let p5 = made_up_id("19700505", "123", false);
    // civil affairs' 低保 list: GBK, a title row, the header in the third row, a quoted cell
    let a = format!(
        "某县2018年低保对象花名册,,,,\n,,,,\n序号,姓名,公民身份号码,救助类别,参保状态\n\
         1,甲,{p1},城市低保,已参保\n2,乙,{p2_bad},农村低保,已参保\n3,\"丙,小\",{p3_legacy},农村低保,已参保\n\
         4,丁,{p5},边缘户,已参保\n"
    );
    let (gbk, _, _) = encoding_rs::GBK.encode(&a);
    std::fs::write(dir.join("a.csv"), &gbk).unwrap();
    // the disabled persons' federation's list: UTF-8 with a BOM, no category or enrolment column
    let b = format!("\u{FEFF}姓名,身份证号\n甲,{p1}\n戊,{p4}\n");
    std::fs::write(dir.join("b.csv"), b).unwrap();
    let (a_path, b_path, out, rejects) = (
        dir.join("a.csv"),
        dir.join("b.csv"),
        dir.join("list.csv"),
        dir.join("list.rejects.csv"),
    );
    let run = lists_2018(
        &[&a_path, &b_path],
        &out,
        &["--category", "重度残疾", "--enrolled"],
    );
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let summary: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(summary["people"], 3, "甲 once, 丙, 戊: {summary}");
    assert_eq!(summary["paid"], 3);
    assert_eq!(summary["total_yuan"], "300.00");
    assert_eq!(summary["rejected_rows"], 2);
    let list = std::fs::read_to_string(&out).unwrap();
    assert!(list.starts_with("\u{FEFF}序号,姓名,身份证号"));
    let jia = list.lines().find(|l| l.contains(",甲,")).unwrap();
    assert!(
        jia.contains(&p1) && jia.contains("低保对象、重度残疾人") && jia.contains(",代缴,"),
        "{jia}"
    );
    assert!(jia.contains("100.00,33.34,33.33,33.33"), "{jia}");
    assert!(jia.contains("a.csv:4") && jia.contains("b.csv:2"), "{jia}");
    let p3 = daijiao::input::IdNumber::parse(p3_legacy).unwrap();
    assert!(
        list.contains(&format!("\"丙,小\",{}", p3.as_str())),
        "the 15-digit number as 18: {list}"
    );
    let rej = std::fs::read_to_string(&rejects).unwrap();
    assert!(
        rej.contains("id_check_character")
            && rej.contains("unknown_category,不认识的人员类别“边缘户”"),
        "{rej}"
    );
    assert!(
        !rej.contains(&p2_bad) && !rej.contains(&p5),
        "identity numbers are masked: {rej}"
    );
    // a list without an identity column is a usage error naming the columns it looks for
    std::fs::write(dir.join("c.csv"), "姓名,类别\n甲,低保\n").unwrap();
    let c = dir.join("c.csv");
    let bad = lists_2018(&[&c], &out, &[]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stdout).contains("身份证号"));
    // a header the synonyms do not know, named by the clerk
    std::fs::write(
        dir.join("d.csv"),
        format!("户主,证件号(18位),类型\n己,{p4},特困供养\n"),
    )
    .unwrap();
    let d = dir.join("d.csv");
    let named = [
        "--column",
        "id=证件号(18位)",
        "--column",
        "category=类型",
        "--enrolled",
    ];
    let run = lists_2018(&[&d], &out, &named);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stdout)
    );
    let summary: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(
        (summary["people"].clone(), summary["paid"].clone()),
        (json!(1), json!(1))
    );
    let wrong_key = lists_2018(&[&d], &out, &["--column", "idcard=证件号"]);
    assert_eq!(wrong_key.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}

/// Real Excel files, written at test time by `tests/fixtures/make_lists.py` (openpyxl, xlwt; the
/// virtualenv `tools/setup.sh` makes, or `DAIJIAO_FIXTURES_PYTHON`).
fn make_lists(spec: &Value) {
    use std::io::Write as _;
    let python = std::env::var("DAIJIAO_FIXTURES_PYTHON").unwrap_or_else(|_| {
        format!(
            "{}/.venvs/fixtures/bin/python",
            std::env::var("HOME").unwrap_or_default()
        )
    });
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/make_lists.py");
    let mut child = std::process::Command::new(&python)
        .arg(script)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{python} (tools/setup.sh installs it): {e}"));
    child
        .stdin
        .take()
        .unwrap()
        .write_all(spec.to_string().as_bytes())
        .unwrap();
    assert!(child.wait().unwrap().success(), "make_lists.py failed");
}

#[test]
fn an_xlsx_and_an_xls_with_merged_titles_and_a_gbk_csv_become_one_list_with_each_person_once() {
    let dir = std::env::temp_dir().join(format!("daijiao-sheets-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p1 = made_up_id("19800101", "321", false);
    let p2 = made_up_id("19800202", "321", false);
    let bad = made_up_id("19800303", "321", true);
    let legacy = "000000800404321"; // 15 digits: born 1980-04-04
    let p5 = made_up_id("19800505", "321", false);
    let as_number = made_up_id("19800606", "321", false);
    let number: f64 = as_number[..17].parse::<f64>().unwrap() * 10.0;
    let header = ["序号", "姓名", "公民身份号码", "人员类别", "参保状态"];
    let spec = json!({"files": [
        // the poverty office's list: a notes sheet first, then the list with a merged title
        {"path": dir.join("poverty.xlsx"), "kind": "xlsx", "sheets": [
            {"name": "填表说明", "title": null, "width": 1, "rows": [["本表由乡镇扶贫办填报"]]},
            {"name": "名单", "title": "某县2018年建档立卡贫困人口名单", "width": 5, "rows": [
                header,
                [1, "甲", p1, "建档立卡贫困户", "已参保"],
                [2, "乙", bad, "建档立卡贫困户", "已参保"],
                [3, "丙", legacy, "脱贫户", "已参保"],
                [4, "丁", number, "建档立卡贫困户", "已参保"],
            ]},
        ]},
        // civil affairs' 特困 list, still .xls
        {"path": dir.join("tekun.xls"), "kind": "xls", "sheets": [
            {"name": "Sheet1", "title": "某县2018年特困供养人员花名册", "width": 5, "rows": [
                header,
                [1, "甲", p1, "特困供养", "已参保"],
                [2, "戊", p2, "五保", "已参保"],
                [3, "己", p5, "边缘户", "已参保"],
            ]},
        ]},
    ]});
    make_lists(&spec);
    let text = format!("姓名,身份证号,救助类别,参保状态\n庚,{p5},农村低保,已参保\n");
    let (gbk, _, _) = encoding_rs::GBK.encode(&text);
    std::fs::write(dir.join("dibao.csv"), &gbk).unwrap();
    let out = dir.join("list.csv");
    let rejects = dir.join("list.rejects.csv");
    let paths: Vec<std::path::PathBuf> = ["poverty.xlsx", "tekun.xls", "dibao.csv"]
        .iter()
        .map(|f| dir.join(f))
        .collect();
    let files: Vec<&std::path::Path> = paths.iter().map(|p| p.as_path()).collect();
    let run = lists_2018(&files, &out, &[]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    let summary: Value = serde_json::from_slice(&run.stdout).unwrap();
    // 甲 (on two lists, once), 丙 (15 digits), 戊, and 己/庚 (one number: the 低保 line)
    assert_eq!(summary["people"], 4, "{summary}");
    assert_eq!(summary["paid"], 4);
    assert_eq!(summary["total_yuan"], "400.00");
    let list = std::fs::read_to_string(&out).unwrap();
    let jia = list.lines().find(|l| l.contains(",甲,")).unwrap();
    assert!(
        jia.contains("poverty.xlsx:4") && jia.contains("tekun.xls:4"),
        "the spreadsheet rows below the title and blank row: {jia}"
    );
    assert_eq!(list.matches(&p1).count(), 1, "甲 once: {list}");
    let p3 = daijiao::input::IdNumber::parse(legacy).unwrap();
    assert!(list.contains(p3.as_str()), "15 digits as 18: {list}");
    let rej = std::fs::read_to_string(&rejects).unwrap();
    assert!(
        rej.contains("poverty.xlsx,5,") && rej.contains("id_check_character"),
        "{rej}"
    );
    assert!(
        rej.contains("poverty.xlsx,7,"),
        "an identity number stored as a number: {rej}"
    );
    assert!(
        rej.contains("unknown_category,不认识的人员类别“边缘户”"),
        "{rej}"
    );
    for id in [&bad, &as_number, &p5] {
        assert!(!rej.contains(id.as_str()), "masked: {rej}");
    }
    // the same as an xlsx: the list, the summary with the budget by level, the rejects
    let xlsx = dir.join("list.xlsx");
    let run = lists_2018(&files, &xlsx, &[]);
    assert_eq!(run.status.code(), Some(0));
    let summary: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(
        summary["budget"]["levels"][2]["budgeted_yuan"], "132.00",
        "4 × 33: {summary}"
    );
    let (_, sheets) = daijiao::sheets::read(&std::fs::read(&xlsx).unwrap()).unwrap();
    let names: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["代缴名单", "汇总", "未纳入"]);
    assert_eq!(sheets[0].rows.len(), 5, "a header and four people");
    assert_eq!(sheets[0].rows[0][2], "身份证号");
    assert!(sheets[0]
        .rows
        .iter()
        .any(|r| r[2] == p1 && r[6] == "100.00"));
    let summary_text: Vec<String> = sheets[1].rows.iter().map(|r| r.join("|")).collect();
    let summary_text = summary_text.join("\n");
    assert!(
        summary_text.contains("政府代缴：4 人，合计 400.00 元"),
        "{summary_text}"
    );
    assert!(
        summary_text.contains("县(市、区)级|133.33|33.00|132.00|1.33"),
        "{summary_text}"
    );
    assert_eq!(sheets[2].rows.len(), 4, "a header and three rejects");
    assert!(sheets[2].rows.iter().all(|r| !r.iter().any(|c| c == &bad)));
    let _ = std::fs::remove_dir_all(&dir);
}
