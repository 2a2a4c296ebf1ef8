//! The resident's page (Leptos, client-side rendered). Holds no rule: it renders
//! [`crate::rules::evaluate`]'s decision.

/// Mounts the page on `<body>`.
pub fn mount() {}
