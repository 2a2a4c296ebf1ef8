//! Finding a list's columns by their header text: the first row (of the first rows) that has an
//! identity-number column is the header, whatever title rows stand above it.

use super::categories::normalize;

/// A column a list may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// 公民身份号码 (required).
    Id,
    /// 姓名.
    Name,
    /// The category (人员类别 …).
    Category,
    /// Whether enrolled in the residents' pension scheme (参保状态 …).
    Enrolment,
    /// 出生日期 (the identity number holds it too).
    Birth,
}

/// The header texts of each column, compared after [`normalize`].
pub const SYNONYMS: &[(Column, &[&str])] = &[
    (
        Column::Id,
        &[
            "公民身份号码",
            "身份证号",
            "身份证号码",
            "证件号码",
            "身份证件号码",
            "身份证",
        ],
    ),
    (Column::Name, &["姓名", "户主姓名", "人员姓名"]),
    (
        Column::Category,
        &[
            "人员类别",
            "身份类别",
            "救助类别",
            "类别",
            "贫困类别",
            "人员身份",
        ],
    ),
    (Column::Enrolment, &["参保状态", "是否参保", "参保情况"]),
    (Column::Birth, &["出生日期", "出生年月"]),
];

/// How many rows from the top are searched for the header.
pub const HEADER_SEARCH_ROWS: usize = 20;

/// The header row found, and the index of each column it has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// 0-based row of the header.
    pub row: usize,
    /// `(column, index)` for each column found.
    pub columns: Vec<(Column, usize)>,
}

impl Header {
    /// The index of a column, if the header has it.
    pub fn index(&self, c: Column) -> Option<usize> {
        self.columns.iter().find(|(x, _)| *x == c).map(|(_, i)| *i)
    }
}

impl Column {
    /// Every column, with the name a clerk gives it (`--column id=身份证号码`).
    pub const ALL: [(Column, &'static str); 5] = [
        (Column::Id, "id"),
        (Column::Name, "name"),
        (Column::Category, "category"),
        (Column::Enrolment, "enrolment"),
        (Column::Birth, "birth"),
    ];

    /// The column a clerk names.
    pub fn from_code(code: &str) -> Option<Column> {
        Column::ALL
            .iter()
            .find(|(_, n)| *n == code)
            .map(|(c, _)| *c)
    }
}

/// The column a header cell names: the clerk's own names first, then the synonyms.
fn column_of(cell: &str, own: &[(Column, String)]) -> Option<Column> {
    let cell = normalize(cell);
    own.iter()
        .find(|(_, name)| normalize(name) == cell)
        .map(|(c, _)| *c)
        .or_else(|| {
            SYNONYMS
                .iter()
                .find(|(_, names)| names.contains(&cell.as_str()))
                .map(|(c, _)| *c)
        })
}

/// The header among the first rows: the first row with an identity-number column, each column
/// at its first matching cell. `None` when no such row (the clerk then names the column).
pub fn find<'a, R, C>(rows: R) -> Option<Header>
where
    R: IntoIterator<Item = C>,
    C: IntoIterator<Item = &'a str>,
{
    find_with(rows, &[])
}

/// [`find`], with header texts the clerk has named for some columns (a list whose header the
/// synonyms do not know: `--column id=身份证号码(18位)`).
pub fn find_with<'a, R, C>(rows: R, own: &[(Column, String)]) -> Option<Header>
where
    R: IntoIterator<Item = C>,
    C: IntoIterator<Item = &'a str>,
{
    for (row, cells) in rows.into_iter().take(HEADER_SEARCH_ROWS).enumerate() {
        let mut columns: Vec<(Column, usize)> = Vec::new();
        for (i, cell) in cells.into_iter().enumerate() {
            if let Some(c) = column_of(cell, own) {
                if !columns.iter().any(|(x, _)| *x == c) {
                    columns.push((c, i));
                }
            }
        }
        if columns.iter().any(|(c, _)| *c == Column::Id) {
            return Some(Header { row, columns });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_is_found_below_a_title_row_by_its_words() {
        let rows = [
            vec!["唐山高新区2018年低保对象花名册", "", ""],
            vec!["", "", ""],
            vec!["序号", "姓 名", "公民身份号码", "救助类别"],
            vec!["1", "某某", "…", "城市低保"],
        ];
        let h = find(rows.iter().map(|r| r.iter().copied())).expect("a header");
        assert_eq!(h.row, 2);
        assert_eq!(h.index(Column::Id), Some(2));
        assert_eq!(
            h.index(Column::Name),
            Some(1),
            "spaces inside a header are ignored"
        );
        assert_eq!(h.index(Column::Category), Some(3));
        assert_eq!(h.index(Column::Enrolment), None);
    }

    #[test]
    fn a_header_the_synonyms_miss_is_found_by_the_name_the_clerk_gives_it() {
        let rows = [
            vec!["户主", "证件号(18位)", "类型"],
            vec!["某某", "…", "低保"],
        ];
        let rows = || rows.iter().map(|r| r.iter().copied());
        assert_eq!(find(rows()), None);
        let own = [
            (Column::Id, "证件号(18位)".to_string()),
            (Column::Category, "类型".to_string()),
        ];
        let h = find_with(rows(), &own).expect("named by the clerk");
        assert_eq!(
            (h.index(Column::Id), h.index(Column::Category)),
            (Some(1), Some(2))
        );
        assert_eq!(Column::from_code("enrolment"), Some(Column::Enrolment));
        assert_eq!(Column::from_code("id_number"), None);
    }

    #[test]
    fn without_an_identity_column_there_is_no_header() {
        let rows = [vec!["姓名", "类别"], vec!["某某", "低保"]];
        assert_eq!(find(rows.iter().map(|r| r.iter().copied())), None);
    }
}
