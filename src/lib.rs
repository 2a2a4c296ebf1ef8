//! # daijiao (代缴)
//!
//! A calculator for Hebei's 2018 social-insurance poverty-relief policy,
//! 冀人社发〔2018〕3号 (JRS-2018-3). For one resident and one policy year (2018–2020) it answers:
//! does the government pay the pension contribution (政府代缴) and on which tier; may the
//! resident draw the pension directly without back contributions; what part of the medical
//! insurance contribution is paid for them. For a clerk it budgets the payment and splits it
//! between province, city and county.
//!
//! The core — [`input`], [`rules`], [`budget`], [`policy`], [`money`] — is pure: no I/O, no
//! clock, no float, and no knowledge of JSON, CSV, wasm-bindgen or Leptos. The shells sit
//! behind features: `cli` (the native `daijiao` command, JSON Lines) and `web` (the page).

pub mod budget;
pub mod contract;
pub mod form;
#[cfg_attr(not(feature = "web"), allow(dead_code))]
mod html;
pub mod input;
pub mod lists;
pub mod money;
pub mod policy;
pub mod roster;
pub mod rules;

#[cfg(feature = "cli")]
pub mod cli;

#[cfg(any(feature = "sheets", feature = "clerk"))]
pub mod sheets;
pub mod shell;
pub mod summary;
pub mod text;

#[cfg(feature = "web")]
pub mod ui;

#[cfg(feature = "js")]
pub mod js;
