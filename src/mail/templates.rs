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

/// To an expert taken off bundles (withdrawn, a conflict, a manual change).
pub fn assignment_removed(to: &str, name: &str, cycle: &str, bundles: &[Assignment], url: &str) -> Message {
    let list: Vec<String> = bundles
        .iter()
        .map(|b| format!("{} ({} panel)", b.city, b.panel))
        .collect();
    notice(
        to,
        format!("Your review assignment changed: {cycle}"),
        &format!("Dear {name},"),
        &[
            format!(
                "you no longer review, in the cycle \"{cycle}\": {}. You do not need to do anything more for it.",
                list.join("; ")
            ),
            "Ratings you submitted stay in the review's history.".to_owned(),
        ],
        Some(("Your reviews", url)),
        "assignment_removed",
    )
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

/// A paragraph-per-line message with a link, in plain text and HTML: the shape most notices share.
fn notice(
    to: &str,
    subject: String,
    greeting: &str,
    paragraphs: &[String],
    link: Option<(&str, &str)>,
    kind: &'static str,
) -> Message {
    let mut text = format!("{greeting}\n\n");
    for p in paragraphs {
        text.push_str(p);
        text.push_str("\n\n");
    }
    if let Some((label, url)) = link {
        text.push_str(&format!("{label}: {url}\n"));
    }
    let body = html! {
        p { (greeting) }
        @for p in paragraphs { p { (p) } }
        @if let Some((label, url)) = link { p { a href=(url) { (label) } } }
    };
    Message {
        to: to.to_owned(),
        html: wrap(&subject, body),
        subject,
        text,
        kind,
        dedupe_key: None,
    }
}

/// To a city's users: a cycle they take part in is open for their report.
pub fn cycle_opened(to: &str, name: &str, city: &str, cycle: &str, deadline: &str, url: &str) -> Message {
    notice(
        to,
        format!("{city}: the review cycle \"{cycle}\" is open for your report"),
        &format!("Dear {name},"),
        &[
            format!("the review cycle \"{cycle}\" is open, and {city} takes part in it."),
            format!("Please write and submit your city's report by {deadline}."),
        ],
        Some(("Your report", url)),
        "cycle_opened",
    )
}

/// To the people concerned when a deadline moves.
pub fn deadline_changed(
    to: &str,
    name: &str,
    cycle: &str,
    which: &str,
    before: &str,
    after: &str,
    url: &str,
) -> Message {
    notice(
        to,
        format!("{cycle}: the {which} deadline is now {after}"),
        &format!("Dear {name},"),
        &[format!(
            "the secretariat moved the {which} deadline of the cycle \"{cycle}\": it was {before}, it is now {after}."
        )],
        Some(("lcreview", url)),
        "deadline_changed",
    )
}

/// To an expert given (or no longer given) a personal extension of the current round.
pub fn extension_changed(to: &str, name: &str, cycle: &str, round: &str, until: Option<&str>, url: &str) -> Message {
    let (subject, line) = match until {
        Some(u) => (
            format!("{cycle}: you may rate until {u}"),
            format!("the secretariat gave you until {u} to finish your ratings of the {round} round of \"{cycle}\"."),
        ),
        None => (
            format!("{cycle}: your extension is withdrawn"),
            format!(
                "the secretariat withdrew your extension of the {round} round of \"{cycle}\": the round's own deadline applies again."
            ),
        ),
    };
    notice(
        to,
        subject,
        &format!("Dear {name},"),
        &[line],
        Some(("Your reviews", url)),
        "extension",
    )
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
