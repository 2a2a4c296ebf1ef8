//! `daijiao roster FILE`: stream a roster file through [`crate::roster`] in bounded memory,
//! on every core, and write the aggregate JSON and the rejects file.
//!
//! A reader thread cuts the file into chunks of whole lines; worker threads tally chunks;
//! this thread writes each chunk's rejects in file order. Memory is bounded by the number of
//! chunks in flight (`2 × workers + workers`), whatever the file's size.

use crate::budget::Fiscal;
use crate::input::{ErrorCode, InputError};
use crate::roster::report::{report, RosterReport};
use crate::roster::{check_header, split_lines, tally_lines, Encoding, Reject, Tally};
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::path::PathBuf;
use std::sync::{mpsc, Arc, Mutex};

/// Bytes per chunk handed to a worker.
pub const CHUNK: usize = 2 << 20;

/// Parsed `roster` arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterArgs {
    /// The roster file.
    pub file: PathBuf,
    /// Where rejected rows go (default: FILE.rejects.csv).
    pub rejects: PathBuf,
    /// Fiscal arrangement for the level split.
    pub fiscal: Fiscal,
}

fn arg_error(field: &str, en: String, zh: String) -> InputError {
    InputError::new(field, ErrorCode::BadArgument, en, zh)
}

/// Parses `FILE [--rejects PATH] [--fiscal ordinary|province-direct]`.
pub fn parse_args(args: &[String]) -> Result<RosterArgs, InputError> {
    let (mut file, mut rejects, mut fiscal) = (None, None, Fiscal::Ordinary);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--rejects" | "--fiscal" => {
                let field = a.trim_start_matches('-');
                let v = it.next().ok_or_else(|| {
                    arg_error(field, format!("{a} needs a value"), format!("{a} 缺少取值"))
                })?;
                if field == "rejects" {
                    rejects = Some(PathBuf::from(v));
                } else {
                    fiscal = Fiscal::from_code(v).ok_or_else(|| {
                        arg_error(
                            "fiscal",
                            format!("--fiscal must be ordinary or province-direct, not {v:?}"),
                            format!("--fiscal 应为 ordinary 或 province-direct，现为 {v:?}"),
                        )
                    })?;
                }
            }
            s if s.starts_with("--") => {
                return Err(arg_error(
                    s.trim_start_matches('-'),
                    format!("unknown argument {s:?}; use FILE, --rejects, --fiscal"),
                    format!("不认识的参数 {s:?}；可用 FILE、--rejects、--fiscal"),
                ))
            }
            s if file.is_none() => file = Some(PathBuf::from(s)),
            s => {
                return Err(arg_error(
                    "file",
                    format!("only one roster file, not also {s:?}"),
                    format!("只能给一个名单文件，多了 {s:?}"),
                ))
            }
        }
    }
    let file = file.ok_or_else(|| {
        arg_error(
            "file",
            "the roster FILE is required".into(),
            "缺少名单文件 FILE".into(),
        )
    })?;
    let rejects = rejects.unwrap_or_else(|| {
        let mut s = file.clone().into_os_string();
        s.push(".rejects.csv");
        PathBuf::from(s)
    });
    Ok(RosterArgs {
        file,
        rejects,
        fiscal,
    })
}

fn io_error(field: &str, what: &str, e: &io::Error) -> InputError {
    InputError::new(
        field,
        ErrorCode::BadArgument,
        format!("{what}: {e}"),
        format!("{what}：{e}"),
    )
}

/// Fills `buf` from `r` until it is full or the input ends; returns the bytes read.
fn read_full(r: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The rejects file: UTF-8 with BOM (so Excel shows Chinese), one row per rejected line.
struct RejectsWriter {
    out: BufWriter<File>,
    encoding: Encoding,
}

impl RejectsWriter {
    fn create(path: &PathBuf, encoding: Encoding) -> Result<RejectsWriter, InputError> {
        let f = File::create(path)
            .map_err(|e| io_error("rejects", "cannot write the rejects file", &e))?;
        let mut out = BufWriter::new(f);
        out.write_all("\u{FEFF}line,id,field,code,message_zh,message\n".as_bytes())
            .map_err(|e| io_error("rejects", "cannot write the rejects file", &e))?;
        Ok(RejectsWriter { out, encoding })
    }

    fn write(&mut self, r: &Reject) -> io::Result<()> {
        let id = match self.encoding {
            Encoding::Gbk => encoding_rs::GBK
                .decode_without_bom_handling(&r.id)
                .0
                .into_owned(),
            _ => String::from_utf8_lossy(&r.id).into_owned(),
        };
        writeln!(
            self.out,
            "{},{},{},{},{},{}",
            r.line,
            csv_cell(&id),
            csv_cell(&r.error.field),
            r.error.code.code(),
            csv_cell(&r.error.message_zh),
            csv_cell(&r.error.message)
        )
    }
}

/// Runs `daijiao roster`: the report, or an error about the arguments or the file.
pub fn run(args: &RosterArgs) -> Result<RosterReport, InputError> {
    let mut file =
        File::open(&args.file).map_err(|e| io_error("file", "cannot open the roster file", &e))?;
    let mut first = vec![0u8; CHUNK];
    let n = read_full(&mut file, &mut first)
        .map_err(|e| io_error("file", "cannot read the roster file", &e))?;
    first.truncate(n);
    let encoding = Encoding::sniff(&first);
    let mut rejects = RejectsWriter::create(&args.rejects, encoding)?;
    let body_start = if encoding == Encoding::Utf8Bom { 3 } else { 0 };
    let header_end = first[body_start..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(first.len(), |i| body_start + i + 1);
    let mut tally = Tally::default();
    let write_err = |e: io::Error| io_error("rejects", "cannot write the rejects file", &e);
    if let Err(e) = check_header(&first[body_start..header_end]) {
        rejects
            .write(&Reject {
                line: 1,
                id: Vec::new(),
                error: e,
            })
            .map_err(write_err)?;
        rejects.out.flush().map_err(write_err)?;
        tally.rejected = 1;
        tally.rows = 1;
        return Ok(report(&tally, encoding, args.fiscal));
    }
    let carry = first.split_off(header_end);

    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 8);
    let (work_tx, work_rx) = mpsc::sync_channel::<(u64, Vec<u8>)>(workers * 2);
    let work_rx = Arc::new(Mutex::new(work_rx));
    let (done_tx, done_rx) = mpsc::channel::<(u64, u64, Vec<Reject>)>();
    // Workers hand their chunk buffers back so the reader reuses them (no fresh pages per chunk).
    let (free_tx, free_rx) = mpsc::channel::<Vec<u8>>();

    let reader = std::thread::spawn(move || -> io::Result<()> {
        let mut seq = 0u64;
        let mut carry = carry;
        loop {
            let mut buf = free_rx.try_recv().unwrap_or_default();
            buf.clear();
            buf.append(&mut carry);
            buf.reserve(CHUNK);
            // read_to_end on a `take` fills spare capacity without zeroing it first.
            let k = (&mut file).take(CHUNK as u64).read_to_end(&mut buf)?;
            if k == 0 {
                if !buf.is_empty() && work_tx.send((seq, buf)).is_err() {
                    break;
                }
                return Ok(());
            }
            let (lines, rest) = split_lines(&buf);
            let cut = lines.len();
            carry.extend_from_slice(rest);
            buf.truncate(cut);
            if !buf.is_empty() {
                if work_tx.send((seq, buf)).is_err() {
                    break;
                }
                seq += 1;
            }
        }
        Ok(())
    });

    let handles: Vec<_> = (0..workers)
        .map(|_| {
            let rx = Arc::clone(&work_rx);
            let tx = done_tx.clone();
            let free = free_tx.clone();
            std::thread::spawn(move || {
                let mut tally = Tally::default();
                loop {
                    let job = rx.lock().map(|r| r.recv());
                    let Ok(Ok((seq, chunk))) = job else { break };
                    let mut rejects = Vec::new();
                    let lines =
                        tally_lines(&chunk, 1, encoding, &mut tally, &mut |r| rejects.push(r));
                    let _ = free.send(chunk);
                    if tx.send((seq, lines, rejects)).is_err() {
                        break;
                    }
                }
                tally
            })
        })
        .collect();
    drop(done_tx);
    drop(free_tx);

    // Write rejects in file order; hold early chunks until their turn.
    let mut next = 0u64;
    let mut lines_before = 1u64; // the header
    let mut pending: BTreeMap<u64, (u64, Vec<Reject>)> = BTreeMap::new();
    let mut write_result = Ok(());
    for (seq, lines, rs) in done_rx {
        pending.insert(seq, (lines, rs));
        while let Some((lines, rs)) = pending.remove(&next) {
            for mut r in rs {
                r.line += lines_before;
                if write_result.is_ok() {
                    write_result = rejects.write(&r);
                }
            }
            lines_before += lines;
            next += 1;
        }
    }
    for h in handles {
        if let Ok(t) = h.join() {
            tally.merge(&t);
        }
    }
    let read_result = reader
        .join()
        .unwrap_or_else(|_| Err(io::Error::other("reader stopped")));
    read_result.map_err(|e| io_error("file", "cannot read the roster file", &e))?;
    write_result.map_err(write_err)?;
    rejects.out.flush().map_err(write_err)?;
    Ok(report(&tally, encoding, args.fiscal))
}
