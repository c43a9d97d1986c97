//! Plain-text and HTML bodies of each message.
use maud::{DOCTYPE, Markup, html};

use crate::read::Message;

fn wrap(title: &str, body: Markup) -> String {
    html! {
        (DOCTYPE)
        html lang="en" {
            head { meta charset="utf-8"; title { (title) } }
            body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1f24; max-width: 40rem;" {
                (body)
                p style="color: #4a5260; font-size: 0.9rem;" { "lcreview — expert review of learning cities' reports" }
            }
        }
    }
    .into_string()
}

/// One (city, panel) an expert reviews.
pub struct Assignment {
    pub city: String,
    pub panel: String,
}

/// An expert's assignment notice.
pub fn assignment_notice(
    to: &str,
    name: &str,
    cycle: &str,
    deadline: &str,
    bundles: &[Assignment],
    url: &str,
) -> Message {
    let subject = format!("Your review assignment: {cycle}");
    let list: String = bundles
        .iter()
        .map(|b| format!("  - {} ({} panel)\n", b.city, b.panel))
        .collect();
    let text = format!(
        "Dear {name},\n\nyou are assigned to review, in the cycle \"{cycle}\":\n{list}\nThe review deadline is {deadline}. \
         Your reviews will be listed at {url} when the review starts.\n\nThank you for your work.\n"
    );
    let body = html! {
        p { "Dear " (name) "," }
        p { "you are assigned to review, in the cycle " strong { (cycle) } ":" }
        ul { @for b in bundles { li { (b.city) " (" (b.panel) " panel)" } } }
        p { "The review deadline is " strong { (deadline) } ". Your reviews will be listed at " a href=(url) { (url) } " when the review starts." }
        p { "Thank you for your work." }
    };
    Message {
        to: to.to_owned(),
        html: wrap(&subject, body),
        subject,
        text,
        kind: "assignment",
        dedupe_key: None,
    }
}

/// A reminder to an expert with ratings still to submit.
pub fn reminder(
    to: &str,
    name: &str,
    cycle: &str,
    deadline: &str,
    unfinished: usize,
    url: &str,
    dedupe_key: Option<String>,
) -> Message {
    let subject = format!("Reminder: {unfinished} rating(s) to submit by {deadline}");
    let text = format!(
        "Dear {name},\n\nin the cycle \"{cycle}\" you still have {unfinished} rating(s) to submit. The deadline is {deadline}.\n\
         Your reviews: {url}\n\nThank you.\n"
    );
    let body = html! {
        p { "Dear " (name) "," }
        p { "in the cycle " strong { (cycle) } " you still have " strong { (unfinished) } " rating(s) to submit. The deadline is " strong { (deadline) } "." }
        p { a href=(url) { "Your reviews" } }
        p { "Thank you." }
    };
    Message {
        to: to.to_owned(),
        html: wrap(&subject, body),
        subject,
        text,
        kind: "reminder",
        dedupe_key,
    }
}

/// To a reviewer of items that go to a revision round.
pub fn revision_request(to: &str, name: &str, cycle: &str, items: usize, deadline: &str, url: &str) -> Message {
    let subject = format!("Revision round: {items} item(s) to reconsider by {deadline}");
    let text = format!(
        "Dear {name},\n\nin the cycle \"{cycle}\" the ratings of {items} item(s) you reviewed disagree. Please read the \
         other reviewers' ratings and justifications (anonymised) and keep or revise your score, with a justification \
         for this round, by {deadline}.\nYour reviews: {url}\n\nThank you.\n"
    );
    let body = html! {
        p { "Dear " (name) "," }
        p { "in the cycle " strong { (cycle) } " the ratings of " strong { (items) } " item(s) you reviewed disagree. Please read the other reviewers' ratings and justifications (anonymised) and keep or revise your score, with a justification for this round, by " strong { (deadline) } "." }
        p { a href=(url) { "Your reviews" } }
        p { "Thank you." }
    };
    Message {
        to: to.to_owned(),
        html: wrap(&subject, body),
        subject,
        text,
        kind: "revision",
        dedupe_key: None,
    }
}

/// To a reviewer whose submitted rating the secretariat reopened.
pub fn rating_reopened(
    to: &str,
    name: &str,
    cycle: &str,
    city: &str,
    measurement: &str,
    reason: &str,
    url: &str,
) -> Message {
    let subject = format!("Your rating of {city} ({measurement}) is open again");
    let text = format!(
        "Dear {name},\n\nthe secretariat reopened your submitted rating of {measurement} for {city} in the cycle \
         \"{cycle}\", so that you can correct it. Their reason:\n\n{reason}\n\nIt is a draft again: change it if \
         needed and submit it.\nYour review: {url}\n\nThank you.\n"
    );
    let body = html! {
        p { "Dear " (name) "," }
        p { "the secretariat reopened your submitted rating of " strong { (measurement) } " for " strong { (city) } " in the cycle " strong { (cycle) } ", so that you can correct it. Their reason:" }
        blockquote { (reason) }
        p { "It is a draft again: change it if needed and submit it." }
        p { a href=(url) { "Your review" } }
        p { "Thank you." }
    };
    Message {
        to: to.to_owned(),
        html: wrap(&subject, body),
        subject,
        text,
        kind: "rating_reopened",
        dedupe_key: None,
    }
}

/// To a city's users when a cycle's results are published.
pub fn published(to: &str, name: &str, city: &str, cycle: &str, url: &str) -> Message {
    let subject = format!("{city}: the results of \"{cycle}\" are published");
    let text = format!(
        "Dear {name},\n\nthe experts' consensus scores and feedback for {city} in \"{cycle}\" are published on your \
         city's profile: {url}\n\nThank you for your report.\n"
    );
    let body = html! {
        p { "Dear " (name) "," }
        p { "the experts' consensus scores and feedback for " strong { (city) } " in " strong { (cycle) } " are published on your city's profile." }
        p { a href=(url) { "Your city's profile" } }
        p { "Thank you for your report." }
    };
    Message {
        to: to.to_owned(),
        html: wrap(&subject, body),
        subject,
        text,
        kind: "published",
        dedupe_key: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_escape_and_say_what_matters() {
        let m = assignment_notice(
            "a@example.org",
            "<Ana>",
            "2026",
            "2026-12-31",
            &[Assignment {
                city: "Cork".into(),
                panel: "Policy & leadership".into(),
            }],
            "https://lcreview.example.org/",
        );
        assert!(m.text.contains("Cork (Policy & leadership panel)"));
        assert!(m.html.contains("&lt;Ana&gt;") && !m.html.contains("<Ana>"));
        let r = reminder(
            "a@example.org",
            "Ana",
            "2026",
            "2026-12-31",
            3,
            "https://x.example.org/",
            Some("k".into()),
        );
        assert!(r.subject.contains("3 rating(s)") && r.dedupe_key.as_deref() == Some("k"));
    }
}
