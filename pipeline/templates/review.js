"use strict";
// Renders one page of articles from the JSON block; text only ever goes in through textContent/append.
const data = JSON.parse(document.getElementById("review-data").textContent);
const filters = document.getElementById("filters");
const main = document.getElementById("articles");
const summary = document.getElementById("summary");
const previous = document.getElementById("previous");
const next = document.getElementById("next");
let page = 0;

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function checked(name) {
  return new Set(Array.from(filters.querySelectorAll(`input[name="${name}"]:checked`), (input) => input.value));
}

function renderText(article, labels, types) {
  const box = element("div", "text");
  for (const [label, chunks] of article.pieces) {
    const parent = labels.has(label) ? element("mark", `ent ent-${label}`) : box;
    for (const [text, covering] of chunks) {
      const shown = covering.filter((index) => types.has(article.cards[index].type));
      if (shown.length === 0) {
        parent.append(text);
        continue;
      }
      const band = element("span", "ev", text);
      band.dataset.ev = shown.join(" ");
      parent.append(band);
    }
    if (parent !== box) {
      parent.append(element("span", "tag", label));
      box.append(parent);
    }
  }
  return box;
}

function showEvidence(node, card, index) {
  const wasActive = card.classList.contains("active");
  node.querySelectorAll(".hit, .active").forEach((old) => old.classList.remove("hit", "active"));
  if (wasActive) return;
  card.classList.add("active");
  const bands = node.querySelectorAll(`[data-ev~="${index}"]`);
  bands.forEach((band) => band.classList.add("hit"));
  if (bands.length) bands[0].scrollIntoView({ block: "center" });
}

function renderCard(node, card, index) {
  const button = element("button", `card card-${card.type}`);
  button.type = "button";
  button.append(element("strong", "", card.title));
  const list = element("dl");
  for (const [name, value] of card.fields) list.append(element("dt", "", name), element("dd", "", value));
  button.append(list);
  button.addEventListener("click", () => showEvidence(node, button, index));
  return button;
}

function renderArticle(article, labels, types) {
  const node = element("article");
  node.dataset.lang = article.lang;
  node.dataset.id = article.id;
  const head = element("div", "head");
  const title = element("h2");
  if (article.url) {
    const link = element("a", "", article.title);
    link.href = article.url;
    link.rel = "noreferrer";
    title.append(link);
  } else {
    title.textContent = article.title;
  }
  const meta = [article.lang, article.published, article.path, article.id].filter(Boolean).join(" · ");
  head.append(title, element("p", "meta", meta));
  const cards = element("div", "cards");
  article.cards.forEach((card, index) => {
    if (types.has(card.type)) cards.append(renderCard(node, card, index));
  });
  if (!cards.childElementCount) cards.append(element("p", "none", "no records of the selected types"));
  node.append(head, renderText(article, labels, types), cards);
  return node;
}

function render() {
  const languages = checked("lang");
  const labels = checked("label");
  const types = checked("type");
  const shown = data.articles.filter((article) => languages.has(article.lang));
  const pages = Math.max(1, Math.ceil(shown.length / data.page_size));
  page = Math.min(page, pages - 1);
  const first = page * data.page_size;
  const onPage = shown.slice(first, first + data.page_size);
  main.replaceChildren(...onPage.map((article) => renderArticle(article, labels, types)));
  const records = shown.reduce((sum, a) => sum + a.cards.filter((card) => types.has(card.type)).length, 0);
  summary.textContent = shown.length
    ? `page ${page + 1} of ${pages}: articles ${first + 1}–${first + onPage.length} of ${shown.length}, ` +
      `${records} records in all`
    : "no articles in the selected languages";
  previous.disabled = page === 0;
  next.disabled = page >= pages - 1;
  document.body.dataset.page = String(page + 1);
}

filters.addEventListener("change", () => {
  page = 0;
  render();
});
previous.addEventListener("click", () => {
  page -= 1;
  render();
  window.scrollTo(0, 0);
});
next.addEventListener("click", () => {
  page += 1;
  render();
  window.scrollTo(0, 0);
});
render();
document.body.dataset.ready = "true";
