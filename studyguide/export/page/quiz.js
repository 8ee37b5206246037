/* The quiz page: the bank's questions one at a time, graded as the terminal quiz grades
   them (studyguide/quiz/grading.py), with the article's evidence after each answer. */
"use strict";

const grading = (() => {
  const LETTER_FOLDS = { "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i" };
  const LEADING = new Set(
    "the a an in on at from since by of for to during around about".split(" "),
  );
  const ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
  const VOWELS = new Set("aeiouy");
  const MAX_TYPOS = 2;
  const OWN_WORDS = 10;

  // Whether the question is answered in a sentence of the student's own, which the student
  // compares with the model answer: a long model answer, or the main idea however short.
  function inOwnWords(question) {
    if (question.type !== "short_answer") return false;
    const long = question.answer.split(/\s+/).filter(Boolean).length >= OWN_WORDS;
    return long || (question.tags || []).includes("main idea");
  }

  // Typed text folded for comparison: lower case, no accents or punctuation, single
  // spaces, no leading "the", "in", "from" and the like (unless that is all there is).
  function normalize(text) {
    const bare = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
    const folded = Array.from(bare, (c) => LETTER_FOLDS[c] ?? c).join("");
    let words = folded.replace(/['’‘`´]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ");
    words = words.filter((w) => w !== "");
    while (words.length > 1 && LEADING.has(words[0])) words = words.slice(1);
    return words.join(" ");
  }

  // Keys next to each letter key on a QWERTY keyboard, each row set off half a key.
  const NEAR = (() => {
    const near = {};
    for (const row of ROWS) for (const key of row) near[key] = new Set();
    ROWS.forEach((row, r) => {
      [...row].forEach((key, i) => {
        for (const j of [i - 1, i + 1]) if (j >= 0 && j < row.length) near[key].add(row[j]);
        const below = ROWS[r + 1];
        if (below === undefined) return;
        for (const j of [i - 1, i]) {
          if (j >= 0 && j < below.length) {
            near[key].add(below[j]);
            near[below[j]].add(key);
          }
        }
      });
    });
    return near;
  })();

  const slip = (a, b) => (NEAR[a] !== undefined && NEAR[a].has(b)) || (VOWELS.has(a) && VOWELS.has(b));
  const budget = (word) => (word.length <= 3 ? 0 : word.length <= 7 ? 1 : 2);

  // The table of edit distances between the starts of `a` and `b`; with `swaps`, a swap of
  // two neighbouring letters counts as one edit (optimal string alignment).
  function distances(a, b, swaps) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d;
  }

  const swapDistance = (a, b) => distances(a, b, true)[a.length][b.length];

  // The edits turning `a` into `b`, first to last, read back from the end as the grader's
  // library reads them: a deletion where one fits, else an insertion, else a letter for a letter.
  function edits(a, b) {
    const d = distances(a, b, false);
    const ops = [];
    let i = a.length;
    let j = b.length;
    while (i > 0 && j > 0) {
      if (d[i][j] === d[i - 1][j] + 1) {
        i -= 1;
        ops.push({ tag: "delete", src: i, dest: j });
      } else if (d[i][j] === d[i][j - 1] + 1) {
        j -= 1;
        ops.push({ tag: "insert", src: i, dest: j });
      } else {
        i -= 1;
        j -= 1;
        if (a[i] !== b[j]) ops.push({ tag: "replace", src: i, dest: j });
      }
    }
    while (i > 0) ops.push({ tag: "delete", src: --i, dest: 0 });
    while (j > 0) ops.push({ tag: "insert", src: 0, dest: --j });
    return ops.reverse();
  }

  // The number of typos turning `expected` into `typed`, or null if it is not a typo.
  function wordTypos(expected, typed) {
    if (expected === typed) return 0;
    if (expected[0] !== typed[0] || /\d/.test(expected + typed)) return null;
    const allowed = budget(expected);
    const count = swapDistance(expected, typed);
    if (count > allowed) return null;
    const ops = edits(expected, typed);
    for (let k = 0; k < ops.length; k++) {
      const op = ops[k];
      if (op.tag !== "replace") continue;
      const a = expected[op.src];
      const b = typed[op.dest];
      const swapped = ops.slice(Math.max(k - 1, 0), k + 2).some(
        (other) =>
          other.tag === "replace" &&
          Math.abs(other.src - op.src) === 1 &&
          other.dest - op.dest === other.src - op.src &&
          expected[other.src] === b &&
          typed[other.dest] === a,
      );
      if (!swapped && !slip(a, b)) return null;
    }
    return count;
  }

  // How many small typos separate two normalized answers, word by word, or null.
  function typos(expected, typed) {
    if (expected.replaceAll(" ", "") === typed.replaceAll(" ", "")) return 0;
    const want = expected.split(" ");
    const got = typed.split(" ");
    if (want.length !== got.length) return null;
    let total = 0;
    for (let k = 0; k < want.length; k++) {
      const count = wordTypos(want[k], got[k]);
      if (count === null) return null;
      total += count;
    }
    return total <= MAX_TYPOS ? total : null;
  }

  // A typed answer: right, right with a forgiven typo (and the spelling to learn), or wrong;
  // one that is another name from the article, or as near to one, is not forgiven.
  function gradeTyped(question, answer, names) {
    const typed = normalize(answer);
    if (typed === "") return { verdict: "unclear", note: "Type an answer." };
    const forms = new Map();
    for (const form of [question.answer, ...question.accepted]) {
      const key = normalize(form);
      if (key !== "" && !forms.has(key)) forms.set(key, form);
    }
    if ([...forms.keys()].some((form) => typos(form, typed) === 0)) return { verdict: "correct" };
    const rivals = new Set(names.map(normalize).filter((name) => !forms.has(name)));
    if (rivals.has(typed)) return { verdict: "incorrect" };
    let best = null;
    for (const form of forms.keys()) {
      const count = typos(form, typed);
      if (count !== null && (best === null || count < best.count || (count === best.count && form < best.form))) {
        best = { count, form };
      }
    }
    if (best === null) {
      if (question.type === "short_answer") {
        for (const form of forms.keys()) {
          const met = keyWordsMet(form, typed);
          if (met !== null) {
            return { verdict: "correct", note: `Judged on its key words (${met.join(", ")}). The article's answer: ${question.answer}` };
          }
        }
      }
      return { verdict: "incorrect" };
    }
    for (const rival of rivals) {
      const count = typos(rival, typed);
      if (count !== null && count <= best.count) return { verdict: "incorrect" };
    }
    if (spelling(best.form) === spelling(typed)) {
      return { verdict: "correct", note: `Accepted: another spelling of ${forms.get(best.form)}.` };
    }
    const what = best.count === 1 ? "a small typo" : "small typos";
    return { verdict: "correct", note: `Accepted with ${what}. The spelling is: ${forms.get(best.form)}` };
  }

  // The question's answers, with the given name or the surname alone of a person it asks
  // for, where no one else the article names shares that part of the name.
  function withNameParts(question, article) {
    const answers = new Set([question.answer, ...question.accepted].map(normalize));
    const parts = [];
    for (const person of article.people) {
      if (!person.some((name) => answers.has(normalize(name)))) continue;
      for (const word of person[0].split(" ")) {
        const shared = article.people.some((other) => other !== person && other[0].split(" ").includes(word));
        if (word.length > 2 && !shared && !answers.has(normalize(word)) && !parts.includes(word)) parts.push(word);
      }
    }
    return { ...question, accepted: [...question.accepted, ...parts] };
  }

  const SMALL_WORDS = new Set(
    `the a an and or but of to in on at for from by with as is are was were be been has
    have had it its this that these those their they he she his her which who what there
    than then so if into about after before over also more most very`.split(/\s+/),
  );
  const NOT = new Set("not no never nor cannot nothing none".split(" "));
  const NUMBERS = new Set("one two three four five six seven eight nine ten dozen hundred thousand million".split(" "));

  // The key words of a short answer of several that a student's own words hold, each
  // perhaps with a small typo, when they hold three in five of them; never when one of the
  // two says "not" and the other does not.
  function keyWordsMet(expected, typed) {
    const words = expected.split(" ");
    const keys = [...new Set(words.filter((w) => !SMALL_WORDS.has(w) && w.length > 2))];
    const said = typed.split(" ");
    const negated = (list) => list.some((w) => NOT.has(w));
    if (keys.length < 4 || negated(words) !== negated(said)) return null;
    // Another figure is another answer: "two years" for "a year".
    if (said.some((w) => (/^\d+$/.test(w) || NUMBERS.has(w)) && !words.includes(w))) return null;
    const met = keys.filter((key) => said.some((w) => typos(key, w) !== null));
    return met.length >= Math.max(2, Math.ceil((keys.length * 3) / 5)) ? met : null;
  }

  // British and American spellings, each written one way: another spelling is no typo.
  const SPELLINGS = [
    [/ll/g, "l"],
    [/our\b/g, "or"],
    [/is(e|ed|es|ing|ation)\b/g, "iz$1"],
    [/yse\b/g, "yze"],
    [/tre\b/g, "ter"],
    [/ogue\b/g, "og"],
    [/ae|oe/g, "e"],
  ];
  const spelling = (text) => SPELLINGS.reduce((spelt, [pattern, to]) => spelt.replace(pattern, to), text);

  // The names of the article that name something else than the question's answer.
  function rivalNames(question, article) {
    const answers = new Set([question.answer, ...question.accepted].map(normalize));
    return article.names
      .filter((names) => !names.some((name) => answers.has(normalize(name))))
      .flat();
  }

  return { normalize, typos, gradeTyped, rivalNames, withNameParts, inOwnWords };
})();

const quiz = (() => {
  const data = JSON.parse(document.getElementById("quiz-data").textContent);
  const root = document.getElementById("quiz");
  const articles = Object.fromEntries(data.articles.map((a) => [a.id, a]));
  let at = 0;
  let results = [];

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (key === "text") node.textContent = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) node.append(child);
    return node;
  }

  function choiceList(name, options, labels) {
    const list = el("div", { class: "choices", role: "radiogroup" });
    options.forEach((option, i) => {
      const id = `${name}-${i}`;
      const input = el("input", { type: "radio", name, id, value: option });
      list.append(el("label", { for: id, class: "choice" }, input, ` ${labels ? labels[i] : option}`));
    });
    return list;
  }

  function picked(form, name) {
    const chosen = form.querySelector(`input[name="${name}"]:checked`);
    return chosen === null ? null : chosen.value;
  }

  // Each type: the controls to answer with, and how to read and grade what was given.
  const TYPES = {
    multiple_choice: {
      controls: (q) => choiceList("answer", q.choices, q.choices.map((c, i) => `${"abcdefgh"[i]}) ${c}`)),
      grade(q, form) {
        const chosen = picked(form, "answer");
        if (chosen === null) return { verdict: "unclear", note: "Choose one answer." };
        return { verdict: chosen === q.answer ? "correct" : "incorrect" };
      },
    },
    true_false: {
      controls: () => choiceList("answer", ["True", "False"]),
      grade(q, form) {
        const chosen = picked(form, "answer");
        if (chosen === null) return { verdict: "unclear", note: "Choose true or false." };
        return { verdict: chosen.toLowerCase() === q.answer.toLowerCase() ? "correct" : "incorrect" };
      },
    },
    fill_blank: {
      controls: () => typedControl(),
      grade(q, form) {
        const article = articles[q.article];
        const asked = grading.withNameParts(q, article);
        return grading.gradeTyped(asked, form.elements.answer.value, grading.rivalNames(q, article));
      },
    },
    matching: {
      controls(q) {
        const box = el("div", { class: "rows" });
        q.pairs.forEach((pair, i) => {
          const select = el("select", { id: `match-${i}`, name: `match-${i}` }, el("option", { value: "", text: "choose…" }));
          for (const right of q.rights) select.append(el("option", { value: right, text: right }));
          box.append(el("label", { for: `match-${i}`, class: "row" }, el("span", { text: pair.left }), select));
        });
        return box;
      },
      grade(q, form) {
        const given = q.pairs.map((_, i) => form.elements[`match-${i}`].value);
        if (given.includes("")) return { verdict: "unclear", note: "Choose a match for every item." };
        const right = q.pairs.filter((pair, i) => given[i] === pair.right).length;
        if (right === q.pairs.length) return { verdict: "correct" };
        return { verdict: "incorrect", note: `${right} of ${q.pairs.length} matched right.` };
      },
    },
    ordering: {
      controls(q) {
        const box = el("div", { class: "rows" });
        q.items.forEach((item, i) => {
          const select = el("select", { id: `place-${i}`, name: `place-${i}` }, el("option", { value: "", text: "place…" }));
          q.items.forEach((_, k) => select.append(el("option", { value: String(k + 1), text: String(k + 1) })));
          box.append(el("label", { for: `place-${i}`, class: "row" }, el("span", { text: item }), select));
        });
        return box;
      },
      grade(q, form) {
        const places = q.items.map((_, i) => form.elements[`place-${i}`].value);
        if (places.includes("") || new Set(places).size !== places.length) {
          return { verdict: "unclear", note: "Give every item its own place, 1 for the first." };
        }
        const given = [...q.items].sort((a, b) => places[q.items.indexOf(a)] - places[q.items.indexOf(b)]);
        return { verdict: given.every((item, k) => item === q.order[k]) ? "correct" : "incorrect" };
      },
    },
  };
  TYPES.short_answer = TYPES.fill_blank;

  function typedControl() {
    return el("input", { type: "text", name: "answer", id: "typed", autocomplete: "off", autocapitalize: "off", spellcheck: "false", "aria-label": "Your answer" });
  }

  function rightAnswer(q) {
    if (q.type === "matching") return q.pairs.map((p) => `${p.left} → ${p.right}`).join("; ");
    if (q.type === "ordering") return q.order.join(" → ");
    return q.answer;
  }

  function show() {
    if (at >= data.questions.length) return finish();
    const q = data.questions[at];
    const type = TYPES[q.type];
    const form = el("form", { class: "question", novalidate: "" });
    const heading = el("p", { class: "count", text: `Question ${at + 1} of ${data.questions.length}` });
    const article = articles[q.article];
    const title = data.articles.length > 1 ? el("p", { class: "article", text: article.title }) : "";
    const message = el("p", { class: "message", role: "status" });
    const check = el("button", { type: "submit", text: "Check" });
    form.append(heading, title, el("h2", { id: "prompt", text: q.prompt }), type.controls(q), message, check);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (form.dataset.done) return next();
      const result = type.grade(q, form);
      if (result.verdict === "unclear") {
        message.textContent = result.note;
        return;
      }
      form.dataset.done = "yes";
      for (const control of form.querySelectorAll("input, select")) control.disabled = true;
      // The right choice, and the one chosen when it was not, marked where they stand.
      for (const input of form.querySelectorAll("input[type=radio]")) {
        const right = input.value.toLowerCase() === q.answer.toLowerCase();
        if (right) input.parentElement.classList.add("right");
        else if (input.checked) input.parentElement.classList.add("wrong");
      }
      const outcome = { question: q, correct: result.verdict === "correct" };
      results.push(outcome);
      // Words of the student's own that the page could not match: the student compares
      // them with the model answer, and says whether they say the same.
      const compare = result.verdict === "incorrect" && grading.inOwnWords(q);
      form.classList.add(compare ? "compare" : result.verdict);
      if (result.verdict === "correct") message.textContent = "Right.";
      else if (compare) message.textContent = `Compare with the model answer: ${q.answer}`;
      else message.textContent = `Not quite. The answer: ${rightAnswer(q)}`;
      if (result.note) message.textContent += ` ${result.note}`;
      if (compare) {
        const same = el("button", { type: "button", class: "same", text: "Mine says the same" });
        same.addEventListener("click", () => {
          outcome.correct = true;
          message.textContent = "Counted right, as you say.";
          same.remove();
          check.focus();
        });
        form.insertBefore(same, check);
      }
      const evidence = el("div", { class: "evidence" });
      if (q.explanation) evidence.append(el("p", { text: q.explanation }));
      for (const text of q.evidence) evidence.append(el("blockquote", { text }));
      form.insertBefore(evidence, check);
      check.textContent = at + 1 < data.questions.length ? "Next" : "See my score";
      check.focus();
    });
    root.replaceChildren(form);
    const first = form.querySelector("input, select");
    if (first !== null) first.focus();
  }

  function next() {
    at += 1;
    show();
  }

  function finish() {
    const right = results.filter((r) => r.correct).length;
    const missed = results.filter((r) => !r.correct);
    const summary = el("section", { class: "score" }, el("h2", { id: "score", text: `You scored ${right} of ${results.length}.` }));
    if (missed.length) {
      const list = el("ul");
      for (const r of missed) list.append(el("li", { text: `${r.question.prompt} — ${rightAnswer(r.question)}` }));
      summary.append(el("p", { text: "To look at again:" }), list);
    }
    const again = el("button", { type: "button", text: "Start again" });
    again.addEventListener("click", () => {
      at = 0;
      results = [];
      show();
    });
    summary.append(again);
    root.replaceChildren(summary);
    again.focus();
  }

  return { start: show };
})();

window.studyguideGrading = grading;
quiz.start();
