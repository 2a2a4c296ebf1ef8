//! The departments' lists (issue 14, first part): the pure pieces of reading them, shared by
//! every shell that will read them (the CLI's `roster`, the clerk's page).
//!
//! A clerk holds several lists — the poverty office's 建档立卡 list, civil affairs' 低保 and 特困
//! lists, the disabled persons' federation's list — each with its own header row (not always
//! the first row), its own column names and its own words for a category. This module finds the
//! columns by their header text ([`header`]), maps the departments' category words to the
//! core's statuses with an explicit table ([`categories`]), and merges the rows of every list
//! into one person per identity number and year ([`merge`]): one payment per person
//! (JRS-2018-3 二(一)1 "政府代缴城乡居民养老保险每年每人只能享受一次"). No I/O: cells in, people out.

pub mod build;
pub mod categories;
pub mod header;
pub mod merge;
