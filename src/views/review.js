// The review page's drafts: kept as they are typed, so a half-written justification survives a
// closed tab, a lost connection or a session that ended. The page works without this script.
//
// - Every rating form's fields are copied to this browser's storage as they change (by item and
//   round), and put back when the page opens with an older server copy.
// - Once a score is chosen, the draft is also saved on the server a few seconds after the last
//   keystroke (POST /items/{id}/draft, with the form's CSRF token and version); the version the
//   server returns goes back into the form, so the next save or submit is not refused as stale.
//   A refusal (the round closed, the rating changed elsewhere) is shown beside the buttons and the
//   typed text stays.
// - Leaving the page with text not saved on the server asks first.
//
// Its words come from the page, in the reader's language: the script element's data- attributes
// (data-saving …), where "{message}" and "{status}" stand for what the script fills in.
(function () {
  "use strict";
  var script = document.currentScript || document.querySelector("script[data-saving]");
  var texts = (script && script.dataset) || {};

  function text(name, values) {
    var t = texts[name] || "";
    Object.keys(values || {}).forEach(function (k) {
      t = t.split("{" + k + "}").join(String(values[k]));
    });
    return t;
  }
  var forms = document.querySelectorAll("form.rating-form");
  var dirty = new Set();
  var store = null;
  try { store = window.localStorage; } catch (e) { store = null; }

  function fields(form) {
    var score = form.querySelector("input[name=score]:checked");
    return {
      score: score ? score.value : "",
      justification: form.querySelector("textarea[name=justification]").value,
      confidence: form.querySelector("select[name=confidence]").value,
    };
  }

  function say(form, text) {
    var status = form.querySelector(".autosave");
    if (status) { status.textContent = text; }
  }

  function keep(form) {
    if (!store) { return; }
    var f = fields(form);
    f.at = Date.now();
    try { store.setItem(form.dataset.key, JSON.stringify(f)); } catch (e) { /* full or blocked */ }
  }

  function restore(form) {
    if (!store) { return; }
    var raw = store.getItem(form.dataset.key);
    if (!raw) { return; }
    var kept;
    try { kept = JSON.parse(raw); } catch (e) { return; }
    var now = fields(form);
    if (kept.justification === now.justification && kept.score === now.score) {
      store.removeItem(form.dataset.key);
      return;
    }
    // Only text the server does not have yet: longer or different from what the page shows.
    if (!kept.justification || kept.justification === now.justification) { return; }
    form.querySelector("textarea[name=justification]").value = kept.justification;
    if (kept.score) {
      var radio = form.querySelector("input[name=score][value='" + kept.score + "']");
      if (radio && !radio.disabled) { radio.checked = true; }
    }
    if (kept.confidence !== undefined) { form.querySelector("select[name=confidence]").value = kept.confidence; }
    dirty.add(form);
    say(form, text("restored"));
  }

  function save(form) {
    var f = fields(form);
    if (!f.score) { say(form, text("kept")); return; }
    var body = new URLSearchParams();
    body.set("csrf_token", form.querySelector("input[name=csrf_token]").value);
    body.set("version", form.querySelector("input[name=version]").value);
    body.set("score", f.score);
    body.set("justification", f.justification);
    body.set("confidence", f.confidence);
    say(form, text("saving"));
    fetch(form.dataset.draft, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "Accept": "application/json" },
    }).then(function (r) {
      return r.text().then(function (t) {
        var j = null;
        try { j = JSON.parse(t); } catch (e) { j = null; }
        return { ok: r.ok, status: r.status, body: j };
      });
    }).then(function (res) {
      if (res.ok && res.body) {
        form.querySelector("input[name=version]").value = res.body.version;
        dirty.delete(form);
        if (store) { store.removeItem(form.dataset.key); }
        say(form, text("saved"));
      } else if (res.body && res.body.error) {
        say(form, text("notSaved", { message: res.body.error.message }));
      } else {
        // A signed-out session or an expired form answers with a page, not JSON.
        say(form, text("notSavedStatus", { status: res.status }));
      }
    }).catch(function () { say(form, text("offline")); });
  }

  forms.forEach(function (form) {
    restore(form);
    var timer = null;
    var changed = function () {
      dirty.add(form);
      keep(form);
      clearTimeout(timer);
      timer = setTimeout(function () { save(form); }, 3000);
    };
    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    form.addEventListener("submit", function () { clearTimeout(timer); dirty.clear(); });
  });

  window.addEventListener("beforeunload", function (e) {
    if (dirty.size > 0) { e.preventDefault(); e.returnValue = ""; }
  });
})();
