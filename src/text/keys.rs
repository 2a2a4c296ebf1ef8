//! The catalogues' keys, one `&'static str` field per string, so that a key missing from
//! either language does not compile. Three structs, so that each bundle links only the strings
//! it can show: [`Text`] (the resident's page, the core's errors: every surface), [`ClerkText`]
//! (the clerk's page and the CLI's budget table), [`ShellText`] (errors only a shell gives),
//! [`SummaryText`] (the policy summary, built into the pages' HTML at build time).

/// Declares a catalogue struct with one `&'static str` field per key, and (for the tests)
/// the list of its entries.
macro_rules! catalogue {
    ($(#[doc = $sdoc:literal])+ $name:ident { $($(#[doc = $doc:literal])+ $key:ident,)+ }) => {
        $(#[doc = $sdoc])+
        // repr(C): the fields in declaration order, the layout of an array of `&'static str`
        // (`from_strings`).
        #[derive(Debug)]
        #[repr(C)]
        pub struct $name {
            $($(#[doc = $doc])+ pub $key: &'static str,)+
        }

        impl $name {
            /// Every (key, string) pair, in declaration order.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key)),+]
            }

            /// How many strings the catalogue holds.
            #[allow(dead_code)]
            pub(crate) const LEN: usize = [$(stringify!($key)),+].len();

            /// The catalogue whose strings, in declaration order, are `strings` (the page's
            /// English, fetched at run time: [`super::lazy`]); `None` unless there are exactly
            /// [`Self::LEN`]. No copy: the catalogue is the array itself.
            #[allow(dead_code)]
            pub(crate) fn from_strings(strings: &'static [&'static str]) -> Option<&'static $name> {
                let strings: &'static [&'static str; Self::LEN] = strings.try_into().ok()?;
                const {
                    assert!(
                        std::mem::size_of::<$name>() == std::mem::size_of::<[&'static str; Self::LEN]>()
                            && std::mem::align_of::<$name>() == std::mem::align_of::<&'static str>()
                    )
                };
                // SAFETY: the struct is `repr(C)` and every field is a `&'static str` (the macro
                // declares nothing else), so its layout is that of `[&'static str; LEN]`: the
                // fields in declaration order, at multiples of one size, no padding (the const
                // assertion above checks size and alignment). Every field is a valid
                // `&'static str`, and the array lives for 'static.
                Some(unsafe { &*(strings as *const [&'static str; Self::LEN]).cast::<$name>() })
            }

            /// Folds every string, in declaration order, into an FNV-1a digest (a `const fn`,
            /// so that a bundle can know its other language's digest without its strings).
            pub const fn digest(&self, mut h: u64) -> u64 {
                $(h = super::lazy::fnv(h, self.$key.as_bytes());)+
                h
            }
        }
    };
}

catalogue! {
    /// One language's strings for every surface: the resident's page, the answers, the core's
    /// errors. `{name}` marks a value filled in ([`super::fill`]).
    Text {
    /// The resident page's `<title>`.
    doc_title,
    /// The clerk page's `<title>`.
    clerk_doc_title,
    /// Page heading.
    title,
    /// Subtitle naming the policy.
    subtitle,
    /// The privacy line.
    private,
    /// Label of the tabs' navigation.
    nav_label,
    /// Tab: residents.
    tab_resident,
    /// Tab: clerks.
    tab_clerk,
    /// The large-type switch.
    large,
    /// Label of the toolbar.
    toolbar_label,
    /// A new version is waiting (service worker).
    update_text,
    /// The button that takes the new version.
    update_button,
    /// The English strings could not be fetched (the resident page fetches them on demand).
    english_unavailable,

    /// Field: policy year.
    year,
    /// A year in the year list (`{year}`).
    year_option,
    /// Under the year: the device clock's year was preselected (`{year}`).
    year_help_clock,
    /// Under the year: the clock's year is not encoded (`{clock}`), the nearest is selected (`{year}`).
    year_help_nearest,
    /// Field: age.
    age,
    /// Help under age.
    age_help,
    /// Field: statuses.
    statuses,
    /// Help under statuses.
    statuses_help,
    /// Field: exit date.
    exited_on,
    /// Field: pension situation.
    pension,
    /// Pension option: not enrolled.
    pension_not_enrolled,
    /// Pension option: enrolled and paying.
    pension_enrolled,
    /// Pension option: already drawing a pension.
    pension_receiving,
    /// Pension option: in the employees' scheme.
    pension_employee_scheme,
    /// Field: medical insurance scheme.
    medical_scheme,
    /// Medical scheme option: residents'.
    scheme_residents,
    /// Medical scheme option: employees'.
    scheme_employee,
    /// Medical scheme option: none.
    scheme_none,

    /// Checkbox: registered poor, not exited.
    label_registered_poor,
    /// Checkbox: registered poor, exited.
    label_registered_poor_exited,
    /// Checkbox: dibao.
    label_dibao,
    /// Checkbox: tekun.
    label_tekun,
    /// Checkbox: other hardship.
    label_other_hardship,
    /// Checkbox: severe disability.
    label_severe_disability,
    /// Checkbox: relapse risk (from 2021).
    label_relapse_risk,
    /// In a sentence: registered poor.
    name_registered_poor,
    /// In a sentence: registered poor, exited.
    name_registered_poor_exited,
    /// In a sentence: dibao.
    name_dibao,
    /// In a sentence: tekun.
    name_tekun,
    /// In a sentence: other hardship.
    name_other_hardship,
    /// In a sentence: severe disability.
    name_severe_disability,
    /// In a sentence: relapse risk.
    name_relapse_risk,

    /// Card 1 heading.
    card_pension,
    /// Card 2 heading.
    card_direct,
    /// Card 3 heading.
    card_medical,
    /// Verdict: yes.
    yes,
    /// Verdict: no.
    no,
    /// The expandable policy basis.
    basis,
    /// The provisional badge.
    provisional,
    /// What the provisional badge means.
    provisional_note,
    /// Lead of the "what would change the answer" line.
    change,
    /// Mark of a quote that is the policy page's summary, not the original.
    summary,
    /// Lead of the English gloss of a quote.
    gloss_lead,
    /// Shown before the form is complete.
    waiting,
    /// The tier table's summary line.
    tiers,
    /// Tier table column: tier.
    col_tier,
    /// Tier table column: subsidy.
    col_subsidy,
    /// An amount (`{amount}`).
    yuan,
    /// An amount a year (`{amount}`).
    yuan_per_year,
    /// Pension fact: tier.
    fact_tier,
    /// Pension fact: the government pays.
    fact_government,
    /// Pension fact: the resident pays.
    fact_resident,
    /// Pension fact: contribution subsidy.
    fact_subsidy,
    /// Pension verdict, yes: at least the minimum tier (`{minimum}`), and what the deployment's
    /// place (`{place}`) pays (`{amount}`).
    verdict_pays,
    /// Verdict: the government pays; the year's amount was not found.
    verdict_pays_unknown,
    /// Pension verdict, no.
    verdict_not_pays,
    /// Direct claim: the monthly basic pension (`{amount}`).
    direct_monthly,
    /// Direct claim: the year's basic pension is not known.
    direct_monthly_unknown,
    /// The national minimum basic pension, as a floor (`{amount}`).
    direct_national_floor,
    /// Direct claim fact: no back contributions.
    direct_fact_apply,
    /// Direct claim fact: paid from the next month.
    direct_fact_from,
    /// Direct claim verdict, yes.
    direct_yes,
    /// Direct claim verdict, no.
    direct_no,
    /// Medical verdict: full.
    medical_full,
    /// Medical verdict: a share (`{percent}`).
    medical_rate,
    /// Medical verdict: none.
    medical_none,
    /// Verdict: the documents do not decide (neither yes nor no).
    not_determined,
    /// Medical fact: the standard contribution.
    fact_medical_standard,
    /// Medical fact: public funds pay.
    fact_medical_paid,
    /// Medical fact: the resident pays.
    fact_medical_you,
    /// The version line (`{year}`, `{version}`, `{digest}`).
    version_line,
    /// The print stamp (`{time}`).
    print_stamp,
    /// The print button.
    print,

    /// Why (pension): the government pays (`{who}`).
    why_government_pays,
    /// Why (pension): no qualifying status.
    why_pension_no_status,
    /// Why (pension): under 16.
    why_pension_too_young,
    /// Why (pension): 60 or over.
    why_pension_too_old,
    /// Why (pension): qualifies but not enrolled (`{who}`).
    why_pension_not_enrolled,
    /// Why (pension): already drawing a pension.
    why_pension_receiving,
    /// Why (pension): in the employees' scheme.
    why_pension_employee_scheme,
    /// Why (pension): the period's documents leave the status open (`{who}`).
    why_pension_not_determined,
    /// Why (direct claim): allowed.
    why_direct_allowed,
    /// Why (direct claim): not registered poor.
    why_direct_not_registered_poor,
    /// Why (direct claim): under 60.
    why_direct_too_young,
    /// Why (direct claim): already enrolled.
    why_direct_enrolled,
    /// Why (direct claim): already drawing a pension.
    why_direct_receiving,
    /// Why (direct claim): in the employees' scheme.
    why_direct_employee_scheme,
    /// Why (direct claim): no rule encoded for the year.
    why_direct_no_rule,
    /// Why (medical): full subsidy (`{who}`).
    why_medical_full,
    /// Why (medical): partial subsidy (`{who}`).
    why_medical_partial,
    /// Why (medical): exited before the cut-off.
    why_medical_exited_before_cutoff,
    /// Why (medical): no qualifying status.
    why_medical_no_status,
    /// Why (medical): the documents do not decide for this status (`{who}`).
    why_medical_not_determined,
    /// Why (medical): no rule encoded for the year.
    why_medical_no_rule,
    /// Why (medical): in the employees' medical insurance.
    why_medical_employee_scheme,
    /// Why (medical): in no medical insurance, would qualify (`{who}`).
    why_medical_not_in_scheme,
    /// Hint: enrol in the residents' medical insurance.
    hint_enrol_medical,
    /// Hint: enrol.
    hint_enrol,
    /// Hint (direct claim): reach an age (`{age}`).
    hint_age_direct,
    /// Hint (pension): reach an age (`{age}`).
    hint_age_pension,

    /// Error: age missing.
    err_age_missing,
    /// Error: age not a whole number.
    err_age_type,
    /// Error: age out of range.
    err_age_range,
    /// Error: exit date missing.
    err_exit_missing,
    /// Error: exit date not a date.
    err_exit_date,
    /// Error: exit date out of range.
    err_exit_range,
    /// Error: pension situation missing.
    err_pension_missing,
    /// Error: the record is not an object.
    err_not_an_object,
    /// Error: a required field is missing (`{field}`).
    err_missing,
    /// Error: a field the contract does not have (`{value}`, `{allowed}`).
    err_unknown_field,
    /// Error: the same field twice (`{value}`).
    err_duplicate_field,
    /// Error: a value of the wrong type (`{field}`, `{expected}`, `{got}`).
    err_wrong_type,
    /// Error: not one of the allowed names (`{field}`, `{value}`, `{allowed}`).
    err_unknown_value,
    /// Error: a value listed twice (`{field}`, `{value}`).
    err_duplicate_value,
    /// Error: out of range (`{field}`, `{value}`, `{min}`, `{max}`).
    err_out_of_range,
    /// Error: a year outside the encoded policy (`{field}`, `{value}`, `{min}`, `{max}`).
    err_year_not_covered,
    /// Error: a figure the answer needs was not found for the year (`{value}` the year; `allowed` names the parameters).
    err_value_unknown,
    /// Error: not a real date (`{field}`, `{value}`).
    err_bad_date,
    /// Error: required because of another value (`{field}`, `{allowed}`).
    err_required_with,
    /// Error: given without the value it needs (`{field}`, `{allowed}`).
    err_not_allowed_without,
    /// Error: not a `YYYY-MM` year and month (`{field}`, `{value}`).
    err_bad_month,
    /// Error: two fields saying the same thing (`{field}`, `{allowed}` the other).
    err_exclusive_with,
    /// Expected type: a whole number.
    type_integer,
    /// Expected type: completed years.
    type_age,
    /// Expected type: a count.
    type_count,
    /// Expected type: a number or a text.
    type_integer_or_string,
    /// Expected type: a text.
    type_string,
    /// Expected type: a list of texts.
    type_array_of_strings,
    /// Expected type: a date.
    type_date,
    /// Type name: a year and month.
    type_month,
    /// Expected type: a plain value.
    type_plain_value,
    /// Value kind: null.
    kind_null,
    /// Value kind: true/false.
    kind_boolean,
    /// Value kind: a number.
    kind_number,
    /// Value kind: a text.
    kind_string,
    /// Value kind: a list.
    kind_array,
    /// Value kind: an object.
    kind_object,
    /// Value kind: a field whose getter threw.
    kind_getter,
    /// Kiosk: the idle countdown (`{seconds}`).
    kiosk_countdown,
    /// Kiosk: the clear button.
    kiosk_clear,
    /// A date in a sentence (`{y}`, `{m}`, `{d}`, and `{mm}`, `{dd}` zero-padded).
    date_long,
    /// Heading of our readings under 政策依据.
    basis_readings,
    /// Heading of the figures an answer used, under 政策依据.
    data_heading,
    /// Between a figure's name and its value.
    data_colon,
    /// The name of the figure `government_payment_tier` of the policy data.
    figure_government_payment_tier,
    /// The name of the figure `tiers` of the policy data.
    figure_tiers,
    /// The name of the figure `enrol_min_age` of the policy data.
    figure_enrol_min_age,
    /// The name of the figure `pension_age` of the policy data.
    figure_pension_age,
    /// The name of the figure `basic_pension_monthly` of the policy data.
    figure_basic_pension_monthly,
    /// The name of the figure `medical_contribution` of the policy data.
    figure_medical_contribution,
    /// The name of the figure `medical_full_rate` of the policy data.
    figure_medical_full_rate,
    /// The name of the figure `medical_partial_rate` of the policy data.
    figure_medical_partial_rate,
    /// The name of the figure `medical_exit_cutoff` of the policy data.
    figure_medical_exit_cutoff,
    /// A figure not found in any source.
    data_unknown,
    /// Confidence: verified.
    confidence_verified,
    /// Confidence: a secondary text.
    confidence_secondary,
    /// Confidence: recalled, the original not retrieved.
    confidence_recalled,
    /// Confidence: not found.
    confidence_unknown,
    /// The next step's lead.
    next_heading,
    /// Next step when the government pays: no application; whom to ask if it was not paid.
    next_payment,
    /// Next step for the direct claim: apply in person, where, what to bring (the handling
    /// rules cited from memory).
    next_direct,
    /// Next step when the medical subsidy applies.
    next_medical,
    /// The deployment's office (`{name}`, `{address}`, `{phone}`, `{hours}`).
    next_office,
    /// Marks the kept 100 元 tier in the tier table.
    tier_kept,
    /// Field: birth month, instead of the age.
    born,
    /// The earliest month the direct claim can start (`{year}`, `{month}`).
    direct_start_month,
    /// Our reading `until_2020_inclusive` ([`crate::policy::readings::Reading`]).
    reading_until_2020_inclusive,
    /// Our reading `poor_persons_as_listed` ([`crate::policy::readings::Reading`]).
    reading_poor_persons_as_listed,
    /// Our reading `severe_disability_whole_minimum` ([`crate::policy::readings::Reading`]).
    reading_severe_disability_whole_minimum,
    /// Our reading `kept_tier_only_for_them` ([`crate::policy::readings::Reading`]).
    reading_kept_tier_only_for_them,
    /// Our reading `exit_date_on_or_after` ([`crate::policy::readings::Reading`]).
    reading_exit_date_on_or_after,
    /// Our reading `exited_before_cutoff_no_subsidy` ([`crate::policy::readings::Reading`]).
    reading_exited_before_cutoff_no_subsidy,
    /// Our reading `whole_year_for_medical` ([`crate::policy::readings::Reading`]).
    reading_whole_year_for_medical,
    /// Our reading `age_held_all_year` ([`crate::policy::readings::Reading`]).
    reading_age_held_all_year,
    /// Our reading `age_at_any_time_in_year` ([`crate::policy::readings::Reading`]).
    reading_age_at_any_time_in_year,
    /// Our reading `direct_claim_from_month_after` ([`crate::policy::readings::Reading`]).
    reading_direct_claim_from_month_after,
    /// Reading: the transition notice's groups as listed.
    reading_transition_groups_as_listed,
    /// Reading: 返贫致贫人口 and 易返贫致贫人口 as one status.
    reading_relapse_risk_one_status,
    /// Reading: 部分或全部 in the transition read as the whole minimum tier.
    reading_whole_minimum_in_transition,
    /// Reading: the last period's rules continue.
    reading_period_continues,
    }
}

catalogue! {
    /// One language's strings of the clerk's page and the CLI's budget table.
    ClerkText {
    /// `daijiao policy`: heading, every row.
    policy_heading,
    /// `daijiao policy --year`: heading (`{year}`).
    policy_heading_year,
    /// `daijiao policy`: "in force from".
    policy_from,
    /// `daijiao policy`: "source".
    policy_source,
    /// Clerk: heading.
    clerk_heading,
    /// Clerk: printed heading.
    clerk_print_title,
    /// Clerk: printed date (`{date}`).
    clerk_date,
    /// Clerk: field, people.
    people,
    /// Clerk: help under people (`{max}`).
    people_help,
    /// Clerk: error, people not a count.
    people_error,
    /// Clerk: error, people out of range (`{value}`, `{min}`, `{max}`).
    people_range_error,
    /// Clerk: field, fiscal arrangement.
    fiscal,
    /// Clerk: ordinary county.
    fiscal_ordinary,
    /// Clerk: county directly under the province's treasury.
    fiscal_province_direct,
    /// Clerk: budget card heading.
    budget_card,
    /// Clerk: budget card before input.
    budget_waiting,
    /// Clerk: the print button.
    budget_print,
    /// Level: province.
    level_province,
    /// Level: city.
    level_city,
    /// Level: city, borne by the province.
    level_city_by_province,
    /// Level: county.
    level_county,
    /// Budget summary (`{year}`, `{people}`, `{per}`, `{total}`).
    budget_summary,
    /// Label of the budget table's scroll region.
    budget_table_label,
    /// Budget column: level.
    col_level,
    /// Budget column: exact share.
    col_exact,
    /// Budget column: budget per person.
    col_per_person,
    /// Budget column: budget.
    col_budgeted,
    /// Budget column: budget in 万元.
    col_wan,
    /// Budget column: year-end settlement.
    col_settlement,
    /// Row: total.
    total,
    /// How the budget rounds.
    budget_rounding,
    /// Roster card heading.
    roster_card,
    /// Roster help.
    roster_help,
    /// Roster file button.
    roster_file,
    /// Roster progress label.
    roster_progress,
    /// Roster: file unreadable.
    roster_read_error,
    /// Roster summary (`{name}`, `{rows}`, `{accepted}`, `{rejected}`, `{blank}`, `{encoding}`).
    roster_summary,
    /// Roster: a year's heading (`{year}`).
    roster_year,
    /// Roster: the year's budget heading.
    roster_year_budget,
    /// Figure: people.
    fig_persons,
    /// Figure: poor persons.
    fig_poor,
    /// Figure: government pays the pension contribution.
    fig_pays,
    /// Figure: the government's amount.
    fig_pays_amount,
    /// Figure: may draw directly.
    fig_direct,
    /// Figure: medical, full.
    fig_medical_full,
    /// Figure: medical, 60 %.
    fig_medical_partial,
    /// Figure: medical amount.
    fig_medical_amount,
    /// Roster totals (`{pension}`, `{medical}`).
    roster_totals,
    /// Rejected rows heading (`{count}`, `{shown}`).
    rejects_heading,
    /// Label of the rejects' scroll region.
    rejects_label,
    /// Rejects column: line.
    col_line,
    /// Rejects column: id.
    col_id,
    /// Rejects column: field.
    col_field,
    /// Rejects column: reason.
    col_reason,
    /// List column: 序号.
    list_col_seq,
    /// List column: name.
    list_col_name,
    /// List column: identity number.
    list_col_id,
    /// List column: statuses held.
    list_col_statuses,
    /// List column: the deciding status.
    list_col_decided,
    /// List column: the answer.
    list_col_answer,
    /// List column: the amount.
    list_col_amount,
    /// List column: the province's share.
    list_col_province,
    /// List column: the city's share.
    list_col_city,
    /// List column: the county's share.
    list_col_county,
    /// List column: the clause.
    list_col_clause,
    /// List column: the source files and lines.
    list_col_sources,
    /// Rejects column: the file.
    list_col_file,
    /// Rejects column: the reason's code.
    list_col_code,
    /// Answer: the government pays.
    list_answer_pays,
    /// Answer: not paid, with the reason (`{why}`).
    list_answer_not,
    /// Answer: not determined, with the reason (`{why}`).
    list_answer_open,
    /// Amount: not found for the year.
    list_amount_unknown,
    /// Sheet name: the list.
    list_sheet_list,
    /// Sheet name: the summary.
    list_sheet_summary,
    /// Sheet name: the rejects.
    list_sheet_rejects,
    /// Title of the list (`{year}`).
    list_title,
    /// Summary: people on the list (`{count}`).
    list_summary_people,
    /// Summary: people paid for and the total (`{count}`, `{total}`).
    list_summary_paid,
    /// Summary: people paid for whose amount is unknown (`{count}`).
    list_summary_unknown,
    /// Summary: people held out (`{count}`).
    list_summary_held,
    /// Summary: rejected rows (`{count}`).
    list_summary_rejected,
    /// Summary: no budget for the year (`{why}`).
    list_summary_no_budget,
    /// Summary: the budget table's heading.
    list_budget_heading,
    /// Budget column: level.
    list_col_level,
    /// Budget column: exact share.
    list_col_exact,
    /// Budget column: per person budgeted.
    list_col_per_person,
    /// Budget column: budgeted.
    list_col_budgeted,
    /// Budget column: settled at year end.
    list_col_settlement,
    /// Reject: unknown category word (`{value}`).
    list_reject_unknown_category,
    /// Reject: empty category cell.
    list_reject_no_category,
    /// Reject: no category column and none given.
    list_reject_no_category_column,
    /// Reject: unknown enrolment answer (`{value}`).
    list_reject_unknown_enrolment,
    /// Reject: no enrolment column.
    list_reject_no_enrolment_column,
    /// Reject: two names for one number (`{value}`).
    list_reject_names,
    /// Reject: two enrolment answers.
    list_reject_enrolment,
    /// Reject: identity number of the wrong length.
    list_reject_id_length,
    /// Reject: identity number with a character that is not a digit.
    list_reject_id_digits,
    /// Reject: identity number with an impossible birth date.
    list_reject_id_birth,
    /// Reject: identity number whose check character does not match.
    list_reject_id_check,
    /// Clerk: the lists card's heading.
    lists_card,
    /// Clerk: what the lists card does.
    lists_help,
    /// Clerk: the lists file input's label.
    lists_files,
    /// Clerk: the category for files without a category column.
    lists_category,
    /// Clerk: no category given for such files.
    lists_category_none,
    /// Clerk: everyone on files without an enrolment column is enrolled.
    lists_enrolled,
    /// Clerk: ask which column holds the identity numbers (`{file}`).
    lists_pick_id,
    /// Clerk: the column picker's empty choice.
    lists_pick_none,
    /// Clerk: progress (`{file}`, `{i}`, `{n}`).
    lists_reading,
    /// Clerk: a file cannot be read (`{file}`, `{why}`).
    lists_unreadable,
    /// Clerk: download the list as Excel.
    lists_download_xlsx,
    /// Clerk: download the list as CSV.
    lists_download_csv,
    /// Clerk: print the list (identity numbers masked).
    lists_print,
    /// Clerk: the rejects table's heading (`{count}`, `{shown}`).
    lists_rejects_heading,
    /// Clerk: the list preview's accessible name.
    lists_table_label,
    /// Clerk: the print's last line (`{count}`, `{total}`).
    lists_print_total,
    }
}

catalogue! {
    /// One language's sentences for the errors only a shell gives (bytes, JSON, CSV,
    /// arguments, files).
    ShellText {
    /// Error: the line is not UTF-8 (`{field}`, `{value}` the byte).
    err_invalid_utf8,
    /// Error: a cell is not valid in the file's encoding (`{field}`, `{value}`).
    err_bad_encoding,
    /// Error: an empty line (`{field}`).
    err_empty_line,
    /// Error: not valid JSON (`{field}`, `{value}` the column).
    err_syntax,
    /// Error: an unclosed quote in a CSV row (`{field}`).
    err_unclosed_quote,
    /// Error: a row without the header's columns (`{field}`, `{value}`, `{max}`, `{allowed}`).
    err_columns,
    /// Error: the first line is not the header (`{field}`, `{allowed}`).
    err_header,
    /// Error: an unknown command-line argument (`{field}`, `{value}`, `{allowed}`).
    err_unknown_argument,
    /// Error: an argument without its value (`{field}`, `{value}`).
    err_argument_value,
    /// Error: a file could not be read or written (`{field}`, `{value}` the path, `{allowed}` the reason).
    err_io,
    /// Error: an answer could not be written (`{field}`).
    err_internal,
    }
}

catalogue! {
    /// One language's sentences of the policy summary (shown where the calculator cannot
    /// run, and by `daijiao summary`): built into the pages' HTML, never into their wasm.
    SummaryText {
    /// Summary: title.
    title,
    /// Summary: why it is shown, scripting off.
    why_noscript,
    /// Summary: why it is shown, no WebAssembly or a failed load.
    why_nowasm,
    /// Summary: why it is shown, a slow load.
    why_slow,
    /// The loading line under the static header.
    loading,
    /// Summary: the payment's heading.
    pension_heading,
    /// Summary heading: the transition period and after.
    later_heading,
    /// Summary: who qualifies for the payment (`{statuses}`, `{min}`, `{max}`).
    pension,
    /// Summary: the direct claim's heading.
    direct_heading,
    /// Summary: who may draw directly (`{age}`).
    direct,
    /// Summary: a monthly amount (`{amount}`).
    per_month,
    /// Summary: the medical subsidy's heading.
    medical_heading,
    /// Summary: full subsidy (`{statuses}`, `{cutoff}`).
    medical_full,
    /// Summary: partial subsidy (`{statuses}`, `{percent}`).
    medical_partial,
    /// Summary: statuses the medical clause does not name (`{statuses}`).
    medical_not_determined,
    /// Summary: no medical rule encoded after the first period.
    medical_no_rule,
    /// Summary: no direct-claim rule encoded after the first period.
    direct_no_rule,
    /// Summary: whom a later period's payment names (`{from}`, `{to}`, `{statuses}`).
    pension_later,
    /// Summary: the years answered with the last period's rules continued (`{years}`).
    pension_continues,
    /// Summary: the contribution by year.
    medical_standard,
    /// Summary: where to apply.
    where_heading,
    /// Summary: where to apply.
    where_to_apply,
    /// Summary: the mark of our own guidance.
    our_guidance,
    /// Summary: a figure not found.
    unknown,
    /// Summary: the lead of the clauses.
    basis,
    /// Summary: between names in a list.
    list_separator,
    /// Summary: one year's figure (`{year}`, `{figure}`).
    year_figure,
    /// The JS API's error when WebAssembly is missing.
    unavailable,
    /// The JS API's error when the module fails to load.
    failed,
    }
}

catalogue! {
    /// English glosses of the Chinese policy quotes and the documents' names (shown in English
    /// mode beside the Chinese, never instead of it).
    Glosses {
    /// JRS-2018-3 一.
    jrs_1_poor_persons,
    /// JRS-2018-3 二(一)1, the payment.
    jrs_2_1_1_payment,
    /// JRS-2018-3 二(一)1, the direct claim.
    jrs_2_1_1_direct_claim,
    /// JRS-2018-3 二(一)2.
    jrs_2_1_2_whole_year,
    /// JRS-2018-3 二(二)1.
    jrs_2_2_1_medical,
    /// TGRS-2018-4.
    tgrs_2018_4_budget,
    /// 国发〔2014〕8号 (summary).
    gf_2014_8_ages,
    /// 国发〔2014〕8号 三(三), severe disability (summary).
    gf_2014_8_severe_disability,
    /// The 2021 transition notice (excerpt).
    transition_payment,
    /// Hebei practice from 2021 (summary).
    hebei_2021_practice,
    /// The name of JRS-2018-3.
    doc_jrs_2018_3,
    /// The name of TGRS-2018-4.
    doc_tgrs_2018_4,
    /// The name of GF-2014-8.
    doc_gf_2014_8,
    /// The name of RSB-2017-59.
    doc_rsb_2017_59,
    /// The name of the 2021 transition notice.
    doc_transition_2021,
    /// The name of Hebei's local practice from 2021.
    doc_hebei_2021_practice,
    }
}
