//! A list file's bytes as sheets of text cells: CSV (UTF-8, with or without a BOM, else GBK;
//! quoted cells may hold commas and line breaks: the `csv` crate) and spreadsheets (xlsx, xls,
//! ods: `calamine`, pure Rust). A shell's module — the core never sees a file format — shared by
//! the CLI and, behind the same feature, a page: bytes in, cells out, no file system.

use crate::lists::build::{list_header, rejects_header, Outcome, RowWriter};
use crate::money::fmt_yuan;
use crate::text::Lang;

/// One sheet of a file: its rows of cells as text, and where its first row is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    /// The sheet's name (empty for a CSV file).
    pub name: String,
    /// 1-based row number (the line of a CSV file, the row of a spreadsheet) of `rows[0]`.
    pub first_row: usize,
    /// The rows, each a list of cells as text (empty cells as "").
    pub rows: Vec<Vec<String>>,
}

impl Sheet {
    /// The sheet as the lists' pipeline reads it.
    pub fn view(&self) -> crate::lists::build::SheetRows<'_> {
        crate::lists::build::SheetRows {
            first_row: self.first_row,
            rows: &self.rows,
        }
    }
}

/// What a file was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated text, UTF-8.
    CsvUtf8,
    /// Comma-separated text, GBK (Excel's "CSV" on a Chinese Windows).
    CsvGbk,
    /// A spreadsheet (xlsx, xls, xlsb or ods).
    Spreadsheet,
}

impl Format {
    /// A stable code.
    pub fn code(self) -> &'static str {
        match self {
            Format::CsvUtf8 => "csv-utf8",
            Format::CsvGbk => "csv-gbk",
            Format::Spreadsheet => "spreadsheet",
        }
    }
}

/// The zip container of xlsx and ods; the compound file of xls.
const ZIP: &[u8] = b"PK\x03\x04";
const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Whether the bytes are a spreadsheet (by their first bytes, not by a file name).
pub fn is_spreadsheet(bytes: &[u8]) -> bool {
    bytes.starts_with(ZIP) || bytes.starts_with(OLE)
}

#[cfg(feature = "sheets")]
/// Reads every sheet of a file, in the file's order. The error is a short text (the reader's
/// own words) for the shell to put in its message.
pub fn read(bytes: &[u8]) -> Result<(Format, Vec<Sheet>), String> {
    if is_spreadsheet(bytes) {
        return spreadsheet(bytes).map(|s| (Format::Spreadsheet, s));
    }
    let (format, text) = decode(bytes);
    let rows = csv_rows(&text)?;
    let sheet = Sheet {
        name: String::new(),
        first_row: 1,
        rows,
    };
    Ok((format, vec![sheet]))
}

#[cfg(feature = "sheets")]
/// A CSV file's text: UTF-8 (a BOM dropped), else GBK.
pub fn decode(bytes: &[u8]) -> (Format, String) {
    let bytes = bytes.strip_prefix("\u{FEFF}".as_bytes()).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => (Format::CsvUtf8, s.to_string()),
        Err(_) => (
            Format::CsvGbk,
            encoding_rs::GBK
                .decode_without_bom_handling(bytes)
                .0
                .into_owned(),
        ),
    }
}

#[cfg(feature = "sheets")]
/// A CSV text's rows (rows may have different lengths).
fn csv_rows(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| {
            r.map(|r| r.iter().map(str::to_string).collect())
                .map_err(|e| e.to_string())
        })
        .collect()
}

/// A CSV record is a row of a list (the CLI reads CSV lists as they stream).
#[cfg(feature = "sheets")]
impl crate::lists::build::Row for csv::StringRecord {
    fn cell(&self, i: usize) -> Option<&str> {
        self.get(i)
    }
    fn is_blank(&self) -> bool {
        self.iter().all(|c| c.trim().is_empty())
    }
}

/// A CSV text read as it streams: its first `head` rows (where a header is looked for) kept as
/// text, the rest handed one by one to [`CsvStream::rest`] (one record buffer, reused).
#[cfg(feature = "sheets")]
pub struct CsvStream<'a> {
    reader: csv::Reader<&'a [u8]>,
    /// The first rows.
    pub head: Vec<Vec<String>>,
}

#[cfg(feature = "sheets")]
impl<'a> CsvStream<'a> {
    /// Reads the first `head` rows of `text`.
    pub fn new(text: &'a str, head: usize) -> Result<CsvStream<'a>, String> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut rows = Vec::new();
        let mut record = csv::StringRecord::new();
        while rows.len() < head && reader.read_record(&mut record).map_err(|e| e.to_string())? {
            rows.push(record.iter().map(str::to_string).collect());
        }
        Ok(CsvStream { reader, head: rows })
    }

    /// Hands every row after the head to `f`, with its 0-based index in the file.
    pub fn rest(&mut self, mut f: impl FnMut(usize, &csv::StringRecord)) -> Result<(), String> {
        let mut record = csv::StringRecord::new();
        let mut i = self.head.len();
        while self
            .reader
            .read_record(&mut record)
            .map_err(|e| e.to_string())?
        {
            f(i, &record);
            i += 1;
        }
        Ok(())
    }
}

/// Every worksheet of a spreadsheet. A merged title cell is its top-left cell's text; the rows
/// start where the sheet's used range starts (`first_row`).
#[cfg(feature = "sheets")]
fn spreadsheet(bytes: &[u8]) -> Result<Vec<Sheet>, String> {
    use calamine::Reader as _;
    let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes))
        .map_err(|e| e.to_string())?;
    let mut sheets = Vec::new();
    for (name, range) in book.worksheets() {
        let (row0, col0) = range.start().unwrap_or((0, 0));
        let pad = col0 as usize;
        let rows = range
            .rows()
            .map(|r| {
                // cells left of the used range are empty, so columns keep their positions
                std::iter::repeat_n(String::new(), pad)
                    .chain(r.iter().map(cell_text))
                    .collect()
            })
            .collect();
        sheets.push(Sheet {
            name,
            first_row: row0 as usize + 1,
            rows,
        });
    }
    Ok(sheets)
}

/// A cell as the clerk sees it. A whole number stored as a float (Excel's numbers) is written
/// without a fraction; an identity number stored as a number has lost its last digits already
/// and is rejected by its check digit, never repaired.
#[cfg(feature = "sheets")]
fn cell_text(d: &calamine::Data) -> String {
    match d {
        calamine::Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => {
            format!("{f:.0}")
        }
        other => other.to_string(),
    }
}

/// A CSV cell, quoted when it must be (RFC 4180).
pub(crate) fn csv_cell(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\"")).into()
    } else {
        s.into()
    }
}

/// Cells as one CSV line (CRLF) appended to `out`.
fn csv_line<'a>(out: &mut String, cells: impl IntoIterator<Item = &'a str>) {
    for (i, c) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&csv_cell(c));
    }
    out.push_str("\r\n");
}

/// The 代缴名单 as CSV for Excel (UTF-8 with a BOM, CRLF): one row per person.
pub fn list_csv(o: &Outcome, files: &[String], lang: Lang) -> String {
    let mut out = Vec::new();
    // writing to a Vec cannot fail
    let _ = write_list_csv(&mut out, o, files, lang);
    String::from_utf8(out).unwrap_or_default()
}

/// [`list_csv`] written as it is made (a list of a million people is never held as one text).
pub fn write_list_csv(
    w: &mut impl std::io::Write,
    o: &Outcome,
    files: &[String],
    lang: Lang,
) -> std::io::Result<()> {
    let mut line = String::from("\u{FEFF}");
    csv_line(&mut line, list_header(lang));
    w.write_all(line.as_bytes())?;
    let mut rows = RowWriter::new(files, lang, false);
    for (i, row) in o.list.iter().enumerate() {
        line.clear();
        rows.each_cell(i + 1, row, |c| {
            line.push_str(&csv_cell(c));
            line.push(',');
        });
        line.pop(); // the last comma
        line.push_str("\r\n");
        w.write_all(line.as_bytes())?;
    }
    Ok(())
}

/// The rejected rows and held-out persons as CSV for Excel (identity numbers masked).
pub fn rejects_csv(o: &Outcome, files: &[String], lang: Lang) -> String {
    let mut out = String::from("\u{FEFF}");
    csv_line(&mut out, rejects_header(lang));
    for r in &o.rejects {
        csv_line(&mut out, r.cells(files, lang).iter().map(String::as_str));
    }
    out
}

/// The width of the summary sheet's sentences' column, in characters (a layout figure).
const SUMMARY_COLUMN_CHARS: u16 = 60;

/// One sheet of an xlsx to write: its rows of text, the rows in bold, column widths, and whether
/// its first row is repeated on every printed page (with page numbers in the footer).
#[derive(Debug, Clone, PartialEq)]
pub struct XlsxSheet {
    /// The sheet's name.
    pub name: String,
    /// The rows.
    pub rows: Vec<Vec<String>>,
    /// Indexes of the rows written in bold (headings).
    pub bold: Vec<usize>,
    /// Column widths (column, width in whole characters).
    pub widths: Vec<(u16, u16)>,
    /// The first row is a header to repeat on every printed page; the page is landscape with
    /// page numbers.
    pub print_header: bool,
}

/// The 代缴名单 as the sheets of an xlsx: the list, the summary with the budget by level, the
/// rejects (identity numbers masked there). Amounts are text, exact to the fen (no float ever
/// holds money); the summary's totals are the core's exact sums. Pure: the clerk's page makes
/// them and its worker writes them ([`xlsx`]).
pub fn list_sheets(o: &Outcome, files: &[String], lang: Lang) -> Vec<XlsxSheet> {
    let c = lang.clerk();
    let owned = |cells: &[&str]| cells.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let mut list = vec![owned(&list_header(lang))];
    let mut rows = RowWriter::new(files, lang, false);
    for (i, r) in o.list.iter().enumerate() {
        list.push(rows.cells(i + 1, r));
    }
    let mut summary: Vec<Vec<String>> =
        o.summary_lines(lang).into_iter().map(|l| vec![l]).collect();
    let mut bold = Vec::new();
    if let Ok(b) = &o.budget {
        summary.push(Vec::new());
        bold.push(summary.len());
        summary.push(vec![c.list_budget_heading.to_string()]);
        bold.push(summary.len());
        summary.push(owned(&[
            c.list_col_level,
            c.list_col_exact,
            c.list_col_per_person,
            c.list_col_budgeted,
            c.list_col_settlement,
        ]));
        for l in &b.levels {
            summary.push(vec![
                c.level_name(l.level, b.fiscal).to_string(),
                fmt_yuan(l.exact_yuan),
                fmt_yuan(l.per_person_budgeted_yuan),
                fmt_yuan(l.budgeted_yuan),
                fmt_yuan(l.settlement_yuan),
            ]);
        }
    }
    let mut rejects = vec![owned(&rejects_header(lang))];
    for r in &o.rejects {
        rejects.push(r.cells(files, lang).to_vec());
    }
    vec![
        XlsxSheet {
            name: c.list_sheet_list.to_string(),
            rows: list,
            bold: vec![0],
            widths: vec![(1, 10), (2, 22), (3, 24), (5, 28), (11, 30)],
            print_header: true,
        },
        XlsxSheet {
            name: c.list_sheet_summary.to_string(),
            rows: summary,
            bold,
            widths: vec![(0, SUMMARY_COLUMN_CHARS)],
            print_header: false,
        },
        XlsxSheet {
            name: c.list_sheet_rejects.to_string(),
            rows: rejects,
            bold: vec![0],
            widths: vec![(4, 50)],
            print_header: true,
        },
    ]
}

/// Writes sheets of text as an xlsx workbook (`rust_xlsxwriter`).
#[cfg(feature = "sheets")]
pub fn xlsx(sheets: &[XlsxSheet]) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{Format, Workbook};
    let err = |e: rust_xlsxwriter::XlsxError| e.to_string();
    let bold = Format::new().set_bold();
    let mut book = Workbook::new();
    for s in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(&s.name).map_err(err)?;
        for (r, row) in (0u32..).zip(&s.rows) {
            let strong = s.bold.contains(&(r as usize));
            for (col, cell) in (0u16..).zip(row) {
                if strong {
                    sheet
                        .write_string_with_format(r, col, cell, &bold)
                        .map_err(err)?;
                } else {
                    sheet.write_string(r, col, cell).map_err(err)?;
                }
            }
        }
        for (col, width) in &s.widths {
            sheet.set_column_width(*col, *width).map_err(err)?;
        }
        if s.print_header {
            sheet.set_repeat_rows(0, 0).map_err(err)?;
            sheet.set_footer("&C&P / &N");
            sheet.set_landscape();
        }
    }
    book.save_to_buffer().map_err(err)
}

/// The 代缴名单 as an xlsx workbook ([`list_sheets`] written by [`xlsx`]).
#[cfg(feature = "sheets")]
pub fn list_xlsx(o: &Outcome, files: &[String], lang: Lang) -> Result<Vec<u8>, String> {
    xlsx(&list_sheets(o, files, lang))
}

/// Sheets to write, as a JavaScript value for the worker: `[{name, rows, bold, widths,
/// print_header}, …]`.
#[cfg(feature = "js-values")]
pub fn xlsx_to_js(sheets: &[XlsxSheet]) -> wasm_bindgen::JsValue {
    use js_sys::{Array, Object, Reflect};
    let out = Array::new();
    for s in sheets {
        let plain = Sheet {
            name: s.name.clone(),
            first_row: 1,
            rows: s.rows.clone(),
        };
        let o: Object = sheets_to_js(std::slice::from_ref(&plain))
            .dyn_into::<Array>()
            .map(|a| a.get(0).into())
            .unwrap_or_default();
        let bold = Array::new();
        for b in &s.bold {
            bold.push(&u32::try_from(*b).unwrap_or(u32::MAX).into());
        }
        let widths = Array::new();
        for (c, w) in &s.widths {
            widths.push(&Array::of2(&u32::from(*c).into(), &u32::from(*w).into()));
        }
        let _ = Reflect::set(&o, &"bold".into(), &bold);
        let _ = Reflect::set(&o, &"widths".into(), &widths);
        let _ = Reflect::set(&o, &"print_header".into(), &s.print_header.into());
        out.push(&o);
    }
    out.into()
}

/// The inverse of [`xlsx_to_js`]; `None` for any other shape.
#[cfg(feature = "js-values")]
pub fn xlsx_from_js(v: &wasm_bindgen::JsValue) -> Option<Vec<XlsxSheet>> {
    use js_sys::{Array, Reflect};
    let plain = sheets_from_js(v)?;
    let list = v.dyn_ref::<Array>()?;
    plain
        .into_iter()
        .zip(list.iter())
        .map(|(p, o)| {
            let get = |k: &str| Reflect::get(&o, &k.into()).ok();
            let bold = get("bold")?
                .dyn_into::<Array>()
                .ok()?
                .iter()
                .map(|b| b.as_f64().map(|b| b as usize))
                .collect::<Option<Vec<_>>>()?;
            let widths = get("widths")?
                .dyn_into::<Array>()
                .ok()?
                .iter()
                .map(|w| {
                    let w = w.dyn_into::<Array>().ok()?;
                    Some((w.get(0).as_f64()? as u16, w.get(1).as_f64()? as u16))
                })
                .collect::<Option<Vec<_>>>()?;
            Some(XlsxSheet {
                name: p.name,
                rows: p.rows,
                bold,
                widths,
                print_header: get("print_header")?.as_bool()?,
            })
        })
        .collect()
}

#[cfg(feature = "js-values")]
use wasm_bindgen::JsCast as _;

/// Sheets as a JavaScript value, for the message between the clerk's page and its spreadsheet
/// worker: `[{name, first_row, rows: [[cell, …], …]}, …]`.
#[cfg(feature = "js-values")]
pub fn sheets_to_js(sheets: &[Sheet]) -> wasm_bindgen::JsValue {
    use js_sys::{Array, Object, Reflect};
    let out = Array::new();
    for s in sheets {
        let o = Object::new();
        let rows = Array::new();
        for r in &s.rows {
            let row = Array::new();
            for c in r {
                row.push(&c.as_str().into());
            }
            rows.push(&row);
        }
        let _ = Reflect::set(&o, &"name".into(), &s.name.as_str().into());
        let first_row = u32::try_from(s.first_row).unwrap_or(u32::MAX);
        let _ = Reflect::set(&o, &"first_row".into(), &first_row.into());
        let _ = Reflect::set(&o, &"rows".into(), &rows);
        out.push(&o);
    }
    out.into()
}

/// The inverse of [`sheets_to_js`]; `None` for any other shape.
#[cfg(feature = "js-values")]
pub fn sheets_from_js(v: &wasm_bindgen::JsValue) -> Option<Vec<Sheet>> {
    use js_sys::{Array, Reflect};
    let list = v.dyn_ref::<Array>()?;
    let mut out = Vec::new();
    for s in list.iter() {
        let get = |k: &str| Reflect::get(&s, &k.into()).ok();
        let rows = get("rows")?.dyn_into::<Array>().ok()?;
        let rows = rows
            .iter()
            .map(|r| {
                r.dyn_into::<Array>().ok().map(|r| {
                    r.iter()
                        .map(|c| c.as_string().unwrap_or_default())
                        .collect()
                })
            })
            .collect::<Option<Vec<Vec<String>>>>()?;
        out.push(Sheet {
            name: get("name")?.as_string()?,
            first_row: get("first_row")?.as_f64()? as usize,
            rows,
        });
    }
    Some(out)
}

#[cfg(test)]
#[cfg(feature = "sheets")]
mod tests {
    use super::*;

    #[test]
    fn a_gbk_csv_with_a_quoted_line_break_is_read_as_gbk() {
        let text = "姓名,身份证号\n\"张\n三\",1\n";
        let (bytes, _, _) = encoding_rs::GBK.encode(text);
        let (format, sheets) = read(&bytes).unwrap();
        assert_eq!(format, Format::CsvGbk);
        assert_eq!(sheets[0].rows[1][0], "张\n三");
    }

    #[test]
    fn a_utf8_bom_is_dropped() {
        let (format, sheets) = read("\u{FEFF}a,b\n".as_bytes()).unwrap();
        assert_eq!(format, Format::CsvUtf8);
        assert_eq!(sheets[0].rows[0], ["a", "b"]);
    }

    #[test]
    fn bytes_that_look_like_a_spreadsheet_but_are_not_are_an_error_not_a_panic() {
        assert!(read(b"PK\x03\x04 not a zip").is_err());
        let mut ole = OLE.to_vec();
        ole.extend_from_slice(&[0; 100]);
        assert!(read(&ole).is_err());
    }

    #[test]
    fn whole_numbers_have_no_fraction_and_others_keep_theirs() {
        assert_eq!(cell_text(&calamine::Data::Float(2018.0)), "2018");
        assert_eq!(cell_text(&calamine::Data::Float(0.5)), "0.5");
        assert_eq!(cell_text(&calamine::Data::Empty), "");
    }
}
